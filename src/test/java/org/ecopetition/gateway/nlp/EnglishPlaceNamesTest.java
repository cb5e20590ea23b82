package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Division names as English readers read them: autonomous divisions without their peoples run into the reading. */
class EnglishPlaceNamesTest {
  @Test
  void autonomousDivisionsReadWithoutThePeoplesRunTogether() {
    assertThat(EnglishPlaces.english("延边朝鲜族自治州")).isEqualTo("Yanbian Prefecture");
    assertThat(EnglishPlaces.english("恩施土家族苗族自治州")).isEqualTo("Enshi Prefecture");
    assertThat(EnglishPlaces.english("黔东南苗族侗族自治州")).isEqualTo("Qiandongnan Prefecture");
    assertThat(EnglishPlaces.english("长阳土家族自治县")).isEqualTo("Changyang County");
    assertThat(EnglishPlaces.english("江宁区")).isEqualTo("Jiangning District");
    assertThat(EnglishPlaces.english("南京市")).isEqualTo("Nanjing");
  }

  /** Round nine's class: an English name that means the well-known place, not a far smaller one read the same. */
  @Test
  void aWellKnownNameIsThatPlace() {
    EnglishPlaces en = EnglishPlaces.of(Gazetteer.bundled());
    assertThat(en.resolve("A trading warehouse in Yiwu dumps packing foam by the river.").map(Place::county))
        .contains("义乌市");
  }
}
