package org.ecopetition.gateway.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the dialogs say is read on WeChat, 微信客服 and SMS too, where buttons are numbered lines and there is no page:
 * no prompt may ask to tap or click something, or point to "this page". Words that work on every channel ("选",
 * "choose", "reply with the number") are used instead. The web-only texts (the chat page's photo errors, the privacy
 * page, the WeChat subscribe page) are not dialogs and are not read here.
 */
class ChannelWordingTest {
  static final Pattern WEB_ONLY = Pattern.compile("点“|点选|请点|本页|[Tt]ap [\"“\\\\]|[Tt]ap or|[Cc]lick|on this page");

  @Test
  void noDialogPromptAsksToTapOrPointsToThisPage() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> top = Files.list(Path.of("dialogs"))) {
      top.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
    }
    for (String m : List.of("chat", "status", "notices", "refusals", "labels")) {
      files.add(Path.of("dialogs/messages", m + ".yaml"));
    }
    List<String> found = new ArrayList<>();
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (!line.strip().startsWith("#") && WEB_ONLY.matcher(line).find()) {
          found.add(f + ":" + (i + 1) + ": " + line.strip());
        }
      }
    }
    assertThat(files).hasSizeGreaterThan(8);
    assertThat(found).isEmpty();
  }

  @Test
  void thePatternFindsWhatItIsFor() {
    // Look-alikes that must stay allowed: tap water, "点火" (to light a fire), the neutral "选".
    assertThat(WEB_ONLY.matcher("无误请点“确认提交”").find()).isTrue();
    assertThat(WEB_ONLY.matcher("If all is right, tap \"Submit\"").find()).isTrue();
    assertThat(WEB_ONLY.matcher("(\"Check progress\" on this page)").find()).isTrue();
    assertThat(WEB_ONLY.matcher("Our tap water has turned black").find()).isFalse();
    assertThat(WEB_ONLY.matcher("无误请选“确认提交”").find()).isFalse();
    assertThat(WEB_ONLY.matcher("不要开关电器、不要点火").find()).isFalse();
  }
}
