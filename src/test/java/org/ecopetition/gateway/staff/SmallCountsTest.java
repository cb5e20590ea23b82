package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Red team: a statistics file by county with a count of 1 names the one petitioner of that county to whoever the file
 * reaches. The CSV writes counts under 3 as {@code <3}, and withholds the next smallest ({@code *}) where only one
 * cell is small (no subtraction from another total gives it back); the console's JSON keeps the exact counts.
 */
class SmallCountsTest {
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension(null, env -> { });
  static final StaffClient staff = GW.staff();

  static JsonObject letter(String location, int i) {
    return new JsonObject().put("channel", "letter").put("category", "申诉求决").put("facts", "养殖场粪水直排河道，第" + i + "次反映。")
        .put("request", "请求查处").put("name", "符秋实").put("phone", "1390000" + String.format("%04d", i))
        .put("location", location).put("polluter", "养殖场" + i);
  }

  @Test
  void aSmallCountIsNeverWrittenToAStatisticsFile() {
    staff.enter(letter("江苏省南京市高淳区", 1));
    for (int i = 2; i <= 5; i++) {
      staff.enter(letter("江苏省南京市江宁区", i));
    }
    for (int i = 6; i <= 11; i++) {
      staff.enter(letter("江苏省南京市六合区", i));
    }
    Map<String, String> file = staff.get("/stats/county?format=csv&from=2020-01-01").bodyAsString().lines().skip(1)
        .map(l -> l.split(",")).collect(Collectors.toMap(c -> c[0], c -> c[1]));
    assertThat(file).containsEntry("江苏省/南京市/高淳区", "<3").containsEntry("江苏省/南京市/江宁区", "*")
        .containsEntry("江苏省/南京市/六合区", "6");
    // The console, inside the department, keeps the counts.
    Map<String, Long> console = staff.get("/stats/county?from=2020-01-01").bodyAsJsonObject().getJsonArray("counts")
        .stream().map(JsonObject.class::cast).collect(Collectors.toMap(o -> o.getString("key"), o -> o.getLong("count")));
    assertThat(console).containsEntry("江苏省/南京市/高淳区", 1L).containsEntry("江苏省/南京市/江宁区", 4L);
  }

  @Test
  void theCellsOfATable() {
    assertThat(SmallCounts.cells(List.of(6L, 4L, 1L))).containsExactly("6", "*", "<3");
    assertThat(SmallCounts.cells(List.of(6L, 2L, 1L))).containsExactly("6", "<3", "<3");
    assertThat(SmallCounts.cells(List.of(6L, 3L))).containsExactly("6", "3");
    assertThat(SmallCounts.cells(List.of(1L))).containsExactly("<3");
  }
}
