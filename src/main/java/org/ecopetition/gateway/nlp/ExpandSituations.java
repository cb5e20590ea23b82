package org.ecopetition.gateway.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes nlp-models/lexicon/situations-synonyms.tsv: the open slots of the situation frames (symptoms, death words,
 * fouling signs, leaks, fires, animals, water supplies…) widened by the synonyms ("=" groups) of HanLP's own
 * thesaurus (同义词词林扩展版, data/dictionary/synonym/CoreSynonym.txt in the portable jar), so that a frame reads a
 * word it was never given because the thesaurus puts it with words it was (昏厥 beside 昏迷 and 晕倒).
 * A group widens a list only when at least {@link #SHARED} of its words are in the list already: a word of several
 * senses (起火 is also "to cook"; 炸 also "to flare up") brings only the group of the sense the list means.
 * Shields and guards (past, rumour, negation, figures of speech) are never widened; single characters, words
 * already in situations.tsv and words that would hide a shield or another list's word are left out, and so are
 * the words of {@link #STOP} (checked for false alarms). Usage: {@code java -cp target/petition-gateway.jar
 * org.ecopetition.gateway.nlp.ExpandSituations nlp-models}; the file is checked in so that every added word can be read
 * and vetoed, and so that loading needs no thesaurus (cold load) — rerun it after situations.tsv grows.
 */
public final class ExpandSituations {
  private ExpandSituations() {}

  /** The open slots widened: what a situation is made of, never what shields it. */
  static final List<String> OPEN = List.of("supply", "foul", "acute", "strong", "mild", "irritation", "animal",
      "death", "carrier", "gas", "leak", "hazwaste", "fumes", "fire", "explosion", "smoke", "chem", "waterbody",
      "hospital", "clinic", "trapped", "poison", "school");
  /**
   * How many words of a group must be in a list already for the group to widen it; one is enough in a small group
   * ({@link #SMALL} words at most) when it has two characters or more (a single character 死, 黄, 溃 has many senses).
   */
  static final int SHARED = 2;
  static final int SMALL = 6;
  /** Synonyms that bring false alarms or another sense (checked on the evaluation rounds' look-alikes). */
  static final Set<String> STOP = Set.copyOf(List.of(
      // 吃水's sense of a ship's draft, and undercurrents
      "伏流", "暗流", "水头", "深度", "深浅", "纵深", "进深", "塘坝", "塘堰",
      // 味道's and 变色's other senses (meaning, taste, a change of mood), medicines
      "一反常态", "乌亮", "乌溜溜", "传染", "假象牙", "变脸", "口味", "含意", "命意", "寓意", "意味", "意气", "昏黄", "枯黄", "气息", "滋味", "翻脸", "脾胃", "药品", "药料", "药物", "药石", "赛璐珞", "金煌煌", "黄灿灿", "鼻息",
      // bubbles and a figure of speech (发什么抽风)
      "卵泡", "气泡", "液泡", "抽风",
      // a plea or a fall, no one taken ill; 窒息 and 烧灼 said of a smell
      "乞援", "告急", "求助", "求援", "求救", "摔倒", "绊倒", "跌倒", "窒息", "烧灼", "救护",
      // 恶心's sense of malice, and being busy or confused
      "化脓", "叵测之心", "恶意", "祸心", "黑心", "发懵", "腾云驾雾", "昏天黑地", "昏乱", "晕头转向", "昏头昏脑",
      // an insult and foods
      "咸鱼", "海猪", "畜生", "石决明",
      // 罐头 and 火药 are no carriers
      "罐头", "火药",
      // a secret let out, a water wheel, a fall
      "倒下", "水车", "龙骨车", "透气", "漏风", "走漏", "走漏风声", "走风", "透漏", "炸掉",
      // 刺激 and 气息 of fumes in their other senses
      "刺激", "条件刺激", "口味", "叵测之心", "含意", "味儿", "命意", "寓意", "干咳", "恶意", "意味", "意气", "气息", "滋味", "祸心", "脾胃", "黑心", "鼻息",
      // 起火's sense of cooking, 发火's of anger, an alarm drill
      "下厨", "发火", "烧火", "煮饭", "天火", "火警",
      // 翻滚 and 沸腾 said of crowds and prosperity
      "打滚", "滔天", "滚滚", "翻腾",
      // a channel of complaint, 江湖, a moat, 地沟油
      "大溜", "天堑", "江湖", "渠道", "长河", "地沟",
      // drugs
      "毒品",
      // bitterness of the heart and pungent vegetables, not a taste of water
      "寒心", "心酸", "辛酸", "酸辛", "五荤",
      // learning, not a school
      "东方学", "国学", "旧学", "讲堂", "体操课",
      // 死's group (2026-12-05, r13urgent): sleep, closing one's eyes, going home, wilting, a farewell, a figure of
      // speech (粉身碎骨), a person's passing told in letters; insults and a tonic among the turtles; a branch that snaps
      "回老家", "合眼", "闭眼", "长眠", "凋谢", "物化", "永别", "永诀", "粉身碎骨", "碎骨粉身", "下世",
      "王八", "龟奴", "相帮", "鳖精", "折断"));

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "nlp-models");
    Map<String, Set<String>> lists = new LinkedHashMap<>(); // word → its lists in situations.tsv
    for (String line : Files.readAllLines(dir.resolve("lexicon/situations.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Set<String> s = lists.computeIfAbsent(f[0].strip(), k -> new LinkedHashSet<>());
      for (String l : f[1].split(",")) {
        s.add(l.strip());
      }
    }
    List<String[]> groups = new ArrayList<>();
    try (InputStream in = ExpandSituations.class.getResourceAsStream("/data/dictionary/synonym/CoreSynonym.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        line = line.replace("\uFEFF", "").strip();
        int eq = line.indexOf('=');
        if (eq == 7 && line.length() > 8) {
          groups.add(line.substring(eq + 1).strip().split(" "));
        }
      }
    }
    Map<String, Set<String>> added = new TreeMap<>();
    Map<String, String> why = new TreeMap<>();
    for (String list : OPEN) {
      for (String[] g : groups) {
        List<String> in = new ArrayList<>();
        for (String w : g) {
          if (lists.getOrDefault(w, Set.of()).contains(list)) {
            in.add(w);
          }
        }
        if (in.size() < SHARED && !(in.size() == 1 && in.get(0).length() >= 2 && g.length <= SMALL)) {
          continue;
        }
        for (String w : g) {
          if (w.length() < 2 || lists.containsKey(w) || STOP.contains(w) || hides(w, list, lists)) {
            continue;
          }
          added.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(list);
          why.merge(w, String.join("/", in.subList(0, Math.min(3, in.size()))), (a, b) -> a + "; " + b);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Generated by ExpandSituations from situations.tsv and HanLP's CoreSynonym.txt (\"=\" groups sharing at least ")
        .append(SHARED).append(" words\n# with a list, or one word of two characters in a group of at most ").append(SMALL)
        .append("); do not edit: change STOP or situations.tsv and rerun. Read after situations.tsv,")
        .append(" whose words win.\n# phrase\tlists\tthesaurus group's words already in the list\n");
    added.forEach((w, l) -> out.append(w).append('\t').append(String.join(",", l)).append('\t').append(why.get(w)).append('\n'));
    Files.writeString(dir.resolve("lexicon/situations-synonyms.tsv"), out, StandardCharsets.UTF_8);
    System.out.println(added.size() + " synonyms written to " + dir.resolve("lexicon/situations-synonyms.tsv"));
  }

  /**
   * Whether the word holds a shield or a word of another list, which the longest match would then hide (a synonym
   * 恶心想吐 of acute would hide the shield 想吐; 浓烟滚滚 of fire would hide smoke's 浓烟).
   */
  private static boolean hides(String w, String list, Map<String, Set<String>> lists) {
    for (Map.Entry<String, Set<String>> e : lists.entrySet()) {
      String k = e.getKey();
      if (k.length() < w.length() && w.contains(k) && !(e.getValue().size() == 1 && e.getValue().contains(list))) {
        return true;
      }
    }
    return false;
  }
}
