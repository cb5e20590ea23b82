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
import org.ecopetition.gateway.alert.PgAlertRepository;
import org.ecopetition.gateway.calendar.Deadline;
import org.ecopetition.gateway.calendar.ReceptionHours;
import org.ecopetition.gateway.lifecycle.Act;
import org.ecopetition.gateway.lifecycle.CaseStatus;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.lifecycle.Lifecycle;
import org.ecopetition.gateway.casefile.CaseActions;
import org.ecopetition.gateway.casefile.NewCase;
import org.ecopetition.gateway.casefile.CaseRedaction;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.casefile.PgCaseRepository;
import org.ecopetition.gateway.casefile.Asker;
import org.ecopetition.gateway.casefile.StatusQueries;
import org.ecopetition.gateway.casefile.StatusResult;
import org.ecopetition.gateway.casefile.StatusText;
import org.ecopetition.gateway.casefile.StatusView;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.evidence.PgPhotoRepository;
import org.ecopetition.gateway.dialog.DialogEngine;
import org.ecopetition.gateway.dialog.Effect;
import org.ecopetition.gateway.dialog.Input;
import org.ecopetition.gateway.dialog.Reply;
import org.ecopetition.gateway.dialog.Turn;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.routing.Proposal;
import org.ecopetition.gateway.text.Catalogue;
import org.ecopetition.gateway.text.Msg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One turn at a time per conversation, on every instance: each turn runs under the conversation's row lock, reads
 * state and owner from PostgreSQL (a cached owner is never trusted), runs the dialog engine, performs its effect,
 * writes the new state, every message and the alerts, and is committed before anything is sent — in a transaction
 * of its own or, with group commit, as one turn of a batch ({@link GroupCommit}). A duplicate delivery (same
 * clientMsgId) waits for the lock and gets the stored turn. The extractor runs before, on the NLP worker pool, so
 * no lock is held during it.
 */
public final class ConversationService {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationService.class);
  static final String MASK = "********";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  /**
   * The turns of one conversation that may wait behind the running one: more than a person types in a turn's time
   * (a socket sends one at a time; the channels limit each sender per minute); over it, {@link ConversationBusy}.
   */
  static final int TURNS_WAITING = 32;

  private final PgConversationRepository repo;
  private final PgCaseRepository cases;
  private final CaseActions actions;
  private final StatusQueries status;
  private final DialogEngine engine;
  private final Extractor extractor;
  /** What the extractor read in option texts ({@link OptionReadings}): never a petitioner's own words. */
  private final OptionReadings options;
  private final WorkerExecutor nlp;
  private final Lifecycle lifecycle;
  private final Clock clock;
  private final Catalogue words;
  private final StatusText text;
  private final PgAlertRepository alerts;
  private final ReceptionHours hours;
  private final Duration waitingAck;
  private final String hotline;
  private final String departmentCode;
  private final Takeover takeover;
  private final java.util.function.UnaryOperator<String> englishNames;
  private final TurnCommit commit;
  private final SecureRandom random = new SecureRandom();
  /** Token hash → conversation: the mapping never changes, so it is safe to cache on every instance. */
  private final Cache<String, ConversationRef> tokens = Caffeine.newBuilder().maximumSize(100_000).executor(Runnable::run).build();

  /** The collaborators of a conversation service, wired once by the gateway. */
  public record Parts(Pool pool, PgCaseRepository cases, CaseActions actions, StatusQueries status,
      DialogEngine engine, Extractor extractor, WorkerExecutor nlp, Lifecycle lifecycle, Clock clock,
      java.util.function.UnaryOperator<String> englishNames, Catalogue words, Queue queue, Commit commit) {}

  /**
   * How turns commit: {@code groupCommit} enabled, the turns of many conversations share one transaction
   * ({@link GroupCommit}); otherwise each its own.
   */
  public record Commit(io.vertx.core.Vertx vertx, org.ecopetition.gateway.config.GatewayConfig.GroupCommit groupCommit,
      org.ecopetition.gateway.metrics.Metrics metrics) {}

  /**
   * How conversations wait for a person: the department whose staff answer them (a directory code), the durable
   * alerts, the reception hours, how often a waiting petitioner is told "received", and the published hotline.
   */
  public record Queue(String departmentCode, PgAlertRepository alerts, ReceptionHours hours, Duration waitingAck,
      String hotline) {}

  public ConversationService(Parts p) {
    // State and message texts sealed at rest under the data key the cases use (issue 11 §6).
    this.repo = new PgConversationRepository(p.pool(), p.clock(),
        new org.ecopetition.gateway.security.AtRest(p.cases().keys()));
    this.cases = p.cases();
    this.actions = p.actions();
    this.status = p.status();
    this.engine = p.engine();
    this.extractor = p.extractor();
    this.options = new OptionReadings(p.extractor(), p.engine().optionTexts());
    this.nlp = p.nlp();
    this.lifecycle = p.lifecycle();
    this.clock = p.clock();
    this.words = p.words();
    this.alerts = p.queue().alerts();
    this.hours = p.queue().hours();
    this.waitingAck = p.queue().waitingAck();
    this.hotline = p.queue().hotline();
    this.departmentCode = p.queue().departmentCode();
    this.takeover = new Takeover(repo, p.engine(), p.words(), p.clock());
    this.text = new StatusText(p.words());
    this.englishNames = p.englishNames();
    TurnCommit alone = new TurnCommit.Alone(repo);
    this.commit = new TurnCommit.Bounded(p.commit().groupCommit().enabled()
        ? new GroupCommit(p.commit().vertx(), repo, alone, p.commit().groupCommit(),
        p.commit().metrics()) : alone, TURNS_WAITING);
  }

  /**
   * Whether {@code client} (an address) may open one more conversation now: 0, or the seconds to wait. Counted on
   * every instance together; a refusal is not counted.
   */
  public Future<Integer> admit(String client, int perHour) {
    return repo.admit(client, perHour);
  }

  /** Starts a conversation and returns its token (shown to the device once) and the greeting. */
  public Future<Opened> open(String channel, String lang) {
    UUID id = UUID.randomUUID();
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Turn first = engine.start(lang);
    return repo.pool().withTransaction(conn -> repo.insert(conn, id, hash(token), channel, first.state(), clock.instant(),
        departmentCode)
        .compose(v -> storeReplies(conn, id, channel, first.replies(), null)))
        .map(msgs -> new Opened(id, token, first.state().lang(), msgs));
  }

  /**
   * A conversation a channel's sender opens with their first message, as its rows are stored (state and greeting
   * sealed): {@link ChannelConversations#take} stores it in the statement that claims the message, only if the sender
   * has no conversation yet. Its token is never shown (the sender is found by their channel identity).
   */
  record Opening(UUID id, byte[] tokenHash, String lang, io.vertx.core.json.JsonObject sealedState,
      io.vertx.core.json.JsonArray sealedGreeting, String departmentCode, List<Reply> greeting) {}

  Opening opening(String lang) {
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    Turn first = engine.start(lang);
    io.vertx.core.json.JsonArray greeting = new io.vertx.core.json.JsonArray();
    // As storeReplies stores a reply of no case (a greeting has none).
    first.replies().forEach(r -> greeting.add(repo.sealedBody(
        new PgConversationRepository.NewMessage("out", "bot", r.text(), r.buttons(), null, null, r.kind()))));
    return new Opening(UUID.randomUUID(), hash(Base64.getUrlEncoder().withoutPadding().encodeToString(raw)),
        first.state().lang(), repo.atRest().sealState(first.state().toMap()), greeting, departmentCode, first.replies());
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

  /**
   * What a reader of the conversation has not seen: up to {@code limit} messages after its {@code cursor}, and those at
   * or below it that committed after its last read ({@code horizon}, the {@link Unseen#horizon} of that read; null: read
   * nothing below the cursor), less those it sent since ({@code sentSince}). See {@link Unseen}.
   */
  public Future<Unseen> unseen(UUID id, long cursor, int limit, String horizon, long[] sentSince) {
    return repo.unseen(id, cursor, limit, horizon, sentSince);
  }

  /**
   * {@link #unseen}, for a reader paging through late ones: those up to {@code given} it was given by the read whose
   * snapshot is {@code then}, so at or below {@code given} only what {@code then} did not show is unseen.
   */
  public Future<Unseen> unseen(UUID id, long cursor, int limit, String horizon, long given, String then) {
    return repo.unseen(id, cursor, limit, horizon, new long[0], given, then);
  }

  /**
   * Messages of the conversation its channel did not carry ({@code messages}), on its log for the console: kind
   * {@code undelivered}, the text {@code why|fallback} (the console says it in words: the window closed, the platform
   * refused, the number opted out; then "sms" — sent by SMS instead — or "none" — staff must reach the petitioner), the
   * messages in the detail; the consoles watching it are hinted.
   */
  public Future<Void> undelivered(UUID id, String channel, List<Long> messages, String why, String fallback) {
    return repo.pool().withTransaction(conn -> repo.log(conn, id, "system:" + channel, "undelivered",
            why + "|" + fallback, new io.vertx.core.json.JsonObject().put("messages",
                new io.vertx.core.json.JsonArray(new java.util.ArrayList<>(messages))))
        .compose(v -> repo.queueEvent(conn, id, "undelivered")));
  }

  /**
   * The number of a conversation opted out of the SMS the gateway starts (退订, {@code out}) or back in (订阅): on its
   * log for staff, without the number, and the consoles watching it woken.
   */
  public Future<Void> smsConsent(UUID id, boolean out) {
    String kind = out ? "sms_opted_out" : "sms_opted_in";
    return repo.pool().withTransaction(conn -> repo.log(conn, id, "petitioner", kind, null, null)
        .compose(v -> repo.queueEvent(conn, id, kind)));
  }

  /**
   * A messaging conversation's outgoing messages not yet delivered, by id: whatever order their writers committed in
   * (an id is drawn at insert), each is here until a delivery records it.
   */
  public Future<List<StoredMessage>> pending(UUID id, int limit) {
    return repo.pending(id, limit);
  }

  /**
   * One petitioner message. {@code client} identifies the sender for rate limits (an address, a WeChat
   * user); {@code clientMsgId} makes a retry idempotent (may be null on channels without one).
   */
  public Future<Received> receive(UUID id, String channel, String text, String clientMsgId, String client) {
    return receive(id, channel, text, clientMsgId, client, -1);
  }

  /**
   * One petitioner message, as {@link #receive(UUID, String, String, String, String)}; {@code alsoPending} (≥ 0) asks
   * the turn whether the conversation's outgoing messages not yet delivered are exactly the turn's own plus the
   * {@code alsoPending} the caller holds already (a new conversation's greeting) ({@link Received#whole}): counted
   * under the lock in the round trip of the turn's last writes, so that a messaging channel delivering them need not
   * read them again after the turn. -1: not asked.
   */
  public Future<Received> receive(UUID id, String channel, String text, String clientMsgId, String client,
      int alsoPending) {
    Written written = new Written();
    // A button press or an option's number: read once per instance (the extractor is pure); anything typed in
    // words is read afresh, as always.
    Extraction known = options.known(text);
    boolean offered = known == null && repo.held(id).map(s -> engine.offers(s, text)).orElse(false);
    Future<Extraction> read = known != null ? Future.succeededFuture(known)
        : nlp.executeBlocking(() -> options.read(text, offered), false);
    return read
        .compose(x -> commit.run(id, new TurnCommit.Step() {
          @Override
          public String clientMsgId() {
            return clientMsgId;
          }

          @Override
          public Future<Received> run(SqlConnection conn, PgConversationRepository.Loaded loaded, Runnable sent,
              TurnCommit.Writes writes) {
            written.state = null; // a batch's retry runs the turn again: only what the committed run wrote counts
            written.after = null;
            written.sent = sent;
            written.writes = writes;
            return step(conn, loaded, id, channel, text, x, clientMsgId, client, alsoPending, written);
          }

          @Override
          public boolean mayRegister(PgConversationRepository.Loaded loaded) {
            return loaded.seen() == null && !loaded.heldByStaff() && engine.atConfirmation(loaded.state());
          }
        }).onSuccess(r -> {
          if (written.state != null) {
            repo.committed(id, written.version, written.state);
            if (written.after != null) {
              written.after.run();
            }
          }
        }));
  }

  /** The state a turn wrote and its row's version then (null: none written), kept once the turn is committed. */
  private static final class Written {
    long version;
    /** As stored ({@link PgConversationRepository#asStored}): the map sealed in the row, read back by a load. */
    Map<String, Object> state;
    /** Called once the turn has sent its last statement ({@link TurnCommit.Step}). */
    Runnable sent = () -> { };
    /** Where an ordinary turn's last writes go ({@link TurnCommit.Writes}). */
    TurnCommit.Writes writes;
    /** What the committed turn left for after its commit (its conversation's lock released), or null. */
    Runnable after;

    Future<Void> set(long version, Map<String, Object> state) {
      this.version = version;
      this.state = state;
      return Future.succeededFuture();
    }
  }

  /**
   * The turn under the conversation's lock, on the connection and transaction it is given: its own (one turn per
   * transaction) or a batch's (group commit: one turn among others in one transaction, its row read by the batch's
   * load and given here as {@code given}; null: read it here). The only code of a turn.
   */
  private Future<Received> step(SqlConnection conn, PgConversationRepository.Loaded given, UUID id, String channel,
      String text, Extraction x, String clientMsgId, String client, int alsoPending, Written written) {
    // Both reads in one statement: whether the message was handled before, and the conversation as it is.
    Future<PgConversationRepository.Loaded> read = given != null ? Future.succeededFuture(given)
        : repo.loadTurn(conn, id, clientMsgId);
    return read.compose(loaded -> {
      if (loaded.seen() != null) {
        return repo.turnOf(conn, id, loaded.seen()).map(m -> new Received(m, true, loaded.state().lang()));
      }
      // "这是另一件事" to a message held after the receipt: the new report starts from what that message said, read
      // here (rarely: only that answer), as a first message is read before its turn.
      java.util.Optional<String> held = engine.held(loaded.state(), text);
      return held.isEmpty() ? turn(conn, loaded, id, channel, text, x, null, clientMsgId, client, alsoPending, written)
          : nlp.<Extraction>executeBlocking(() -> extractor.extract(held.get()), false)
              .compose(h -> turn(conn, loaded, id, channel, text, x, h, clientMsgId, client, alsoPending, written));
    });
  }

  /** {@code heldX}: what the extractor read in the message this one releases ({@link DialogEngine#held}), or null. */
  private Future<Received> turn(SqlConnection conn, PgConversationRepository.Loaded loaded, UUID id,
      String channel, String text, Extraction x, Extraction heldX, String clientMsgId, String client, int alsoPending,
      Written written) {
    boolean secret = engine.awaitsSecret(loaded.state());
    boolean leavingQueue = Waiting.QUEUE.equals(loaded.owner())
        && engine.command(text).filter("cancel"::equals).isPresent();
    boolean bot = !loaded.heldByStaff() && !(Waiting.QUEUE.equals(loaded.owner()) && !leavingQueue);
    Duration idle = Duration.between(loaded.updatedAt(), clock.instant());
    // The engine is pure: the turn is known before its message is stored.
    Turn turn = !bot ? null : leavingQueue ? engine.backFromStaff(loaded.state())
        : engine.handle(loaded.state(), new Input(text, x, idle.isNegative() ? Duration.ZERO : idle, heldX));
    // The turn that registers a case reads the typed texts' identity spans (for the redacted copy) in the statement
    // that stores its message; one that also masks the conversation (anonymity chosen) reads them after the masking.
    boolean registers = turn != null && !secret && turn.effect() != null
        && Effect.REGISTER_CASE.equals(turn.effect().action())
        && !Anonymity.newlyChosen(loaded.state(), turn.state());
    if (turn != null && turn.effect() == null && !leavingQueue && !Anonymity.newlyChosen(loaded.state(), turn.state())
        && !raises(turn)) {
      Waiting next = Waiting.after(turn.alerts(), loaded.waiting());
      if (next.reason() == null || next.reason().equals(loaded.waiting())) {
        return ordinary(conn, loaded, id, channel, text, x, clientMsgId, alsoPending, written, secret, next, turn);
      }
    }
    // What the extractor found in it is kept with it: registration and anonymity need not read it again.
    Future<PgConversationRepository.Typed> message = secret
        ? repo.insertMessage(conn, id, channel, "in", "petitioner", MASK, List.of(), clientMsgId)
            .map(m -> new PgConversationRepository.Typed(m, null))
        : registers ? repo.insertTypedReadingSpans(conn, id, channel, text, TypedSpans.kept(text, x), clientMsgId)
        : repo.insertTyped(conn, id, channel, text, TypedSpans.kept(text, x), clientMsgId)
            .map(m -> new PgConversationRepository.Typed(m, null));
    Future<StoredMessage> inbound = message.map(PgConversationRepository.Typed::message);
    // Its earlier cases too, in the same round trip (the matter is the turn's, which the masking leaves as it is).
    NewCase matter = registers ? newCase(channel, id, turn) : null;
    Future<List<org.ecopetition.gateway.routing.PriorCase>> earlier = registers ? cases.earlier(conn, matter) : null;
    if (loaded.heldByStaff()) {
      // A member of staff holds the conversation: the bot says nothing, the message reaches their console.
      return inbound.compose(in -> repo.turnEvent(conn, id, true)
          .map(seen -> new Received(List.of(in), false, loaded.state().lang()).seen(seen)));
    }
    if (Waiting.QUEUE.equals(loaded.owner()) && !leavingQueue) {
      return inbound.compose(in -> stillWaiting(conn, id, channel, loaded, in, written));
    }
    Waiting next = leavingQueue ? new Waiting(Waiting.BOT, null) : Waiting.after(turn.alerts(), loaded.waiting());
    boolean queued = Waiting.QUEUE.equals(next.owner());
    // Only a registration needs its message's answer (the typed texts' spans): any other turn sends its writes after
    // the message without waiting for it, all in one round trip (in order on the connection; a failed message fails
    // the turn, and what was sent after it with it).
    Future<Done> performed = registers
        ? message.compose(typed -> anonymised(conn, id, loaded.state(), turn, text, x)
            .compose(t0 -> perform(conn, id, channel, t0, client, new Registering(matter, typed.spans(), earlier))))
        : anonymised(conn, id, loaded.state(), turn, text, x).compose(t0 -> perform(conn, id, channel, t0, client, null));
    return performed.compose(done -> {
          written.after = done.after();
          Turn t = queued ? withOutOfHours(done.turn()) : done.turn();
          // Masked once: the same map is sealed into the row and, once committed, held as the row's state.
          Map<String, Object> stored = PgConversationRepository.asStored(t.state());
          boolean queueChanged = next.reason() != null && !next.reason().equals(loaded.waiting()) || leavingQueue;
          if (!queueChanged && !raises(t)) {
            // No alert and no change of queue: the replies, the state and the event in one statement, sent at once
            // (a failed update fails the turn all the same), and the count asked for behind it.
            Future<PgConversationRepository.TurnWritten> w = repo.writeTurn(conn, id, channel, replyRows(t.replies(),
                done), stored, t.state().lang(), next.owner(), loaded.version(), clock.instant(), next.reason(),
                queued ? null : loaded.toldAt(), next.reason() != null);
            Future<Long> pending = alsoPending >= 0 ? repo.pendingCount(conn, id) : Future.succeededFuture(-1L);
            // As below: nothing may start behind a registration in its batch.
            if (!registers) {
              written.sent.run();
            }
            return Future.all(List.of(message, w, pending, done.alongside())).map(x3 -> {
              written.set(loaded.version() + 1, stored);
              List<StoredMessage> all = new ArrayList<>();
              StoredMessage in = message.result().message();
              all.add(secret ? in : in.withText(text));
              List<StoredMessage> out = shown(w.result().messages(), t.replies(), done);
              all.addAll(out);
              return new Received(all, false, t.state().lang(), alsoPending >= 0
                  && pending.result() == out.size() + alsoPending).seen(w.result().seen());
            });
          }
          Future<Void> updated = repo.update(conn, id, stored, t.state().lang(), next.owner(), loaded.version(),
              clock.instant(), next.reason(), queued ? null : loaded.toldAt());
          Future<Void> before = updated
              .compose(v -> raise(conn, id, loaded.departmentCode(), t))
              .compose(v -> queueChanged
                  ? repo.queueEvent(conn, id, leavingQueue ? "left" : next.reason())
                      .compose(x2 -> repo.log(conn, id, "petitioner", leavingQueue ? "released" : "queued",
                          next.reason(), null))
                  : Future.<Void>succeededFuture());
          return before
              .compose(v -> {
                // The replies and the event (with the count asked for) in one round trip: neither waits for the
                // other's answer, and the count, in the statement sent last on the connection, sees the turn's
                // writes (an effect's notice too).
                Future<List<StoredMessage>> out = storeReplies(conn, id, channel, t.replies(), done);
                Future<long[]> woken = repo.turnEvent(conn, id, next.reason() != null, alsoPending >= 0);
                // Every statement of the turn is on the connection: a batch's next turn may follow them now — unless
                // this turn registers a case: its batch then commits right after it (the day's case-serial row is held
                // to that COMMIT only), so nothing may start behind it.
                if (!registers) {
                  written.sent.run();
                }
                return Future.all(List.of(message, updated, out, woken, done.alongside())).map(x3 -> {
                  written.set(loaded.version() + 1, stored);
                  List<StoredMessage> all = new ArrayList<>();
                  StoredMessage in = message.result().message();
                  all.add(secret ? in : in.withText(text));
                  all.addAll(out.result());
                  return new Received(all, false, t.state().lang(), alsoPending >= 0
                      && woken.result()[2] == out.result().size() + alsoPending).seen(woken.result());
                });
              });
        });
  }

  /**
   * A turn the bot answers with no effect, no masking, no alert and no change of queue — most turns: its message, its
   * replies, the new state and its event handed to {@link Written#writes} ({@link PgConversationRepository#WRITE_TURNS}:
   * alone, sent at once; in a batch, one statement for all its ordinary turns), as the longer path below stores them
   * (the same rows, ids in the same order, the same state and event), and with the count a messaging channel asks for
   * in a statement behind it.
   */
  private Future<Received> ordinary(SqlConnection conn, PgConversationRepository.Loaded loaded, UUID id,
      String channel, String text, Extraction x, String clientMsgId, int alsoPending, Written written, boolean secret,
      Waiting next, Turn turn) {
    boolean queued = Waiting.QUEUE.equals(next.owner());
    Turn t = queued ? withOutOfHours(turn) : turn;
    List<PgConversationRepository.NewMessage> rows = new ArrayList<>(1 + t.replies().size());
    // What the extractor found in it is kept with it, as in the longer path.
    rows.add(secret ? new PgConversationRepository.NewMessage("in", "petitioner", MASK, List.of(), clientMsgId, null, null)
        : new PgConversationRepository.NewMessage("in", "petitioner", text, List.of(), clientMsgId, null, null,
            TypedSpans.kept(text, x)));
    rows.addAll(replyRows(t.replies(), null));
    Map<String, Object> stored = PgConversationRepository.asStored(t.state());
    TurnCommit.Writes.Handle h = written.writes.write(new PgConversationRepository.TurnRows(id, channel, rows, stored,
        t.state().lang(), next.owner(), loaded.version(), clock.instant(), next.reason(),
        queued ? null : loaded.toldAt(), next.reason() != null));
    Future<PgConversationRepository.TurnWritten> w = h.result();
    // Behind the writes on the connection (the outbox trigger's rows are written at their statement's end).
    Future<Long> pending = alsoPending >= 0 ? h.onWire().compose(v -> repo.pendingCount(conn, id))
        : Future.succeededFuture(-1L);
    written.sent.run();
    return Future.all(w, pending).map(v -> {
      written.set(loaded.version() + 1, stored);
      List<StoredMessage> saved = w.result().messages();
      List<StoredMessage> all = new ArrayList<>(saved.size());
      all.add(secret ? saved.get(0) : saved.get(0).withText(text));
      all.addAll(shown(saved.subList(1, saved.size()), t.replies(), null));
      return new Received(all, false, t.state().lang(), alsoPending >= 0
          && pending.result() == t.replies().size() + alsoPending).seen(w.result().seen());
    });
  }

  /** Whether the turn raises an alert ({@link #raise} writes something). */
  private static boolean raises(Turn turn) {
    return turn.alerts().stream().anyMatch(Waiting.ALERT_KINDS::contains);
  }

  /**
   * A petitioner writing while they wait for a person: the message is kept for staff, and "received, staff will
   * answer" is said at most once every few minutes — never silence, never a flood.
   */
  private Future<Received> stillWaiting(SqlConnection conn, UUID id, String channel, PgConversationRepository.Loaded l,
      StoredMessage in, Written written) {
    boolean tell = l.toldAt() == null || !l.toldAt().plus(waitingAck).isAfter(clock.instant());
    if (!tell) {
      return repo.turnEvent(conn, id, true).map(seen -> new Received(List.of(in), false, l.state().lang()).seen(seen));
    }
    List<Reply> said = List.of(Reply.text(words.text(Msg.CHAT_WAITING_RECEIVED, l.state().lang())));
    Map<String, Object> stored = PgConversationRepository.asStored(l.state());
    return repo.update(conn, id, stored, l.state().lang(), l.owner(), l.version(), clock.instant(), l.waiting(),
            clock.instant())
        .compose(v -> written.set(l.version() + 1, stored))
        .compose(v -> storeReplies(conn, id, channel, said, null))
        .compose(out -> repo.turnEvent(conn, id, true).map(seen -> {
          List<StoredMessage> all = new ArrayList<>();
          all.add(in);
          all.addAll(out);
          return new Received(all, false, l.state().lang()).seen(seen);
        }));
  }

  /** Outside the published reception hours, a petitioner who asked for a person is told when one will answer. */
  private Turn withOutOfHours(Turn t) {
    if (hours.open(clock.instant())) {
      return t;
    }
    String lang = t.state().lang();
    String next = hours.nextOpening(clock.instant())
        .map(d -> "en".equals(lang) ? d.toLocalDate() + " " + d.toLocalTime()
            : d.getMonthValue() + "月" + d.getDayOfMonth() + "日" + d.toLocalTime())
        .orElse("");
    List<Reply> replies = new ArrayList<>(t.replies());
    replies.add(Reply.text(words.text(Msg.CHAT_WAITING_OUT_OF_HOURS, lang, Map.of("next", next, "hotline", hotline))));
    return new Turn(t.state(), replies, t.effect(), t.alerts());
  }

  /** Art 19 and 43: alerts a person must acknowledge, durable, one open alert of a kind per conversation. */
  private Future<Void> raise(SqlConnection conn, UUID id, String department, Turn turn) {
    Future<Void> chain = Future.succeededFuture();
    for (String kind : turn.alerts()) {
      // A danger to life is also urgent: one alert (and one SMS to the duty officer) says both.
      boolean covered = Turn.URGENT.equals(kind) && turn.alerts().contains(Turn.LIFE_SAFETY);
      if (Waiting.ALERT_KINDS.contains(kind) && !covered) {
        try (org.slf4j.MDC.MDCCloseable ids = org.slf4j.MDC.putCloseable("conversation", id.toString())) {
          LOG.warn("alert {} on conversation {}", kind, id);
        }
        chain = chain.compose(v -> alerts.raise(conn, kind, id, null, department).mapEmpty());
      }
    }
    return chain;
  }

  /**
   * Issue 11 §2: the turn in which the petitioner chooses anonymity masks, in place, the identity given before — in
   * the dialog's state, the turn's replies and every stored message of the conversation (the extractor's identity
   * spans and the identities the state held). Any other turn is returned as it is. {@code text} and {@code x}: this
   * turn's message and what the extractor read in it.
   */
  private Future<Turn> anonymised(SqlConnection conn, UUID id, ConversationState before, Turn turn, String text,
      Extraction x) {
    if (!Anonymity.newlyChosen(before, turn.state())) {
      return Future.succeededFuture(turn);
    }
    Map<String, String> known = new HashMap<>(Anonymity.known(turn.state()));
    Anonymity.known(before).forEach(known::putIfAbsent);
    Map<String, String> slots = turn.state().current() == null ? Map.of() : turn.state().current().slots();
    // The reported party's names stay (the accused's, the polluter's: "黄岩永盛化工" is no 【姓名】盛化工).
    String accused = CaseRedaction.reported(slots.get("accused"), slots.get("polluter"));
    // The problem's place is no one's name: "南京江宁" read as a name (江宁) showed "南京【姓名】（江苏省 南京市 【姓名】区）" in the
    // summary once the report was made anonymous. A name span inside the place's words, as typed or as its divisions, stays.
    List<String> placeWords = Anonymity.placeWords(slots);
    return repo.texts(conn, id).compose(sealed -> nlp.<Masked>executeBlocking(() -> {
      // Opened here, on the worker pool, not on the event loop that read them (the batch's other turns wait there).
      List<PgConversationRepository.Text> texts = repo.open(sealed);
      // The extractor reads what the petitioner typed (their messages, the state's free text) once; everything else
      // only repeats it (replies, summaries, staff messages) and is masked by the identities found there and the
      // known ones — reading every stored text again was most of a busy gateway's CPU. Each distinct text is read
      // once (the extractor is pure): collecting and masking a message, and the state's free text that repeats it
      // (the facts are the first message), share one reading; this turn's message was read before the turn.
      Map<String, Extraction> read = new HashMap<>();
      read.put(text, x);
      // What was read in each typed message in its turn (the spans kept with it) is not read again.
      texts.stream().filter(t -> t.typed() && t.spans() != null)
          .forEach(t -> read.putIfAbsent(t.text(), TypedSpans.extraction(t.spans())));
      Extractor once = new Extractor() {
        @Override
        public Extraction extract(String t) {
          return read.computeIfAbsent(t, extractor::extract);
        }

        @Override
        public List<org.ecopetition.gateway.nlp.Identity> forRedaction(String t, List<org.ecopetition.gateway.nlp.Identity> spans) {
          // The learned names too, for the copy (as at registration); none that is a word of the problem's place.
          return Anonymity.notThePlace(t, extractor.forRedaction(t, spans), placeWords);
        }
      };
      Map<String, java.util.Set<String>> found = new HashMap<>();
      texts.stream().filter(PgConversationRepository.Text::typed)
          .forEach(t -> CaseRedaction.collect(once, t.text(), known, accused, found));
      // The identities prepared once for all the texts: each text's digits are read once, not once per number.
      Redaction.Values knownValues = Redaction.known(known);
      java.util.function.UnaryOperator<String> typed = t -> CaseRedaction.text(once, t, knownValues, accused);
      java.util.function.UnaryOperator<String> echo = Redaction.values(found)::redact;
      Map<Long, String> changed = new java.util.LinkedHashMap<>();
      texts.forEach(t -> {
        String m = t.text() == null ? null : t.typed() ? typed.apply(t.text()) : echo.apply(t.text());
        if (m != null && !m.equals(t.text())) {
          changed.put(t.id(), m);
        }
      });
      // A typed text stored without its spans (masked in place by an earlier choice of anonymity) was read here; it
      // stays as it is now, so what was read is kept with it (as its turn keeps them): the next anonymity turn, or a
      // registration, does not read it again. Each masked text is read once more at most, not at every later choice.
      Map<Long, List<org.ecopetition.gateway.nlp.Identity>> spans = new java.util.LinkedHashMap<>();
      texts.forEach(t -> {
        Extraction was = t.typed() && t.spans() == null && t.text() != null && !changed.containsKey(t.id())
            ? read.get(t.text()) : null;
        List<org.ecopetition.gateway.nlp.Identity> kept = was == null ? null : TypedSpans.kept(t.text(), was);
        if (kept != null) {
          spans.put(t.id(), kept);
        }
      });
      return new Masked(Anonymity.masked(turn, typed, echo), changed, spans);
    }, false)).compose(r -> Future.all(repo.rewrite(conn, r.changed()), repo.keepSpans(conn, r.spans()))
        .map(v -> r.turn()));
  }

  /** What an anonymity turn changes: the turn, the stored texts masked, and the spans of texts read again. */
  private record Masked(Turn turn, Map<Long, String> changed,
      Map<Long, List<org.ecopetition.gateway.nlp.Identity>> spans) {}

  /**
   * A turn after its effect: the secret to mask in storage (a fresh query code), if any; {@code alongside}: an effect's
   * statement sent without waiting for its answer, which the turn's last round trip joins.
   */
  private record Done(Turn turn, String secret, String caseNumber, Future<?> alongside, Runnable after) {
    Done(Turn turn) {
      this(turn, null, null, Future.succeededFuture(), null);
    }

    Done(Turn turn, String secret, String caseNumber, Future<?> alongside) {
      this(turn, secret, caseNumber, alongside, null);
    }
  }

  /**
   * What a registering turn read with its message: the matter, the typed texts' identity spans and the earlier cases
   * (a read in flight).
   */
  private record Registering(NewCase matter, Map<String, List<org.ecopetition.gateway.nlp.Identity>> spans,
      Future<List<org.ecopetition.gateway.routing.PriorCase>> earlier) {}

  private static NewCase newCase(String channel, UUID id, Turn turn) {
    Effect effect = turn.effect();
    return NewCase.fromSlots(channel, id, effect.slots(), turn.state().flagged(Turn.URGENT), effect.lang());
  }

  /** {@code read}: what the turn read for its registration with its message (null: nothing, read it here). */
  private Future<Done> perform(SqlConnection conn, UUID id, String channel, Turn turn, String client,
      Registering read) {
    Effect effect = turn.effect();
    if (effect == null) {
      return Future.succeededFuture(new Done(turn));
    }
    String lang = effect.lang();
    return switch (effect.action()) {
      // The redacted copy reuses what was read in the typed messages (the facts, a typed request) in their turns.
      case Effect.REGISTER_CASE -> (read != null ? Future.succeededFuture(read) : repo.typedSpans(conn, id).map(spans -> {
            NewCase matter = newCase(channel, id, turn);
            return new Registering(matter, spans, cases.earlier(conn, matter));
          }))
          .compose(r -> cases.register(conn, r.matter(), r.spans(), toldElsewhere(channel, effect.slots()),
              r.earlier()))
          .map(r -> {
            // The photos sent from the page with the report go with its case, in the same transaction: sent now,
            // answered in the turn's last round trip.
            Future<Integer> photos = PgPhotoRepository.claim(conn, id, r.id());
            Map<String, String> vars = new HashMap<>();
            vars.put("caseNumber", r.caseNumber());
            vars.put("queryCode", r.queryCode());
            vars.put("noticeDue", text.deadline(r.noticeDue().lastDay(), r.noticeDue().estimated(), lang));
            vars.put("routingNote", routingNote(r.told(), lang));
            if (r.handlingDue() != null) {
              vars.put("handlingDue", text.deadline(r.handlingDue().lastDay(), r.handlingDue().estimated(), lang));
            }
            // Nobody can tell an anonymous petitioner anything: their receipt says how to check instead.
            String outcome = (r.handlingDue() == null ? "registered" : "accepted")
                + ("anonymous".equals(effect.slots().get("anonymous")) ? "_anonymous" : "");
            return new Done(merge(turn, engine.resume(turn.state(), outcome, vars)), r.queryCode(), r.caseNumber(),
                photos);
          });
      case Effect.ADD_TO_CASE -> {
        String number = effect.slots().get(DialogEngine.SUPPLEMENT_CASE);
        String said = effect.slots().get(DialogEngine.SUPPLEMENT_TEXT);
        boolean urgent = "true".equals(effect.slots().get(DialogEngine.SUPPLEMENT_URGENT));
        String actor = "petitioner:" + channel;
        yield cases.supplementTarget(conn, number, id).compose(target -> {
          if (target.isEmpty()) {
            return Future.succeededFuture(new Done(merge(turn, engine.supplemented(turn.state(), number, false))));
          }
          PgCaseRepository.SupplementTarget c = target.get();
          // The copy on the history is masked as the facts' copy is, by the identities the case knows too (a name,
          // phone or address given at the intake and repeated in another form): the reported party never reads who
          // added it.
          return nlp.<String>executeBlocking(() -> CaseRedaction.copy(extractor, said, c.name(), c.phone(), c.address(),
                  CaseRedaction.reported(c.accused(), c.polluter())), false)
              .compose(copy -> cases.supplement(conn, c.id(), clock.instant().atOffset(java.time.ZoneOffset.UTC),
                  actor, copy))
              // Art 19: a danger told in it makes the case urgent (the alert went with the turn, as for an intake);
              // a case row a staff act holds is not waited for under the conversation's lock: marked after the commit.
              .compose(v -> urgent ? actions.urgent(conn, c, actor, true) : Future.succeededFuture(true))
              .map(marked -> new Done(merge(turn, engine.supplemented(turn.state(), number, true)), null, null,
                  Future.succeededFuture(), marked ? null : () -> actions.urgentLater(repo.pool(), c.id(), actor)
                      .onFailure(err -> LOG.warn("case {} not marked urgent after the turn: {}", c.id(),
                          err.getMessage()))));
        });
      }
      case Effect.CASE_PROGRESS -> {
        String number = effect.slots().get(DialogEngine.SUPPLEMENT_CASE);
        yield status.owned(conn, number, id)
            .map(result -> new Done(merge(turn, engine.progress(turn.state(), number, progressVars(result, lang)))));
      }
      case Effect.QUERY_STATUS -> verified(conn, id, effect, client)
          .map(result -> new Done(merge(turn, statusTurn(turn, result, lang))));
      case Effect.REQUEST_REVIEW -> verified(conn, id, effect, client)
          .compose(result -> review(conn, turn, result, channel, lang))
          .map(t -> new Done(merge(turn, t)));
      case Effect.EVALUATE -> verified(conn, id, effect, client)
          .compose(result -> evaluate(conn, turn, result, channel, lang))
          .map(t -> new Done(merge(turn, t)));
      default -> Future.failedFuture(new IllegalStateException("unknown effect " + effect.action()));
    };
  }

  /**
   * Art 17(3): the petitioner was told in the conversation, before registering, which organ handles the matter
   * and why; the notice is recorded on the case (whether they went on or stopped there), by its registration.
   */
  private List<PgCaseRepository.Entry> toldElsewhere(String channel, Map<String, String> slots) {
    String organ = slots.get("_x.organ");
    if (organ == null) {
      return List.of();
    }
    String said = words.text(Msg.CHAT_TOLD_ELSEWHERE, "zh", Map.of("organ", engine.organName(organ, "zh"), "why", slots.getOrDefault("_x.whyZh", ""),
        "choice", "stop".equals(slots.get("elsewhere")) ? words.text(Msg.CHAT_TOLD_ELSEWHERE_STOPPED, "zh")
            : words.text(Msg.CHAT_TOLD_ELSEWHERE_WENT_ON, "zh")));
    return List.of(new PgCaseRepository.Entry("told_elsewhere", "bot:" + channel, "第十七条第一款第三项", said));
  }

  /** Every effect runs on the turn's connection: a turn never waits for a second one, and is all or nothing. */
  private Future<StatusResult> verified(SqlConnection conn, UUID id, Effect effect, String client) {
    return status.query(conn, effect.slots().get("case_number"), effect.slots().get("query_code"),
        Asker.conversation(client, id));
  }

  private Turn statusTurn(Turn turn, StatusResult result, String lang) {
    if (result instanceof StatusResult.Found found) {
      StatusView v = found.view();
      Map<String, String> vars = new HashMap<>();
      vars.put("caseNumber", v.caseNumber());
      vars.put("state", words.label(v.state(), lang));
      vars.put("department", departmentName(v.department(), lang));
      vars.put("dates", text.datesBlock(v, lang));
      vars.put("replies", text.repliesBlock(v, lang));
      return engine.resume(turn.state(), "found", vars);
    }
    return engine.resume(turn.state(), unverified(result), Map.of());
  }

  /**
   * The conversation's own case as its petitioner may read it: state, the office handling it, the deadline owed next
   * (a line, or empty), in the conversation's language; null when not found.
   */
  private Map<String, String> progressVars(StatusResult result, String lang) {
    if (!(result instanceof StatusResult.Found found)) {
      return null;
    }
    StatusView v = found.view();
    Map<String, String> vars = new HashMap<>();
    vars.put("caseNumber", v.caseNumber());
    vars.put("state", words.label(v.state(), lang));
    vars.put("department", departmentName(v.department(), lang));
    vars.put("next", text.next(v, lang).map(n -> n.label() + ("en".equals(lang) ? ": " : "：")
        + text.deadline(n.date(), n.estimated(), lang) + "\n").orElse(""));
    return vars;
  }

  private static String unverified(StatusResult r) {
    return r instanceof StatusResult.Limited ? "limited" : "not_found";
  }

  /**
   * Art 30-31: the request goes through the same procedure as every act on the case, so it is refused for
   * what the procedure refuses (not an opinion letter, not delivered, late, one pending, final) and moves
   * the case when it is accepted. The case's state decides review or re-review.
   */
  private Future<Turn> review(SqlConnection conn, Turn turn, StatusResult result, String channel, String lang) {
    if (!(result instanceof StatusResult.Found found)) {
      return Future.succeededFuture(engine.resume(turn.state(), unverified(result), Map.of()));
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), PgCaseRepository.CHINA);
    String reason = turn.effect().slots().get("reason");
    // The case's state decides review or re-review; the lifecycle decides whether either is allowed now.
    // After a review opinion (even once the case is closed) a request is for the re-review (Art 31).
    Act act = found.view().state() == CaseStatus.REVIEW_REPLIED || found.view().reviewStage() >= 1
        ? Act.REQUEST_REREVIEW : Act.REQUEST_REVIEW;
    return actions.act(conn, found.caseId(), Command.of(act, "petitioner:" + channel, today, reason),
        CaseActions.Extras.none()).map(o -> {
          if (o instanceof CaseActions.Result.Refused r) {
            return engine.resume(turn.state(), "not_allowed",
                Map.of("why", words.text(r.why().reason(), lang, r.why().vars())));
          }
          if (!(o instanceof CaseActions.Result.Done done)) {
            throw new IllegalStateException("the case vanished during the turn: " + o);
          }
          CaseStatus status = done.change().status();
          boolean rereview = status == CaseStatus.REREVIEW_REQUESTED;
          Deadline due = lifecycle.reviewReplyDue(status, today).orElseThrow();
          return engine.resume(turn.state(), "recorded", Map.of(
              "requestKind", words.text(rereview ? Msg.CHAT_REREVIEW_REQUEST : Msg.CHAT_REVIEW_REQUEST, lang),
              "caseNumber", found.view().caseNumber(),
              "department", departmentName(rereview ? lifecycle.seat().rereviewBody() : lifecycle.seat().reviewBody(), lang),
              "deadline", text.deadline(due.lastDay(), due.estimated(), lang)));
        });
  }

  /** Art 16: an evaluation is recorded once a written reply has been delivered. */
  private Future<Turn> evaluate(SqlConnection conn, Turn turn, StatusResult result, String channel, String lang) {
    if (!(result instanceof StatusResult.Found found)) {
      return Future.succeededFuture(engine.resume(turn.state(), unverified(result), Map.of()));
    }
    return cases.deliveries(conn, found.caseId()).compose(deliveries -> {
      if (deliveries == 0) {
        return Future.succeededFuture(engine.resume(turn.state(), "not_allowed", Map.of("why",
            words.text(Msg.CHAT_EVALUATE_NO_REPLY, lang))));
      }
      Map<String, String> slots = turn.effect().slots();
      return cases.event(conn, found.caseId(), clock.instant().atOffset(java.time.ZoneOffset.UTC),
              "evaluated:" + slots.get("rating"), "petitioner:" + channel, null, null, null, slots.get("comment"), null,
              null)
          .map(v -> engine.resume(turn.state(), "recorded", Map.of("caseNumber", found.view().caseNumber())));
    });
  }

  /**
   * What the petitioner may be told of the routing proposal before the department decides: a repeat is
   * linked to the first case (Art 17, 18(1)); a matter that usually belongs to another organ is said to,
   * as a hint, never as a decision. {@code p}: what they may be told ({@code Registered#told}): an earlier case is
   * named only when it came from this conversation, never by a typed phone alone.
   */
  private String routingNote(Proposal p, String lang) {
    return switch (p.decision()) {
      case REPEAT -> "\n" + words.text(Msg.CHAT_NOTE_REPEAT, lang, Map.of("caseNumber", p.duplicateOf()));
      case REFER -> "\n" + words.text(Msg.CHAT_NOTE_REFER, lang, Map.of("referral", engine.organName(p.referral(), lang)));
      default -> "";
    };
  }

  /** A body's name in the reader's language: configured English names, else the name read in English (issue 13 §5). */
  public String departmentName(String stored, String lang) {
    return "en".equals(lang) ? englishNames.apply(stored) : stored;
  }

  private static Turn merge(Turn first, Turn then) {
    List<Reply> replies = new ArrayList<>(first.replies());
    replies.addAll(then.replies());
    java.util.Set<String> alerts = new java.util.LinkedHashSet<>(first.alerts());
    alerts.addAll(then.alerts());
    return new Turn(then.state(), replies, then.effect(), alerts);
  }

  /**
   * Stores replies (a secret masked) in order; returns them as the petitioner must see them now. The reply that
   * gives a fresh query code is the receipt: it keeps its case number, and carries the code only now (the page
   * keeps it on the device; the server never shows it again).
   */
  private Future<List<StoredMessage>> storeReplies(SqlConnection conn, UUID id, String channel, List<Reply> replies,
      Done done) {
    // One round trip for all of a turn's replies.
    return repo.insertMessages(conn, id, channel, replyRows(replies, done)).map(stored -> shown(stored, replies, done));
  }

  /** Replies as stored: a fresh query code masked; the receipt (the reply that gives it) keeps its case number. */
  private static List<PgConversationRepository.NewMessage> replyRows(List<Reply> replies, Done done) {
    String secret = done == null ? null : done.secret();
    List<PgConversationRepository.NewMessage> rows = new ArrayList<>(replies.size());
    for (Reply r : replies) {
      boolean receipt = receipt(r, done);
      String stored = secret == null ? r.text() : r.text().replace(secret, MASK);
      rows.add(new PgConversationRepository.NewMessage("out", "bot", stored, r.buttons(), null,
          receipt ? done.caseNumber() : null, r.kind()));
    }
    return rows;
  }

  private static boolean receipt(Reply r, Done done) {
    return done != null && done.secret() != null && done.caseNumber() != null && r.text().contains(done.secret());
  }

  /** Stored replies as the petitioner sees them now: their own texts, the receipt with its code. */
  private static List<StoredMessage> shown(List<StoredMessage> stored, List<Reply> replies, Done done) {
    List<StoredMessage> shown = new ArrayList<>(stored.size());
    for (int i = 0; i < stored.size(); i++) {
      StoredMessage m = stored.get(i).withText(replies.get(i).text());
      shown.add(receipt(replies.get(i), done)
          ? m.withReceipt(new StoredMessage.Receipt(done.caseNumber(), done.secret())) : m);
    }
    return shown;
  }

  private static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What staff do with conversations: the queue, takeover, notes, hand-back. */
  public Takeover takeover() {
    return takeover;
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
