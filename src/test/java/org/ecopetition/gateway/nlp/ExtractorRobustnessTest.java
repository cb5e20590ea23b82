package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whatever arrives, the extractor answers: every evaluation and training text, cut anywhere (a message may
 * end in the middle of a name, a number or a cue), and odd inputs, give an extraction whose spans lie inside
 * the text, without an exception.
 */
class ExtractorRobustnessTest {
  @Test
  void everyTextAndEveryTailIsRead() throws Exception {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("nlp-models/eval")), Files.list(Path.of("nlp-models/corpus")))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && !line.startsWith("#")) {
            texts.add(f.toString().endsWith(".jsonl") ? json.readTree(line).get("text").asText() : line.substring(line.indexOf('\t') + 1));
          }
        }
      }
    }
    texts.addAll(List.of("", " ", "\n\n", "某", "姓", "我姓", "我叫", "叫", "，叫", "落款：", "13812345678", "（0571）",
        "+86", "幺三八", "一二三四五六七八", "、", "王、", "X", "\u0000\u0001", "🙂🙂我叫王🙂", "死", "鱼死", "着火了",
        "“", "\"老", "厂", "有限公司", "Co., Ltd.", "住在", "我是…的居民", "姓王的", "王局长", "某某", "陈某"));
    int spans = 0;
    // Each text once: a text in two sets (a case copied into a corpus, a repeated line) is read the same way twice.
    for (String t : new java.util.LinkedHashSet<>(texts)) {
      for (String part : List.of(t, t.substring(t.length() / 3, Math.max(t.length() / 3, t.length() - 2)))) {
        Extraction e = x.extract(part);
        for (Identity i : e.identities()) {
          assertThat(i.start()).as(part).isBetween(0, part.length());
          assertThat(i.end()).as(part).isBetween(i.start(), part.length());
          spans++;
        }
      }
    }
    assertThat(spans).isGreaterThan(1000);
  }
}
