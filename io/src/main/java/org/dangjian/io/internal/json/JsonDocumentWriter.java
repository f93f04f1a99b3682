package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.json.ExchangeFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a JSON exchange document as records come, in UTF-8: format and version first, then the
 * four sections in their order (organizations, members, activities, pairings; all four always
 * present), one record per line so that a reader's line numbers point at records. Records must come
 * grouped in that order, as {@code DangjianExporter} writes them; JSON Lines takes any order.
 */
public final class JsonDocumentWriter implements RecordWriter {

  private static final DefaultPrettyPrinter ONE_RECORD_PER_LINE =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.NONE)
                  .withObjectEntrySpacing(Separators.Spacing.NONE)
                  .withArrayElementSpacing(Separators.Spacing.NONE)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new LineBreaks(1))
          .withArrayIndenter(new LineBreaks(2));

  private final JsonGenerator gen;
  private int section = -1;

  /** A writer onto {@code out}, which {@link #close()} closes. */
  public JsonDocumentWriter(OutputStream out, Privacy privacy) throws IOException {
    try {
      this.gen =
          JsonSupport.writer(privacy).writer().with(ONE_RECORD_PER_LINE).createGenerator(out);
      gen.writeStartObject();
      gen.writeStringProperty("format", ExchangeFormat.NAME);
      gen.writeStringProperty("version", ExchangeFormat.VERSION);
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public void organization(Organization organization) throws IOException {
    write(0, organization);
  }

  @Override
  public void member(Member member) throws IOException {
    write(1, member);
  }

  @Override
  public void activity(Activity activity) throws IOException {
    write(2, activity);
  }

  @Override
  public void pairing(PairingAgreement pairing) throws IOException {
    write(3, pairing);
  }

  private void write(int kind, Object record) throws IOException {
    if (kind < section) {
      throw new IllegalStateException(
          "the JSON document takes organizations, members, activities and pairings in this"
              + " order; a "
              + ExchangeFormat.KINDS.get(kind)
              + " came after "
              + ExchangeFormat.SECTIONS.get(section)
              + " (write JSON Lines for records in any order)");
    }
    try {
      openSection(kind);
      gen.writePOJO(record);
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private void openSection(int kind) {
    while (section < kind) {
      if (section >= 0) {
        gen.writeEndArray();
      }
      section++;
      gen.writeName(ExchangeFormat.SECTIONS.get(section));
      gen.writeStartArray();
    }
  }

  @Override
  public long skipped() {
    return 0;
  }

  @Override
  public void close() throws IOException {
    try {
      openSection(ExchangeFormat.SECTIONS.size() - 1);
      gen.writeEndArray();
      gen.writeEndObject();
      gen.writeRaw('\n');
      gen.close();
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** A line break before entries at or above a nesting level, nothing deeper. */
  private record LineBreaks(int maxLevel) implements DefaultPrettyPrinter.Indenter {
    @Override
    public void writeIndentation(JsonGenerator g, int level) {
      if (level <= maxLevel) {
        g.writeRaw('\n');
      }
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }
}
