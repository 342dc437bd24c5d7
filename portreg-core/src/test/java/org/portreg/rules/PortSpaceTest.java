package org.portreg.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.portreg.model.PortRange;

class PortSpaceTest {
  @Test
  void systemPortsAre0To1023ByIetfReviewOrIesgApproval() {
    assertThat(PortSpace.of(0)).isEqualTo(PortSpace.SYSTEM);
    assertThat(PortSpace.of(1023)).isEqualTo(PortSpace.SYSTEM);
    assertThat(PortSpace.SYSTEM.procedures())
        .containsExactlyInAnyOrder(Procedure.IETF_REVIEW, Procedure.IESG_APPROVAL);
  }

  @Test
  void userPortsAre1024To49151AndAllowExpertReview() {
    assertThat(PortSpace.of(1024)).isEqualTo(PortSpace.USER);
    assertThat(PortSpace.of(49151)).isEqualTo(PortSpace.USER);
    assertThat(PortSpace.USER.procedures())
        .containsExactlyInAnyOrder(
            Procedure.IETF_REVIEW, Procedure.IESG_APPROVAL, Procedure.EXPERT_REVIEW);
  }

  @Test
  void dynamicPortsAreNeverAssigned() {
    assertThat(PortSpace.of(49152)).isEqualTo(PortSpace.DYNAMIC);
    assertThat(PortSpace.of(65535)).isEqualTo(PortSpace.DYNAMIC);
    assertThat(PortSpace.DYNAMIC.isAssignable()).isFalse();
    assertThat(PortSpace.DYNAMIC.procedures()).isEmpty();
  }

  @Test
  void rejectsPortsOutsideThePortSpace() {
    assertThatThrownBy(() -> PortSpace.of(70000)).hasMessageContaining("was 70000");
    assertThatThrownBy(() -> PortSpace.of(-1)).hasMessageContaining("0..65535");
  }

  @Test
  void knowsWhetherARangeStaysInsideOneSpace() {
    assertThat(PortSpace.USER.containsAll(PortRange.of(6000, 6063))).isTrue();
    assertThat(PortSpace.SYSTEM.containsAll(PortRange.of(1000, 1100))).isFalse();
  }
}
