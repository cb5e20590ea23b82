package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialogs are validated before anything runs; each problem names its file and line. */
class DialogLoaderTest {

  @Test
  void theShippedDialogsAreValid() {
    DialogSet set = DialogLoader.load(Path.of("dialogs"));
    assertThat(set.dialogs()).containsKeys("intake", "status");
    assertThat(set.startDialog()).isEqualTo("intake");
  }

  static Path copy(Path to) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("dialogs"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  static void edit(Path file, String from, String to) throws IOException {
    String s = Files.readString(file);
    assertThat(s).contains(from);
    Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  static int lineOf(Path file, String text) throws IOException {
    var lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void anUnknownSlotIsNamedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path f = copy(dir).resolve("intake.yaml");
    edit(f, "  - ask: request\n", "  - ask: requets\n");
    int line = lineOf(f, "ask: requets");
    assertThatThrownBy(() -> DialogLoader.load(dir)).isInstanceOf(DialogValidationException.class)
        .hasMessageContaining("intake.yaml:" + line + ": step asks for unknown slot 'requets'");
  }

  @Test
  void anUnreachableStepIsNamed(@TempDir Path dir) throws IOException {
    Path f = copy(dir).resolve("status.yaml");
    edit(f, "  - say: status_limited\n", "  - say: status_limited\n    next: done\n  - say: status_not_found\n    id: orphan\n");
    int line = lineOf(f, "id: orphan") - 1;
    assertThatThrownBy(() -> DialogLoader.load(dir))
        .hasMessageContaining("status.yaml:" + line + ": step 'orphan' can never be reached");
  }

  @Test
  void aMissingPromptForALanguageIsNamed(@TempDir Path dir) throws IOException {
    Path f = copy(dir).resolve("intake.yaml");
    edit(f, "    ask_phone: Please leave a phone number (mobile or landline) so that staff can reach you.\n", "");
    assertThatThrownBy(() -> DialogLoader.load(dir))
        .hasMessageContaining("intake.yaml: prompt 'ask_phone' is missing for language en");
  }

  @Test
  void aDuplicateKeyIsNamedWithItsLine(@TempDir Path dir) throws IOException {
    Path f = copy(dir).resolve("intake.yaml");
    edit(f, "    label_name: 姓名\n", "    label_name: 姓名\n    label_name: 名字\n");
    int line = lineOf(f, "label_name: 名字");
    assertThatThrownBy(() -> DialogLoader.load(dir))
        .hasMessageContaining("intake.yaml:" + line + ": duplicate key 'label_name'");
  }

  @Test
  void aBranchOnAnImpossibleAnswerAndAnUnknownTargetAreNamed(@TempDir Path dir) throws IOException {
    Path f = copy(dir).resolve("intake.yaml");
    edit(f, "next: {anonymous: anonymous_info}", "next: {secret: anonymous_info, named: nowhere}");
    assertThatThrownBy(() -> DialogLoader.load(dir))
        .hasMessageContaining("branches on 'secret'")
        .hasMessageContaining("'next' names unknown step 'nowhere'");
  }

  @Test
  void answersAndYesNoMustChooseTheSlotsOwnValuesAndNeverAConsent(@TempDir Path dir) throws IOException {
    Path f = copy(dir).resolve("intake.yaml");
    edit(f, "yes_no: [named, anonymous]", "yes_no: [named, secret]");
    edit(f, "anonymous: [匿名, 不留,", "hidden: [匿名, 不留,");
    edit(f, "disclose:  {type: enum, values: [\"no\", \"yes\"], explicit: true,",
        "disclose:  {type: enum, values: [\"no\", \"yes\"], explicit: true, yes_no: [\"yes\", \"no\"],");
    assertThatThrownBy(() -> DialogLoader.load(dir))
        .hasMessageContaining("slot 'anonymous': 'yes_no' must name two of its values")
        .hasMessageContaining("slot 'anonymous' has answers for 'hidden', which is not one of its values")
        .hasMessageContaining("slot 'disclose': 'yes_no' must name two of its values");
  }

  @Test
  void onlyAQuestionThatMayBeDeclinedIsOptional(@TempDir Path dir) throws IOException {
    Path f = copy(dir).resolve("intake.yaml");
    edit(f, "delivery:  {type: enum, values: [post, electronic], explicit: true,",
        "delivery:  {type: enum, values: [post, electronic], explicit: true, optional: true,");
    edit(f, "category:  {type: enum, values: [申诉求决, 检举控告, 建议意见],", "category:  {type: enum, optional: true, values: [申诉求决, 检举控告, 建议意见],");
    assertThatThrownBy(() -> DialogLoader.load(dir))
        .hasMessageContaining("slot 'delivery': 'optional' (the petitioner may decline the question) is for a text, phone, "
            + "place, date, when or count slot that is neither secret nor explicit, not for an explicit one")
        .hasMessageContaining("slot 'category': 'optional'")
        .hasMessageContaining("not for an enum slot")
        .hasMessageMatching("(?s).*intake\\.yaml:\\d+: slot 'delivery': 'optional'.*");
  }

  @Test
  void anUnknownSlotTypeAndAnUnknownKeyAreNamed(@TempDir Path dir) throws IOException {
    Path f = copy(dir).resolve("intake.yaml");
    edit(f, "phone:     {type: phone, from: phone", "phone:     {type: id_card, mandatory: true");
    assertThatThrownBy(() -> DialogLoader.load(dir))
        .hasMessageContaining("unknown type 'id_card'");
    Path g = copy(Files.createDirectories(dir.resolve("b"))).resolve("status.yaml");
    edit(g, "dialog: status", "dialog: status\nflow: linear");
    int line = lineOf(g, "flow: linear");
    assertThatThrownBy(() -> DialogLoader.load(g.getParent()))
        .hasMessageContaining("status.yaml:" + line + ": unknown key 'flow'");
  }

  @Test
  void aCommandStartingAnUnknownDialogIsNamed(@TempDir Path dir) throws IOException {
    Path f = copy(dir).resolve("commands.yaml");
    edit(f, "start: status", "start: progress");
    assertThatThrownBy(() -> DialogLoader.load(dir))
        .hasMessageContaining("command 'status' starts unknown dialog 'progress'");
  }
}
