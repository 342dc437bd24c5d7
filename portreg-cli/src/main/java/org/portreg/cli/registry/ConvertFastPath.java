package org.portreg.cli.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.cli.common.AtomicFile;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FastArgs;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.format.Format;
import org.portreg.format.services.ServicesFormat;
import org.portreg.format.services.ServicesOptions;
import org.portreg.format.txt.TxtFormat;
import org.portreg.io.Registries;
import org.portreg.model.Registry;

/**
 * {@code portreg convert IN --to FORMAT} without picocli, whose reflective model of the command
 * cost a cold JVM about 0.1 s of a conversion measured against {@code xmllint} (issue 12). Only the
 * plain form is taken: one input file, {@code --to} and {@code --from} naming formats, {@code --out
 * FILE} and {@code --expand-ranges}. Anything else (help, {@code --width}, {@code --with-local}, a
 * format it does not know) answers {@link LookupFastPath#NOT_HANDLED} before reading anything, and
 * {@link ConvertCommand} gives the same answer or picocli's message.
 */
public final class ConvertFastPath {
  private static final List<String> OPTIONS = List.of("--to", "--from", "--out");
  private static final List<String> FLAGS = List.of("--expand-ranges");
  private static final Set<Format> OUTPUTS =
      EnumSet.of(Format.XML, Format.CSV, Format.TXT, Format.HTML, Format.JSON, Format.SERVICES);

  private ConvertFastPath() {}

  /**
   * Converts the file {@code args} names when the arguments are for this path.
   *
   * @return the exit code, or {@link LookupFastPath#NOT_HANDLED}
   * @throws IOException when the output cannot be written
   */
  public static int tryRun(String[] args, OutputStream stream) throws IOException {
    if (args.length < 3 || !"convert".equals(args[0])) {
      return LookupFastPath.NOT_HANDLED;
    }
    FastArgs parsed = FastArgs.parse(args, OPTIONS, FLAGS);
    if (parsed == null || parsed.words().size() != 1 || !parsed.has("--to")) {
      return LookupFastPath.NOT_HANDLED;
    }
    Optional<Format> to = Format.parse(parsed.value("--to", "")).filter(OUTPUTS::contains);
    Optional<Format> from = Format.parse(parsed.value("--from", "xml"));
    String out = parsed.value("--out", null);
    if (to.isEmpty() || from.isEmpty() || (out != null && out.isEmpty())) {
      return LookupFastPath.NOT_HANDLED;
    }
    Registry registry =
        Registries.read(
                Path.of(parsed.words().get(0)),
                parsed.has("--from") ? from : Optional.empty(),
                InputLimit.strict())
            .registry();
    ServicesOptions services =
        ServicesOptions.DEFAULT.withExpandRanges(parsed.has("--expand-ranges"));
    writeTo(out, registry, to.get(), services, stream);
    return ExitCodes.OK;
  }

  private static void writeTo(
      String out, Registry registry, Format to, ServicesOptions services, OutputStream stream)
      throws IOException {
    if (out == null && to == Format.TXT) {
      stream.write(txt(registry, TerminalWidth.get()));
      return;
    }
    if (out == null) {
      write(registry, to, services, stream);
      return;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 22);
    write(registry, to, services, buffer);
    AtomicFile.write(Path.of(out), buffer.toByteArray());
  }

  /** Writes {@code registry} as {@code to}; services(5) with {@code services}' choices. */
  static void write(Registry registry, Format to, ServicesOptions services, OutputStream target)
      throws IOException {
    if (to == Format.SERVICES) {
      ServicesFormat.write(registry, services, target);
    } else if (to == Format.TXT) {
      target.write(txt(registry, TerminalWidth.UNLIMITED));
    } else {
      Registries.write(registry, to, target);
    }
  }

  /**
   * The text rendering at {@code width}: fitted to it (one block per record when the table cannot
   * fit, issue 15), or for {@link TerminalWidth#UNLIMITED} (a file, a pipe) the table at the width
   * it needs, which the text reader reads back.
   */
  static byte[] txt(Registry registry, int width) {
    return width == TerminalWidth.UNLIMITED
        ? TxtFormat.writeTables(registry)
        : TxtFormat.write(registry, Math.max(TxtFormat.MIN_WIDTH, width));
  }
}
