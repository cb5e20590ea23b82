package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for staff exports, written by Apache Commons CSV (RFC 4180 quoting). A cell a spreadsheet would read as a
 * formula — starting with {@code = + - @}, a tab or a carriage return — is neutralised with a leading apostrophe: a
 * petitioner's text must never run in the office's spreadsheet (CSV injection).
 */
final class Csv {
  /**
   * Written before every CSV the gateway serves: without it Excel on a Chinese Windows reads the UTF-8 as GBK and
   * shows mojibake; with it Excel, LibreOffice and Commons CSV (with a BOM-aware reader) read UTF-8.
   */
  static final String BOM = "\uFEFF";

  private Csv() {}

  /** The rows (JSON objects) under a header of every key met, in the order first met. */
  static String of(JsonArray rows) {
    Set<String> header = new LinkedHashSet<>();
    rows.forEach(o -> header.addAll(((JsonObject) o).fieldNames()));
    List<List<Object>> out = new ArrayList<>();
    rows.forEach(o -> {
      List<Object> row = new ArrayList<>();
      header.forEach(k -> row.add(((JsonObject) o).getValue(k)));
      out.add(row);
    });
    return of(List.copyOf(header), out);
  }

  static String of(List<String> header, List<List<Object>> rows) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
      p.printRecord(header.stream().map(Csv::cell).toList());
      for (List<Object> r : rows) {
        p.printRecord(r.stream().map(Csv::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** A value as a safe cell: text neutralised, JSON as its compact text, null empty. */
  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    String s = v instanceof JsonObject o ? o.encode() : v instanceof JsonArray a ? a.encode() : v.toString();
    if (v instanceof Number) {
      return s;
    }
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
