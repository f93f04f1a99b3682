package org.dangjian.io.internal.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.json.ExchangeFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link Dataset} through the JSON module, as the exchange document of docs/FORMATS.md: {@code
 * format} and {@code version} first, then the sections of {@link ExchangeFormat#SECTIONS}, each an
 * array of records written and read by the module's record codecs. Reading checks the format and
 * version, accepts absent or {@code null} sections and rejects any other property with a {@code
 * MismatchedInputException} naming it. For files, the importer and exporter remain the tools: they
 * stream, report every problem in one pass and never hold more than one record.
 */
final class DatasetCodec {

  private DatasetCodec() {}

  /** Writes a dataset as an exchange document. */
  static final class Serializer extends StdSerializer<Dataset> {
    Serializer() {
      super(Dataset.class);
    }

    @Override
    public void serialize(Dataset dataset, JsonGenerator gen, SerializationContext context) {
      Map<RecordKind, List<Object>> bySection = new EnumMap<>(RecordKind.class);
      dataset.accept(
          new RecordVisitor<>() {
            @Override
            public void record(RecordKind kind, Object record, Location location) {
              bySection.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
            }
          });
      gen.writeStartObject(dataset);
      gen.writeStringProperty("format", ExchangeFormat.NAME);
      gen.writeStringProperty("version", ExchangeFormat.VERSION);
      for (RecordKind kind : ExchangeFormat.RECORD_KINDS) {
        gen.writeName(ExchangeFormat.section(kind));
        gen.writeStartArray();
        for (Object record : bySection.getOrDefault(kind, List.of())) {
          context.writeValue(gen, record);
        }
        gen.writeEndArray();
      }
      gen.writeEndObject();
    }
  }

  /** Reads an exchange document into a dataset. */
  static final class Deserializer extends StdDeserializer<Dataset> {
    Deserializer() {
      super(Dataset.class);
    }

    @Override
    public Dataset deserialize(JsonParser p, DeserializationContext context) {
      if (!p.isExpectedStartObjectToken()) {
        return (Dataset) context.handleUnexpectedToken(Dataset.class, p);
      }
      ImmutableDataset.Builder dataset = Dataset.builder();
      RecordHandler into = RecordHandler.into(dataset);
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken token = p.nextToken();
        if ("format".equals(name) || "version".equals(name)) {
          String expected = "format".equals(name) ? ExchangeFormat.NAME : ExchangeFormat.VERSION;
          if (token != JsonToken.VALUE_STRING || !expected.equals(p.getString())) {
            context.reportInputMismatch(
                Dataset.class,
                "not a %s %s document: \"%s\" is %s",
                ExchangeFormat.NAME,
                ExchangeFormat.VERSION,
                name,
                token == JsonToken.VALUE_STRING ? "\"" + p.getString() + "\"" : token);
          }
          continue;
        }
        RecordKind kind = kindOfSection(name);
        if (kind == null) {
          context.reportInputMismatch(
              Dataset.class,
              "unknown property \"%s\" of an exchange document (sections: %s)",
              name,
              ExchangeFormat.SECTIONS);
        }
        if (token == JsonToken.VALUE_NULL) {
          continue;
        }
        if (token != JsonToken.START_ARRAY) {
          context.reportInputMismatch(Dataset.class, "section \"%s\" is not an array", name);
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
          into.record(kind, context.readValue(p, kind.type()), Location.unknown());
        }
      }
      return dataset.build();
    }

    private static RecordKind kindOfSection(String name) {
      for (RecordKind kind : ExchangeFormat.RECORD_KINDS) {
        if (ExchangeFormat.section(kind).equals(name)) {
          return kind;
        }
      }
      return null;
    }
  }
}
