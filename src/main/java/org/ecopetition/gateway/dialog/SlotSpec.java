package org.ecopetition.gateway.dialog;

import java.util.List;
import java.util.Map;

/**
 * A slot of a dialog: its type, bounds, allowed values, whether answers must never be stored, the extraction
 * field ({@code from}) that may fill it from a free-text answer, the words a petitioner may call it by when
 * correcting it ({@code aliases}, besides its labels), the values it takes from other slots already filled
 * ({@code inferred}: a name given means "named"), whether only an explicit choice fills it
 * ({@code explicit}: a consent, never taken from a casual "嗯", "好" or "ok", nor from free text), and for an option
 * slot the other words that choose a value ({@code answers}: 匿名, 不想留) and the values a yes and a no choose when
 * its question is asked as one ({@code yesNo}: "愿意留下姓名吗？" — 愿意 is "named", 不用了 "anonymous"), and whether
 * the petitioner may decline its question ({@code optional}: "不想说" leaves it not given rather than being its value),
 * and the value it takes wherever its {@code from} flag is raised ({@code flagged}: "不想让他们知道是我" is "do not
 * disclose", said in the first message or at any question; a choice that gives nothing away, so explicit slots may have it),
 * and the words that choose a value inside a sentence of the first message ({@code said}: "我要匿名，化工厂…" is
 * "anonymous", so the question is not asked; a longer phrase of another value that holds them, 不想匿名, wins; said
 * alone at another question, "我要匿名" when asked since when, they set the value there too), and whose words those
 * must be ({@code saidBy}: the writer's own — at the start of a clause, or after one of these leads, such as 我 or I,
 * with only {@code saidWith} words between, such as 要, 想 or want to: "我要匿名" counts, "收到一个匿名电话" does not), and
 * the words that make a wish said elsewhere someone else's ({@code saidOf}: 他, 邻居, my neighbour before it in its
 * clause: "我邻居说他想匿名" at the summary or when asked the name chooses nothing for the writer).
 */
record SlotSpec(String name, SlotType type, int min, int max, List<String> values, boolean secret, String from,
    int line, List<String> aliases, Map<String, List<String>> inferred, boolean explicit,
    Map<String, List<String>> answers, List<String> yesNo, boolean optional, String flagged,
    Map<String, List<String>> said, List<String> saidBy, List<String> saidWith, List<String> saidOf) {

  SlotSpec(String name, SlotType type, int min, int max, List<String> values, boolean secret, String from,
      int line, List<String> aliases, Map<String, List<String>> inferred, boolean explicit,
      Map<String, List<String>> answers, List<String> yesNo, boolean optional, String flagged,
      Map<String, List<String>> said, List<String> saidBy, List<String> saidWith) {
    this(name, type, min, max, values, secret, from, line, aliases, inferred, explicit, answers, yesNo, optional, flagged,
        said, saidBy, saidWith, List.of());
  }

  SlotSpec(String name, SlotType type, int min, int max, List<String> values, boolean secret, String from,
      int line, List<String> aliases, Map<String, List<String>> inferred, boolean explicit,
      Map<String, List<String>> answers, List<String> yesNo, boolean optional, String flagged) {
    this(name, type, min, max, values, secret, from, line, aliases, inferred, explicit, answers, yesNo, optional, flagged, Map.of(), List.of(), List.of());
  }

  SlotSpec(String name, SlotType type, int min, int max, List<String> values, boolean secret, String from, int line) {
    this(name, type, min, max, values, secret, from, line, List.of(), Map.of(), false, Map.of(), List.of(), false, null);
  }

  SlotSpec(String name, SlotType type, int min, int max, List<String> values, boolean secret, String from,
      int line, List<String> aliases, Map<String, List<String>> inferred, boolean explicit,
      Map<String, List<String>> answers, List<String> yesNo) {
    this(name, type, min, max, values, secret, from, line, aliases, inferred, explicit, answers, yesNo, false, null);
  }
}
