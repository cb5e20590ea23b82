package org.ecopetition.gateway.lifecycle;

import java.util.Map;
import org.ecopetition.gateway.text.Msg;

/**
 * The answer to a command: applied (the new status and the article it rests on, for the append-only
 * history) or rejected with the reason (words from the message catalogue). Rejections are values, never exceptions.
 */
public sealed interface Outcome {
  record Applied(CaseStatus status, String article) implements Outcome {}

  /** {@code reason}: the catalogue's words for it, filled with {@code vars} (a state, an act, a date). */
  record Rejected(Msg reason, Map<String, Object> vars, String article) implements Outcome {
    public Rejected {
      vars = Map.copyOf(vars);
    }

    public Rejected(Msg reason, String article) {
      this(reason, Map.of(), article);
    }
  }
}
