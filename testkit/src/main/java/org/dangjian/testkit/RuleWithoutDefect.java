package org.dangjian.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule of the validation catalogue that no {@link Defect} injects, and why: either a dataset
 * cannot hold the fault ({@link #breakableByData()} false: the rule is checked where text is read,
 * such as a resident ID number's check character or a file's syntax), or data can break it but only
 * together with another rule, or data can break it but testkit has no mutator for it yet; {@link
 * #reason()} says which. The list is the resource {@code rules-without-defect.tsv} next to this
 * class; together with {@link Defect#ruleId()} it accounts for every rule of the catalogue (a test
 * of testkit-validation fails otherwise), and docs/defects.md shows both.
 *
 * @param code the rule code, e.g. {@code IO-SYNTAX}
 * @param breakableByData whether a dataset can hold the fault
 * @param reason why no defect injects the rule, in English
 */
public record RuleWithoutDefect(String code, boolean breakableByData, String reason) {

  private static final String RESOURCE = "rules-without-defect.tsv";

  /** Checks that every part is present. */
  public RuleWithoutDefect {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  /** Every rule without a defect, in the order of the resource. */
  public static List<RuleWithoutDefect> all() {
    List<RuleWithoutDefect> out = new ArrayList<>();
    try (InputStream in = RuleWithoutDefect.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        if (parts.length != 3
            || !List.of("not-data", "not-alone", "no-mutator-yet").contains(parts[1])) {
          throw new IllegalStateException(RESOURCE + " line " + number + " is malformed");
        }
        out.add(new RuleWithoutDefect(parts[0], !parts[1].equals("not-data"), parts[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
