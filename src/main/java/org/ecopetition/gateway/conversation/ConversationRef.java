package org.ecopetition.gateway.conversation;

import java.util.UUID;

/** A conversation found by its device token. */
public record ConversationRef(UUID id) {}
