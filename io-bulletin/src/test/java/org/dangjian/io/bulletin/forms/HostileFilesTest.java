package org.dangjian.io.bulletin.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each hostile file of {@code hostile/} ({@link HostileFiles}: nested-object and huge-stream PDF
 * bombs, an encrypted PDF, text named {@code .pdf}, truncated PDF and Word files, a Word zip bomb
 * and a Word file with an external entity naming /etc/passwd) ends in exactly one issue naming why
 * ({@code IO-SYNTAX} with its detail, or {@code IO-LIMIT} with the limit) and {@code IO-REJECTED},
 * with no bulletin, and nothing of /etc/passwd in any issue.
 */
class HostileFilesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nested-objects.pdf | pdf  | IO-SYNTAX | a PDF without text",
        "huge-stream.pdf    | pdf  | IO-SYNTAX | a PDF without text",
        "encrypted.pdf      | pdf  | IO-SYNTAX | an encrypted PDF that needs a password",
        "not-a-pdf.pdf      | pdf  | IO-SYNTAX | not a PDF file: no %PDF- header",
        "truncated.pdf      | pdf  | IO-SYNTAX | a truncated PDF: no %%EOF at its end",
        "truncated.docx     | docx | IO-SYNTAX | not a valid ZIP archive",
        "zip-bomb.docx      | docx | IO-LIMIT  | maxInflateRatio",
        "xxe.docx           | docx | IO-SYNTAX | a document type declaration in word/document.xml",
      })
  void endsInOneClearIssue(String file, String format, String code, String why) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/hostile", file));
    Shape.Read read = Shape.read(bytes, format);
    assertThat(read.bulletins()).isEmpty();
    List<Issue> issues = read.report().issues();
    assertThat(issues)
        .extracting(i -> i.rule().code())
        .containsExactlyInAnyOrder(code, "IO-REJECTED");
    Issue first =
        issues.stream().filter(i -> i.rule().code().equals(code)).findFirst().orElseThrow();
    String said = String.join(" ", first.arguments().values());
    assertThat(said).contains(why);
    assertThat(issues.toString()).doesNotContain("root:", "/bin/");
  }
}
