package org.ecopetition.gateway.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who a staff bearer token belongs to: tokens are configured as SHA-256 hashes and compared in constant time. */
final class StaffAuth {
  private final Map<String, byte[]> hashes = new LinkedHashMap<>();

  StaffAuth(List<String> entries) {
    for (String e : entries) {
      int colon = e.indexOf(':');
      if (colon < 1 || e.length() - colon - 1 != 64) {
        throw new IllegalArgumentException("staff.tokens entries must be login:sha256hex");
      }
      hashes.put(e.substring(0, colon), HexFormat.of().parseHex(e.substring(colon + 1)));
    }
  }

  Optional<String> login(String bearer) {
    if (bearer == null || bearer.isBlank()) {
      return Optional.empty();
    }
    byte[] h = sha256(bearer.strip());
    String found = null;
    for (Map.Entry<String, byte[]> e : hashes.entrySet()) {
      if (MessageDigest.isEqual(h, e.getValue())) {
        found = e.getKey();
      }
    }
    return Optional.ofNullable(found);
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
