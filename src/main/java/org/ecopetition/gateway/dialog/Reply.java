package org.ecopetition.gateway.dialog;

import java.util.List;

/** One message to the petitioner, channel-neutral: text and optional quick-reply buttons. */
public record Reply(String text, List<Button> buttons) {
  public record Button(String label, String value) {}

  public Reply {
    buttons = List.copyOf(buttons);
  }

  public static Reply text(String text) {
    return new Reply(text, List.of());
  }
}
