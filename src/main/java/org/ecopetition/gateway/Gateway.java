package org.ecopetition.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.casefile.QueryCodes;
import org.ecopetition.gateway.casefile.StatusQueries;
import org.ecopetition.gateway.channel.Channels;
import org.ecopetition.gateway.channel.webchat.LiveSockets;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.conversation.ChannelConversations;
import org.ecopetition.gateway.conversation.ConversationService;
import org.ecopetition.gateway.db.EmbeddedDatabase;
import org.ecopetition.gateway.db.Housekeeping;
import org.ecopetition.gateway.db.Migrations;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.dialog.DialogEngine;
import org.ecopetition.gateway.inbound.PgInboundRepository;
import org.ecopetition.gateway.dialog.DialogLoader;
import org.ecopetition.gateway.dialog.DialogSet;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.Classifiers;
import org.ecopetition.gateway.nlp.HanLpExtractor;
import org.ecopetition.gateway.routing.Router;
import org.ecopetition.gateway.staff.StaffRouter;
import org.ecopetition.gateway.notice.NoticeDispatcher;
import org.ecopetition.gateway.web.HttpVerticle;
import org.ecopetition.gateway.web.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires one running gateway: database, migrations, dialogs, services and the HTTP server. */
public final class Gateway implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

  private final Vertx vertx;
  private final EmbeddedDatabase embedded;
  private final HttpVerticle http;
  private final Readiness readiness;

  private Gateway(Vertx vertx, EmbeddedDatabase embedded, HttpVerticle http, Readiness readiness) {
    this.vertx = vertx;
    this.embedded = embedded;
    this.http = http;
    this.readiness = readiness;
  }

  /** Starts a gateway and waits until it is ready; a failure stops whatever was started. */
  public static Gateway start(GatewayConfig cfg, Clock clock) throws Exception {
    Readiness readiness = new Readiness("migrations", "dialogs", "nlp");
    DialogSet dialogs = DialogLoader.load(dialogsDir(cfg.dialogsDir()));
    readiness.ready("dialogs");
    Gazetteer gazetteer = Gazetteer.bundled();
    Extractor extractor = new HanLpExtractor(gazetteer, Classifiers.bundled());
    readiness.ready("nlp");
    EmbeddedDatabase embedded = cfg.database().embedded()
        ? EmbeddedDatabase.start(Path.of(cfg.database().embeddedDataDir())) : null;
    Vertx vertx = null;
    try {
      PgUrl url = PgUrl.parse(embedded != null ? embedded.url() : cfg.database().url());
      Migrations.run(url);
      readiness.ready("migrations");
      byte[] secret = queryCodeKey(cfg);
      QueryCodes codes = new QueryCodes(secret);

      vertx = Vertx.vertx();
      Pool pool = PgBuilder.pool()
          .with(new PoolOptions().setMaxSize(cfg.database().poolSize()).setShared(false))
          .connectingTo(url.connectOptions())
          .using(vertx)
          .build();
      WorkCalendar calendar = WorkCalendar.official();
      if (!calendar.covers(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai")).plusDays(90))) {
        LOG.warn("the official work calendar ends with {}: deadlines after it are estimated by weekends only; "
            + "add the next year's holidays to calendar/cn-work-calendar.tsv", calendar.lastYear());
      }
      Router router = Router.bundled(gazetteer, cfg.routing());
      PgCaseRepository cases = new PgCaseRepository(pool, codes, calendar, clock, cfg.deployment().departmentName(),
          router, cfg.routing().autoAccept());
      StatusQueries status = new StatusQueries(cases, codes, cfg.status());
      DialogEngine engine = new DialogEngine(dialogs, constants(cfg.deployment()), gazetteer::resolve, clock,
          Duration.ofMinutes(cfg.chat().resumeAfterMinutes()));
      // Blocking language work runs here, never on an event loop.
      WorkerExecutor nlp = vertx.createSharedWorkerExecutor("nlp", Math.max(2, Runtime.getRuntime().availableProcessors()));
      ConversationService conversations = new ConversationService(new ConversationService.Parts(pool, cases, status,
          engine, extractor, nlp, calendar, clock,
          Map.of("zh", cfg.deployment().departmentName(), "en", cfg.deployment().departmentNameEn())));
      LiveSockets live = new LiveSockets();
      Channels channels = Channels.start(vertx, cfg, new PgInboundRepository(pool), conversations,
          new ChannelConversations(conversations, pool, secret, clock), clock);
      HttpVerticle http = new HttpVerticle(cfg, pool, readiness, conversations, status, live,
          v -> StaffRouter.create(v, pool, cfg, calendar, clock, cases, gazetteer::resolve), clock)
          .with(channels.routes());
      Vertx v = vertx;
      vertx.deployVerticle(http).compose(id -> listen(v, url, pool, c -> {
        live.wake(c);
        channels.wake(c);
      })).await();
      NoticeDispatcher.start(vertx, pool, cfg.sms(), clock);
      Housekeeping housekeeping = new Housekeeping(pool, cfg.status().failureWindowMinutes(), clock);
      vertx.setPeriodic(60_000, 3_600_000, t -> housekeeping.run()
          .onFailure(err -> LOG.warn("housekeeping failed: {}", err.getMessage())));
      LOG.info("gateway ready on port {}", http.port());
      return new Gateway(vertx, embedded, http, readiness);
    } catch (Exception | Error e) {
      if (vertx != null) {
        vertx.close().await();
      }
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** Events from every instance: NOTIFY only wakes; the row says which conversation changed. */
  private static Future<Void> listen(Vertx vertx, PgUrl url, Pool pool, java.util.function.Consumer<UUID> wake) {
    PgSubscriber subscriber = PgSubscriber.subscriber(vertx, url.connectOptions())
        .reconnectPolicy(retries -> 1000L);
    subscriber.channel("gateway_events").handler(payload -> {
      long id;
      try {
        id = Long.parseLong(payload);
      } catch (NumberFormatException e) {
        return;
      }
      pool.preparedQuery("SELECT conversation_id FROM events WHERE id = $1").execute(Tuple.of(id))
          .onSuccess(rows -> rows.forEach(r -> {
            UUID c = r.getUUID(0);
            if (c != null) {
              wake.accept(c);
            }
          }));
    });
    return subscriber.connect();
  }

  private static Map<String, String> constants(GatewayConfig.Deployment d) {
    return Map.of("department", d.departmentName(), "departmentEn", d.departmentNameEn(),
        "hotline", d.hotline(), "address", d.address(), "receptionHours", d.receptionHours(),
        "channels", String.join("、", d.channels()));
  }

  /**
   * The query-code HMAC key: configured, or with the embedded database made once and kept beside its data.
   * With an external database a key must be configured, or codes would stop matching on the next start.
   */
  static byte[] queryCodeKey(GatewayConfig cfg) throws IOException {
    String configured = cfg.security().queryCodeKey();
    if (configured != null && !configured.isBlank()) {
      return Base64.getDecoder().decode(configured.strip());
    }
    if (!cfg.database().embedded()) {
      throw new IllegalStateException("security.queryCodeKey (" + ConfigLoader.envName("security.queryCodeKey")
          + ") must be set to a base64 key of 32 bytes or more when an external database is used");
    }
    Path keyFile = Path.of(cfg.database().embeddedDataDir()).toAbsolutePath().resolveSibling("query-code.key");
    if (!Files.exists(keyFile)) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.createDirectories(keyFile.getParent());
      Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system
      }
      LOG.warn("made a query-code key in {}: keep it with the data, or configure security.queryCodeKey", keyFile);
    }
    return Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
  }

  /** The configured dialogs folder, or the copy packed in the jar when there is none beside it. */
  static Path dialogsDir(String configured) {
    Path dir = Path.of(configured);
    if (Files.isDirectory(dir)) {
      return dir;
    }
    URL bundled = Gateway.class.getResource("/dialogs/commands.yaml");
    if (bundled == null) {
      return dir;
    }
    try {
      URI uri = bundled.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException ignored) {
          // opened by an earlier start in this JVM
        }
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new UncheckedIOException(new IOException("cannot read the bundled dialogs", e));
    }
  }

  public int port() {
    return http.port();
  }

  public Readiness readiness() {
    return readiness;
  }

  public Vertx vertx() {
    return vertx;
  }

  @Override
  public void close() {
    try {
      vertx.close().await();
    } catch (Exception e) {
      LOG.warn("closing Vert.x failed", e);
    }
    if (embedded != null) {
      embedded.close();
    }
  }
}
