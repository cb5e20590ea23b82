package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.security.AtRest;

/**
 * The texts that leave with a confirmed redacted copy (Art 23, 24; issue 11 §1) besides its facts and request: the
 * place as typed, which is often the petitioner's own address ("我家楼下"), and what staff wrote on the act a document
 * prints (a reason, an opinion, its findings). A person confirms only the facts and request, so these are masked here
 * with the identities the case knows — the petitioner's name, phone (however written) and address — and with every
 * identity the confirmed copy masked (read back from it: a neighbour, a witness, a family member, their phones, ID
 * numbers and addresses), as the copy is; the copy itself too, where it names one of them again unmasked.
 */
final class ReportedPartyCopy {
  private static final Pattern DIVISIONS =
      Pattern.compile("^(?:.{1,12}?(?:自治区|自治州|特别行政区|省|市|地区|盟|区|县|旗|街道|镇|乡))+");

  private ReportedPartyCopy() {}

  /**
   * The identities a case row holds, to mask wherever they occur: the petitioner's (opened: name, address, phone) and
   * those its redacted copy masked ({@code facts} against {@code facts_redacted}, {@code request} against
   * {@code request_redacted}).
   */
  static Redaction.Values known(JsonObject c) {
    return known(c, c.getString("facts_redacted"), c.getString("request_redacted"));
  }

  /** As above, the copy given apart (a row it was taken out of). */
  static Redaction.Values known(JsonObject c, Object factsRedacted, Object requestRedacted) {
    Map<String, List<String>> known = new LinkedHashMap<>();
    known.put(Identity.NAME, new ArrayList<>(present(c.getString("petitioner_name"))));
    known.put(Identity.PHONE, new ArrayList<>(present(c.getString("contact_phone"))));
    List<String> address = new ArrayList<>(present(c.getString("petitioner_address")));
    if (!address.isEmpty()) {
      String street = street(address.get(0));
      if (street != null) {
        address.add(street);
      }
    }
    known.put(Identity.ADDRESS, address);
    for (String[] text : new String[][] {{c.getString("facts"), factsRedacted instanceof String f ? f : null},
        {c.getString("request"), requestRedacted instanceof String r ? r : null}}) {
      Redaction.maskedIn(text[0], text[1]).forEach((type, values) ->
          known.computeIfAbsent(type, k -> new ArrayList<>()).addAll(values));
    }
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

  /**
   * A text for the reported party masked with {@code known}, and any ID number in it whoever's it is: the case's texts
   * never keep one (they are masked at rest), so none is known to look for, but staff may copy one into what they write.
   */
  static String mask(Redaction.Values known, String text) {
    return AtRest.maskIdNumbers(known.redact(text));
  }

  /** The case's free-text columns other than the facts and request (already the copy), masked in place. */
  static JsonObject masked(JsonObject c, Redaction.Values known) {
    for (String column : new String[] {"location", "polluter", "accused"}) {
      if (c.getValue(column) instanceof String s) {
        c.put(column, mask(known, s));
      }
    }
    return c;
  }
}
