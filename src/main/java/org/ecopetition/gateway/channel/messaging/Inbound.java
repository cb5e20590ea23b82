package org.ecopetition.gateway.channel.messaging;

/**
 * A citizen's message as a channel adapter read it. {@code key}: what de-duplicates it on the platform (a
 * WeChat MsgId or event key, a WeCom msgid, an SMS id). {@code text}: what goes to the dialog, or null when
 * the channel answers by itself with {@code notice} (a key of channels/messages.yaml: a voice message
 * without recognition). {@code lang}: the language of a conversation opened by this message. {@code media}: a
 * picture's media id on the platform, fetched into the evidence photos ({@link Pictures}).
 */
public record Inbound(String channel, String key, String address, String text, String notice, String lang,
    String media) {
  public Inbound(String channel, String key, String address, String text, String notice, String lang) {
    this(channel, key, address, text, notice, lang, null);
  }

  /**
   * A text: a conversation it opens speaks the text's language (an English writer on WeChat or SMS is greeted in
   * English, not in Chinese before the first answer in English); Chinese when the text does not say.
   */
  public static Inbound text(String channel, String key, String address, String text) {
    return new Inbound(channel, key, address, text, null,
        org.ecopetition.gateway.dialog.DialogEngine.languageOf(text).orElse("zh"));
  }

  public static Inbound notice(String channel, String key, String address, String notice) {
    return new Inbound(channel, key, address, null, notice, "zh");
  }

  /** A picture: kept as evidence with the conversation's report once fetched by its media id. */
  public static Inbound picture(String channel, String key, String address, String mediaId) {
    return new Inbound(channel, key, address, null, null, "zh", mediaId);
  }

  /** A platform event with nothing to answer (unsubscribe): taken once, then ignored. */
  public static Inbound silent(String channel, String key, String address) {
    return new Inbound(channel, key, address, null, null, "zh");
  }
}
