package org.ecopetition.gateway.channel.wechat;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecopetition.gateway.channel.messaging.Inbound;
import org.ecopetition.gateway.channel.messaging.Intake;

/**
 * A decrypted WeChat push read into what the dialogs understand. MsgId is a 64-bit number above 2^53: it
 * is kept as its digits, never parsed as a double. Events are de-duplicated by FromUserName, CreateTime,
 * Event and EventKey (a subscribe and a menu click in the same second would collide otherwise), hashed together.
 */
final class WeChatMessage {
  static final String CHANNEL = "wechat";
  private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{6,64}");
  private static final Pattern MEDIA = Pattern.compile("[A-Za-z0-9_-]{1,128}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

  private WeChatMessage() {}

  /** The message, or empty when a field WeChat always sends is missing or malformed. */
  static Optional<Inbound> read(Map<String, String> x) {
    String from = x.get("FromUserName");
    String type = x.get("MsgType");
    String created = x.get("CreateTime");
    if (from == null || !OPENID.matcher(from).matches() || type == null || created == null
        || !DIGITS.matcher(created).matches() || x.get("ToUserName") == null) {
      return Optional.empty();
    }
    if (type.equals("event")) {
      return event(x, from, created);
    }
    String msgId = x.get("MsgId");
    if (msgId == null || !DIGITS.matcher(msgId).matches()) {
      return Optional.empty();
    }
    String key = "m" + msgId;
    return Optional.of(switch (type) {
      case "text" -> {
        String content = x.getOrDefault("Content", "").strip();
        yield content.isEmpty() ? Inbound.notice(CHANNEL, key, from, "unsupported") : Inbound.text(CHANNEL, key, from, content);
      }
      case "voice" -> {
        String heard = x.getOrDefault("Recognition", "").strip();
        yield heard.isEmpty() ? Inbound.notice(CHANNEL, key, from, "send_text") : Inbound.text(CHANNEL, key, from, heard);
      }
      // PicUrl is not fetched: it is a public CDN address; the media API gives the same picture by MediaId.
      case "image" -> {
        String media = x.getOrDefault("MediaId", "").strip();
        yield MEDIA.matcher(media).matches() ? Inbound.picture(CHANNEL, key, from, media)
            : Inbound.notice(CHANNEL, key, from, "unsupported");
      }
      case "location" -> location(x, key, from);
      default -> Inbound.notice(CHANNEL, key, from, "unsupported");
    });
  }

  /** A shared location: its label goes to the dialog as a place the petitioner names, to be confirmed. */
  private static Inbound location(Map<String, String> x, String key, String from) {
    String label = x.getOrDefault("Label", "").strip();
    if (label.isEmpty()) {
      return Inbound.notice(CHANNEL, key, from, "unsupported");
    }
    return new Inbound(CHANNEL, key, from, null, Intake.LOCATION + label, "zh");
  }

  private static String sha256(String s) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Inbound> event(Map<String, String> x, String from, String created) {
    String event = x.getOrDefault("Event", "");
    String eventKey = x.getOrDefault("EventKey", "");
    // Hashed: the key is kept a day in inbound_seen and must not hold the OpenID in clear (correction 11).
    String key = "e" + sha256(from + ":" + created + ":" + event + ":" + eventKey);
    return Optional.of(switch (event) {
      // A new follower is greeted (the greeting of a conversation opened now; nothing for a returning one).
      case "subscribe" -> new Inbound(CHANNEL, key, from, null, Intake.GREET, "zh");
      // The menu's keys are the commands themselves (我要反映, 进度查询, 人工服务): a click is that command.
      case "CLICK" -> eventKey.isBlank() ? Inbound.silent(CHANNEL, key, from) : Inbound.text(CHANNEL, key, from, eventKey);
      default -> Inbound.silent(CHANNEL, key, from);
    });
  }
}
