package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryCodesTest {
  final QueryCodes codes = new QueryCodes(new byte[32]);

  @Test
  void codesUseNoLookAlikesAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String c = codes.generate();
      assertThat(c).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
      seen.add(c);
    }
    assertThat(seen).hasSizeGreaterThan(9_990);
  }

  @Test
  void theHmacDependsOnTheKeyAndMatchesOnlyTheCode() {
    String c = codes.generate();
    byte[] h = codes.hmac(c);
    assertThat(h).hasSize(32);
    assertThat(codes.matches(c, h)).isTrue();
    assertThat(codes.matches(c.substring(1) + "2", h)).isFalse();
    byte[] other = new byte[32];
    other[0] = 1;
    assertThat(new QueryCodes(other).matches(c, h)).isFalse();
    assertThatThrownBy(() -> new QueryCodes(new byte[16])).hasMessageContaining("32 bytes");
  }

  @Test
  void caseNumbersReadHbDateSerial() {
    assertThat(CaseNumber.of(LocalDate.of(2025, 11, 3), 123)).isEqualTo("HB2025110300123");
    assertThat(CaseNumber.of(LocalDate.of(2025, 11, 3), 1)).isEqualTo("HB2025110300001");
    assertThat(CaseNumber.of(LocalDate.of(2025, 11, 3), 99_999)).isEqualTo("HB2025110399999");
    assertThat(CaseNumber.valid("HB2025110300123")).isTrue();
    assertThat(CaseNumber.valid("HB202511030012")).isFalse();
    assertThatThrownBy(() -> CaseNumber.of(LocalDate.of(2025, 1, 1), 100_000)).isInstanceOf(IllegalArgumentException.class);
  }
}
