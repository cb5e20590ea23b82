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
  void aChineseTextPetitionersReadWithoutItsEnglishVariantStopsTheStart() {
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("GATEWAY_DEPLOYMENT_ADDRESS", "南京市鼓楼区某路1号")))
        .hasMessageContaining("deployment.addressEn is required");
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("GATEWAY_DEPLOYMENT_CHANNELS", "网上信访,来信")))
        .hasMessageContaining("deployment.channelsEn is required");
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("GATEWAY_DEPLOYMENT_RECEPTION_HOURS_EN", "工作日 9-17")))
        .hasMessageContaining("deployment.receptionHoursEn must be English");
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("GATEWAY_REVIEW_BODY", "南京市人民政府")))
        .hasMessageContaining("review.bodyEn is required");
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("GATEWAY_DEPLOYMENT_CHANNELS", "网上信访,来信",
        "GATEWAY_DEPLOYMENT_CHANNELS_EN", "web chat"))).hasMessageContaining("as many channels");
    // A text without Chinese serves both languages; an official Chinese name may stand in brackets.
    GatewayConfig c = ConfigLoader.load(null, Map.of("GATEWAY_DEPLOYMENT_ADDRESS", "南京市鼓楼区某路1号",
        "GATEWAY_DEPLOYMENT_ADDRESS_EN", "1 Mou Road (某路1号), Gulou District, Nanjing",
        "GATEWAY_DEPLOYMENT_RECEPTION_HOURS", "9:00-17:00", "GATEWAY_DEPLOYMENT_RECEPTION_HOURS_EN", ""));
    assertThat(c.deployment().address("en")).isEqualTo("1 Mou Road (某路1号), Gulou District, Nanjing");
    assertThat(c.deployment().address("zh")).isEqualTo("南京市鼓楼区某路1号");
    assertThat(c.deployment().receptionHours("en")).isEqualTo("9:00-17:00");
    assertThat(c.deployment().receptionPlace("en")).isEqualTo("1 Mou Road (某路1号), Gulou District, Nanjing");
    GatewayConfig d = ConfigLoader.load(null, Map.of());
    assertThat(d.deployment().receptionHours("en")).isEqualTo("Working days 9:00-12:00, 13:30-17:00");
    assertThat(d.deployment().departmentName("en")).isEqualTo("Eco-environment Petition Office");
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
