package org.dangjian.core.points;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * What kind of record earned a points entry: an {@link #ACTIVITY} of the dataset (by its id), an
 * {@link #HONOR} of the member (by {@link PointEntry#honorReference}), or {@link #OTHER} evidence
 * kept outside the dataset (a proposal number, a volunteer-hour sheet), which is not checked.
 */
public enum PointSourceKind implements CodedValue {
  /** 活动: an activity of the dataset. */
  ACTIVITY("activity", "活动"),
  /** 荣誉: an honor of the member. */
  HONOR("honor", "荣誉", "表彰"),
  /** 其他: evidence outside the dataset. */
  OTHER("other", "其他");

  private final Spellings spellings;

  PointSourceKind(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
