package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormaliserTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "陕西咸阳乾县的砖厂冒黑烟 | 陕西咸阳乾县的砖厂冒黑烟",
      "陝西咸陽乾縣的磚廠冒黑煙 | 陕西咸阳乾县的砖厂冒黑烟",
      "吉林乾安的化工廠晚上排污 | 吉林乾安的化工厂晚上排污",
      "濛江鎮的河水發臭 | 濛江镇的河水发臭",
      "衣服晒不乾，灰太大 | 衣服晒不干，灰太大",
      "河邊的草都乾死了 | 河边的草都干死了",
      "他又找藉口不來開會 | 他又找借口不来开会"})
  void aDivisionsOwnCharacterIsKeptWhereOtherwiseTheTableConvertsIt(String raw, String want) {
    Normaliser.Mapped m = Normaliser.map(raw);
    assertThat(m.text()).isEqualTo(want);
    assertThat(m.raw()).hasSize(raw.length() + 1); // one character for one: spans still map back
  }

  @Test
  void everyDivisionsNameReadsAsItIsWritten() throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream("/nlp-models/gazetteer/divisions.tsv")) {
      List<String> changed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && l.split("\t").length > 2)
          .map(l -> l.split("\t")[2])
          .filter(name -> !Normaliser.normalise(name).equals(name))
          .toList();
      assertThat(changed).as("names to add to nlp-models/lexicon/kept-spellings.txt").isEmpty();
    }
  }
}
