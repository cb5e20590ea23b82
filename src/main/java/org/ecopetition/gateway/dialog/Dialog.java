package org.ecopetition.gateway.dialog;

import java.util.List;
import java.util.Map;

/** A dialog as loaded from {@code dialogs/<id>.yaml}: slots, steps in order, prompts per language. */
record Dialog(String id, String file, boolean start, Map<String, SlotSpec> slots, List<Step> steps,
    Map<String, Map<String, String>> prompts) {

  int indexOf(String stepId) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(stepId)) {
        return i;
      }
    }
    return -1;
  }

  boolean hasStep(String stepId) {
    return indexOf(stepId) >= 0;
  }

  Step step(String stepId) {
    int i = indexOf(stepId);
    if (i < 0) {
      throw new IllegalStateException("dialog " + id + " has no step " + stepId);
    }
    return steps.get(i);
  }
}
