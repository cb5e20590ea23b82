package org.ecopetition.gateway.dialog;

import java.util.List;

/** The dialogs folder is not valid; each problem names its file and line. The gateway refuses to start. */
public final class DialogValidationException extends RuntimeException {
  private final List<String> problems;

  DialogValidationException(List<String> problems) {
    super("invalid dialogs:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
