package org.portreg.cli.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a command's cold path, read without picocli (whose reflective model costs a cold
 * JVM more than the answer): {@code --name value}, {@code --name=value}, flags and positional
 * words. Anything it does not know (help, an unknown or repeated option, a missing value) makes
 * {@link #parse} answer null, and the command takes its full path, which gives the same answer with
 * picocli's proper messages.
 */
public final class FastArgs {
  private final Map<String, String> values = new HashMap<>();
  private final List<String> words = new ArrayList<>();

  private FastArgs() {}

  /**
   * Reads {@code args} after the command name {@code args[0]}.
   *
   * @param valued the options that take a value, such as {@code --format}
   * @param flags the options without a value, such as {@code --all}
   * @return the arguments, or null when they are not for the cold path
   */
  public static FastArgs parse(String[] args, List<String> valued, List<String> flags) {
    FastArgs parsed = new FastArgs();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-") || arg.equals("-")) {
        parsed.words.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals > 0 ? arg.substring(0, equals) : arg;
      String value;
      if (flags.contains(name) && equals < 0) {
        value = "";
      } else if (!valued.contains(name)) {
        return null;
      } else if (equals > 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return null;
      }
      if (parsed.values.put(name, value) != null) {
        return null;
      }
    }
    return parsed;
  }

  /** The value of {@code name}, or {@code fallback} when it was not given. */
  public String value(String name, String fallback) {
    String value = values.get(name);
    return value == null ? fallback : value;
  }

  /**
   * The integer value of {@code name} ({@code fallback} when not given), or {@link
   * Integer#MIN_VALUE} when it is not an integer: the full path gives picocli's message for that.
   */
  public int number(String name, String fallback) {
    try {
      return Integer.parseInt(value(name, fallback));
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }

  /** Whether the flag or option {@code name} was given. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The positional words, in order. */
  public List<String> words() {
    return words;
  }
}
