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
    Workspace workspace,
    Metrics metrics,
    Logging logging,
    Calendar calendar,
    Review review,
    WeChat wechat,
    WeCom wecom,
    Evidence evidence,
    String dialogsDir) {

  /**
   * Where evidence photos' bytes are kept: {@code postgres} (the default: in their row) or {@code s3}, an
   * S3-compatible object store ({@code endpoint} empty: AWS itself; {@code pathStyle} for MinIO, Ceph and most
   * others); the rows (case, size, hash, who looked) stay in PostgreSQL either way.
   */
  public record Evidence(String store, S3 s3) {
    public Evidence {
      if (!"postgres".equals(store) && !"s3".equals(store)) {
        throw new IllegalArgumentException("evidence.store must be postgres or s3, not " + store);
      }
      if ("s3".equals(store) && (s3 == null || blank(s3.bucket()) || blank(s3.accessKey()) || blank(s3.secretKey())
          || blank(s3.region()))) {
        throw new IllegalArgumentException("evidence.store s3 needs evidence.s3.bucket, region, accessKey and secretKey");
      }
    }

    public boolean s3Enabled() {
      return "s3".equals(store);
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }

  public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle,
      String prefix) {}


  /**
   * {@code drainSeconds}: on SIGTERM, how long turns in flight may take to finish before the server closes
   * (readiness is DOWN and new work is refused with 503 meanwhile; sockets are told to reconnect elsewhere).
   */
  /**
   * {@code trustedProxies}: CIDR blocks of the proxies in front (nginx, the ingress); only through them is
   * {@code X-Forwarded-For} read, from the right, so a client cannot forge its address (http/TrustedProxies).
   * {@code allowedOrigins}: the pages ({@code https://host[:port]}) that may open the chat and staff sockets; empty:
   * the page's own origin only (http/Origins). {@code eventLoops}: how many event loops serve HTTP and sockets (one
   * server instance on each); 0: one per available processor.
   */
  public record Http(String host, int port, List<String> trustedProxies, List<String> allowedOrigins, int drainSeconds,
      int eventLoops) {
    public Http {
      if (eventLoops < 0) {
        throw new IllegalArgumentException("http.eventLoops must be 0 (one per processor) or more");
      }
      trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
      allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
      org.ecopetition.gateway.http.Origins.of(allowedOrigins, org.ecopetition.gateway.http.TrustedProxies.of(trustedProxies));
    }

    /** The event loops to serve on: as configured, or one per available processor. */
    public int loops() {
      return eventLoops > 0 ? eventLoops : Runtime.getRuntime().availableProcessors();
    }
  }

  /**
   * {@code url} empty: an embedded PostgreSQL keeps its data in {@code embeddedDataDir}. Otherwise a
   * {@code postgresql://user:password@host:port/db} URL of a server to use instead.
   * {@code retryAfterSeconds}: the Retry-After of the 503 answers while the database cannot be reached.
   * {@code statusConnections}: connections of a pipelined client that the public status queries share (each query one
   * statement in a transaction of its own, many in flight on one connection), shared out over the HTTP event loops (at
   * least one each, on that loop: {@code db/LoopClients}); 0 sends them through the pool.
   */
  public record Database(String url, String embeddedDataDir, int poolSize, int retryAfterSeconds,
      int statusConnections) {
    public Database {
      if (statusConnections < 0) {
        throw new IllegalArgumentException("database.statusConnections must be 0 (use the pool) or more");
      }
    }

    public boolean embedded() {
      return url == null || url.isBlank();
    }
  }

  /**
   * Limits of the chat channels; {@code resumeAfterMinutes}: a petitioner back after this long pause with a
   * report half-way is asked whether to continue it. {@code maxNewConversationsPerHour}: web conversations one client
   * may open in an hour, on all instances together. {@code abandonedAfterDays}: a conversation untouched this long
   * that led to no case, raised no alert and never involved staff is deleted with its messages (an unfinished
   * intake's personal data with it); 0 keeps them.
   */
  public record Chat(int maxMessageBytes, int historyReplay, int resumeAfterMinutes, int maxNewConversationsPerHour,
      int abandonedAfterDays, GroupCommit groupCommit) {
    public Chat {
      if (maxNewConversationsPerHour < 1 || abandonedAfterDays < 0) {
        throw new IllegalArgumentException("chat.maxNewConversationsPerHour must be at least 1, "
            + "chat.abandonedAfterDays at least 0");
      }
      groupCommit = groupCommit == null ? new GroupCommit(true, 1, 50, 2) : groupCommit;
    }
  }

  /**
   * The turns of many conversations committed together (one transaction, one fsync): a turn waits at most
   * {@code windowMillis} for others, a batch holds at most {@code maxTurns} (64 at most: a failed batch is tried again
   * turn by turn, and a larger one holds its rows longer), and at most {@code batchesInFlight} batches commit
   * at once (each on one pooled connection): few, so that under load the turns queue into larger batches, whose fixed
   * cost (a batch's statements, COMMIT and its flush) PostgreSQL pays once for more turns (docs/BENCHMARKS.md, turn2).
   * {@code enabled: false}: one transaction per turn.
   */
  public record GroupCommit(boolean enabled, int windowMillis, int maxTurns, int batchesInFlight) {
    public GroupCommit {
      if (windowMillis < 0 || windowMillis > 1000 || maxTurns < 1 || maxTurns > 64 || batchesInFlight < 1) {
        throw new IllegalArgumentException("chat.groupCommit: windowMillis must be 0 to 1000, maxTurns 1 to 64, "
            + "batchesInFlight at least 1");
      }
    }
  }

  /**
   * Failed status queries allowed in a window of {@code failureWindowMinutes} before 429: per case number and client
   * ({@code maxFailuresPerCaseClient}; the client is the device — the web page's device token, the chat
   * conversation, the WeChat OpenID or phone number — else the address), per client across cases
   * ({@code maxFailuresPerClient}), and per case number from everyone but the device the case was reported from
   * ({@code maxFailuresPerCase}, high); after {@code caseDelayAfter} failures on a case each further attempt waits
   * {@code caseDelaySeconds}, doubled at each failure up to {@code caseDelayMaxSeconds}.
   */
  public record Status(int maxFailuresPerCase, int maxFailuresPerCaseClient, int maxFailuresPerClient,
      int failureWindowMinutes, int cacheSeconds, int caseDelayAfter, int caseDelaySeconds, int caseDelayMaxSeconds) {}

  /**
   * {@code queryCodeKey}: base64 HMAC key for query codes. Empty with an embedded database: a key is made
   * once and kept beside the data; empty with an external database: the gateway refuses to start.
   * {@code dataKey}: the key sensitive personal information is sealed and hashed with (base64 of 32 bytes, or
   * {@code <version>:<base64>}), the same on every instance; made once beside the embedded database's data like the
   * query-code key, required with an external one. {@code previousDataKeys}: older {@code <version>:<base64>} keys, kept
   * until {@code keys rotate} has sealed everything under the current one.
   */
  public record Security(String queryCodeKey, String dataKey, List<String> previousDataKeys) {
    public Security {
      previousDataKeys = previousDataKeys == null ? List.of() : List.copyOf(previousDataKeys);
    }
  }

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
   * Staff accounts and machine clients. {@code tokens}: machine clients of the staff API, entries
   * {@code login:sha256-of-token[:role[:departmentCode]]} (the token itself is never stored; make one with
   * {@code openssl rand -hex 24}, hash it with {@code sha256sum}); without a role a handler, without a department
   * the deployment's. Sessions end after {@code sessionIdleMinutes} without a request and {@code sessionMaxHours}
   * after sign-in; an instance trusts what it read of a session for {@code sessionCacheSeconds} at most (so a
   * revocation reaches every instance within that). After {@code lockAfterFailures} failed sign-ins from one client
   * the login is locked for that client for {@code lockMinutes}, doubled at each further failure up to
   * {@code lockMaxMinutes}. Passwords have at least {@code minPasswordLength} characters; a one-time password
   * works for {@code oneTimePasswordHours}.
   */
  public record Staff(List<String> tokens, int sessionIdleMinutes, int sessionMaxHours, int sessionCacheSeconds,
      int lockAfterFailures, int lockMinutes, int lockMaxMinutes, int minPasswordLength, int oneTimePasswordHours) {
    public Staff {
      tokens = tokens == null ? List.of() : List.copyOf(tokens);
      if (sessionIdleMinutes < 1 || sessionMaxHours < 1 || sessionCacheSeconds < 0 || lockAfterFailures < 1
          || lockMinutes < 1 || lockMaxMinutes < lockMinutes || minPasswordLength < 8 || oneTimePasswordHours < 1) {
        throw new IllegalArgumentException("staff: sessionIdleMinutes, sessionMaxHours, lockAfterFailures, lockMinutes "
            + "and oneTimePasswordHours must be at least 1, sessionCacheSeconds at least 0, lockMaxMinutes at least "
            + "lockMinutes, minPasswordLength at least 8");
      }
    }
  }

  /**
   * Who runs this deployment: shown to petitioners as the department handling their case, and what Art 13 has it
   * publish — hotline, postal address, reception hours and place, channels — each with its English variant
   * ({@code …En}), which English readers see. A text with Chinese in it and no English variant stops the start
   * (like a catalogue missing a language); a text without Chinese ("12369", "9:00-17:00") serves both. An English
   * variant has no Chinese but in brackets (an official name given both ways: "1 Mou Road (某路1号)").
   * {@code publicUrl}: where its pages are (links sent on WeChat and SMS, e.g. the privacy notice).
   */
  public record Deployment(String departmentName, String departmentNameEn, String hotline,
      String address, String addressEn, String receptionHours, String receptionHoursEn, String receptionPlace,
      String receptionPlaceEn, List<String> channels, List<String> channelsEn, String publicUrl) {
    public Deployment {
      channels = channels == null ? List.of() : List.copyOf(channels);
      List<String> problems = new java.util.ArrayList<>();
      Bilingual.check("deployment.channels", String.join(",", channels),
          channelsEn == null ? "" : String.join(",", channelsEn), problems);
      channelsEn = channelsEn == null || channelsEn.isEmpty() ? channels : List.copyOf(channelsEn);
      Bilingual.check("deployment.departmentName", departmentName, departmentNameEn, problems);
      Bilingual.check("deployment.address", address, addressEn, problems);
      Bilingual.check("deployment.receptionHours", receptionHours, receptionHoursEn, problems);
      Bilingual.check("deployment.receptionPlace", receptionPlace, receptionPlaceEn, problems);
      if (channelsEn.size() != channels.size()) {
        problems.add("deployment.channelsEn must name as many channels as deployment.channels");
      }
      Bilingual.check("deployment.hotline", hotline, null, problems);
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(String.join("; ", problems));
      }
    }

    /** A configured text in the reader's language ({@code en}: its English variant, or itself where it has no Chinese). */
    public String in(String lang, String zh, String en) {
      return "en".equals(lang) && en != null && !en.isBlank() ? en : zh == null ? "" : zh;
    }

    public String departmentName(String lang) {
      return in(lang, departmentName, departmentNameEn);
    }

    public String address(String lang) {
      return in(lang, address, addressEn);
    }

    public String receptionHours(String lang) {
      return in(lang, receptionHours, receptionHoursEn);
    }

    /** Where visits are received: the reception place, else the address. */
    public String receptionPlace(String lang) {
      String place = in(lang, receptionPlace, receptionPlaceEn);
      return place.isBlank() ? address(lang) : place;
    }

    public List<String> channels(String lang) {
      return "en".equals(lang) ? channelsEn : channels;
    }
  }

  /** The rule for texts petitioners read in either language. */
  static final class Bilingual {
    private Bilingual() {}

    static boolean hasChinese(String s) {
      return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A Chinese text needs its English variant; the English variant has Chinese only in brackets. */
    static void check(String key, String zh, String en, List<String> problems) {
      if (hasChinese(zh) && (en == null || en.isBlank())) {
        problems.add(key + "En is required: " + key + " has Chinese in it and English readers see it");
      }
      if (hasChinese(en == null ? "" : en.replaceAll("\\([^)]*\\)|（[^）]*）", ""))) {
        problems.add(key + "En must be English (Chinese only in brackets, as an official name given both ways)");
      }
    }
  }

  /**
   * {@code file}: a TSV in the bundled calendar's format (date, off|work, holiday) merged over it — each year it
   * names replaces that year — so a deployment adds the State Council's holidays for next year without a rebuild.
   */
  public record Calendar(String file) {}

  /**
   * The bodies that review this department's opinions (Art 30: the level above) and re-review the reviews (Art 31:
   * the body above the reviewer), by name; they may be outside the department directory (a people's government).
   * Empty: the departments above this one in the directory. {@code bodyEn}, {@code rereviewBodyEn}: their English
   * names, required when the names are Chinese.
   */
  public record Review(String body, String bodyEn, String rereviewBody, String rereviewBodyEn) {
    public Review {
      List<String> problems = new java.util.ArrayList<>();
      Bilingual.check("review.body", body, bodyEn, problems);
      Bilingual.check("review.rereviewBody", rereviewBody, rereviewBodyEn, problems);
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(String.join("; ", problems));
      }
    }
  }

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
   * The staff workspace. {@code receptionSchedule}: when staff answer, {@code HH:mm-HH:mm} windows on the official
   * calendar's working days (Beijing time); outside them a petitioner waiting for a person is told when someone will
   * answer. {@code waitingAckMinutes}: a waiting petitioner's further messages get "received" at most this often.
   * {@code alertEscalateMinutes}: an alert not acknowledged this long is raised again to supervisors, and again after
   * as long. {@code queueLimit}: the most waiting conversations one queue request lists.
   */
  public record Workspace(List<String> receptionSchedule, int waitingAckMinutes, int alertEscalateMinutes,
      int queueLimit) {
    public Workspace {
      receptionSchedule = receptionSchedule == null ? List.of() : List.copyOf(receptionSchedule);
    }
  }

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
   * accepted from one user, and the subscribe-message template ({@code noticeTemplateId}; with
   * {@code templateNotices} a template message's instead) used for written notices, with the names of its three
   * fields ({@code noticeFields}: the case number, what happened, the day, comma-separated).
   */
  public record WeChat(String token, String encodingAesKey, String appId, String appSecret, String apiBase,
      int passiveReplyMillis, int maxMessagesPerMinute, int timestampToleranceSeconds, int maxBodyBytes,
      String noticeTemplateId, boolean templateNotices, String noticeFields, String menuFile, String jsSdkUrl,
      String subscribePageUrl) {
    /** Written notices go by WeChat: the channel is on and a notice template is configured. */
    public boolean noticesEnabled() {
      return enabled() && noticeTemplateId != null && !noticeTemplateId.isBlank();
    }

    public boolean enabled() {
      return token != null && !token.isBlank() && appId != null && !appId.isBlank();
    }

    /** The receipt on WeChat links the subscribe page: notices go by subscribe message and the page's address is set. */
    public boolean subscribePageLinked() {
      return noticesEnabled() && !templateNotices && subscribePageUrl != null && !subscribePageUrl.isBlank();
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

  /**
   * The Prometheus endpoint ({@code GET /metrics}) on a port of its own, so that the public port never serves
   * it; {@code refreshSeconds}: how often the figures read from PostgreSQL (staff queue, alerts, notices
   * backlog) are refreshed.
   */
  public record Metrics(boolean enabled, String host, int port, int refreshSeconds) {}

  /** {@code format}: {@code text} (one line per event) or {@code json} (one JSON object per line). */
  public record Logging(String format) {
    public Logging {
      if (!"text".equals(format) && !"json".equals(format)) {
        throw new IllegalArgumentException("logging.format must be text or json, not " + format);
      }
    }
  }
}
