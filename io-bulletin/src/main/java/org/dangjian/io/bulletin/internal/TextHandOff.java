package org.dangjian.io.bulletin.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.ImmutableImportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.bulletin.internal.text.TextBulletinReader;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * Hands the text that the PDF and Word readers extract to the plain-text bulletin reader, so that
 * one layout engine reads every text-like form. The text is passed as UTF-8 whatever encoding the
 * import options name (that option is for text files, not for what a PDF or a Word file holds), and
 * every record and problem goes to the caller's context as it is: line numbers in issues count the
 * lines of the extracted text, which {@code dangjian convert FILE.pdf FILE.md} and the report
 * render in the same order.
 */
public final class TextHandOff {

  private TextHandOff() {}

  /**
   * Reads {@code text} as a plain-text bulletin named {@code source}, reporting to {@code context}.
   */
  public static void read(String text, String source, ReadContext context) throws IOException {
    new TextBulletinReader()
        .read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            source,
            new Utf8(context));
  }

  /** The caller's context with the charset option set to UTF-8. */
  private static final class Utf8 implements ReadContext {
    private final ReadContext context;
    private final ImportOptions options;

    Utf8(ReadContext context) {
      this.context = context;
      this.options =
          ImmutableImportOptions.copyOf(context.options()).withCharset(StandardCharsets.UTF_8);
    }

    @Override
    public ImportOptions options() {
      return options;
    }

    @Override
    public boolean shouldStop() {
      return context.shouldStop();
    }

    @Override
    public void stoppedEarly() {
      context.stoppedEarly();
    }

    @Override
    public void problem(
        InputProblem problem, Location location, String value, Map<String, String> arguments) {
      context.problem(problem, location, value, arguments);
    }

    @Override
    public void record(RecordKind kind, Object record, Location location) {
      context.record(kind, record, location);
    }

    @Override
    public void reject(Location location, String maskedRaw) {
      context.reject(location, maskedRaw);
    }

    @Override
    public Optional<ResidentIdNumber> residentIdNumber(String text, Location location) {
      return context.residentIdNumber(text, location);
    }

    @Override
    public Optional<MobileNumber> mobileNumber(String text, Location location) {
      return context.mobileNumber(text, location);
    }

    @Override
    public Optional<SocialCreditCode> creditCode(String text, Location location) {
      return context.creditCode(text, location);
    }
  }
}
