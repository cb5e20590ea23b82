package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.nlp.Identity;
import org.junit.jupiter.api.Test;

/**
 * dialogfix12: when the report is made anonymous, a name the extractor reads inside the problem's place ("南京江宁": 江宁)
 * is no one's name and stays; the petitioner's name, and a name outside the place, are still masked.
 */
class AnonymityPlaceTest {
  static Map<String, String> place(String typed, String province, String city, String county, String town) {
    Map<String, String> slots = new LinkedHashMap<>();
    slots.put("facts", "河里死鱼");
    slots.put("location", typed);
    slots.put("location.province", province);
    slots.put("location.city", city);
    slots.put("location.county", county);
    if (town != null) {
      slots.put("location.town", town);
    }
    return slots;
  }

  static Identity name(String text, String value, String whose) {
    int at = text.indexOf(value);
    return new Identity(Identity.NAME, whose, at, at + value.length());
  }

  @Test
  void aNameInsideTheProblemsPlaceIsThePlace() {
    Object[][] cases = {
        {place("南京江宁", "江苏省", "南京市", "江宁区", null), "南京江宁", "江宁"},
        {place("常州武进区湖塘镇", "江苏省", "常州市", "武进区", "湖塘镇"), "在常州武进区湖塘镇那边", "武进"},
        {place("广州市白云区太和镇", "广东省", "广州市", "白云区", "太和镇"), "太和镇的河", "太和"},
        {place("长沙市望城区白箬铺镇", "湖南省", "长沙市", "望城区", "白箬铺镇"), "望城这边", "望城"},
        {place("苏州吴中区木渎镇", "江苏省", "苏州市", "吴中区", "木渎镇"), "木渎镇的石材厂", "木渎"},
        {place("杭州市余杭区", "浙江省", "杭州市", "余杭区", null), "余杭的工地", "余杭"},
    };
    for (Object[] c : cases) {
      @SuppressWarnings("unchecked")
      Map<String, String> slots = (Map<String, String>) c[0];
      String text = (String) c[1];
      List<String> words = Anonymity.placeWords(slots);
      Identity span = name(text, (String) c[2], Identity.PETITIONER);
      assertThat(Anonymity.notThePlace(text, List.of(span), words)).as(text).isEmpty();
    }
  }

  @Test
  void aNameOutsideThePlaceIsStillMasked() {
    Map<String, String> slots = place("南京江宁", "江苏省", "南京市", "江宁区", null);
    List<String> words = Anonymity.placeWords(slots);
    for (String[] c : new String[][] {{"我叫王建国，南京江宁", "王建国"}, {"联系人李娟", "李娟"}, {"张德福家门口", "张德福"}}) {
      Identity span = name(c[0], c[1], Identity.PETITIONER);
      assertThat(Anonymity.notThePlace(c[0], List.of(span), words)).as(c[0]).containsExactly(span);
    }
    // A surname the place's name also holds is the petitioner's still (王家镇, 李村, 张家港): only a name read where the
    // place is written, or a place's short name of two characters or more, is the place.
    Object[][] surnames = {
        {place("王家镇", "湖北省", "荆州市", "沙市区", null), "我姓王，王家镇这边", 2},
        {place("李村", "山东省", "青岛市", "李沧区", null), "李村的河，我姓李", 7},
        {place("张家港市", "江苏省", "苏州市", "张家港市", null), "老张，张家港那边", 1},
        {place("赵县", "河北省", "石家庄市", "赵县", null), "赵县的厂子，联系赵师傅", 8},
        {place("刘集镇", "江苏省", "徐州市", "铜山区", "刘集镇"), "刘集镇那边，我是小刘", 9},
    };
    for (Object[] c : surnames) {
      @SuppressWarnings("unchecked")
      Map<String, String> where = (Map<String, String>) c[0];
      String text = (String) c[1];
      int at = (Integer) c[2];
      Identity own = new Identity(Identity.NAME, Identity.PETITIONER, at, at + 1);
      assertThat(Anonymity.notThePlace(text, List.of(own), Anonymity.placeWords(where))).as(text).containsExactly(own);
    }
    // A phone is never set aside, whatever the place.
    Identity phone = new Identity(Identity.PHONE, Identity.PETITIONER, 0, 11);
    assertThat(Anonymity.notThePlace("13812345678", List.of(phone), words)).containsExactly(phone);
    // No place given: nothing set aside.
    Identity span = name("江宁", "江宁", Identity.PETITIONER);
    assertThat(Anonymity.notThePlace("江宁", List.of(span), Anonymity.placeWords(Map.of("facts", "x")))).containsExactly(span);
  }
}
