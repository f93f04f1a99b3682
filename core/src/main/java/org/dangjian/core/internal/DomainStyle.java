package org.dangjian.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every domain package through its {@code
 * package-info.java}. It fixes, once: record-style accessors ({@code name()}), builders whose
 * setters carry the attribute name and may be called only once ({@code strictBuilder}), JDK-only
 * collections, public generated {@code Immutable*} types, and {@code with*} copy methods.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    init = "*",
    strictBuilder = true,
    jdkOnly = true,
    jdk9Collections = true,
    depluralize = true,
    depluralizeDictionary = {"activity:activities", "person:people", "child:children"},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false),
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "****")
public @interface DomainStyle {}
