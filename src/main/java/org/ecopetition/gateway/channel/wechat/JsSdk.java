package org.ecopetition.gateway.channel.wechat;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The JS-SDK's {@code wx.config} signature (JS-SDK 附录1): lowercase hex SHA-1 of
 * {@code jsapi_ticket=…&noncestr=…&timestamp=…&url=…} — the four fields in this (ASCII) order, values as they are,
 * the url being the page's own address without its {@code #} fragment, exactly as the page reads it. Pure.
 */
final class JsSdk {
  private static final int MAX_URL = 2048;

  private JsSdk() {}

  static String signature(String ticket, String nonce, long timestamp, String url) {
    String plain = "jsapi_ticket=" + ticket + "&noncestr=" + nonce + "&timestamp=" + timestamp + "&url=" + url;
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The address to sign: an absolute http(s) page address with its fragment removed; empty when it is not one. */
  static Optional<String> page(String url) {
    if (url == null || url.isEmpty() || url.length() > MAX_URL) {
      return Optional.empty();
    }
    int hash = url.indexOf('#');
    String page = hash < 0 ? url : url.substring(0, hash);
    try {
      URI u = new URI(page);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null || u.getRawUserInfo() != null
          || page.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.of(page);
  }

  /** The scheme, host and port of the script's address, for the page's Content-Security-Policy. */
  static Optional<String> origin(String scriptUrl) {
    try {
      URI u = new URI(scriptUrl);
      if (u.getScheme() == null || u.getHost() == null || !u.getHost().matches("[A-Za-z0-9.-]+")) {
        return Optional.empty();
      }
      return Optional.of(u.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + u.getHost()
          + (u.getPort() < 0 ? "" : ":" + u.getPort()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
