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
import org.ecopetition.gateway.text.Msg;

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
  /** The written opinions that must be delivered (送达), from which the review windows run (Art 25, 30, 31). */
  public static final Set<Act> OPINIONS = EnumSet.of(Act.ISSUE_OPINION, Act.REPLY_REVIEW, Act.REPLY_REREVIEW);

  /** A period another law sets for a kind of matter instead of Art 27's 60 days, with its basis. */
  public record PerformPeriod(String matter, int days, String basis) {}

  /**
   * Where this deployment sits: its department's name (who issues its opinions), the department directory as a
   * lookup from a code to a {@link Destination} relative to it, and the bodies that review its opinions (Art 30: the
   * level above) and re-review the reviews (Art 31: the body above the reviewer) — configurable, and possibly
   * outside the directory (a people's government).
   */
  public record Seat(String ownName, Function<String, Optional<Destination>> departments, String reviewBody,
      String rereviewBody, Function<String, Optional<Destination>> byName) {
    /** A seat whose departments are known by code only. */
    public Seat(String ownName, Function<String, Optional<Destination>> departments, String reviewBody,
        String rereviewBody) {
      this(ownName, departments, reviewBody, rereviewBody, name -> Optional.empty());
    }

    /** A deployment that knows no directory: every transfer is refused for want of a known department. */
    public static Seat unknown(String ownName) {
      return new Seat(ownName, code -> Optional.empty(), "上一级机关", "复查机关的上一级机关");
    }
  }

  private final Procedure procedure;
  private final Clocks clocks;
  private final List<ClockSpec> specs = ClockSpec.bundled();
  private final Map<String, PerformPeriod> periods;
  private final Seat seat;

  public Lifecycle(WorkCalendar calendar, List<PerformPeriod> periods) {
    this(calendar, periods, Seat.unknown("本机关"));
  }

  public Lifecycle(WorkCalendar calendar, List<PerformPeriod> periods, Seat seat) {
    this.procedure = new Procedure(calendar);
    this.clocks = new Clocks(calendar);
    this.seat = seat;
    this.periods = periods.stream().collect(Collectors.toUnmodifiableMap(PerformPeriod::matter, Function.identity(),
        (a, b) -> b));
  }

  public Seat seat() {
    return seat;
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

  /** A case marked urgent after its registration: the history entry's kind and article. */
  public record Urgency(String eventKind, String article) {}

  /**
   * Art 19 found after registration (the petitioner's supplement tells of a danger: poisoning, a fire spreading): the
   * case becomes urgent, as an urgent intake is registered, with an entry of its history; nothing when it already is.
   * No clock moves and no notice is owed (the danger was answered in the conversation, the duty staff alerted).
   */
  public Optional<Urgency> urgent(boolean alreadyUrgent) {
    return alreadyUrgent ? Optional.empty() : Optional.of(new Urgency("urgent", "第十九条"));
  }

  /** The procedure decides whether the act is allowed now; an allowed act moves every clock it touches. */
  public Decision decide(CaseRecord c, Command cmd, Circumstances s) {
    Outcome o = procedure.apply(c.facts(), cmd, s.today());
    if (o instanceof Outcome.Rejected r) {
      return new Decision.Refused(r);
    }
    Optional<Outcome.Rejected> accused = toTheAccused(c, cmd);
    if (accused.isPresent()) {
      return new Decision.Refused(accused.get());
    }
    Optional<Destination> where = Optional.empty();
    if (cmd.act() == Act.TRANSFER) {
      Outcome.Rejected no = null;
      String code = cmd.destination() != null ? cmd.destination() : c.proposedDepartment();
      where = code == null ? Optional.empty() : seat.departments().apply(code);
      if (code == null) {
        no = new Outcome.Rejected(Msg.REFUSAL_TRANSFER_NEEDS_DEPARTMENT, "第十七条第一款第二项");
      } else if (where.isEmpty()) {
        no = new Outcome.Rejected(Msg.REFUSAL_TRANSFER_UNKNOWN_DEPARTMENT, Map.of("code", code), "第十七条第一款第二项");
      } else if (where.get().relation() != Destination.Relation.BELOW) {
        no = new Outcome.Rejected(Msg.REFUSAL_TRANSFER_NOT_BELOW, Map.of("department", where.get().name()),
            "第十七条第一款第二项");
      }
      if (no != null) {
        return new Decision.Refused(no);
      }
    } else if (cmd.act() == Act.REFER) {
      // A code of the directory names another department of the system (Art 17(3): another region or level);
      // anything else is an organ outside it, by name.
      where = seat.departments().apply(cmd.destination());
      if (where.isPresent() && where.get().relation() != Destination.Relation.ELSEWHERE) {
        return new Decision.Refused(new Outcome.Rejected(Msg.REFUSAL_REFER_INSIDE, Map.of("department",
            where.get().name()), "第十七条第一款第三项"));
      }
    }
    Outcome.Applied applied = (Outcome.Applied) o;
    return new Decision.Changed(change(c, cmd, applied, s, where));
  }

  /** Not yet decided: the only states in which the facts the decision rests on may be corrected. */
  private static final Set<CaseStatus> UNDECIDED = EnumSet.of(CaseStatus.REGISTERED, CaseStatus.OBJECTED);
  /** The official calendar's first year: no clock counts from an earlier day. */
  private static final LocalDate EARLIEST = LocalDate.of(2004, 1, 1);

  /**
   * A correction of what was registered (a clerk's typing error), decided like an act: the case as it is, the
   * correction and today → a refusal with its article, or the corrected facts with every clock that runs from receipt
   * counted again. The rules: someone answers for it and says why (Art 38: the record is not falsified); a recused
   * member of staff cannot correct (Art 21); the petitioner's identity may be corrected at any stage (the notices go
   * to it) but never added to an anonymous matter; the facts the acceptance decision rests on (category, subtype,
   * date received, place, kind) only until it is decided (Art 17: after it, the decision and its deadlines were told);
   * an accusation stays one (Art 23: confidentiality was promised); the date received is never after today, before the
   * calendar or after an act already recorded. {@code anonymous}: the case was registered without identity.
   */
  public Correction.Decided correct(CaseRecord c, boolean anonymous, Correction k, LocalDate today) {
    CaseFacts f = c.facts();
    if (k.actor() == null || k.actor().isBlank()) {
      return refused(new Outcome.Rejected(Msg.REFUSAL_NO_ACTOR, "第十七条"));
    }
    if (f.recused().contains(k.actor())) {
      return refused(new Outcome.Rejected(Msg.REFUSAL_RECUSED, "第二十一条第三款"));
    }
    if (k.reason() == null || k.reason().isBlank()) {
      return refused(new Outcome.Rejected(Msg.REFUSAL_CORRECTION_NEEDS_REASON, "第三十八条"));
    }
    if (!k.identity().isEmpty() && anonymous) {
      return refused(new Outcome.Rejected(Msg.REFUSAL_CORRECTION_ANONYMOUS, "第二十三条"));
    }
    if (k.touchesTheMatter() && !UNDECIDED.contains(f.status())) {
      return refused(new Outcome.Rejected(Msg.REFUSAL_CORRECTION_AFTER_DECISION, Map.of("state", f.status()),
          "第十七条"));
    }
    String category = k.category() != null ? k.category() : f.category();
    if (f.accusation() && !"检举控告".equals(category)) {
      return refused(new Outcome.Rejected(Msg.REFUSAL_CORRECTION_ACCUSATION, "第二十三条"));
    }
    // Art 24's subtype belongs to an appeal or demand only; an appeal named without one is an ordinary complaint (3).
    Integer subtype = !"申诉求决".equals(category) ? null
        : k.subtype() != null ? k.subtype() : f.subtype() != null ? f.subtype() : Integer.valueOf(3);
    LocalDate received = k.receivedOn() != null ? k.receivedOn() : c.receivedDate();
    if (k.receivedOn() != null) {
      if (received.isAfter(today)) {
        return refused(new Outcome.Rejected(Msg.REFUSAL_DATE_IN_FUTURE, Map.of("today", today), "第三十八条"));
      }
      if (received.isBefore(EARLIEST)) {
        return refused(new Outcome.Rejected(Msg.REFUSAL_DATE_BEFORE_CALENDAR, Map.of("earliest", EARLIEST),
            "第三十八条"));
      }
      if (f.lastActOn() != null && received.isAfter(f.lastActOn())) {
        return refused(new Outcome.Rejected(Msg.REFUSAL_CORRECTION_RECEIVED_AFTER_ACT,
            Map.of("previous", f.lastActOn()), "第三十八条"));
      }
    }
    LocalDate noticeDue = c.noticeDue();
    boolean noticeEstimated = c.noticeDueEstimated();
    LocalDate objection = null;
    if (k.receivedOn() != null) {
      // Every clock that runs from receipt, counted again by the calendar (fast track keeps its shorter notice limit).
      Deadline d = clocks.due(spec("notice"), received, List.of(), c.fastTrack(), 0);
      noticeDue = d.lastDay();
      noticeEstimated = d.estimated();
      objection = f.transferredIn() ? clocks.due(spec("objection"), received, List.of(), false, 0).lastDay() : null;
    }
    boolean noticeChanged = noticeDue != null && !noticeDue.equals(c.noticeDue());
    return new Correction.Decided.Applied(new Correction.Corrected(category, subtype, received, noticeDue,
        noticeEstimated, objection, noticeChanged, k.touchesTheMatter() ? "第十七条" : "第十四条"));
  }

  private static Correction.Decided refused(Outcome.Rejected why) {
    return new Correction.Decided.Refused(why);
  }

  /**
   * Art 23: an accusation never goes to the unit it accuses or to a unit under it — not by a transfer, a referral
   * inside the system or a forwarded review — and is not transferred at all before its accused unit is confirmed (it
   * stays at this level, the one above the accused). The same for an appeal or demand (申诉求决) whose reported party is
   * an eco-environment department itself ({@code accusedUnits}: the units complained of, from routing): the petitioner's
   * details never reach the party complained of without their consent (Art 24(2)), so it is not transferred, referred or
   * forwarded to that unit or one under it; the level above it handles it.
   */
  private Optional<Outcome.Rejected> toTheAccused(CaseRecord c, Command cmd) {
    boolean appeal = "申诉求决".equals(c.facts().category()) && !c.facts().accusedUnits().isEmpty();
    if (!c.facts().accusation() && !appeal
        || !EnumSet.of(Act.TRANSFER, Act.REFER, Act.FORWARD_REVIEW).contains(cmd.act())) {
      return Optional.empty();
    }
    String to = cmd.act() == Act.TRANSFER && cmd.destination() == null ? c.proposedDepartment() : cmd.destination();
    if (cmd.act() == Act.TRANSFER && c.facts().accusation() && !c.facts().accusedConfirmed()) {
      return Optional.of(new Outcome.Rejected(Msg.REFUSAL_ACCUSED_UNCONFIRMED, "第二十三条"));
    }
    if (to == null) {
      return Optional.empty();
    }
    for (String unit : c.facts().accusedUnits()) {
      Optional<Destination> accused = seat.departments().apply(unit);
      String name = accused.map(Destination::name).orElse(unit);
      // By the directory's code (a unit under the accused starts with its code), or by a department's name.
      Optional<Destination> named = seat.departments().apply(to).or(() -> seat.byName().apply(to));
      boolean within = to.startsWith(unit) && to.matches("[0-9]*") || to.equals(name)
          || named.map(d -> d.code().startsWith(unit)).orElse(false);
      if (within) {
        String department = named.map(Destination::name).orElse(to);
        return Optional.of(appeal
            ? new Outcome.Rejected(Msg.REFUSAL_TO_THE_REPORTED, Map.of("department", department), "第二十四条第二款")
            : new Outcome.Rejected(Msg.REFUSAL_TO_THE_ACCUSED, Map.of("department", department), "第二十三条"));
      }
    }
    return Optional.empty();
  }

  /**
   * Acceptance starts the handling clock (Art 27's 60 days, or the period another law sets for the matter),
   * extensions and hearings move it, a review request starts the reviewer's 30 days, a transfer may set when the
   * result must be reported (Art 17(1)(4)), fast track shortens the limits without ever lengthening one (Art 32).
   */
  private CaseChange change(CaseRecord c, Command cmd, Outcome.Applied applied, Circumstances s,
      Optional<Destination> where) {
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
    LocalDate issued = c.replyIssuedOn();
    if (REPLIES.contains(cmd.act())) {
      // Delivery (送达) is a fact of its own, recorded when it happens: until then no review window runs.
      delivered = null;
      issued = OPINIONS.contains(cmd.act()) ? cmd.on() : issued;
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
    String responsible = c.responsibleCode();
    String department = c.department();
    String referredTo = c.referredTo();
    if (cmd.act() == Act.TRANSFER) {
      responsible = where.orElseThrow().code();
      department = where.orElseThrow().name();
    } else if (cmd.act() == Act.REFER) {
      referredTo = where.map(Destination::name).orElse(cmd.destination());
    }
    String opinionBy = c.facts().opinionBy();
    String reviewBody = c.facts().reviewBody();
    int stage = c.facts().reviewStage();
    switch (cmd.act()) {
      case ISSUE_OPINION -> opinionBy = department != null ? department : seat.ownName();
      case REQUEST_REVIEW -> reviewBody = seat.reviewBody();
      case REQUEST_REREVIEW -> reviewBody = seat.rereviewBody();
      case FORWARD_REVIEW -> reviewBody = cmd.destination();
      case REPLY_REVIEW, REPLY_REREVIEW -> {
        // The body that answered now stands behind the opinion a further request challenges.
        opinionBy = cmd.term("by") != null ? cmd.term("by") : reviewBody;
        stage = cmd.act() == Act.REPLY_REVIEW ? 1 : 2;
      }
      default -> { }
    }
    LocalDate lastAct = c.facts().lastActOn() == null || cmd.on().isAfter(c.facts().lastActOn())
        ? cmd.on() : c.facts().lastActOn();
    return new CaseChange(to, applied.article(), eventKind(cmd.act()), accepted, due, estimated, extended, hearing,
        delivered, extensionDays, fastTrack, noticeDue, noticeEstimated, basis, reportDue, reportEstimated,
        noticeOwedBy(c, cmd), responsible, department, referredTo, opinionBy, reviewBody, stage, lastAct, issued,
        late(c, cmd, s));
  }

  /**
   * Whether the act answers a clock that had run out when it took effect or was recorded (Art 38-41): a decision
   * after the 15 days, a reply after the handling limit, a review opinion after its 30 days, a result report after
   * its deadline. Kept on the history, so supervision still sees it once the act is done.
   */
  private Lateness late(CaseRecord c, Command cmd, Circumstances s) {
    LocalDate today = s.today();
    String clock = null;
    LocalDate due = null;
    CaseStatus at = c.facts().status();
    if (DECISIONS.contains(cmd.act())) {
      clock = c.raisedDirectly() ? "notice" : "decision";
      due = c.noticeDue();
    } else if (EnumSet.of(Act.REPLY, Act.ISSUE_OPINION, Act.MEDIATE).contains(cmd.act()) && OPEN.contains(at)) {
      clock = "handling";
      // The limit as the hearings leave it (Art 33): their days are not counted.
      Optional<ClockSpec> handling = handlingClock(c);
      due = c.acceptedDate() != null && handling.isPresent()
          ? clocks.due(handling.get(), c.acceptedDate(), s.hearings(), c.fastTrack(), c.extensionDays()).lastDay()
          : c.handlingDue();
    } else if (cmd.act() == Act.REPLY_REVIEW || cmd.act() == Act.REPLY_REREVIEW) {
      clock = "review";
      due = c.handlingDue();
    } else if (cmd.act() == Act.REPORT_RESULT) {
      clock = "report";
      due = c.reportDue();
    }
    if (due == null) {
      return null;
    }
    LocalDate latest = today.isAfter(cmd.on()) ? today : cmd.on();
    return latest.isAfter(due) ? new Lateness(clock, due) : null;
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
      case ISSUE_OPINION, REPLY, REPLY_REVIEW, REPLY_REREVIEW -> "reply_delivered";
      default -> act.name().toLowerCase();
    };
  }

  /** A case's deadlines as the calendar now counts them: a year's holidays added since they were estimated. */
  public record Recomputed(LocalDate noticeDue, boolean noticeDueEstimated, LocalDate handlingDue,
      boolean handlingDueEstimated) {}

  /**
   * The estimated deadlines of an open case counted again (correction 14: when a new calendar year is added): the
   * decision notice from receipt, the handling limit from acceptance with its hearings and extension, the
   * reviewer's 30 days from the request ({@code reviewRequestedOn}). A deadline not estimated stays as it is.
   */
  public Recomputed recompute(CaseRecord c, List<Pause> hearings, LocalDate reviewRequestedOn) {
    LocalDate notice = c.noticeDue();
    boolean noticeEstimated = c.noticeDueEstimated();
    CaseStatus status = c.facts().status();
    if (noticeEstimated && c.receivedDate() != null && (status == CaseStatus.REGISTERED
        || status == CaseStatus.OBJECTED)) {
      Deadline d = clocks.due(spec("notice"), c.receivedDate(), List.of(), c.fastTrack(), 0);
      notice = d.lastDay();
      noticeEstimated = d.estimated();
    }
    LocalDate due = c.handlingDue();
    boolean estimated = c.handlingDueEstimated();
    if (estimated) {
      Optional<Deadline> d = Optional.empty();
      if (reviewRequestedOn != null && (status == CaseStatus.REVIEW_REQUESTED
          || status == CaseStatus.REREVIEW_REQUESTED)) {
        d = clocks.reviewReplyDue(status, reviewRequestedOn, specs);
      } else if (OPEN.contains(status) && c.acceptedDate() != null) {
        d = handlingClock(c).map(h -> clocks.due(h, c.acceptedDate(), hearings, c.fastTrack(), c.extensionDays()));
      }
      if (d.isPresent()) {
        due = d.get().lastDay();
        estimated = d.get().estimated();
      }
    }
    return new Recomputed(notice, noticeEstimated, due, estimated);
  }

  /** The reviewer's deadline a review or re-review request starts (Art 30, 31), for what the petitioner is told. */
  public Optional<Deadline> reviewReplyDue(CaseStatus to, LocalDate received) {
    return clocks.reviewReplyDue(to, received, specs);
  }

  private ClockSpec spec(String id) {
    return ClockSpec.byId(specs, id).orElseThrow();
  }
}
