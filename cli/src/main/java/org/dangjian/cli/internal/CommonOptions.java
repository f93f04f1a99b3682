package org.dangjian.cli.internal;

import picocli.CommandLine.Option;

/** Options every command has: the language of its output and whether progress is drawn. */
final class CommonOptions {

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      converter = Converters.LangConverter.class,
      description = "Language of reports and summaries (语言): zh (default, 中文) or en.")
  Lang lang = Lang.ZH;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Draw a progress line on stderr (进度). By default only when the console is a terminal.")
  Boolean progress;

  /** A progress indicator for a command, drawing when asked or when the console is a terminal. */
  Progress progress(DangjianCommand root, String command) {
    boolean draw = progress != null ? progress : root.environment().interactive();
    return new Progress(root.err(), draw, root.environment().nanoTime(), lang, command);
  }
}
