package org.dangjian.io.json.schema;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.vanguard.Team;
import org.dangjian.io.internal.json.RecordAttributes;
import org.dangjian.io.json.ExchangeFormat;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the two JSON Schemas (draft 2020-12) of the exchange format from the domain types with
 * victools jsonschema-generator, from the same attribute definition the JSON module uses: the
 * properties of a record are its accessors that are fields ({@link RecordAttributes}), named
 * without parentheses, in field order, required where the module requires them, no other properties
 * allowed. The document schema describes a whole {@code .json} file; the record schema one line of
 * a {@code .jsonl} file (the header or a record with its {@code kind}).
 */
final class ExchangeSchemas {

  static final String DOCUMENT_FILE =
      "dangjian-exchange-" + ExchangeFormat.VERSION + ".schema.json";
  static final String RECORD_FILE =
      "dangjian-exchange-record-" + ExchangeFormat.VERSION + ".schema.json";

  /** The base of the schemas' {@code $id}s: names, not addresses that are fetched. */
  static final String ID_BASE = "https://dangjian-sdk.example/schema/";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<Class<?>> RECORDS =
      List.of(
          Organization.class,
          Member.class,
          Activity.class,
          PairingAgreement.class,
          Bulletin.class,
          Team.class);
  private static final String ENUM_NOTE =
      "Written as the constant name; readers also accept the national or project code and the"
          + " Chinese label (and known aliases).";

  private ExchangeSchemas() {}

  /** The record type being described, which may inherit {@code method} from an interface. */
  private static Class<?> owner(MemberScope<?, ?> member) {
    return member.getDeclaringTypeMembers().mainTypeAndOverrides().get(0).getErasedType();
  }

  /** The schema of an exchange document, as the committed file holds it. */
  static String document() {
    Generated generated = generate();
    ObjectNode schema =
        header(DOCUMENT_FILE, "dangjian-exchange " + ExchangeFormat.VERSION + " document");
    schema.put(
        "description",
        "One exchange document. \"format\" and \"version\" must be its first two properties"
            + " (JSON Schema cannot say so; readers check it). Sections may be absent or empty.");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("format").put("const", ExchangeFormat.NAME);
    properties.putObject("version").put("const", ExchangeFormat.VERSION);
    asOf(properties);
    for (int i = 0; i < RECORDS.size(); i++) {
      ObjectNode section = properties.putObject(ExchangeFormat.SECTIONS.get(i));
      section.put("type", "array");
      section.set("items", generated.references.get(i));
    }
    schema.putArray("required").add("format").add("version");
    schema.put("additionalProperties", false);
    schema.set("$defs", generated.definitions);
    return print(schema);
  }

  /** The schema of one JSON Lines line: the header or one record with its kind. */
  static String record() {
    Generated generated = generate();
    ObjectNode schema =
        header(RECORD_FILE, "dangjian-exchange " + ExchangeFormat.VERSION + " JSON Lines line");
    schema.put(
        "description",
        "One line of a JSON Lines exchange file: the first line is the header, every other line"
            + " one record with its kind. \"kind\" picks the branch (OpenAPI-style discriminator,"
            + " which Ajv follows with its discriminator option), so an invalid record is reported"
            + " against its own kind only.");
    schema.put("type", "object");
    schema.putArray("required").add(ExchangeFormat.KIND);
    schema.putObject("discriminator").put("propertyName", ExchangeFormat.KIND);
    ArrayNode oneOf = schema.putArray("oneOf");
    ObjectNode headerLine = oneOf.addObject();
    headerLine.put("type", "object");
    ObjectNode headerProperties = headerLine.putObject("properties");
    headerProperties.putObject(ExchangeFormat.KIND).put("const", ExchangeFormat.HEADER);
    headerProperties.putObject("format").put("const", ExchangeFormat.NAME);
    headerProperties.putObject("version").put("const", ExchangeFormat.VERSION);
    asOf(headerProperties);
    headerLine.putArray("required").add(ExchangeFormat.KIND).add("format").add("version");
    headerLine.put("additionalProperties", false);
    for (int i = 0; i < RECORDS.size(); i++) {
      ObjectNode line = oneOf.addObject();
      line.put("type", "object");
      ObjectNode lineProperties = line.putObject("properties");
      lineProperties.putObject(ExchangeFormat.KIND).put("const", ExchangeFormat.KINDS.get(i));
      lineProperties.set(ExchangeFormat.RECORD, generated.references.get(i));
      line.putArray("required").add(ExchangeFormat.KIND).add(ExchangeFormat.RECORD);
      line.put("additionalProperties", false);
    }
    schema.set("$defs", generated.definitions);
    return print(schema);
  }

  /** The schema files by their names. */
  static Map<String, String> files() {
    return Map.of(DOCUMENT_FILE, document(), RECORD_FILE, record());
  }

  private record Generated(List<ObjectNode> references, ObjectNode definitions) {}

  private static Generated generate() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(JSON, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(
                Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                Option.FLATTENED_OPTIONALS,
                Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                Option.DEFINITIONS_FOR_ALL_OBJECTS,
                Option.PLAIN_DEFINITION_KEYS,
                Option.INLINE_NULLABLE_SCHEMAS)
            .without(
                Option.SCHEMA_VERSION_INDICATOR,
                Option.PUBLIC_NONSTATIC_FIELDS,
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS,
                Option.VALUES_FROM_CONSTANT_FIELDS);
    config.forFields().withIgnoreCheck(field -> true);
    config
        .forMethods()
        .withIgnoreCheck(
            method -> RecordAttributes.index(owner(method), method.getRawMember()).isEmpty())
        .withPropertyNameOverrideResolver(method -> method.getRawMember().getName())
        .withRequiredCheck(
            method -> RecordAttributes.isRequired(owner(method), method.getRawMember()));
    config
        .forTypesInGeneral()
        .withPropertySorter(Comparator.comparingInt(ExchangeSchemas::fieldOrder))
        .withCustomDefinitionProvider(
            (type, context) -> {
              Class<?> raw = type.getErasedType();
              ObjectNode node = JSON.createObjectNode();
              if (raw == LocalDate.class) {
                node.put("type", "string").put("format", "date");
              } else if (raw == YearMonth.class) {
                node.put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}$");
              } else if (raw == BigDecimal.class) {
                node.put("type", "number");
              } else if (raw == Map.class) {
                node.put("type", "object")
                    .put(
                        "description",
                        "Extras: column label to text as read, for attributes the model has no"
                            + " field for, in the order read.");
                node.putObject("additionalProperties").put("type", "string");
              } else if (raw == OptionalInt.class) {
                node.put("type", "integer");
              } else if (raw == ResidentIdNumber.class) {
                node.put("type", "string")
                    .put(
                        "description",
                        "公民身份号码 (18 characters), or the mask a masked export writes such as"
                            + " 11****************, which reads as absent.");
              } else if (raw == MobileNumber.class) {
                node.put("type", "string")
                    .put(
                        "description",
                        "Mainland mobile number (11 digits), or the mask a masked export writes"
                            + " such as 138****8000, which reads as absent.");
              } else if (raw == SocialCreditCode.class) {
                node.put("type", "string").put("description", "统一社会信用代码 (18 characters).");
              } else if (raw.isEnum() && CodedValue.class.isAssignableFrom(raw)) {
                node.put("type", "string");
                ArrayNode names = node.putArray("enum");
                for (Object constant : raw.getEnumConstants()) {
                  names.add(((Enum<?>) constant).name());
                }
                node.put("description", ENUM_NOTE);
                return new CustomDefinition(
                    node,
                    CustomDefinition.DefinitionType.ALWAYS_REF,
                    CustomDefinition.AttributeInclusion.NO);
              } else {
                return null;
              }
              return new CustomDefinition(node, true);
            });
    SchemaBuilder builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
    List<ObjectNode> references = RECORDS.stream().map(builder::createSchemaReference).toList();
    ObjectNode definitions = builder.collectDefinitions("$defs");
    return new Generated(references, definitions);
  }

  private static int fieldOrder(MemberScope<?, ?> member) {
    if (member.getRawMember() instanceof Method method) {
      return RecordAttributes.index(owner(member), method).orElse(Integer.MAX_VALUE);
    }
    return Integer.MAX_VALUE;
  }

  private static void asOf(ObjectNode properties) {
    properties
        .putObject(ExchangeFormat.AS_OF)
        .put("type", "string")
        .put("format", "date")
        .put("description", "The date the data describes (截至日期); validation judges as of it.");
  }

  private static ObjectNode header(String file, String title) {
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID_BASE + file);
    schema.put("title", title);
    return schema;
  }

  private static String print(ObjectNode schema) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema).replace("\r\n", "\n")
        + "\n";
  }
}
