package org.ecopetition.gateway.tsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's data tables (calendar, clocks, departments, routing, gazetteer, lexicons): UTF-8, one row
 * a line, fields separated by tabs, blank lines and lines starting with '#' skipped. Rows keep their line
 * number so that a fault in a table is reported where it is.
 */
public final class Tsv {
  private Tsv() {}

  /** A row of a table: its line number (from 1) and its fields, empty ones kept. */
  public record Row(int line, String[] fields) {
    /** The field, or null when the row is shorter or the field blank. */
    public String at(int i) {
      return i < fields.length && !fields[i].isBlank() ? fields[i] : null;
    }

    public int size() {
      return fields.length;
    }
  }

  /** Every row of a table; the stream is read to its end but not closed. */
  public static List<Row> read(InputStream in) throws IOException {
    List<Row> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(new Row(n, line.split("\t", -1)));
      }
    }
    return out;
  }
}
