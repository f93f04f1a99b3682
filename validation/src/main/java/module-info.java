/**
 * Validation of dangjian-sdk data against the rules of the regulations (RULES.md): field
 * constraints, record rules and dataset rules, reported with severities and locations. This module
 * is thin in the foundation release; the rule catalogue follows.
 */
module org.dangjian.validation {
  requires transitive org.dangjian.core;

  exports org.dangjian.validation;
}
