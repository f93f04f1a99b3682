package org.dangjian.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.dangjian.io.DataFormat;
import org.dangjian.validation.rule.RuleCatalogue;
import picocli.CommandLine.IVersionProvider;

/**
 * The text of {@code --version}: the SDK version and the git commit it was built from (both
 * filtered into {@code version.properties} by the build; the commit reads "unknown" when the build
 * ran outside a clone, and is marked when the work tree had uncommitted changes), the rule
 * catalogue (number of rules and topics), the formats this installation reads and writes (found
 * through the format SPI, so an added format module shows), and the Java runtime.
 */
public final class VersionProvider implements IVersionProvider {

  /** The version of dangjian-sdk this command line was built from. */
  public static String version() {
    return buildProperties().getProperty("version", "unknown");
  }

  /**
   * The abbreviated id of the git commit this command line was built from, followed by {@code
   * +modified} when the build's work tree had uncommitted changes; {@code unknown} outside a clone.
   */
  public static String commit() {
    Properties properties = buildProperties();
    String commit = properties.getProperty("commit", "unknown");
    boolean modified = Boolean.parseBoolean(properties.getProperty("dirty", "false"));
    return modified && !"unknown".equals(commit) ? commit + "+modified" : commit;
  }

  private static Properties buildProperties() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @Override
  public String[] getVersion() {
    RuleCatalogue catalogue = RuleCatalogue.defaults();
    return new String[] {
      "dangjian " + version() + " (dangjian-sdk 党建数据工具)",
      "commit (提交): " + commit(),
      "rules (规则): "
          + catalogue.rules().size()
          + " in "
          + catalogue.topics().size()
          + " topics, the catalogue of dangjian-validation "
          + version()
          + " (docs/rules.md)",
      "reads (可读格式): " + Converters.labels(DataFormat.readable()),
      "writes (可写格式): " + Converters.labels(DataFormat.writable()),
      "Java " + System.getProperty("java.version") + " " + System.getProperty("java.vm.name")
    };
  }
}
