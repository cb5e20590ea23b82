package org.ecopetition.gateway.casefile;

import java.util.Optional;
import org.ecopetition.gateway.lifecycle.CaseChange;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.notice.Recipient;

/**
 * What the petitioner is told when the department acts (Art 17, 25, 29): in their language, with the
 * reason; sent into the conversation the matter came from, where the chat shows it at once.
 */
final class NoticeTexts {
  private NoticeTexts() {}

  /** The notice an act owes the petitioner, if any; for a transfer or a referral {@code cmd.to()} says where. */
  static Optional<String> text(Command cmd, Recipient t, CaseChange u, String publicText) {
    boolean en = "en".equals(t.lang());
    String to = cmd.to() == null || cmd.to().isBlank() ? null : cmd.to();
    // Dates as the petitioner reads them everywhere else (2026年12月29日, 29 December 2026).
    String due = u.handlingDue() == null ? null : StatusText.deadline(u.handlingDue(), u.handlingDueEstimated(), t.lang());
    String told = u.noticeDue() == null ? null : StatusText.deadline(u.noticeDue(), u.noticeDueEstimated(), t.lang());
    String n = t.caseNumber();
    String reason = cmd.reason() == null || cmd.reason().isBlank() ? "" : (en ? " Reason: " : "理由：") + cmd.reason();
    return Optional.ofNullable(switch (cmd.act()) {
      case ACCEPT -> en
          ? "Your matter (case " + n + ") has been accepted by the " + t.department() + (u.handlingDue() == null ? "."
              : "; it is to be handled by " + due + ".") + " (Art 17)"
          : "您的信访事项（案件" + n + "）已由" + t.department() + "受理" + (u.handlingDue() == null ? "。"
              : "，办理期限至" + due + "。") + "（第十七条）";
      case TRANSFER -> en ? "Your matter (case " + n + ") has been transferred to " + (to == null ? "the competent department" : to)
          + " for handling." + reason + " (Art 17)"
          : "您的信访事项（案件" + n + "）已转送" + (to == null ? "有权处理的部门" : to) + "办理。" + reason + "（第十七条）";
      case REFER -> en ? "Your matter (case " + n + ") is not for the eco-environment authorities; please turn to "
          + (to == null ? "the competent authority" : to) + "." + reason + " (Art 17)"
          : "您反映的事项（案件" + n + "）不属于生态环境部门职责，请向" + (to == null ? "有权处理的机关" : to) + "提出。" + reason + "（第十七条）";
      case NOT_ACCEPT -> en ? "Your matter (case " + n + ") is not accepted." + reason + " (Art 18)"
          : "您的信访事项（案件" + n + "）不予受理。" + reason + "（第十八条）";
      case REPLY, ISSUE_OPINION, REPLY_REVIEW -> publicText == null ? null : (en ? "Reply on case " + n + ": "
          : "案件" + n + "答复：") + publicText;
      case EXTEND -> en ? "The time limit of case " + n + " is extended by " + cmd.days() + " days, to " + due
          + "." + reason + " (Art 29)"
          : "案件" + n + "的办理期限延长" + cmd.days() + "日，至" + due + "。" + reason + "（第二十九条）";
      case FAST_TRACK -> en ? "Case " + n + " is handled on the fast track"
          + (u.handlingDue() != null ? "; it is now to be handled by " + due + "."
              : u.status() == CaseStatus.REGISTERED
                  ? "; you will be told whether it is accepted by " + told + "." : ".") + " (Art 32)"
          : "案件" + n + "已纳入接诉即办" + (u.handlingDue() != null ? "，办理期限缩短至" + due + "。"
              : u.status() == CaseStatus.REGISTERED
                  ? "，将于" + told + "前告知是否受理。" : "。") + "（第三十二条）";
      case FORWARD_REVIEW -> en ? "Your request on case " + n + " has been forwarded to " + to
          + ", which is to answer by " + due + ". (Art 30, 31)"
          : "您就案件" + n + "提出的请求已转送" + to + "，应于" + due + "前提出意见。（第三十条、第三十一条）";
      case CLOSE -> en ? "Case " + n + " is closed. Send \"evaluate\" to tell us how it was handled."
          : "案件" + n + "已办结。欢迎发送“评价”对办理情况进行评价。";
      default -> null;
    });
  }
}
