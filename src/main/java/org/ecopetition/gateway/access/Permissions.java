package org.ecopetition.gateway.access;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which role may use which route family, and over which departments: one table, read as data (the README's "Staff
 * accounts" section shows the same table). {@code below}: the member's department and those below it; {@code own}:
 * the department alone; {@code -}: refused (403). Supervisors see the overdue lists of the departments below, a
 * handler those of their own department; an administrator manages staff accounts and nothing else; an auditor reads a case without the petitioner's identity, so not
 * its photos (EVIDENCE).
 */
public final class Permissions {
  private static final String TABLE = """
      family      intake  handler  supervisor  auditor  admin
      PUBLIC      below   below    below       below    below
      SELF        below   below    below       below    below
      REGISTER    below   below    below       -        -
      READ_CASE   below   below    below       below    -
      EVIDENCE    below   below    below       -        -
      ACT         -       below    below       -        -
      QUEUE       below   below    below       -        -
      NOTICES     -       below    below       below    -
      OVERDUE     -       own      below       below    -
      SUPERVISE   -       -        below       -        -
      STATS       -       below    below       below    -
      EXPORT      -       below    below       -        -
      AUDIT       -       -        -           below    -
      STAFF_LOG   -       -        -           below    below
      USERS       -       -        -           -        below
      """;
  private static final Map<Family, Map<Role, Reach>> REACH = parse(TABLE);

  private Permissions() {}

  public static Reach reach(Role role, Family family) {
    return REACH.get(family).get(role);
  }

  public static boolean allows(Role role, Family family) {
    return reach(role, family) != Reach.NONE;
  }

  private static Map<Family, Map<Role, Reach>> parse(String table) {
    List<String> lines = table.lines().filter(l -> !l.isBlank()).toList();
    List<Role> columns = Arrays.stream(lines.get(0).trim().split("\\s+")).skip(1)
        .map(c -> Role.of(c).orElseThrow(() -> new IllegalStateException("unknown role " + c))).toList();
    if (columns.size() != Role.values().length) {
      throw new IllegalStateException("the permissions table must have a column for every role");
    }
    Map<Family, Map<Role, Reach>> out = new EnumMap<>(Family.class);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.trim().split("\\s+");
      Family family = Family.valueOf(cells[0]);
      if (cells.length != columns.size() + 1 || out.containsKey(family)) {
        throw new IllegalStateException("permissions table row " + family + " is malformed or repeated");
      }
      Map<Role, Reach> row = new EnumMap<>(Role.class);
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i), switch (cells[i + 1]) {
          case "below" -> Reach.BELOW;
          case "own" -> Reach.OWN;
          case "-" -> Reach.NONE;
          default -> throw new IllegalStateException("permissions table: unknown reach " + cells[i + 1]);
        });
      }
      out.put(family, row);
    }
    if (out.size() != Family.values().length) {
      throw new IllegalStateException("the permissions table must have a row for every family");
    }
    return out;
  }
}
