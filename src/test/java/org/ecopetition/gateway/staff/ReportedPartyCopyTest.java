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
    // A residential compound ends in 区 but is no division: it is the home, kept with its building.
    assertThat(ReportedPartyCopy.street("南京市江宁区秣陵街道某小区3栋")).isEqualTo("某小区3栋");
    assertThat(ReportedPartyCopy.street("河南省郑州市中牟县阳光小区5号楼2单元")).isEqualTo("阳光小区5号楼2单元");
    assertThat(ReportedPartyCopy.street("广州市天河区棠下街道翠园小区8栋302")).isEqualTo("翠园小区8栋302");
    assertThat(ReportedPartyCopy.street("成都市武侯区玉林小区")).isEqualTo("玉林小区");
    assertThat(ReportedPartyCopy.street("杭州市西湖区文新街道金都小区12幢")).isEqualTo("金都小区12幢");
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
    // Nothing of the text around them is taken for a name: no piece of a wrong cut ("平和…") is masked. (The given name
    // alone, 和平, is one of the forms staff call a person by, so 和平路 would be masked: privacy first.)
    assertThat(known.redact("铸造厂半夜冒黑烟，平和路也闻到。")).isEqualTo("铸造厂半夜冒黑烟，平和路也闻到。");
    assertThat(known.redact("铸造厂半夜冒黑烟，和平路也闻到。")).isEqualTo("铸造厂半夜冒黑烟，【姓名】路也闻到。");
  }

  /** A phone written with separators a reader skips but the digits' reading did not: full-width, dots, slashes, a wrap. */
  @Test
  void aKnownPhoneIsFoundHoweverItsDigitsAreSeparated() {
    Redaction.Values known = ReportedPartyCopy.known(CASE);
    for (String written : new String[] {"153　0728　4619", "153－0728－4619", "153.0728.4619", "153/0728/4619",
        "1530728\n4619"}) {
      assertThat(known.redact("回电" + written + "。")).as(written).isEqualTo("回电【电话】。");
    }
  }

  /** Staff seldom repeat the full name: the surname with a title, 老/小 with it, the given name alone are hers too. */
  @Test
  void thePetitionerCalledBySurnameAndTitleOrGivenNameIsMasked() {
    Redaction.Values known = ReportedPartyCopy.known(CASE);
    assertThat(known.redact("经查，甘女士反映属实，老甘与甘大姐说法一致，若溪称井水变浑。"))
        .isEqualTo("经查，【姓名】反映属实，【姓名】与【姓名】说法一致，【姓名】称井水变浑。");
    assertThat(ReportedPartyCopy.calledBy("欧阳明远")).contains("欧阳先生", "老欧阳", "明远");
    // 甘某 names nobody; a name of two characters has no given name to look for alone.
    assertThat(known.redact("甘某反映属实")).isEqualTo("甘某反映属实");
    assertThat(ReportedPartyCopy.calledBy("甘露")).doesNotContain("露");
    assertThat(ReportedPartyCopy.calledBy("Li Wei")).isEmpty();
  }

  /** Contact details no case column holds are masked whoever's they are; the writer's own licence plate too. */
  @Test
  void eMailWeChatQqAndTheWritersOwnPlateAreMasked() {
    assertThat(ReportedPartyCopy.contacts("邮件发到gan.rx@qq.com或ganrx＠163.com，微信号：ganruoxi_88，VX ganrx2020，QQ号 3381726"))
        .isEqualTo("邮件发到【邮箱】或【邮箱】，微信号：【账号】，VX 【账号】，QQ号 【账号】");
    assertThat(ReportedPartyCopy.contacts("我家的车牌号是皖B·7K29L，厂里的渣土车皖B3X881夜里倾倒"))
        .isEqualTo("我家的车牌号是【车牌号】，厂里的渣土车皖B3X881夜里倾倒");
  }
}
