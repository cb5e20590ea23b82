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

  /**
   * Every row of every table of the gateway's database, table by table, each row as stored and again with what is
   * sealed opened: what a canary must be absent from (masked in place means masked inside the seal too).
   */
  public static List<String> everyTable(String db, Gateway g) {
    return tables(db, g);
  }

  /** Every row of every table as stored, nothing opened (what a reader of the database or a backup sees). */
  public static List<String> everyTableAsStored(String db) {
    return tables(db, null);
  }

  private static List<String> tables(String db, Gateway g) {
    return TestPostgres.jdbc(db, c -> {
      List<String> tables = new ArrayList<>();
      ResultSet rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables "
          + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1");
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
      List<String> out = new ArrayList<>();
      for (String t : tables) {
        ResultSet rows = c.createStatement().executeQuery("SELECT row_to_json(t)::text FROM \"" + t + "\" t");
        StringBuilder b = new StringBuilder(t).append(":\n");
        while (rows.next()) {
          b.append(rows.getString(1)).append('\n');
          if (g != null) {
            b.append(openedRow(g, t, rows.getString(1))).append('\n');
          }
        }
        out.add(b.toString());
      }
      return out;
    });
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
