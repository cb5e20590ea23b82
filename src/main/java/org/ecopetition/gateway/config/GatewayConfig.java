package org.ecopetition.gateway.config;

import java.util.List;

/**
 * The gateway's whole configuration, one typed object. Read by {@link ConfigLoader} from a YAML file and
 * {@code GATEWAY_*} environment variables; every key is documented in the README.
 */
public record GatewayConfig(
    Http http,
    Database database,
    Chat chat,
    Status status,
    Security security,
    Deployment deployment,
    Routing routing,
    Staff staff,
    Lifecycle lifecycle,
    Sms sms,
    WeChat wechat,
    WeCom wecom,
    String dialogsDir) {

  public record Http(String host, int port, boolean trustForwardedFor) {}

  /**
   * {@code url} empty: an embedded PostgreSQL keeps its data in {@code embeddedDataDir}. Otherwise a
   * {@code postgresql://user:password@host:port/db} URL of a server to use instead.
   */
  public record Database(String url, String embeddedDataDir, int poolSize) {
    public boolean embedded() {
      return url == null || url.isBlank();
    }
  }

  /**
   * Limits of the chat channels; {@code resumeAfterMinutes}: a petitioner back after this long pause with a
   * report half-way is asked whether to continue it.
   */
  public record Chat(int maxMessageBytes, int historyReplay, int resumeAfterMinutes) {}

  /** Failed status queries allowed per case number and per client in a window, before 429. */
  public record Status(int maxFailuresPerCase, int maxFailuresPerClient, int failureWindowMinutes,
      int cacheSeconds) {}

  /**
   * {@code queryCodeKey}: base64 HMAC key for query codes. Empty with an embedded database: a key is made
   * once and kept beside the data; empty with an external database: the gateway refuses to start.
   */
  public record Security(String queryCodeKey) {}

  /**
   * Routing: the deployment's division ({@code divisionCode}: "" the Ministry, 2 digits a province, 4 a
   * city), the hotspot rule (Art 34: {@code hotspotCases} about one polluter or place within
   * {@code hotspotDays}) and the result-report deadlines set on transferred matters (Art 17(4)).
   * {@code autoAccept}: accept at registration the matters {@code AutoAcceptance} finds clear (off by default:
   * a department decides this for itself).
   */
  public record Routing(String divisionCode, int hotspotCases, int hotspotDays, int reportDaysUrgent,
      int reportDaysHotspot, boolean autoAccept) {}

  /**
   * Staff who may act on cases through the staff API: entries {@code login:sha256-of-token} (the token
   * itself is never stored; make one with {@code openssl rand -hex 24}, hash it with {@code sha256sum}).
   */
  public record Staff(List<String> tokens) {}

  /** Who runs this deployment: shown to petitioners as the department handling their case (Art 13). */
  public record Deployment(String departmentName, String departmentNameEn, String hotline,
      String address, String receptionHours, List<String> channels) {}

  /**
   * Periods another law or regulation sets instead of Art 27's 60 days for a kind of matter (法律、法规另有规定的，
   * 从其规定): {@code matter} as the extractor names it, {@code days} calendar days, {@code basis} the provision.
   */
  public record Lifecycle(List<PerformPeriod> performPeriods) {
    public Lifecycle {
      performPeriods = performPeriods == null ? List.of() : List.copyOf(performPeriods);
    }
  }

  public record PerformPeriod(String matter, int days, String basis) {}

  /**
   * The SMS gateway written notices go through (docs/sms-protocol.md). {@code url} empty: no SMS, and a
   * notice to a petitioner with only a phone waits for a call by staff. {@code receiptToken}: what the SMS
   * gateway presents when it reports a delivery.
   */
  public record Sms(String url, String token, String receiptToken, int pollSeconds, int retrySeconds, int maxAttempts,
      String inboundToken, int replyMaxChars, int maxMessagesPerMinute) {
    public boolean enabled() {
      return url != null && !url.isBlank();
    }

    /** Petitioners may write by SMS: the SMS gateway posts their messages with {@code inboundToken}. */
    public boolean inboundEnabled() {
      return enabled() && inboundToken != null && !inboundToken.isBlank();
    }
  }

  /**
   * A WeChat Official Account (公众号): the callback's {@code token}, the {@code encodingAesKey} of safe mode
   * (empty: plaintext mode), the account's {@code appId} and {@code appSecret} for its API at {@code apiBase},
   * how long a turn may take before the reply goes by customer-service message instead, messages per minute
   * accepted from one user, and the subscribe-message ({@code noticeTemplateId}) or template-message
   * ({@code templateNotices}) used for written notices.
   */
  public record WeChat(String token, String encodingAesKey, String appId, String appSecret, String apiBase,
      int passiveReplyMillis, int maxMessagesPerMinute, int timestampToleranceSeconds, int maxBodyBytes,
      String noticeTemplateId, boolean templateNotices, String menuFile) {
    public boolean enabled() {
      return token != null && !token.isBlank() && appId != null && !appId.isBlank();
    }
  }

  /**
   * WeCom (企业微信): citizens through 微信客服 ({@code kfSecret}, callback {@code token} and
   * {@code encodingAesKey}), and a self-built app ({@code agentId}, {@code agentSecret}) that alerts staff.
   */
  public record WeCom(String corpId, String token, String encodingAesKey, String kfSecret, String agentId,
      String agentSecret, String apiBase, int maxMessagesPerMinute, int timestampToleranceSeconds, int maxBodyBytes) {
    public boolean kfEnabled() {
      return corpId != null && !corpId.isBlank() && token != null && !token.isBlank() && kfSecret != null
          && !kfSecret.isBlank();
    }

    public boolean appEnabled() {
      return corpId != null && !corpId.isBlank() && agentSecret != null && !agentSecret.isBlank();
    }
  }
}
