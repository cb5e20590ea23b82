package org.ecopetition.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void defaultsNeedNoConfiguration() {
    GatewayConfig c = ConfigLoader.load(null, Map.of());
    assertThat(c.http().port()).isEqualTo(8080);
    assertThat(c.database().embedded()).isTrue();
    assertThat(c.chat().maxMessageBytes()).isEqualTo(4096);
  }

  @Test
  void aFileOverridesDefaultsAndTheEnvironmentOverridesBoth(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gateway.yaml");
    Files.writeString(f, "http:\n  port: 9000\nstatus:\n  maxFailuresPerCase: 3\ndeployment:\n  channels: [网页, 微信]\n");
    GatewayConfig c = ConfigLoader.load(f, Map.of("GATEWAY_STATUS_MAX_FAILURES_PER_CASE", "7",
        "GATEWAY_DATABASE_URL", "postgresql://u:p@db:5432/x", "GATEWAY_DEPLOYMENT_CHANNELS", "a, b"));
    assertThat(c.http().port()).isEqualTo(9000);
    assertThat(c.status().maxFailuresPerCase()).isEqualTo(7);
    assertThat(c.database().embedded()).isFalse();
    assertThat(c.deployment().channels()).containsExactly("a", "b");
  }

  @Test
  void aMistypedKeyStopsTheStartWithItsName(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gateway.yaml");
    Files.writeString(f, "http:\n  prot: 9000\n");
    assertThatThrownBy(() -> ConfigLoader.load(f, Map.of())).hasMessageContaining("unknown configuration key 'http.prot'");
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("GATEWAY_HTTP_PORT", "eighty")))
        .hasMessageContaining("invalid configuration");
  }

  @Test
  void theShippedExampleFileLoads() {
    GatewayConfig c = ConfigLoader.load(Path.of("deploy/gateway.example.yaml"), Map.of());
    assertThat(c.routing().divisionCode()).isEqualTo("3201");
    assertThat(c.routing().autoAccept()).isFalse();
    assertThat(c.chat().resumeAfterMinutes()).isEqualTo(30);
  }

  @Test
  void theKubernetesConfigMapsFileLoads(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Map<String, Object> map = new org.yaml.snakeyaml.Yaml().load(java.nio.file.Files.readString(
        Path.of("deploy/kubernetes/configmap.yaml")));
    @SuppressWarnings("unchecked")
    String file = ((Map<String, String>) map.get("data")).get("gateway.yaml");
    Path yaml = java.nio.file.Files.writeString(dir.resolve("gateway.yaml"), file);
    GatewayConfig c = ConfigLoader.load(yaml, Map.of());
    assertThat(c.http().drainSeconds()).isEqualTo(15);
    assertThat(c.metrics().port()).isEqualTo(9464);
    assertThat(c.logging().format()).isEqualTo("json");
    assertThat(c.database().retryAfterSeconds()).isEqualTo(5);
  }

  @Test
  void anUnknownLogFormatStopsTheStart() {
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("GATEWAY_LOGGING_FORMAT", "xml")))
        .hasMessageContaining("logging.format");
  }

  @Test
  void environmentNamesFollowTheKeys() {
    assertThat(ConfigLoader.envName("status.maxFailuresPerCase")).isEqualTo("GATEWAY_STATUS_MAX_FAILURES_PER_CASE");
    assertThat(ConfigLoader.envName("dialogsDir")).isEqualTo("GATEWAY_DIALOGS_DIR");
  }
}
