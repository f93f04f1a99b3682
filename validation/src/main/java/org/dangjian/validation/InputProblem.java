package org.dangjian.validation;

import org.dangjian.validation.internal.rules.InputRules;
import org.dangjian.validation.rule.Rule;

/**
 * The kinds of problem a reader finds while decoding a file, before a record exists, each with its
 * rule in the catalogue ({@code IO-SYNTAX}, {@code IO-HEADER-UNKNOWN}, ...). Readers report them
 * through {@link ValidationRun#input}, so that decoding problems and rule violations end up in one
 * report with one kind of location. The message arguments each kind expects are listed on the
 * constant.
 */
public enum InputProblem {
  /** Malformed syntax; argument {@code detail}. */
  SYNTAX(InputRules.SYNTAX),
  /** An encoding that is neither UTF-8 nor GB18030; argument {@code detail}. */
  ENCODING(InputRules.ENCODING),
  /** A reading limit exceeded; arguments {@code limit}, {@code max}, {@code actual}. */
  LIMIT(InputRules.LIMIT),
  /** A missing or unsupported format name or version; arguments {@code expected}. */
  FORMAT(InputRules.FORMAT),
  /** A field the format does not define; argument {@code field}. */
  UNKNOWN_FIELD(InputRules.UNKNOWN_FIELD),
  /** A required field that is absent; argument {@code field}. */
  MISSING_FIELD(InputRules.MISSING_FIELD),
  /**
   * A value that does not read as its type; arguments {@code field}, {@code expected}, {@code
   * expectedEn}.
   */
  VALUE(InputRules.VALUE_TYPE),
  /**
   * A roster header that names no known field (information: the column is kept as extras); argument
   * {@code header}.
   */
  HEADER_UNKNOWN(InputRules.HEADER_UNKNOWN),
  /** A roster column given twice; arguments {@code header}, {@code first} (1-based column). */
  HEADER_DUPLICATE(InputRules.HEADER_DUPLICATE),
  /** A required roster column that is absent; argument {@code header}. */
  HEADER_MISSING(InputRules.HEADER_MISSING),
  /** A formula cell or formula-like text in a roster; the value is the cell. */
  FORMULA(InputRules.FORMULA),
  /**
   * A line of a bulletin text that the reader cannot place in the masthead, a section, an item, the
   * statistics or the priorities (a warning: the bulletin is read without it); the value is the
   * line, the arguments {@code detail} and {@code detailEn} say why.
   */
  UNPLACED(InputRules.UNPLACED),
  /**
   * The detected layout of a roster sheet (information); arguments {@code detail}, {@code
   * detailEn}.
   */
  LAYOUT(InputRules.LAYOUT),
  /** A resident ID number stored as a spreadsheet number; the value is the masked cell. */
  ID_AS_NUMBER(InputRules.ID_AS_NUMBER),
  /**
   * A month-precision birth date recorded as the 1st of the month (information); the value is the
   * cell.
   */
  BIRTH_MONTH(InputRules.BIRTH_MONTH),
  /**
   * A month-precision date other than the birth date recorded as the 1st of the month
   * (information), once per column; the value is the cell, argument {@code field}.
   */
  DATE_MONTH(InputRules.DATE_MONTH),
  /** A placeholder organization created from a name (information); argument {@code id}. */
  PLACEHOLDER_ORG(InputRules.PLACEHOLDER_ORG),
  /** An organization name that matches several organizations; argument {@code candidates}. */
  ORG_AMBIGUOUS(InputRules.ORG_AMBIGUOUS),
  /** A record rejected as a whole; the value is its raw content, personal data masked. */
  REJECTED(InputRules.REJECTED),
  /**
   * A column of a unit, points or team sheet that names no known field: those records have no
   * extras, so its cells are not read (warning, once per column); arguments {@code header} and
   * {@code roster}.
   */
  COLUMN_NOT_KEPT(InputRules.COLUMN_NOT_KEPT);

  private final Rule rule;

  InputProblem(Rule rule) {
    this.rule = rule;
  }

  /** The catalogue rule this problem is reported under. */
  public Rule rule() {
    return rule;
  }

  /** The rule code, such as {@code IO-SYNTAX}. */
  public String code() {
    return rule.code();
  }
}
