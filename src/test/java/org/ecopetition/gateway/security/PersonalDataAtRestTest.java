package org.ecopetition.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.cli.KeyCommands;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.Sealed;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11 §6 with correction 7, end to end on the real PostgreSQL: canary identities (name, phone, home address, ID
 * number) given in the chat (a registered case, and a conversation handed to staff before any case) and by staff
 * entry are found in clear in no text, JSON or byte column of any table; the ID numbers are not even sealed (masked
 * before); staff still read everything they read before (case page, search by phone, export, document, queue,
 * transcript) and the reported party's copy still holds none; a rotation seals everything again under the new key
 * version, leaves no value under the old one, changes the phones' keyed hashes, and every reader and lookup still
 * works.
 */
@ExtendWith(VertxExtension.class)
class PersonalDataAtRestTest {
  static final String CHAT_NAME = "柏晓岚";
  static final String CHAT_PHONE = "13976540213";
  static final String CHAT_HOME = "青枫苑";
  static final String CHAT_ID = "110101199003074578";
  static final String FIRST = "我叫" + CHAT_NAME + "，电话139 7654 0213，家住城南路66号" + CHAT_HOME + "7栋，身份证号" + CHAT_ID
      + "。村口的电镀厂每天夜里往河里排黄色的废水，水都发黑了";
  static final String STAFF_NAME = "滕青岚";
  static final String STAFF_PHONE = "13671208843";
  static final String STAFF_HOME = "梧桐里";
  static final String STAFF_ID = "32010219880712533X";
  static final List<String> CANARIES = List.of(CHAT_NAME, CHAT_PHONE, CHAT_HOME, CHAT_ID, STAFF_NAME, STAFF_PHONE,
      STAFF_HOME, STAFF_ID);

  static String chatCase(Vertx vertx, int port) {
    try (ChatClient chat = ChatClient.connect(vertx, port)) {
      chat.hello(null, "zh");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.drive(chat::say, FIRST, Map.of("您的姓名", CHAT_NAME,
          "您的住址", "城南路66号" + CHAT_HOME + "7栋", "联系电话", "139 7654 0213"), s -> { });
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      assertThat(n.find()).as(receipt).isTrue();
      return n.group(1);
    }
  }

  /** A conversation that gives its identity, then asks for a person: in the queue, no case yet. */
  static void handedToStaff(Vertx vertx, int port) {
    try (ChatClient chat = ChatClient.connect(vertx, port)) {
      chat.hello(null, "zh");
      chat.drain(300);
      chat.say(FIRST);
      assertThat(WebChatFlowTestSupport.texts(chat.say("人工"))).contains("转接人工服务");
    }
  }

  static JsonObject staffEntry() {
    return new JsonObject().put("channel", "letter").put("category", "申诉求决").put("name", STAFF_NAME)
        .put("phone", STAFF_PHONE).put("address", "东湖路12号" + STAFF_HOME + "3单元").put("location", "江苏省南京市")
        .put("facts", "我是" + STAFF_NAME + "，电话" + STAFF_PHONE + "，住东湖路12号" + STAFF_HOME + "3单元，身份证"
            + STAFF_ID + "。化工厂每晚排放刺鼻气体。")
        .put("request", "请依法查处，我的电话" + STAFF_PHONE).put("polluter", "某化工厂");
  }

  /**
   * Every text, JSON, array and byte column of every table, as the database holds it: where a canary is found (a
   * phone also with its digits alone, as a phone may be written with spaces).
   */
  static List<String> plainHits(String db) {
    return TestPostgres.jdbc(db, c -> {
      List<String[]> columns = new ArrayList<>();
      ResultSet rs = c.createStatement().executeQuery("""
          SELECT table_name, column_name, data_type FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json',
            'bytea', 'ARRAY') ORDER BY 1, 2""");
      while (rs.next()) {
        columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
      assertThat(columns.size()).as("the schema was read").isGreaterThan(50);
      List<String> hits = new ArrayList<>();
      for (String[] col : columns) {
        String q = "\"" + col[1] + "\"";
        for (String canary : CANARIES) {
          String where = switch (col[2]) {
            case "bytea" -> "position(convert_to('" + canary + "', 'UTF8') in " + q + ") > 0";
            case "ARRAY" -> "array_to_string(" + q + ", '|') LIKE '%" + canary + "%'";
            default -> q + "::text LIKE '%" + canary + "%' OR regexp_replace(" + q
                + "::text, '[^0-9]', '', 'g') LIKE '%" + (canary.matches("\\d{11}") ? canary : "-") + "%'";
          };
          ResultSet n = c.createStatement().executeQuery("SELECT count(*) FROM \"" + col[0] + "\" WHERE " + where);
          n.next();
          if (n.getLong(1) > 0) {
            hits.add(col[0] + "." + col[1] + ": " + canary);
          }
        }
      }
      return hits;
    });
  }

  /** Every row of every table with what is sealed opened, as the gateway reads it. */
  static String everythingOpened(String db, Gateway g) {
    return TestPostgres.jdbc(db, c -> {
      List<String> tables = new ArrayList<>();
      ResultSet rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables "
          + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1");
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
      StringBuilder b = new StringBuilder();
      for (String t : tables) {
        ResultSet rows = c.createStatement().executeQuery("SELECT row_to_json(t)::text FROM \"" + t + "\" t");
        while (rows.next()) {
          b.append(t).append(": ").append(Sealed.openedRow(g, t, rows.getString(1))).append('\n');
        }
      }
      return b.toString();
    });
  }

  static long count(String db, String sql) {
    return ((Number) TestPostgres.value(db, sql)).longValue();
  }

  /** What staff read still reads right, through every reader that opens a sealed value. */
  static void readersShowTheTexts(StaffClient staff, String db, String chat, String entered) {
    String chatCase = staff.get("/cases/" + chat).bodyAsString();
    assertThat(chatCase).contains(CHAT_NAME, CHAT_PHONE, CHAT_HOME, "电镀厂").doesNotContain(CHAT_ID);
    String staffCase = staff.get("/cases/" + entered).bodyAsString();
    assertThat(staffCase).contains(STAFF_NAME, STAFF_PHONE, STAFF_HOME, "刺鼻气体", "请依法查处").doesNotContain(STAFF_ID)
        .contains("【身份证号】");
    // Search by phone: a keyed hash, whatever the key version.
    assertThat(staff.get("/cases?q=" + CHAT_PHONE).bodyAsString()).contains(chat).doesNotContain(entered);
    assertThat(staff.get("/cases?q=" + STAFF_PHONE).bodyAsString()).contains(entered).doesNotContain(chat);
    String today = TestClock.TODAY.toString();
    String export = staff.get("/export?from=2020-01-01&to=" + today).bodyAsString();
    assertThat(export).contains(CHAT_NAME, CHAT_PHONE, STAFF_NAME, STAFF_PHONE, "刺鼻气体");
    String forReported = staff.get("/export?from=2020-01-01&to=" + today + "&forReportedParty=true").bodyAsString();
    for (String canary : CANARIES) {
      assertThat(forReported).doesNotContain(canary);
    }
    assertThat(staff.get("/cases/" + entered + "/documents/acceptance").bodyAsString()).contains(STAFF_NAME);
    String queue = staff.get("/workspace/queue").bodyAsString();
    assertThat(queue).as("the state's slots and the last messages, opened").contains(CHAT_NAME);
    String conversation = String.valueOf(TestPostgres.value(db, "SELECT conversation_id FROM cases WHERE case_number = '"
        + chat + "'"));
    String transcript = staff.get("/workspace/conversations/" + conversation).bodyAsString();
    assertThat(transcript).contains(CHAT_NAME, "电镀厂", "【身份证号】").doesNotContain(CHAT_ID);
  }

  @Test
  void noCanaryIsStoredReadableEveryReaderStillReadsAndARotationSealsEverythingAgain(Vertx vertx) throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    Map<String, String> env = TestGateway.env(db, key);
    StaffClient.configure(env);
    String chat;
    String entered;
    List<byte[]> hashesBefore = new ArrayList<>();
    try (Gateway g = TestGateway.start(env)) {
      StaffClient staff = new StaffClient(vertx, g);
      chat = chatCase(vertx, g.port());
      handedToStaff(vertx, g.port());
      entered = staff.enter(staffEntry());
      staff.act(entered, "accept", 0, new JsonObject().put("reason", "属于本级职责"));

      assertThat(plainHits(db)).as("canaries stored readable").isEmpty();
      String opened = everythingOpened(db, g);
      assertThat(opened).as("opened, the data is all there").contains(CHAT_NAME, CHAT_HOME, STAFF_NAME, STAFF_HOME,
          "刺鼻气体", "电镀厂");
      assertThat(opened).as("ID numbers are not collected, not even sealed").doesNotContain(CHAT_ID, STAFF_ID);
      assertThat(count(db, "SELECT count(*) FROM cases WHERE facts NOT LIKE 'k1:%' OR petitioner_name NOT LIKE 'k1:%'"
          + " OR petitioner_address NOT LIKE 'k1:%' OR contact_phone NOT LIKE 'k1:%'")).isZero();
      assertThat(count(db, "SELECT count(*) FROM conversations WHERE state ->> 'sealed' NOT LIKE 'k1:%' "
          + "OR state ->> 'sealed' IS NULL")).isZero();
      assertThat(count(db, "SELECT count(*) FROM messages WHERE body ->> 'text' NOT LIKE 'k1:%'")).isZero();
      readersShowTheTexts(staff, db, chat, entered);
      hashesBefore.addAll(hashes(db));
    }

    // A new key, the old one kept while a rotation is under way; keys rotate with no gateway running.
    Map<String, String> rotated = TestGateway.env(db, key);
    StaffClient.configure(rotated);
    rotated.put("GATEWAY_SECURITY_DATA_KEY", "2:" + TestGateway.newKey());
    rotated.put("GATEWAY_SECURITY_PREVIOUS_DATA_KEYS", "1:" + TestGateway.dataKeyFor(key));
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    assertThat(KeyCommands.rotate(ConfigLoader.load(null, rotated), new PrintStream(said, true))).isZero();
    assertThat(said.toString()).contains("sealed 2 cases, 2 conversation states, ").contains("version 2");
    for (String column : List.of("facts", "request", "petitioner_name", "petitioner_address", "contact_phone")) {
      assertThat(count(db, "SELECT count(*) FROM cases WHERE " + column + " LIKE 'k1:%'")).as(column).isZero();
    }
    assertThat(count(db, "SELECT count(*) FROM conversations WHERE state ->> 'sealed' NOT LIKE 'k2:%'")).isZero();
    assertThat(count(db, "SELECT count(*) FROM messages WHERE body ->> 'text' NOT LIKE 'k2:%'")).isZero();
    List<byte[]> hashesAfter = hashes(db);
    assertThat(hashesAfter).hasSameSizeAs(hashesBefore);
    for (int i = 0; i < hashesAfter.size(); i++) {
      assertThat(hashesAfter.get(i)).as("the keyed hash is made with the new key").isNotEqualTo(hashesBefore.get(i));
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    assertThat(KeyCommands.rotate(ConfigLoader.load(null, rotated), new PrintStream(again, true))).isZero();
    assertThat(again.toString()).as("idempotent").contains("sealed 0 cases, 0 conversation states, 0 messages and 0 channel senders");

    // Only the new key now: everything opens, lookups find, a repeat is found by the new hash.
    Map<String, String> only = TestGateway.env(db, key);
    StaffClient.configure(only);
    only.put("GATEWAY_SECURITY_DATA_KEY", rotated.get("GATEWAY_SECURITY_DATA_KEY"));
    try (Gateway g = TestGateway.start(only)) {
      StaffClient staff = new StaffClient(vertx, g);
      readersShowTheTexts(staff, db, chat, entered);
      String repeat = chatCase(vertx, g.port());
      assertThat(TestPostgres.value(db, "SELECT repeat_of FROM cases WHERE case_number = '" + repeat + "'"))
          .isEqualTo(chat);
      assertThat(plainHits(db)).isEmpty();
      assertThat(everythingOpened(db, g)).doesNotContain(CHAT_ID, STAFF_ID);
    }
  }

  @Test
  void rowsStoredReadableBeforeAreSealedAtTheNextStart(Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    StaffClient.configure(env);
    String chat;
    try (Gateway g = TestGateway.start(env)) {
      chat = chatCase(vertx, g.port());
      // As a release before V23 left them: readable texts, a readable state, readable message texts.
      String facts = Sealed.caseText(db, g, chat, "facts");
      List<String> states = Sealed.states(db, g, "true");
      TestPostgres.jdbc(db, c -> {
        var u = c.prepareStatement("UPDATE cases SET facts = ?, petitioner_name = ? WHERE case_number = ?");
        u.setString(1, facts + "（身份证" + CHAT_ID + "）");
        u.setString(2, CHAT_NAME);
        u.setString(3, chat);
        u.executeUpdate();
        var s = c.prepareStatement("UPDATE conversations SET state = ?::jsonb");
        s.setString(1, states.get(0));
        s.executeUpdate();
        var m = c.prepareStatement("UPDATE messages SET body = jsonb_set(body, '{text}', to_jsonb(?::text)) "
            + "WHERE id = (SELECT min(id) FROM messages)");
        m.setString(1, FIRST);
        return m.executeUpdate();
      });
      assertThat(plainHits(db)).isNotEmpty();
    }
    try (Gateway g = TestGateway.start(env)) {
      assertThat(plainHits(db)).isEmpty();
      assertThat(everythingOpened(db, g)).contains(CHAT_NAME).doesNotContain(CHAT_ID);
      assertThat(Sealed.caseText(db, g, chat, "facts")).contains("电镀厂", "（身份证【身份证号】）");
      assertThat(new StaffClient(vertx, g).get("/cases/" + chat).bodyAsString()).contains(CHAT_NAME, CHAT_PHONE);
    }
  }

  private static List<byte[]> hashes(String db) {
    return TestPostgres.jdbc(db, c -> {
      List<byte[]> out = new ArrayList<>();
      ResultSet rs = c.createStatement().executeQuery(
          "SELECT contact_phone_hash FROM cases WHERE contact_phone_hash IS NOT NULL ORDER BY id");
      while (rs.next()) {
        out.add(rs.getBytes(1));
      }
      return out;
    });
  }
}
