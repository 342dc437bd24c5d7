package org.portreg.server.local;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.portreg.error.InvalidInputException;
import org.portreg.format.services.ServicesFormat;
import org.portreg.format.services.ServicesOptions;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalExports;
import org.portreg.model.Registry;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.Representation;
import org.portreg.server.registry.Downloads;
import org.portreg.server.registry.VersionContexts;
import org.portreg.server.spi.DownloadFormat;

/**
 * The current version's services, CSV and JSON downloads with the local assignments added ({@code
 * ?with=local}), as {@code portreg convert --with-local} writes them. Rendered per request, since
 * the local assignments change between IANA versions; conditional requests still work through the
 * ETag. Thread-safe.
 */
public final class LocalDownloads {
  private final VersionContexts contexts;
  private final Workflow workflow;

  public LocalDownloads(VersionContexts contexts, Workflow workflow) {
    this.contexts = contexts;
    this.workflow = workflow;
  }

  /**
   * GET of {@code format}'s file with {@code ?with=local}.
   *
   * @throws InvalidInputException for another {@code with} value or a format without a local form
   */
  public void serve(Context ctx, DownloadFormat format) {
    String with = ctx.queryParam("with");
    if (!"local".equals(with)) {
      throw new InvalidInputException("with must be 'local', was '" + with + "'");
    }
    Registry iana = contexts.current().version().registry();
    List<LocalAssignment> local = workflow.local().current();
    byte[] body = render(format.fileName(), iana, local);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Downloads.send(ctx, Representation.of(body, format.mediaType(), now));
  }

  private static byte[] render(String fileName, Registry iana, List<LocalAssignment> local) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
    if (fileName.endsWith(".csv")) {
      LocalExports.csv(iana, local, out);
    } else if (fileName.endsWith(".json")) {
      LocalExports.json(iana, local, out);
    } else if (fileName.equals("services")) {
      ServicesOptions options = ServicesOptions.DEFAULT;
      String text =
          ServicesFormat.writeText(iana, options)
              + LocalExports.services(local, options.transports(), options.expandRanges());
      return text.getBytes(StandardCharsets.UTF_8);
    } else {
      throw new InvalidInputException(
          "with=local applies to the services, CSV and JSON downloads, not " + fileName);
    }
    return out.toByteArray();
  }
}
