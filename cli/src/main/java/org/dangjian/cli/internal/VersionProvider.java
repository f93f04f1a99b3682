package org.dangjian.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The text of {@code --version}: the SDK version, filtered into {@code version.properties} by the
 * build, and the Java runtime the command runs on.
 */
public final class VersionProvider implements IVersionProvider {

  /** The version of dangjian-sdk this command line was built from. */
  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "dangjian " + version() + " (dangjian-sdk 党建数据工具)",
      "Java " + System.getProperty("java.version") + " " + System.getProperty("java.vm.name")
    };
  }
}
