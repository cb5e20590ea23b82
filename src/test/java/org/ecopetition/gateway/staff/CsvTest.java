package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Exported cells that a spreadsheet would run as formulas are neutralised; quoting survives a round trip. */
class CsvTest {

  @Test
  void formulaCellsAreNeutralisedAndEverythingReadsBack() throws Exception {
    JsonArray rows = new JsonArray()
        .add(new JsonObject().put("caseNumber", "HB2026061500001").put("facts", "=HYPERLINK(\"http://evil\",\"点我\")")
            .put("request", "+1 请查处").put("name", "-2+3").put("phone", "@SUM(A1)").put("count", -5))
        .add(new JsonObject().put("caseNumber", "HB2026061500002").put("facts", "工厂, 排污\n\"夜里\"")
            .put("request", "\t=1").put("name", null).put("extra", new JsonObject().put("a", 1)));
    String csv = Csv.of(rows);
    List<CSVRecord> back = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
    assertThat(back).hasSize(2);
    assertThat(back.get(0).get("facts")).isEqualTo("'=HYPERLINK(\"http://evil\",\"点我\")");
    assertThat(back.get(0).get("request")).isEqualTo("'+1 请查处");
    assertThat(back.get(0).get("name")).isEqualTo("'-2+3");
    assertThat(back.get(0).get("phone")).isEqualTo("'@SUM(A1)");
    assertThat(back.get(0).get("count")).isEqualTo("-5");
    assertThat(back.get(1).get("facts")).isEqualTo("工厂, 排污\n\"夜里\"");
    assertThat(back.get(1).get("request")).isEqualTo("'\t=1");
    assertThat(back.get(1).get("name")).isEmpty();
    assertThat(back.get(1).get("extra")).isEqualTo("{\"a\":1}");
    for (CSVRecord r : back) {
      for (String cell : r) {
        assertThat(cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0).as(cell).isTrue();
      }
    }
  }
}
