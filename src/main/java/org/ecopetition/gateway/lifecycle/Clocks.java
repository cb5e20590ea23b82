package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import java.util.List;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.WorkCalendar;

/**
 * When a clock runs out, by the one counting rule of the regulation: the trigger day is not counted; days
 * in a pause (a hearing, Art 33) are not counted; "day" clocks count calendar days and roll a last day on a
 * holiday or rest day over to the next working day; "workday" clocks count working days on the official
 * calendar. Beyond the calendar's years the result is marked estimated, never silently computed.
 */
public final class Clocks {
  private final WorkCalendar calendar;

  public Clocks(WorkCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * {@code fastTrack}: the shorter length of 接诉即办 where the clock has one (Art 32); {@code extraDays}: an
   * approved extension (Art 29) or a length another law sets (Art 27, given as the full length instead).
   */
  public Deadline due(ClockSpec spec, LocalDate trigger, List<Pause> pauses, boolean fastTrack, int extraDays) {
    int length = (fastTrack && spec.fastTrackLength() != null ? spec.fastTrackLength() : spec.length()) + extraDays;
    return spec.unit() == ClockSpec.Unit.WORKDAY ? count(trigger, length, pauses, true) : count(trigger, length, pauses, false);
  }

  /**
   * The reply a review or re-review request starts (Art 30, 31: 30 days from its receipt by the body that
   * reviews); empty for any other status.
   */
  public java.util.Optional<Deadline> reviewReplyDue(CaseStatus to, LocalDate received, List<ClockSpec> specs) {
    String id = to == CaseStatus.REVIEW_REQUESTED ? "review_reply" : to == CaseStatus.REREVIEW_REQUESTED ? "rereview_reply" : null;
    return id == null ? java.util.Optional.empty()
        : ClockSpec.byId(specs, id).map(spec -> due(spec, received, List.of(), false, 0));
  }

  private Deadline count(LocalDate trigger, int length, List<Pause> pauses, boolean workingDaysOnly) {
    return Deadline.count(calendar, trigger, length, workingDaysOnly,
        day -> pauses.stream().anyMatch(p -> p.covers(day)));
  }
}
