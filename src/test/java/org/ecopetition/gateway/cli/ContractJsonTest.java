package org.ecopetition.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.nlp.Affected;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.routing.RoutingRules;
import org.junit.jupiter.api.Test;

/** The extraction contract's additions: affected (unit and range), identity spans with their text, situations. */
class ContractJsonTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final RoutingRules RULES = RoutingRules.bundled();

  @Test
  void affectedIsWrittenAsUnitCountAndRangeWithTheWords() {
    String text = "我们几百户都闻得到";
    Extraction x = new Extraction(Map.of(), List.of(), List.of(), new Affected("几百户", "household", null, 200, 999, 2, 5));
    JsonNode a = ContractJson.of(JSON, "a", text, x, RULES).get("affected");
    assertThat(a.get("text").asText()).isEqualTo("几百户");
    assertThat(a.get("unit").asText()).isEqualTo("household");
    assertThat(a.get("count").isNull()).isTrue();
    assertThat(a.get("min").asInt()).isEqualTo(200);
    assertThat(a.get("max").asInt()).isEqualTo(999);
  }

  @Test
  void noCountIsNullAndNoIdentityAnEmptyList() {
    JsonNode o = ContractJson.of(JSON, "b", "河水发黑", new Extraction(Map.of(), List.of()), RULES);
    assertThat(o.get("affected").isNull()).isTrue();
    assertThat(o.get("identities").isArray()).isTrue();
    assertThat(o.get("identities")).isEmpty();
    assertThat(o.get("situations")).isEmpty();
  }

  @Test
  void identitiesCarryTypeWhoseSpanAndTheirTextInTheRawMessage() {
    String text = "電話 139 1234 5678，我叫龐國強";
    Extraction x = new Extraction(Map.of(), List.of(),
        List.of(new Identity(Identity.PHONE, Identity.PETITIONER, 3, 16), new Identity(Identity.NAME, Identity.PETITIONER, 19, 22)),
        null);
    JsonNode ids = ContractJson.of(JSON, "c", text, x, RULES).get("identities");
    assertThat(ids).hasSize(2);
    assertThat(ids.get(0).get("type").asText()).isEqualTo("phone");
    assertThat(ids.get(0).get("whose").asText()).isEqualTo("petitioner");
    assertThat(ids.get(0).get("start").asInt()).isEqualTo(3);
    assertThat(ids.get(0).get("end").asInt()).isEqualTo(16);
    assertThat(ids.get(0).get("text").asText()).isEqualTo("139 1234 5678");
    assertThat(ids.get(1).get("text").asText()).isEqualTo("龐國強");
  }

  @Test
  void situationsListWhatMadeItUrgent() {
    Extraction x = new Extraction(Map.of("urgent", new Extraction.Field("true", 0.9, 0, 2),
        "situation", new Extraction.Field("drinking_water,mass_death", 0.9, 0, 2)), List.of());
    JsonNode o = ContractJson.of(JSON, "d", "井水发黑，鱼都死了", x, RULES);
    assertThat(o.get("urgent").asBoolean()).isTrue();
    assertThat(o.get("situations")).extracting(JsonNode::asText).containsExactly("drinking_water", "mass_death");
  }
}
