package org.dangjian.io.internal.json;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Codes;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ParseResult;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.io.Privacy;
import org.dangjian.io.internal.PersonalData;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The (de)serializers of the module's value types when they stand alone in a user's own classes:
 * code-table enums (written as constant names, read by code, name or Chinese label) and the three
 * identifiers (written by the privacy profile, read and checked, the masks of our exports read as
 * null). Inside a domain record the record (de)serializers handle these values themselves.
 */
final class ValueCodecs {

  private ValueCodecs() {}

  /** Writes a code-table enum as its constant name. */
  static final class EnumSerializer extends ValueSerializer<Object> {
    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt)
        throws JacksonException {
      gen.writeString(((Enum<?>) value).name());
    }
  }

  /** Reads a code-table enum from its code, constant name or Chinese label. */
  static final class EnumDeserializer extends ValueDeserializer<Object> {
    private final Class<?> type;

    EnumDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public boolean isCachable() {
      return true;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
        Optional<?> value = Codes.lookup((Class) type, p.getString());
        if (value.isPresent()) {
          return value.get();
        }
      }
      String shown = token.isScalarValue() ? p.getString() : String.valueOf(token);
      throw MismatchedInputException.from(
          p,
          type,
          String.format(
              "Cannot read %s from \"%s\": expected a code, constant name or Chinese label",
              type.getSimpleName(), shown.length() > 100 ? shown.substring(0, 100) + "…" : shown));
    }
  }

  /** Writes an identifier as the privacy profile says; left out means {@code null}. */
  static final class IdentifierSerializer extends ValueSerializer<Object> {
    private final Privacy privacy;

    IdentifierSerializer(Privacy privacy) {
      this.privacy = privacy;
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, Object value) {
      return text(value).isEmpty();
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt)
        throws JacksonException {
      Optional<String> text = text(value);
      if (text.isPresent()) {
        gen.writeString(text.get());
      } else {
        gen.writeNull();
      }
    }

    private Optional<String> text(Object value) {
      if (value instanceof ResidentIdNumber id) {
        return PersonalData.idText(id, privacy);
      } else if (value instanceof MobileNumber phone) {
        return PersonalData.mobileText(phone, privacy);
      }
      return Optional.of(((SocialCreditCode) value).value());
    }
  }

  /**
   * Reads an identifier and checks it (format, region, birth date and check character for an ID
   * number; whether a birth date lies in the future is left to validation); a mask written by our
   * exports reads as null.
   */
  static final class IdentifierDeserializer extends ValueDeserializer<Object> {
    private final Class<?> type;

    IdentifierDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public boolean isCachable() {
      return true;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw MismatchedInputException.from(
            p, type, "Cannot read " + type.getSimpleName() + ": expected a string");
      }
      String text = p.getString();
      ParseResult<?> result;
      String masked;
      if (type == ResidentIdNumber.class) {
        if (PersonalData.isMaskedIdNumber(text)) {
          return null;
        }
        result = ResidentIdNumber.parse(text, LocalDate.MAX);
        masked = PersonalData.maskIdText(text);
      } else if (type == MobileNumber.class) {
        if (PersonalData.isMaskedMobileNumber(text)) {
          return null;
        }
        result = MobileNumber.parse(text);
        masked = PersonalData.maskMobileText(text);
      } else {
        result = SocialCreditCode.parse(text);
        masked = text.length() > 100 ? text.substring(0, 100) + "…" : text;
      }
      if (result.isValid()) {
        return result.value().get();
      }
      throw MismatchedInputException.from(
          p,
          type,
          String.format(
              "Invalid %s \"%s\": %s", type.getSimpleName(), masked, result.problem().get().en()));
    }
  }

  /** True for the enums the module reads and writes: the code tables of the domain. */
  static boolean isCodedEnum(Class<?> type) {
    return type.isEnum() && CodedValue.class.isAssignableFrom(type);
  }

  /** True for the three identifier types. */
  static boolean isIdentifier(Class<?> type) {
    return type == ResidentIdNumber.class
        || type == MobileNumber.class
        || type == SocialCreditCode.class;
  }
}
