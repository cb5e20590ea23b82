package org.ecopetition.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The at-rest codec on its own: what it seals, what it leaves, what it masks, and what it refuses. */
class AtRestTest {
  static String key() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return Base64.getEncoder().encodeToString(k);
  }

  final String one = key();
  final AtRest v1 = new AtRest(DataKeys.of(one, List.of()));

  @Test
  void idNumbersAreMaskedWhateverTheirFormAndNothingElseIs() {
    assertThat(AtRest.maskIdNumbers("身份证号110101199003074578，电话13907395512"))
        .isEqualTo("身份证号【身份证号】，电话13907395512");
    assertThat(AtRest.maskIdNumbers("ID 32010219880712533x.")).isEqualTo("ID 【身份证号】.");
    assertThat(AtRest.maskIdNumbers("证件 110101 19900307 4578 号")).isEqualTo("证件 【身份证号】 号");
    assertThat(AtRest.maskIdNumbers("老身份证110101900307457")).isEqualTo("老身份证【身份证号】");
    // Typed from paper: full-width digits, a full-width space, a number wrapped at the end of a line.
    assertThat(AtRest.maskIdNumbers("身份证４４０３０５１９９１１１０２６６１Ｘ。")).isEqualTo("身份证【身份证号】。");
    assertThat(AtRest.maskIdNumbers("证号440305　19911102　661x")).isEqualTo("证号【身份证号】");
    assertThat(AtRest.maskIdNumbers("身份证号440305199111\n02661X，电话13907395512")).isEqualTo("身份证号【身份证号】，电话13907395512");
    // A case number, a longer run of digits, a phone with a landline: not ID numbers.
    for (String kept : List.of("案件HB2026112900001", "单号12345678901234567890", "电话0731-88886666，13907395512",
        "2026-06-15 10:00")) {
      assertThat(AtRest.maskIdNumbers(kept)).isEqualTo(kept);
    }
  }

  /** What a conversation's state cache holds is the state exactly as it reads back: ID numbers masked. */
  @Test
  void aStateAsStoredIsWhatOpeningTheSealedStateGives() {
    org.ecopetition.gateway.dialog.ConversationState.Frame intake = new org.ecopetition.gateway.dialog.ConversationState
        .Frame("intake", "request", Map.of("facts", "我的身份证号110101199003074578，化工厂排污", "since", "上个月",
        "location.province", "江苏省"), true, Map.of("name", "王建国"), null, List.of("facts", "since"));
    org.ecopetition.gateway.dialog.ConversationState.Frame status = new org.ecopetition.gateway.dialog.ConversationState
        .Frame("status", "case_number", Map.of(), false, Map.of(), "case_number", List.of());
    for (org.ecopetition.gateway.dialog.ConversationState s : List.of(
        new org.ecopetition.gateway.dialog.ConversationState("zh", intake, List.of(), java.util.Set.of("urgent"), 1,
            List.of("1", "证件 110101 19900307 4578 号"), false, 2),
        new org.ecopetition.gateway.dialog.ConversationState("en", status, List.of(intake), java.util.Set.of(), 0,
            List.of(), true, 0),
        org.ecopetition.gateway.dialog.ConversationState.fresh("zh"))) {
      org.ecopetition.gateway.dialog.ConversationState read = org.ecopetition.gateway.dialog.ConversationState.fromMap(
          v1.openState(v1.sealState(s.toMap())));
      org.ecopetition.gateway.dialog.ConversationState held = org.ecopetition.gateway.dialog.ConversationState.fromMap(
          AtRest.stateAsStored(s.toMap()));
      assertThat(held).isEqualTo(read);
      assertThat(held.toMap()).isEqualTo(read.toMap());
      assertThat(new JsonObject(held.toMap()).encode()).isEqualTo(new JsonObject(read.toMap()).encode())
          .doesNotContain("110101");
    }
  }

  /** A turn masks its state once: that map, sealed, opens to itself, and nothing readable or unmasked is stored. */
  @Test
  void aStateMaskedOnceSealsToWhatSealingTheStateGives() {
    Map<String, Object> state = new JsonObject().put("lang", "zh").put("strikes", 2).put("flags", new JsonArray())
        .put("current", new JsonObject().put("slots", new JsonObject().put("name", "柏晓岚")
            .put("facts", "身份证110101199003074578")).put("trail", new JsonArray().add("110101 19900307 4578").add(7)))
        .getMap();
    Map<String, Object> asStored = AtRest.stateAsStored(state);
    JsonObject sealed = v1.sealStored(asStored);
    assertThat(sealed.fieldNames()).containsExactly("sealed");
    assertThat(sealed.encode()).doesNotContain("柏晓岚").doesNotContain("110101");
    assertThat(v1.openState(sealed)).isEqualTo(new JsonObject(asStored).getMap())
        .isEqualTo(v1.openState(v1.sealState(state)));
    assertThat(new JsonObject(v1.openState(sealed)).encode()).doesNotContain("110101").contains("【身份证号】")
        .contains("柏晓岚");
  }

  @Test
  void theDigitCountBeforeTheSearchMasksExactlyWhatTheSearchAloneWould() {
    // Texts of digits, separators, X, letters and Chinese around the 15-digit bound the count looks at.
    java.util.Random r = new java.util.Random(16);
    String alphabet = "0123456789 -Xxa号，";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 12 + r.nextInt(14);
      for (int j = 0; j < n; j++) {
        b.append(r.nextInt(3) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : (char) ('0' + r.nextInt(10)));
      }
      String t = b.toString();
      assertThat(AtRest.maskIdNumbers(t)).as(t).isEqualTo(AtRest.ID_NUMBER.matcher(t).replaceAll("【身份证号】"));
    }
  }

  @Test
  void aTextIsSealedUnderItsColumnAndOpensOnlyThere() {
    String sealed = v1.seal(AtRest.FACTS, "我叫柏晓岚，身份证110101199003074578，工厂排污");
    assertThat(sealed).startsWith("k1:").doesNotContain("柏晓岚");
    assertThat(v1.open(AtRest.FACTS, sealed)).isEqualTo("我叫柏晓岚，身份证【身份证号】，工厂排污");
    assertThatThrownBy(() -> v1.open(AtRest.NAME, sealed)).isInstanceOf(IllegalStateException.class);
    assertThat(v1.seal(AtRest.REQUEST, "")).isEmpty();
    assertThat(v1.seal(AtRest.NAME, null)).isNull();
    assertThat(v1.open(AtRest.NAME, "王建国")).as("a row from before sealing").isEqualTo("王建国");
  }

  @Test
  void aStateIsSealedWholeWithItsNumbersAndStructureKept() {
    Map<String, Object> state = new JsonObject().put("lang", "zh").put("strikes", 2)
        .put("current", new JsonObject().put("slots", new JsonObject().put("name", "柏晓岚")
            .put("facts", "身份证110101199003074578")).put("list", new JsonArray().add("110101199003074578").add(7)))
        .getMap();
    JsonObject stored = v1.sealState(state);
    assertThat(stored.fieldNames()).containsExactly("sealed");
    assertThat(stored.encode()).doesNotContain("柏晓岚");
    JsonObject opened = new JsonObject(v1.openState(stored));
    assertThat(opened.getInteger("strikes")).isEqualTo(2);
    assertThat(opened.getJsonObject("current").getJsonObject("slots").getString("name")).isEqualTo("柏晓岚");
    assertThat(opened.encode()).doesNotContain("110101199003074578").contains("【身份证号】");
    assertThat(opened.getJsonObject("current").getJsonArray("list").getInteger(1)).isEqualTo(7);
    JsonObject before = new JsonObject(state);
    assertThat(v1.openState(before)).as("a state from before sealing").isEqualTo(before.getMap());
  }

  @Test
  void aMessageKeepsItsButtonsReadableAndItsTextSealed() {
    JsonObject body = new JsonObject().put("text", "我叫柏晓岚").put("kind", "summary")
        .put("buttons", new JsonArray().add(new JsonObject().put("label", "确认提交").put("value", "确认提交")));
    JsonObject stored = v1.sealBody(body);
    assertThat(stored.getString("text")).startsWith("k1:");
    assertThat(stored.getJsonArray("buttons")).isEqualTo(body.getJsonArray("buttons"));
    assertThat(v1.openBody(stored)).isEqualTo(body);
  }

  @Test
  void afterARotationOldValuesStillOpenAndAreSealedAgainUnderTheNewVersion() {
    AtRest v2 = new AtRest(DataKeys.of("2:" + key(), List.of("1:" + one)));
    String old = v1.seal(AtRest.ADDRESS, "城南路66号");
    assertThat(v2.open(AtRest.ADDRESS, old)).isEqualTo("城南路66号");
    assertThat(old).startsWith("k1:");
    String again = v2.seal(AtRest.ADDRESS, v2.open(AtRest.ADDRESS, old));
    assertThat(again).startsWith("k2:");
    assertThatThrownBy(() -> v1.open(AtRest.ADDRESS, again)).hasMessageContaining("version 2");
  }
}
