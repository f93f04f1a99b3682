package org.dangjian.io.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.core.vanguard.PersonStatus;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.junit.jupiter.api.Test;

/**
 * Vanguard posts and teams ({@code "kind":"team"}) and rating scores travel through JSON Lines and
 * the JSON document: the committed sample reads with its fields and breaks no team or rating rule,
 * and a written document reads back equal.
 */
class VanguardRecordsTest {

  private static final Path SAMPLE = Path.of("src", "test", "resources", "samples");

  private static Imported sample() throws IOException {
    return JsonTestSupport.read(
        Files.readAllBytes(SAMPLE.resolve("vanguard-records.jsonl")),
        DataFormat.JSON_LINES,
        org.dangjian.io.ImportOptions.of(JsonTestSupport.AS_OF));
  }

  @Test
  void teamsAndScoresAreReadFromJsonLines() throws IOException {
    Imported imported = sample();
    assertThat(imported.io()).isEmpty();
    assertThat(imported.report().issues())
        .extracting(i -> i.code())
        .noneMatch(code -> code.startsWith("TEAM-") || code.startsWith("RATING-"));
    assertThat(imported.dataset().teams()).hasSize(2);
    Team post = imported.dataset().teams().get(0);
    assertThat(post.kind()).isEqualTo(TeamKind.PIONEER_POST);
    assertThat(post.holderId()).hasValue("m-7");
    Team volunteers = imported.dataset().teams().get(1);
    assertThat(volunteers.kind()).isEqualTo(TeamKind.VOLUNTEER_TEAM);
    assertThat(volunteers.statedSize()).hasValue(103);
    assertThat(volunteers.statedPartyMembers()).hasValue(46);
    assertThat(volunteers.statedActivists()).hasValue(16);
    assertThat(volunteers.people())
        .extracting(p -> p.status())
        .containsExactly(PersonStatus.PARTY_MEMBER, PersonStatus.ACTIVIST);
    Rating rating = imported.dataset().organizations().get(0).ratings().get(0);
    assertThat(rating.level()).isEqualTo(StarLevel.FIVE_STAR);
    assertThat(rating.scores()).hasSize(5);
    assertThat(rating.scores().stream().mapToInt(s -> s.score()).sum()).isEqualTo(90);
  }

  @Test
  void aWrittenDocumentReadsBackEqual() throws IOException {
    Imported imported = sample();
    for (DataFormat format : new DataFormat[] {DataFormat.JSON, DataFormat.JSON_LINES}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DangjianExporter.of(ExportOptions.of(Privacy.FULL)).write(imported.dataset(), out, format);
      Imported back =
          JsonTestSupport.read(
              out.toByteArray(), format, org.dangjian.io.ImportOptions.of(JsonTestSupport.AS_OF));
      assertThat(back.dataset().teams())
          .as(format.toString())
          .isEqualTo(imported.dataset().teams());
      assertThat(back.dataset().organizations())
          .as(format.toString())
          .isEqualTo(imported.dataset().organizations());
    }
  }
}
