package org.ecopetition.gateway.conversation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A channel address (an OpenID, a mobile number) as the database keeps it: a keyed hash to find the
 * conversation, and AES-GCM to reply. Both keys are derived from the gateway's secret (security.queryCodeKey),
 * so a dump of the database alone reveals no address.
 */
final class AddressSeal {
  private static final int NONCE = 12;
  private final byte[] lookupKey;
  private final SecretKeySpec sealKey;
  private final SecureRandom random = new SecureRandom();

  AddressSeal(byte[] secret) {
    this.lookupKey = hmac(secret, "channel-identity-lookup".getBytes(StandardCharsets.US_ASCII));
    this.sealKey = new SecretKeySpec(hmac(secret, "channel-identity-seal".getBytes(StandardCharsets.US_ASCII)), "AES");
  }

  /** The lookup key of an address on a channel. */
  byte[] key(String channel, String address) {
    return hmac(lookupKey, (channel + ":" + address).getBytes(StandardCharsets.UTF_8));
  }

  /** What rate limits and failure counts name the sender by: never the address itself. */
  String client(String channel, String address) {
    return channel + ":" + HexFormat.of().formatHex(key(channel, address), 0, 12);
  }

  byte[] seal(String address) {
    try {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(128, nonce));
      byte[] sealed = c.doFinal(address.getBytes(StandardCharsets.UTF_8));
      byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
      System.arraycopy(sealed, 0, out, NONCE, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String open(byte[] sealed) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(128, sealed, 0, NONCE));
      return new String(c.doFinal(sealed, NONCE, sealed.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a channel address does not open with this key", e);
    }
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
