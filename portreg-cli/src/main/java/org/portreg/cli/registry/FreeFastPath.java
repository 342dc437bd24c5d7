package org.portreg.cli.registry;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.portreg.cli.common.DbSnapshot;
import org.portreg.cli.common.FastArgs;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.UserInput;
import org.portreg.index.CompactIndex;
import org.portreg.index.FreePorts;
import org.portreg.local.PolicyFiles;

/**
 * {@code free} without picocli, from the default database's {@link ColdSnapshot}: {@code free
 * [--transport T,...] [--count N] [--contiguous] [--range user|system] [--as-of VERSION] [--format
 * F]}, while no policy file applies and the database holds no local assignment (the full command
 * reads those); anything else goes to the full command, which gives the same answer.
 */
public final class FreeFastPath {
  private static final List<String> OPTIONS =
      List.of("--transport", "--count", "--range", "--as-of", "--format");
  private static final List<String> FLAGS = List.of("--contiguous");

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
    if (parsed == null || !parsed.words().isEmpty() || policyApplies()) {
      return LookupFastPath.NOT_HANDLED;
    }
    int count = parsed.number("--count", "1");
    return count == Integer.MIN_VALUE
        ? LookupFastPath.NOT_HANDLED
        : run(parsed, count, stream, err);
  }

  private static int run(FastArgs parsed, int count, OutputStream stream, PrintStream err) {
    OutputFormat output = OutputFormat.parse(parsed.value("--format", "table"), Lookup.FORMATS);
    DbSnapshot snapshot = ColdSnapshot.open();
    DbSnapshot.Version version = ColdSnapshot.version(snapshot, parsed.value("--as-of", null));
    CompactIndex index = version == null ? null : snapshot.index(version);
    if (index == null || snapshot.localAssignments() != 0) {
      return LookupFastPath.NOT_HANDLED;
    }
    List<String> transports = Arrays.asList(parsed.value("--transport", "tcp,udp").split(","));
    var free =
        UserInput.check(
            () ->
                FreePorts.find(
                    index,
                    FreeCommand.parseTransports(transports),
                    count,
                    FreeCommand.space(parsed.value("--range", "user")),
                    parsed.has("--contiguous")));
    PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
    return FreeCommand.printed(out, err, output, free, count);
  }

  /** Whether a policy file applies without options ({@code PORTREG_POLICY} or the default). */
  private static boolean policyApplies() {
    return PolicyFiles.locate(null, System::getenv, Path.of(System.getProperty("user.home")))
        .isPresent();
  }
}
