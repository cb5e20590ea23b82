package org.ecopetition.gateway.channel.messaging;

import java.time.Duration;

/**
 * How a messaging channel delivers: its part size and, for WeChat customer-service messages and WeCom
 * 微信客服, the window after the citizen's last message and the messages allowed in it.
 */
public record ChannelSpec(String channel, Parts parts, Duration window, int perWindow, Sender sender) {
  /** WeChat and WeCom: 5 messages within 48 hours of the citizen's last message. */
  public static ChannelSpec windowed(String channel, Sender sender) {
    return new ChannelSpec(channel, new Parts(2048, Parts.Unit.UTF8_BYTES), Duration.ofHours(48), 5, sender);
  }

  /** SMS: no window, short parts. */
  public static ChannelSpec unlimited(String channel, int maxChars, Sender sender) {
    return new ChannelSpec(channel, new Parts(maxChars, Parts.Unit.CHARACTERS), null, Integer.MAX_VALUE, sender);
  }
}
