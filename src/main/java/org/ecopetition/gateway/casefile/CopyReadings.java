package org.ecopetition.gateway.casefile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.nlp.Identity;

/**
 * The extractor, with what it reads for a redacted copy ({@link Extractor#forRedaction}: the learned name finder) kept
 * by the SHA-256 of the text and the spans given — offsets only, no text is held. An anonymity turn masks every stored
 * message of its conversation, so without this the model read each typed message again at every later choice: 57 % of
 * a busy gateway's CPU in the chat bench (docs/BENCHMARKS.md, "Quiet A/B at the fifteenth session's end"). Bounded:
 * at most 100,000 readings (about 30 MB), each dropped an hour after its last use.
 */
public final class CopyReadings implements Extractor {
  private final Extractor inner;
  private final Cache<String, List<Identity>> read = Caffeine.newBuilder().maximumSize(100_000)
      .expireAfterAccess(Duration.ofHours(1)).executor(Runnable::run).build();

  public CopyReadings(Extractor inner) {
    this.inner = inner;
  }

  @Override
  public Extraction extract(String text) {
    return inner.extract(text);
  }

  @Override
  public List<Identity> forRedaction(String text, List<Identity> spans) {
    if (text == null || text.isBlank()) {
      return inner.forRedaction(text, spans);
    }
    return read.get(key(text, spans), k -> List.copyOf(inner.forRedaction(text, spans)));
  }

  /** The text's and the spans' SHA-256: the same text read with other spans may be read otherwise. */
  static String key(String text, List<Identity> spans) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(text.getBytes(StandardCharsets.UTF_8));
      for (Identity i : spans) {
        d.update(("\u0000" + i.type() + ',' + i.whose() + ',' + i.start() + ',' + i.end()).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }
}
