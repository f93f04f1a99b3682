package org.dangjian.io;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.io.spi.ReaderSettings;
import org.dangjian.validation.ValidationSettings;
import org.immutables.value.Value;

/**
 * How {@link DangjianImporter} reads and validates: the date the data is judged as of (nothing
 * reads the clock), the validation settings, strict mode (stop at the first ERROR) or lenient mode
 * (the default: report everything), the reading limits, and, when the file name does not tell, the
 * format and the text encoding, and settings of particular readers. Without an encoding, text files
 * are read as UTF-8 (with or without BOM) and, when they are not valid UTF-8, as GB18030.
 */
@Value.Immutable
public interface ImportOptions {

  /** The date the data is judged as of. */
  LocalDate asOf();

  /** The validation settings; the national profile by default. */
  @Value.Default
  default ValidationSettings settings() {
    return ValidationSettings.defaults();
  }

  /** Stop reading at the first ERROR; false by default. */
  @Value.Default
  default boolean strict() {
    return false;
  }

  /** The reading limits. */
  @Value.Default
  default ReadLimits limits() {
    return ReadLimits.defaults();
  }

  /**
   * The number of threads that decode a JSON Lines or CSV input, split into chunks of lines; 1 by
   * default (the caller's thread alone). Records still reach the handler and the validation in
   * input order on the caller's thread, with the same locations, issues and report whatever the
   * number; XLSX, JSON documents and bulletins are always read by the caller's thread alone. The
   * command line sets it to the number of cores.
   */
  @Value.Default
  default int decodingThreads() {
    return 1;
  }

  /** The format of every input, when not taken from its file name. */
  Optional<DataFormat> format();

  /** The encoding of text inputs, when not detected. */
  Optional<Charset> charset();

  /**
   * Settings of particular readers, such as a roster's mapping profile; each reader takes the ones
   * of its own type and the others ignore them. None by default.
   */
  List<ReaderSettings> readerSettings();

  /** The first of {@link #readerSettings()} of {@code type}, if any. */
  default <T extends ReaderSettings> Optional<T> readerSettings(Class<T> type) {
    return readerSettings().stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** Checks that {@link #decodingThreads()} is at least 1. */
  @Value.Check
  default void check() {
    if (decodingThreads() < 1) {
      throw new IllegalArgumentException(
          "decodingThreads must be at least 1: " + decodingThreads());
    }
  }

  /** Options judging the data as of {@code asOf}, with every other option at its default. */
  static ImportOptions of(LocalDate asOf) {
    return builder().asOf(asOf).build();
  }

  /** A builder. */
  static ImmutableImportOptions.Builder builder() {
    return ImmutableImportOptions.builder();
  }
}
