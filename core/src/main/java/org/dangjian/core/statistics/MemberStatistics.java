package org.dangjian.core.statistics;

import java.util.Map;
import org.dangjian.core.code.EducationBand;
import org.dangjian.core.code.Occupation;
import org.dangjian.core.member.MemberStage;

/**
 * Membership figures in the dimensions of the national party statistics bulletin, over the Party
 * members (probationary and full) of a view: women, ethnic minorities, 大专及以上 education, age bands,
 * joining era, occupation, plus the development pipeline by stage. Maps hold every constant of
 * their enum, with zero where nobody falls; members whose field is not recorded are counted in the
 * matching {@code unknown*} figure, so every map plus its unknown count sums to {@link #total()}.
 *
 * @param total Party members (党员总数), probationary included
 * @param byStage everyone placed on the date by stage, pipeline included
 * @param women female members
 * @param ethnicMinorities members of an ethnic minority
 * @param unknownEthnicity members without a recorded ethnic group
 * @param collegeOrAbove members with 大专及以上 education
 * @param byEducationBand members by education band
 * @param unknownEducation members without recorded education
 * @param byAgeBand members by age band on the date
 * @param byJoiningEra members by joining era
 * @param unknownJoiningEra members without an admission date
 * @param byOccupation members by occupation
 * @param unknownOccupation members without a recorded occupation
 */
public record MemberStatistics(
    int total,
    Map<MemberStage, Integer> byStage,
    int women,
    int ethnicMinorities,
    int unknownEthnicity,
    int collegeOrAbove,
    Map<EducationBand, Integer> byEducationBand,
    int unknownEducation,
    Map<AgeBand, Integer> byAgeBand,
    Map<JoiningEra, Integer> byJoiningEra,
    int unknownJoiningEra,
    Map<Occupation, Integer> byOccupation,
    int unknownOccupation) {

  /** Copies the maps so that the figures cannot change. */
  public MemberStatistics {
    byStage = Map.copyOf(byStage);
    byEducationBand = Map.copyOf(byEducationBand);
    byAgeBand = Map.copyOf(byAgeBand);
    byJoiningEra = Map.copyOf(byJoiningEra);
    byOccupation = Map.copyOf(byOccupation);
  }

  /** Probationary members (预备党员). */
  public int probationary() {
    return byStage.getOrDefault(MemberStage.PROBATIONARY, 0);
  }

  /** Full members (正式党员). */
  public int full() {
    return byStage.getOrDefault(MemberStage.FULL, 0);
  }
}
