package org.dangjian.io.internal.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.io.Privacy;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.internal.json.RecordModel.Attribute;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes one domain record as a JSON object with its attributes in declaration order: empty
 * optionals and lists are left out, enums are written as their constant names, dates as ISO text,
 * amounts as exact JSON numbers, extras as an object of texts, and resident ID and mobile numbers
 * as the {@link Privacy} profile says (in full, masked, or left out).
 */
final class RecordSerializer extends ValueSerializer<Object> {

  private final RecordModel model;
  private final Privacy privacy;

  RecordSerializer(RecordModel model, Privacy privacy) {
    this.model = model;
    this.privacy = privacy;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt)
      throws JacksonException {
    gen.writeStartObject(value);
    writeProperties(value, gen, ctxt);
    gen.writeEndObject();
  }

  private void writeProperties(Object record, JsonGenerator gen, SerializationContext ctxt)
      throws JacksonException {
    for (Attribute attribute : model.attributes()) {
      if (attribute.personal() && privacy == Privacy.OMITTED) {
        continue;
      }
      Object value = attribute.get(record);
      switch (attribute.container) {
        case SINGLE -> {
          if (attribute.hasDefault
              && attribute.kind == RecordModel.Kind.RECORD
              && RecordModel.of(value.getClass()).isEmpty(value)) {
            continue;
          }
          gen.writeName(attribute.name);
          writeValue(attribute, value, gen, ctxt);
        }
        case OPTIONAL -> {
          Optional<?> optional = (Optional<?>) value;
          if (optional.isPresent()) {
            gen.writeName(attribute.name);
            writeValue(attribute, optional.get(), gen, ctxt);
          }
        }
        case OPTIONAL_INT -> {
          OptionalInt optional = (OptionalInt) value;
          if (optional.isPresent()) {
            gen.writeName(attribute.name);
            gen.writeNumber(optional.getAsInt());
          }
        }
        case LIST -> {
          List<?> list = (List<?>) value;
          if (!list.isEmpty()) {
            gen.writeName(attribute.name);
            gen.writeStartArray(list, list.size());
            for (Object element : list) {
              writeValue(attribute, element, gen, ctxt);
            }
            gen.writeEndArray();
          }
        }
        case MAP -> {
          Map<?, ?> map = (Map<?, ?>) value;
          if (!map.isEmpty()) {
            gen.writeName(attribute.name);
            gen.writeStartObject(map, map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
              // labels and values came from a file's free text: masked like any free text
              gen.writeName(PersonalData.freeText((String) entry.getKey(), privacy));
              writeValue(attribute, entry.getValue(), gen, ctxt);
            }
            gen.writeEndObject();
          }
        }
      }
    }
  }

  private void writeValue(
      Attribute attribute, Object value, JsonGenerator gen, SerializationContext ctxt)
      throws JacksonException {
    switch (attribute.kind) {
      // a number in a free-text field is still personal data (issue 12): only FULL writes it
      case STRING -> gen.writeString(PersonalData.freeText((String) value, privacy));
      case INT -> gen.writeNumber((Integer) value);
      case BOOLEAN -> gen.writeBoolean((Boolean) value);
      case DECIMAL -> gen.writeNumber((BigDecimal) value);
      case DATE, YEAR_MONTH -> gen.writeString(value.toString());
      case ENUM -> gen.writeString(((Enum<?>) value).name());
      case ID_NUMBER ->
          gen.writeString(PersonalData.idText((ResidentIdNumber) value, privacy).orElseThrow());
      case MOBILE ->
          gen.writeString(PersonalData.mobileText((MobileNumber) value, privacy).orElseThrow());
      case CREDIT_CODE -> gen.writeString(((SocialCreditCode) value).value());
      case RECORD -> ctxt.writeValue(gen, value);
    }
  }
}
