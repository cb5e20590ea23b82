package org.ecopetition.gateway.text;

/** A value whose words are in the catalogue (a case status, an act): rendered in the reader's language. */
public interface Label {
  /** The catalogue key of its words, e.g. {@code status.accepted}. */
  String messageKey();
}
