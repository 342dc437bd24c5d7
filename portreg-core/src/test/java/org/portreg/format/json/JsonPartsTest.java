package org.portreg.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/** The single-object writers adapters use to embed records and people in their own documents. */
class JsonPartsTest {
  @FunctionalInterface
  interface Part {
    void write(JsonGenerator json) throws IOException;
  }

  @Test
  void writesOneRecordInTheDocumentedShape() throws IOException {
    ServiceRecord record =
        ServiceRecord.builder()
            .name("http")
            .protocol(Transport.TCP)
            .description("World Wide Web HTTP")
            .number(PortRange.parse("80"))
            .addXref(Xref.of(XrefType.RFC, "rfc9110"))
            .registered(PartialDate.parse("2001-06"))
            .build();

    assertThat(write(json -> JsonFormat.writeRecord(record, json)))
        .isEqualTo(
            "{\"name\":\"http\",\"protocol\":\"tcp\",\"description\":\"World Wide Web HTTP\","
                + "\"number\":\"80\",\"references\":[{\"type\":\"rfc\",\"data\":\"rfc9110\"}],"
                + "\"registered\":\"2001-06\",\"status\":\"assigned\"}");
  }

  @Test
  void writesOnePersonWithOnlyThePresentFields() throws IOException {
    Person person =
        new Person(
            "Jon_Postel",
            Optional.of("Jon Postel"),
            Optional.empty(),
            Optional.of("mailto:postel&isi.edu"),
            Optional.empty());

    assertThat(write(json -> JsonFormat.writePerson(person, json)))
        .isEqualTo(
            "{\"id\":\"Jon_Postel\",\"name\":\"Jon Postel\",\"uri\":\"mailto:postel&isi.edu\"}");
  }

  private static String write(Part part) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      part.write(json);
    }
    return out.toString();
  }
}
