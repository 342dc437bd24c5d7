package org.portreg.server.spi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.portreg.format.csv.CsvFormat;
import org.portreg.format.html.HtmlFormat;
import org.portreg.format.json.JsonFormat;
import org.portreg.format.services.ServicesFormat;
import org.portreg.format.services.ServicesOptions;
import org.portreg.format.txt.TxtFormat;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;

/**
 * The downloads the server offers, in the order the Available Formats list shows them. This is the
 * extension point for the CSV, text, HTML and services writers: {@code
 * DownloadFormats.standard().with(new DownloadFormat("service-names-port-numbers.csv", "CSV",
 * "text/csv; charset=utf-8", CsvFormat::write))}. Immutable and thread-safe.
 */
public final class DownloadFormats {
  /** The registry's own base file name. */
  public static final String BASE_NAME = "service-names-port-numbers";

  private final List<DownloadFormat> formats;

  private DownloadFormats(List<DownloadFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /**
   * XML (byte-identical to the imported file), IANA's CSV, portreg's JSON and a services(5) file
   * ({@code /services}).
   */
  public static DownloadFormats standard() {
    return new DownloadFormats(
        List.of(
            new DownloadFormat(
                BASE_NAME + ".xml", "XML", "application/xml; charset=utf-8", XmlFormat::write),
            new DownloadFormat(
                BASE_NAME + ".csv",
                "CSV",
                "text/csv; charset=utf-8",
                (Function<Registry, byte[]>) CsvFormat::write),
            new DownloadFormat(
                BASE_NAME + ".txt",
                "TXT",
                "text/plain; charset=utf-8",
                (Function<Registry, byte[]>) TxtFormat::writeTables),
            new DownloadFormat(
                BASE_NAME + ".html",
                "HTML",
                "text/html; charset=utf-8",
                (Function<Registry, byte[]>) HtmlFormat::write),
            new DownloadFormat(
                BASE_NAME + ".json",
                "JSON",
                "application/json; charset=utf-8",
                (Function<Registry, byte[]>) JsonFormat::write),
            services()));
  }

  /** The {@code services(5)} file, with the default options. */
  private static DownloadFormat services() {
    return new DownloadFormat(
        "services",
        "services(5)",
        "text/plain; charset=utf-8",
        r -> ServicesFormat.writeText(r, ServicesOptions.DEFAULT).getBytes(StandardCharsets.UTF_8));
  }

  /** A copy with {@code format} added, or replacing the one with the same file name. */
  public DownloadFormats with(DownloadFormat format) {
    List<DownloadFormat> copy = new ArrayList<>(formats);
    copy.removeIf(f -> f.fileName().equals(format.fileName()));
    copy.add(format);
    return new DownloadFormats(copy);
  }

  /** The format served under {@code fileName}. */
  public Optional<DownloadFormat> byFileName(String fileName) {
    return formats.stream().filter(f -> f.fileName().equals(fileName)).findFirst();
  }

  /** Every format, in display order. */
  public List<DownloadFormat> all() {
    return formats;
  }
}
