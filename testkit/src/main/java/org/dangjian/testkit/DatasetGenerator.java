package org.dangjian.testkit;

import java.util.Objects;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.testkit.internal.GenerationRun;
import org.dangjian.testkit.internal.Replicator;

/**
 * Generates a realistic {@link Dataset} of an enterprise group from {@link GeneratorSettings}: a
 * root group committee over segment committees, general branches and branches with Chinese names,
 * host unit, founding dates, committee terms and post holders; Party members attached to branches
 * only, each with person data, a unique valid resident ID number and mobile number, a complete
 * development record obeying the timing rules of docs/regulations.md (Party Constitution and
 * recruiting rules, 2014 edition), and a year of dues payments at the standard rates; optionally
 * people in the development pipeline and a year of organizational-life activities; and, by the
 * settings' {@link Breadth}, every other organization, activity and record kind. The result is
 * deterministic (the same settings give an equal dataset) and valid by construction on {@link
 * GeneratorSettings#asOf()}; generation is linear in the number of members apart from per-branch
 * sorting.
 *
 * <pre>{@code
 * Dataset d = DatasetGenerator.generate(GeneratorSettings.builder().seed(62).build());
 * }</pre>
 */
public final class DatasetGenerator {

  /** Branches hold at most this many members when the settings allow it (ORG-002). */
  static final int BRANCH_SOFT_CAP = GenerationRun.BRANCH_SOFT_CAP;

  /** A branch with at least this many full members has a committee (ORG-007). */
  static final int COMMITTEE_THRESHOLD = GenerationRun.COMMITTEE_THRESHOLD;

  private DatasetGenerator() {}

  /**
   * Generates a dataset.
   *
   * @param settings the settings
   * @return a dataset valid on {@code settings.asOf()}
   */
  public static Dataset generate(GeneratorSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return GenerationRun.generate(settings);
  }

  /**
   * Streams {@code copies} disjoint copies of the dataset {@code template} describes into {@code
   * sink}, for volume and memory tests: only the template is held in memory, never the stream. Copy
   * {@code k} (from 0) prefixes every id and every reference with {@code "k<k>-"} and gives each
   * person a new resident ID number (same birth date and gender, region {@code 11} plus the copy
   * number), so the stream is as valid as the template and has {@code copies} times its members.
   *
   * @param template the settings of one copy, without breadth ({@link Breadth#none()})
   * @param copies how many copies, 1 to 9,999
   * @param sink receives the records, a copy at a time: organizations, members, activities, each
   *     with an unknown location
   */
  public static void stream(GeneratorSettings template, int copies, RecordVisitor<Location> sink) {
    Objects.requireNonNull(sink, "sink");
    if (template.breadth().any()) {
      throw new IllegalArgumentException(
          "a template with breadth is not streamed in copies (its units, pairings, teams and"
              + " their references are not replicated); generate it in one piece");
    }
    if (copies < 1 || copies > 9_999) {
      throw new IllegalArgumentException("copies must be within 1..9999, not " + copies);
    }
    Replicator.stream(generate(template), copies, sink);
  }
}
