package org.ecopetition.gateway.channel.webchat;

/** Limits of the web chat channel (configuration keys chat.*). */
record WebChatSettings(int maxMessageBytes, int historyReplay, boolean trustForwardedFor) {
  static final String CHANNEL = "webchat";
}
