package org.dangjian.io.csv.write;

import org.dangjian.core.member.Member;

/** Gives other test packages the sample member of {@link CsvWriteTest}. */
public final class CsvWriteTestAccess {

  private CsvWriteTestAccess() {}

  /** A full member with an ID and a phone number, named {@code name}. */
  public static Member member(String name) {
    return CsvWriteTest.member(name);
  }
}
