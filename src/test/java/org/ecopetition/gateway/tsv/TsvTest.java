package org.ecopetition.gateway.tsv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data tables' one reader: comments and blank lines skipped, empty fields kept, line numbers true. */
class TsvTest {

  @Test
  void rowsKeepTheirLineNumbersAndEmptyFields() throws IOException {
    String table = "# a comment\n\n3201\t南京市生态环境局\t\t025-1234\n   \n-\t生态环境部\n";
    List<Tsv.Row> rows = Tsv.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).line()).isEqualTo(3);
    assertThat(rows.get(0).size()).isEqualTo(4);
    assertThat(rows.get(0).at(2)).isNull();
    assertThat(rows.get(0).at(3)).isEqualTo("025-1234");
    assertThat(rows.get(1).line()).isEqualTo(5);
    assertThat(rows.get(1).at(1)).isEqualTo("生态环境部");
    assertThat(rows.get(1).at(7)).isNull();
  }
}
