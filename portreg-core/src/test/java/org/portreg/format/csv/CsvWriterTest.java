package org.portreg.format.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.format.ReadOptions;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;

class CsvWriterTest {
  static Registry registry(ServiceRecord... records) {
    RegistryHeader header =
        new RegistryHeader(
            "x", "t", "c", PartialDate.parse("2026-01"), List.of(), List.of(), List.of());
    return new Registry(header, List.of(records), List.of(), List.of());
  }

  @Test
  void quotesOnlyWhereNeededWithCrlfRowsAndBareLfInside() {
    ServiceRecord www =
        ServiceRecord.builder()
            .name("www")
            .number(PortRange.of(80))
            .protocol(Transport.TCP)
            .description("World Wide Web HTTP")
            .addAssignee(Xref.person("IESG"))
            .addXref(Xref.person("IETF_Chair"))
            .updated(PartialDate.parse("2021-10-01"))
            .notes(RichText.of("A \"dup\",\nsee http"))
            .build();
    ServiceRecord range =
        ServiceRecord.builder()
            .number(PortRange.parse("904-909"))
            .description("Unassigned")
            .build();
    String csv = new String(CsvFormat.write(registry(www, range)), StandardCharsets.UTF_8);
    assertThat(csv)
        .isEqualTo(
            "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,"
                + "Registration Date,Modification Date,Reference,Service Code,"
                + "Unauthorized Use Reported,Assignment Notes\r\n"
                + "www,80,tcp,World Wide Web HTTP,[IESG],[IETF_Chair],,2021-10-01,,,,"
                + "\"A \"\"dup\"\",\nsee http\"\r\n"
                + ",904-909,,Unassigned,,,,,,,,\r\n");
  }

  @Test
  void readingWhatItWroteGivesTheSameBytes() {
    ServiceRecord r =
        ServiceRecord.builder()
            .name("a")
            .number(PortRange.of(1))
            .protocol(Transport.DCCP)
            .description("d, e")
            .addXref(Xref.person("P"))
            .serviceCode("1145656131")
            .unauthorized(RichText.of("yes"))
            .build();
    byte[] csv = CsvFormat.write(registry(r));
    assertThat(CsvFormat.write(CsvFormat.read(csv, "w.csv", ReadOptions.STRICT).registry()))
        .isEqualTo(csv);
  }
}
