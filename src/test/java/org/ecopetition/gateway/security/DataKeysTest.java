package org.ecopetition.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

  /**
   * The keyed hashes stored rows are found by (a phone's, a channel sender's) are HMAC-SHA256 under the key's hash
   * sub-key, whichever thread computes them and however often: the MAC kept per thread and key gives what a MAC made
   * afresh gives, under the current key and a previous one.
   */
  @Test
  void keyedHashesAreTheSameOnEveryThreadAndCallAsAFreshMac() throws Exception {
    String current = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    String previous = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY=";
    DataKeys keys = DataKeys.of("2:" + current, List.of("1:" + previous));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        checks.add(pool.submit(() -> {
          Random r = new Random(seed);
          for (int i = 0; i < 200; i++) {
            String phone = "+86 139-" + String.format("%04d %04d", r.nextInt(10_000), r.nextInt(10_000));
            String digits = phone.replaceAll("[^0-9]", "").substring(2);
            if (!java.util.Arrays.equals(keys.phoneLookup(phone), fresh(current, "phone:" + digits))) {
              return false;
            }
            if (!bothKeys(keys.phoneLookups(phone), fresh(current, "phone:" + digits), fresh(previous, "phone:" + digits))) {
              return false;
            }
            String openId = "o" + Long.toHexString(r.nextLong());
            if (!java.util.Arrays.equals(keys.channelLookup("wechat", openId), fresh(current, "channel:wechat:" + openId))
                || !bothKeys(keys.channelLookups("wechat", openId), fresh(current, "channel:wechat:" + openId),
                    fresh(previous, "channel:wechat:" + openId))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> c : checks) {
        assertThat(c.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(keys.phoneLookup("电话：无")).isNull();
  }

  /**
   * A sealed value is {@code k<version>:} and the Base64 of IV (12 bytes) ‖ ciphertext ‖ tag (16 bytes), and opens to
   * what was sealed, for texts of every length (the cipher writes after the IV in the value's own array).
   */
  @Test
  void aSealedValueIsItsIvCiphertextAndTagAndOpens() throws Exception {
    DataKeys keys = DataKeys.of("3:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", List.of());
    Random r = new Random(11);
    for (int len = 0; len < 600; len += 1 + len / 8) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < len; i++) {
        b.append(r.nextBoolean() ? (char) ('a' + r.nextInt(26)) : (char) (0x4E00 + r.nextInt(0x5000)));
      }
      String plain = b.toString();
      String sealed = keys.seal("conversations.state", plain);
      assertThat(sealed).startsWith("k3:");
      byte[] all = Base64.getDecoder().decode(sealed.substring(3));
      assertThat(all.length).isEqualTo(12 + plain.getBytes(StandardCharsets.UTF_8).length + 16);
      javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
      c.init(javax.crypto.Cipher.DECRYPT_MODE, new SecretKeySpec(subKey("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
          "seal"), "AES"), new javax.crypto.spec.GCMParameterSpec(128, all, 0, 12));
      c.updateAAD("conversations.state".getBytes(StandardCharsets.UTF_8));
      assertThat(new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8)).isEqualTo(plain);
      assertThat(keys.open("conversations.state", sealed)).isEqualTo(plain);
    }
  }

  /**
   * The IVs come from a DRBG of each thread's own (no generator shared by the event loops): sealed on 8 threads at
   * once, 4,000 values each, every IV differs from every other, and each thread's generator is its own DRBG.
   */
  @Test
  void eachThreadDrawsItsIvsFromItsOwnDrbgAndNoIvRepeats() throws Exception {
    DataKeys keys = DataKeys.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", List.of());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      java.util.Set<java.security.SecureRandom> sources = java.util.concurrent.ConcurrentHashMap.newKeySet();
      java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(8);
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          all.countDown();
          all.await();
          java.security.SecureRandom mine = DataKeys.ivSource();
          assertThat(mine.getAlgorithm()).isEqualTo("DRBG");
          assertThat(DataKeys.ivSource()).isSameAs(mine);
          sources.add(mine);
          List<String> ivs = new ArrayList<>();
          for (int i = 0; i < 4_000; i++) {
            byte[] sealed = Base64.getDecoder().decode(keys.seal("messages.body", "同一句话").substring(3));
            ivs.add(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(sealed, 12)));
          }
          return ivs;
        }));
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Future<List<String>> f : runs) {
        seen.addAll(f.get());
      }
      assertThat(seen).hasSize(8 * 4_000);
      assertThat(sources).hasSize(8);
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] subKey(String key, String purpose) throws Exception {
    Mac derive = Mac.getInstance("HmacSHA256");
    derive.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
    return derive.doFinal(("petition-gateway data key: " + purpose).getBytes(StandardCharsets.US_ASCII));
  }

  /** A phone's digits are read as the regular expression read them: ASCII digits only, in order. */
  @Test
  void aPhonesDigitsAreItsAsciiDigits() {
    Random r = new Random(7);
    String alphabet = "0123456789０１２３ +-()（）电话号码x١٢";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(20); n > 0; n--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertThat(DataKeys.asciiDigits(s)).as(s).isEqualTo(s.replaceAll("[^0-9]", ""));
    }
  }

  /** Whether {@code hashes} are exactly {@code a} and {@code b}, in either order (the keys' order is not kept). */
  private static boolean bothKeys(List<byte[]> hashes, byte[] a, byte[] b) {
    return hashes.size() == 2 && (java.util.Arrays.equals(hashes.get(0), a) && java.util.Arrays.equals(hashes.get(1), b)
        || java.util.Arrays.equals(hashes.get(0), b) && java.util.Arrays.equals(hashes.get(1), a));
  }

  /** HMAC-SHA256 of {@code input} under the hash sub-key of {@code key}, computed from scratch. */
  private static byte[] fresh(String key, String input) throws Exception {
    Mac derive = Mac.getInstance("HmacSHA256");
    derive.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
    byte[] sub = derive.doFinal("petition-gateway data key: hash".getBytes(StandardCharsets.US_ASCII));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(sub, "HmacSHA256"));
    return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
  }
}
