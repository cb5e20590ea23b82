package org.ecopetition.gateway.dialog;

import java.util.List;
import java.util.Map;

/**
 * One step of a dialog. Steps run in order; {@code goTo} jumps unconditionally, {@code branches} jump by
 * the answer (or an effect's outcome) and fall through to the next step for any other value.
 * {@code prefill}: the answer is free text whose extraction may fill other slots (those with {@code from}).
 * {@code onlyIf}: the step runs only when the condition holds (for now {@code elsewhere}: the routing table
 * sends the matter outside the environment system), otherwise it is passed over. {@code offer}: a say step's
 * buttons, each a prompt key (the dialog's or the shared ones) whose text is the button. {@code preset}: an ask
 * step's slot takes this value without a question (shown in the summary, where "修改" asks it): a default the
 * petitioner may change, costing no turn.
 */
record Step(String id, Kind kind, String arg, List<String> confirmSlots, String goTo,
    Map<String, String> branches, boolean prefill, int line, String onlyIf, List<String> offer,
    String preset) {

  enum Kind { ASK, SAY, CONFIRM, SUBMIT, END }

  boolean waits() {
    return kind == Kind.ASK || kind == Kind.CONFIRM;
  }
}
