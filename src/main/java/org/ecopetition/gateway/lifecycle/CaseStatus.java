package org.ecopetition.gateway.lifecycle;

/**
 * Where a case stands in the regulation's procedure, with how staff and petitioners read it; stored as
 * {@link #code()} in {@code cases.state} and {@code case_events.state_to}.
 */
public enum CaseStatus {
  REGISTERED("已登记", "registered"),
  ACCEPTED("已受理", "accepted"),
  TRANSFERRED("已转送", "transferred"),
  REFERRED("已告知向其他机关提出", "referred to another authority"),
  NOT_ACCEPTED("不予受理", "not accepted"),
  HANDLING("办理中", "being handled"),
  REPLIED("已答复", "replied"),
  OPINION_ISSUED("已出具处理意见书", "answered with an opinion letter"),
  MEDIATED("已调解或和解", "mediated or reconciled"),
  CLOSED("已办结", "closed"),
  REVIEW_REQUESTED("复查中", "under review"),
  REVIEW_REPLIED("已出具复查意见", "review answered"),
  REREVIEW_REQUESTED("复核中", "under re-review"),
  FINAL("复核终结", "final after re-review"),
  OBJECTED("已提出异议", "objected to, awaiting the transferor"),
  RETURNED("已退回转送机关", "returned to the transferor");

  private final String zh;
  private final String en;

  CaseStatus(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  public String code() {
    return name().toLowerCase();
  }

  /** The label a petitioner reads, in their language ("已受理", "Accepted"). */
  public String label(String lang) {
    return "en".equals(lang) ? Character.toUpperCase(en.charAt(0)) + en.substring(1) : zh;
  }

  public static CaseStatus of(String code) {
    return valueOf(code.toUpperCase());
  }
}
