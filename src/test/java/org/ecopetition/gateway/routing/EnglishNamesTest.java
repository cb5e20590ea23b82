package org.ecopetition.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ecopetition.gateway.nlp.EnglishPlaces;
import org.junit.jupiter.api.Test;

class EnglishNamesTest {
  final EnglishNames names = new EnglishNames(Map.of("测试市生态环境局", "Test City Bureau"), EnglishPlaces::english);

  @Test
  void configuredNamesFirstThenTheDirectorysShapesReadInEnglishWithTheOfficialNameBeside() {
    assertThat(names.of("测试市生态环境局")).isEqualTo("Test City Bureau");
    assertThat(names.of("生态环境部")).isEqualTo("Ministry of Ecology and Environment (生态环境部)");
    assertThat(names.of("江苏省生态环境厅")).isEqualTo("Jiangsu Department of Ecology and Environment (江苏省生态环境厅)");
    assertThat(names.of("南京市生态环境局")).isEqualTo("Nanjing Bureau of Ecology and Environment (南京市生态环境局)");
    assertThat(names.of("南京市生态环境局江宁分局"))
        .isEqualTo("Jiangning Branch, Nanjing Bureau of Ecology and Environment (南京市生态环境局江宁分局)");
    assertThat(names.of("上海市闵行区生态环境局"))
        .isEqualTo("Minhang District, Shanghai Bureau of Ecology and Environment (上海市闵行区生态环境局)");
    assertThat(names.of("Some Office")).isEqualTo("Some Office");
    assertThat(names.of("某某人民政府")).isEqualTo("the body named (某某人民政府)");
  }
}
