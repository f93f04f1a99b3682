/**
 * Validation of dangjian-sdk data against the rules of the regulations (summarized in
 * docs/regulations.md): field constraints (Jakarta Validation with Hibernate Validator, no
 * expression language), record rules and dataset rules streamed in one pass, reported with
 * severities, locations and messages in Chinese and English.
 */
module org.dangjian.validation {
  requires transitive org.dangjian.core;
  requires static org.immutables.value.annotations;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires tools.jackson.core;
  requires java.logging;

  exports org.dangjian.validation;
  exports org.dangjian.validation.report;
  exports org.dangjian.validation.rule;
  // The private directory of temporary files, shared by the SDK's modules: not API.
  exports org.dangjian.validation.internal.spill to
      org.dangjian.io,
      org.dangjian.io.roster,
      org.dangjian.cli;
  // Validation fed in parts (internal.parts.Parts, internal.Segment): what dangjian-spark
  // distributes, not API.
  exports org.dangjian.validation.internal to
      org.dangjian.spark;
  exports org.dangjian.validation.internal.parts to
      org.dangjian.spark;

  // Hibernate Validator instantiates the constraint validators reflectively (HV000063 on the
  // module path without this), in our factory and in any other (Spring Boot's, the default one).
  opens org.dangjian.validation.internal.beans to
      org.hibernate.validator;

  // The validators of the constraints declared in org.dangjian.core.constraint.
  provides jakarta.validation.ConstraintValidator with
      org.dangjian.validation.internal.beans.ResidentIdValidator,
      org.dangjian.validation.internal.beans.CreditCodeValidator,
      org.dangjian.validation.internal.beans.MobileValidator;
}
