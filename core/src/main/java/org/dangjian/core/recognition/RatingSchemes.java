package org.dangjian.core.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.dangjian.core.code.Codes;
import org.dangjian.core.organization.OrganizationKind;

/**
 * The editions of a star-rating scheme, each in force from its date: the rule data of 晋星定级 kept
 * apart from the code, in the manner of libphonenumber's metadata. {@link #defaults()} reads the
 * bundled sample scheme (resource {@code rating-schemes.properties} beside this class); {@link
 * #parse(String)} and {@link #load(Path)} read a unit's own file of the same format, a Java
 * properties file in UTF-8:
 *
 * <pre>
 * editions = park-2023
 * park-2023.name = 园区基层党组织晋星定级评分标准（2023年版）
 * park-2023.from = 2023-01-01
 * park-2023.kinds = 党委, 党总支, 党支部, 联合党支部
 * park-2023.criteria = ORG, TEAM
 * park-2023.criterion.ORG = 组织建设 / 50
 * park-2023.criterion.TEAM = 队伍建设 / 50
 * park-2023.level.标兵 = 95
 * park-2023.level.五星 = 90
 * </pre>
 *
 * Kinds and levels are read by code, constant name or Chinese label. A file that breaks the format
 * is refused whole with an {@link IllegalArgumentException} naming the key and the value.
 */
public final class RatingSchemes {

  private static final String RESOURCE = "rating-schemes.properties";

  private final List<RatingScheme> editions;

  private RatingSchemes(List<RatingScheme> editions) {
    this.editions =
        editions.stream().sorted(Comparator.comparing(RatingScheme::effectiveFrom)).toList();
  }

  /** The editions given, in any order. */
  public static RatingSchemes of(List<RatingScheme> editions) {
    return new RatingSchemes(List.copyOf(editions));
  }

  /** The bundled sample scheme: a park's editions of 2019 and 2023. */
  public static RatingSchemes defaults() {
    try (InputStream in = RatingSchemes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return of(properties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the editions of a scheme file. */
  public static RatingSchemes load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads the editions of {@code text} in the format above.
   *
   * @throws IllegalArgumentException naming the key when a value is missing or malformed
   */
  public static RatingSchemes parse(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(properties);
  }

  private static RatingSchemes of(Properties p) {
    List<RatingScheme> editions = new ArrayList<>();
    for (String id : list(p, "editions")) {
      ImmutableRatingScheme.Builder b =
          RatingScheme.builder().id(id).name(required(p, id + ".name"));
      String from = required(p, id + ".from");
      try {
        b.effectiveFrom(LocalDate.parse(from));
      } catch (DateTimeParseException e) {
        throw bad(id + ".from", from, "a date yyyy-MM-dd");
      }
      for (String kind : list(p, id + ".kinds")) {
        b.addRatedKind(
            Codes.lookup(OrganizationKind.class, kind)
                .orElseThrow(() -> bad(id + ".kinds", kind, "a kind of organization")));
      }
      for (String code : list(p, id + ".criteria")) {
        String key = id + ".criterion." + code;
        String value = required(p, key);
        int slash = value.lastIndexOf('/');
        if (slash < 0) {
          throw bad(key, value, "label / maximum");
        }
        b.addCriteria(
            RatingCriterion.of(
                code, value.substring(0, slash).trim(), number(key, value.substring(slash + 1))));
      }
      String prefix = id + ".level.";
      for (String key : p.stringPropertyNames()) {
        if (key.startsWith(prefix)) {
          String name = key.substring(prefix.length());
          StarLevel level =
              Codes.lookup(StarLevel.class, name).orElseThrow(() -> bad(key, name, "a star level"));
          b.putThreshold(level, number(key, p.getProperty(key)));
        }
      }
      try {
        editions.add(b.build());
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    return new RatingSchemes(editions);
  }

  private static List<String> list(Properties p, String key) {
    List<String> items = new ArrayList<>();
    for (String item : required(p, key).split("[,，、]")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("rating scheme: " + key + " is missing");
    }
    return value.trim();
  }

  private static int number(String key, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw bad(key, text, "a whole number");
    }
  }

  private static IllegalArgumentException bad(String key, String value, String expected) {
    return new IllegalArgumentException(
        "rating scheme: " + key + " = '" + value.strip() + "' is not " + expected);
  }

  /** The editions, oldest first. */
  public List<RatingScheme> editions() {
    return editions;
  }

  /**
   * The edition that rates {@code year}: the latest one in force on the year's last day; empty when
   * every edition is later.
   */
  public Optional<RatingScheme> inForce(int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    RatingScheme chosen = null;
    for (RatingScheme edition : editions) {
      if (!edition.effectiveFrom().isAfter(end)) {
        chosen = edition;
      }
    }
    return Optional.ofNullable(chosen);
  }

  /**
   * True when {@code other} is a {@code RatingSchemes} with equal editions: schemes are compared by
   * value, so that settings holding two loads of the same scheme are equal.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RatingSchemes schemes && editions.equals(schemes.editions);
  }

  @Override
  public int hashCode() {
    return editions.hashCode();
  }

  @Override
  public String toString() {
    return "RatingSchemes" + editions.stream().map(RatingScheme::id).toList();
  }
}
