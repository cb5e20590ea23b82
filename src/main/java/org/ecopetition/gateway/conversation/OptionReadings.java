package org.ecopetition.gateway.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Set;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Extractor;

/**
 * What the extractor reads in the texts a button press or an option's number sends — the dialogs' own option
 * texts and command phrases, a place's button (a gazetteer name), an option's number — read once per instance
 * and kept: the extractor is pure, so the same text gives the same extraction, and these texts are the dialogs'
 * (or the gazetteer's), not personal data. Everything else a petitioner types is read afresh every time and never
 * kept here. Bounded: a text pushed out is simply read again.
 */
final class OptionReadings {
  /** Far more than the dialogs' options and the place names buttons offer. */
  static final int MAX_TEXTS = 10_000;

  private final Extractor extractor;
  private final Set<String> optionTexts;
  private final Cache<String, Extraction> read = Caffeine.newBuilder().maximumSize(MAX_TEXTS).executor(Runnable::run).build();

  /** {@code optionTexts}: the dialogs' option texts and command phrases ({@code DialogEngine#optionTexts}). */
  OptionReadings(Extractor extractor, Set<String> optionTexts) {
    this.extractor = extractor;
    this.optionTexts = optionTexts;
  }

  /** The extraction of {@code text} read before (only an option's text can be), or null. */
  Extraction known(String text) {
    return read.getIfPresent(text);
  }

  /**
   * The extractor's reading of {@code text}, kept when it is one of the dialogs' option texts or {@code offered}
   * (a button's value or an option's number the conversation offers). Blocking: on the NLP pool.
   */
  Extraction read(String text, boolean offered) {
    Extraction x = extractor.extract(text);
    if (offered || optionTexts.contains(text)) {
      read.put(text, x);
    }
    return x;
  }

  /** Texts kept (for tests). */
  long size() {
    read.cleanUp();
    return read.estimatedSize();
  }
}
