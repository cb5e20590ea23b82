package org.ecopetition.gateway.casefile;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Query codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown once and stored
 * only as an HMAC-SHA256 under a configured key. A plain hash of 8 characters falls to brute force from a
 * database dump; a slow password hash could not serve thousands of status queries a second.
 */
public final class QueryCodes {
  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  public static final int LENGTH = 8;

  private final SecureRandom random = new SecureRandom();
  private final byte[] key;
  /** One keyed Mac per thread: looking the provider up and keying it cost more than the HMAC itself (issue 16 §4). */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  public QueryCodes(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the query-code key must have at least 32 bytes");
    }
    this.key = key.clone();
  }

  public String generate() {
    char[] c = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      c[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(c);
  }

  public byte[] hmac(String code) {
    return macs.get().doFinal(code.getBytes(StandardCharsets.US_ASCII)); // doFinal leaves the Mac ready for the next
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant-time comparison of a typed code with a stored HMAC. */
  public boolean matches(String code, byte[] stored) {
    return same(hmac(code), stored);
  }

  /** Constant-time comparison of a typed code's HMAC (null: malformed) with a stored one. */
  static boolean same(byte[] typedHmac, byte[] stored) {
    return typedHmac != null && stored != null && MessageDigest.isEqual(typedHmac, stored);
  }
}
