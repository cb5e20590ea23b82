package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.WorkCalendar;

/**
 * The one pure call through which a case changes: the case as it is, a command and its circumstances → a refusal
 * with its article, or the change (new status, every deadline, the history entry, the notice owed). Registration's
 * clocks come from here too. Staff acts and the chat's effects both go through it, and one repository applies it.
 */
public final class Lifecycle {
  /** The acts whose notice is the one Art 17 owes within 15 days of receipt. */
  private static final Set<Act> DECISIONS = EnumSet.of(Act.ACCEPT, Act.TRANSFER, Act.REFER, Act.NOT_ACCEPT);
  /** Statuses in which the handling clock runs and is recomputed on each act. */
  private static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.HANDLING);
  private static final Set<Act> REPLIES = EnumSet.of(Act.ISSUE_OPINION, Act.REPLY, Act.REPLY_REVIEW, Act.REPLY_REREVIEW);

  /** A period another law sets for a kind of matter instead of Art 27's 60 days, with its basis. */
  public record PerformPeriod(String matter, int days, String basis) {}

  private final Procedure procedure;
  private final Clocks clocks;
  private final List<ClockSpec> specs = ClockSpec.bundled();
  private final Map<String, PerformPeriod> periods;

  public Lifecycle(WorkCalendar calendar, List<PerformPeriod> periods) {
    this.procedure = new Procedure(calendar);
    this.clocks = new Clocks(calendar);
    this.periods = periods.stream().collect(Collectors.toUnmodifiableMap(PerformPeriod::matter, Function.identity(),
        (a, b) -> b));
  }

  /**
   * A matter's clocks at registration (Art 17): received on {@code receivedOn}; {@code transferredIn}: another office
   * sent it (an objection may be raised within 5 working days); {@code acceptAtOnce}: the deployment accepts it now.
   */
  public Registration register(LocalDate receivedOn, boolean transferredIn, boolean acceptAtOnce) {
    Deadline notice = clocks.due(spec("notice"), receivedOn, List.of(), false, 0);
    LocalDate objection = transferredIn ? clocks.due(spec("objection"), receivedOn, List.of(), false, 0).lastDay() : null;
    Deadline handling = acceptAtOnce ? clocks.due(spec("perform"), receivedOn, List.of(), false, 0) : null;
    return new Registration(notice, objection, handling);
  }

  /** The procedure decides whether the act is allowed now; an allowed act moves every clock it touches. */
  public Decision decide(CaseRecord c, Command cmd, Circumstances s) {
    Outcome o = procedure.apply(c.facts(), cmd);
    if (o instanceof Outcome.Rejected r) {
      return new Decision.Refused(r);
    }
    Outcome.Applied applied = (Outcome.Applied) o;
    return new Decision.Changed(change(c, cmd, applied, s));
  }

  /**
   * Acceptance starts the handling clock (Art 27's 60 days, or the period another law sets for the matter),
   * extensions and hearings move it, a review request starts the reviewer's 30 days, a transfer may set when the
   * result must be reported (Art 17(1)(4)), fast track shortens the limits without ever lengthening one (Art 32).
   */
  private CaseChange change(CaseRecord c, Command cmd, Outcome.Applied applied, Circumstances s) {
    CaseStatus to = applied.status();
    LocalDate accepted = cmd.act() == Act.ACCEPT ? cmd.on() : c.acceptedDate();
    int extensionDays = cmd.act() == Act.EXTEND ? cmd.days() : c.extensionDays();
    boolean extended = c.facts().extended() || cmd.act() == Act.EXTEND;
    boolean hearing = cmd.act() == Act.START_HEARING || c.facts().hearingOpen() && cmd.act() != Act.END_HEARING;
    boolean fastTrack = c.fastTrack() || cmd.act() == Act.FAST_TRACK;
    LocalDate noticeDue = c.noticeDue();
    boolean noticeEstimated = c.noticeDueEstimated();
    if (cmd.act() == Act.FAST_TRACK && to == CaseStatus.REGISTERED) {
      Deadline n = clocks.due(spec("notice"), c.receivedDate(), List.of(), true, 0);
      if (n.lastDay().isBefore(noticeDue)) {
        noticeDue = n.lastDay();
        noticeEstimated = n.estimated();
      }
    }
    LocalDate due = c.handlingDue();
    boolean estimated = c.handlingDueEstimated();
    String basis = c.handlingBasis();
    Optional<Deadline> review = clocks.reviewReplyDue(to, cmd.on(), specs);
    Optional<ClockSpec> handling = handlingClock(c);
    if (review.isPresent() && to != c.facts().status()) {
      due = review.get().lastDay();
      estimated = review.get().estimated();
    } else if (accepted != null && handling.isPresent() && OPEN.contains(to)) {
      Deadline d = clocks.due(handling.get(), accepted, s.hearings(), fastTrack, extensionDays);
      due = d.lastDay();
      estimated = d.estimated();
      basis = handling.get().article();
    }
    LocalDate delivered = c.facts().lastDelivery();
    if (REPLIES.contains(cmd.act())) {
      // Delivered the day it is issued through the chat or by SMS; by letter, when staff record the delivery.
      delivered = s.replyReachesAtOnce() ? cmd.on() : null;
    }
    LocalDate reportDue = c.reportDue();
    boolean reportEstimated = c.reportDueEstimated();
    Integer days = s.reportDays() != null ? s.reportDays() : c.proposedReportDays();
    if (cmd.act() == Act.TRANSFER && days != null) {
      Deadline r = clocks.due(new ClockSpec("report", days, ClockSpec.Unit.DAY, "transferred", "transferred",
          "第十七条第一款第四项", null), cmd.on(), List.of(), false, 0);
      reportDue = r.lastDay();
      reportEstimated = r.estimated();
    }
    return new CaseChange(to, applied.article(), eventKind(cmd.act()), accepted, due, estimated, extended, hearing,
        delivered, extensionDays, fastTrack, noticeDue, noticeEstimated, basis, reportDue, reportEstimated,
        noticeOwedBy(c, cmd));
  }

  /**
   * By when the act's notice must reach the petitioner: a decision on a matter raised directly within the 15 days
   * of Art 17; an extension before the limit it extends (Art 29); other notices have no limit.
   */
  private static LocalDate noticeOwedBy(CaseRecord c, Command cmd) {
    if (DECISIONS.contains(cmd.act())) {
      return c.raisedDirectly() ? c.noticeDue() : null;
    }
    return cmd.act() == Act.EXTEND ? c.handlingDue() : null;
  }

  /** The clock of the handling: Art 27 for subtype (3) (or the period another law sets), Art 29 for (4). */
  private Optional<ClockSpec> handlingClock(CaseRecord c) {
    Integer subtype = c.facts().subtype();
    if (!"申诉求决".equals(c.facts().category()) || subtype == null || subtype < 3) {
      return Optional.empty();
    }
    ClockSpec spec = spec(subtype == 3 ? "perform" : "conclude");
    PerformPeriod p = subtype == 3 && c.matter() != null ? periods.get(c.matter()) : null;
    return Optional.of(p == null ? spec : spec.withLength(p.days(), p.basis() + "（第二十七条：法律、法规另有规定的，从其规定）"));
  }

  /** The history entry's kind: a reply of any sort is recorded as delivered (its notice carries the text). */
  static String eventKind(Act act) {
    return switch (act) {
      case START_HEARING -> "hearing_started";
      case END_HEARING -> "hearing_ended";
      case ISSUE_OPINION, REPLY, REPLY_REVIEW -> "reply_delivered";
      default -> act.name().toLowerCase();
    };
  }

  /** The reviewer's deadline a review or re-review request starts (Art 30, 31), for what the petitioner is told. */
  public Optional<Deadline> reviewReplyDue(CaseStatus to, LocalDate received) {
    return clocks.reviewReplyDue(to, received, specs);
  }

  private ClockSpec spec(String id) {
    return ClockSpec.byId(specs, id).orElseThrow();
  }
}
