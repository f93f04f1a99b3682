package org.dangjian.spark.internal;

import org.dangjian.core.record.RecordKind;
import org.dangjian.io.Privacy;
import org.dangjian.io.json.DangjianJsonModule;
import org.dangjian.validation.internal.RecordCodec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records as the JSON of the exchange format, with resident ID and mobile numbers in full: what a
 * part read on an executor carries to the driver for the dataset checks (which compare ID numbers),
 * never what a report shows. One mapper per JVM, built on first use.
 */
public final class ExchangeCodec implements RecordCodec {

  private static final long serialVersionUID = 1L;

  /** The codec; stateless, so one serves every part. */
  public static final ExchangeCodec INSTANCE = new ExchangeCodec();

  private ExchangeCodec() {}

  @Override
  public String encode(RecordKind kind, Object record) {
    return Mapper.MAPPER.writeValueAsString(record);
  }

  @Override
  public Object decode(RecordKind kind, String text) {
    return Mapper.MAPPER.readValue(text, kind.type());
  }

  private Object readResolve() {
    return INSTANCE;
  }

  /** The mapper, made when a JVM (the driver, an executor) first needs it. */
  private static final class Mapper {
    static final JsonMapper MAPPER =
        JsonMapper.builder().addModule(new DangjianJsonModule(Privacy.FULL)).build();
  }
}
