package org.ecopetition.gateway.dialog;

import java.util.List;

/** A global command, recognised at any step by one of its phrases. */
record Command(String name, String startDialog, List<String> phrases) {

  /** Commands the engine itself carries out; any other command must name a dialog to start. */
  static final List<String> BUILT_IN = List.of("restart", "cancel", "help", "english", "chinese", "human", "back");
}
