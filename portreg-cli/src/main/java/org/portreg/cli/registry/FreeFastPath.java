package org.portreg.cli.registry;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.portreg.cli.common.FastArgs;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.PolicyOption;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.UserInput;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Policy;
import org.portreg.model.PortRange;

/**
 * {@code free} without picocli, from the default database's {@link ColdSnapshot}: {@code free
 * [--transport T,...] [--count N] [--contiguous] [--range user|system] [--as-of VERSION] [--format
 * F] [--policy FILE] [--preset P,...] [--no-local]}, avoiding the policy in force and the local
 * assignments of the snapshot as the full command does; anything else (a {@code --local} file, no
 * valid snapshot) goes to the full command, which gives the same answer.
 */
public final class FreeFastPath {
  private static final List<String> OPTIONS =
      List.of("--transport", "--count", "--range", "--as-of", "--format", "--policy", "--preset");
  private static final List<String> FLAGS = List.of("--contiguous", "--no-local");

  private FreeFastPath() {}

  /**
   * Runs {@code free} when the arguments and the snapshot allow it.
   *
   * @return the exit code, or {@link LookupFastPath#NOT_HANDLED}
   */
  public static int tryRun(String[] args, OutputStream stream, PrintStream err) {
    if (args.length < 1 || !"free".equals(args[0]) || System.getenv(RegistryOption.ENV) != null) {
      return LookupFastPath.NOT_HANDLED;
    }
    FastArgs parsed = FastArgs.parse(args, OPTIONS, FLAGS);
    if (parsed == null || !parsed.words().isEmpty() || hasEmptyPreset(parsed)) {
      return LookupFastPath.NOT_HANDLED;
    }
    int count = parsed.number("--count", "1");
    return count == Integer.MIN_VALUE
        ? LookupFastPath.NOT_HANDLED
        : run(parsed, count, stream, err);
  }

  private static int run(FastArgs parsed, int count, OutputStream stream, PrintStream err) {
    OutputFormat output = OutputFormat.parse(parsed.value("--format", "table"), Lookup.FORMATS);
    ColdSnapshot.Indexed indexed = ColdSnapshot.indexed(parsed.value("--as-of", null));
    if (indexed == null) {
      return LookupFastPath.NOT_HANDLED;
    }
    List<String> transports = Arrays.asList(parsed.value("--transport", "tcp,udp").split(","));
    FreeCommand.Query query =
        new FreeCommand.Query(
            FreeCommand.parseTransports(transports),
            count,
            FreeCommand.space(parsed.value("--range", "user")),
            parsed.has("--contiguous"));
    List<LocalAssignment> local =
        parsed.has("--no-local") ? List.of() : indexed.overlay().entries();
    List<PortRange> free;
    try {
      Policy policy = PolicyOption.read(policyFile(parsed), presets(parsed));
      free = FreeCommand.find(indexed.index(), policy, local, query, err);
    } catch (IllegalArgumentException e) {
      throw UserInput.rejected(e);
    }
    PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
    return FreeCommand.printed(out, err, output, free, count);
  }

  private static Path policyFile(FastArgs parsed) {
    String file = parsed.value("--policy", null);
    return file == null ? null : Path.of(file);
  }

  private static List<String> presets(FastArgs parsed) {
    String names = parsed.value("--preset", null);
    return names == null ? List.of() : Arrays.asList(names.split(",", -1));
  }

  /** {@code --preset a,,b}: picocli's reading of empty names is the full path's to give. */
  private static boolean hasEmptyPreset(FastArgs parsed) {
    return presets(parsed).contains("");
  }
}
