package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.cli.CopyCommands;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code copies remask}: a redacted copy stored before {@link CopyMask} (masked by the exact values only) still shows the
 * petitioner as people call them, the street, an ID number, an e-mail and a WeChat account; the command masks it as a
 * copy stored today is, leaves the sealed original as it was, prints counts only, and a second run rewrites nothing.
 */
@ExtendWith(VertxExtension.class)
class CopyRemaskTest {
  /** A copy as stored before CopyMask: the full name and phone masked, nothing else. */
  static final String OLD_FACTS = "【姓名】反映：荆州路17号楼下的烧烤店油烟直排。岑女士说孩子夜里咳嗽，老岑的身份证号"
      + "420106198803154418，邮箱 cen.huiling@163.com，微信号 cenhl_1988，家在荆州路17号。";

  static void remask(Map<String, String> env, ByteArrayOutputStream said) {
    try {
      assertThat(CopyCommands.remask(ConfigLoader.load(null, env), new PrintStream(said, true))).isZero();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anOldCopyIsMaskedAgainOnceAndTheSealedOriginalKept(Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    StaffClient.configure(env);
    String number;
    try (Gateway g = TestGateway.start(env)) {
      number = new StaffClient(vertx, g).enter(new JsonObject().put("channel", "letter").put("category", "申诉求决")
          .put("facts", "荆州路17号楼下的烧烤店油烟直排，孩子夜里咳嗽。").put("request", "请求查处")
          .put("name", "岑慧玲").put("phone", "13627184409").put("address", "湖北省武汉市江汉区荆州路17号")
          .put("polluter", "荆州路烧烤店").put("location", "湖北省武汉市江汉区荆州路"));
    }
    String where = " FROM cases WHERE case_number = '" + number + "'";
    TestPostgres.jdbc(db, c -> c.createStatement().execute("UPDATE cases SET facts_redacted = '" + OLD_FACTS + "'"
        + where.replace(" FROM cases", "")));
    Object sealedFacts = TestPostgres.value(db, "SELECT facts" + where);
    Object sealedName = TestPostgres.value(db, "SELECT petitioner_name" + where);

    ByteArrayOutputStream said = new ByteArrayOutputStream();
    remask(env, said);
    assertThat(said.toString()).contains("examined 1 stored copies; masked again 1")
        .doesNotContain("岑").doesNotContain("荆州路");
    String copy = (String) TestPostgres.value(db, "SELECT facts_redacted" + where);
    assertThat(copy).doesNotContain("岑女士").doesNotContain("老岑").doesNotContain("420106198803154418")
        .doesNotContain("cen.huiling@163.com").doesNotContain("cenhl_1988").doesNotContain("荆州路17号")
        .contains("烧烤店油烟直排");
    // The same as a copy masked today.
    assertThat(copy).isEqualTo(CopyMask.more(OLD_FACTS, "岑慧玲", "13627184409", "湖北省武汉市江汉区荆州路17号"));
    assertThat(TestPostgres.value(db, "SELECT facts" + where)).isEqualTo(sealedFacts);
    assertThat(TestPostgres.value(db, "SELECT petitioner_name" + where)).isEqualTo(sealedName);

    // Again: nothing left to rewrite.
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    remask(env, again);
    assertThat(again.toString()).contains("examined 1 stored copies; masked again 0");
    assertThat(TestPostgres.value(db, "SELECT facts_redacted" + where)).isEqualTo(copy);
  }
}
