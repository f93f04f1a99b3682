package org.dangjian.validation.internal.rules;

import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.rule.Rule;

/**
 * Problems found while decoding a file, before any record exists: malformed syntax, an unknown
 * encoding, a limit exceeded, unknown, missing or duplicate fields and headers, values that do not
 * parse, formula cells and rows rejected as a whole. The io readers report them through {@code
 * ValidationRun.input}; they have no checks of their own. They have no record kind because they
 * apply to every kind of record; the location names the record.
 */
public final class InputRules implements RuleGroup {

  public static final Rule SYNTAX = Catalogue.rule(RuleCodes.IO_SYNTAX);
  public static final Rule ENCODING = Catalogue.rule(RuleCodes.IO_ENCODING);
  public static final Rule LIMIT = Catalogue.rule(RuleCodes.IO_LIMIT);
  public static final Rule FORMAT = Catalogue.rule(RuleCodes.IO_FORMAT);
  public static final Rule UNKNOWN_FIELD = Catalogue.rule(RuleCodes.IO_UNKNOWN_FIELD);
  public static final Rule MISSING_FIELD = Catalogue.rule(RuleCodes.IO_MISSING_FIELD);
  public static final Rule VALUE_TYPE = Catalogue.rule(RuleCodes.IO_VALUE);
  public static final Rule HEADER_UNKNOWN = Catalogue.rule(RuleCodes.IO_HEADER_UNKNOWN);
  public static final Rule HEADER_DUPLICATE = Catalogue.rule(RuleCodes.IO_HEADER_DUPLICATE);
  public static final Rule HEADER_MISSING = Catalogue.rule(RuleCodes.IO_HEADER_MISSING);
  public static final Rule FORMULA = Catalogue.rule(RuleCodes.IO_FORMULA);
  public static final Rule UNPLACED = Catalogue.rule(RuleCodes.IO_UNPLACED);
  public static final Rule LAYOUT = Catalogue.rule(RuleCodes.IO_LAYOUT);
  public static final Rule ID_AS_NUMBER = Catalogue.rule(RuleCodes.IO_ID_AS_NUMBER);
  public static final Rule BIRTH_MONTH = Catalogue.rule(RuleCodes.IO_BIRTH_MONTH);
  public static final Rule DATE_MONTH = Catalogue.rule(RuleCodes.IO_DATE_MONTH);
  public static final Rule PLACEHOLDER_ORG = Catalogue.rule(RuleCodes.IO_PLACEHOLDER_ORG);
  public static final Rule ORG_AMBIGUOUS = Catalogue.rule(RuleCodes.IO_ORG_AMBIGUOUS);
  public static final Rule REJECTED = Catalogue.rule(RuleCodes.IO_REJECTED);
  public static final Rule COLUMN_NOT_KEPT = Catalogue.rule(RuleCodes.IO_COLUMN_NOT_KEPT);

  @Override
  public String topic() {
    return "input";
  }
}
