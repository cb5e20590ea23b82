package org.ecopetition.gateway.channel.webchat;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.db.PgUrl;
import org.ecopetition.gateway.security.AtRest;
import org.ecopetition.gateway.security.DataKeys;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP poll with a horizon far older than its cursor (the page falling back from a socket whose last `seen` came
 * before many messages; a forged one): the messages below the cursor that the horizon did not show are more than a
 * page. They come a page a poll, each once, and the polls end; a message whose writer was still running at a page's
 * read, with an id below that page's, still comes once it commits. The page size is 4 here.
 */
class WebChatPollPagingTest {
  private static final int PAGE = 4;
  private static Vertx vertx;
  private static String db;
  private static String key;
  private static Gateway gateway;
  private static Pool pool;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    db = TestPostgres.freshDatabaseUrl();
    key = TestGateway.newKey();
    Map<String, String> env = TestGateway.env(db, key);
    env.put("GATEWAY_CHAT_HISTORY_REPLAY", String.valueOf(PAGE));
    gateway = TestGateway.start(env);
    pool = PgBuilder.pool().connectingTo(PgUrl.parse(db).connectOptions()).using(vertx).build();
  }

  @AfterAll
  static void stop() {
    pool.close().await();
    gateway.close();
    vertx.close().await();
  }

  @Test
  void aPollWithAnOldHorizonGivesEachLateMessagePageByPageOnceAndEnds() {
    JsonObject opened = Web.once(vertx, c -> c.post(gateway.port(), "127.0.0.1", "/api/v1/chat/conversations")
        .sendJsonObject(new JsonObject().put("lang", "zh")).await().bodyAsJsonObject());
    String token = opened.getString("token");
    // The class's only conversation.
    UUID conversation = (UUID) TestPostgres.value(db, "SELECT id FROM conversations");
    // The first poll: its horizon is the one the client keeps, and it becomes old.
    JsonObject first = poll(token, 0, null);
    String old = first.getString("horizon");
    assertThat(old).matches("[0-9a-z]+(\\.[0-9a-z]+)+");

    // A writer that does not take the conversation's lock (as a notice does) draws an id and stays open.
    SqlConnection lateConn = pool.getConnection().await();
    Transaction late = lateConn.begin().await();
    long lateId = write(lateConn, conversation, "迟到的消息");
    // Another writes six messages after it and commits: all of them committed after the old horizon.
    List<Long> written = new ArrayList<>();
    SqlConnection other = pool.getConnection().await();
    Transaction tx = other.begin().await();
    for (int i = 1; i <= 6; i++) {
      written.add(write(other, conversation, "工作人员的第" + i + "条消息"));
    }
    tx.commit().await();
    other.close().await();
    long top = written.get(written.size() - 1);
    assertThat(written.get(0)).isGreaterThan(lateId);

    // The client holds everything up to `top` and polls with it and the old horizon.
    List<Long> given = new ArrayList<>();
    long cursor = top;
    String horizon = old;
    JsonObject answer = poll(token, cursor, horizon);
    given.addAll(ids(answer));
    assertThat(ids(answer)).as("a full page of late ones, the open writer's not among them").hasSize(PAGE)
        .doesNotContain(lateId);
    assertThat(ids(answer).get(PAGE - 1)).as("the page reaches past the open writer's id").isGreaterThan(lateId);
    assertThat(answer.getLong("cursor")).isEqualTo(cursor);
    // The open writer commits after that page's read.
    late.commit().await();
    lateConn.close().await();

    int polls = 1;
    while (!ids(answer).isEmpty()) {
      assertThat(answer.getLong("cursor")).as("the cursor never goes back").isGreaterThanOrEqualTo(cursor);
      cursor = answer.getLong("cursor");
      horizon = answer.getString("horizon");
      answer = poll(token, cursor, horizon);
      given.addAll(ids(answer));
      assertThat(++polls).as("the polls end").isLessThanOrEqualTo(6);
    }
    assertThat(given).as("each message once").doesNotHaveDuplicates();
    List<Long> expected = new ArrayList<>(written);
    expected.add(lateId);
    assertThat(given).as("every message the old horizon did not show, the late one too")
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(answer.getString("horizon")).as("a plain horizon again").matches("[0-9a-z]+(\\.[0-9a-z]+)+");
  }

  /** A message written straight into the conversation in the caller's transaction (as a notice's is), its id. */
  private static long write(SqlClient conn, UUID conversation, String text) {
    AtRest atRest = new AtRest(DataKeys.of(TestGateway.dataKeyFor(key), List.of()));
    return conn.preparedQuery("INSERT INTO messages (conversation_id, channel, direction, author, body, created_at) "
            + "VALUES ($1, 'webchat', 'out', 'staff', $2, $3) RETURNING id")
        .execute(Tuple.of(conversation, atRest.sealBody(new JsonObject().put("text", text).put("buttons", new JsonArray())),
            TestClock.CLOCK.instant().atOffset(ZoneOffset.UTC)))
        .await().iterator().next().getLong(0);
  }

  private static JsonObject poll(String token, long since, String horizon) {
    return HttpPoll.poll(vertx, gateway.port(), token, since, horizon);
  }

  private static List<Long> ids(JsonObject polled) {
    JsonArray a = polled.getJsonArray("messages");
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(a.getJsonObject(i).getLong("id"));
    }
    return out;
  }
}
