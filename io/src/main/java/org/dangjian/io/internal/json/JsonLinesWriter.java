package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.json.ExchangeFormat;
import org.dangjian.io.spi.AbstractRecordWriter;
import org.dangjian.io.spi.FormatWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a JSON Lines exchange file: the header line, then one record per line in UTF-8, {@code
 * {"kind":"member","record":{...}}} with the record's fields in declaration order, every line ended
 * by LF. Records may come in any order.
 */
public final class JsonLinesWriter extends AbstractRecordWriter {

  private final JsonGenerator gen;

  /** The provider of the {@link DataFormat#JSON_LINES} writer. */
  public static final class Provider implements FormatWriter {
    @Override
    public DataFormat format() {
      return DataFormat.JSON_LINES;
    }

    @Override
    public RecordWriter open(OutputStream out, ExportOptions options) throws IOException {
      return new JsonLinesWriter(out, options.privacy(), options.asOf());
    }
  }

  /** A writer onto {@code out}, which {@link #close()} closes. */
  public JsonLinesWriter(OutputStream out, Privacy privacy) throws IOException {
    this(out, privacy, Optional.empty());
  }

  /** A writer onto {@code out} whose header records the date the data describes. */
  public JsonLinesWriter(OutputStream out, Privacy privacy, Optional<LocalDate> asOf)
      throws IOException {
    try {
      this.gen =
          JsonSupport.writer(privacy).writer().withRootValueSeparator("").createGenerator(out);
      gen.writeStartObject();
      gen.writeStringProperty(ExchangeFormat.KIND, ExchangeFormat.HEADER);
      gen.writeStringProperty("format", ExchangeFormat.NAME);
      gen.writeStringProperty("version", ExchangeFormat.VERSION);
      if (asOf.isPresent()) {
        gen.writeStringProperty(ExchangeFormat.AS_OF, asOf.get().toString());
      }
      gen.writeEndObject();
      gen.writeRaw('\n');
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  protected boolean write(RecordKind kind, Object record) throws IOException {
    try {
      gen.writeStartObject();
      gen.writeStringProperty(ExchangeFormat.KIND, kind.code());
      gen.writePOJOProperty(ExchangeFormat.RECORD, record);
      gen.writeEndObject();
      gen.writeRaw('\n');
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    try {
      gen.close();
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
