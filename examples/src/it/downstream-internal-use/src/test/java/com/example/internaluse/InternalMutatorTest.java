package com.example.internaluse;

import org.dangjian.testkit.internal.mutation.MemberMutators;

/** Reaches into testkit's implementation, which the module system must refuse to compile. */
class InternalMutatorTest {
  static final Class<?> IMPLEMENTATION = MemberMutators.class;
}
