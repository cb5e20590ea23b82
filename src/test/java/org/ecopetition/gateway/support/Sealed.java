package org.ecopetition.gateway.support;

import io.vertx.core.json.JsonObject;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.security.AtRest;

/**
 * What the database holds sealed (issue 11 §6), opened with the gateway's own key: for tests that assert on stored
 * texts. Reading through here is what the gateway does; a plain SQL search of these columns finds nothing.
 */
public final class Sealed {
  private Sealed() {}

  /** The texts of the messages {@code where} (a condition on {@code messages}; "true" for all), oldest first. */
  public static List<String> messageTexts(String db, Gateway g, String where) {
    return column(db, "SELECT body::text FROM messages WHERE " + where + " ORDER BY id",
        s -> g.atRest().openBody(new JsonObject(s)).getString("text"));
  }

  /** The conversations' states {@code where} (a condition on {@code conversations}), each as JSON text. */
  public static List<String> states(String db, Gateway g, String where) {
    return column(db, "SELECT state::text FROM conversations WHERE " + where + " ORDER BY created_at, id",
        s -> new JsonObject(g.atRest().openState(new JsonObject(s))).encode());
  }

  /** A column of a case sealed as text ({@code petitioner_name}, {@code petitioner_address}, {@code contact_phone}, {@code facts}, {@code request}). */
  public static String caseText(String db, Gateway g, String caseNumber, String column) {
    List<String> v = column(db, "SELECT " + column + " FROM cases WHERE case_number = '" + caseNumber + "'",
        s -> g.atRest().open("cases." + column, s));
    return v.isEmpty() ? null : v.get(0);
  }

  /**
   * A row of {@code table} (its {@code row_to_json}) with every sealed value opened where it lies: a sealed text
   * column, a JSON column's {@code text} or its {@code sealed} whole (the column bound in as the gateway binds it).
   */
  public static String openedRow(Gateway g, String table, String rowJson) {
    JsonObject row = new JsonObject(rowJson);
    for (String col : row.fieldNames().toArray(new String[0])) {
      String column = table + "." + col;
      Object v = row.getValue(col);
      if (v instanceof String s && s.matches("k\\d+:[A-Za-z0-9+/=]+")) {
        row.put(col, g.atRest().open(column, s));
      } else if (v instanceof JsonObject o && o.size() == 1 && o.getValue("sealed") instanceof String s) {
        row.put(col, new JsonObject(g.atRest().keys().open(column, s)));
      } else if (v instanceof JsonObject o && o.getValue("text") instanceof String s && s.matches("k\\d+:[A-Za-z0-9+/=]+")) {
        row.put(col, o.copy().put("text", g.atRest().open(column, s)));
      }
    }
    return row.encode();
  }

  private static List<String> column(String db, String sql, java.util.function.UnaryOperator<String> open) {
    return TestPostgres.jdbc(db, c -> {
      List<String> out = new ArrayList<>();
      ResultSet rs = c.createStatement().executeQuery(sql);
      while (rs.next()) {
        String s = rs.getString(1);
        out.add(s == null ? null : open.apply(s));
      }
      return out;
    });
  }
}
