package org.dangjian.io.bulletin.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each hostile file of {@code hostile/} ({@link HostileFiles}: nested-object and huge-stream PDF
 * bombs, an encrypted PDF, text named {@code .pdf}, truncated PDF and Word files, a Word zip bomb
 * and a Word file with an external entity naming /etc/passwd) ends in exactly one issue naming why
 * ({@code IO-SYNTAX} with its detail, or {@code IO-LIMIT} with the limit) and {@code IO-REJECTED},
 * with no bulletin, and nothing of /etc/passwd in any issue; the Chinese report gives the reason in
 * Chinese (the table {@code syntax-details-zh.tsv}), the English one in English.
 */
class HostileFilesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nested-objects.pdf | pdf  | IO-SYNTAX | a PDF without text | PDF 中没有文字",
        "huge-stream.pdf    | pdf  | IO-SYNTAX | a PDF without text | PDF 中没有文字",
        "encrypted.pdf      | pdf  | IO-SYNTAX | an encrypted PDF that needs a password | PDF 已加密",
        "not-a-pdf.pdf      | pdf  | IO-SYNTAX | not a PDF file: no %PDF- header | 不是 PDF 文件",
        "truncated.pdf      | pdf  | IO-SYNTAX | a truncated PDF: no %%EOF at its end | PDF 文件不完整",
        "truncated.docx     | docx | IO-SYNTAX | not a valid ZIP archive | 不是有效的 ZIP 压缩包",
        "zip-bomb.docx      | docx | IO-LIMIT  | maxInflateRatio | maxInflateRatio",
        "xxe.docx           | docx | IO-SYNTAX | a document type declaration in word/document.xml | word/document.xml 中有文档类型声明",
      })
  void endsInOneClearIssue(String file, String format, String code, String why, String zh)
      throws Exception {
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
    // the Chinese report says why in Chinese: no English word once the PDF, ZIP, DTD and file-name
    // tokens and the limit's name are taken out
    String chinese = first.message(Locale.CHINA);
    assertThat(chinese).contains(zh);
    assertThat(
            chinese.replaceAll("PDF|ZIP|DTD|%%EOF|%PDF-|word/document\\.xml|maxInflateRatio", ""))
        .doesNotContainPattern("[A-Za-z]");
    assertThat(issues.toString()).doesNotContain("root:", "/bin/");
  }
}
