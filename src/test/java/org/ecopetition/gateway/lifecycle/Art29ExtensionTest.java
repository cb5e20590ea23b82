package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.CLOCKS;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.PROCEDURE;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.at;
import static org.ecopetition.gateway.lifecycle.LifecycleFixtures.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ecopetition.gateway.text.Msg;
import org.junit.jupiter.api.Test;

/** Art 29: subtype (4) only, once, at most 30 days, with a reason and the responsible person's approval. */
class Art29ExtensionTest {
  static final LocalDate DAY = LocalDate.of(2026, 5, 11);

  static Command extend(Integer days, String reason, String approver) {
    return new Command(Act.EXTEND, "staff:li", DAY, reason, days, approver, null);
  }

  @Test
  void aValidExtensionIsAppliedAndPushesTheDeadline() {
    Outcome o = PROCEDURE.apply(at(CaseStatus.HANDLING, "申诉求决", 4), extend(30, "需要补充监测数据", "局长王某"));
    assertThat(o).isEqualTo(new Outcome.Applied(CaseStatus.HANDLING, "第二十九条"));
    LocalDate accepted = LocalDate.of(2026, 3, 2);
    // 60 days end on 05-01 (Labour Day holiday) → 05-06; 90 days end on Sunday 05-31 → 06-01.
    assertThat(CLOCKS.due(spec("conclude"), accepted, List.of(), false, 0).lastDay()).isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(CLOCKS.due(spec("conclude"), accepted, List.of(), false, 30).lastDay()).isEqualTo(LocalDate.of(2026, 6, 1));
  }

  @Test
  void overThirtyDaysWithoutApproverWithoutReasonOrTwiceIsRefused() {
    CaseFacts c = at(CaseStatus.HANDLING, "申诉求决", 4);
    assertThat(((Outcome.Rejected) PROCEDURE.apply(c, extend(31, "复杂", "局长"))).reason()).isEqualTo(Msg.REFUSAL_EXTENSION_TOO_LONG);
    assertThat(((Outcome.Rejected) PROCEDURE.apply(c, extend(10, "复杂", null))).reason()).isEqualTo(Msg.REFUSAL_EXTENSION_NEEDS_APPROVAL);
    assertThat(((Outcome.Rejected) PROCEDURE.apply(c, extend(10, " ", "局长"))).reason()).isEqualTo(Msg.REFUSAL_EXTENSION_NEEDS_REASON);
    CaseFacts once = new CaseFacts(CaseStatus.HANDLING, "申诉求决", 4, Set.of(), true, null, false);
    assertThat(((Outcome.Rejected) PROCEDURE.apply(once, extend(10, "复杂", "局长"))).reason()).isEqualTo(Msg.REFUSAL_EXTENDED_ONCE);
  }

  @Test
  void anotherSubtypeCannotBeExtended() {
    Outcome o = PROCEDURE.apply(at(CaseStatus.HANDLING, "申诉求决", 3), extend(10, "复杂", "局长"));
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) o).article()).isEqualTo("第二十九条");
  }
}
