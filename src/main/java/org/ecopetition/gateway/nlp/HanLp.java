package org.ecopetition.gateway.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * The configured HanLP segmenters, with the project's dictionaries inserted in code at start — not through
 * HanLP's on-disk dictionary cache, which goes stale when a file changes. Every message is segmented once,
 * with person recognition only: persons are all the extractor reads from HanLP's recognisers. Place and
 * organisation recognition cost as much again as the segmentation; places come from the gazetteer, and the
 * organisations HanLP recognised were never a right polluter where the rules found none (0 of 10 on the
 * evaluation sets: 家酒店, 建停车场, 自动监测站…). Segmenting is thread-safe; the configuration is done once.
 */
public final class HanLp {
  private static volatile Segment segment;

  private HanLp() {}

  /** The segmenter every message goes through: words, with persons recognised. */
  public static Segment segment(Gazetteer gazetteer) {
    Segment s = segment;
    if (s == null) {
      synchronized (HanLp.class) {
        s = segment;
        if (s == null) {
          configure(gazetteer);
          s = HanLP.newSegment().enableNameRecognize(true).enableCustomDictionary(true);
          segment = s;
        }
      }
    }
    return s;
  }

  private static void configure(Gazetteer gazetteer) {
    HanLP.Config.ShowTermNature = true;
    for (Division d : gazetteer.divisionsAboveTowns()) {
      if (!Gazetteer.placeholderCity(d)) {
        CustomDictionary.insert(d.name(), "ns 1024");
      }
    }
    for (Lexicon.Entry e : Lexicon.bundled("pollution.tsv").entries()) {
      // Words of two characters or more: a single character (烟, 臭) as a word of its own would break names.
      if (e.phrase().length() >= 2 && !e.phrase().startsWith("的") && !"-".equals(e.columns()[0])
          && e.phrase().chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        CustomDictionary.insert(e.phrase(), "nz 512");
      }
    }
  }

  public static List<Term> seg(Gazetteer gazetteer, String text) {
    return segment(gazetteer).seg(text);
  }
}
