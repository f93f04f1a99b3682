package org.dangjian.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableDuesPayment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.internal.beans.BeanValidators;
import org.dangjian.validation.internal.beans.EmailContact;
import org.dangjian.validation.internal.rules.FieldRules.Finding;
import org.junit.jupiter.api.Test;

/**
 * The fast tier checks the SDK's records itself, without handing any to Hibernate Validator, finds
 * a failed constraint deep in a record at its field path, and gives back a bean whose constraints
 * it does not know.
 */
class FastFieldChecksTest {

  private static final FastFieldChecks FAST =
      new FastFieldChecks(
          BeanValidators.withoutMessages(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));

  private static final Dataset DATASET =
      DatasetGenerator.generate(GeneratorSettings.proportional(3, 300).build());

  @Test
  void generatedRecordsAreCheckedWithoutHibernateValidator() {
    List<Object> records = new ArrayList<>();
    records.addAll(DATASET.organizations());
    records.addAll(DATASET.members());
    records.addAll(DATASET.activities());

    assertThat(records).hasSizeGreaterThan(300);
    assertThat(records.stream().map(r -> r.getClass()).distinct())
        .allSatisfy(type -> assertThat(FAST.unsupported(type)).as(type.getName()).isNull());
    assertThat(records).allSatisfy(r -> assertThat(FAST.check(r)).isNotNull().isEmpty());
  }

  @Test
  void aFailedConstraintDeepInARecordIsFoundAtItsPath() {
    Member member =
        DATASET.members().stream()
            .filter(m -> m.dues().isPresent() && m.dues().get().payments().size() >= 2)
            .findFirst()
            .orElseThrow();
    List<DuesPayment> payments = new ArrayList<>(member.dues().get().payments());
    payments.set(
        1, ImmutableDuesPayment.copyOf(payments.get(1)).withAmount(new BigDecimal("-1.005")));
    Member broken =
        ImmutableMember.copyOf(member)
            .withDues(ImmutableDues.copyOf(member.dues().get()).withPayments(payments));

    List<Finding> found = FAST.check(broken);

    assertThat(found)
        .extracting(f -> f.rule().code() + "@" + f.field() + "=" + f.value())
        .containsExactlyInAnyOrder(
            "FIELD-RANGE@dues.payments[1].amount=-1.005",
            "FIELD-RANGE@dues.payments[1].amount=-1.005");
    assertThat(found)
        .extracting(f -> f.arguments().keySet().toString())
        .containsExactlyInAnyOrder(
            "[field, inclusive, limit, value, bound, boundEn]",
            "[field, fraction, integer, value, bound, boundEn]");
  }

  @Test
  void aBeanWithAConstraintTheFastTierDoesNotKnowGoesToHibernateValidator() {
    assertThat(FAST.check(new EmailContact("not an address"))).isNull();
    assertThat(FAST.unsupported(EmailContact.class)).endsWith("email: constraint Email");
  }
}
