package org.ecopetition.gateway.casefile;

/** States of a case as a petitioner reads them. The lifecycle that moves between them is the department's. */
public enum CaseState {
  REGISTERED("已登记", "Registered"),
  ACCEPTED("已受理", "Accepted"),
  TRANSFERRED("已转送", "Transferred"),
  REFERRED("已告知向其他机关提出", "Referred to another authority"),
  NOT_ACCEPTED("不予受理", "Not accepted"),
  HANDLING("办理中", "Being handled"),
  REPLIED("已答复", "Replied"),
  OPINION_ISSUED("已出具处理意见书", "Answered with an opinion letter"),
  MEDIATED("已调解或和解", "Mediated or reconciled"),
  CLOSED("已办结", "Closed"),
  REVIEW_REQUESTED("复查中", "Under review"),
  REVIEW_REPLIED("已出具复查意见", "Review answered"),
  REREVIEW_REQUESTED("复核中", "Under re-review"),
  FINAL("复核终结", "Final after re-review");

  private final String zh;
  private final String en;

  CaseState(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String code() {
    return name().toLowerCase();
  }

  public String label(String lang) {
    return "en".equals(lang) ? en : zh;
  }

  public static CaseState of(String code) {
    return valueOf(code.toUpperCase());
  }
}
