package org.ecopetition.gateway.lifecycle;

import java.util.EnumSet;
import java.util.Set;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.lifecycle.Outcome.Applied;
import org.ecopetition.gateway.lifecycle.Outcome.Rejected;

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
      return new Rejected("每个处理行为都须记录由谁作出。", "Every act must name who does it.", "第十七条");
    }
    if (c.recused().contains(cmd.actor())) {
      return new Rejected("该工作人员与信访事项或信访人有直接利害关系，应当回避，不能办理此案件。",
          "This member of staff has a direct interest in the matter or the petitioner and must recuse themselves.",
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
          ? new Rejected("须写明转送的上一级机关、单位。", "Name the body above the request is forwarded to.", "第三十条")
          : from(c, cmd, EnumSet.of(CaseStatus.REVIEW_REQUESTED, CaseStatus.REREVIEW_REQUESTED), c.status(),
              c.status() == CaseStatus.REREVIEW_REQUESTED ? "第三十一条" : "第三十条");
      case START_HANDLING -> from(c, cmd, EnumSet.of(CaseStatus.ACCEPTED), CaseStatus.HANDLING, "第二十一条");
      case REPLY -> c.subtype(4)
          ? new Rejected("第（四）项事项应当出具信访处理意见书，而不是一般答复。",
              "A matter of subtype (4) is concluded by an opinion letter, not a plain reply.", "第二十四条第一款第四项")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.REPLIED, article(c));
      case ISSUE_OPINION -> !c.subtype(4)
          ? new Rejected("信访处理意见书只适用于第二十四条第一款第四项事项。",
              "An opinion letter is only for matters of Art 24(1)(4).", "第二十四条")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.OPINION_ISSUED, "第二十五条");
      case MEDIATE -> !"申诉求决".equals(c.category())
          ? new Rejected("调解、和解只适用于申诉求决类事项。", "Mediation and reconciliation are only for appeals and demands.",
              "第二十六条")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.MEDIATED, "第二十六条");
      case CLOSE -> from(c, cmd, EnumSet.of(CaseStatus.REPLIED, CaseStatus.OPINION_ISSUED, CaseStatus.MEDIATED,
          CaseStatus.REVIEW_REPLIED), CaseStatus.CLOSED, "第二十一条");
      case EXTEND -> extend(c, cmd);
      case START_HEARING -> c.hearingOpen()
          ? new Rejected("听证已经开始。", "A hearing is already open.", "第三十三条")
          : from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.HANDLING, "第三十三条");
      case END_HEARING -> !c.hearingOpen()
          ? new Rejected("没有正在进行的听证。", "No hearing is open.", "第三十三条")
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
      return new Rejected("案件当前为“" + c.status().zh() + "”，不能" + cmd.act().zh() + "。",
          "A case that is " + c.status().en() + " cannot be " + cmd.act().en() + ".", article);
    }
    return new Applied(to, article);
  }

  private static java.util.Optional<Outcome> needsReason(Command cmd) {
    return cmd.reason() == null || cmd.reason().isBlank()
        ? java.util.Optional.of(new Rejected("须写明理由。", "A reason is required.", "第十八条"))
        : java.util.Optional.empty();
  }

  /** Art 29: subtype (4) only, once, at most 30 days, with a reason and the responsible person's approval. */
  private static Outcome extend(CaseFacts c, Command cmd) {
    if (!c.subtype(4)) {
      return new Rejected("只有第二十四条第一款第四项事项可以延长办理期限。",
          "Only matters of Art 24(1)(4) can be extended.", "第二十九条");
    }
    if (c.extended()) {
      return new Rejected("办理期限已经延长过一次。", "The time limit has already been extended once.", "第二十九条");
    }
    if (cmd.days() == null || cmd.days() < 1 || cmd.days() > MAX_EXTENSION_DAYS) {
      return new Rejected("延长期限不得超过30日。", "An extension may not exceed 30 days.", "第二十九条");
    }
    if (cmd.reason() == null || cmd.reason().isBlank()) {
      return new Rejected("延长须写明理由，并告知信访人。", "An extension needs a reason, which the petitioner is told.",
          "第二十九条");
    }
    if (cmd.approver() == null || cmd.approver().isBlank()) {
      return new Rejected("延长须经本级生态环境部门负责人批准。",
          "An extension needs the approval of the department's responsible person.", "第二十九条");
    }
    return from(c, cmd, EnumSet.of(CaseStatus.HANDLING), CaseStatus.HANDLING, "第二十九条");
  }

  /**
   * Art 32: a complaint or report may be put on the fast track (接诉即办) while it is still open, which
   * shortens its clocks; the status does not change. A reason is required because the shorter limit binds.
   */
  private static Outcome fastTrack(CaseFacts c, Command cmd) {
    if (!"申诉求决".equals(c.category()) && !"检举控告".equals(c.category())) {
      return new Rejected("接诉即办机制只适用于生态环境投诉、举报。",
          "The fast track is only for environmental complaints and reports.", "第三十二条");
    }
    if (cmd.reason() == null || cmd.reason().isBlank()) {
      return new Rejected("纳入接诉即办须写明理由。", "Putting a case on the fast track needs a reason.", "第三十二条");
    }
    if (!EnumSet.of(CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.HANDLING).contains(c.status())) {
      return new Rejected("案件当前为“" + c.status().zh() + "”，不能" + cmd.act().zh() + "。",
          "A case that is " + c.status().en() + " cannot be " + cmd.act().en() + ".", "第三十二条");
    }
    return new Applied(c.status(), "第三十二条");
  }

  /**
   * Art 17, last paragraph: a matter transferred in that is not ours is objected to with detailed reasons
   * within 5 working days of receipt; it goes back once the transferor agrees (RETURN).
   */
  private Outcome object(CaseFacts c, Command cmd) {
    if (!c.transferredIn()) {
      return new Rejected("只有党委和政府信访部门或者上级生态环境部门转送、交办的事项才能提出异议。",
          "Only a matter transferred in by a petition office or a higher department can be objected to.", "第十七条第三款");
    }
    if (cmd.reason() == null || cmd.reason().isBlank()) {
      return new Rejected("提出异议须详细说明理由。", "An objection needs detailed reasons.", "第十七条第三款");
    }
    if (c.received() != null) {
      Deadline window = new Clocks(calendar).due(objection, c.received(), java.util.List.of(), false, 0);
      if (cmd.on().isAfter(window.lastDay())) {
        return new Rejected("已超过自收到之日起5个工作日的异议期限（截至" + window.lastDay() + "），应当依法处理。",
            "The 5 working days to object ended on " + window.lastDay() + "; the matter must be handled.",
            "第十七条第三款");
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
      return new Rejected(c.transferredIn() ? "事项办结后才能反馈办理结果。" : "只有转送、交办的事项才需要反馈办理结果。",
          c.transferredIn() ? "A result is reported once the matter is concluded."
              : "Results are reported only on transferred matters.", "第十七条第一款第四项");
    }
    if (cmd.reason() == null || cmd.reason().isBlank()) {
      return new Rejected("须写明办理结果。", "State the result reported.", "第十七条第一款第四项");
    }
    return new Applied(c.status(), "第十七条第一款第四项");
  }

  /**
   * Art 36: a report that helped expose a violation may be rewarded, once it is concluded; the reason
   * (what it helped to find) is required. The status does not change.
   */
  private static Outcome reward(CaseFacts c, Command cmd) {
    if (!"检举控告".equals(c.category())) {
      return new Rejected("奖励只适用于检举控告类事项。", "Rewards are for reports (检举控告) only.", "第三十六条");
    }
    if (!CONCLUDED.contains(c.status())) {
      return new Rejected("事项办结后才能给予奖励。", "A report is rewarded once it is concluded.", "第三十六条");
    }
    if (cmd.reason() == null || cmd.reason().isBlank()) {
      return new Rejected("须写明奖励理由。", "State why the report is rewarded.", "第三十六条");
    }
    return new Applied(c.status(), "第三十六条");
  }

  /** Art 30-31: subtype (4), within 30 days of receiving the written reply. */
  private Outcome review(CaseFacts c, Command cmd, Set<CaseStatus> allowed, CaseStatus to, String article, String kind) {
    if (c.status() == CaseStatus.FINAL) {
      return new Rejected("复核意见作出后，以同一事实和理由提出的，不再受理。",
          "After the re-review, the same matter on the same facts and reasons is not accepted again.", "第三十一条");
    }
    if (!c.subtype(4)) {
      return new Rejected(kind + "只适用于对信访处理意见书不服的第二十四条第一款第四项事项。",
          "A " + ("复查".equals(kind) ? "review" : "re-review") + " is only for opinion letters on matters of Art 24(1)(4).",
          article);
    }
    if (c.lastDelivery() == null) {
      return new Rejected("书面答复尚未送达，送达之日起才开始计算期限。",
          "The written reply has not been delivered; the time limit runs from its delivery.", article);
    }
    Deadline window = new Clocks(calendar).due(new ClockSpec(kind, 30, ClockSpec.Unit.DAY, "delivered", "subtype_4",
        article, null), c.lastDelivery(), java.util.List.of(), false, 0);
    if (cmd.on().isAfter(window.lastDay())) {
      return new Rejected("已超过自收到书面答复之日起30日的期限（截至" + window.lastDay() + "）。",
          "The 30 days from receiving the written reply ended on " + window.lastDay() + ".", article);
    }
    return from(c, cmd, allowed, to, article);
  }
}
