package org.ecopetition.gateway.dialog;

import java.util.List;

/**
 * One message to the petitioner, channel-neutral: text and optional quick-reply buttons; {@code kind} says what a
 * page may draw it as ({@link #SUMMARY}: the summary to confirm), null for a plain message.
 */
public record Reply(String text, List<Button> buttons, String kind) {
  public static final String SUMMARY = "summary";

  public record Button(String label, String value) {}

  public Reply {
    buttons = List.copyOf(buttons);
  }

  public Reply(String text, List<Button> buttons) {
    this(text, buttons, null);
  }

  public static Reply text(String text) {
    return new Reply(text, List.of());
  }
}
