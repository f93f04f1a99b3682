package org.dangjian.io.json.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.report.InputSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export then import gives equal records, for both JSON forms and every privacy profile, over a
 * generated group of 3,000 members with people in the development pipeline and a year of
 * activities; the profiles that withhold identifiers give the records minus ID and phone numbers.
 */
class JsonRoundTripTest {

  private static final GeneratorSettings SETTINGS = JsonTestSupport.GENERATED_SETTINGS;
  private static final Dataset DATASET = JsonTestSupport.generated();

  static Stream<Arguments> formatsAndProfiles() {
    return Stream.of(DataFormat.JSON, DataFormat.JSON_LINES)
        .flatMap(f -> Stream.of(Privacy.values()).map(p -> Arguments.of(f, p)));
  }

  private static byte[] export(DataFormat format, Privacy privacy) {
    return JsonTestSupport.export(format, privacy);
  }

  @ParameterizedTest
  @MethodSource("formatsAndProfiles")
  void exportThenImportGivesEqualRecords(DataFormat format, Privacy privacy) throws Exception {
    byte[] bytes = export(format, privacy);

    Imported imported = JsonTestSupport.read(bytes, format, ImportOptions.of(SETTINGS.asOf()));

    List<Member> expected =
        privacy == Privacy.FULL
            ? DATASET.members()
            : DATASET.members().stream().map(JsonRoundTripTest::withoutIdentifiers).toList();
    Dataset read = imported.dataset();
    assertThat(read.organizations()).isEqualTo(DATASET.organizations());
    assertThat(read.members()).isEqualTo(expected);
    assertThat(read.activities()).isEqualTo(DATASET.activities());
    assertThat(read.pairings()).isEqualTo(DATASET.pairings());
    assertThat(read.bulletins()).hasSize(2).isEqualTo(DATASET.bulletins());
    long records =
        DATASET.organizations().size()
            + DATASET.members().size()
            + DATASET.activities().size()
            + DATASET.pairings().size()
            + DATASET.bulletins().size();
    assertThat(imported.report().input()).contains(new InputSummary(records, records, 0, false));
    assertThat(imported.issues("IO-")).isEmpty();
    if (privacy == Privacy.FULL) {
      assertThat(imported.report().issues()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("formatsAndProfiles")
  void withheldIdentifiersAreNowhereInTheOutput(DataFormat format, Privacy privacy)
      throws Exception {
    String text = new String(export(format, privacy), StandardCharsets.UTF_8);
    Member member =
        DATASET.members().stream()
            .filter(m -> m.idNumber().isPresent() && m.phone().isPresent())
            .findFirst()
            .orElseThrow();

    boolean full = privacy == Privacy.FULL;
    assertThat(text.contains(member.idNumber().get().value())).isEqualTo(full);
    assertThat(text.contains(member.phone().get().value())).isEqualTo(full);
    assertThat(text.contains("\"" + member.idNumber().get().masked() + "\""))
        .isEqualTo(privacy == Privacy.MASKED);
    assertThat(text.contains("\"idNumber\"")).isEqualTo(privacy != Privacy.OMITTED);
  }

  private static Member withoutIdentifiers(Member member) {
    return ImmutableMember.copyOf(member)
        .withIdNumber(Optional.empty())
        .withPhone(Optional.empty());
  }
}
