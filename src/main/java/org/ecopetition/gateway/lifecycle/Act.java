package org.ecopetition.gateway.lifecycle;

/** What a member of staff (or the petitioner, for reviews) does to a case. */
public enum Act {
  ACCEPT("受理", "accepted"), TRANSFER("转送", "transferred"), REFER("告知向其他机关提出", "referred"),
  NOT_ACCEPT("不予受理", "refused"), START_HANDLING("开始办理", "taken up"), REPLY("答复", "replied to"),
  ISSUE_OPINION("出具处理意见书", "answered with an opinion letter"), MEDIATE("调解或和解", "mediated"),
  CLOSE("办结", "closed"), EXTEND("延长期限", "extended"), START_HEARING("举行听证", "heard"),
  END_HEARING("结束听证", "ended hearing"), REQUEST_REVIEW("申请复查", "reviewed"),
  REPLY_REVIEW("出具复查意见", "answered on review"), REQUEST_REREVIEW("申请复核", "re-reviewed"),
  REPLY_REREVIEW("出具复核意见", "answered on re-review"), FAST_TRACK("纳入接诉即办", "put on the fast track"),
  FORWARD_REVIEW("转送上一级机关", "forwarded to the body above"), OBJECT("提出异议", "objected to"),
  RETURN("退回转送机关", "returned to the transferor"), REPORT_RESULT("反馈办理结果", "reported on"),
  REWARD("奖励举报人", "rewarded");

  private final String zh;
  private final String en;

  Act(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }
}
