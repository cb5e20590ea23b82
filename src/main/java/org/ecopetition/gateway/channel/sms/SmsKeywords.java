package org.ecopetition.gateway.channel.sms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SMS keywords a number opts out (退订) or back in (订阅) with, as carriers' platforms and the law on commercial SMS
 * have taught people to send them: only a message that is the keyword alone — in any case, full-width or half-width,
 * with spaces, quotes or punctuation around or inside it ("退 订", "“退订”", "ＴＤ", "stop!") — never a word inside a
 * report ("工厂说要退订单" is a report). Traditional characters too (退訂, 訂閱).
 */
final class SmsKeywords {
  enum Choice { OPT_OUT, OPT_IN }

  /** The keyword, normalised (NFKC, upper case, no spaces or punctuation) → what it asks and the language it is in. */
  private static final Map<String, Keyword> WORDS = Map.ofEntries(
      Map.entry("退订", new Keyword(Choice.OPT_OUT, "zh")), Map.entry("退訂", new Keyword(Choice.OPT_OUT, "zh")),
      Map.entry("TD", new Keyword(Choice.OPT_OUT, "zh")), Map.entry("T", new Keyword(Choice.OPT_OUT, "zh")),
      Map.entry("取消短信", new Keyword(Choice.OPT_OUT, "zh")), Map.entry("取消短訊", new Keyword(Choice.OPT_OUT, "zh")),
      Map.entry("取消簡訊", new Keyword(Choice.OPT_OUT, "zh")), Map.entry("STOP", new Keyword(Choice.OPT_OUT, "en")),
      Map.entry("订阅", new Keyword(Choice.OPT_IN, "zh")), Map.entry("訂閱", new Keyword(Choice.OPT_IN, "zh")),
      Map.entry("START", new Keyword(Choice.OPT_IN, "en")));

  /** What a keyword asks, and the language of a confirmation to a number without a conversation. */
  record Keyword(Choice choice, String lang) {}

  private SmsKeywords() {}

  static Optional<Keyword> of(String text) {
    if (text == null || text.length() > 40) {
      return Optional.empty();
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\p{P}\\p{S}\\p{Z}\\s]+", "")
        .toUpperCase(Locale.ROOT);
    return Optional.ofNullable(WORDS.get(t));
  }
}
