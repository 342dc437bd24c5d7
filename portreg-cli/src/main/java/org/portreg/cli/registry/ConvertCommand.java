package org.portreg.cli.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.portreg.cli.common.AtomicFile;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.LocalOption;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.cli.common.TransportConverter;
import org.portreg.cli.common.UsageException;
import org.portreg.format.Format;
import org.portreg.format.services.ServicesOptions;
import org.portreg.format.txt.TxtFormat;
import org.portreg.io.Registries;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalExports;
import org.portreg.model.Registry;
import org.portreg.model.Transport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg convert IN --to FORMAT [--from FORMAT] [--out FILE] [--services-transports T,...]
 * [--expand-ranges]}.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description =
        "Convert a registry file to another format: reads xml, csv, txt, json and saved page"
            + " excerpts (gzipped or not), writes xml, csv, txt, html, json and services(5).")
public final class ConvertCommand implements Callable<Integer> {
  private static final Set<Format> WITH_LOCAL = Set.of(Format.SERVICES, Format.CSV, Format.JSON);

  @ParentCommand private Terminal main;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "Registry file: xml, csv, txt, json or a saved page excerpt, gzipped or not.")
  private Path input;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "Output format: xml, csv, txt, html, json, services.",
      converter = FormatConverter.class)
  private Format to;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description =
          "Input format (xml, csv, txt, json, excerpt); detected from content when omitted.",
      converter = FormatConverter.class)
  private Format from;

  @Option(
      names = "--width",
      paramLabel = "N",
      description =
          "Line width of --to txt (at least 47; default: the terminal's width, or for a file or"
              + " a pipe the width the table needs).")
  private Integer width;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here (atomically) instead of standard output.")
  private Path out;

  @Option(
      names = "--services-transports",
      split = ",",
      paramLabel = "T",
      description = "services: write only these transports (e.g. tcp,udp for musl); default all.",
      converter = TransportConverter.class)
  private Set<Transport> servicesTransports;

  @Option(
      names = "--with-local",
      description =
          "Add the local assignments after IANA's records: services get their own commented"
              + " section, csv and json a source column. From the database, or --local FILE.")
  private boolean withLocal;

  @Mixin private LocalOption local;

  @Mixin private StoreOption db;

  @Option(
      names = "--expand-ranges",
      description = "services: one line per port for records of a range (else they are left out).")
  private boolean expandRanges;

  @Override
  public Integer call() throws IOException {
    if (width != null && to != Format.TXT) {
      throw new UsageException("--width applies to --to txt only");
    }
    if (width != null && width < TxtFormat.MIN_WIDTH) {
      throw new UsageException(
          "--width must be at least " + TxtFormat.MIN_WIDTH + ", was " + width);
    }
    if (local.file().isPresent() && !withLocal) {
      throw new UsageException("--local needs --with-local");
    }
    if (withLocal && !WITH_LOCAL.contains(to)) {
      throw new UsageException("--with-local applies to --to services, csv or json");
    }
    Registry registry =
        Registries.read(input, Optional.ofNullable(from), InputLimit.strict()).registry();
    if (out == null && to == Format.TXT && width == null) {
      main.out().write(ConvertFastPath.txt(registry, TerminalWidth.get()));
      return ExitCodes.OK;
    }
    if (out == null) {
      write(registry, main.out());
      return ExitCodes.OK;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 22);
    write(registry, buffer);
    AtomicFile.write(out, buffer.toByteArray());
    return ExitCodes.OK;
  }

  private void write(Registry registry, OutputStream target) throws IOException {
    if (withLocal && to != Format.SERVICES) {
      writeCombined(registry, target);
      return;
    }
    if (width != null) {
      target.write(TxtFormat.write(registry, width));
      return;
    }
    ServicesOptions options = ServicesOptions.DEFAULT.withExpandRanges(expandRanges);
    if (servicesTransports != null) {
      options = options.withTransports(servicesTransports);
    }
    ConvertFastPath.write(registry, to, options, target);
    if (withLocal) {
      target.write(
          LocalExports.services(local(), options.transports(), expandRanges)
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  private void writeCombined(Registry registry, OutputStream target) {
    if (to == Format.CSV) {
      LocalExports.csv(registry, local(), target);
    } else {
      LocalExports.json(registry, local(), target);
    }
  }

  /** The local assignments: from --local FILE, else from the database. */
  private List<LocalAssignment> local() {
    return local.assignments(db::open);
  }
}
