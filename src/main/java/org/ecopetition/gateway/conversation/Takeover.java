package org.ecopetition.gateway.conversation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.dialog.DialogEngine;
import org.ecopetition.gateway.dialog.Reply;
import org.ecopetition.gateway.dialog.Turn;
import org.ecopetition.gateway.text.Catalogue;
import org.ecopetition.gateway.text.Msg;

/**
 * A person takes over a conversation: one owner at a time, decided under the conversation's lock (the same lock a
 * petitioner's turn takes), so a claim, a staff message, a hand-back or a close never races a turn or another claim
 * on any instance. While staff hold it the bot says nothing on any channel; the petitioner is told when a person
 * joins and leaves; every step is logged with who and when. Notes stay on the log and never reach the petitioner.
 */
public final class Takeover {
  private final PgConversationRepository repo;
  private final PgQueueRepository queue;
  private final DialogEngine engine;
  private final Catalogue words;
  private final Clock clock;

  Takeover(PgConversationRepository repo, DialogEngine engine, Catalogue words, Clock clock) {
    this.repo = repo;
    this.queue = new PgQueueRepository(repo.pool(), repo.atRest(), words);
    this.engine = engine;
    this.words = words;
    this.clock = clock;
  }

  /** What a staff step ended as. */
  public sealed interface Result {
    record Done(JsonObject body) implements Result {}

    /** Another member of staff holds the conversation (named, so the second one knows whom to ask). */
    record HeldBy(String holder) implements Result {}

    /** No such conversation in this member of staff's scope. */
    record Missing() implements Result {}

    /** The conversation cannot go back to that step. */
    record NoSuchStep(List<String> steps) implements Result {}

    /** The conversation holds a report no case was registered from, and no reason was given to close it anyway. */
    record Unregistered() implements Result {}
  }

  /** The conversations waiting for a person or held by staff, most pressing first. */
  public Future<JsonArray> queue(String scope, String actor, int limit) {
    // What the petitioners said and the slots (a name, a phone) are shown: each conversation listed is a read.
    return queue.queue(scope, actor, limit).compose(a -> repo.pool().withConnection(conn -> repo.logReads(conn,
        a.stream().map(o -> UUID.fromString(((JsonObject) o).getString("id"))).toList(), actor, "conversation queue"))
        .map(v -> a));
  }

  /**
   * A conversation's transcript, log and what it collected; the read is logged (Art 42) with the purpose staff gave
   * ({@code ?purpose=}, or null).
   */
  public Future<Optional<JsonObject>> view(UUID id, String scope, String actor, String purpose) {
    return queue.view(id, scope, actor).compose(v -> v.isEmpty() ? Future.succeededFuture(v)
        : repo.pool().withTransaction(conn -> repo.log(conn, id, actor, "read", null, null)
            .compose(x -> repo.logReads(conn, List.of(id), actor, "conversation transcript", purpose)))
            .compose(x -> loadState(id)).map(s -> {
              v.get().put("steps", new JsonArray(engine.askSteps(s)));
              return v;
            }));
  }

  /**
   * The petitioner's identities a conversation holds (name, phone, address: slots or suggestions), by identity type:
   * to mask what staff wrote about it (a purpose in the access log) for a role without need of them.
   */
  public Future<Map<String, String>> identities(UUID id) {
    return loadState(id).map(s -> s == null ? Map.<String, String>of() : Anonymity.known(s));
  }

  private Future<ConversationState> loadState(UUID id) {
    return repo.pool().withConnection(conn -> repo.load(conn, id)).map(PgConversationRepository.Loaded::state);
  }

  /**
   * Claims the conversation for {@code staff} ("staff:login"); the petitioner is told a person has joined, not who: a
   * login is half a credential, and a name tells a petitioner who may be hostile which clerk to find.
   */
  public Future<Result> claim(UUID id, String scope, String staff) {
    return locked(id, scope, staff, (conn, l) -> {
      if (l.owner().equals(staff)) {
        return Future.succeededFuture(done(l.owner()));
      }
      if (l.heldByStaff()) {
        return Future.succeededFuture(new Result.HeldBy(l.owner().substring("staff:".length())));
      }
      String said = words.text(Msg.CHAT_STAFF_JOINED, l.state().lang(), Map.of());
      return repo.update(conn, id, l.state(), staff, l.version(), clock.instant(), null, null)
          .compose(v -> repo.log(conn, id, staff, "claimed", l.waiting(), null))
          .compose(v -> repo.insertMessage(conn, id, l.channel(), "out", "bot", said, List.of(), null))
          .compose(v -> repo.queueEvent(conn, id, "claimed"))
          .compose(v -> repo.event(conn, id, true))
          .map(v -> done(staff));
    });
  }

  /** A message from the member of staff who holds the conversation, to the petitioner on their channel. */
  public Future<Result> say(UUID id, String scope, String staff, String text) {
    return locked(id, scope, staff, (conn, l) -> {
      if (!l.owner().equals(staff)) {
        return Future.succeededFuture(holder(l));
      }
      return repo.insertMessage(conn, id, l.channel(), "out", staff, text, List.of(), null)
          .compose(m -> repo.log(conn, id, staff, "message", null, new JsonObject().put("messageId", m.id()))
              .compose(v -> repo.event(conn, id, true))
              .map(v -> (Result) new Result.Done(new JsonObject().put("id", m.id()).put("at", m.at().toString()))));
    });
  }

  /** An internal note beside the conversation: on its log for staff, never sent to the petitioner. */
  public Future<Result> note(UUID id, String scope, String staff, String text) {
    return locked(id, scope, staff, (conn, l) -> repo.log(conn, id, staff, "note", text, null)
        .compose(v -> repo.queueEvent(conn, id, "note")).map(v -> done(l.owner())));
  }

  /**
   * Hands the conversation back to the bot, which goes on at the step where it stood (or at {@code step}) and asks
   * its question; the petitioner is told the person has left.
   */
  public Future<Result> handBack(UUID id, String scope, String staff, String step) {
    return locked(id, scope, staff, (conn, l) -> {
      if (l.heldByStaff() && !l.owner().equals(staff)) {
        return Future.succeededFuture(holder(l));
      }
      Optional<Turn> t = engine.handBack(l.state(), step);
      if (t.isEmpty()) {
        return Future.succeededFuture(new Result.NoSuchStep(engine.askSteps(l.state())));
      }
      List<Reply> said = new ArrayList<>();
      said.add(Reply.text(words.text(Msg.CHAT_STAFF_LEFT, l.state().lang())));
      said.addAll(t.get().replies());
      return repo.update(conn, id, t.get().state(), Waiting.BOT, l.version(), clock.instant(), null, null)
          .compose(v -> repo.log(conn, id, staff, "released", step, null))
          .compose(v -> store(conn, id, l.channel(), said))
          .compose(v -> repo.queueEvent(conn, id, "released"))
          .compose(v -> repo.event(conn, id, true))
          .map(v -> done(Waiting.BOT));
    });
  }

  /**
   * Ends the conversation: the petitioner is thanked; their next message starts afresh with the bot. Closing forgets
   * the report being collected, so a conversation holding one (its facts told) that no case was registered from or
   * linked to is closed only with {@code reason} (a prank, a matter told elsewhere), kept on the log: every matter is
   * registered (Art 17), and a danger to life told to a person must not end with nothing on any list.
   */
  public Future<Result> close(UUID id, String scope, String staff, String reason) {
    return locked(id, scope, staff, (conn, l) -> {
      if (l.heldByStaff() && !l.owner().equals(staff)) {
        return Future.succeededFuture(holder(l));
      }
      Future<Boolean> mayClose = reason != null || !holdsReport(l.state()) ? Future.succeededFuture(true)
          : repo.linkedSinceClosed(conn, id);
      return mayClose.compose(ok -> ok ? closed(conn, id, l, staff, reason)
          : Future.succeededFuture(new Result.Unregistered()));
    });
  }

  /** Whether the state holds a report under way: a dialog, current or set aside, with the facts told. */
  static boolean holdsReport(ConversationState s) {
    List<ConversationState.Frame> frames = new ArrayList<>(s.suspended());
    if (s.current() != null) {
      frames.add(s.current());
    }
    return frames.stream().anyMatch(f -> {
      String facts = f.slots().get("facts");
      return facts != null && !facts.isBlank();
    });
  }

  private Future<Result> closed(SqlConnection conn, UUID id, PgConversationRepository.Loaded l, String staff,
      String reason) {
    ConversationState fresh = ConversationState.fresh(l.state().lang());
    List<Reply> said = List.of(Reply.text(words.text(Msg.CHAT_CLOSED, l.state().lang())));
    return repo.update(conn, id, fresh, Waiting.BOT, l.version(), clock.instant(), null, null)
        .compose(v -> repo.log(conn, id, staff, "closed", reason, null))
        .compose(v -> store(conn, id, l.channel(), said))
        .compose(v -> repo.queueEvent(conn, id, "closed"))
        .compose(v -> repo.event(conn, id, true))
        .map(v -> done(Waiting.BOT));
  }

  /** Records that a case was registered from, or attached to, the conversation. */
  public Future<Result> linked(UUID id, String scope, String staff, String kind, String caseNumber) {
    return locked(id, scope, staff, (conn, l) -> repo.log(conn, id, staff, kind, caseNumber, null)
        .compose(v -> repo.queueEvent(conn, id, kind)).map(v -> done(l.owner())));
  }

  /** The channel of a conversation in the scope (a case registered from it goes back to it), or empty. */
  /**
   * Which of several members of staff may see conversation {@code id} (the queue's own rule: their scope, and no case
   * of it barred from them): their positions in {@code staff}, from 0.
   */
  public Future<java.util.Set<Integer>> seenBy(UUID id, java.util.List<org.ecopetition.gateway.access.StaffPrincipal> staff) {
    return queue.seenBy(id, staff.stream().map(org.ecopetition.gateway.access.StaffPrincipal::departmentCode).toList(),
        staff.stream().map(org.ecopetition.gateway.access.StaffPrincipal::actor).toList());
  }

  public Future<Optional<String>> channelOf(UUID id, String scope, String actor) {
    return queue.inScope(id, scope, actor).compose(found -> !found ? Future.succeededFuture(Optional.<String>empty())
        : repo.pool().withConnection(conn -> repo.load(conn, id)).map(l -> Optional.of(l.channel())));
  }

  /** The slots the conversation collected so far, to pre-fill a registration (the staff confirm every field). */
  public Future<Optional<Map<String, String>>> slots(UUID id, String scope, String actor, String purpose) {
    return queue.inScope(id, scope, actor).compose(found -> !found ? Future.succeededFuture(Optional.<Map<String, String>>empty())
        : repo.pool().withConnection(conn -> repo.logReads(conn, List.of(id), actor, "conversation prefill", purpose))
            .compose(v -> loadState(id)).map(s -> {
              // The language the petitioner writes in: a case registered from here answers them in it.
              Map<String, String> slots = new java.util.HashMap<>(s.current() == null ? Map.of() : s.current().slots());
              // An item not known is no value to register (a polluter called "?" or "不清楚"): the field is left empty.
              slots.values().removeIf(DialogEngine::unknown);
              slots.put("lang", s.lang());
              return Optional.of(slots);
            }));
  }

  private interface Step {
    Future<Result> run(SqlConnection conn, PgConversationRepository.Loaded loaded);
  }

  private Future<Result> locked(UUID id, String scope, String actor, Step step) {
    return queue.inScope(id, scope, actor).compose(found -> !found ? Future.succeededFuture(new Result.Missing())
        : repo.pool().withTransaction(conn -> repo.lock(conn, id).compose(v -> repo.load(conn, id))
            .compose(l -> step.run(conn, l))));
  }

  private Future<Void> store(SqlConnection conn, UUID id, String channel, List<Reply> replies) {
    Future<Void> chain = Future.succeededFuture();
    for (Reply r : replies) {
      chain = chain.compose(v -> repo.insertMessage(conn, id, channel, "out", "bot", r.text(), r.buttons(), null)
          .mapEmpty());
    }
    return chain;
  }

  private static Result done(String owner) {
    return new Result.Done(new JsonObject().put("owner", owner));
  }

  private static Result holder(PgConversationRepository.Loaded l) {
    return new Result.HeldBy(l.heldByStaff() ? l.owner().substring("staff:".length()) : l.owner());
  }
}
