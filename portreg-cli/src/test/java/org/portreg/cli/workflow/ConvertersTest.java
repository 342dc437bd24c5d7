package org.portreg.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.workflow.Contact;
import picocli.CommandLine.TypeConversionException;

/** The option values of the lifecycle commands: contacts and references. */
class ConvertersTest {
  private final ContactConverter contacts = new ContactConverter();
  private final ReferenceConverter references = new ReferenceConverter();

  @Test
  void aContactsOrganizationIsTheRestAfterTheThirdComma() {
    assertThat(contacts.convert(" Jane_Doe , Jane Doe , jane@example.org , Example, Inc. "))
        .isEqualTo(
            new Contact("Jane_Doe", "Jane Doe", Optional.of("Example, Inc."), "jane@example.org"));
    assertThat(contacts.convert("X,Y,https://example.org/contact"))
        .isEqualTo(Contact.of("X", "Y", "https://example.org/contact"));
  }

  @Test
  void aContactNeedsIdNameAndAUsableAddress() {
    assertThatThrownBy(() -> contacts.convert("X,,x@example.org"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "bad contact 'X,,x@example.org': expected ID,NAME,EMAIL[,ORG] with no part empty");
    assertThatThrownBy(() -> contacts.convert("X,Y,not an address"))
        .hasMessage(
            "bad contact 'X,Y,not an address': EMAIL must be an e-mail address or a URI, was 'not"
                + " an address'");
  }

  @Test
  void referencesAreTypeColonTarget() {
    assertThat(references.convert("rfc:rfc9110")).isEqualTo(Xref.of(XrefType.RFC, "rfc9110"));
    assertThat(references.convert("rfc:RFC 9110")).isEqualTo(Xref.of(XrefType.RFC, "rfc9110"));
    assertThat(references.convert("rfc:768")).isEqualTo(Xref.of(XrefType.RFC, "rfc768"));
    assertThat(references.convert("uri:https://example.org/a:b"))
        .isEqualTo(Xref.of(XrefType.URI, "https://example.org/a:b"));
    assertThat(references.convert("text:See: the spec")).isEqualTo(Xref.text("See: the spec"));
    assertThat(references.convert("draft:draft-ietf-foo-bar"))
        .isEqualTo(Xref.of(XrefType.DRAFT, "draft-ietf-foo-bar"));
  }

  @Test
  void unknownTypesAndEmptyTargetsAreRefused() {
    assertThatThrownBy(() -> references.convert("book:Dune"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageStartingWith("bad reference 'book:Dune', expected TYPE:TARGET");
    assertThatThrownBy(() -> references.convert("rfc:")).hasMessageStartingWith("bad reference");
    assertThatThrownBy(() -> references.convert("rfc9110")).hasMessageStartingWith("bad reference");
  }
}
