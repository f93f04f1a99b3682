package org.dangjian.testkit;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.testkit.internal.mutation.AdmissionMutators;
import org.dangjian.testkit.internal.mutation.BranchMutators;
import org.dangjian.testkit.internal.mutation.BulletinMutators;
import org.dangjian.testkit.internal.mutation.BulletinTextMutators;
import org.dangjian.testkit.internal.mutation.CommitteeMutators;
import org.dangjian.testkit.internal.mutation.DevelopmentMutators;
import org.dangjian.testkit.internal.mutation.IdentityMutators;
import org.dangjian.testkit.internal.mutation.KindMutators;
import org.dangjian.testkit.internal.mutation.LedgerMutators;
import org.dangjian.testkit.internal.mutation.MassMutators;
import org.dangjian.testkit.internal.mutation.MeetingMutators;
import org.dangjian.testkit.internal.mutation.MemberMutators;
import org.dangjian.testkit.internal.mutation.OrganizationMutators;
import org.dangjian.testkit.internal.mutation.PointMutators;
import org.dangjian.testkit.internal.mutation.RecognitionMutators;
import org.dangjian.testkit.internal.mutation.SizeMutators;
import org.dangjian.testkit.internal.mutation.StepMutators;
import org.dangjian.testkit.internal.mutation.StructureMutators;
import org.dangjian.testkit.internal.mutation.TreeMutators;
import org.dangjian.testkit.internal.mutation.UnitMutators;
import org.dangjian.testkit.internal.mutation.VotingMutators;

/**
 * Injects exactly one {@link Defect} into a valid dataset, such as one made by {@link
 * DatasetGenerator}, and reports where. Each mutator is deterministic (it picks its record by a
 * fixed scan of the dataset), changes as little as possible, and adjusts the dependent data so that
 * no second rule breaks: a changed ID number stays unique, a moved date keeps the other time limits
 * and the step order, moved members keep every other branch valid (moving to sibling branches
 * first, so that general branches and committees keep their size) and leave the attendance of the
 * meetings of the organization they left (so that its voting counts stay within its full members).
 *
 * <pre>{@code
 * Mutation m = Mutators.apply(Defect.ONE_INTRODUCER, dataset, LocalDate.of(2024, 1, 31));
 * // validate m.dataset(), expect exactly DEV-008 at m.recordId()
 * }</pre>
 */
public final class Mutators {

  private Mutators() {}

  /**
   * Injects {@code defect} into {@code valid}.
   *
   * @param defect the defect
   * @param valid a dataset valid on {@code asOf}
   * @param asOf the reference date of the dataset
   * @return the mutated dataset and the record carrying the defect
   * @throws UnsupportedOperationException for {@link Defect#WRONG_ID_CHECKSUM}, which a dataset
   *     cannot hold
   * @throws IllegalStateException when the dataset has no record the defect can be injected into
   */
  public static Mutation apply(Defect defect, Dataset valid, LocalDate asOf) {
    Objects.requireNonNull(defect, "defect");
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(asOf, "asOf");
    if (defect == Defect.WRONG_ID_CHECKSUM) {
      throw new UnsupportedOperationException(
          "a Dataset cannot hold a resident ID number with a wrong check character; use"
              + " Mutators.corruptCheckCharacter on raw text instead");
    }
    return added(defect, valid, asOf);
  }

  /**
   * The text of {@code id} with its check character replaced by a wrong one, for tests of readers
   * and parsers ({@link Defect#WRONG_ID_CHECKSUM}); the result fails {@link
   * ResidentIdNumber#parse(String)} with a checksum mismatch and nothing else.
   */
  public static String corruptCheckCharacter(ResidentIdNumber id) {
    String value = id.value();
    String cycle = "0123456789X";
    char wrong = cycle.charAt((cycle.indexOf(value.charAt(17)) + 1) % cycle.length());
    return value.substring(0, 17) + wrong;
  }

  /** The defects of the topic classes in {@code internal.mutation}. */
  private static Mutation added(Defect defect, Dataset d, LocalDate asOf) {
    Mutation m = AdmissionMutators.apply(defect, d, asOf);
    if (m == null) {
      m = IdentityMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = BranchMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = MemberMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = OrganizationMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = MeetingMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = CommitteeMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = DevelopmentMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = StructureMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = BulletinMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = StepMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = VotingMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = TreeMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = BulletinTextMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = UnitMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = PointMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = RecognitionMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = MassMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = KindMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = SizeMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      m = LedgerMutators.apply(defect, d, asOf);
    }
    if (m == null) {
      throw new UnsupportedOperationException("no mutator for " + defect);
    }
    return m;
  }
}
