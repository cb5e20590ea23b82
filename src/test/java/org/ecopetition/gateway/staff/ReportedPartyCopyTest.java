package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.ecopetition.gateway.nlp.Redaction;
import org.junit.jupiter.api.Test;

/** What leaves with the confirmed copy besides its facts and request is masked with the case's known identities. */
class ReportedPartyCopyTest {
  static final JsonObject CASE = new JsonObject().put("petitioner_name", "甘若溪").put("contact_phone", "15307284619")
      .put("petitioner_address", "安徽省芜湖市鸠江区湾里街道青枫巷17号").put("location", "鸠江区湾里街道青枫巷17号")
      .put("polluter", "青枫巷口的永兴铸造厂");

  @Test
  void theAddressIsAlsoFoundWithoutItsDivisions() {
    assertThat(ReportedPartyCopy.street("安徽省芜湖市鸠江区湾里街道青枫巷17号")).isEqualTo("青枫巷17号");
    assertThat(ReportedPartyCopy.street("青枫巷17号")).isNull();
    // Too little left to be anyone's address: only the divisions are masked as written.
    assertThat(ReportedPartyCopy.street("芜湖市鸠江区")).isNull();
  }

  @Test
  void whatStaffWroteAndThePlaceAreMasked() {
    Redaction.Values known = ReportedPartyCopy.known(CASE);
    assertThat(known.redact("经查，甘若溪（电话153 0728 4619）家住青枫巷17号，反映属实。"))
        .isEqualTo("经查，【姓名】（电话【电话】）家住【地址】，反映属实。");
    JsonObject copy = ReportedPartyCopy.masked(CASE.copy(), known);
    assertThat(copy.getString("location")).isEqualTo("鸠江区湾里街道【地址】");
    // The reported party stays: the street's name alone is no one's home.
    assertThat(copy.getString("polluter")).isEqualTo("青枫巷口的永兴铸造厂");
    assertThat(known.redact("湾里街道的永兴铸造厂夜里排放废气")).isEqualTo("湾里街道的永兴铸造厂夜里排放废气");
  }

  /**
   * Two witnesses masked side by side with a short word between them ("和", "、") that also occurs inside the first
   * name: the copy was aligned at the word's first occurrence, so the first witness was read as "王" (no name) and the
   * second as "平和孙德胜" — and a finding naming 王和平 left for the reported party unmasked.
   */
  @Test
  void aWitnessWhoseNameHoldsTheWordBetweenTwoMasksIsStillMasked() {
    JsonObject c = CASE.copy().put("facts", "证人王和平和孙德胜都看见铸造厂半夜冒黑烟。")
        .put("facts_redacted", "证人【姓名】和【姓名】都看见铸造厂半夜冒黑烟。")
        .put("request", "请联系陈和、李四核实。").put("request_redacted", "请联系【姓名】、【姓名】核实。");
    Redaction.Values known = ReportedPartyCopy.known(c);
    assertThat(known.redact("经查，王和平、孙德胜所述属实，陈和亦证实。"))
        .isEqualTo("经查，【姓名】、【姓名】所述属实，【姓名】亦证实。");
    // Nothing of the text around them is taken for a name.
    assertThat(known.redact("铸造厂半夜冒黑烟，和平路也闻到。")).isEqualTo("铸造厂半夜冒黑烟，和平路也闻到。");
  }
}
