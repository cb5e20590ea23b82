package org.ecopetition.gateway.channel.wechat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's and WeCom's callback envelope (docs/wechat-protocol.md): SHA-1 signatures over the sorted values,
 * and safe mode's AES-256-CBC with the key from the 43-character EncodingAESKey, IV = the key's first 16
 * bytes, PKCS#7 padding to 32-byte blocks (the JDK's PKCS5Padding refuses pads over 16, so the pad is
 * handled here), plaintext = 16 random bytes + 4-byte big-endian length + message + the AppId or CorpID,
 * whose tail is checked.
 */
public final class WxCrypto {
  private static final int BLOCK = 32;
  private final String token;
  private final SecretKeySpec key;
  private final IvParameterSpec iv;
  private final byte[] receiveId;
  private final SecureRandom random = drbg();
  /** One AES/CBC cipher per thread, initialised per message: getInstance costs ~10 µs a call, init under 1 µs. */
  private static final ThreadLocal<Cipher> CBC = ThreadLocal.withInitial(() -> {
    try {
      return Cipher.getInstance("AES/CBC/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  });
  private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  });

  /**
   * A DRBG (NIST SP 800-90A), seeded once by the system: the default on Linux (NativePRNG) reads /dev/urandom under a
   * lock on every call, two system calls a passive reply.
   */
  static SecureRandom drbg() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (GeneralSecurityException e) {
      return new SecureRandom();
    }
  }

  /** {@code encodingAesKey} null or empty: plaintext mode (signatures only). */
  public WxCrypto(String token, String encodingAesKey, String receiveId) {
    this.token = token;
    this.receiveId = receiveId.getBytes(StandardCharsets.UTF_8);
    if (encodingAesKey == null || encodingAesKey.isBlank()) {
      this.key = null;
      this.iv = null;
      return;
    }
    if (encodingAesKey.length() != 43) {
      throw new IllegalArgumentException("the EncodingAESKey must have 43 characters");
    }
    // The last character carries leftover bits that strict decoders refuse; java.util.Base64 takes it.
    byte[] k = Base64.getDecoder().decode(encodingAesKey + "=");
    this.key = new SecretKeySpec(k, "AES");
    this.iv = new IvParameterSpec(Arrays.copyOf(k, 16));
  }

  public boolean safeMode() {
    return key != null;
  }

  /** Lowercase hex SHA-1 of the values sorted and joined without a separator. */
  public static String sha1(String... values) {
    String[] sorted = values.clone();
    Arrays.sort(sorted);
    // digest() resets the digest, so the thread's instance is ready for the next call.
    return HexFormat.of().formatHex(SHA1.get().digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
  }

  /** The token plus the given values, signed. */
  public String sign(String... values) {
    String[] all = Arrays.copyOf(values, values.length + 1);
    all[values.length] = token;
    return sha1(all);
  }

  /** Compares in constant time, so a forger learns nothing from the answer's timing. */
  public boolean verify(String signature, String... values) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(sign(values).getBytes(StandardCharsets.US_ASCII),
        signature.toLowerCase().getBytes(StandardCharsets.US_ASCII));
  }

  /** Base64 of the encrypted message. */
  public String encrypt(String message) {
    byte[] msg = message.getBytes(StandardCharsets.UTF_8);
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    int plain = 16 + 4 + msg.length + receiveId.length;
    int pad = BLOCK - plain % BLOCK;
    ByteBuffer b = ByteBuffer.allocate(plain + pad);
    b.put(nonce).putInt(msg.length).put(msg).put(receiveId);
    for (int i = 0; i < pad; i++) {
      b.put((byte) pad);
    }
    try {
      Cipher c = CBC.get();
      c.init(Cipher.ENCRYPT_MODE, key, iv);
      return Base64.getEncoder().encodeToString(c.doFinal(b.array()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The message inside an {@code Encrypt} value; empty when it is not Base64, not whole blocks, badly
   * padded, its length does not fit, or it was not meant for this AppId / CorpID.
   */
  public Optional<String> decrypt(String encrypted) {
    byte[] data;
    try {
      data = Base64.getDecoder().decode(encrypted.strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (data.length == 0 || data.length % 16 != 0) {
      return Optional.empty();
    }
    byte[] plain;
    try {
      Cipher c = CBC.get();
      c.init(Cipher.DECRYPT_MODE, key, iv);
      plain = c.doFinal(data);
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
    int pad = plain[plain.length - 1] & 0xff;
    if (pad < 1 || pad > BLOCK || pad > plain.length) {
      return Optional.empty();
    }
    for (int i = plain.length - pad; i < plain.length; i++) {
      if ((plain[i] & 0xff) != pad) {
        return Optional.empty();
      }
    }
    int end = plain.length - pad;
    if (end < 20) {
      return Optional.empty();
    }
    int len = ByteBuffer.wrap(plain, 16, 4).getInt();
    if (len < 0 || 20 + len > end) {
      return Optional.empty();
    }
    byte[] tail = Arrays.copyOfRange(plain, 20 + len, end);
    if (!MessageDigest.isEqual(tail, receiveId)) {
      return Optional.empty();
    }
    return Optional.of(new String(plain, 20, len, StandardCharsets.UTF_8));
  }
}
