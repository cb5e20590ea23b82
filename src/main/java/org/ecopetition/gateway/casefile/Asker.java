package org.ecopetition.gateway.casefile;

import java.security.MessageDigest;
import java.util.UUID;

/**
 * Who asks for a case's status, for the guessing bounds (correction 11). {@code client}: counted across cases — an
 * address on the web, the OpenID or phone number on WeChat and SMS. {@code device}: counted per case — the chat
 * conversation, or the device token the web page got with its receipt (the conversation's token), else the
 * client. The device the case was registered from is its petitioner's: a stranger's failures on the case do not
 * delay it.
 */
public record Asker(String client, String device, UUID conversation, byte[] deviceHash) {
  /** A web request: {@code deviceHash} the SHA-256 of the device token it carried, or null. */
  public static Asker web(String address, byte[] deviceHash) {
    String device = deviceHash == null ? "addr:" + address
        : "dev:" + java.util.HexFormat.of().formatHex(deviceHash, 0, 16);
    return new Asker("addr:" + address, device, null, deviceHash == null ? null : deviceHash.clone());
  }

  /** A turn of conversation {@code conversation}; {@code client}: its address or messaging user. */
  public static Asker conversation(String client, UUID conversation) {
    return new Asker(client, "conv:" + conversation, conversation, null);
  }

  /** Whether this is the device the case was registered from. */
  boolean owns(PgCaseRepository.StoredStatus s) {
    return conversation != null && conversation.equals(s.conversation())
        || deviceHash != null && s.deviceHash() != null && MessageDigest.isEqual(deviceHash, s.deviceHash());
  }
}
