package org.dangjian.testkit.internal.mutation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Dues;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.DuesRates;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableDuesPayment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of a member's identity and dues: a resident ID number shared by two
 * members, a gender digit disagreeing with the recorded gender, and a dues payment off the standard
 * rate. A re-issued ID number keeps its region and is unique in the dataset.
 */
public final class IdentityMutators {

  private IdentityMutators() {}

  /** Injects {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case DUPLICATE_ID_NUMBER -> duplicateIdNumber(d);
      case WRONG_DUES_AMOUNT -> wrongDuesAmount(d);
      case ID_GENDER_MISMATCH -> idGenderMismatch(d);
      default -> null;
    };
  }

  private static Mutation duplicateIdNumber(Dataset d) {
    Member original =
        Edits.member(
            d,
            x -> x.stage().isPartyMember() && x.idNumber().isPresent(),
            Defect.DUPLICATE_ID_NUMBER);
    Member copy =
        Edits.member(
            d,
            x ->
                !x.id().equals(original.id())
                    && x.stage().isPartyMember()
                    && x.gender() == original.gender()
                    && x.dues().map(Dues::category).equals(original.dues().map(Dues::category))
                    && x.development()
                        .applicationDate()
                        .filter(a -> !original.birthDate().plusYears(18).isAfter(a))
                        .isPresent(),
            Defect.DUPLICATE_ID_NUMBER);
    Member changed =
        ImmutableMember.copyOf(copy)
            .withBirthDate(original.birthDate())
            .withIdNumber(original.idNumber().orElseThrow());
    return new Mutation(
        Edits.replace(d, changed),
        copy.id(),
        Defect.DUPLICATE_ID_NUMBER,
        "member "
            + copy.id()
            + " given the ID number "
            + original.idNumber().orElseThrow().masked()
            + " and birth date of member "
            + original.id());
  }

  private static Mutation wrongDuesAmount(Dataset d) {
    Member m =
        Edits.member(
            d,
            x ->
                x.stage().isPartyMember()
                    && Edits.salaried(x)
                    && x.dues().get().monthlyBase().isPresent()
                    && !x.dues().get().payments().isEmpty(),
            Defect.WRONG_DUES_AMOUNT);
    Dues dues = m.dues().orElseThrow();
    BigDecimal expected = DuesRates.defaults().expected(dues).orElseThrow();
    BigDecimal wrong = expected.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    List<DuesPayment> payments = new ArrayList<>(dues.payments());
    int last = payments.size() - 1;
    DuesPayment changed = ImmutableDuesPayment.copyOf(payments.get(last)).withAmount(wrong);
    payments.set(last, changed);
    return new Mutation(
        Edits.replace(
            d,
            ImmutableMember.copyOf(m).withDues(ImmutableDues.copyOf(dues).withPayments(payments))),
        m.id(),
        Defect.WRONG_DUES_AMOUNT,
        "dues of "
            + m.id()
            + " for "
            + changed.month()
            + " set to "
            + wrong.toPlainString()
            + " instead of "
            + expected.toPlainString());
  }

  private static Mutation idGenderMismatch(Dataset d) {
    Set<String> ids = Edits.idNumbers(d);
    Member m =
        Edits.member(
            d,
            x -> x.stage().isPartyMember() && x.idNumber().isPresent(),
            Defect.ID_GENDER_MISMATCH);
    ResidentIdNumber id = Edits.uniqueId(ids, m.idNumber().orElseThrow(), m.birthDate(), true);
    return new Mutation(
        Edits.replace(d, ImmutableMember.copyOf(m).withIdNumber(id)),
        m.id(),
        Defect.ID_GENDER_MISMATCH,
        "ID number of " + m.id() + " re-issued as " + id.masked() + " with the other gender digit");
  }
}
