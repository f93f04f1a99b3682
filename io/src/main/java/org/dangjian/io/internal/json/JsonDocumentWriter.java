package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.dangjian.validation.internal.spill.SpillFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a JSON exchange document as records come, in UTF-8: format and version first, then the
 * sections of {@link ExchangeFormat#SECTIONS} (all always present), one record per line so that a
 * reader's line numbers point at records. Records may come in any order, as a streamed generator or
 * a JSON Lines input gives them: the section of the first kind that arrives is written straight
 * through and stays open, and records of the other kinds go to one temporary file per kind
 * (owner-only, in the private directory of {@link SpillFiles}, deleted on exit at the latest),
 * copied into their sections and deleted on {@link #close()}. Memory stays bounded; the spilled
 * records are written twice.
 */
public final class JsonDocumentWriter extends AbstractRecordWriter {

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
  private final ObjectWriter compact;
  private final Path[] spills = new Path[ExchangeFormat.SECTIONS.size()];
  private final JsonGenerator[] spillWriters = new JsonGenerator[ExchangeFormat.SECTIONS.size()];
  private int direct = -1;

  /** The provider of the {@link DataFormat#JSON} writer. */
  public static final class Provider implements FormatWriter {
    @Override
    public DataFormat format() {
      return DataFormat.JSON;
    }

    @Override
    public RecordWriter open(OutputStream out, ExportOptions options) throws IOException {
      return new JsonDocumentWriter(out, options.privacy(), options.asOf());
    }
  }

  /** A writer onto {@code out}, which {@link #close()} closes. */
  public JsonDocumentWriter(OutputStream out, Privacy privacy) throws IOException {
    this(out, privacy, Optional.empty());
  }

  /** A writer onto {@code out} whose header records the date the data describes. */
  public JsonDocumentWriter(OutputStream out, Privacy privacy, Optional<LocalDate> asOf)
      throws IOException {
    try {
      JsonMapper mapper = JsonSupport.writer(privacy);
      this.compact = mapper.writer().withRootValueSeparator(",\n");
      this.gen = mapper.writer().with(ONE_RECORD_PER_LINE).createGenerator(out);
      gen.writeStartObject();
      gen.writeStringProperty("format", ExchangeFormat.NAME);
      gen.writeStringProperty("version", ExchangeFormat.VERSION);
      if (asOf.isPresent()) {
        gen.writeStringProperty(ExchangeFormat.AS_OF, asOf.get().toString());
      }
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  protected boolean write(RecordKind kind, Object record) throws IOException {
    section(ExchangeFormat.RECORD_KINDS.indexOf(kind), record);
    return true;
  }

  /** Writes {@code record} into section {@code kind} (an index of the sections). */
  private void section(int kind, Object record) throws IOException {
    try {
      if (direct < 0) {
        direct = kind;
        gen.writeName(ExchangeFormat.SECTIONS.get(kind));
        gen.writeStartArray();
      }
      if (kind == direct) {
        gen.writePOJO(record);
        return;
      }
      JsonGenerator spill = spillWriters[kind];
      if (spill == null) {
        spills[kind] = SpillFiles.create(ExchangeFormat.SECTIONS.get(kind) + "-", ".json");
        spill =
            compact.createGenerator(Files.newBufferedWriter(spills[kind], StandardCharsets.UTF_8));
        spill.writeRaw('\n');
        spillWriters[kind] = spill;
      }
      spill.writePOJO(record);
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (direct >= 0) {
        gen.writeEndArray();
      }
      for (int kind = 0; kind < ExchangeFormat.SECTIONS.size(); kind++) {
        if (kind == direct) {
          continue;
        }
        gen.writeName(ExchangeFormat.SECTIONS.get(kind));
        gen.writeStartArray();
        if (spills[kind] != null) {
          spillWriters[kind].close();
          copy(spills[kind]);
        }
        gen.writeEndArray();
      }
      gen.writeEndObject();
      gen.writeRaw('\n');
      gen.close();
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    } finally {
      for (int kind = 0; kind < spills.length; kind++) {
        if (spills[kind] != null) {
          try {
            if (spillWriters[kind] != null) {
              spillWriters[kind].close();
            }
          } catch (JacksonException e) {
            // the file is deleted all the same
          } finally {
            Files.deleteIfExists(spills[kind]);
          }
        }
      }
    }
  }

  /** Copies a spilled section's records into the open array, followed by a line break. */
  private void copy(Path spill) throws IOException {
    char[] buffer = new char[1 << 16];
    try (Reader in = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        gen.writeRaw(buffer, 0, n);
      }
    }
    gen.writeRaw('\n');
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
