package org.portreg.format.csv;

import de.siegmar.fastcsv.writer.CsvWriter.CsvWriterBuilder;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.portreg.format.RecordColumns;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * Writes IANA's CSV with FastCSV: RFC 4180 quoting only where needed (a separator, a quote or a
 * line break in the field), quotes doubled, CRLF after each row while line breaks inside a quoted
 * field stay as written (bare LF), UTF-8 without a byte-order mark. Stateless.
 */
final class CsvWriter {
  private CsvWriter() {}

  static void write(Registry registry, OutputStream out) throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriterBuilder builder =
        de.siegmar.fastcsv.writer.CsvWriter.builder()
            .fieldSeparator(',')
            .quoteCharacter('"')
            .lineDelimiter(LineDelimiter.CRLF)
            .bufferSize(1 << 16);
    de.siegmar.fastcsv.writer.CsvWriter csv = builder.build(text);
    csv.writeRecord(RecordColumns.HEADERS);
    for (ServiceRecord record : registry.records()) {
      csv.writeRecord(RecordColumns.of(record));
    }
    csv.flush();
    text.flush();
  }
}
