package org.portreg.cli.db;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.portreg.cli.common.DriftReport;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.Terminal;
import org.portreg.error.Problem;
import org.portreg.error.RegistryException;
import org.portreg.error.RegistryFormatException;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.store.DriftLog.Stated;
import org.portreg.store.ImportResult;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg update [--url URL]}: downloads the official XML, checks it, and imports it as a
 * new version. Any failure before the import (offline, bad download, implausible content) exits 74
 * and changes nothing.
 */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description =
        "Download the official registry XML, check that it parses and is plausible, and import it "
            + "as a new version.")
public final class UpdateCommand implements Callable<Integer> {
  /** A download with fewer records than this share of the newest stored version is refused. */
  static final double MINIMUM_RECORD_SHARE = 0.9;

  @ParentCommand private Terminal main;

  @Mixin private StoreOption storeOption;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Where to download from (http:, https: or file:); default: IANA's XML.")
  private URI url = URI.create(Download.IANA_XML);

  @Override
  public Integer call() {
    Registry registry = parse(Download.fetch(url));
    ImportResult result;
    List<Stated> drift;
    try (Store store = storeOption.open()) {
      Optional<StoredVersion> before = store.newest();
      before.ifPresent(newest -> checkPlausible(registry, newest));
      result = store.importRegistry(registry, url.toString());
      drift =
          result.imported() ? DriftReport.imported(store, List.of(result.version())) : List.of();
    }
    storeOption.refreshSnapshot();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(main.out(), StandardCharsets.UTF_8));
    out.println(
        result.imported()
            ? "updated to "
                + result.version().updated()
                + " ("
                + result.version().records()
                + " records) from "
                + url
            : "already up to date: " + result.version().updated());
    DriftReport.print(drift, out, true);
    out.flush();
    return ExitCodes.OK;
  }

  private Registry parse(byte[] bytes) {
    try {
      return Registries.read(bytes, url.toString(), Optional.empty(), InputLimit.strict())
          .registry();
    } catch (RegistryFormatException e) {
      // Bad data, not a failed download: exit 65 with the position, as for any file.
      Problem p = e.problem();
      throw new RegistryFormatException(
          new Problem(
              p.source(),
              p.line(),
              p.column(),
              p.message() + " (the download is not a valid registry; nothing changed)"),
          e);
    } catch (RegistryException e) {
      // Not a registry format at all (an HTML error page, say): judged from the first bytes.
      throw new RegistryFormatException(
          new Problem(
              url.toString(),
              1,
              1,
              e.getMessage() + " (the download is not a valid registry; nothing changed)"),
          e);
    }
  }

  private void checkPlausible(Registry registry, StoredVersion newest) {
    if (registry.header().updated().earliest().isBefore(newest.updated())) {
      throw badDownload(
          "is dated "
              + registry.header().updated()
              + ", older than the newest stored version "
              + newest.updated());
    }
    if (registry.records().size() < newest.records() * MINIMUM_RECORD_SHARE) {
      throw badDownload(
          "has "
              + registry.records().size()
              + " records, far fewer than the "
              + newest.records()
              + " of the newest stored version");
    }
  }

  private UncheckedIOException badDownload(String problem) {
    String message = "download from " + url + " " + problem + "; nothing changed";
    return new UncheckedIOException(message, new IOException(problem));
  }
}
