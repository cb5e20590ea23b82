package org.ecopetition.gateway.channel.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The channels' own words ({@code channels/messages.yaml}), in Chinese and English. */
public final class ChannelTexts {
  private final Map<String, Map<String, String>> texts;

  private ChannelTexts(Map<String, Map<String, String>> texts) {
    this.texts = texts;
  }

  /** The catalogue in the jar; a key missing in one language stops the start. */
  @SuppressWarnings("unchecked")
  public static ChannelTexts bundled() {
    try (InputStream in = ChannelTexts.class.getResourceAsStream("/channels/messages.yaml")) {
      LoaderOptions o = new LoaderOptions();
      o.setAllowDuplicateKeys(false);
      Map<String, Map<String, String>> t = (Map<String, Map<String, String>>) new Yaml(new SafeConstructor(o)).load(in);
      Set<String> zh = new TreeSet<>(t.get("zh-CN").keySet());
      Set<String> en = new TreeSet<>(t.get("en").keySet());
      if (!zh.equals(en)) {
        throw new IllegalStateException("channels/messages.yaml: the languages differ in keys: " + zh + " vs " + en);
      }
      return new ChannelTexts(Map.of("zh", Map.copyOf(t.get("zh-CN")), "en", Map.copyOf(t.get("en"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String get(String key, String lang) {
    String s = texts.get("en".equals(lang) ? "en" : "zh").get(key);
    if (s == null) {
      throw new IllegalArgumentException("no channel text " + key);
    }
    return s;
  }
}
