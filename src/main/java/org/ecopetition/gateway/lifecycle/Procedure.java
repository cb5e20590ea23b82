package org.ecopetition.gateway.lifecycle;

import java.util.EnumSet;
import java.util.Map;
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
 */
public final class Procedure {
  static final int MAX_EXTENSION_DAYS = 30;
  /** Not yet decided: just registered, or back from an objection the transferor did not agree to. */
  private static final Set<CaseStatus> UNDECIDED = EnumSet.of(CaseStatus.REGISTERED, CaseStatus.OBJECTED);
  private static final Set<CaseStatus> CONCLUDED = EnumSet.of(CaseStatus.REPLIED, CaseStatus.OPINION_ISSUED,
      CaseStatus.MEDIATED, CaseStatus.CLOSED, CaseStatus.REVIEW_REPLIED, CaseStatus.FINAL, CaseStatus.NOT_ACCEPTED,
      CaseStatus.REFERRED);

  private final WorkCalendar calendar;
  private final ClockSpec objection;

  public Procedure(WorkCalendar calendar) {
    this.calendar = calendar;
    this.objection = ClockSpec.byId(ClockSpec.bundled(), "objection").orElseThrow();
  }

  public Outcome apply(CaseFacts c, Command cmd) {
    if (cmd.actor() == null || cmd.actor().isBlank()) {
      return new Rejected(Msg.REFUSAL_NO_ACTOR, "第十七条");
    }
    if (c.recused().contains(cmd.actor())) {
      return new Rejected(Msg.REFUSAL_RECUSED,
          "第二十一条第三款");
    }
    return switch (cmd.act()) {
      case ACCEPT -> from(c, cmd, UNDECIDED, CaseStatus.ACCEPTED, "第十七条第一款第一项");
      case TRANSFER -> from(c, cmd, UNDECIDED, CaseStatus.TRANSFERRED, "第十七条第一款第二项");
      case REFER -> from(c, cmd, UNDECIDED, CaseStatus.REFERRED, "第十七条第一款第三项");
      case NOT_ACCEPT -> needsReason(cmd).orElse(from(c, cmd, UNDECIDED, CaseStatus.NOT_ACCEPTED, "第十八条"));
      case OBJECT -> object(c, cmd);
      case RETURN -> from(c, cmd, EnumSet.of(CaseStatus.OBJECTED), CaseStatus.RETURNED, "第十七条第三款");
      case REPORT_RESULT -> report(c, cmd);
      case REWARD -> reward(c, cmd);
      case FORWARD_REVIEW -> cmd.to() == null || cmd.to().isBlank()
          ? new Rejected(Msg.REFUSAL_FORWARD_NEEDS_BODY, "第三十条")
          : from(c, cmd, EnumSet.of(CaseStatus.REVIEW_REQUESTED, CaseStatus.REREVIEW_REQUESTED), c.status(),
              c.status() == CaseStatus.REREVIEW_REQUESTED ? "第三十一条" : "第三十条");
      case START_HANDLING -> from(c, cmd, EnumSet.of(CaseStatus.ACCEPTED), CaseStatus.HANDLING, "第二十一条");
      case REPLY -> c.subtype(4)
          ? new Rejected(Msg.REFUSAL_REPLY_NEEDS_OPINION, "第二十四条第一款第四项")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.REPLIED, article(c));
      case ISSUE_OPINION -> !c.subtype(4)
          ? new Rejected(Msg.REFUSAL_OPINION_ONLY_SUBTYPE_4, "第二十四条")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.OPINION_ISSUED, "第二十五条");
      case MEDIATE -> !"申诉求决".equals(c.category())
          ? new Rejected(Msg.REFUSAL_MEDIATION_ONLY_APPEALS,
              "第二十六条")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.MEDIATED, "第二十六条");
      case CLOSE -> from(c, cmd, EnumSet.of(CaseStatus.REPLIED, CaseStatus.OPINION_ISSUED, CaseStatus.MEDIATED,
          CaseStatus.REVIEW_REPLIED), CaseStatus.CLOSED, "第二十一条");
      case EXTEND -> extend(c, cmd);
      case START_HEARING -> c.hearingOpen()
          ? new Rejected(Msg.REFUSAL_HEARING_OPEN, "第三十三条")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.HANDLING, "第三十三条");
      case END_HEARING -> !c.hearingOpen()
          ? new Rejected(Msg.REFUSAL_HEARING_NOT_OPEN, "第三十三条")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.HANDLING, "第三十三条");
      case REQUEST_REVIEW -> review(c, cmd, EnumSet.of(CaseStatus.OPINION_ISSUED, CaseStatus.CLOSED),
          CaseStatus.REVIEW_REQUESTED, "第三十条", "复查");
      case REPLY_REVIEW -> from(c, cmd, EnumSet.of(CaseStatus.REVIEW_REQUESTED), CaseStatus.REVIEW_REPLIED, "第三十条");
      case REQUEST_REREVIEW -> review(c, cmd, EnumSet.of(CaseStatus.REVIEW_REPLIED),
          CaseStatus.REREVIEW_REQUESTED, "第三十一条", "复核");
      case REPLY_REREVIEW -> from(c, cmd, EnumSet.of(CaseStatus.REREVIEW_REQUESTED), CaseStatus.FINAL, "第三十一条");
      case FAST_TRACK -> fastTrack(c, cmd);
    };
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

  private static java.util.Optional<Outcome> needsReason(Command cmd) {
    return cmd.reason() == null || cmd.reason().isBlank()
        ? java.util.Optional.of(new Rejected(Msg.REFUSAL_REASON_REQUIRED, "第十八条"))
        : java.util.Optional.empty();
  }

  /** Art 29: subtype (4) only, once, at most 30 days, with a reason and the responsible person's approval. */
  private static Outcome extend(CaseFacts c, Command cmd) {
    if (!c.subtype(4)) {
      return new Rejected(Msg.REFUSAL_EXTEND_ONLY_SUBTYPE_4, "第二十九条");
    }
    if (c.extended()) {
      return new Rejected(Msg.REFUSAL_EXTENDED_ONCE, "第二十九条");
    }
    if (cmd.days() == null || cmd.days() < 1 || cmd.days() > MAX_EXTENSION_DAYS) {
      return new Rejected(Msg.REFUSAL_EXTENSION_TOO_LONG, "第二十九条");
    }
    if (cmd.reason() == null || cmd.reason().isBlank()) {
      return new Rejected(Msg.REFUSAL_EXTENSION_NEEDS_REASON, "第二十九条");
    }
    if (cmd.approver() == null || cmd.approver().isBlank()) {
      return new Rejected(Msg.REFUSAL_EXTENSION_NEEDS_APPROVAL, "第二十九条");
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
    if (cmd.reason() == null || cmd.reason().isBlank()) {
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
  private Outcome object(CaseFacts c, Command cmd) {
    if (!c.transferredIn()) {
      return new Rejected(Msg.REFUSAL_OBJECT_ONLY_TRANSFERRED, "第十七条第三款");
    }
    if (cmd.reason() == null || cmd.reason().isBlank()) {
      return new Rejected(Msg.REFUSAL_OBJECT_NEEDS_REASONS, "第十七条第三款");
    }
    if (c.received() != null) {
      Deadline window = new Clocks(calendar).due(objection, c.received(), java.util.List.of(), false, 0);
      if (cmd.on().isAfter(window.lastDay())) {
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
    if (cmd.reason() == null || cmd.reason().isBlank()) {
      return new Rejected(Msg.REFUSAL_REPORT_NEEDS_RESULT, "第十七条第一款第四项");
    }
    return new Applied(c.status(), "第十七条第一款第四项");
  }

  /**
   * Art 36: a report that helped expose a violation may be rewarded, once it is concluded; the reason
   * (what it helped to find) is required. The status does not change.
   */
  private static Outcome reward(CaseFacts c, Command cmd) {
    if (!"检举控告".equals(c.category())) {
      return new Rejected(Msg.REFUSAL_REWARD_ONLY_REPORTS, "第三十六条");
    }
    if (!CONCLUDED.contains(c.status())) {
      return new Rejected(Msg.REFUSAL_REWARD_AFTER_CONCLUSION, "第三十六条");
    }
    if (cmd.reason() == null || cmd.reason().isBlank()) {
      return new Rejected(Msg.REFUSAL_REWARD_NEEDS_REASON, "第三十六条");
    }
    return new Applied(c.status(), "第三十六条");
  }

  /** Art 30-31: subtype (4), within 30 days of receiving the written reply. */
  private Outcome review(CaseFacts c, Command cmd, Set<CaseStatus> allowed, CaseStatus to, String article, String kind) {
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
        article, null), c.lastDelivery(), java.util.List.of(), false, 0);
    if (cmd.on().isAfter(window.lastDay())) {
      return new Rejected(Msg.REFUSAL_REVIEW_TOO_LATE, Map.of("lastDay", window.lastDay()), article);
    }
    return from(c, cmd, allowed, to, article);
  }
}
