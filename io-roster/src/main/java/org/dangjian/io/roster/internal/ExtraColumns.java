package org.dangjian.io.roster.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.io.Privacy;
import org.dangjian.io.internal.PersonalData;

/**
 * The extras columns of a roster being written: one column per extras label, after the known
 * columns, in the order the labels first appear. Writers fix their header with the labels of the
 * first record (a roster reader gives every record of a sheet the same labels); a label first seen
 * later still gets its own column, past the header where the header can no longer change (a CSV
 * file, or an XLSX sheet already flushed), so that nothing is dropped. Labels and values are free
 * text, masked as {@link PersonalData#freeText} says.
 */
public final class ExtraColumns {

  private final List<String> labels = new ArrayList<>();
  private final Map<String, Integer> positions = new HashMap<>();

  /** Adds the labels of {@code extras} not seen before; returns them, in order. */
  public List<String> add(Map<String, String> extras) {
    List<String> added = new ArrayList<>();
    for (String label : extras.keySet()) {
      if (!positions.containsKey(label)) {
        positions.put(label, labels.size());
        labels.add(label);
        added.add(label);
      }
    }
    return added;
  }

  /** The labels so far, in column order. */
  public List<String> labels() {
    return List.copyOf(labels);
  }

  /** The header text of {@code label} under {@code privacy}. */
  public static String header(String label, Privacy privacy) {
    return PersonalData.freeText(label, privacy);
  }

  /**
   * {@code known} followed by the cells of {@code extras} in the columns of their labels (null
   * where a record has no value), registering new labels first.
   */
  public List<Object> row(List<Object> known, Map<String, String> extras, Privacy privacy) {
    add(extras);
    if (labels.isEmpty()) {
      return known;
    }
    List<Object> cells = new ArrayList<>(known.size() + labels.size());
    cells.addAll(known);
    for (String label : labels) {
      String value = extras.get(label);
      cells.add(value == null ? null : PersonalData.freeText(value, privacy));
    }
    return cells;
  }
}
