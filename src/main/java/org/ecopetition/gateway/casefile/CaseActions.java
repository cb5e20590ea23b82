package org.ecopetition.gateway.casefile;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.ecopetition.gateway.lifecycle.Act;
import org.ecopetition.gateway.lifecycle.CaseChange;
import org.ecopetition.gateway.lifecycle.CaseRecord;
import org.ecopetition.gateway.lifecycle.Circumstances;
import org.ecopetition.gateway.lifecycle.Command;
import org.ecopetition.gateway.lifecycle.Decision;
import org.ecopetition.gateway.lifecycle.Lifecycle;
import org.ecopetition.gateway.lifecycle.Outcome;
import org.ecopetition.gateway.notice.PgNoticeRepository;
import org.ecopetition.gateway.text.Catalogue;

/**
 * An act on a case, whoever asks for it (staff through the API, a petitioner in the chat): on the caller's
 * connection and transaction, the case row locked, the lifecycle decides, the repository applies the change with
 * its history entry, and the notice it owes is planned — all or nothing.
 */
public final class CaseActions {
  private final PgCaseRepository cases;
  private final PgNoticeRepository notices;
  private final Lifecycle lifecycle;
  private final boolean smsEnabled;
  private final NoticeTexts texts;
  private final Clock clock;

  /** {@code words}: the catalogue the notices are written in; {@code clock}: the day an act is recorded. */
  public CaseActions(PgCaseRepository cases, PgNoticeRepository notices, Lifecycle lifecycle, boolean smsEnabled,
      Catalogue words, Clock clock) {
    this(cases, notices, lifecycle, smsEnabled, words, clock, java.util.function.UnaryOperator.identity());
  }

  /** {@code englishNames}: a body's name as English readers of the notices read it (issue 13 §5). */
  public CaseActions(PgCaseRepository cases, PgNoticeRepository notices, Lifecycle lifecycle, boolean smsEnabled,
      Catalogue words, Clock clock, java.util.function.UnaryOperator<String> englishNames) {
    this.texts = new NoticeTexts(words, lifecycle.seat(), englishNames);
    this.clock = clock;
    this.cases = cases;
    this.notices = notices;
    this.lifecycle = lifecycle;
    this.smsEnabled = smsEnabled;
  }

  /**
   * What the caller asks beyond the command: the version it saw (null: whatever is current, for a petitioner's own
   * request), the text the petitioner may read, the result report's days of a transfer, what the act decided beyond
   * its reason (for the history and the documents).
   */
  public record Extras(Long expectedVersion, String publicText, Integer reportDays, JsonObject detail) {
    public static Extras none() {
      return new Extras(null, null, null, null);
    }
  }

  /** What an act ended as: applied, refused by the procedure, stale, or no such case. */
  public sealed interface Result {
    record Done(CaseChange change, long version) implements Result {}

    record Refused(Outcome.Rejected why) implements Result {}

    record Stale(long current) implements Result {}

    record Missing() implements Result {}

    /** A correction applied ({@link #correct}): what it decided, and the case's new version. */
    record Corrected(org.ecopetition.gateway.lifecycle.Correction.Corrected change, long version) implements Result {}
  }

  /** By case number (staff). */
  public Future<Result> act(SqlClient conn, String caseNumber, Command cmd, Extras extras) {
    return cases.lock(conn, caseNumber).compose(found -> act(conn, found, cmd, extras));
  }

  /** By id (a chat effect, after the status query found the case). */
  public Future<Result> act(SqlClient conn, long caseId, Command cmd, Extras extras) {
    return cases.lock(conn, caseId).compose(found -> act(conn, found, cmd, extras));
  }

  private Future<Result> act(SqlClient conn, Optional<CaseRecord> found, Command cmd, Extras extras) {
    if (found.isEmpty()) {
      return Future.succeededFuture(new Result.Missing());
    }
    CaseRecord c = found.get();
    if (extras.expectedVersion() != null && c.version() != extras.expectedVersion()) {
      return Future.succeededFuture(new Result.Stale(c.version()));
    }
    return notices.recipient(conn, c.id()).compose(to -> cases.hearings(conn, c.id(), cmd.on()).compose(pauses -> {
      LocalDate today = LocalDate.ofInstant(clock.instant(), PgCaseRepository.CHINA);
      Decision d = lifecycle.decide(c, cmd, new Circumstances(pauses, extras.reportDays(), today));
      if (d instanceof Decision.Refused r) {
        return Future.succeededFuture(new Result.Refused(r.why()));
      }
      CaseChange u = ((Decision.Changed) d).change();
      JsonObject detail = detail(extras.detail(), cmd, u);
      return cases.apply(conn, c, cmd, u, extras.publicText(), detail).compose(version -> {
        if (version.isEmpty()) {
          return Future.succeededFuture(new Result.Stale(c.version()));
        }
        Optional<String> text = texts.text(cmd, to, u, extras.publicText());
        Future<Void> told = text.isEmpty() ? Future.succeededFuture()
            : notices.send(conn, to, u.eventKind(), text.get(), u.article(), u.noticeOwedBy(), cmd.on(), smsEnabled,
                Lifecycle.OPINIONS.contains(cmd.act()));
        return told.map(v -> new Result.Done(u, version.get()));
      });
    }));
  }

  /**
   * A correction of what was registered, as an act is done: the row locked, the version checked, the lifecycle
   * decides ({@link Lifecycle#correct}), the one repository applies it with its history entry — and where a corrected
   * date of receipt moves the day the petitioner was told (a matter raised directly, with someone to tell), the new
   * day is told as a notice of its own in the same transaction. Nothing else is re-notified.
   */
  public Future<Result> correct(SqlClient conn, String caseNumber, long expectedVersion,
      org.ecopetition.gateway.lifecycle.Correction k, PgCaseRepository.Corrections values) {
    return cases.lock(conn, caseNumber).compose(found -> {
      if (found.isEmpty()) {
        return Future.succeededFuture(new Result.Missing());
      }
      CaseRecord c = found.get();
      if (c.version() != expectedVersion) {
        return Future.succeededFuture(new Result.Stale(c.version()));
      }
      LocalDate today = LocalDate.ofInstant(clock.instant(), PgCaseRepository.CHINA);
      return cases.correctable(conn, c.id()).compose(was -> {
        var decided = lifecycle.correct(c, was.anonymous(), k, today);
        if (decided instanceof org.ecopetition.gateway.lifecycle.Correction.Decided.Refused r) {
          return Future.succeededFuture(new Result.Refused(r.why()));
        }
        var u = ((org.ecopetition.gateway.lifecycle.Correction.Decided.Applied) decided).change();
        if (cases.changesNothing(c, was, values, u)) {
          // Every value given is the one registered: nothing to correct, nothing recorded.
          return Future.succeededFuture(new Result.Refused(new org.ecopetition.gateway.lifecycle.Outcome.Rejected(
              org.ecopetition.gateway.text.Msg.REFUSAL_CORRECTION_CHANGES_NOTHING, "第十七条")));
        }
        return cases.proposedDestination(conn, c.id()).compose(before -> cases.correct(conn, c, was, values, k, u)
            .compose(version -> {
          if (version.isEmpty()) {
            return Future.<Result>succeededFuture(new Result.Stale(c.version()));
          }
          Result done = new Result.Corrected(u, version.get());
          if (!c.raisedDirectly()) {
            return Future.succeededFuture(done); // a matter transferred in was told nothing by us (Art 17)
          }
          Future<Void> day = !u.noticeChanged() || was.anonymous() ? Future.succeededFuture()
              : notices.recipient(conn, c.id()).compose(to -> notices.send(conn, to, "received_corrected",
                  texts.receivedCorrected(to, u), "第十七条", null, today, smsEnabled, false));
          // A correction that moves where the matter is proposed to go tells the petitioner the new destination, on
          // every channel that reaches them (an anonymous one through the conversation only, by the notice plan); one
          // that leaves the routing as it was sends nothing.
          return day.compose(x -> cases.proposedDestination(conn, c.id())).compose(after -> {
            if (after.isEmpty() || after.equals(before)) {
              return Future.<Void>succeededFuture();
            }
            return notices.recipient(conn, c.id()).compose(to -> notices.send(conn, to, "routing_corrected",
                texts.routingCorrected(to, after.get(), u.noticeDue(), u.noticeDueEstimated()), "第十七条", null,
                today, smsEnabled, false));
          }).map(v -> done);
        }));
      });
    });
  }

  /**
   * Art 19 found after registration (a chat effect: the petitioner's supplement tells of a danger), on the caller's
   * connection: the lifecycle decides, the one repository applies. {@code inTurn}: the caller holds a conversation's
   * lock, so a case row another transaction holds is not waited for (empty: marked after the turn, by {@link #urgentLater}).
   * True: marked now or already urgent (nothing to do); false: not marked, the row was held.
   */
  public Future<Boolean> urgent(SqlClient conn, PgCaseRepository.SupplementTarget c, String actor, boolean inTurn) {
    Optional<Lifecycle.Urgency> u = lifecycle.urgent(c.urgent());
    return u.isEmpty() ? Future.succeededFuture(true)
        : cases.markUrgent(conn, c.id(), clock.instant().atOffset(java.time.ZoneOffset.UTC), actor, URGENT_REASON,
            u.get(), inTurn).compose(marked -> rerouted(conn, c.id(), marked));
  }

  /** Marked urgent now: where the matter must go and who is told follow (Art 19), as they do at registration. */
  private Future<Boolean> rerouted(SqlClient conn, long caseId, boolean marked) {
    return marked ? cases.rerouteUrgent(conn, caseId).map(v -> true) : Future.succeededFuture(false);
  }

  /**
   * As above, in a transaction of its own on {@code pool} once the turn has committed (its conversation's lock
   * released): the case's row waited for, read again, decided again.
   */
  public Future<Boolean> urgentLater(io.vertx.sqlclient.Pool pool, long caseId, String actor) {
    return pool.withTransaction(conn -> cases.urgentNow(conn, caseId).compose(already -> {
      Optional<Lifecycle.Urgency> u = lifecycle.urgent(already);
      return u.isEmpty() ? Future.succeededFuture(true)
          : cases.markUrgent(conn, caseId, clock.instant().atOffset(java.time.ZoneOffset.UTC), actor, URGENT_REASON,
              u.get(), false).compose(marked -> rerouted(conn, caseId, marked));
    }));
  }

  private static final String URGENT_REASON = "信访人补充反映的情况紧急（危及人身安全或可能造成重大影响）";

  /** Whether an act is allowed now: null when it is, else the procedure's refusal (its reason and article). */
  public record Allowed(Act act, Outcome.Rejected refusal) {}

  /**
   * The acts a member of staff may do now on a case, asked of the lifecycle without applying anything: each act is
   * decided as if its terms were given (a placeholder reason, days, approver, ground, outcome…), so what remains is the
   * procedure's own answer for the case's state and dates — the console shows the refusals in place. Empty: no such
   * case.
   */
  public Future<Optional<java.util.List<Allowed>>> allowedNow(SqlClient conn, String caseNumber, String actor) {
    return cases.lock(conn, caseNumber).compose(found -> {
      if (found.isEmpty()) {
        return Future.succeededFuture(Optional.<java.util.List<Allowed>>empty());
      }
      CaseRecord c = found.get();
      LocalDate today = LocalDate.ofInstant(clock.instant(), PgCaseRepository.CHINA);
      return cases.hearings(conn, c.id(), today).map(pauses -> {
        java.util.List<Allowed> out = new java.util.ArrayList<>();
        java.util.Map<String, String> terms = java.util.Map.of("ground", "18(1)", "outcome", "support", "basis", "-",
            "findings", "-", "agreement", "-", "kind", "mediation", "finding", "-", "rule", "-", "text", "-");
        for (Act act : Act.values()) {
          if (act == Act.REQUEST_REVIEW || act == Act.REQUEST_REREVIEW) {
            continue;
          }
          String to = act == Act.REFER ? "-" : act == Act.FORWARD_REVIEW ? "-" : null;
          Command cmd = new Command(act, actor, today, "-", 1, "-", to, terms);
          Decision d = lifecycle.decide(c, cmd, new Circumstances(pauses, null, today));
          Outcome.Rejected why = d instanceof Decision.Refused r ? r.why() : null;
          // A transfer with no proposed destination is allowed: staff name the department.
          if (why != null && act == Act.TRANSFER
              && why.reason() == org.ecopetition.gateway.text.Msg.REFUSAL_TRANSFER_NEEDS_DEPARTMENT) {
            why = null;
          }
          out.add(new Allowed(act, why));
        }
        return Optional.of(out);
      });
    });
  }

  /** The caller's detail, with the handling period's basis of an acceptance and a transfer's report deadline. */
  private static JsonObject detail(JsonObject given, Command cmd, CaseChange u) {
    JsonObject d = given == null ? new JsonObject() : given.copy();
    if (u.handlingBasis() != null && cmd.act() == Act.ACCEPT) {
      d.put("period", u.handlingBasis());
    }
    if (cmd.act() == Act.TRANSFER) {
      d.put("to", u.department()).put("toCode", u.responsibleCode());
      if (u.reportDue() != null) {
        d.put("reportDue", u.reportDue().toString());
      }
    }
    if (cmd.act() == Act.REFER) {
      d.put("to", u.referredTo());
    }
    if (cmd.act() == Act.REPLY_REVIEW || cmd.act() == Act.REPLY_REREVIEW) {
      d.put("by", u.opinionBy());
    }
    if (cmd.act() == Act.ISSUE_OPINION) {
      d.put("by", u.opinionBy());
    }
    if (u.late() != null) {
      d.put("late", new JsonObject().put("clock", u.late().clock()).put("due", u.late().due().toString()));
    }
    return d.isEmpty() ? null : d;
  }
}
