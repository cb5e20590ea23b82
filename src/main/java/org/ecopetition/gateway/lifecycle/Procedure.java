package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.lifecycle.Outcome.Applied;
import org.ecopetition.gateway.lifecycle.Outcome.Rejected;
import org.ecopetition.gateway.text.Msg;

/**
 * The case state machine of the regulation, pure: registered → accepted / transferred / referred / not
 * accepted → handling → replied / opinion issued / mediated → closed; review and re-review for subtype (4)
 * with their 30-day windows from delivery; after the re-review the matter is final (Art 31). Category and
 * subtype decide the path; every act names its actor and its article; a recused handler cannot act (Art 21).
 * Dates: an act takes effect on a day given (a letter dated yesterday) but never after the day it is recorded,
 * never before receipt or the previous act, and a window it must fall in is checked against both days (Art 38:
 * the record is not to be falsified by dating).
 */
public final class Procedure {
  static final int MAX_EXTENSION_DAYS = 30;
  /** Art 18 and 31: the grounds on which a matter is not accepted, and the article each rests on. */
  public static final Map<String, String> NOT_ACCEPT_GROUNDS = Map.of(
      "18(1)", "第十八条第一项", "18(2)", "第十八条第二项", "18(3)", "第十八条第三项", "31", "第三十一条第二款");
  /** Art 25: the outcomes of an opinion letter. */
  public static final Set<String> OUTCOMES = Set.of("support", "explain", "not_support");
  /** Art 26: a mediation agreement (调解协议书) or a reconciliation agreement (和解协议书). */
  public static final Set<String> AGREEMENTS = Set.of("mediation", "reconciliation");
  /** Not yet decided: just registered, or back from an objection the transferor did not agree to. */
  private static final Set<CaseStatus> UNDECIDED = EnumSet.of(CaseStatus.REGISTERED, CaseStatus.OBJECTED);
  private static final Set<CaseStatus> CONCLUDED = EnumSet.of(CaseStatus.REPLIED, CaseStatus.OPINION_ISSUED,
      CaseStatus.MEDIATED, CaseStatus.CLOSED, CaseStatus.REVIEW_REPLIED, CaseStatus.FINAL, CaseStatus.NOT_ACCEPTED,
      CaseStatus.REFERRED);
  private static final String RECORD = "第三十八条";

  private final WorkCalendar calendar;
  private final ClockSpec objection;

  public Procedure(WorkCalendar calendar) {
    this.calendar = calendar;
    this.objection = ClockSpec.byId(ClockSpec.bundled(), "objection").orElseThrow();
  }

  /** The act recorded the day it takes effect. */
  public Outcome apply(CaseFacts c, Command cmd) {
    return apply(c, cmd, cmd.on());
  }

  /** {@code today}: the day the act is recorded (Beijing), from the gateway's clock. */
  public Outcome apply(CaseFacts c, Command cmd, LocalDate today) {
    if (cmd.actor() == null || cmd.actor().isBlank()) {
      return new Rejected(Msg.REFUSAL_NO_ACTOR, "第十七条");
    }
    if (c.recused().contains(cmd.actor())) {
      return new Rejected(Msg.REFUSAL_RECUSED, "第二十一条第三款");
    }
    Optional<Outcome> dated = dates(c, cmd, today);
    if (dated.isPresent()) {
      return dated.get();
    }
    return switch (cmd.act()) {
      case ACCEPT -> from(c, cmd, UNDECIDED, CaseStatus.ACCEPTED, "第十七条第一款第一项");
      case TRANSFER -> from(c, cmd, UNDECIDED, CaseStatus.TRANSFERRED, "第十七条第一款第二项");
      case REFER -> refer(c, cmd);
      case NOT_ACCEPT -> notAccept(c, cmd);
      case OBJECT -> object(c, cmd, today);
      case RETURN -> from(c, cmd, EnumSet.of(CaseStatus.OBJECTED), CaseStatus.RETURNED, "第十七条第三款");
      case REPORT_RESULT -> report(c, cmd);
      case REWARD -> reward(c, cmd);
      case FORWARD_REVIEW -> cmd.destination() == null
          ? new Rejected(Msg.REFUSAL_FORWARD_NEEDS_BODY, "第三十条")
          : from(c, cmd, EnumSet.of(CaseStatus.REVIEW_REQUESTED, CaseStatus.REREVIEW_REQUESTED), c.status(),
              c.status() == CaseStatus.REREVIEW_REQUESTED ? "第三十一条" : "第三十条");
      case START_HANDLING -> from(c, cmd, EnumSet.of(CaseStatus.ACCEPTED), CaseStatus.HANDLING, "第二十一条");
      case REPLY -> c.subtype(4)
          ? new Rejected(Msg.REFUSAL_REPLY_NEEDS_OPINION, "第二十四条第一款第四项")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.REPLIED, article(c));
      case ISSUE_OPINION -> opinion(c, cmd);
      case MEDIATE -> mediate(c, cmd);
      case CLOSE -> from(c, cmd, EnumSet.of(CaseStatus.REPLIED, CaseStatus.OPINION_ISSUED, CaseStatus.MEDIATED,
          CaseStatus.REVIEW_REPLIED), CaseStatus.CLOSED, "第二十一条");
      case EXTEND -> extend(c, cmd, today);
      case START_HEARING -> c.hearingOpen()
          ? new Rejected(Msg.REFUSAL_HEARING_OPEN, "第三十三条")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.HANDLING, "第三十三条");
      case END_HEARING -> !c.hearingOpen()
          ? new Rejected(Msg.REFUSAL_HEARING_NOT_OPEN, "第三十三条")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.HANDLING, "第三十三条");
      case REQUEST_REVIEW -> c.reviewStage() > 0 && c.status() != CaseStatus.FINAL
          ? new Rejected(Msg.REFUSAL_REVIEWED_ALREADY, "第三十条")
          : review(c, cmd, today, EnumSet.of(CaseStatus.OPINION_ISSUED, CaseStatus.CLOSED),
              CaseStatus.REVIEW_REQUESTED, "第三十条", "复查");
      case REPLY_REVIEW -> answer(c, cmd, CaseStatus.REVIEW_REQUESTED, CaseStatus.REVIEW_REPLIED, "第三十条");
      case REQUEST_REREVIEW -> c.reviewStage() < 1 && c.status() != CaseStatus.FINAL
          ? new Rejected(Msg.REFUSAL_REREVIEW_NEEDS_REVIEW, "第三十一条")
          : review(c, cmd, today, EnumSet.of(CaseStatus.REVIEW_REPLIED, CaseStatus.CLOSED),
              CaseStatus.REREVIEW_REQUESTED, "第三十一条", "复核");
      case REPLY_REREVIEW -> answer(c, cmd, CaseStatus.REREVIEW_REQUESTED, CaseStatus.FINAL, "第三十一条");
      case FAST_TRACK -> fastTrack(c, cmd);
    };
  }

  /**
   * The effective day of an act: never after the day it is recorded, never before the matter was received, never
   * before the act before it.
   */
  private static Optional<Outcome> dates(CaseFacts c, Command cmd, LocalDate today) {
    if (cmd.on().isAfter(today)) {
      return Optional.of(new Rejected(Msg.REFUSAL_DATE_IN_FUTURE, Map.of("today", today), RECORD));
    }
    if (c.received() != null && cmd.on().isBefore(c.received())) {
      return Optional.of(new Rejected(Msg.REFUSAL_DATE_BEFORE_RECEIPT, Map.of("received", c.received()), RECORD));
    }
    if (c.lastActOn() != null && cmd.on().isBefore(c.lastActOn())) {
      return Optional.of(new Rejected(Msg.REFUSAL_DATE_BEFORE_PREVIOUS, Map.of("previous", c.lastActOn()), RECORD));
    }
    return Optional.empty();
  }

  /** Whether both the effective day and the recording day fall on or before a window's last day. */
  static boolean within(LocalDate lastDay, Command cmd, LocalDate today) {
    return !cmd.on().isAfter(lastDay) && !today.isAfter(lastDay);
  }

  private static String article(CaseFacts c) {
    return switch (c.category() == null ? "" : c.category()) {
      case "建议意见" -> "第二十二条";
      case "检举控告" -> "第二十三条";
      default -> c.subtype(3) ? "第二十七条" : "第二十四条";
    };
  }

  private static Outcome from(CaseFacts c, Command cmd, Set<CaseStatus> allowed, CaseStatus to, String article) {
    if (!allowed.contains(c.status())) {
      return new Rejected(Msg.REFUSAL_WRONG_STATE, Map.of("state", c.status(), "act", cmd.act()), article);
    }
    return new Applied(to, article);
  }

  /** Art 17(1)(3): the petitioner is told which organ to turn to, and why; both are required. */
  private static Outcome refer(CaseFacts c, Command cmd) {
    if (cmd.destination() == null) {
      return new Rejected(Msg.REFUSAL_REFER_NEEDS_ORGAN, "第十七条第一款第三项");
    }
    if (!cmd.hasReason()) {
      return new Rejected(Msg.REFUSAL_REFER_NEEDS_WHY, "第十七条第一款第三项");
    }
    return from(c, cmd, UNDECIDED, CaseStatus.REFERRED, "第十七条第一款第三项");
  }

  /** Art 18 and 31: one of the grounds the regulation allows, with its reason; the act rests on that ground. */
  private static Outcome notAccept(CaseFacts c, Command cmd) {
    String ground = cmd.term("ground");
    if (ground == null || !NOT_ACCEPT_GROUNDS.containsKey(ground)) {
      return new Rejected(Msg.REFUSAL_NOT_ACCEPT_NEEDS_GROUND, "第十八条");
    }
    if (!cmd.hasReason()) {
      return new Rejected(Msg.REFUSAL_REASON_REQUIRED, NOT_ACCEPT_GROUNDS.get(ground));
    }
    return from(c, cmd, UNDECIDED, CaseStatus.NOT_ACCEPTED, NOT_ACCEPT_GROUNDS.get(ground));
  }

  /**
   * Art 25: an opinion letter (subtype (4) only) states the department's findings (查明的事实, apart from what the
   * petitioner said), the opinion, its legal basis and whether the request is supported, explained or not supported.
   */
  private static Outcome opinion(CaseFacts c, Command cmd) {
    if (!c.subtype(4)) {
      return new Rejected(Msg.REFUSAL_OPINION_ONLY_SUBTYPE_4, "第二十四条");
    }
    if (cmd.term("text") == null) {
      return new Rejected(Msg.REFUSAL_OPINION_NEEDS_TEXT, "第二十五条");
    }
    if (cmd.term("findings") == null) {
      return new Rejected(Msg.REFUSAL_OPINION_NEEDS_FINDINGS, "第二十五条");
    }
    if (cmd.term("basis") == null) {
      return new Rejected(Msg.REFUSAL_OPINION_NEEDS_BASIS, "第二十五条");
    }
    if (cmd.term("outcome") == null || !OUTCOMES.contains(cmd.term("outcome"))) {
      return new Rejected(Msg.REFUSAL_OPINION_NEEDS_OUTCOME, "第二十五条");
    }
    return from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.OPINION_ISSUED, "第二十五条");
  }

  /** Art 26: an appeal or demand settled by a mediation or reconciliation agreement, whose terms are recorded. */
  private static Outcome mediate(CaseFacts c, Command cmd) {
    if (!"申诉求决".equals(c.category())) {
      return new Rejected(Msg.REFUSAL_MEDIATION_ONLY_APPEALS, "第二十六条");
    }
    if (cmd.term("agreement") == null) {
      return new Rejected(Msg.REFUSAL_MEDIATION_NEEDS_AGREEMENT, "第二十六条");
    }
    if (cmd.term("kind") != null && !AGREEMENTS.contains(cmd.term("kind"))) {
      return new Rejected(Msg.REFUSAL_MEDIATION_KIND, "第二十六条");
    }
    return from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.MEDIATED, "第二十六条");
  }

  /**
   * Art 29: subtype (4) only, once, at most 30 days, with a reason and the responsible person's approval, and only
   * before the handling period has run out (on the effective day and on the day it is recorded).
   */
  private static Outcome extend(CaseFacts c, Command cmd, LocalDate today) {
    if (!c.subtype(4)) {
      return new Rejected(Msg.REFUSAL_EXTEND_ONLY_SUBTYPE_4, "第二十九条");
    }
    if (c.extended()) {
      return new Rejected(Msg.REFUSAL_EXTENDED_ONCE, "第二十九条");
    }
    if (cmd.days() == null || cmd.days() < 1 || cmd.days() > MAX_EXTENSION_DAYS) {
      return new Rejected(Msg.REFUSAL_EXTENSION_TOO_LONG, "第二十九条");
    }
    if (!cmd.hasReason()) {
      return new Rejected(Msg.REFUSAL_EXTENSION_NEEDS_REASON, "第二十九条");
    }
    if (cmd.approver() == null || cmd.approver().isBlank()) {
      return new Rejected(Msg.REFUSAL_EXTENSION_NEEDS_APPROVAL, "第二十九条");
    }
    if (c.handlingDue() != null && !within(c.handlingDue(), cmd, today)) {
      return new Rejected(Msg.REFUSAL_EXTENSION_AFTER_LIMIT, Map.of("lastDay", c.handlingDue()), "第二十九条");
    }
    return from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.HANDLING, "第二十九条");
  }

  /**
   * Art 32: a complaint or report may be put on the fast track (接诉即办) while it is still open, which
   * shortens its clocks; the status does not change. A reason is required because the shorter limit binds.
   */
  private static Outcome fastTrack(CaseFacts c, Command cmd) {
    if (!"申诉求决".equals(c.category()) && !"检举控告".equals(c.category())) {
      return new Rejected(Msg.REFUSAL_FAST_TRACK_ONLY_COMPLAINTS, "第三十二条");
    }
    if (!cmd.hasReason()) {
      return new Rejected(Msg.REFUSAL_FAST_TRACK_NEEDS_REASON, "第三十二条");
    }
    if (!EnumSet.of(CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.HANDLING).contains(c.status())) {
      return new Rejected(Msg.REFUSAL_WRONG_STATE, Map.of("state", c.status(), "act", cmd.act()), "第三十二条");
    }
    return new Applied(c.status(), "第三十二条");
  }

  /**
   * Art 17, last paragraph: a matter transferred in that is not ours is objected to with detailed reasons
   * within 5 working days of receipt; it goes back once the transferor agrees (RETURN).
   */
  private Outcome object(CaseFacts c, Command cmd, LocalDate today) {
    if (!c.transferredIn()) {
      return new Rejected(Msg.REFUSAL_OBJECT_ONLY_TRANSFERRED, "第十七条第三款");
    }
    if (!cmd.hasReason()) {
      return new Rejected(Msg.REFUSAL_OBJECT_NEEDS_REASONS, "第十七条第三款");
    }
    if (c.received() != null) {
      Deadline window = new Clocks(calendar).due(objection, c.received(), List.of(), false, 0);
      if (!within(window.lastDay(), cmd, today)) {
        return new Rejected(Msg.REFUSAL_OBJECT_TOO_LATE, Map.of("lastDay", window.lastDay()), "第十七条第三款");
      }
    }
    return from(c, cmd, EnumSet.of(CaseStatus.REGISTERED), CaseStatus.OBJECTED, "第十七条第三款");
  }

  /**
   * Art 17(1)(4): the result of a transferred matter reported — by the lower department on a matter we
   * transferred, or by us to whoever transferred it in. What was reported is the reason, so it is required.
   */
  private static Outcome report(CaseFacts c, Command cmd) {
    boolean owed = c.status() == CaseStatus.TRANSFERRED || c.transferredIn() && CONCLUDED.contains(c.status());
    if (!owed) {
      return new Rejected(c.transferredIn() ? Msg.REFUSAL_REPORT_AFTER_CONCLUSION : Msg.REFUSAL_REPORT_ONLY_TRANSFERRED,
          "第十七条第一款第四项");
    }
    if (!cmd.hasReason()) {
      return new Rejected(Msg.REFUSAL_REPORT_NEEDS_RESULT, "第十七条第一款第四项");
    }
    return new Applied(c.status(), "第十七条第一款第四项");
  }

  /**
   * Art 36: a report of a violation, information or a suggestion that played an important role is rewarded under
   * the applicable rules, whatever its category, once the matter is concluded: the finding (what role it played),
   * the rule applied and who decided are recorded. The status does not change.
   */
  private static Outcome reward(CaseFacts c, Command cmd) {
    if (!CONCLUDED.contains(c.status())) {
      return new Rejected(Msg.REFUSAL_REWARD_AFTER_CONCLUSION, "第三十六条");
    }
    if (cmd.term("finding") == null) {
      return new Rejected(Msg.REFUSAL_REWARD_NEEDS_FINDING, "第三十六条");
    }
    if (cmd.term("rule") == null) {
      return new Rejected(Msg.REFUSAL_REWARD_NEEDS_RULE, "第三十六条");
    }
    if (cmd.approver() == null || cmd.approver().isBlank()) {
      return new Rejected(Msg.REFUSAL_REWARD_NEEDS_DECIDER, "第三十六条");
    }
    return new Applied(c.status(), "第三十六条");
  }

  /**
   * Art 30-31: a review or re-review opinion is a written reply like the first (its text is required) from the body
   * the request went to; a body never reviews its own opinion.
   */
  private static Outcome answer(CaseFacts c, Command cmd, CaseStatus from, CaseStatus to, String article) {
    if (cmd.term("text") == null) {
      return new Rejected(Msg.REFUSAL_REVIEW_NEEDS_TEXT, article);
    }
    String by = cmd.term("by") != null ? cmd.term("by") : c.reviewBody();
    if (by != null && by.equals(c.opinionBy())) {
      return new Rejected(Msg.REFUSAL_OWN_OPINION, Map.of("body", by), article);
    }
    return from(c, cmd, EnumSet.of(from), to, article);
  }

  /** Art 30-31: subtype (4), within 30 days of receiving the written reply (effective and recording day alike). */
  private Outcome review(CaseFacts c, Command cmd, LocalDate today, Set<CaseStatus> allowed, CaseStatus to,
      String article, String kind) {
    if (c.status() == CaseStatus.FINAL) {
      return new Rejected(Msg.REFUSAL_FINAL_AFTER_REREVIEW, "第三十一条");
    }
    if (!c.subtype(4)) {
      return new Rejected("复查".equals(kind) ? Msg.REFUSAL_REVIEW_ONLY_OPINIONS : Msg.REFUSAL_REREVIEW_ONLY_OPINIONS,
          article);
    }
    if (c.lastDelivery() == null) {
      return new Rejected(Msg.REFUSAL_NOT_DELIVERED, article);
    }
    Deadline window = new Clocks(calendar).due(new ClockSpec(kind, 30, ClockSpec.Unit.DAY, "delivered", "subtype_4",
        article, null), c.lastDelivery(), List.of(), false, 0);
    if (!within(window.lastDay(), cmd, today)) {
      return new Rejected(Msg.REFUSAL_REVIEW_TOO_LATE, Map.of("lastDay", window.lastDay()), article);
    }
    return from(c, cmd, allowed, to, article);
  }
}
