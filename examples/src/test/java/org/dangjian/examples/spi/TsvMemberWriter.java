package org.dangjian.examples.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.dangjian.core.member.Member;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.spi.AbstractRecordWriter;
import org.dangjian.io.spi.FormatWriter;

/**
 * Writes {@link TsvMembers#TSV} through the SPI alone: the header line, then one line per member,
 * with the ID number as the export's privacy profile says (full, masked, or left empty); records of
 * every other kind are skipped and counted by {@link AbstractRecordWriter}.
 */
public final class TsvMemberWriter extends AbstractRecordWriter {

  /** The service provider, named in META-INF/services/org.dangjian.io.spi.FormatWriter. */
  public static final class Provider implements FormatWriter {
    @Override
    public DataFormat format() {
      return TsvMembers.TSV;
    }

    @Override
    public RecordWriter open(OutputStream out, ExportOptions options) throws IOException {
      return new TsvMemberWriter(out, options);
    }
  }

  private final Writer out;
  private final ExportOptions options;

  private TsvMemberWriter(OutputStream out, ExportOptions options) throws IOException {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.options = options;
    this.out.write(String.join("\t", TsvMembers.COLUMNS) + "\n");
  }

  @Override
  protected boolean write(RecordKind kind, Object record) throws IOException {
    if (kind != RecordKind.MEMBER) {
      return false;
    }
    Member m = (Member) record;
    String idNumber =
        m.idNumber()
            .map(
                n ->
                    switch (options.privacy()) {
                      case FULL -> n.value();
                      case MASKED -> n.masked();
                      case OMITTED -> "";
                    })
            .orElse("");
    out.write(
        String.join(
                "\t",
                m.id(),
                m.name(),
                m.gender().code(),
                m.birthDate().toString(),
                m.stage().code(),
                m.organizationId(),
                idNumber)
            + "\n");
    return true;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
