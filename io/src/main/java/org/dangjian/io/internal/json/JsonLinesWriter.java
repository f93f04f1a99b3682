package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.json.ExchangeFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a JSON Lines exchange file: the header line, then one record per line in UTF-8, {@code
 * {"kind":"member","record":{...}}} with the record's fields in declaration order, every line ended
 * by LF. Records may come in any order.
 */
public final class JsonLinesWriter implements RecordWriter {

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
  public void organization(Organization organization) throws IOException {
    write(ExchangeFormat.ORGANIZATION, organization);
  }

  @Override
  public void member(Member member) throws IOException {
    write(ExchangeFormat.MEMBER, member);
  }

  @Override
  public void activity(Activity activity) throws IOException {
    write(ExchangeFormat.ACTIVITY, activity);
  }

  @Override
  public void pairing(PairingAgreement pairing) throws IOException {
    write(ExchangeFormat.PAIRING, pairing);
  }

  @Override
  public void bulletin(Bulletin bulletin) throws IOException {
    write(ExchangeFormat.BULLETIN, bulletin);
  }

  private void write(String kind, Object record) throws IOException {
    try {
      gen.writeStartObject();
      gen.writeStringProperty(ExchangeFormat.KIND, kind);
      gen.writePOJOProperty(ExchangeFormat.RECORD, record);
      gen.writeEndObject();
      gen.writeRaw('\n');
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public long skipped() {
    return 0;
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
