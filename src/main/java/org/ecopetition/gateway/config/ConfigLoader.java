package org.ecopetition.gateway.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Builds {@link GatewayConfig}: built-in defaults, then an optional YAML file, then environment variables
 * named after each key ({@code status.maxFailuresPerCase} → {@code GATEWAY_STATUS_MAX_FAILURES_PER_CASE}).
 * Only keys that exist in the defaults are accepted, so a typo fails the start instead of being ignored.
 */
public final class ConfigLoader {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private ConfigLoader() {}

  public static GatewayConfig load(Path file, Map<String, String> env) {
    Map<String, Object> tree = defaults();
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("configuration file not found: " + file);
      }
      try (InputStream in = Files.newInputStream(file)) {
        Object loaded = yaml().load(in);
        if (loaded != null) {
          if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": the configuration must be a YAML mapping");
          }
          merge(tree, asMap(map), file.toString(), "");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    applyEnv(tree, env, "");
    try {
      return MAPPER.convertValue(tree, GatewayConfig.class);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid configuration: " + e.getMessage(), e);
    }
  }

  /** Environment variable that overrides a dotted key. */
  public static String envName(String dottedKey) {
    return "GATEWAY_" + dottedKey.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toUpperCase();
  }

  private static Map<String, Object> defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream("/default-config.yaml")) {
      return asMap(yaml().load(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new Yaml(options);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    Map<String, Object> copy = new LinkedHashMap<>();
    ((Map<Object, Object>) o).forEach((k, v) -> copy.put(String.valueOf(k),
        v instanceof Map<?, ?> m ? asMap(m) : v));
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> base, Map<String, Object> over, String source, String prefix) {
    for (Map.Entry<String, Object> e : over.entrySet()) {
      String key = prefix + e.getKey();
      if (!base.containsKey(e.getKey())) {
        throw new IllegalArgumentException(source + ": unknown configuration key '" + key + "'");
      }
      Object current = base.get(e.getKey());
      if (current instanceof Map<?, ?> && e.getValue() instanceof Map<?, ?>) {
        merge((Map<String, Object>) current, (Map<String, Object>) e.getValue(), source, key + ".");
      } else if (current instanceof Map<?, ?>) {
        throw new IllegalArgumentException(source + ": '" + key + "' must be a mapping");
      } else {
        base.put(e.getKey(), e.getValue());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void applyEnv(Map<String, Object> tree, Map<String, String> env, String prefix) {
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      String key = prefix + e.getKey();
      if (e.getValue() instanceof Map<?, ?> m) {
        applyEnv((Map<String, Object>) m, env, key + ".");
        continue;
      }
      String value = env.get(envName(key));
      if (value == null) {
        continue;
      }
      if (e.getValue() instanceof List<?>) {
        List<String> items = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        e.setValue(items);
      } else {
        e.setValue(value);
      }
    }
  }
}
