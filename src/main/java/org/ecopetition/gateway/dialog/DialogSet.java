package org.ecopetition.gateway.dialog;

import java.util.List;
import java.util.Map;

/**
 * Every dialog of a deployment, the global commands, the prompts they share, and the order in which the safety
 * reply chooses its one block of advice ({@code safety:} in commands.yaml). Validated on load.
 */
public record DialogSet(Map<String, Dialog> dialogs, String startDialog, List<Command> commands,
    Map<String, Map<String, String>> globalPrompts, List<String> safetyOrder) {

  /** Languages every prompt must exist in (Art 44: English for foreign petitioners). */
  static final List<String> LANGS = List.of("zh-CN", "en");

  static String promptLang(String lang) {
    return "en".equals(lang) ? "en" : "zh-CN";
  }

  public int size() {
    return dialogs.size();
  }
}
