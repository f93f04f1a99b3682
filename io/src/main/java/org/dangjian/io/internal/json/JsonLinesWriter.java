package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.Privacy;
import org.dangjian.io.internal.AbstractRecordWriter;
import org.dangjian.io.json.ExchangeFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a JSON Lines exchange file: the header line, then one record per line in UTF-8, {@code
 * {"kind":"member","record":{...}}} with the record's fields in declaration order, every line ended
 * by LF. Records may come in any order.
 */
public final class JsonLinesWriter extends AbstractRecordWriter {

  private final JsonGenerator gen;

  /** A writer onto {@code out}, which {@link #close()} closes. */
  public JsonLinesWriter(OutputStream out, Privacy privacy) throws IOException {
    try {
      this.gen =
          JsonSupport.writer(privacy).writer().withRootValueSeparator("").createGenerator(out);
      gen.writeStartObject();
      gen.writeStringProperty(ExchangeFormat.KIND, ExchangeFormat.HEADER);
      gen.writeStringProperty("format", ExchangeFormat.NAME);
      gen.writeStringProperty("version", ExchangeFormat.VERSION);
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
