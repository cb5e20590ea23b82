package org.ecopetition.gateway.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * The configured HanLP segmenters, with the project's dictionaries inserted in code at start — not through
 * HanLP's on-disk dictionary cache, which goes stale when a file changes. Every message is segmented once,
 * with person recognition only (names are what the extractor reads from HanLP's recognisers); place and
 * organisation recognition cost as much again as the segmentation and are run only where they are read: the
 * organisation of a polluter where the rules found none ({@link #organisations}). Segmenting is thread-safe;
 * the configuration is done once.
 */
public final class HanLp {
  private static volatile Segment segment;
  private static volatile Segment organisations;

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

  /** The segmenter with person, place and organisation recognition, for the rare message that needs it. */
  static Segment organisations(Gazetteer gazetteer) {
    Segment s = organisations;
    if (s == null) {
      synchronized (HanLp.class) {
        s = organisations;
        if (s == null) {
          segment(gazetteer);
          s = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
              .enableOrganizationRecognize(true).enableCustomDictionary(true);
          organisations = s;
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
      if (e.phrase().length() >= 2 && !e.phrase().startsWith("的")
          && e.phrase().chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        CustomDictionary.insert(e.phrase(), "nz 512");
      }
    }
  }

  public static List<Term> seg(Gazetteer gazetteer, String text) {
    return segment(gazetteer).seg(text);
  }
}
