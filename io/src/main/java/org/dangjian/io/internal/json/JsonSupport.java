package org.dangjian.io.internal.json;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.io.Privacy;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.json.DangjianJsonModule;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mappers our readers and writers use: for reading, one per distinct {@link ReadLimits} (the
 * limits become Jackson stream constraints), built on first use and kept, so that Jackson's
 * deserializer cache survives from file to file; for writing, one per {@link Privacy} profile,
 * built once.
 */
final class JsonSupport {

  private static final Map<Privacy, JsonMapper> WRITERS = new EnumMap<>(Privacy.class);

  static {
    for (Privacy privacy : Privacy.values()) {
      WRITERS.put(privacy, JsonMapper.builder().addModule(new DangjianJsonModule(privacy)).build());
    }
  }

  private static final Map<ReadLimits, JsonMapper> READERS = new ConcurrentHashMap<>();

  private JsonSupport() {}

  /** The mapper that reads with {@code limits}. */
  static JsonMapper reader(ReadLimits limits) {
    return READERS.computeIfAbsent(limits, JsonSupport::newReader);
  }

  private static JsonMapper newReader(ReadLimits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .build();
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    return JsonMapper.builder(factory)
        .addModule(new DangjianJsonModule(Privacy.FULL))
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** The mapper that writes with {@code privacy}. */
  static JsonMapper writer(Privacy privacy) {
    return WRITERS.get(privacy);
  }
}
