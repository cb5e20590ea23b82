package org.ecopetition.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What counts as a sealed value, read by hand, is exactly what the pattern of a sealed value says. */
class DataKeysTest {
  static final Pattern SEALED = Pattern.compile("k(\\d{1,6}):([A-Za-z0-9+/=]+)");

  @Test
  void aSealedValueIsRecognisedAsThePatternSays() {
    for (String s : List.of("k1:QUJD", "k12:QUJD+/==", "k123456:A", "k1234567:A", "k:QUJD", "k1:", "k1:QU JD",
        "kx:QUJD", "K1:QUJD", "k1QUJD", "k", "k1", "我叫k1:QUJD", "k1:QUJD。", "k01:Zm9v", "k1:a:b", "k2:" + "A".repeat(4000))) {
      assertThat(DataKeys.sealedColon(s) >= 0).as(s).isEqualTo(SEALED.matcher(s).matches());
    }
  }

  @Test
  void aValueSealedOnOneThreadOpensOnAnotherAndEachSealIsFresh() throws Exception {
    DataKeys keys = DataKeys.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", List.of());
    String a = keys.seal("cases.facts", "村口的电镀厂往河里排废水");
    String b = keys.seal("cases.facts", "村口的电镀厂往河里排废水");
    assertThat(a).isNotEqualTo(b);
    String[] opened = new String[1];
    Thread t = new Thread(() -> opened[0] = keys.open("cases.facts", a));
    t.start();
    t.join();
    assertThat(opened[0]).isEqualTo("村口的电镀厂往河里排废水");
    assertThat(keys.open("cases.facts", b)).isEqualTo(opened[0]);
  }
}
