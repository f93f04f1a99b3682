package org.dangjian.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's {@link DomainStyle} for the record types that carry {@code extras()} (members and
 * organizations): the same settings, except that collections are copied into insertion-ordered
 * unmodifiable JDK collections instead of {@code Map.copyOf}, whose iteration order is unspecified.
 * The extras keep the order of the columns they were read from, so that an export writes them back
 * in that order.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    init = "*",
    strictBuilder = true,
    jdkOnly = true,
    jdk9Collections = false,
    depluralize = true,
    depluralizeDictionary = {"activity:activities", "person:people", "child:children"},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false),
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "****")
public @interface OrderedDomainStyle {}
