package org.dangjian.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test method parameter of type {@code Dataset} (or {@code Mutation}, together with {@link
 * WithDefect}) to be filled with a dataset from {@code DatasetGenerator}: a group of {@link
 * #members()} Party members in the proportions of {@code GeneratorSettings.proportional} (or, with
 * {@link #everyKind()}, the group of {@code GeneratorSettings.everyKind} holding every
 * organization, activity and record kind), generated from {@link #seed()} and valid under every
 * rule. The annotation registers {@link GeneratedDatasetExtension} by itself, and every test of a
 * class that asks for the same seed and size shares one dataset, generated once.
 *
 * <pre>{@code
 * @Test
 * void countsMembers(@GeneratedDataset(seed = 1, members = 300) Dataset dataset) { ... }
 *
 * @Test
 * void importsEveryKind(@GeneratedDataset(members = 600, everyKind = true) Dataset dataset) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@ExtendWith(GeneratedDatasetExtension.class)
public @interface GeneratedDataset {

  /** The seed of the generator; the same seed and size always give the same dataset. */
  long seed() default 1;

  /**
   * The number of Party members (full and probationary), at least 27 (at least 150 with {@link
   * #everyKind()}).
   */
  int members() default 300;

  /**
   * Whether the group is {@code GeneratorSettings.everyKind}: mass organizations, joint and
   * temporary branches, party groups, transfers, departures, units, teams, ratings, a points ledger
   * and the rest beside the proportional group (docs/TESTING.md, "Every kind"). Off by default.
   */
  boolean everyKind() default false;
}
