package org.ecopetition.gateway.channel.messaging;

import java.time.Duration;
import java.util.function.Function;

/**
 * How a messaging channel delivers: its part size and, for WeChat customer-service messages and WeCom
 * 微信客服, the window after the citizen's last message and the messages allowed in it. {@code privacyNotice}: the
 * key of the privacy notice said before anything else in a new conversation (channels/messages.yaml: the SMS one is
 * short). {@code receiptNote}: a line added to a receipt on this channel, by language (null: none).
 */
public record ChannelSpec(String channel, Parts parts, Duration window, int perWindow, Sender sender,
    String privacyNotice, Function<String, String> receiptNote) {
  /** WeChat and WeCom: 5 messages within 48 hours of the citizen's last message. */
  public static ChannelSpec windowed(String channel, Sender sender) {
    return new ChannelSpec(channel, new Parts(2048, Parts.Unit.UTF8_BYTES), Duration.ofHours(48), 5, sender,
        "privacy_notice", null);
  }

  /** SMS: no window, short parts. */
  public static ChannelSpec unlimited(String channel, int maxChars, Sender sender) {
    return new ChannelSpec(channel, new Parts(maxChars, Parts.Unit.CHARACTERS), null, Integer.MAX_VALUE, sender,
        "privacy_notice_sms", null);
  }

  public ChannelSpec withReceiptNote(Function<String, String> note) {
    return new ChannelSpec(channel, parts, window, perWindow, sender, privacyNotice, note);
  }
}
