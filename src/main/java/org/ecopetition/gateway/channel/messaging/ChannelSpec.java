package org.ecopetition.gateway.channel.messaging;

import java.time.Duration;
import java.util.function.Function;

/**
 * How a messaging channel delivers: its part size and, for WeChat customer-service messages and WeCom
 * 微信客服, the window after the citizen's last message and the messages allowed in it. {@code privacyNotice}: the
 * key of the privacy notice said before anything else in a new conversation (channels/messages.yaml: the SMS one is
 * short). {@code receiptNote}: a line added to a receipt on this channel, by language (null: none). {@code numbered}:
 * the parts of one delivery carry "(1/3)" markers. {@code consent}: whether the address refused the messages the
 * gateway starts (SMS 退订).
 */
public record ChannelSpec(String channel, Parts parts, Duration window, int perWindow, Sender sender,
    String privacyNotice, Function<String, String> receiptNote, boolean numbered, Consent consent) {
  /**
   * WeChat and WeCom: 5 messages within 48 hours of the citizen's last message. Not numbered: a chat shows the
   * messages in the order the platform accepted them, and the outbox sends a part only once the one before was
   * accepted, so the order is never lost; a reply the quota stops part-way says so itself ("window_hint") and goes on
   * after the citizen's next message, when a count fixed at the first part would no longer hold (what follows may
   * have grown). Markers would only spend the 2,048 bytes.
   */
  public static ChannelSpec windowed(String channel, Sender sender) {
    return new ChannelSpec(channel, new Parts(2048, Parts.Unit.UTF8_BYTES), Duration.ofHours(48), 5, sender,
        "privacy_notice", null, false, Consent.ALWAYS);
  }

  /**
   * SMS: no window, short parts, numbered — an old phone may show concatenated parts as separate messages in any
   * order, or lose one. {@code consent}: the numbers that opted out.
   */
  public static ChannelSpec unlimited(String channel, int maxChars, Sender sender, Consent consent) {
    return new ChannelSpec(channel, new Parts(maxChars, Parts.Unit.CHARACTERS), null, Integer.MAX_VALUE, sender,
        "privacy_notice_sms", null, true, consent);
  }

  public ChannelSpec withReceiptNote(Function<String, String> note) {
    return new ChannelSpec(channel, parts, window, perWindow, sender, privacyNotice, note, numbered, consent);
  }
}
