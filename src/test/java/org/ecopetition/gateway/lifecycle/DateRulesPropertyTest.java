package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ecopetition.gateway.calendar.Deadline;

/**
 * Dates the record can trust, as properties over random effective and recording days: an act never takes effect
 * after the day it is recorded, before receipt or before the previous act; recording an act later never moves the
 * deadline it starts; a later start or a hearing never moves a deadline earlier; a window (review, extension) is
 * open only if both the effective and the recording day fall in it, so back-dating never reopens one.
 */
class DateRulesPropertyTest {
  static final LocalDate BASE = LocalDate.of(2025, 1, 1);
  static final Lifecycle LIFECYCLE = new Lifecycle(LifecycleFixtures.CAL, List.of());

  static CaseRecord record(CaseStatus status, int subtype, LocalDate received, LocalDate lastAct, LocalDate accepted,
      LocalDate handlingDue, LocalDate delivered) {
    CaseFacts f = new CaseFacts(status, "申诉求决", subtype, Set.of(), false, delivered, false, received, false, lastAct,
        handlingDue, 0, "本机关", null);
    return new CaseRecord(1, f, 0, accepted, false, 0, received, received.plusDays(15), false, null, handlingDue,
        false, null, null, false, true, null, null, null, "本机关", null, null);
  }

  static Command at(Act act, LocalDate on) {
    return new Command(act, "staff:zhang", on, "依法办理", null, null, null, Map.of());
  }

  static Decision decide(CaseRecord c, Command cmd, LocalDate today, List<Pause> pauses) {
    return LIFECYCLE.decide(c, cmd, new Circumstances(pauses, null, today));
  }

  @Property(tries = 400)
  void anActTakesEffectNeitherAfterItIsRecordedNorBeforeReceiptOrThePreviousAct(
      @ForAll @IntRange(min = 0, max = 700) int receivedDay, @ForAll @IntRange(min = -40, max = 40) int onOffset,
      @ForAll @IntRange(min = 0, max = 40) int previousOffset, @ForAll @IntRange(min = -40, max = 40) int todayOffset) {
    LocalDate received = BASE.plusDays(receivedDay);
    LocalDate previous = received.plusDays(previousOffset);
    LocalDate on = previous.plusDays(onOffset);
    LocalDate today = previous.plusDays(todayOffset);
    Decision d = decide(record(CaseStatus.REGISTERED, 3, received, previous, null, null, null), at(Act.ACCEPT, on),
        today, List.of());
    boolean allowed = !on.isAfter(today) && !on.isBefore(received) && !on.isBefore(previous);
    assertThat(d instanceof Decision.Changed).as("on %s, recorded %s, received %s, previous act %s", on, today,
        received, previous).isEqualTo(allowed);
    if (d instanceof Decision.Changed ch) {
      assertThat(ch.change().lastActOn()).isEqualTo(on);
      assertThat(ch.change().acceptedDate()).isEqualTo(on);
    } else {
      assertThat(((Decision.Refused) d).why().article()).isEqualTo("第三十八条");
    }
  }

  @Property(tries = 300)
  void recordingAnAcceptanceLaterNeverMovesItsDeadlineAndALaterAcceptanceNeverMovesItEarlier(
      @ForAll @IntRange(min = 0, max = 700) int receivedDay, @ForAll @IntRange(min = 0, max = 20) int acceptAfter,
      @ForAll @IntRange(min = 0, max = 20) int laterBy, @ForAll @IntRange(min = 0, max = 30) int recordedAfter,
      @ForAll @IntRange(min = 3, max = 4) int subtype) {
    LocalDate received = BASE.plusDays(receivedDay);
    LocalDate a1 = received.plusDays(acceptAfter);
    LocalDate a2 = a1.plusDays(laterBy);
    CaseRecord c = record(CaseStatus.REGISTERED, subtype, received, null, null, null, null);
    CaseChange first = changed(decide(c, at(Act.ACCEPT, a1), a2.plusDays(recordedAfter), List.of()));
    CaseChange sameDayRecorded = changed(decide(c, at(Act.ACCEPT, a1), a1, List.of()));
    CaseChange later = changed(decide(c, at(Act.ACCEPT, a2), a2.plusDays(recordedAfter), List.of()));
    assertThat(first.handlingDue()).isEqualTo(sameDayRecorded.handlingDue());
    assertThat(first.handlingDue()).isAfterOrEqualTo(a1.plusDays(60));
    assertThat(later.handlingDue()).isAfterOrEqualTo(first.handlingDue());
  }

  @Property(tries = 300)
  void aHearingNeverMovesTheHandlingDeadlineEarlier(@ForAll @IntRange(min = 0, max = 700) int acceptedDay,
      @ForAll @IntRange(min = 1, max = 59) int hearingFrom, @ForAll @IntRange(min = 0, max = 20) int hearingDays,
      @ForAll @IntRange(min = 0, max = 30) int actAfter) {
    LocalDate accepted = BASE.plusDays(acceptedDay);
    LocalDate from = accepted.plusDays(hearingFrom);
    LocalDate to = from.plusDays(hearingDays);
    LocalDate on = to.plusDays(actAfter);
    Deadline plain = LifecycleFixtures.CLOCKS.due(LifecycleFixtures.spec("conclude"), accepted, List.of(), false, 0);
    CaseRecord c = record(CaseStatus.HANDLING, 4, accepted, accepted, accepted, plain.lastDay(), null);
    CaseChange ended = changed(decide(withHearing(c), at(Act.END_HEARING, on), on, List.of(new Pause(from, to))));
    assertThat(ended.handlingDue()).isAfterOrEqualTo(plain.lastDay());
    // Every day of the hearing falls inside the 60 and is not counted: the limit moves by at least its length.
    assertThat(ended.handlingDue()).isAfterOrEqualTo(accepted.plusDays(60 + hearingDays + 1));
  }

  @Property(tries = 400)
  void backDatingNeverReopensTheReviewWindow(@ForAll @IntRange(min = 0, max = 700) int deliveredDay,
      @ForAll @IntRange(min = 0, max = 45) int onAfter, @ForAll @IntRange(min = 0, max = 20) int recordedAfter) {
    LocalDate delivered = BASE.plusDays(deliveredDay);
    LocalDate on = delivered.plusDays(onAfter);
    LocalDate today = on.plusDays(recordedAfter);
    LocalDate last = Deadline.calendarDays(LifecycleFixtures.CAL, delivered, 30).lastDay();
    CaseRecord c = record(CaseStatus.OPINION_ISSUED, 4, delivered.minusDays(90), delivered, delivered.minusDays(80),
        null, delivered);
    Decision d = decide(c, at(Act.REQUEST_REVIEW, on), today, List.of());
    assertThat(d instanceof Decision.Changed).as("on %s recorded %s, window to %s", on, today, last)
        .isEqualTo(!on.isAfter(last) && !today.isAfter(last));
  }

  @Property(tries = 300)
  void anExtensionIsGrantedOnlyBeforeTheLimitRunsOutAndOnlyLengthensIt(
      @ForAll @IntRange(min = 0, max = 700) int acceptedDay, @ForAll @IntRange(min = 0, max = 90) int onAfter,
      @ForAll @IntRange(min = 0, max = 10) int recordedAfter, @ForAll @IntRange(min = 1, max = 30) int days) {
    LocalDate accepted = BASE.plusDays(acceptedDay);
    LocalDate due = LifecycleFixtures.CLOCKS.due(LifecycleFixtures.spec("conclude"), accepted, List.of(), false, 0)
        .lastDay();
    LocalDate on = accepted.plusDays(onAfter);
    LocalDate today = on.plusDays(recordedAfter);
    CaseRecord c = record(CaseStatus.HANDLING, 4, accepted, accepted, accepted, due, null);
    Command extend = new Command(Act.EXTEND, "staff:zhang", on, "案情复杂", days, "李局长", null, Map.of());
    Decision d = decide(c, extend, today, List.of());
    assertThat(d instanceof Decision.Changed).isEqualTo(!on.isAfter(due) && !today.isAfter(due));
    if (d instanceof Decision.Changed ch) {
      assertThat(ch.change().handlingDue()).isAfterOrEqualTo(due).isAfterOrEqualTo(accepted.plusDays(60 + days));
    }
  }

  private static CaseRecord withHearing(CaseRecord c) {
    CaseFacts f = c.facts();
    return new CaseRecord(c.id(), new CaseFacts(f.status(), f.category(), f.subtype(), f.recused(), f.extended(),
        f.lastDelivery(), true, f.received(), f.transferredIn(), f.lastActOn(), f.handlingDue(), f.reviewStage(),
        f.opinionBy(), f.reviewBody()), c.version(), c.acceptedDate(), c.fastTrack(), c.extensionDays(),
        c.receivedDate(), c.noticeDue(), c.noticeDueEstimated(), c.matter(), c.handlingDue(), c.handlingDueEstimated(),
        c.handlingBasis(), c.reportDue(), c.reportDueEstimated(), c.raisedDirectly(), c.proposedReportDays(),
        c.proposedDepartment(), c.responsibleCode(), c.department(), c.referredTo(), c.replyIssuedOn());
  }

  private static CaseChange changed(Decision d) {
    assertThat(d).isInstanceOf(Decision.Changed.class);
    return ((Decision.Changed) d).change();
  }
}
