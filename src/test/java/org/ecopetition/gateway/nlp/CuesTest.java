package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Cues.find must give what find() gives: each pattern searched that way, with the characters its matches
 * start with, against find() on the evaluation and training texts, their tails and a few made-up lines.
 */
class CuesTest {
  static final Map<Pattern, String> SCANNED = Map.ofEntries(Map.entry(Identities.HOME, Identities.HOME_FIRSTS),
      Map.entry(Identities.HOME_OF, Identities.HOME_OF_FIRSTS),
      Map.entry(Identities.HOME_FROM, Identities.HOME_FROM_FIRSTS), Map.entry(Identities.CONTACT, "地"),
      Map.entry(RuleExtractor.MOBILE, RuleExtractor.MOBILE_FIRSTS), Map.entry(RuleExtractor.LANDLINE, "0"),
      Map.entry(RuleExtractor.HOME, RuleExtractor.HOME_FIRSTS),
      Map.entry(RuleExtractor.ASKS, RuleExtractor.ASKS_FIRSTS),
      Map.entry(HanLpExtractor.LITIGATION, HanLpExtractor.LITIGATION_FIRSTS),
      Map.entry(HanLpExtractor.STATUS_CUE, HanLpExtractor.STATUS_CUE_FIRSTS),
      Map.entry(HanLpExtractor.EARLIER, HanLpExtractor.EARLIER_FIRSTS),
      Map.entry(RuleExtractor.EMPHASIS, RuleExtractor.EMPHASIS_FIRSTS),
      Map.entry(Since.CHINESE, Since.CHINESE_FIRSTS),
      Map.entry(RuleExtractor.PAST, RuleExtractor.PAST_FIRSTS),
      Map.entry(HanLpExtractor.EVALUATE, HanLpExtractor.EVALUATE_FIRSTS),
      Map.entry(HanLpExtractor.DISSATISFIED, HanLpExtractor.DISSATISFIED_FIRSTS),
      Map.entry(HanLpExtractor.REVIEW, HanLpExtractor.REVIEW_FIRSTS),
      Map.entry(Polluters.QUOTED, Polluters.QUOTED_FIRSTS), Map.entry(Polluters.BUREAU, Polluters.BUREAU_FIRSTS),
      Map.entry(Names.SIGNED_TITLE, Names.SIGNED_TITLE_FIRSTS), Map.entry(RuleExtractor.CASE_NUMBER_LIKE, "Hh"),
      Map.entry(RuleExtractor.CONFIDENTIAL, RuleExtractor.CONFIDENTIAL_FIRSTS),
      Map.entry(RuleExtractor.EN_NAME, RuleExtractor.EN_NAME_FIRSTS), Map.entry(RuleExtractor.EN_CALLED, RuleExtractor.EN_CALLED_FIRSTS),
      Map.entry(RuleExtractor.EN_HONOURED, RuleExtractor.EN_HONOURED_FIRSTS),
      Map.entry(RuleExtractor.EN_SIGNATURE, RuleExtractor.EN_SIGNATURE_FIRSTS),
      Map.entry(Polluters.CALLED_EN, "cn"), Map.entry(Polluters.EN_APPOSITION, Polluters.EN_KIND_FIRSTS),
      Map.entry(Identities.HOME_BRACKET, "（("), Map.entry(Identities.HOME_TOWN, Identities.HOME_FROM_FIRSTS),
      Map.entry(RuleExtractor.CASE_CUED, RuleExtractor.CASE_CUED_FIRSTS),
      Map.entry(HanLpExtractor.NAME_CUE, HanLpExtractor.NAME_CUE_FIRSTS));

  /** Patterns whose every match starts with an upper-case letter or one of the characters given (Cues.findUpper). */
  static final Map<Pattern, String> UPPER = Map.of(Polluters.EN_UNIT, "(", Polluters.LATIN_LOWER_UNIT, "",
      Polluters.bundled().enTrade, "");

  @Test
  void findsUpperWhatFindFinds() throws Exception {
    List<String> texts = new ArrayList<>(distinctTexts());
    texts.addAll(List.of("The Sunrise Paper Mill (Hengda) Co., Ltd. and Xinglong Recycling", "新开的 EcoPlast factory 天天排",
        "Évian Water Co. near Ölwerk Plant", "a (Golden) Harbor Seafood Co., Ltd."));
    int matches = 0;
    for (Map.Entry<Pattern, String> p : UPPER.entrySet()) {
      for (String t : texts) {
        Matcher want = p.getKey().matcher(t);
        Matcher got = p.getKey().matcher(t);
        int from = 0;
        while (want.find()) {
          assertThat(Cues.findUpper(got, t, from, p.getValue())).as("%s in %s", p.getKey(), t).isTrue();
          assertThat(got.start()).as("%s in %s", p.getKey(), t).isEqualTo(want.start());
          assertThat(got.end()).as("%s in %s", p.getKey(), t).isEqualTo(want.end());
          from = want.end();
          matches++;
        }
        assertThat(Cues.findUpper(got, t, from, p.getValue())).as("%s in %s", p.getKey(), t).isFalse();
      }
    }
    assertThat(matches).isGreaterThan(20);
  }

  @Test
  void findsWhatFindFinds() throws Exception {
    List<String> texts = distinctTexts();
    int matches = 0;
    for (Map.Entry<Pattern, String> p : SCANNED.entrySet()) {
      List<List<MatchResult>> found = found(p.getKey());
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        Matcher got = p.getKey().matcher(t);
        int from = 0;
        for (MatchResult want : found.get(i)) {
          assertThat(Cues.find(got, t, from, p.getValue())).as("%s in %s", p.getKey(), t).isTrue();
          assertThat(got.start()).as("%s in %s", p.getKey(), t).isEqualTo(want.start());
          assertThat(got.end()).as("%s in %s", p.getKey(), t).isEqualTo(want.end());
          for (int g = 1; g <= want.groupCount(); g++) {
            assertThat(got.group(g)).isEqualTo(want.group(g));
          }
          from = want.end() == want.start() ? want.end() + 1 : want.end();
          matches++;
        }
        assertThat(Cues.find(got, t, from, p.getValue())).as("%s in %s", p.getKey(), t).isFalse();
      }
    }
    assertThat(matches).isGreaterThan(500);
  }

  /** Since's times tried only where their pair of first characters may begin one ({@link MatchStarts}). */
  @Test
  void findsWithMatchStartsWhatFindFinds() throws Exception {
    int matches = 0;
    List<String> texts = distinctTexts();
    List<List<MatchResult>> found = found(Since.CHINESE);
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      Matcher got = Since.CHINESE.matcher(t);
      int from = 0;
      for (MatchResult want : found.get(i)) {
        assertThat(Cues.find(got, t, from, Since.CHINESE_FIRSTS, Since.CHINESE_STARTS)).as("%s", t).isTrue();
        assertThat(got.start()).as("%s", t).isEqualTo(want.start());
        assertThat(got.end()).as("%s", t).isEqualTo(want.end());
        from = want.end();
        matches++;
      }
      assertThat(Cues.find(got, t, from, Since.CHINESE_FIRSTS, Since.CHINESE_STARTS)).as("%s", t).isFalse();
    }
    assertThat(matches).isGreaterThan(500);
  }

  /**
   * What Pattern.find() finds in each of {@link #distinctTexts()}, in order, per pattern: the reference both tests
   * compare Cues with, found once per pattern. Since.CHINESE is checked by both (without and with its MatchStarts),
   * and its find() over every text was a third of the class's time; the matches compared are the same.
   */
  private static final Map<Pattern, List<List<MatchResult>>> FOUND = new java.util.HashMap<>();

  static synchronized List<List<MatchResult>> found(Pattern p) throws Exception {
    List<List<MatchResult>> found = FOUND.get(p);
    if (found == null) {
      found = new ArrayList<>();
      for (String t : distinctTexts()) {
        Matcher want = p.matcher(t);
        List<MatchResult> all = new ArrayList<>(1);
        while (want.find()) {
          all.add(want.toMatchResult());
        }
        found.add(all.isEmpty() ? List.of() : all);
      }
      FOUND.put(p, found);
    }
    return found;
  }

  /** The references are kept for the class's own tests only (some tens of MB held for the rest of the fork). */
  @AfterAll
  static synchronized void forget() {
    FOUND.clear();
  }

  private static List<String> distinct;

  /**
   * {@link #texts()} read once for both tests, each text once: a text seen again (a case in two sets, the same tail
   * of two letters) gives the same matches, so checking it twice asserted nothing more; a fifth of the texts and a
   * seventh of the characters were repeats. The order is kept (the first occurrence).
   */
  static synchronized List<String> distinctTexts() throws Exception {
    if (distinct == null) {
      distinct = List.copyOf(new java.util.LinkedHashSet<>(texts()));
    }
    return distinct;
  }

  static List<String> texts() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>(List.of("", "姓", "我姓王", "本人姓李。", "百姓姓张，", "+86 138 1234 5678",
        "8613812345678", "电话：13812345678", "联系人：陈晓明 0571", "村民代表王大锤13912345678", "家住", "我是本村的村民",
        "I went to court", "LAWSUIT", "起诉书", "家住北京市海淀区。我住在上海，现住广州！", "Any update on my case?",
        "上次反映的事情进度如何", "请尽快处理，希望能回复。PLEASE help",
        "问题如下：\n 1. 噪音\n\t1、油烟\n1.粉尘 11. 不是\r\n  1、第一最主要的是异味", " 1.", "1、首先，特别是", "三年前去年原来", "Used to be fine, 2 years ago", "Five stars! satisfied",
        "I am NOT satisfied, Disagree and Appeal", "重新调查，不同意处理意见"));
    int lines = 0;
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("nlp-models/eval")), Files.list(Path.of("nlp-models/corpus")))) {
      // never the blind round: its texts are read by its evaluation only (and a failure here would print one)
      for (Path f : files.filter(p -> (p.toString().endsWith(".jsonl") || p.toString().endsWith(".tsv"))
          && !p.startsWith(Path.of("nlp-models/eval", ExtractionEvaluationTest.BLIND_ROUND))).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String t = f.toString().endsWith(".jsonl") ? json.readTree(line).get("text").asText() : line.substring(line.indexOf('\t') + 1);
          texts.add(Normaliser.normalise(t));
          // Starting anywhere: a cue character first, or just after one. A tail every ninth character, the first one's
          // offset turning with the line, so that across lines every offset is tried (every fifth took a tenth of the
          // suite's time, growing with each round).
          for (int i = 1 + lines++ % 9; i < t.length(); i += 9) {
            texts.add(t.substring(i));
          }
        }
      }
    }
    return texts;
  }
}
