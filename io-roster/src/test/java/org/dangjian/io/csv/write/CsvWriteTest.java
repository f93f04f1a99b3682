package org.dangjian.io.csv.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.dangjian.core.code.Gender;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.RosterColumn;
import org.junit.jupiter.api.Test;

/** Writing CSV rosters: encoding, header, column order, privacy, neutralization, skipped. */
class CsvWriteTest {

  static final ResidentIdNumber ID = ResidentIdNumber.of("110101", LocalDate.of(1990, 3, 7), 123);

  static Member member(String name) {
    return Member.builder()
        .id("M1")
        .name(name)
        .gender(Gender.MALE)
        .birthDate(LocalDate.of(1990, 3, 7))
        .idNumber(ID)
        .phone(MobileNumber.parse("13800138000").orElseThrow())
        .stage(MemberStage.FULL)
        .organizationId("B1")
        .build();
  }

  static String write(Privacy privacy, Roster roster, Member member) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long skipped;
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.builder().privacy(privacy).roster(roster).build())
            .open(out, DataFormat.CSV)) {
      writer.write(member);
      writer.write(
          Organization.builder().id("B1").name("第一党支部").kind(OrganizationKind.BRANCH).build());
      skipped = writer.skipped();
    }
    assertThat(skipped).isEqualTo(1);
    byte[] bytes = out.toByteArray();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void utf8WithBomChineseHeadersInColumnOrderAndCrlf() throws Exception {
    String text = write(Privacy.FULL, Roster.MEMBERS, member("张三"));
    String header =
        Arrays.stream(MemberColumn.values())
            .map(RosterColumn::header)
            .collect(Collectors.joining(","));
    assertThat(text)
        .isEqualTo(
            header
                + "\r\nM1,张三,男,,1990-03-07,"
                + ID.value()
                + ",,正式党员,,,,,,B1,,13800138000,,,,\r\n");
  }

  @Test
  void maskedAndOmittedIdentifiers() throws Exception {
    assertThat(write(Privacy.MASKED, Roster.MEMBERS, member("张三")))
        .contains(",\"11****************\",")
        .contains(",\"138****8000\",")
        .doesNotContain(ID.value());
    String omitted = write(Privacy.OMITTED, Roster.MEMBERS, member("张三"));
    assertThat(omitted.split("\r\n")[1]).isEqualTo("M1,张三,男,,1990-03-07,,,正式党员,,,,,,B1,,,,,,");
  }

  @Test
  void formulaLikeCellsAreNeutralizedAndQuotedWhenNeeded() throws Exception {
    assertThat(write(Privacy.FULL, Roster.MEMBERS, member("=HYPERLINK(\"x\")")))
        .contains(",\"'=HYPERLINK(\"\"x\"\")\",");
    assertThat(write(Privacy.FULL, Roster.MEMBERS, member("\t张三"))).contains(",\"'\t张三\",");
  }

  @Test
  void theOrganizationRosterSkipsMembers() throws Exception {
    String text = write(Privacy.FULL, Roster.ORGANIZATIONS, member("张三"));
    assertThat(text.split("\r\n"))
        .containsExactly(
            "组织编号,组织名称,组织类别,上级组织,成立日期,撤销日期,单位名称,统一社会信用代码,单位类型,经济类型,职工人数,本届选举日期,任期年限",
            "B1,第一党支部,党支部,,,,,,,,,,");
  }
}
