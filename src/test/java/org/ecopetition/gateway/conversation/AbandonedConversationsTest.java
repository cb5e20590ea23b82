package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.db.Housekeeping;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An abandoned intake expires after chat.abandonedAfterDays with its messages (the phone typed in it gone from the
 * database); a conversation with a case, an alert or staff involvement never expires, nor a recent one.
 */
@ExtendWith(VertxExtension.class)
class AbandonedConversationsTest {
  static final String CANARY_PHONE = "13907395512";

  static String started(Vertx vertx, int port, String said) {
    try (ChatClient chat = ChatClient.connect(vertx, port)) {
      String token = chat.hello(null, "zh").getString("token");
      chat.drain(300);
      if (said != null) {
        chat.say(said);
      }
      return token;
    }
  }

  static String id(String token) {
    return "(SELECT id FROM conversations WHERE token_hash = sha256(convert_to('" + token + "', 'UTF8')))";
  }

  @Test
  void anAbandonedIntakeGoesWithItsPersonalDataOthersStay(Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    try (Gateway g = TestGateway.start(env)) {
      String abandoned = started(vertx, g.port(), "我叫林秋水，电话" + CANARY_PHONE + "，小区旁边的工厂半夜排黑烟");
      String reported;
      try (ChatClient chat = ChatClient.connect(vertx, g.port())) {
        reported = chat.hello(null, "zh").getString("token");
        chat.drain(300);
        WebChatFlowTestSupport.report(chat);
      }
      String alerted = started(vertx, g.port(), "河里有死鱼");
      String staffed = started(vertx, g.port(), "河边有垃圾");
      String recent = started(vertx, g.port(), "附近噪音很大");
      TestPostgres.jdbc(db, c -> c.createStatement().execute(("""
          INSERT INTO alerts (kind, conversation_id, department_code, raised_at) VALUES ('urgent', ALERTED, '', NOW);
          INSERT INTO conversation_log (conversation_id, at, actor, kind, text) VALUES (STAFFED, NOW, 'staff:li', 'note', 'x');
          UPDATE conversations SET updated_at = NOW - interval '31 days' WHERE id <> RECENT;""")
          .replace("ALERTED", id(alerted)).replace("STAFFED", id(staffed)).replace("RECENT", id(recent))
          .replace("NOW", TestClock.sqlNow())));
      assertThat(org.ecopetition.gateway.support.Sealed.messageTexts(db, g, "true"))
          .anyMatch(t -> t.contains(CANARY_PHONE));

      Pool pool = PgBuilder.pool().connectingTo(PgUrl.parse(db).connectOptions()).using(vertx).build();
      new Housekeeping(pool, 60, 30, TestClock.CLOCK).run().await();
      pool.close().await();

      assertThat(count(db, "conversations WHERE id = " + id(abandoned))).isZero();
      assertThat(org.ecopetition.gateway.support.Sealed.messageTexts(db, g, "true"))
          .noneMatch(t -> t.contains(CANARY_PHONE));
      assertThat(count(db, "messages WHERE conversation_id IS NOT NULL AND conversation_id NOT IN (SELECT id FROM conversations)"))
          .isZero();
      for (String kept : new String[] {reported, alerted, staffed, recent}) {
        assertThat(count(db, "conversations WHERE id = " + id(kept))).isOne();
      }
      assertThat(count(db, "messages WHERE conversation_id = " + id(reported))).isPositive();
    }
  }

  @Test
  void noRetentionKeepsEverything(Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    try (Gateway g = TestGateway.start(TestGateway.env(db, TestGateway.newKey()))) {
      String t = started(vertx, g.port(), "河里有油污");
      TestPostgres.jdbc(db, c -> c.createStatement().execute("UPDATE conversations SET updated_at = "
          + TestClock.sqlNow() + " - interval '400 days'"));
      Pool pool = PgBuilder.pool().connectingTo(PgUrl.parse(db).connectOptions()).using(vertx).build();
      new Housekeeping(pool, 60, 0, TestClock.CLOCK).run().await();
      pool.close().await();
      assertThat(count(db, "conversations WHERE id = " + id(t))).isOne();
    }
  }

  static long count(String db, String from) {
    return ((Number) TestPostgres.value(db, "SELECT count(*) FROM " + from)).longValue();
  }
}
