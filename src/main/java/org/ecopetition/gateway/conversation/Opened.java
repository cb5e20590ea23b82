package org.ecopetition.gateway.conversation;

import java.util.List;
import java.util.UUID;

/** A new conversation: the token to hand to the device once, and the first messages. */
public record Opened(UUID id, String token, String lang, List<StoredMessage> messages) {}
