package org.dangjian.io.internal.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.Privacy;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;

/**
 * Which (de)serializer the JSON module supplies for which type: a {@link Dataset} as the exchange
 * document ({@link DatasetCodec}), the record (de)serializers for the exchange format's domain
 * records (their interfaces and generated {@code Immutable*} classes), and the value codecs for
 * code-table enums and identifiers. Everything else is left to Jackson.
 */
public final class DomainTypes {

  private DomainTypes() {}

  /** The serializers of a module writing personal identifiers as {@code privacy} says. */
  public static Serializers serializers(Privacy privacy) {
    return new Serializers.Base() {
      @Override
      public ValueSerializer<?> findSerializer(
          SerializationConfig config,
          JavaType type,
          BeanDescription.Supplier beanDescRef,
          JsonFormat.Value formatOverrides) {
        Class<?> raw = type.getRawClass();
        if (Dataset.class.isAssignableFrom(raw)) {
          return new DatasetCodec.Serializer();
        } else if (RecordModel.isRecord(raw)) {
          return new RecordSerializer(RecordModel.of(raw), privacy);
        } else if (ValueCodecs.isIdentifier(raw)) {
          return new ValueCodecs.IdentifierSerializer(privacy);
        } else if (ValueCodecs.isCodedEnum(raw)) {
          return new ValueCodecs.EnumSerializer();
        }
        return null;
      }

      @Override
      public ValueSerializer<?> findEnumSerializer(
          SerializationConfig config,
          JavaType type,
          BeanDescription.Supplier beanDescRef,
          JsonFormat.Value formatOverrides) {
        return ValueCodecs.isCodedEnum(type.getRawClass())
            ? new ValueCodecs.EnumSerializer()
            : null;
      }
    };
  }

  /** The deserializers of the module. */
  public static Deserializers deserializers() {
    return new Deserializers.Base() {
      @Override
      public ValueDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
        Class<?> raw = type.getRawClass();
        if (Dataset.class.isAssignableFrom(raw)) {
          return new DatasetCodec.Deserializer();
        } else if (RecordModel.isRecord(raw)) {
          return new RecordDeserializer(RecordModel.of(raw));
        } else if (ValueCodecs.isIdentifier(raw)) {
          return new ValueCodecs.IdentifierDeserializer(raw);
        }
        return null;
      }

      @Override
      public ValueDeserializer<?> findEnumDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
        Class<?> raw = type.getRawClass();
        return ValueCodecs.isCodedEnum(raw) ? new ValueCodecs.EnumDeserializer(raw) : null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return Dataset.class.isAssignableFrom(valueType)
            || RecordModel.isRecord(valueType)
            || ValueCodecs.isIdentifier(valueType)
            || ValueCodecs.isCodedEnum(valueType);
      }
    };
  }
}
