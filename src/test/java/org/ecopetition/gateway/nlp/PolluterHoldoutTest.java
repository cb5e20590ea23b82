package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The polluter on a holdout of short petitions (src/test/resources/nlp/polluter-holdout.tsv, branch polgen): written by
 * hand before Polluters' code was read and before anything ran over it, committed first (80600ef). 229 texts name a
 * firm in many forms (有限公司 to 工地, 物业, 食堂, 医院; brands in Latin letters and pinyin, abbreviations, quotes,
 * repeated mentions, dialect, typos, no punctuation): the extractor's polluter must be exactly the name (the
 * eval convention, "the name as written", cut to the organisation). 72 look-alikes name none (a kind of unit, a
 * place, a product, a government body, a person, the writer's home or employer): a polluter given there with a
 * name's confidence (0.8) is an invented firm. A kind of unit (化工厂, 0.5) is allowed there: the dialog asks.
 *
 * <p>First run, before any change of branch polgen (the honest estimate on unseen text): see {@link #EXACT_FLOOR}.
 * The holdout was then read to find classes of failure, so after the fixes it is tuned, no longer an estimate. Run with
 * {@code -Dholdout.verbose=true} to print the misses (this file's own texts, no evaluation round's).
 */
class PolluterHoldoutTest {
  /**
   * Texts naming a firm whose polluter is exactly the name, of 229. First run (main 866084a, before any change of
   * branch polgen; the honest estimate): 167/229 (0.73), invented 0/72, a kind of unit given on 16 look-alikes. After
   * branch polgen's classes (tuned on this holdout's misses, so no longer an estimate): 224/229, invented 0/72, kinds
   * of unit on 16 look-alikes; the floor one case under.
   */
  static final int EXACT_FLOOR = 224; // 225/229 after branch r15polluter (鑫海集团养猪场: a group's works by a final word)
  /** Look-alikes given a named polluter (confidence 0.8), of 72, at most: 0 at the first run and after; one case over. */
  static final int INVENTED_CEILING = 1;

  /**
   * Holdout two (polluter-holdout2.tsv): written after branch polgen's fixes by the same helper, who knew the rules
   * (an estimate biased upward), committed before its one run and never tuned on. Texts whose polluter is exactly the
   * name, of 57. First run (branch polgen after its first block, 2026-12-05): 33/57 (0.58), invented 3/19: unit words
   * the lexicon does not list (渔场, 油库, 殡仪馆, 电站, 棋牌室…) are the main miss. The second block of unit words by
   * trade family was written after that run, so holdout two is tuned now: 43/57, invented 3/19; 46/57, invented 2/19
   * after the third block (a group before its works, 什么, Latin words before a unit word, shops named by their trade).
   * Floors one case under.
   */
  static final int EXACT_FLOOR_2 = 47; // 48/57 after branch r15polluter (names by shape), invented 2/19
  /** Holdout two: look-alikes given a named polluter, of 19, at most: 3 at the first run, 2 now, one over. */
  static final int INVENTED_CEILING_2 = 3;

  static final int[] COUNTS = new int[5]; // exact, named, invented, look-alikes, kinds given on look-alikes
  static final int[] COUNTS_2 = new int[5];
  /**
   * Holdout three (polluter-holdout3.tsv): unit words the lexicon did not list (浴池, 磨坊, 货场…), written by the same
   * helper before any rule for them and committed before its first run. Exact, of 33: 3/33 before the second block of
   * unit words (a probe of the lexicon's gaps by construction, no estimate), 29/33 after it (tuned: the block was
   * written knowing these words), invented 0/17 then 1/17 (兰州拉面馆, a kind of noodle shop); floors one case under.
   */
  static final int EXACT_FLOOR_3 = 30; // 31/33 after branch r15polluter (names by shape)
  /** Holdout three: look-alikes given a named polluter, of 17, at most: 1 after the second block, one over. */
  static final int INVENTED_CEILING_3 = 2;
  static final int[] COUNTS_3 = new int[5];
  /**
   * Holdout four (polluter-holdout4.tsv, branch r15polluter): firms in forms a closed list of unit words is unlikely to
   * know (科技, 实业, 商贸, 搅拌站, 豆腐坊, 4S店, 民宿…, brands alone, English names, relative clauses, locatives, questions,
   * dialect, speech), written before any change of the branch and committed before its first run. Exact, of 147.
   * First run (main fc0691c, the honest estimate on unseen forms): 64/147 (0.44), invented 10/45 (a kind of unit given
   * on 9 more); 66/147 with two labels corrected after that run to holdout one's conventions (see the file's header).
   * After branch r15polluter's names by shape (tuned on this holdout's misses, so no longer an estimate): 134/147 with
   * loose heads, 120/147 once a head must be proper (a proper noun, a coined word with a trade-name character, a surname's
   * shop) so that texts naming no firm get no clause as a name; invented 3/45; floors one case under.
   */
  static final int EXACT_FLOOR_4 = 119;
  /** Holdout four: look-alikes given a named polluter, of 45, at most: 10 at the first run, 3 after r15polluter, one over. */
  static final int INVENTED_CEILING_4 = 4;
  static final int[] COUNTS_4 = new int[5];

  @BeforeAll
  static void read() throws IOException {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    count(x, "/nlp/polluter-holdout.tsv", COUNTS);
    count(x, "/nlp/polluter-holdout2.tsv", COUNTS_2);
    count(x, "/nlp/polluter-holdout3.tsv", COUNTS_3);
    count(x, "/nlp/polluter-holdout4.tsv", COUNTS_4);
  }

  static void count(HanLpExtractor x, String resource, int[] counts) throws IOException {
    final int[] COUNTS = counts;
    List<String> lines;
    try (InputStream in = PolluterHoldoutTest.class.getResourceAsStream(resource)) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    boolean verbose = Boolean.getBoolean("holdout.verbose");
    List<String> misses = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      Extraction.Field got = x.extract(f[0]).field("polluter").orElse(null);
      String value = got == null ? null : got.value().strip();
      if (f[1].isEmpty()) {
        COUNTS[3]++;
        if (got != null && got.confidence() >= 0.8) {
          COUNTS[2]++;
          misses.add("invented " + value + "  ← " + f[0]);
        } else if (got != null) {
          COUNTS[4]++;
        }
      } else {
        COUNTS[1]++;
        if (f[1].equals(value)) {
          COUNTS[0]++;
        } else {
          misses.add("want " + f[1] + " got " + value + "  ← " + f[0]);
        }
      }
    }
    System.out.printf(resource + ": exact %d/%d, invented %d/%d (kinds of unit given on look-alikes: %d)%n",
        COUNTS[0], COUNTS[1], COUNTS[2], COUNTS[3], COUNTS[4]);
    if (verbose) {
      misses.forEach(System.out::println);
    }
  }

  @Test
  void theHoldoutIsWhatItWasWritten() {
    assertThat(COUNTS[1]).isEqualTo(229);
    assertThat(COUNTS[3]).isEqualTo(72);
  }

  @Test
  void namedFirmsAreCutExactly() {
    assertThat(COUNTS[0]).as("exact polluters of %d", COUNTS[1]).isGreaterThanOrEqualTo(EXACT_FLOOR);
  }

  @Test
  void holdoutTwoIsWhatItWasWritten() {
    assertThat(COUNTS_2[1]).isEqualTo(57);
    assertThat(COUNTS_2[3]).isEqualTo(19);
  }

  @Test
  void holdoutTwoNamedFirmsAreCutExactly() {
    assertThat(COUNTS_2[0]).as("exact polluters of %d", COUNTS_2[1]).isGreaterThanOrEqualTo(EXACT_FLOOR_2);
  }

  @Test
  void holdoutTwoLookAlikesInventNoFirm() {
    assertThat(COUNTS_2[2]).as("invented firms of %d", COUNTS_2[3]).isLessThanOrEqualTo(INVENTED_CEILING_2);
  }

  @Test
  void holdoutThreeIsWhatItWasWritten() {
    // 33 named and 17 look-alikes as written; one look-alike (老王家的狗场) relabelled as named (see the file's header)
    assertThat(COUNTS_3[1]).isEqualTo(34);
    assertThat(COUNTS_3[3]).isEqualTo(16);
  }

  @Test
  void holdoutThreeNamedFirmsAreCutExactly() {
    assertThat(COUNTS_3[0]).as("exact polluters of %d", COUNTS_3[1]).isGreaterThanOrEqualTo(EXACT_FLOOR_3);
  }

  @Test
  void holdoutThreeLookAlikesInventNoFirm() {
    assertThat(COUNTS_3[2]).as("invented firms of %d", COUNTS_3[3]).isLessThanOrEqualTo(INVENTED_CEILING_3);
  }

  @Test
  void holdoutFourIsWhatItWasWritten() {
    assertThat(COUNTS_4[1]).isEqualTo(147);
    assertThat(COUNTS_4[3]).isEqualTo(45);
  }

  @Test
  void holdoutFourNamedFirmsAreCutExactly() {
    assertThat(COUNTS_4[0]).as("exact polluters of %d", COUNTS_4[1]).isGreaterThanOrEqualTo(EXACT_FLOOR_4);
  }

  @Test
  void holdoutFourLookAlikesInventNoFirm() {
    assertThat(COUNTS_4[2]).as("invented firms of %d", COUNTS_4[3]).isLessThanOrEqualTo(INVENTED_CEILING_4);
  }

  @Test
  void lookAlikesInventNoFirm() {
    assertThat(COUNTS[2]).as("invented firms of %d", COUNTS[3]).isLessThanOrEqualTo(INVENTED_CEILING);
  }
}
