package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.ts.TraditionalChineseDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: {@link Normaliser#simplified} skips HanLP's traditional → simplified converter for a text in which no
 * conversion can begin, and gives exactly what the converter gives for every text.
 */
class SimplifiedTest {
  @Test
  void theTableReadIsTheConvertersOwn() {
    Map<String, String> table = Normaliser.Conversions.table();
    assertThat(table).hasSize(TraditionalChineseDictionary.trie.size());
    table.forEach((k, v) -> assertThat(TraditionalChineseDictionary.trie.get(k)).as(k).isEqualTo(v));
  }

  @Test
  void everyCharacterAloneAsTheConverterHasIt() {
    for (int c = 0; c < 0x10000; c++) {
      String one = String.valueOf((char) c);
      assertThat(Normaliser.simplified(one)).as("U+%04X", c).isEqualTo(HanLP.convertToSimplifiedChinese(one));
    }
  }

  @Test
  void everyEntryOfTheTableInATextAsTheConverterHasIt() {
    // Entries of several characters (phrases) whose first character alone does not change included.
    for (String k : Normaliser.Conversions.table().keySet()) {
      for (String text : List.of(k, "我们" + k + "了", "附近" + k, k + "三天")) {
        assertThat(Normaliser.simplified(text)).as(text).isEqualTo(HanLP.convertToSimplifiedChinese(text));
      }
    }
  }

  @Test
  void mixedTextsAsTheConverterHasThem() {
    List<String> keys = new ArrayList<>(Normaliser.Conversions.table().keySet());
    String plain = "工厂晚上往河里排废水水都黑了请尽快查处 abc123，。！？「」";
    Random r = new Random(16);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < 12; j++) {
        b.append(r.nextInt(4) == 0 ? keys.get(r.nextInt(keys.size())) : String.valueOf(plain.charAt(r.nextInt(plain.length()))));
      }
      String text = b.toString();
      assertThat(Normaliser.simplified(text)).as(text).isEqualTo(HanLP.convertToSimplifiedChinese(text));
    }
  }

  /**
   * {@link Normaliser#map} (what the extractor reads) converts a text whose only traditional wording is a phrase entry
   * of the table, none of whose characters changes alone, as the converter does: its precheck is the converter's table
   * too, phrases included.
   */
  @Test
  void mapConvertsAPhraseEntryWhoseCharactersAloneDoNotChange() {
    List<String> phrases = new ArrayList<>();
    Normaliser.Conversions.table().forEach((k, v) -> {
      if (k.length() > 1 && v.length() == k.length() && !k.equals(v)
          && k.chars().allMatch(c -> Character.isIdeographic(c)
              && HanLP.convertToSimplifiedChinese(String.valueOf((char) c)).equals(String.valueOf((char) c)))) {
        phrases.add(k);
      }
    });
    assertThat(phrases).as("phrase entries whose characters alone do not change").isNotEmpty();
    for (String k : phrases) {
      for (String text : List.of(k, "我们" + k + "了", "附近" + k)) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() == text.length()) {
          assertThat(Normaliser.map(text).text()).as(text).isEqualTo(converted);
        }
      }
    }
  }

  @Test
  void aTextWithNothingToConvertIsNotConverted() {
    String simplifiedAlready = "村口的工厂每天夜里往河里排废水，已经一个多月了。";
    assertThat(Normaliser.simplified(simplifiedAlready)).isSameAs(simplifiedAlready);
    assertThat(Normaliser.simplified("工廠夜裡排廢水")).isEqualTo("工厂夜里排废水");
    assertThat(Normaliser.simplified(null)).isEmpty();
  }
}
