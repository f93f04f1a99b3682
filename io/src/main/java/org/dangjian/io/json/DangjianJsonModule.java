package org.dangjian.io.json;

import org.dangjian.io.Privacy;
import org.dangjian.io.internal.json.DomainTypes;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson 3 module that reads and writes the domain records of dangjian-sdk (organizations,
 * members with their development record, transfers and dues, activities, pairing agreements and
 * every value nested in them) in the field names and value spellings of the JSON exchange format,
 * for use in your own {@code JsonMapper}: {@code JsonMapper.builder().addModule(new
 * DangjianJsonModule()).build()}. Field names are the accessor names; empty optionals and lists are
 * left out; code-table enums are written as constant names and read from the code, the constant
 * name or the Chinese label; dates are ISO text and amounts exact JSON numbers. Resident ID and
 * mobile numbers are written as the module's {@link Privacy} profile says, {@link Privacy#MASKED}
 * unless you choose otherwise, and a mask read back is an absent value. A value that cannot be read
 * throws a {@code MismatchedInputException} whose message names the record and the field path
 * ({@code member field "development.steps[2].date"}), with ID and phone numbers masked. The domain
 * types carry no Jackson annotations; this module is the whole mapping.
 */
public final class DangjianJsonModule extends JacksonModule {

  private final Privacy privacy;

  /** A module that writes ID and mobile numbers masked, as {@link Privacy#MASKED} says. */
  public DangjianJsonModule() {
    this(Privacy.MASKED);
  }

  /** A module that writes ID and mobile numbers as {@code privacy} says. */
  public DangjianJsonModule(Privacy privacy) {
    this.privacy = java.util.Objects.requireNonNull(privacy, "privacy");
  }

  /** How this module writes resident ID and mobile numbers. */
  public Privacy privacy() {
    return privacy;
  }

  @Override
  public String getModuleName() {
    return "DangjianJsonModule";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getRegistrationId() {
    return getModuleName() + "/" + privacy;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(DomainTypes.serializers(privacy));
    context.addDeserializers(DomainTypes.deserializers());
  }
}
