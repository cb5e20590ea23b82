package org.ecopetition.gateway.dialog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Extraction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code dialogs/*.yaml} (one dialog per file) and {@code dialogs/commands.yaml} (global commands and
 * shared prompts), and validates them all before anything runs. Every problem is reported with its file and
 * line; one problem is enough to refuse the start.
 */
public final class DialogLoader {
  static final String COMMANDS_FILE = "commands.yaml";
  private static final Set<String> DIALOG_KEYS = Set.of("dialog", "description", "start", "slots", "steps", "prompts");
  /** Types whose question a petitioner may decline ({@code optional}): an option or a code is chosen or given. */
  private static final Set<SlotType> DECLINABLE = Set.of(SlotType.TEXT, SlotType.PHONE, SlotType.PLACE, SlotType.DATE,
      SlotType.WHEN, SlotType.COUNT);
  private static final Set<String> SLOT_KEYS = Set.of("type", "min", "max", "values", "secret", "from", "aliases",
      "inferred", "explicit", "answers", "yes_no", "optional", "flagged", "said", "said_by", "said_with", "said_of");
  /** Conditions a step may be run under ({@code only_if}). */
  static final Set<String> CONDITIONS = Set.of("elsewhere", "life_safety");
  private static final Set<String> STEP_KEYS = Set.of("id", "ask", "say", "confirm", "submit", "end", "next", "prefill",
      "only_if", "offer", "preset");
  private static final Map<String, Set<String>> OUTCOMES = Map.of(
      Effect.REGISTER_CASE, Set.of("registered", "accepted", "registered_anonymous", "accepted_anonymous"),
      Effect.QUERY_STATUS, Set.of("found", "not_found", "limited"),
      Effect.REQUEST_REVIEW, Set.of("recorded", "not_found", "limited", "not_allowed"),
      Effect.EVALUATE, Set.of("recorded", "not_found", "limited", "not_allowed"));
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_][a-zA-Z0-9_]*)}");

  private final List<String> problems = new ArrayList<>();
  private String file = "";

  private DialogLoader() {}

  /** Loads and validates a dialogs folder; throws {@link DialogValidationException} listing every problem. */
  public static DialogSet load(Path dir) {
    DialogLoader loader = new DialogLoader();
    DialogSet set = loader.loadDir(dir);
    if (!loader.problems.isEmpty()) {
      throw new DialogValidationException(loader.problems);
    }
    return set;
  }

  private DialogSet loadDir(Path dir) {
    if (!Files.isDirectory(dir)) {
      problems.add(dir + ": dialogs folder not found");
      return null;
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.yaml")) {
      ds.forEach(files::add);
    } catch (IOException e) {
      problems.add(dir + ": " + e.getMessage());
      return null;
    }
    files.sort(null);
    Map<String, Dialog> dialogs = new LinkedHashMap<>();
    List<Command> commands = new ArrayList<>();
    Map<String, Map<String, String>> globalPrompts = new LinkedHashMap<>();
    List<String> safety = new ArrayList<>();
    for (Path f : files) {
      file = f.getFileName().toString();
      MappingNode root = parse(f);
      if (root == null) {
        continue;
      }
      if (file.equals(COMMANDS_FILE)) {
        readCommands(root, commands, globalPrompts, safety);
      } else {
        Dialog d = readDialog(root);
        if (d != null) {
          if (dialogs.containsKey(d.id())) {
            problems.add(file + ": dialog '" + d.id() + "' is defined twice (also in " + dialogs.get(d.id()).file() + ")");
          }
          dialogs.put(d.id(), d);
        }
      }
    }
    file = COMMANDS_FILE;
    if (!files.contains(dir.resolve(COMMANDS_FILE))) {
      problems.add(COMMANDS_FILE + ": missing (global commands and shared prompts)");
    }
    List<String> starts = dialogs.values().stream().filter(Dialog::start).map(Dialog::id).toList();
    if (starts.size() != 1) {
      problems.add("dialogs: exactly one dialog must say 'start: true', found " + starts);
    }
    for (Command c : commands) {
      if (c.startDialog() != null && !dialogs.containsKey(c.startDialog())) {
        problems.add(COMMANDS_FILE + ": command '" + c.name() + "' starts unknown dialog '" + c.startDialog() + "'");
      }
    }
    for (String required : GlobalPrompt.REQUIRED) {
      for (String lang : DialogSet.LANGS) {
        if (!globalPrompts.getOrDefault(lang, Map.of()).containsKey(required)) {
          problems.add(COMMANDS_FILE + ": prompt '" + required + "' is missing for language " + lang);
        }
      }
    }
    checkSafety(safety, globalPrompts);
    return new DialogSet(dialogs, starts.isEmpty() ? null : starts.get(0), commands, globalPrompts, List.copyOf(safety));
  }

  private MappingNode parse(Path f) {
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      Node node = new Yaml(new SafeConstructor(options)).compose(r);
      if (!(node instanceof MappingNode m)) {
        problems.add(file + ":1: the file must be a YAML mapping");
        return null;
      }
      return m;
    } catch (MarkedYAMLException e) {
      problems.add(file + ":" + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem());
    } catch (IOException | RuntimeException e) {
      problems.add(file + ": " + e.getMessage());
    }
    return null;
  }

  // --- dialogs ---------------------------------------------------------------------------------------

  private Dialog readDialog(MappingNode root) {
    Map<String, NodeTuple> top = entries(root, DIALOG_KEYS, "dialog file");
    String id = scalar(top.get("dialog"), "dialog");
    if (id == null) {
      problems.add(file + ":1: 'dialog: <id>' is required");
      return null;
    }
    boolean start = "true".equals(scalar(top.get("start"), "start"));
    Map<String, SlotSpec> slots = readSlots(top.get("slots"));
    List<Step> steps = readSteps(top.get("steps"), slots);
    Map<String, Map<String, String>> prompts = readPrompts(top.get("prompts"));
    Dialog d = new Dialog(id, file, start, slots, steps, prompts);
    checkFlow(d);
    checkPrompts(d);
    return d;
  }

  private Map<String, SlotSpec> readSlots(NodeTuple t) {
    Map<String, SlotSpec> slots = new LinkedHashMap<>();
    if (t == null) {
      return slots;
    }
    if (!(t.getValueNode() instanceof MappingNode m)) {
      problems.add(at(t.getValueNode()) + "'slots' must be a mapping of slot name to its type");
      return slots;
    }
    for (NodeTuple s : unique(m)) {
      String name = text(s.getKeyNode());
      Node v = s.getValueNode();
      if (!(v instanceof MappingNode sm)) {
        problems.add(at(v) + "slot '" + name + "' must be a mapping with 'type'");
        continue;
      }
      Map<String, NodeTuple> e = entries(sm, SLOT_KEYS, "slot '" + name + "'");
      String typeName = scalar(e.get("type"), "type");
      SlotType type = typeName == null ? null : SlotType.parse(typeName).orElse(null);
      if (type == null) {
        problems.add(at(v) + "slot '" + name + "' has " + (typeName == null ? "no type" : "unknown type '" + typeName + "'")
            + " (known: text, phone, yes_no, enum, place, date, when, count, case_number, query_code)");
        continue;
      }
      List<String> values = e.containsKey("values") ? list(e.get("values").getValueNode()) : List.of();
      if (type == SlotType.ENUM && values.isEmpty()) {
        problems.add(at(v) + "enum slot '" + name + "' needs 'values'");
      }
      int min = integer(e.get("min"), 1);
      int max = integer(e.get("max"), type == SlotType.COUNT ? 10_000_000 : 1000);
      String from = scalar(e.get("from"), "from");
      if (from != null && !Extraction.FIELDS.contains(from)) {
        problems.add(at(v) + "slot '" + name + "' takes unknown extraction field '" + from + "' (known: " + Extraction.FIELDS + ")");
      }
      List<String> aliases = e.containsKey("aliases") ? list(e.get("aliases").getValueNode()) : List.of();
      Map<String, List<String>> inferred = new LinkedHashMap<>();
      if (e.containsKey("inferred")) {
        if (e.get("inferred").getValueNode() instanceof MappingNode im) {
          for (NodeTuple it : unique(im)) {
            String value = text(it.getKeyNode());
            if (!values.contains(value)) {
              problems.add(at(it.getKeyNode()) + "slot '" + name + "' is inferred as '" + value + "', which is not one of its values");
            }
            inferred.put(value, list(it.getValueNode()));
          }
        } else {
          problems.add(at(v) + "slot '" + name + "': 'inferred' must map a value to the slots that imply it");
        }
      }
      boolean explicit = "true".equals(scalar(e.get("explicit"), "explicit"));
      Map<String, List<String>> answers = new LinkedHashMap<>();
      if (e.containsKey("answers")) {
        if (type != SlotType.ENUM || explicit) {
          problems.add(at(v) + "slot '" + name + "': 'answers' is for an option slot whose choice need not be explicit");
        } else if (e.get("answers").getValueNode() instanceof MappingNode am) {
          for (NodeTuple it : unique(am)) {
            String value = text(it.getKeyNode());
            if (!values.contains(value)) {
              problems.add(at(it.getKeyNode()) + "slot '" + name + "' has answers for '" + value + "', which is not one of its values");
            }
            answers.put(value, list(it.getValueNode()));
          }
        } else {
          problems.add(at(v) + "slot '" + name + "': 'answers' must map a value to the words that choose it");
        }
      }
      List<String> yesNo = e.containsKey("yes_no") ? list(e.get("yes_no").getValueNode()) : List.of();
      if (!yesNo.isEmpty() && (type != SlotType.ENUM || explicit || yesNo.size() != 2 || !values.containsAll(yesNo))) {
        problems.add(at(v) + "slot '" + name + "': 'yes_no' must name two of its values, the one a yes chooses and the one a no "
            + "chooses, on an option slot whose choice need not be explicit");
      }
      boolean secret = "true".equals(scalar(e.get("secret"), "secret")) || type == SlotType.QUERY_CODE;
      boolean optional = "true".equals(scalar(e.get("optional"), "optional"));
      if (optional && (secret || explicit || !DECLINABLE.contains(type))) {
        problems.add(at(e.get("optional").getKeyNode()) + "slot '" + name + "': 'optional' (the petitioner may decline the "
            + "question) is for a text, phone, place, date, when or count slot that is neither secret nor explicit, not for "
            + (secret ? "a secret one" : explicit ? "an explicit one"
            : (type.key().matches("[aeiou].*") ? "an " : "a ") + type.key() + " slot"));
      }
      String flagged = scalar(e.get("flagged"), "flagged");
      if (flagged != null && (type != SlotType.ENUM || from == null || !values.contains(flagged))) {
        problems.add(at(e.get("flagged").getKeyNode()) + "slot '" + name + "': 'flagged' is the value an option slot takes when "
            + "its 'from' flag is raised: it needs 'from' and one of its values");
      }
      Map<String, List<String>> said = new LinkedHashMap<>();
      if (e.containsKey("said")) {
        if (type != SlotType.ENUM || explicit) {
          problems.add(at(v) + "slot '" + name + "': 'said' is for an option slot whose choice need not be explicit");
        } else if (e.get("said").getValueNode() instanceof MappingNode sm2) {
          for (NodeTuple it : unique(sm2)) {
            String value = text(it.getKeyNode());
            if (!values.contains(value)) {
              problems.add(at(it.getKeyNode()) + "slot '" + name + "' has words said for '" + value + "', which is not one of its values");
            }
            said.put(value, list(it.getValueNode()));
          }
        } else {
          problems.add(at(v) + "slot '" + name + "': 'said' must map a value to the words that choose it in a sentence");
        }
      }
      List<String> saidBy = e.containsKey("said_by") ? list(e.get("said_by").getValueNode()) : List.of();
      List<String> saidWith = e.containsKey("said_with") ? list(e.get("said_with").getValueNode()) : List.of();
      List<String> saidOf = e.containsKey("said_of") ? list(e.get("said_of").getValueNode()) : List.of();
      if ((!saidBy.isEmpty() || !saidWith.isEmpty() || !saidOf.isEmpty()) && said.isEmpty()) {
        problems.add(at(v) + "slot '" + name + "': 'said_by', 'said_with' and 'said_of' say whose the words of 'said' are: they need 'said'");
      }
      slots.put(name, new SlotSpec(name, type, min, max, values, secret, from, line(v),
          aliases, inferred, explicit, answers, yesNo, optional, flagged, said, saidBy, saidWith, saidOf));
    }
    return slots;
  }

  private List<Step> readSteps(NodeTuple t, Map<String, SlotSpec> slots) {
    List<Step> steps = new ArrayList<>();
    if (t == null || !(t.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      problems.add(file + ": 'steps' must be a non-empty list");
      return steps;
    }
    Set<String> ids = new HashSet<>();
    for (Node n : seq.getValue()) {
      if (!(n instanceof MappingNode m)) {
        problems.add(at(n) + "a step must be a mapping");
        continue;
      }
      Map<String, NodeTuple> e = entries(m, STEP_KEYS, "step");
      List<Step.Kind> kinds = new ArrayList<>();
      for (Step.Kind k : Step.Kind.values()) {
        if (e.containsKey(k.name().toLowerCase())) {
          kinds.add(k);
        }
      }
      if (kinds.size() != 1) {
        problems.add(at(n) + "a step needs exactly one of ask, say, confirm, submit, end; found " + kinds);
        continue;
      }
      Step.Kind kind = kinds.get(0);
      NodeTuple body = e.get(kind.name().toLowerCase());
      String arg = null;
      List<String> confirmSlots = List.of();
      switch (kind) {
        case ASK -> {
          arg = scalar(body, "ask");
          if (!slots.containsKey(arg)) {
            problems.add(at(n) + "step asks for unknown slot '" + arg + "'");
          }
        }
        case SAY -> arg = scalar(body, "say");
        case CONFIRM -> {
          confirmSlots = list(body.getValueNode());
          for (String s : confirmSlots) {
            if (!slots.containsKey(s)) {
              problems.add(at(n) + "confirm lists unknown slot '" + s + "'");
            }
          }
          arg = "confirm";
        }
        case SUBMIT -> {
          arg = scalar(body, "submit");
          if (!OUTCOMES.containsKey(arg)) {
            problems.add(at(n) + "unknown submit action '" + arg + "' (known: " + new TreeSet<>(OUTCOMES.keySet()) + ")");
          }
        }
        case END -> arg = "end";
      }
      String id = e.containsKey("id") ? scalar(e.get("id"), "id") : arg;
      if (id == null || !ids.add(id)) {
        problems.add(at(n) + "step id '" + id + "' is not unique in this dialog: give the step an 'id'");
      }
      String goTo = null;
      Map<String, String> branches = Map.of();
      NodeTuple next = e.get("next");
      if (next != null) {
        if (next.getValueNode() instanceof ScalarNode) {
          goTo = scalar(next, "next");
        } else if (next.getValueNode() instanceof MappingNode nm) {
          branches = new LinkedHashMap<>();
          for (NodeTuple b : unique(nm)) {
            branches.put(text(b.getKeyNode()), text(b.getValueNode()));
          }
          checkBranchKeys(n, kind, arg, slots, branches.keySet());
        } else {
          problems.add(at(next.getValueNode()) + "'next' must be a step id or a mapping of answer to step id");
        }
      }
      boolean prefill = "true".equals(scalar(e.get("prefill"), "prefill"));
      if (prefill && kind != Step.Kind.ASK) {
        problems.add(at(n) + "only an ask step can 'prefill' other slots from its answer");
      }
      String onlyIf = e.containsKey("only_if") ? scalar(e.get("only_if"), "only_if") : null;
      if (onlyIf != null && !CONDITIONS.contains(onlyIf)) {
        problems.add(at(n) + "unknown condition '" + onlyIf + "' (known: " + CONDITIONS + ")");
      }
      List<String> offer = e.containsKey("offer") ? list(e.get("offer").getValueNode()) : List.of();
      if (!offer.isEmpty() && kind != Step.Kind.SAY) {
        problems.add(at(n) + "only a say step can 'offer' buttons");
      }
      String preset = e.containsKey("preset") ? scalar(e.get("preset"), "preset") : null;
      if (preset != null && (kind != Step.Kind.ASK || slots.get(arg) == null
          || !slots.get(arg).values().contains(preset))) {
        problems.add(at(n) + "'preset' needs an ask step of an enum slot and one of that slot's values");
      }
      steps.add(new Step(id, kind, arg, confirmSlots, goTo, branches, prefill, line(n), onlyIf, offer, preset));
    }
    return steps;
  }

  private void checkBranchKeys(Node n, Step.Kind kind, String arg, Map<String, SlotSpec> slots, Set<String> keys) {
    Set<String> allowed;
    if (kind == Step.Kind.SUBMIT) {
      allowed = OUTCOMES.getOrDefault(arg, Set.of());
    } else if (kind == Step.Kind.ASK && slots.containsKey(arg) && slots.get(arg).type() == SlotType.ENUM) {
      allowed = Set.copyOf(slots.get(arg).values());
    } else if (kind == Step.Kind.ASK && slots.containsKey(arg) && slots.get(arg).type() == SlotType.YES_NO) {
      allowed = Set.of("yes", "no");
    } else {
      problems.add(at(n) + "only enum or yes_no questions and submit steps can branch; use 'next: <step>' to jump");
      return;
    }
    for (String k : keys) {
      if (!allowed.contains(k)) {
        problems.add(at(n) + "'next' branches on '" + k + "', which this step never yields (possible: " + new TreeSet<>(allowed) + ")");
      }
    }
  }

  private void checkFlow(Dialog d) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < d.steps().size(); i++) {
      index.put(d.steps().get(i).id(), i);
    }
    for (Step s : d.steps()) {
      List<String> targets = new ArrayList<>(s.branches().values());
      if (s.goTo() != null) {
        targets.add(s.goTo());
      }
      for (String target : targets) {
        if (!index.containsKey(target)) {
          problems.add(file + ":" + s.line() + ": 'next' names unknown step '" + target + "'");
        }
      }
    }
    if (d.steps().isEmpty()) {
      return;
    }
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>(List.of(0));
    while (!todo.isEmpty()) {
      int i = todo.pop();
      if (i >= d.steps().size() || !seen.add(i)) {
        continue;
      }
      Step s = d.steps().get(i);
      if (s.kind() == Step.Kind.END) {
        continue;
      }
      if (s.goTo() != null) {
        todo.push(index.getOrDefault(s.goTo(), Integer.MAX_VALUE));
      } else {
        todo.push(i + 1);
        s.branches().values().forEach(v -> todo.push(index.getOrDefault(v, Integer.MAX_VALUE)));
      }
    }
    for (int i = 0; i < d.steps().size(); i++) {
      if (!seen.contains(i)) {
        Step s = d.steps().get(i);
        problems.add(file + ":" + s.line() + ": step '" + s.id() + "' can never be reached");
      }
    }
    Set<String> asked = new HashSet<>();
    d.steps().stream().filter(s -> s.kind() == Step.Kind.ASK).forEach(s -> asked.add(s.arg()));
    for (SlotSpec slot : d.slots().values()) {
      if (!asked.contains(slot.name())) {
        problems.add(file + ":" + slot.line() + ": slot '" + slot.name() + "' is never asked");
      }
    }
  }

  private void checkPrompts(Dialog d) {
    Set<String> needed = new TreeSet<>();
    for (Step s : d.steps()) {
      switch (s.kind()) {
        case ASK -> {
          needed.add("ask_" + s.arg());
          SlotSpec spec = d.slots().get(s.arg());
          if (spec != null && spec.type() == SlotType.ENUM) {
            spec.values().forEach(v -> needed.add("value_" + spec.name() + "_" + v));
          }
        }
        case SAY -> {
          needed.add(s.arg());
          needed.addAll(s.offer());
        }
        case CONFIRM -> {
          needed.add("confirm");
          s.confirmSlots().forEach(slot -> needed.add("label_" + slot));
        }
        default -> { }
      }
    }
    for (String lang : DialogSet.LANGS) {
      Map<String, String> p = d.prompts().getOrDefault(lang, Map.of());
      for (String key : needed) {
        if (!p.containsKey(key)) {
          problems.add(file + ": prompt '" + key + "' is missing for language " + lang);
        }
      }
      for (Map.Entry<String, String> e : p.entrySet()) {
        Matcher m = PLACEHOLDER.matcher(e.getValue());
        while (m.find()) {
          String name = m.group(1);
          if (!d.slots().containsKey(name) && !Placeholders.KNOWN.contains(name)) {
            problems.add(file + ": prompt '" + e.getKey() + "' (" + lang + ") uses unknown placeholder {" + name + "}");
          }
        }
      }
    }
  }

  private Map<String, Map<String, String>> readPrompts(NodeTuple t) {
    Map<String, Map<String, String>> prompts = new LinkedHashMap<>();
    if (t == null) {
      problems.add(file + ": 'prompts' with zh-CN and en is required");
      return prompts;
    }
    if (!(t.getValueNode() instanceof MappingNode m)) {
      problems.add(at(t.getValueNode()) + "'prompts' must map a language to its prompts");
      return prompts;
    }
    for (NodeTuple langTuple : unique(m)) {
      String lang = text(langTuple.getKeyNode());
      if (!DialogSet.LANGS.contains(lang)) {
        problems.add(at(langTuple.getKeyNode()) + "unknown language '" + lang + "' (use " + DialogSet.LANGS + ")");
        continue;
      }
      Map<String, String> p = new LinkedHashMap<>();
      if (langTuple.getValueNode() instanceof MappingNode pm) {
        for (NodeTuple e : unique(pm)) {
          p.put(text(e.getKeyNode()), text(e.getValueNode()));
        }
      } else {
        problems.add(at(langTuple.getValueNode()) + "prompts of " + lang + " must be a mapping");
      }
      prompts.put(lang, p);
    }
    return prompts;
  }

  // --- commands --------------------------------------------------------------------------------------

  /**
   * The safety order names situations with advice in both languages, each once, and every {@code safety_<situation>}
   * prompt is in it: advice left out of the order would never be given.
   */
  private void checkSafety(List<String> safety, Map<String, Map<String, String>> prompts) {
    if (safety.isEmpty()) {
      problems.add(COMMANDS_FILE + ": 'safety' must list the situations whose advice the safety reply gives, first first");
    }
    Set<String> seen = new HashSet<>();
    for (String situation : safety) {
      if (!seen.add(situation)) {
        problems.add(COMMANDS_FILE + ": situation '" + situation + "' is twice in 'safety'");
      }
      for (String lang : DialogSet.LANGS) {
        if (!prompts.getOrDefault(lang, Map.of()).containsKey("safety_" + situation)) {
          problems.add(COMMANDS_FILE + ": 'safety' names '" + situation + "' but prompt 'safety_" + situation
              + "' is missing for language " + lang);
        }
      }
    }
    for (String lang : DialogSet.LANGS) {
      for (String key : prompts.getOrDefault(lang, Map.of()).keySet()) {
        if (key.startsWith("safety_") && !seen.contains(key.substring("safety_".length()))) {
          problems.add(COMMANDS_FILE + ": prompt '" + key + "' (" + lang + ") is advice that 'safety' does not list");
        }
      }
    }
  }

  private void readCommands(MappingNode root, List<Command> commands, Map<String, Map<String, String>> prompts,
      List<String> safety) {
    Map<String, NodeTuple> top = entries(root, Set.of("commands", "safety", "prompts"), COMMANDS_FILE);
    if (top.containsKey("safety")) {
      safety.addAll(list(top.get("safety").getValueNode()));
    }
    NodeTuple list = top.get("commands");
    if (list == null || !(list.getValueNode() instanceof SequenceNode seq)) {
      problems.add(COMMANDS_FILE + ":1: 'commands' must be a list");
    } else {
      Set<String> phrases = new HashSet<>();
      for (Node n : seq.getValue()) {
        if (!(n instanceof MappingNode m)) {
          problems.add(at(n) + "a command must be a mapping");
          continue;
        }
        Map<String, NodeTuple> e = entries(m, Set.of("command", "start", "phrases"), "command");
        String name = scalar(e.get("command"), "command");
        String start = scalar(e.get("start"), "start");
        if (name == null) {
          problems.add(at(n) + "'command: <name>' is required");
          continue;
        }
        if (start == null && !Command.BUILT_IN.contains(name)) {
          problems.add(at(n) + "command '" + name + "' is not built in " + Command.BUILT_IN + " and starts no dialog");
        }
        List<String> ph = e.containsKey("phrases") ? list(e.get("phrases").getValueNode()) : List.of();
        if (ph.isEmpty()) {
          problems.add(at(n) + "command '" + name + "' has no phrases");
        }
        List<String> keys = new ArrayList<>();
        for (String p : ph) {
          String k = Text.key(p);
          if (!phrases.add(k)) {
            problems.add(at(n) + "phrase '" + p + "' belongs to two commands");
          }
          keys.add(k);
        }
        commands.add(new Command(name, start, keys));
      }
    }
    prompts.putAll(readPrompts(top.get("prompts")));
  }

  // --- YAML helpers ----------------------------------------------------------------------------------

  private List<NodeTuple> unique(MappingNode m) {
    Set<String> keys = new HashSet<>();
    List<NodeTuple> out = new ArrayList<>();
    for (NodeTuple t : m.getValue()) {
      String k = text(t.getKeyNode());
      if (!keys.add(k)) {
        problems.add(at(t.getKeyNode()) + "duplicate key '" + k + "'");
        continue;
      }
      out.add(t);
    }
    return out;
  }

  private Map<String, NodeTuple> entries(MappingNode m, Set<String> allowed, String what) {
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    for (NodeTuple t : unique(m)) {
      String k = text(t.getKeyNode());
      if (!allowed.contains(k)) {
        problems.add(at(t.getKeyNode()) + "unknown key '" + k + "' in " + what + " (allowed: " + new TreeSet<>(allowed) + ")");
        continue;
      }
      out.put(k, t);
    }
    return out;
  }

  private String scalar(NodeTuple t, String what) {
    if (t == null) {
      return null;
    }
    if (!(t.getValueNode() instanceof ScalarNode s)) {
      problems.add(at(t.getValueNode()) + "'" + what + "' must be a single value");
      return null;
    }
    return s.getValue();
  }

  private int integer(NodeTuple t, int dflt) {
    String s = scalar(t, t == null ? "" : text(t.getKeyNode()));
    if (s == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      problems.add(at(t.getValueNode()) + "'" + s + "' is not a whole number");
      return dflt;
    }
  }

  private List<String> list(Node n) {
    if (n instanceof SequenceNode seq) {
      List<String> out = new ArrayList<>();
      for (Node item : seq.getValue()) {
        out.add(text(item));
      }
      return out;
    }
    problems.add(at(n) + "expected a list");
    return List.of();
  }

  private String text(Node n) {
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    problems.add(at(n) + "expected a single value");
    return "";
  }

  private static int line(Node n) {
    return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
  }

  private String at(Node n) {
    return file + ":" + line(n) + ": ";
  }
}
