package org.portreg.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.PortChoice;

/** Any request the model can hold survives a JSON write and read unchanged. */
class RequestJsonPropertyTest {
  @Property(tries = 300)
  void requestJsonRoundTripsAnyRequest(
      @ForAll("requests") AssignmentRequest request, @ForAll("texts") Optional<String> notes) {
    AssignmentRequest withNotes = request.toBuilder().assignmentNotes(notes.orElse(null)).build();
    assertThat(RequestJson.read(RequestJson.write(withNotes), "p.json")).isEqualTo(withNotes);
  }

  @Provide
  Arbitrary<Optional<String>> texts() {
    return text().optional();
  }

  @Provide
  Arbitrary<AssignmentRequest> requests() {
    Arbitrary<Set<Transport>> transports = Arbitraries.of(Transport.class).set();
    return Combinators.combine(
            text(), transports, contact().optional(), contact().optional(), text(), port(), code())
        .as(
            (name, t, assignee, contact, description, port, code) ->
                AssignmentRequest.builder()
                    .serviceName(name)
                    .transports(t)
                    .assignee(assignee.orElse(null))
                    .contact(contact.orElse(null))
                    .description(description)
                    .port(port)
                    .references(Xref.text(description), Xref.of(XrefType.RFC, name))
                    .broadcastUse(code.isPresent() ? name : null)
                    .build())
        .flatMap(r -> code().map(c -> c.map(v -> r.toBuilder().serviceCode(v).build()).orElse(r)));
  }

  private Arbitrary<Optional<Long>> code() {
    return Arbitraries.longs().optional();
  }

  private Arbitrary<PortChoice> port() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 65535).map(PortChoice::of),
        Arbitraries.of(
            PortChoice.anyUserPort(), PortChoice.anySystemPort(), PortChoice.nameOnly()));
  }

  private Arbitrary<Contact> contact() {
    return Combinators.combine(text(), text(), text().optional(), text()).as(Contact::new);
  }

  private Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("ab <>&\"'\\\n\t\u00e9\u2028\ud83d\ude00")
        .withCharRange('a', 'z')
        .ofMaxLength(12);
  }
}
