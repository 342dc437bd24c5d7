package org.portreg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portreg.workflow.Fixtures.registry;
import static org.portreg.workflow.Fixtures.request;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.rules.PortSpace;
import org.portreg.rules.Procedure;

class ProceduresAndSelectionTest {
  @Test
  void systemPortsNeedIetfReviewOrIesgApproval() {
    AssignmentRequest system = request("newsvc", 100).build();
    assertThat(Procedures.applicable(system))
        .containsExactlyInAnyOrder(Procedure.IETF_REVIEW, Procedure.IESG_APPROVAL);
    assertThat(Procedures.needsIetfOrIesg(system)).isTrue();
    assertThat(Procedures.isAssignable(system)).isFalse();
    assertThat(
            Procedures.isAssignable(
                system.toBuilder().references(Xref.of(XrefType.RFC, "rfc1")).build()))
        .isTrue();
  }

  @Test
  void userPortsMayGoThroughExpertReview() {
    AssignmentRequest user = request("newsvc", 2000).build();
    assertThat(Procedures.applicable(user)).contains(Procedure.EXPERT_REVIEW).hasSize(3);
    assertThat(Procedures.isAssignable(user)).isTrue();
    assertThat(Procedures.applicable(user.withPort(PortChoice.anyUserPort())))
        .contains(Procedure.EXPERT_REVIEW);
    assertThat(Procedures.spaceOf(PortChoice.anySystemPort())).contains(PortSpace.SYSTEM);
  }

  @Test
  void nameOnlyIsFirstComeFirstServedAndDynamicNever() {
    assertThat(Procedures.applicable(request("newsvc", 0).port(PortChoice.nameOnly()).build()))
        .containsExactly(Procedure.FIRST_COME_FIRST_SERVED);
    AssignmentRequest dynamic = request("newsvc", 50000).build();
    assertThat(Procedures.applicable(dynamic)).isEmpty();
    assertThat(Procedures.isAssignable(dynamic)).isFalse();
  }

  @Test
  void recognisesApprovalReferences() {
    assertThat(Procedures.isApprovalReference(Xref.of(XrefType.RFC, "rfc6335"))).isTrue();
    assertThat(Procedures.isApprovalReference(Xref.of(XrefType.DRAFT, "RFC-ietf-ntp-roughtime-19")))
        .isTrue();
    assertThat(Procedures.isApprovalReference(Xref.of(XrefType.DRAFT, "draft-zubov-snif-05")))
        .isFalse();
    assertThat(Procedures.isApprovalReference(Xref.text("IESG Approval of 2026-01-02"))).isTrue();
    assertThat(Procedures.isApprovalReference(Xref.of(XrefType.URI, "https://example.org")))
        .isFalse();
  }

  @Test
  void selectsTheLowestPortFreeOnEveryTransport() {
    // ports 1-6 have no record at all in the fixture: free
    assertThat(PortSelector.selectPort(registry(), Set.of(Transport.TCP), PortSpace.SYSTEM))
        .contains(1);
    var lowBlocked =
        registry().withRecords(List.of(Fixtures.record(null, null, "0-7", "Reserved")));
    assertThat(PortSelector.selectPort(lowBlocked, Set.of(Transport.DCCP), PortSpace.SYSTEM))
        .contains(8);
    assertThat(
            PortSelector.freePorts(
                registry(), Set.of(Transport.TCP, Transport.UDP), PortSpace.USER, 3))
        .containsExactly(1025, 1026, 1027);
    assertThat(PortSelector.freePorts(registry(), Set.of(Transport.UDP), PortSpace.USER, 7))
        .containsExactly(1025, 1026, 1027, 1028, 1029, 1030, 1032);
  }

  @Test
  void selectionReturnsFewerWhenTheSpaceRunsOut() {
    var full =
        registry()
            .withRecords(java.util.List.of(Fixtures.record(null, null, "0-1021", "Reserved")));
    assertThat(PortSelector.freePorts(full, Set.of(Transport.TCP), PortSpace.SYSTEM, 5))
        .containsExactly(1022, 1023);
    assertThat(PortSelector.freePorts(full, Set.of(Transport.TCP), PortSpace.SYSTEM, 0)).isEmpty();
  }

  @Test
  void selectionRefusesNonsense() {
    assertThatThrownBy(() -> PortSelector.selectPort(registry(), Set.of(), PortSpace.USER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one transport");
    assertThatThrownBy(
            () -> PortSelector.selectPort(registry(), Set.of(Transport.TCP), PortSpace.DYNAMIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never assigned");
    assertThatThrownBy(
            () -> PortSelector.freePorts(registry(), Set.of(Transport.TCP), PortSpace.USER, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void portChoicesValidateThemselves() {
    assertThatThrownBy(() -> PortChoice.of(70000)).hasMessageContaining("70000");
    assertThatThrownBy(() -> new PortChoice.Any(PortSpace.DYNAMIC)).hasMessageContaining("Dynamic");
    assertThat(PortChoice.anyUserPort()).isEqualTo(new PortChoice.Any(PortSpace.USER));
  }

  @Test
  void contactsBecomePeopleInTheRegistrySpelling() {
    Contact c = new Contact("Jane_Doe", "Jane Doe", Optional.of("Example"), "jane@example.org");
    assertThat(c.toPerson(Fixtures.TODAY).uri()).contains("mailto:jane&example.org");
    assertThat(Contact.of("X", "X", "mailto:x@example.org").toPerson(Fixtures.TODAY).uri())
        .contains("mailto:x&example.org");
    assertThat(Contact.of("X", "X", "https://example.org/contact").hasUsableUri()).isTrue();
    assertThat(Contact.of("X", "X", "nobody").hasUsableUri()).isFalse();
  }

  @Test
  void valueTypesRefuseIncompleteValues() {
    assertThatThrownBy(() -> new TransferAuthority.AdministratorOverride(" "))
        .hasMessage("an administrator override needs a written reason");
    assertThatThrownBy(() -> new Modification(Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessageContaining("must change");
    assertThatThrownBy(() -> Modification.ofDescription(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> new InvalidRequestException("x", java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
