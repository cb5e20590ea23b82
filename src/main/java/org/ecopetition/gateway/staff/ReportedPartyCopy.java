package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.casefile.CopyMask;
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
    List<String> names = known.get(Identity.NAME);
    for (String name : List.copyOf(names)) {
      names.addAll(calledBy(name));
    }
    return Redaction.values(known);
  }

  /**
   * For a petitioner who consented to disclosure (Art 24): the identities the confirmed copy masked that are not the
   * petitioner's own — a neighbour, a witness, a family member, their phones and addresses. The consent is the
   * petitioner's, for their own name; it never reaches the third persons they named. The petitioner's own name (and
   * any part of it), phone (by its digits) and address stay.
   */
  static Redaction.Values others(JsonObject c, Object factsRedacted, Object requestRedacted) {
    String name = c.getString("petitioner_name", "").strip();
    String phone = digits(c.getString("contact_phone", ""));
    String address = c.getString("petitioner_address", "").strip();
    Map<String, List<String>> others = new LinkedHashMap<>();
    for (String[] text : new String[][] {{c.getString("facts"), factsRedacted instanceof String f ? f : null},
        {c.getString("request"), requestRedacted instanceof String r ? r : null}}) {
      Redaction.maskedIn(text[0], text[1]).forEach((type, values) -> values.forEach(v -> {
        boolean own = switch (type) {
          case Identity.NAME -> !name.isEmpty() && (name.contains(v) || calledBy(name).contains(v));
          case Identity.PHONE -> !phone.isEmpty() && phone.equals(digits(v));
          case Identity.ADDRESS -> !address.isEmpty() && address.contains(v);
          default -> false;
        };
        if (!own) {
          others.computeIfAbsent(type, k -> new ArrayList<>()).add(v);
        }
      }));
    }
    List<String> names = others.getOrDefault(Identity.NAME, List.of());
    for (String n : List.copyOf(names)) {
      names.addAll(calledBy(n));
    }
    return Redaction.values(others);
  }

  /** As above, the copy in the row. */
  static Redaction.Values others(JsonObject c) {
    return others(c, c.getString("facts_redacted"), c.getString("request_redacted"));
  }

  /** A phone's digits as a reader reads them, without +86. */
  private static String digits(String v) {
    String d = Redaction.Digits.read(v == null ? "" : v).replaceAll("[^0-9]", "");
    return d.length() == 13 && d.startsWith("86") ? d.substring(2) : d;
  }

  /** The consented copy: the case's texts as written, with {@code others} (third persons) masked. */
  static JsonObject consented(JsonObject c, Redaction.Values others) {
    for (String column : new String[] {"facts", "request", "location", "polluter", "accused"}) {
      if (c.getValue(column) instanceof String s) {
        c.put(column, others.redact(s));
      }
    }
    return c;
  }

  /** The ways a person is called that name nobody else ({@link CopyMask#calledBy}). */
  static List<String> calledBy(String name) {
    return CopyMask.calledBy(name);
  }

  /** The address without its leading divisions ({@link CopyMask#street}). */
  static String street(String address) {
    return CopyMask.street(address);
  }

  private static List<String> present(String v) {
    return v == null || v.isBlank() ? List.of() : List.of(v.strip());
  }

  /**
   * A text for the reported party masked with {@code known}, and any ID number in it whoever's it is: the case's texts
   * never keep one (they are masked at rest), so none is known to look for, but staff may copy one into what they write.
   */
  static String mask(Redaction.Values known, String text) {
    // The writer's own role or home at the reported party names them too (SelfDescriptions): a copy stored before the
    // copy masked it is masked here.
    return org.ecopetition.gateway.nlp.SelfDescriptions.mask(contacts(AtRest.maskIdNumbers(known.redact(text))));
  }

  /** {@code text} with every e-mail address, WeChat or QQ account and the writer's own plate masked ({@link CopyMask}). */
  static String contacts(String text) {
    return CopyMask.contacts(text);
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
