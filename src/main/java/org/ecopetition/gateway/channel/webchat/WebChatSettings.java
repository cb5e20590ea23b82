package org.ecopetition.gateway.channel.webchat;

/** Limits of the web chat channel (configuration keys chat.*). */
record WebChatSettings(int maxMessageBytes, int historyReplay, org.ecopetition.gateway.http.TrustedProxies proxies,
    int maxNewConversationsPerHour, org.ecopetition.gateway.http.Origins origins) {
  static final String CHANNEL = "webchat";
}
