package org.dangjian.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.DataFormat;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.io.spi.FormatWriter;

/**
 * The installed formats: the {@link FormatReader} and {@link FormatWriter} providers that {@link
 * ServiceLoader} finds with the class loader of this module, loaded once, on first use. When two
 * providers claim the same format, the first found wins. The lists of readable and writable formats
 * put the well-known formats first, in the order of their constants, then the others by name, so
 * that help texts and messages are stable. A format without a provider is refused with a {@link
 * DangjianIoException} that lists what is installed.
 */
public final class FormatRegistry {

  private static final class Installed {
    static final FormatRegistry REGISTRY =
        new FormatRegistry(
            ServiceLoader.load(FormatReader.class, FormatRegistry.class.getClassLoader()),
            ServiceLoader.load(FormatWriter.class, FormatRegistry.class.getClassLoader()));
  }

  private final Map<DataFormat, FormatReader> readers;
  private final Map<DataFormat, FormatWriter> writers;
  private final List<DataFormat> readable;
  private final List<DataFormat> writable;
  private final List<DataFormat> known;

  FormatRegistry(Iterable<FormatReader> readers, Iterable<FormatWriter> writers) {
    this.readers = byFormat(readers, FormatReader::format);
    this.writers = byFormat(writers, FormatWriter::format);
    this.readable = ordered(this.readers.keySet());
    this.writable = ordered(this.writers.keySet());
    Set<DataFormat> all = new LinkedHashSet<>(DataFormat.wellKnown());
    all.addAll(readable);
    all.addAll(writable);
    this.known = List.copyOf(all);
  }

  /** The formats installed on the class or module path of this module. */
  public static FormatRegistry installed() {
    return Installed.REGISTRY;
  }

  private static <P> Map<DataFormat, P> byFormat(
      Iterable<P> providers, Function<P, DataFormat> format) {
    Map<DataFormat, P> found = new LinkedHashMap<>();
    for (P provider : providers) {
      found.putIfAbsent(format.apply(provider), provider);
    }
    return Map.copyOf(found);
  }

  private static List<DataFormat> ordered(Set<DataFormat> formats) {
    List<DataFormat> wellKnown = DataFormat.wellKnown();
    List<DataFormat> list = new ArrayList<>(formats);
    list.sort(
        Comparator.comparingInt(
                (DataFormat f) -> wellKnown.contains(f) ? wellKnown.indexOf(f) : wellKnown.size())
            .thenComparing(DataFormat::name));
    return List.copyOf(list);
  }

  /** The formats with a reader, well-known ones first. */
  public List<DataFormat> readable() {
    return readable;
  }

  /** The formats with a writer, well-known ones first. */
  public List<DataFormat> writable() {
    return writable;
  }

  /** The well-known formats, then every other installed one. */
  public List<DataFormat> known() {
    return known;
  }

  /**
   * The reader of {@code format}.
   *
   * @throws DangjianIoException when none is installed; the message lists the readable formats
   */
  public FormatReader reader(DataFormat format) throws DangjianIoException {
    FormatReader reader = readers.get(format);
    if (reader == null) {
      throw new DangjianIoException(
          "reading " + format + " is not supported; readable formats: " + names(readable));
    }
    return reader;
  }

  /**
   * The writer of {@code format}.
   *
   * @throws DangjianIoException when none is installed; the message lists the writable formats
   */
  public FormatWriter writer(DataFormat format) throws DangjianIoException {
    FormatWriter writer = writers.get(format);
    if (writer == null) {
      throw new DangjianIoException(
          "writing " + format + " is not supported; writable formats: " + names(writable));
    }
    return writer;
  }

  /** The names of {@code formats}, comma-separated. */
  public static String names(List<DataFormat> formats) {
    return formats.stream().map(DataFormat::name).collect(Collectors.joining(", "));
  }
}
