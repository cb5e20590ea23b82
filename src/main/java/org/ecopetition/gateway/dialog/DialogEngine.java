package org.ecopetition.gateway.dialog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.dialog.ConversationState.Frame;

/**
 * Runs the dialogs of a {@link DialogSet}: pure, no I/O. Each call takes a state and one input and returns
 * the next state, the replies, and at most one {@link Effect}, which the caller performs and reports back
 * through {@link #resume}. Slots are filled only by answering the question that asks for them.
 */
public final class DialogEngine {
  private static final Set<String> YES = Set.of("是", "是的", "对", "对的", "好", "好的", "确认", "确定", "可以",
      "要", "愿意", "同意", "嗯", "行", "yes", "y", "ok", "okay", "sure", "confirm", "确认提交", "submit");
  private static final Set<String> NO = Set.of("否", "不", "不是", "不要", "不用", "不愿意", "不同意", "没有",
      "no", "n", "nope");
  private static final List<String> EDIT_WORDS = List.of("修改", "更改", "改", "change", "edit");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_][a-zA-Z0-9_]*)}");

  private final DialogSet set;
  private final Map<String, String> constants;

  /** {@code constants}: published contact details (department, hotline, …) that prompts may show. */
  public DialogEngine(DialogSet set, Map<String, String> constants) {
    this.set = set;
    this.constants = Map.copyOf(constants);
  }

  /** A new conversation: the start dialog's greeting and first question. */
  public Turn start(String lang) {
    List<Reply> out = new ArrayList<>();
    return begin(new ConversationState(ConversationState.normaliseLang(lang), null, null), set.startDialog(), out);
  }

  /** Whether the next answer is a secret (a query code) that must not be stored as typed. */
  public boolean awaitsSecret(ConversationState s) {
    if (s.current() == null) {
      return false;
    }
    Dialog d = set.dialogs().get(s.current().dialog());
    Step step = d.step(s.current().step());
    return step.kind() == Step.Kind.ASK && d.slots().get(step.arg()).secret();
  }

  /** One petitioner input. */
  public Turn handle(ConversationState s, String input) {
    List<Reply> out = new ArrayList<>();
    Optional<Command> command = command(input);
    if (command.isPresent()) {
      return runCommand(s, command.get(), out);
    }
    if (s.current() == null) {
      out.add(idlePrompt(s.lang()));
      return new Turn(s, out, null);
    }
    Dialog d = dialog(s);
    Step step = d.step(s.current().step());
    return switch (step.kind()) {
      case ASK -> answer(s, d, step, input, out);
      case CONFIRM -> confirm(s, d, step, input, out);
      default -> advance(s, d, d.indexOf(step.id()), out, Map.of());
    };
  }

  /** The outcome of the effect the last turn asked for; {@code vars} fill the prompts that follow. */
  public Turn resume(ConversationState s, String outcome, Map<String, String> vars) {
    Dialog d = dialog(s);
    Step step = d.step(s.current().step());
    if (step.kind() != Step.Kind.SUBMIT) {
      throw new IllegalStateException("no effect is pending in step " + step.id());
    }
    Frame f = s.current();
    for (SlotSpec spec : d.slots().values()) {
      if (spec.secret()) {
        f = f.without(spec.name());
      }
    }
    List<Reply> out = new ArrayList<>();
    return advance(s.withCurrent(f), d, next(d, d.indexOf(step.id()), outcome), out, vars);
  }

  // --- flow ------------------------------------------------------------------------------------------

  private Turn begin(ConversationState s, String dialogId, List<Reply> out) {
    Dialog d = set.dialogs().get(dialogId);
    Frame f = new Frame(dialogId, d.steps().get(0).id(), Map.of(), false);
    return advance(s.withCurrent(f), d, 0, out, Map.of());
  }

  private Turn advance(ConversationState s, Dialog d, int from, List<Reply> out, Map<String, String> vars) {
    int i = from;
    Set<Integer> visited = new HashSet<>();
    while (i < d.steps().size() && visited.add(i)) {
      Step step = d.steps().get(i);
      Frame f = s.current().at(step.id());
      s = s.withCurrent(f);
      switch (step.kind()) {
        case ASK, CONFIRM -> {
          out.add(prompt(s, d, step));
          return new Turn(s, out, null);
        }
        case SAY -> {
          out.add(Reply.text(render(d, step.arg(), s, vars)));
          i = next(d, i, null);
        }
        case SUBMIT -> {
          return new Turn(s, out, new Effect(step.arg(), liveSlots(d, f, step.id()), s.lang()));
        }
        case END -> i = d.steps().size();
      }
    }
    return finish(s, out);
  }

  private Turn finish(ConversationState s, List<Reply> out) {
    if (s.suspended() != null) {
      ConversationState resumed = new ConversationState(s.lang(), s.suspended(), null);
      out.add(Reply.text(global(s.lang(), "resume_previous")));
      return reprompt(resumed, out);
    }
    return new Turn(new ConversationState(s.lang(), null, null), out, null);
  }

  private static int next(Dialog d, int i, String value) {
    Step step = d.steps().get(i);
    if (step.goTo() != null) {
      return d.indexOf(step.goTo());
    }
    if (value != null && step.branches().containsKey(value)) {
      return d.indexOf(step.branches().get(value));
    }
    return i + 1;
  }

  private Turn answer(ConversationState s, Dialog d, Step step, String input, List<Reply> out) {
    SlotSpec spec = d.slots().get(step.arg());
    Optional<String> value = accept(s.lang(), d, spec, input);
    if (value.isEmpty()) {
      out.add(invalid(s, d, spec, step));
      return new Turn(s, out, null);
    }
    Frame f = s.current().with(spec.name(), value.get());
    if (f.editing() && step.branches().isEmpty()) {
      f = f.editing(false);
      return advance(s.withCurrent(f), d, confirmIndex(d), out, Map.of());
    }
    return advance(s.withCurrent(f.editing(false)), d, next(d, d.indexOf(step.id()), value.get()), out, Map.of());
  }

  private Turn confirm(ConversationState s, Dialog d, Step step, String input, List<Reply> out) {
    String key = Text.key(input);
    if (YES.contains(key) || key.equals(Text.key(global(s.lang(), "confirm_submit")))) {
      return advance(s, d, next(d, d.indexOf(step.id()), null), out, Map.of());
    }
    String rest = null;
    for (String w : EDIT_WORDS) {
      if (key.startsWith(w)) {
        rest = key.substring(w.length()).strip();
        break;
      }
    }
    if (rest == null && !NO.contains(key) && !key.equals(Text.key(global(s.lang(), "confirm_edit")))) {
      rest = key; // a bare item name ("电话") also means: change it
    }
    if (rest != null && !rest.isEmpty()) {
      Optional<String> slot = slotByLabel(d, step, rest);
      if (slot.isPresent()) {
        Step ask = d.steps().stream()
            .filter(x -> x.kind() == Step.Kind.ASK && x.arg().equals(slot.get())).findFirst().orElseThrow();
        ConversationState editing = s.withCurrent(s.current().editing(true).at(ask.id()));
        out.add(prompt(editing, d, ask));
        return new Turn(editing, out, null);
      }
      if (!NO.contains(key) && !EDIT_WORDS.contains(key)) {
        out.add(Reply.text(global(s.lang(), "confirm_hint")));
        out.add(prompt(s, d, step));
        return new Turn(s, out, null);
      }
    }
    List<Reply.Button> buttons = new ArrayList<>();
    for (String slot : liveConfirmSlots(d, step, s.current())) {
      String label = prompt(d, s.lang(), "label_" + slot);
      buttons.add(new Reply.Button(label, EDIT_WORDS.get("en".equals(s.lang()) ? 3 : 0) + " " + label));
    }
    out.add(new Reply(global(s.lang(), "confirm_which"), buttons));
    return new Turn(s, out, null);
  }

  private Optional<String> slotByLabel(Dialog d, Step confirmStep, String rest) {
    for (String slot : confirmStep.confirmSlots()) {
      for (String lang : DialogSet.LANGS) {
        String label = d.prompts().getOrDefault(lang, Map.of()).get("label_" + slot);
        if (label != null && Text.key(label).equals(rest) || slot.equals(rest)) {
          return Optional.of(slot);
        }
      }
    }
    return Optional.empty();
  }

  private static int confirmIndex(Dialog d) {
    for (int i = 0; i < d.steps().size(); i++) {
      if (d.steps().get(i).kind() == Step.Kind.CONFIRM) {
        return i;
      }
    }
    return d.steps().size();
  }

  /** The slots asked on the way the answers given so far take through the dialog, up to a step. */
  private static List<String> pathSlots(Dialog d, Frame f, String untilStep) {
    List<String> slots = new ArrayList<>();
    Set<Integer> visited = new HashSet<>();
    int i = 0;
    while (i < d.steps().size() && visited.add(i)) {
      Step step = d.steps().get(i);
      if (step.id().equals(untilStep) || step.kind() == Step.Kind.END) {
        break;
      }
      String value = null;
      if (step.kind() == Step.Kind.ASK) {
        slots.add(step.arg());
        value = f.slots().get(step.arg());
      }
      i = next(d, i, value);
    }
    return slots;
  }

  private static Map<String, String> liveSlots(Dialog d, Frame f, String untilStep) {
    Map<String, String> live = new LinkedHashMap<>();
    for (String slot : pathSlots(d, f, untilStep)) {
      if (f.slots().containsKey(slot)) {
        live.put(slot, f.slots().get(slot));
      }
    }
    return live;
  }

  private static List<String> liveConfirmSlots(Dialog d, Step confirmStep, Frame f) {
    List<String> path = pathSlots(d, f, confirmStep.id());
    return confirmStep.confirmSlots().stream().filter(path::contains).toList();
  }

  // --- commands --------------------------------------------------------------------------------------

  private Optional<Command> command(String input) {
    String key = Text.key(input);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return set.commands().stream().filter(c -> c.phrases().contains(key)).findFirst();
  }

  private Turn runCommand(ConversationState s, Command c, List<Reply> out) {
    if (c.startDialog() != null) {
      String target = c.startDialog();
      if (s.current() != null && s.current().dialog().equals(target)) {
        return reprompt(s, out);
      }
      if (s.suspended() != null && s.suspended().dialog().equals(target)) {
        return reprompt(new ConversationState(s.lang(), s.suspended(), null), out);
      }
      ConversationState base = new ConversationState(s.lang(), null, s.current() != null ? s.current() : s.suspended());
      return begin(base, target, out);
    }
    return switch (c.name()) {
      case "restart" -> {
        out.add(Reply.text(global(s.lang(), "restarted")));
        yield begin(new ConversationState(s.lang(), null, null), set.startDialog(), out);
      }
      case "cancel" -> {
        out.add(new Reply(global(s.lang(), "cancelled"), idleButtons(s.lang())));
        yield new Turn(new ConversationState(s.lang(), null, null), out, null);
      }
      case "help" -> {
        out.add(Reply.text(render(null, "help", s, Map.of())));
        yield reprompt(s, out);
      }
      case "english", "chinese" -> {
        ConversationState switched = s.withLang(c.name().equals("english") ? "en" : "zh");
        out.add(Reply.text(global(switched.lang(), "lang_switched")));
        yield reprompt(switched, out);
      }
      default -> throw new IllegalStateException("unknown built-in command " + c.name());
    };
  }

  private Turn reprompt(ConversationState s, List<Reply> out) {
    if (s.current() == null) {
      out.add(idlePrompt(s.lang()));
      return new Turn(s, out, null);
    }
    Dialog d = dialog(s);
    Step step = d.step(s.current().step());
    if (step.waits()) {
      out.add(prompt(s, d, step));
      return new Turn(s, out, null);
    }
    return advance(s, d, d.indexOf(step.id()), out, Map.of());
  }

  // --- answers ---------------------------------------------------------------------------------------

  private Optional<String> accept(String lang, Dialog d, SlotSpec spec, String input) {
    String key = Text.key(input);
    switch (spec.type()) {
      case YES_NO -> {
        if (YES.contains(key) || key.equals(Text.key(global(lang, "yes")))) {
          return Optional.of("yes");
        }
        if (NO.contains(key) || key.equals(Text.key(global(lang, "no")))) {
          return Optional.of("no");
        }
        return Optional.empty();
      }
      case ENUM -> {
        List<String> values = spec.values();
        for (int i = 0; i < values.size(); i++) {
          String v = values.get(i);
          if (key.equals(Text.key(v)) || key.equals(String.valueOf(i + 1))) {
            return Optional.of(v);
          }
          for (String l : DialogSet.LANGS) {
            String label = d.prompts().getOrDefault(l, Map.of()).get("value_" + spec.name() + "_" + v);
            if (label != null && key.equals(Text.key(label))) {
              return Optional.of(v);
            }
          }
        }
        return Optional.empty();
      }
      default -> {
        return spec.type().accept(input, spec);
      }
    }
  }

  private Reply invalid(ConversationState s, Dialog d, SlotSpec spec, Step step) {
    String own = d.prompts().getOrDefault(DialogSet.promptLang(s.lang()), Map.of()).get("invalid_" + spec.name());
    String text = own != null ? own : global(s.lang(), "invalid_" + spec.type().key());
    text = text.replace("{min}", String.valueOf(spec.min())).replace("{max}", String.valueOf(spec.max()));
    return new Reply(text, prompt(s, d, step).buttons());
  }

  // --- rendering -------------------------------------------------------------------------------------

  private Reply prompt(ConversationState s, Dialog d, Step step) {
    if (step.kind() == Step.Kind.CONFIRM) {
      String summary = summary(s, d, step);
      String text = render(d, "confirm", s, Map.of("summary", summary));
      return new Reply(text, List.of(
          new Reply.Button(global(s.lang(), "confirm_submit"), global(s.lang(), "confirm_submit")),
          new Reply.Button(global(s.lang(), "confirm_edit"), global(s.lang(), "confirm_edit"))));
    }
    SlotSpec spec = d.slots().get(step.arg());
    String text = render(d, "ask_" + spec.name(), s, Map.of());
    List<Reply.Button> buttons = new ArrayList<>();
    if (spec.type() == SlotType.ENUM) {
      for (String v : spec.values()) {
        String label = prompt(d, s.lang(), "value_" + spec.name() + "_" + v);
        buttons.add(new Reply.Button(label, label));
      }
    } else if (spec.type() == SlotType.YES_NO) {
      buttons.add(new Reply.Button(global(s.lang(), "yes"), global(s.lang(), "yes")));
      buttons.add(new Reply.Button(global(s.lang(), "no"), global(s.lang(), "no")));
    }
    return new Reply(text, buttons);
  }

  private String summary(ConversationState s, Dialog d, Step confirmStep) {
    StringBuilder b = new StringBuilder();
    String colon = "en".equals(s.lang()) ? ": " : "：";
    for (String slot : liveConfirmSlots(d, confirmStep, s.current())) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(prompt(d, s.lang(), "label_" + slot)).append(colon).append(display(s, d, slot));
    }
    return b.toString();
  }

  private String display(ConversationState s, Dialog d, String slot) {
    String v = s.current().slots().get(slot);
    if (v == null || v.isEmpty()) {
      return global(s.lang(), "not_given");
    }
    SlotSpec spec = d.slots().get(slot);
    if (spec.type() == SlotType.ENUM) {
      return prompt(d, s.lang(), "value_" + slot + "_" + v);
    }
    if (spec.type() == SlotType.YES_NO) {
      return global(s.lang(), v);
    }
    return v;
  }

  private String render(Dialog d, String key, ConversationState s, Map<String, String> vars) {
    String template = d == null ? global(s.lang(), key) : prompt(d, s.lang(), key);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String v = vars.get(name);
      if (v == null && d != null && s.current() != null && d.slots().containsKey(name)) {
        v = display(s, d, name);
      }
      if (v == null) {
        v = constants.getOrDefault(("en".equals(s.lang()) ? name + "En" : name), constants.getOrDefault(name, ""));
      }
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String prompt(Dialog d, String lang, String key) {
    return d.prompts().get(DialogSet.promptLang(lang)).get(key);
  }

  private String global(String lang, String key) {
    return set.globalPrompts().get(DialogSet.promptLang(lang)).get(key);
  }

  private Reply idlePrompt(String lang) {
    return new Reply(global(lang, "idle"), idleButtons(lang));
  }

  private List<Reply.Button> idleButtons(String lang) {
    return List.of(new Reply.Button(global(lang, "button_new_report"), global(lang, "button_new_report")),
        new Reply.Button(global(lang, "button_status"), global(lang, "button_status")));
  }

  private Dialog dialog(ConversationState s) {
    return set.dialogs().get(s.current().dialog());
  }
}
