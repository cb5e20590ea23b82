package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.PROCEDURE;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.act;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.at;

import java.time.LocalDate;
import java.util.Set;
import org.ecopetition.gateway.support.Words;
import org.junit.jupiter.api.Test;

/** The state machine: the paths by category and subtype, illegal transitions, recusal (Art 21). */
class ProcedureTest {
  static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  @Test
  void aPollutionComplaintGoesFromRegistrationToClosure() {
    CaseStatus s = CaseStatus.REGISTERED;
    for (Act a : new Act[] {Act.ACCEPT, Act.START_HANDLING, Act.REPLY, Act.CLOSE}) {
      Outcome o = PROCEDURE.apply(at(s, "申诉求决", 3), act(a, DAY));
      assertThat(o).as(a.name()).isInstanceOf(Outcome.Applied.class);
      s = ((Outcome.Applied) o).status();
    }
    assertThat(s).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void subtypeFourEndsInAnOpinionLetterAndSuggestionsInAReply() {
    assertThat(PROCEDURE.apply(at(CaseStatus.HANDLING, "申诉求决", 4), act(Act.REPLY, DAY)))
        .isInstanceOf(Outcome.Rejected.class);
    assertThat(PROCEDURE.apply(at(CaseStatus.HANDLING, "申诉求决", 4), act(Act.ISSUE_OPINION, DAY,
        LifecycleFixtures.OPINION)))
        .isEqualTo(new Outcome.Applied(CaseStatus.OPINION_ISSUED, "第二十五条"));
    assertThat(PROCEDURE.apply(at(CaseStatus.HANDLING, "建议意见", null), act(Act.REPLY, DAY)))
        .isEqualTo(new Outcome.Applied(CaseStatus.REPLIED, "第二十二条"));
    assertThat(PROCEDURE.apply(at(CaseStatus.HANDLING, "检举控告", null), act(Act.MEDIATE, DAY)))
        .isInstanceOf(Outcome.Rejected.class);
  }

  @Test
  void anIllegalTransitionIsRefusedWithAClearReason() {
    Outcome o = PROCEDURE.apply(at(CaseStatus.CLOSED, "申诉求决", 3), act(Act.ACCEPT, DAY));
    assertThat(Words.zh(o)).contains("已办结").contains("受理");
    assertThat(Words.zh(PROCEDURE.apply(at(CaseStatus.REGISTERED, "申诉求决", 3),
        new Command(Act.NOT_ACCEPT, "staff:zhang", DAY, "", null, null, null, java.util.Map.of("ground", "18(3)")))))
        .contains("理由");
  }

  @Test
  void aRecusedHandlerCannotAct() {
    CaseFacts c = new CaseFacts(CaseStatus.REGISTERED, "申诉求决", 3, Set.of("staff:zhang"), false, null, false);
    Outcome o = PROCEDURE.apply(c, act(Act.ACCEPT, DAY));
    assertThat(((Outcome.Rejected) o).article()).isEqualTo("第二十一条第三款");
    assertThat(PROCEDURE.apply(c, Command.of(Act.ACCEPT, "staff:wang", DAY, "依法受理"))).isInstanceOf(Outcome.Applied.class);
  }

  @Test
  void onlyOpenComplaintsAndReportsGoOnTheFastTrackAndTheirStatusStays() {
    assertThat(PROCEDURE.apply(at(CaseStatus.ACCEPTED, "检举控告", null), act(Act.FAST_TRACK, DAY)))
        .isEqualTo(new Outcome.Applied(CaseStatus.ACCEPTED, "第三十二条"));
    assertThat(Words.zh(PROCEDURE.apply(at(CaseStatus.REGISTERED, "建议意见", null), act(Act.FAST_TRACK, DAY)))).contains("投诉、举报");
    assertThat(PROCEDURE.apply(at(CaseStatus.REPLIED, "申诉求决", 3), act(Act.FAST_TRACK, DAY)))
        .isInstanceOf(Outcome.Rejected.class);
    assertThat(PROCEDURE.apply(at(CaseStatus.REGISTERED, "申诉求决", 3),
        Command.of(Act.FAST_TRACK, "staff:zhang", DAY, " "))).isInstanceOf(Outcome.Rejected.class);
  }
}
