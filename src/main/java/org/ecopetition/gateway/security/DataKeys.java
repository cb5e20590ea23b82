package org.ecopetition.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sensitive personal information at rest (PIPL Art 28; issue 11 §6): sealed with AES-256-GCM (the JDK's AEAD) under
 * {@code security.dataKey}, and looked up by a keyed hash (HMAC-SHA256) so that a phone number can be found without
 * being stored readable. Keys are versioned: a sealed value is {@code k<version>:<base64 of IV ‖ ciphertext ‖ tag>},
 * the column it belongs to bound in as associated data; older keys ({@code security.previousDataKeys}) still open
 * what they sealed until {@code keys rotate} has sealed and hashed everything again under the current one. Each
 * configured key (32 random bytes) yields two sub-keys, one to seal and one to hash.
 */
public final class DataKeys {
  private static final Pattern SEALED = Pattern.compile("k(\\d{1,6}):([A-Za-z0-9+/=]+)");
  private static final Pattern ENTRY = Pattern.compile("(?:(\\d{1,6}):)?([A-Za-z0-9+/=]{43,})");
  private static final int IV = 12;

  private final Key current;
  private final Map<Integer, Key> keys;
  /**
   * The IVs' randomness, one generator per thread: a DRBG (NIST SP 800-90A, Hash_DRBG), each seeded by the system on
   * first use. One shared generator (NativePRNG: a lock, SHA1PRNG mixing and a read of /dev/urandom every few IVs) was
   * taken by every event loop and worker sealing at once. 96-bit IVs drawn at random stay as unlikely to repeat.
   */
  private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(DataKeys::drbg);
  /**
   * IVs this thread's DRBG drew and no value has used yet, {@link #IV_BATCH} at a time: a DRBG's generation costs two
   * SHA-256 and its lock whatever it returns, more than AES-GCM of a chat message (measured: a quarter of {@link #seal}).
   * Each IV is still 96 bits from the thread's DRBG, handed out once and wiped from the buffer.
   */
  private static final int IV_BATCH = 64;
  private static final ThreadLocal<Ivs> IVS = ThreadLocal.withInitial(Ivs::new);

  private static final class Ivs {
    private final byte[] drawn = new byte[IV * IV_BATCH];
    private int next = IV_BATCH;

    /** The next unused IV, written at {@code out[0..IV)}. */
    void take(byte[] out) {
      if (next == IV_BATCH) {
        RANDOM.get().nextBytes(drawn);
        next = 0;
      }
      int at = IV * next++;
      System.arraycopy(drawn, at, out, 0, IV);
      java.util.Arrays.fill(drawn, at, at + IV, (byte) 0);
    }
  }

  /** One cipher per thread, initialised afresh (a new IV) for each value: getInstance on every call cost more than AES. */
  private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  });

  /**
   * A configured key's sub-keys; {@code macs}: an HMAC initialised with {@code hash}, one per thread — getInstance and
   * init (the key's inner and outer pads) on every hash cost more than the hash (several a turn).
   */
  private record Key(int version, SecretKeySpec seal, SecretKeySpec hash, ThreadLocal<Mac> macs) {
    Key(int version, SecretKeySpec seal, SecretKeySpec hash) {
      this(version, seal, hash, ThreadLocal.withInitial(() -> {
        try {
          Mac mac = Mac.getInstance("HmacSHA256");
          mac.init(hash);
          return mac;
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException(e);
        }
      }));
    }
  }

  private DataKeys(Key current, Map<Integer, Key> keys) {
    this.current = current;
    this.keys = Map.copyOf(keys);
  }

  /**
   * {@code current}: {@code base64} (version 1) or {@code N:base64}; {@code previous}: older {@code N:base64} entries.
   * A malformed entry, a key under 32 bytes or two keys with one version fail the start.
   */
  public static DataKeys of(String current, List<String> previous) {
    Map<Integer, Key> all = new LinkedHashMap<>();
    Key now = parse(current);
    all.put(now.version(), now);
    for (String p : previous == null ? List.<String>of() : previous) {
      Key k = parse(p);
      if (all.putIfAbsent(k.version(), k) != null) {
        throw new IllegalArgumentException("security: two data keys have version " + k.version());
      }
    }
    return new DataKeys(now, all);
  }

  private static Key parse(String entry) {
    Matcher m = ENTRY.matcher(entry == null ? "" : entry.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("security.dataKey: expected base64 of 32 bytes, or <version>:<base64>");
    }
    byte[] raw = Base64.getDecoder().decode(m.group(2));
    if (raw.length < 32) {
      throw new IllegalArgumentException("security.dataKey: a key has at least 32 bytes");
    }
    int version = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
    return new Key(version, new SecretKeySpec(derive(raw, "seal"), "AES"), new SecretKeySpec(derive(raw, "hash"),
        "HmacSHA256"));
  }

  private static byte[] derive(byte[] key, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(("petition-gateway data key: " + purpose).getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * How many sealed values this instance has opened (AES-GCM decryptions): a count, not a time, for measuring what a
   * read costs on a shared machine (issue 16: registration's earlier cases, a conversation's history).
   */
  private final java.util.concurrent.atomic.LongAdder opened = new java.util.concurrent.atomic.LongAdder();

  /** Decryptions so far ({@link #open} of a sealed value). */
  public long opened() {
    return opened.sum();
  }

  /** The version new values are sealed under. */
  public int currentVersion() {
    return current.version();
  }

  private static SecureRandom drbg() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (GeneralSecurityException e) {
      return new SecureRandom();
    }
  }

  /** This thread's generator of IVs (tests: one per thread, a DRBG). */
  static SecureRandom ivSource() {
    return RANDOM.get();
  }

  /** {@code plain} sealed under the current key for {@code column} (e.g. {@code cases.contact_phone}); null stays null. */
  public String seal(String column, String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] iv = new byte[IV];
      IVS.get().take(iv);
      Cipher c = GCM.get();
      c.init(Cipher.ENCRYPT_MODE, current.seal(), new GCMParameterSpec(128, iv));
      c.updateAAD(column.getBytes(StandardCharsets.UTF_8));
      byte[] in = plain.getBytes(StandardCharsets.UTF_8);
      // IV ‖ ciphertext ‖ tag in one array, the cipher writing after the IV (not a second array copied in after).
      byte[] all = new byte[IV + c.getOutputSize(in.length)];
      System.arraycopy(iv, 0, all, 0, IV);
      int n = c.doFinal(in, 0, in.length, all, IV);
      return "k" + current.version() + ":" + Base64.getEncoder().encodeToString(
          IV + n == all.length ? all : java.util.Arrays.copyOf(all, IV + n));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What {@link #seal} sealed, under whichever configured key; a value not sealed at all (a row from before
   * encryption, until the startup step has sealed it) is returned as it is. A sealed value no configured key opens, or
   * one tampered with, is an error: data is never silently lost.
   */
  public String open(String column, String stored) {
    if (stored == null) {
      return null;
    }
    int colon = sealedColon(stored);
    if (colon < 0) {
      return stored;
    }
    String version = stored.substring(1, colon);
    Key k = keys.get(Integer.parseInt(version));
    if (k == null) {
      throw new IllegalStateException("a value sealed under data key version " + version
          + " that is not configured: add it to security.previousDataKeys");
    }
    opened.increment();
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
      Cipher c = GCM.get();
      c.init(Cipher.DECRYPT_MODE, k.seal(), new GCMParameterSpec(128, all, 0, IV));
      c.updateAAD(column.getBytes(StandardCharsets.UTF_8));
      return new String(c.doFinal(all, IV, all.length - IV), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("a sealed " + column + " value does not open (tampered, or another key)", e);
    }
  }

  /**
   * Where the colon of a sealed value ({@code k<version>:<base64>}, as {@link #SEALED} says) stands, or -1 when
   * {@code stored} is not one: checked by hand, since a regular expression over every stored text was a hot spot.
   */
  static int sealedColon(String stored) {
    int n = stored.length();
    if (n < 3 || stored.charAt(0) != 'k') {
      return -1;
    }
    int i = 1;
    while (i < n && i <= 6 && stored.charAt(i) >= '0' && stored.charAt(i) <= '9') {
      i++;
    }
    if (i == 1 || i >= n - 1 || stored.charAt(i) != ':') {
      return -1;
    }
    for (int j = i + 1; j < n; j++) {
      char c = stored.charAt(j);
      if (c >= 128 || !BASE64[c]) {
        return -1;
      }
    }
    return i;
  }

  /** The characters of base64 (A–Z, a–z, 0–9, +, /, =), by code: a sealed state is kilobytes, checked each turn. */
  private static final boolean[] BASE64 = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      BASE64[c] = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
          || c == '=';
    }
  }

  /** Whether a stored value is sealed under the current key (else {@code keys rotate} seals it again). */
  public boolean current(String stored) {
    Matcher m = stored == null ? null : SEALED.matcher(stored);
    return stored == null || m.matches() && Integer.parseInt(m.group(1)) == current.version();
  }

  /** The keyed hash of a phone number under the current key (digits only, without +86), or null. */
  public byte[] phoneLookup(String phone) {
    return lookup(current, phone);
  }

  /** The keyed hashes under every configured key: what to look for while a rotation is under way. */
  public List<byte[]> phoneLookups(String phone) {
    List<byte[]> out = new ArrayList<>();
    keys.values().forEach(k -> {
      byte[] h = lookup(k, phone);
      if (h != null) {
        out.add(h);
      }
    });
    return out;
  }

  private static byte[] lookup(Key k, String phone) {
    String digits = phone == null ? "" : asciiDigits(phone);
    if (digits.length() == 13 && digits.startsWith("86")) {
      digits = digits.substring(2);
    }
    return digits.isEmpty() ? null : hmac(k, "phone:" + digits);
  }

  /** The ASCII digits of {@code s}, in order (what {@code replaceAll("[^0-9]", "")} gives, without a regex per call). */
  static String asciiDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The keyed hash a messaging channel's sender ({@code channel}, its OpenID or number) is found by, current key. */
  public byte[] channelLookup(String channel, String address) {
    return hmac(current, "channel:" + channel + ":" + address);
  }

  /** The same under every configured key: what to look for while a rotation is under way. */
  public List<byte[]> channelLookups(String channel, String address) {
    return keys.values().stream().map(k -> hmac(k, "channel:" + channel + ":" + address)).toList();
  }

  private static byte[] hmac(Key k, String input) {
    // doFinal leaves the MAC reset, initialised with the same key, for the next input.
    return k.macs().get().doFinal(input.getBytes(StandardCharsets.UTF_8));
  }
}
