package org.portreg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

class RequestWorkflowTest {
  private static final RequestWorkflow.Facts USER =
      new RequestWorkflow.Facts(Set.of(Transport.TCP, Transport.UDP), false, false);
  private static final RequestWorkflow.Facts SYSTEM_APPROVED =
      new RequestWorkflow.Facts(Set.of(Transport.TCP), true, true);

  /** Every allowed transition of a User-port request: state, action, next state. */
  private static final Map<RequestState, Map<RequestAction, RequestState>> ALLOWED =
      Map.of(
          RequestState.SUBMITTED,
          Map.of(
              RequestAction.CHECK,
              RequestState.CHECKED,
              RequestAction.WITHDRAW,
              RequestState.WITHDRAWN),
          RequestState.CHECKED,
          Map.of(
              RequestAction.START_REVIEW,
              RequestState.EXPERT_REVIEW,
              RequestAction.WITHDRAW,
              RequestState.WITHDRAWN),
          RequestState.EXPERT_REVIEW,
          Map.of(
              RequestAction.APPROVE, RequestState.APPROVED,
              RequestAction.REJECT, RequestState.REJECTED,
              RequestAction.ASK_INFORMATION, RequestState.NEEDS_INFORMATION,
              RequestAction.WITHDRAW, RequestState.WITHDRAWN),
          RequestState.NEEDS_INFORMATION,
          Map.of(
              RequestAction.PROVIDE_INFORMATION,
              RequestState.EXPERT_REVIEW,
              RequestAction.WITHDRAW,
              RequestState.WITHDRAWN),
          RequestState.AWAITING_IETF_APPROVAL,
          Map.of(
              RequestAction.RECORD_APPROVAL,
              RequestState.APPROVED,
              RequestAction.WITHDRAW,
              RequestState.WITHDRAWN),
          RequestState.APPROVED,
          Map.of(
              RequestAction.ASSIGN,
              RequestState.ASSIGNED,
              RequestAction.WITHDRAW,
              RequestState.WITHDRAWN));

  private static Actor actorFor(RequestAction action) {
    return action.role() == Role.EXPERT
        ? Actor.expert(Transport.TCP, Transport.UDP)
        : Actor.of(action.role());
  }

  private static RequestWorkflow.Facts factsFor(RequestState state) {
    return state == RequestState.AWAITING_IETF_APPROVAL
        ? new RequestWorkflow.Facts(Set.of(Transport.TCP, Transport.UDP), true, true)
        : USER;
  }

  static Stream<Arguments> everyStateAndAction() {
    List<Arguments> all = new ArrayList<>();
    for (RequestState s : RequestState.values()) {
      for (RequestAction a : RequestAction.values()) {
        all.add(Arguments.of(s, a));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} --{1}-->")
  @MethodSource("everyStateAndAction")
  void movesExactlyAlongTheAllowedTransitions(RequestState from, RequestAction action) {
    Transition t = RequestWorkflow.transition(from, action, actorFor(action), factsFor(from));
    RequestState expected = ALLOWED.getOrDefault(from, Map.of()).get(action);
    if (expected == null) {
      assertThat(t).isInstanceOf(Transition.Refused.class);
      assertThat(((Transition.Refused) t).reason()).contains(action.name());
    } else {
      assertThat(t).isEqualTo(new Transition.Moved(from, expected));
    }
  }

  @ParameterizedTest(name = "{0} by the wrong roles")
  @MethodSource("everyStateAndAction")
  void refusesEveryAllowedTransitionToTheOtherRoles(RequestState from, RequestAction action) {
    if (!ALLOWED.getOrDefault(from, Map.of()).containsKey(action)) {
      return;
    }
    for (Role role : Role.values()) {
      if (role != action.role()) {
        Actor actor = role == Role.EXPERT ? Actor.expert(Transport.values()) : Actor.of(role);
        Transition t = RequestWorkflow.transition(from, action, actor, factsFor(from));
        assertThat(t)
            .isEqualTo(
                new Transition.Refused(
                    action + " needs the role " + action.role() + ", was " + role));
      }
    }
  }

  @Test
  void finalStatesRefuseEverything() {
    for (RequestState s :
        List.of(RequestState.ASSIGNED, RequestState.REJECTED, RequestState.WITHDRAWN)) {
      assertThat(s.isFinal()).isTrue();
      assertThat(RequestWorkflow.allowedActions(s, Actor.of(Role.ADMIN), USER)).isEmpty();
      assertThat(
              RequestWorkflow.transition(s, RequestAction.WITHDRAW, Actor.of(Role.APPLICANT), USER))
          .isEqualTo(
              new Transition.Refused(
                  "request is " + s + ", a final state: WITHDRAW no longer applies"));
    }
  }

  @Test
  void approvalOfASystemPortWaitsForTheIetf() {
    assertThat(
            RequestWorkflow.transition(
                RequestState.EXPERT_REVIEW,
                RequestAction.APPROVE,
                Actor.expert(Transport.TCP),
                SYSTEM_APPROVED))
        .isEqualTo(
            new Transition.Moved(RequestState.EXPERT_REVIEW, RequestState.AWAITING_IETF_APPROVAL));
  }

  @Test
  void recordingAnApprovalNeedsTheReference() {
    RequestWorkflow.Facts none = new RequestWorkflow.Facts(Set.of(Transport.TCP), true, false);
    Transition t =
        RequestWorkflow.transition(
            RequestState.AWAITING_IETF_APPROVAL,
            RequestAction.RECORD_APPROVAL,
            Actor.of(Role.ADMIN),
            none);
    assertThat(t.isAllowed()).isFalse();
    assertThat(((Transition.Refused) t).reason()).contains("RFC or IESG-approval reference");
  }

  @Test
  void expertsActOnlyOnTheirTransports() {
    RequestWorkflow.Facts sctp = new RequestWorkflow.Facts(Set.of(Transport.SCTP), false, false);
    assertThat(
            RequestWorkflow.transition(
                RequestState.CHECKED,
                RequestAction.START_REVIEW,
                Actor.expert(Transport.TCP, Transport.UDP),
                sctp))
        .isEqualTo(
            new Transition.Refused("an expert for [tcp, udp] may not act on a request for [sctp]"));
    assertThat(
            RequestWorkflow.transition(
                    RequestState.CHECKED,
                    RequestAction.START_REVIEW,
                    Actor.expert(Transport.SCTP),
                    sctp)
                .isAllowed())
        .isTrue();
  }

  @Test
  void listsTheActionsAnActorMayTake() {
    assertThat(
            RequestWorkflow.allowedActions(
                RequestState.EXPERT_REVIEW, Actor.expert(Transport.TCP, Transport.UDP), USER))
        .containsExactly(
            RequestAction.ASK_INFORMATION, RequestAction.APPROVE, RequestAction.REJECT);
    assertThat(
            RequestWorkflow.allowedActions(
                RequestState.EXPERT_REVIEW, Actor.of(Role.ANONYMOUS), USER))
        .isEmpty();
  }

  @Test
  void factsComeFromTheRequest() {
    AssignmentRequest system =
        Fixtures.request("newsvc", 100).references(Xref.of(XrefType.RFC, "rfc1")).build();
    assertThat(RequestWorkflow.Facts.of(system))
        .isEqualTo(new RequestWorkflow.Facts(Set.of(Transport.TCP, Transport.UDP), true, true));
    assertThat(RequestWorkflow.Facts.of(Fixtures.request("newsvc", 2000).build()).systemPort())
        .isFalse();
  }

  @Test
  void onlyExpertsHaveTransports() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Actor(Role.ADMIN, Set.of(Transport.TCP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only an expert");
  }
}
