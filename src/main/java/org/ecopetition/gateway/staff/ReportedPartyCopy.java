package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.nlp.Redaction;

/**
 * The texts that leave with a confirmed redacted copy (Art 23, 24; issue 11 §1) besides its facts and request: the
 * place as typed, which is often the petitioner's own address ("我家楼下"), and what staff wrote on the act a document
 * prints (a reason, an opinion, its findings). A person confirms only the facts and request, so these are masked here
 * with the identities the case knows — the petitioner's name, phone (however written) and address — as the copy is.
 */
final class ReportedPartyCopy {
  private static final Pattern DIVISIONS =
      Pattern.compile("^(?:.{1,12}?(?:自治区|自治州|特别行政区|省|市|地区|盟|区|县|旗|街道|镇|乡))+");

  private ReportedPartyCopy() {}

  /** The petitioner's identities a case row holds (opened: name, address, phone), to mask wherever they occur. */
  static Redaction.Values known(JsonObject c) {
    Map<String, List<String>> known = new HashMap<>();
    known.put(Identity.NAME, present(c.getString("petitioner_name")));
    known.put(Identity.PHONE, present(c.getString("contact_phone")));
    List<String> address = new ArrayList<>(present(c.getString("petitioner_address")));
    if (!address.isEmpty()) {
      String street = street(address.get(0));
      if (street != null) {
        address.add(street);
      }
    }
    known.put(Identity.ADDRESS, address);
    return Redaction.values(known);
  }

  /**
   * The address without the divisions it starts with ("河南省郑州市中牟县城南路88号" → "城南路88号"): staff writing about
   * the petitioner's home seldom repeat the province and county. Null when too little is left to be an address.
   */
  static String street(String address) {
    String rest = DIVISIONS.matcher(address.strip()).replaceFirst("");
    return rest.length() >= 4 && rest.length() < address.strip().length() ? rest : null;
  }

  private static List<String> present(String v) {
    return v == null || v.isBlank() ? List.of() : List.of(v.strip());
  }

  /** The case's free-text columns other than the facts and request (already the copy), masked in place. */
  static JsonObject masked(JsonObject c, Redaction.Values known) {
    for (String column : new String[] {"location", "polluter", "accused"}) {
      if (c.getValue(column) instanceof String s) {
        c.put(column, known.redact(s));
      }
    }
    return c;
  }
}
