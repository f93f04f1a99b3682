package org.dangjian.cli.internal;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one-line message of a usage error in the command line's language. Picocli writes its parse
 * errors in English only, so in Chinese (the default) they are rewritten from the exception's type
 * and parts (the unknown option, the missing option or parameter, the refused value); in English
 * they stay picocli's own. The language is read from the raw arguments ({@link #lang}), since an
 * argument that does not parse leaves the {@code --lang} option unset.
 */
final class UsageMessages {

  private UsageMessages() {}

  /**
   * The language that {@code --lang} chooses in {@code args} (the last one given, before {@code
   * --}), Chinese when none or an unknown one is given.
   */
  static Lang lang(String[] args) {
    Lang lang = Lang.ZH;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      if (arg.equals("--")) {
        break;
      } else if (arg.equals("--lang") && i + 1 < args.length) {
        value = args[++i];
      } else if (arg.startsWith("--lang=")) {
        value = arg.substring("--lang=".length());
      }
      if (value != null) {
        try {
          lang = new Converters.LangConverter().convert(value);
        } catch (TypeConversionException e) {
          // An unknown language is itself the usage error, reported in the default language.
        }
      }
    }
    return lang;
  }

  /**
   * The usage error {@code e} of command {@code name} as one line: what went wrong, then a pointer
   * to the command's help.
   */
  static String line(ParameterException e, String name, Lang lang) {
    String message = lang == Lang.EN ? e.getMessage() : chinese(e);
    return name
        + ": "
        + Cli.firstLine(message)
        + lang.pick("（参见 '" + name + " --help'）", " (see '" + name + " --help')");
  }

  private static String chinese(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched) {
      String values = quoted(unmatched.getUnmatched());
      return unmatched.isUnknownOption() ? "未知选项：" + values : "无法识别的参数：" + values;
    }
    if (e instanceof MissingParameterException missing) {
      List<ArgSpec> specs = missing.getMissing();
      boolean options = specs.stream().allMatch(ArgSpec::isOption);
      String names = specs.stream().map(s -> "'" + shown(s) + "'").collect(Collectors.joining("、"));
      return (options ? "缺少必需的选项：" : "缺少必需的参数：") + names;
    }
    if (e instanceof OverwrittenOptionException overwritten) {
      return "选项 '" + shown(overwritten.getOverwritten()) + "' 只能给一次";
    }
    ArgSpec spec = e.getArgSpec();
    if (spec != null && e.getValue() != null && e.getCause() != null) {
      String what =
          (spec.isOption() ? "选项 '" : "参数 '") + name(spec) + "' 的值 '" + e.getValue() + "' 无效";
      return what + reason(e.getCause(), spec);
    }
    // A parse error without a Chinese rendering: picocli's English, marked as a usage error.
    return "用法错误：" + e.getMessage();
  }

  /** Why a value was refused: our converters say it in Chinese, picocli's own by the type. */
  private static String reason(Throwable cause, ArgSpec spec) {
    if (cause instanceof Converters.Refused refused) {
      return "：" + refused.chinese();
    }
    Class<?> type = spec.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "：应为整数";
    }
    return "";
  }

  private static String shown(ArgSpec spec) {
    if (spec instanceof OptionSpec option) {
      return option.arity().max() == 0
          ? option.longestName()
          : option.longestName() + "=" + option.paramLabel();
    }
    return spec.paramLabel();
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining("、"));
  }
}
