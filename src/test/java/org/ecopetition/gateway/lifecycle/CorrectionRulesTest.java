package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.text.Msg;
import org.junit.jupiter.api.Test;

/** The pure rules of a correction ({@link Lifecycle#correct}): who, when, what, and the clocks after it. */
class CorrectionRulesTest {
  static final WorkCalendar CALENDAR = WorkCalendar.official();
  static final Lifecycle LIFECYCLE = new Lifecycle(CALENDAR, List.of());
  static final LocalDate TODAY = LocalDate.of(2026, 10, 20);

  static CaseRecord registered(CaseStatus status, String category, Set<String> recused, LocalDate lastAct) {
    LocalDate received = TODAY.minusDays(1);
    CaseFacts f = new CaseFacts(status, category, "申诉求决".equals(category) ? 3 : null, recused, false, null, false,
        received, false, lastAct, null, 0, null, null, Set.of(), false);
    return new CaseRecord(1, f, 0, null, false, 0, received, received.plusDays(15), false, null, null, false, null,
        null, false, true, null, null, null, "生态环境部", null, null);
  }

  static Correction.Decided correct(CaseRecord c, boolean anonymous, Correction k) {
    return LIFECYCLE.correct(c, anonymous, k, TODAY);
  }

  static Correction received(LocalDate day) {
    return new Correction("staff:wang", "邮戳日期", Set.of(), null, null, day, false, false);
  }

  static Msg refusal(Correction.Decided d) {
    assertThat(d).isInstanceOf(Correction.Decided.Refused.class);
    return ((Correction.Decided.Refused) d).why().reason();
  }

  @Test
  void theNoticeDayIsCountedFromTheCorrectedReceiptAndRolledPastTheHoliday() {
    // A day of receipt whose fifteenth day is a day off (a holiday of the official calendar first).
    LocalDate real = TODAY.minusDays(40);
    while (CALENDAR.isWorkingDay(real.plusDays(15)) || real.plusDays(15).getDayOfWeek().getValue() >= 6) {
      real = real.plusDays(1);
    }
    assertThat(real).isBefore(TODAY);
    var d = correct(registered(CaseStatus.REGISTERED, "申诉求决", Set.of(), null), false, received(real));
    Correction.Corrected u = ((Correction.Decided.Applied) d).change();
    LocalDate due = real.plusDays(15);
    while (!CALENDAR.isWorkingDay(due)) {
      due = due.plusDays(1);
    }
    assertThat(u.noticeDue()).isEqualTo(due).isAfter(real.plusDays(15));
    assertThat(u.noticeChanged()).isTrue();
    assertThat(u.receivedOn()).isEqualTo(real);
  }

  @Test
  void theFactsAreRefusedOnceTheDecisionIsMadeTheIdentityIsNot() {
    for (CaseStatus decided : List.of(CaseStatus.ACCEPTED, CaseStatus.TRANSFERRED, CaseStatus.NOT_ACCEPTED,
        CaseStatus.HANDLING, CaseStatus.CLOSED)) {
      CaseRecord c = registered(decided, "申诉求决", Set.of(), null);
      assertThat(refusal(correct(c, false, received(TODAY.minusDays(3)))))
          .isEqualTo(Msg.REFUSAL_CORRECTION_AFTER_DECISION);
      assertThat(refusal(correct(c, false, new Correction("staff:wang", "类别", Set.of(), "建议意见", null, null, false,
          false)))).isEqualTo(Msg.REFUSAL_CORRECTION_AFTER_DECISION);
      assertThat(refusal(correct(c, false, new Correction("staff:wang", "地点", Set.of(), null, null, null, true,
          false)))).isEqualTo(Msg.REFUSAL_CORRECTION_AFTER_DECISION);
      assertThat(correct(c, false, new Correction("staff:wang", "电话末位", Set.of("phone"), null, null, null, false,
          false))).isInstanceOf(Correction.Decided.Applied.class);
    }
    // Undecided (registered, or back from an objection): the facts may be corrected.
    for (CaseStatus open : List.of(CaseStatus.REGISTERED, CaseStatus.OBJECTED)) {
      assertThat(correct(registered(open, "申诉求决", Set.of(), null), false, received(TODAY.minusDays(3))))
          .isInstanceOf(Correction.Decided.Applied.class);
    }
  }

  @Test
  void noReasonNoActorRecusedAnonymousAccusationAndDatesAreRefused() {
    CaseRecord c = registered(CaseStatus.REGISTERED, "申诉求决", Set.of("staff:li"), TODAY.minusDays(2));
    assertThat(refusal(correct(c, false, new Correction("staff:wang", " ", Set.of("name"), null, null, null, false,
        false)))).isEqualTo(Msg.REFUSAL_CORRECTION_NEEDS_REASON);
    assertThat(refusal(correct(c, false, new Correction(null, "x", Set.of("name"), null, null, null, false, false))))
        .isEqualTo(Msg.REFUSAL_NO_ACTOR);
    assertThat(refusal(correct(c, false, new Correction("staff:li", "x", Set.of("name"), null, null, null, false,
        false)))).isEqualTo(Msg.REFUSAL_RECUSED);
    assertThat(refusal(correct(c, true, new Correction("staff:wang", "x", Set.of("phone"), null, null, null, false,
        false)))).isEqualTo(Msg.REFUSAL_CORRECTION_ANONYMOUS);
    assertThat(refusal(correct(c, false, received(TODAY.plusDays(1))))).isEqualTo(Msg.REFUSAL_DATE_IN_FUTURE);
    assertThat(refusal(correct(c, false, received(LocalDate.of(2003, 12, 31)))))
        .isEqualTo(Msg.REFUSAL_DATE_BEFORE_CALENDAR);
    // Not after an act already recorded (an objection two days ago).
    assertThat(refusal(correct(c, false, received(TODAY.minusDays(1)))))
        .isEqualTo(Msg.REFUSAL_CORRECTION_RECEIVED_AFTER_ACT);
    assertThat(correct(c, false, received(TODAY.minusDays(2)))).isInstanceOf(Correction.Decided.Applied.class);
    CaseRecord accusation = registered(CaseStatus.REGISTERED, "检举控告", Set.of(), null);
    assertThat(refusal(correct(accusation, false, new Correction("staff:wang", "x", Set.of(), "建议意见", null, null,
        false, false)))).isEqualTo(Msg.REFUSAL_CORRECTION_ACCUSATION);
  }

  @Test
  void aSubtypeBelongsToAnAppealOnlyAndTheSameDayTellsNobody() {
    CaseRecord suggestion = registered(CaseStatus.REGISTERED, "建议意见", Set.of(), null);
    Correction.Corrected u = ((Correction.Decided.Applied) correct(suggestion, false, new Correction("staff:wang", "x",
        Set.of(), "申诉求决", null, null, false, false))).change();
    assertThat(u.category()).isEqualTo("申诉求决");
    assertThat(u.subtype()).isEqualTo(3);
    CaseRecord appeal = registered(CaseStatus.REGISTERED, "申诉求决", Set.of(), null);
    Correction.Corrected v = ((Correction.Decided.Applied) correct(appeal, false, new Correction("staff:wang", "x",
        Set.of(), "建议意见", null, null, false, false))).change();
    assertThat(v.subtype()).isNull();
    assertThat(v.noticeChanged()).isFalse();
  }
}
