package org.ecopetition.gateway.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.WorkCalendar;
import org.ecopetition.gateway.lifecycle.Act;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.ClockSpec;
import org.ecopetition.gateway.lifecycle.Clocks;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.lifecycle.Outcome;
import org.ecopetition.gateway.lifecycle.Procedure;
import org.ecopetition.gateway.casefile.NewCase;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.casefile.StatusQueries;
import org.ecopetition.gateway.casefile.StatusResult;
import org.ecopetition.gateway.casefile.StatusText;
import org.ecopetition.gateway.casefile.StatusView;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.dialog.DialogEngine;
import org.ecopetition.gateway.dialog.Effect;
import org.ecopetition.gateway.dialog.Input;
import org.ecopetition.gateway.dialog.Reply;
import org.ecopetition.gateway.dialog.Turn;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.routing.Proposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One turn at a time per conversation, on every instance: each turn runs in one transaction that takes the
 * conversation's advisory lock, reads state and owner from PostgreSQL (a cached owner is never trusted),
 * runs the dialog engine, performs its effect, writes the new state, every message and the alerts, and
 * commits before anything is sent. A duplicate delivery (same clientMsgId) waits for the lock and gets the
 * stored turn. The extractor runs before, on the NLP worker pool, so no lock is held during it.
 */
public final class ConversationService {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationService.class);
  static final String MASK = "********";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final PgConversationRepository repo;
  private final PgCaseRepository cases;
  private final StatusQueries status;
  private final DialogEngine engine;
  private final Extractor extractor;
  private final WorkerExecutor nlp;
  private final Procedure procedure;
  private final Clocks clocks;
  private final List<ClockSpec> clockSpecs = ClockSpec.bundled();
  private final Clock clock;
  private final Map<String, String> departmentNames;
  private final SecureRandom random = new SecureRandom();
  /** Token hash → conversation: the mapping never changes, so it is safe to cache on every instance. */
  private final Cache<String, ConversationRef> tokens = Caffeine.newBuilder().maximumSize(100_000).build();

  /** The collaborators of a conversation service, wired once by the gateway. */
  public record Parts(Pool pool, PgCaseRepository cases, StatusQueries status, DialogEngine engine,
      Extractor extractor, WorkerExecutor nlp, WorkCalendar calendar, Clock clock,
      Map<String, String> departmentNames) {}

  public ConversationService(Parts p) {
    this.repo = new PgConversationRepository(p.pool(), p.clock());
    this.cases = p.cases();
    this.status = p.status();
    this.engine = p.engine();
    this.extractor = p.extractor();
    this.nlp = p.nlp();
    this.procedure = new Procedure(p.calendar());
    this.clocks = new Clocks(p.calendar());
    this.clock = p.clock();
    this.departmentNames = Map.copyOf(p.departmentNames());
  }

  /** Starts a conversation and returns its token (shown to the device once) and the greeting. */
  public Future<Opened> open(String channel, String lang) {
    UUID id = UUID.randomUUID();
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Turn first = engine.start(lang);
    return repo.pool().withTransaction(conn -> repo.insert(conn, id, hash(token), channel, first.state(), clock.instant())
        .compose(v -> storeReplies(conn, id, channel, first.replies(), null)))
        .map(msgs -> new Opened(id, token, first.state().lang(), msgs));
  }

  /** The conversation a token belongs to; empty for an unknown, malformed or forged token. */
  public Future<Optional<ConversationRef>> resolve(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Future.succeededFuture(Optional.empty());
    }
    String key = Base64.getEncoder().encodeToString(hash(token));
    ConversationRef cached = tokens.getIfPresent(key);
    if (cached != null) {
      return Future.succeededFuture(Optional.of(cached));
    }
    return repo.byToken(hash(token)).onSuccess(r -> r.ifPresent(ref -> tokens.put(key, ref)));
  }

  /** Messages after a cursor, in order, including those written later by staff. */
  public Future<List<StoredMessage>> since(UUID id, long cursor, int limit) {
    return repo.since(id, cursor, limit);
  }

  /**
   * One petitioner message. {@code client} identifies the sender for rate limits (an address, a WeChat
   * user); {@code clientMsgId} makes a retry idempotent (may be null on channels without one).
   */
  public Future<Received> receive(UUID id, String channel, String text, String clientMsgId, String client) {
    return nlp.<Extraction>executeBlocking(() -> extractor.extract(text), false)
        .compose(x -> repo.pool().withTransaction(conn -> repo.lock(conn, id)
            .compose(v -> clientMsgId == null ? Future.succeededFuture(Optional.<Long>empty())
                : repo.byClientMsgId(conn, id, clientMsgId))
            .compose(existing -> existing.isPresent()
                ? repo.load(conn, id).compose(loaded -> repo.turnOf(conn, id, existing.get())
                    .map(m -> new Received(m, true, loaded.state().lang())))
                : turn(conn, id, channel, text, x, clientMsgId, client))));
  }

  private Future<Received> turn(SqlConnection conn, UUID id, String channel, String text, Extraction x,
      String clientMsgId, String client) {
    return repo.load(conn, id).compose(loaded -> {
      boolean secret = engine.awaitsSecret(loaded.state());
      Future<StoredMessage> inbound = repo.insertMessage(conn, id, channel, "in", "petitioner",
          secret ? MASK : text, List.of(), clientMsgId);
      String owner = loaded.owner();
      boolean leavingQueue = "queue".equals(owner) && engine.command(text).filter("cancel"::equals).isPresent();
      if (!"bot".equals(owner) && !leavingQueue) {
        // A member of staff owns the conversation, or it waits for one: the bot says nothing.
        return inbound.compose(in -> repo.event(conn, id)
            .map(v -> new Received(List.of(in), false, loaded.state().lang())));
      }
      Duration idle = Duration.between(loaded.updatedAt(), clock.instant());
      Turn turn = leavingQueue ? engine.backFromStaff(loaded.state())
          : engine.handle(loaded.state(), new Input(text, x, idle.isNegative() ? Duration.ZERO : idle));
      String newOwner = turn.alerts().contains(Turn.HANDOFF) ? "queue" : "bot";
      return inbound.compose(in -> perform(conn, id, channel, turn, client)
          .compose(done -> repo.update(conn, id, done.turn().state(), newOwner, loaded.version(), clock.instant())
              .compose(v -> alerts(conn, id, done.turn()))
              .compose(v -> storeReplies(conn, id, channel, done.turn().replies(), done.secret()))
              .compose(out -> repo.event(conn, id).map(v -> {
                List<StoredMessage> all = new ArrayList<>();
                all.add(secret ? in : in.withText(text));
                all.addAll(out);
                return new Received(all, false, done.turn().state().lang());
              }))));
    });
  }

  /** Art 19 and 43: alerts for the duty staff are rows every instance (and the console) can read. */
  private Future<Void> alerts(SqlConnection conn, UUID id, Turn turn) {
    Future<Void> chain = Future.succeededFuture();
    for (String alert : turn.alerts()) {
      LOG.warn("alert {} on conversation {}", alert, id);
      chain = chain.compose(v -> repo.alert(conn, id, alert));
    }
    return chain;
  }

  /** A turn after its effect: the secret to mask in storage (a fresh query code), if any. */
  private record Done(Turn turn, String secret) {}

  private Future<Done> perform(SqlConnection conn, UUID id, String channel, Turn turn, String client) {
    Effect effect = turn.effect();
    if (effect == null) {
      return Future.succeededFuture(new Done(turn, null));
    }
    String lang = effect.lang();
    return switch (effect.action()) {
      case Effect.REGISTER_CASE -> cases.register(conn, NewCase.fromSlots(channel, id, effect.slots(),
              turn.state().flagged(Turn.URGENT), lang))
          .map(r -> {
            Map<String, String> vars = new HashMap<>();
            vars.put("caseNumber", r.caseNumber());
            vars.put("queryCode", r.queryCode());
            vars.put("noticeDue", StatusText.deadline(r.noticeDue().lastDay(), r.noticeDue().estimated(), lang));
            vars.put("routingNote", routingNote(r.proposal(), lang));
            if (r.handlingDue() != null) {
              vars.put("handlingDue", StatusText.deadline(r.handlingDue().lastDay(), r.handlingDue().estimated(), lang));
            }
            return new Done(merge(turn, engine.resume(turn.state(), r.handlingDue() == null ? "registered" : "accepted",
                vars)), r.queryCode());
          });
      case Effect.QUERY_STATUS -> verified(effect, client)
          .map(result -> new Done(merge(turn, statusTurn(turn, result, lang)), null));
      case Effect.REQUEST_REVIEW -> verified(effect, client).compose(result -> review(turn, result, channel, lang))
          .map(t -> new Done(merge(turn, t), null));
      case Effect.EVALUATE -> verified(effect, client).compose(result -> evaluate(turn, result, channel, lang))
          .map(t -> new Done(merge(turn, t), null));
      default -> Future.failedFuture(new IllegalStateException("unknown effect " + effect.action()));
    };
  }

  private Future<StatusResult> verified(Effect effect, String client) {
    return status.query(effect.slots().get("case_number"), effect.slots().get("query_code"), client);
  }

  private Turn statusTurn(Turn turn, StatusResult result, String lang) {
    if (result instanceof StatusResult.Found found) {
      StatusView v = found.view();
      Map<String, String> vars = new HashMap<>();
      vars.put("caseNumber", v.caseNumber());
      vars.put("state", v.state().label(lang));
      vars.put("department", departmentName(v.department(), lang));
      vars.put("dates", StatusText.datesBlock(v, lang));
      vars.put("replies", StatusText.repliesBlock(v, lang));
      return engine.resume(turn.state(), "found", vars);
    }
    return engine.resume(turn.state(), unverified(result), Map.of());
  }

  private static String unverified(StatusResult r) {
    return r instanceof StatusResult.Limited ? "limited" : "not_found";
  }

  /**
   * Art 30-31: the request goes through the same procedure as every act on the case, so it is refused for
   * what the procedure refuses (not an opinion letter, not delivered, late, one pending, final) and moves
   * the case when it is accepted. The case's state decides review or re-review.
   */
  private Future<Turn> review(Turn turn, StatusResult result, String channel, String lang) {
    if (!(result instanceof StatusResult.Found found)) {
      return Future.succeededFuture(engine.resume(turn.state(), unverified(result), Map.of()));
    }
    boolean en = "en".equals(lang);
    LocalDate today = LocalDate.ofInstant(clock.instant(), PgCaseRepository.CHINA);
    String reason = turn.effect().slots().get("reason");
    return cases.petitionerAct(found.caseId(), facts -> Command.of(facts.status() == CaseStatus.REVIEW_REPLIED
            ? Act.REQUEST_REREVIEW : Act.REQUEST_REVIEW, "petitioner:" + channel, today, reason), procedure,
        "review_requested").map(o -> {
          if (o instanceof Outcome.Rejected r) {
            return engine.resume(turn.state(), "not_allowed", Map.of("why", en ? r.reasonEn() : r.reasonZh()));
          }
          CaseStatus status = ((Outcome.Applied) o).status();
          boolean rereview = status == CaseStatus.REREVIEW_REQUESTED;
          Deadline due = clocks.reviewReplyDue(status, today, clockSpecs).orElseThrow();
          return engine.resume(turn.state(), "recorded", Map.of(
              "requestKind", rereview ? (en ? "re-review request" : "复核申请") : (en ? "review request" : "复查申请"),
              "caseNumber", found.view().caseNumber(),
              "department", en ? "the authority one level above the one that replied" : "作出答复机关的上一级机关",
              "deadline", StatusText.deadline(due.lastDay(), due.estimated(), lang)));
        });
  }

  /** Art 16: an evaluation is recorded once a written reply has been delivered. */
  private Future<Turn> evaluate(Turn turn, StatusResult result, String channel, String lang) {
    if (!(result instanceof StatusResult.Found found)) {
      return Future.succeededFuture(engine.resume(turn.state(), unverified(result), Map.of()));
    }
    return cases.deliveries(found.caseId()).compose(deliveries -> {
      if (deliveries == 0) {
        return Future.succeededFuture(engine.resume(turn.state(), "not_allowed", Map.of("why",
            "en".equals(lang) ? "there is no reply yet; you can evaluate it once you receive one."
                : "尚未答复，收到答复后可以评价。")));
      }
      Map<String, String> slots = turn.effect().slots();
      return cases.recordPetitionerAct(found.caseId(), "evaluated:" + slots.get("rating"), slots.get("comment"),
              channel)
          .map(v -> engine.resume(turn.state(), "recorded", Map.of("caseNumber", found.view().caseNumber())));
    });
  }

  /**
   * What the petitioner may be told of the routing proposal before the department decides: a repeat is
   * linked to the first case (Art 17, 18(1)); a matter that usually belongs to another organ is said to,
   * as a hint, never as a decision.
   */
  private static String routingNote(Proposal p, String lang) {
    boolean en = "en".equals(lang);
    return switch (p.decision()) {
      case REPEAT -> (en ? "\nNote: " : "\n提示：") + (en ? p.reasonEn() : p.reasonZh());
      case REFER -> en ? "\nNote: matters like this are usually handled by " + p.referral()
          + "; staff will confirm and tell you where to turn."
          : "\n提示：此类问题通常由" + p.referral() + "部门负责，工作人员核实后会告知您向哪里反映。";
      default -> "";
    };
  }

  /** The English name of this deployment's department, where one is configured. */
  public String departmentName(String stored, String lang) {
    return "en".equals(lang) && stored.equals(departmentNames.get("zh")) ? departmentNames.get("en") : stored;
  }

  private static Turn merge(Turn first, Turn then) {
    List<Reply> replies = new ArrayList<>(first.replies());
    replies.addAll(then.replies());
    java.util.Set<String> alerts = new java.util.LinkedHashSet<>(first.alerts());
    alerts.addAll(then.alerts());
    return new Turn(then.state(), replies, then.effect(), alerts);
  }

  /** Stores replies (a secret masked) in order; returns them as the petitioner must see them now. */
  private Future<List<StoredMessage>> storeReplies(SqlConnection conn, UUID id, String channel, List<Reply> replies,
      String secret) {
    Future<List<StoredMessage>> chain = Future.succeededFuture(new ArrayList<>());
    for (Reply r : replies) {
      String stored = secret == null ? r.text() : r.text().replace(secret, MASK);
      chain = chain.compose(list -> repo.insertMessage(conn, id, channel, "out", "bot", stored, r.buttons(), null)
          .map(m -> {
            list.add(m.withText(r.text()));
            return list;
          }));
    }
    return chain;
  }

  private static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A message as a channel without buttons shows it (WeChat, WeCom, SMS): the options numbered, so that a
   * typed number picks one.
   */
  public String plainText(StoredMessage m, String lang) {
    return engine.plainText(new Reply(m.text(), m.buttons()), lang);
  }

  /** The state a conversation is in now (tests and the staff console read it). */
  public Future<ConversationState> state(UUID id) {
    return repo.pool().withConnection(conn -> repo.load(conn, id)).map(PgConversationRepository.Loaded::state);
  }
}
