package org.ecopetition.gateway.access;

/**
 * Every route of the staff API ({@code /api/v1/staff}), with its family and what it addresses. The staff router
 * mounts exactly these, each behind the same gate (authentication, CSRF, role, then the case's visibility), and the
 * authorisation test walks this list: a route added here is checked for every role and scope, and a route cannot be
 * mounted without being here.
 */
public enum Endpoint {
  LOGIN("POST", "/session", Family.PUBLIC, Target.NONE),
  SESSION("GET", "/session", Family.SELF, Target.NONE),
  LOGOUT("DELETE", "/session", Family.SELF, Target.NONE),
  CHANGE_PASSWORD("POST", "/session/password", Family.SELF, Target.NONE),

  REGISTER_CASE("POST", "/cases", Family.REGISTER, Target.NONE),
  CASES("GET", "/cases", Family.READ_CASE, Target.NONE),
  EXTRACT("POST", "/extract", Family.REGISTER, Target.NONE),
  CASE_DETAILS("GET", "/cases/:caseNumber", Family.READ_CASE, Target.CASE_PATH),
  CASE_HISTORY("GET", "/cases/:caseNumber/history", Family.READ_CASE, Target.CASE_PATH),
  CASE_DOCUMENT("GET", "/cases/:caseNumber/documents/:type", Family.READ_CASE, Target.CASE_PATH),
  CASE_PHOTOS("GET", "/cases/:caseNumber/photos", Family.READ_CASE, Target.CASE_PATH),
  CASE_PHOTO("GET", "/cases/:caseNumber/photos/:photo", Family.EVIDENCE, Target.CASE_PATH),
  CASE_ACT("POST", "/cases/:caseNumber/acts", Family.ACT, Target.CASE_PATH),
  CASE_CORRECTION("POST", "/cases/:caseNumber/corrections", Family.REGISTER, Target.CASE_PATH),
  ACTS_NOW("GET", "/cases/:caseNumber/acts", Family.ACT, Target.CASE_PATH),
  CASE_RECUSAL("POST", "/cases/:caseNumber/recusals", Family.ACT, Target.CASE_PATH),
  NEWS_READ("POST", "/cases/:caseNumber/news-read", Family.ACT, Target.CASE_PATH),
  CONFIRM_REDACTION("POST", "/cases/:caseNumber/redaction", Family.ACT, Target.CASE_PATH),
  CONFIRM_ACCUSED("POST", "/cases/:caseNumber/accused", Family.ACT, Target.CASE_PATH),
  DIRECTORY("GET", "/directory", Family.READ_CASE, Target.NONE),
  ELECTRONIC_DELIVERY("POST", "/cases/:caseNumber/electronic-delivery", Family.ACT, Target.CASE_PATH),
  GOVERNMENT_REPORT("POST", "/workspace/cases/:caseNumber/government-report", Family.ACT, Target.CASE_PATH),

  QUEUE("GET", "/workspace/queue", Family.QUEUE, Target.NONE),
  LIVE("GET", "/workspace/live", Family.QUEUE, Target.NONE),
  CONVERSATION("GET", "/workspace/conversations/:id", Family.QUEUE, Target.NONE),
  CLAIM("POST", "/workspace/conversations/:id/claim", Family.QUEUE, Target.NONE),
  STAFF_MESSAGE("POST", "/workspace/conversations/:id/messages", Family.QUEUE, Target.NONE),
  CONVERSATION_NOTE("POST", "/workspace/conversations/:id/notes", Family.QUEUE, Target.NONE),
  HAND_BACK("POST", "/workspace/conversations/:id/release", Family.QUEUE, Target.NONE),
  CLOSE_CONVERSATION("POST", "/workspace/conversations/:id/close", Family.QUEUE, Target.NONE),
  PREFILL("GET", "/workspace/conversations/:id/prefill", Family.QUEUE, Target.NONE),
  ATTACH_CONVERSATION("POST", "/workspace/conversations/:id/attach", Family.ACT, Target.CASE_BODY),
  ALERTS("GET", "/workspace/alerts", Family.QUEUE, Target.NONE),
  ACKNOWLEDGE_ALERT("POST", "/workspace/alerts/:id/ack", Family.QUEUE, Target.NONE),
  DUTY("GET", "/workspace/duty", Family.QUEUE, Target.NONE),
  ADD_DUTY("POST", "/workspace/duty", Family.SUPERVISE, Target.NONE),
  CANNED("GET", "/workspace/canned", Family.QUEUE, Target.NONE),

  NOTICES("GET", "/notices", Family.NOTICES, Target.NONE),
  NOTICE_DELIVERY("POST", "/notices/:id/delivery", Family.ACT, Target.NOTICE_PATH),

  OVERDUE("GET", "/supervision/overdue", Family.OVERDUE, Target.NONE),
  OVERDUE_SUMMARY("GET", "/supervision/overdue/summary", Family.OVERDUE, Target.NONE),
  LATE("GET", "/supervision/late", Family.OVERDUE, Target.NONE),
  HOTSPOTS("GET", "/supervision/hotspots", Family.OVERDUE, Target.NONE),
  UNDELIVERED("GET", "/supervision/undelivered", Family.NOTICES, Target.NONE),
  SUPERVISION_NOTE("POST", "/supervision/notes", Family.SUPERVISE, Target.CASE_BODY),
  SUPERVISION_FEEDBACK("POST", "/supervision/feedback", Family.ACT, Target.CASE_BODY),

  STATS("GET", "/stats/:dimension", Family.STATS, Target.NONE),
  EXPORT("GET", "/export", Family.EXPORT, Target.NONE),

  AUDIT_ACCESS("GET", "/audit/access", Family.AUDIT, Target.NONE),
  AUDIT_STAFF_CHANGES("GET", "/audit/staff-changes", Family.STAFF_LOG, Target.NONE),

  USERS("GET", "/users", Family.USERS, Target.NONE),
  ADD_USER("POST", "/users", Family.USERS, Target.NONE),
  CHANGE_USER("PATCH", "/users/:login", Family.USERS, Target.USER_PATH),
  RESET_PASSWORD("POST", "/users/:login/password", Family.USERS, Target.USER_PATH),
  UNLOCK_USER("POST", "/users/:login/unlock", Family.USERS, Target.USER_PATH),
  REVOKE_SESSIONS("DELETE", "/users/:login/sessions", Family.USERS, Target.USER_PATH);

  /** What a route addresses, which the gate checks against the caller's scope before the route runs. */
  public enum Target {
    NONE,
    /** A case named by {@code :caseNumber}. */
    CASE_PATH,
    /** A case named by {@code caseNumber} in the JSON body. */
    CASE_BODY,
    /** A written notice ({@code :id}), seen through its case. */
    NOTICE_PATH,
    /** A member of staff ({@code :login}), seen through their department. */
    USER_PATH
  }

  private final String method;
  private final String path;
  private final Family family;
  private final Target target;

  Endpoint(String method, String path, Family family, Target target) {
    this.method = method;
    this.path = path;
    this.family = family;
    this.target = target;
  }

  public String method() {
    return method;
  }

  /** The path under {@code /api/v1/staff}, Vert.x style ({@code :param}). */
  public String path() {
    return path;
  }

  public Family family() {
    return family;
  }

  public Target target() {
    return target;
  }

  /** Whether the route changes something: a request authenticated by cookie must then carry the CSRF token. */
  public boolean changesState() {
    return !method.equals("GET");
  }
}
