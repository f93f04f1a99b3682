package org.dangjian.core.organization;

import java.util.Set;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The ownership of a host unit (单位的所有制性质). It selects which sector regulations apply: the
 * 《国有企业基层组织工作条例》 thresholds apply to state-owned enterprises, and non-public enterprises are the
 * "two new" organizations a park's working committee looks after.
 */
public enum Ownership implements CodedValue {
  /** 国有: state-owned (including state-controlled). */
  STATE_OWNED("SOE", "国有", "国有企业", "国企", "国有控股"),
  /** 民营 / 非公: private, non-public. */
  PRIVATE("PRV", "民营", "非公", "非公有制", "民营企业", "私营"),
  /** 外资: foreign-invested (including Hong Kong, Macao and Taiwan investment). */
  FOREIGN_INVESTED("FIE", "外资", "外商投资", "外资企业", "中外合资"),
  /** 混合所有制: mixed ownership. */
  MIXED("MIX", "混合所有制", "混合", "混改"),
  /** 集体: collective. */
  COLLECTIVE("COL", "集体", "集体企业"),
  /** Not an enterprise: government organ, public institution, village, community. */
  PUBLIC_SECTOR("PUB", "机关事业", "机关", "事业单位");

  private final Spellings spellings;

  Ownership(String code, String label, String... aliases) {
    this.spellings = Spellings.of(code, label, Set.of(aliases));
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }
}
