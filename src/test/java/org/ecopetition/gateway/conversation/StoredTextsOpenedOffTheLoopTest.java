package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.ecopetition.gateway.db.Migrations;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.security.AtRest;
import org.ecopetition.gateway.security.DataKeys;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The anonymity turn reads every stored message of its conversation to mask the identity given before (issue 11 §2).
 * The read hands the texts over sealed, as stored; they are opened (AES-GCM, and their kept spans parsed) by the
 * worker pool that masks them, not on the event loop that read them, where a batch's other turns wait (turnpg:
 * before, the read's mapping opened them there).
 */
class StoredTextsOpenedOffTheLoopTest {
  private Vertx vertx;
  private Pool pool;
  private PgConversationRepository repo;

  @BeforeEach
  void start() {
    String url = TestPostgres.freshDatabaseUrl();
    Migrations.run(PgUrl.parse(url));
    vertx = Vertx.vertx();
    pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(2)).connectingTo(PgUrl.parse(url).connectOptions())
        .using(vertx).build();
    byte[] key = new byte[32];
    key[0] = 7;
    repo = new PgConversationRepository(pool, TestClock.CLOCK,
        new AtRest(DataKeys.of(Base64.getEncoder().encodeToString(key), List.of())));
  }

  @AfterEach
  void stop() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  @Test
  void theReadGivesTheTextsSealedAndOpeningThemGivesWhatWasStored() throws Exception {
    UUID id = UUID.randomUUID();
    String typed = "我叫钱多多，电话13912345678，河边的染坊半夜排红水";
    String reply = "谢谢钱多多，请问排污的具体地点在哪里？";
    List<Identity> spans = List.of(new Identity(Identity.NAME, "self", 2, 5),
        new Identity(Identity.PHONE, "self", 8, 19));
    List<PgConversationRepository.SealedText> sealed = pool.withTransaction(conn -> repo.insert(conn, id,
            new byte[] {1, 2, 3}, "web", ConversationState.fresh("zh"), TestClock.CLOCK.instant(), null)
        .compose(v -> repo.insertTyped(conn, id, "web", typed, spans, "c1"))
        .compose(v -> repo.insertMessage(conn, id, "web", "out", "bot", reply, List.of(), null))
        .compose(v -> repo.texts(conn, id)))
        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertThat(sealed).hasSize(2);
    // As stored: nothing of the texts readable in what the read hands over.
    assertThat(sealed.get(0).sealed()).isNotEqualTo(typed).doesNotContain("钱多多").doesNotContain("13912345678");
    assertThat(sealed.get(1).sealed()).isNotEqualTo(reply).doesNotContain("钱多多");
    List<PgConversationRepository.Text> opened = repo.open(sealed);
    assertThat(opened).extracting(PgConversationRepository.Text::text).containsExactly(typed, reply);
    assertThat(opened).extracting(PgConversationRepository.Text::typed).containsExactly(true, false);
    assertThat(opened.get(0).spans()).isEqualTo(spans);
    assertThat(opened.get(1).spans()).isNull();
    assertThat(opened.get(0).id()).isEqualTo(sealed.get(0).id()).isLessThan(opened.get(1).id());
  }
}
