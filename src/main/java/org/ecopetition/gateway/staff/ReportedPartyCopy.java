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

  private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");
  private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
      "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木", "西门", "南宫", "独孤", "呼延", "赫连", "申屠");
  /** How one is called by the surname (王师傅, 王女士); 老王, 小王, 阿王 are the prefixes below. */
  private static final List<String> TITLES = List.of("先生", "女士", "小姐", "师傅", "老师", "同志", "大爷", "大娘", "大妈",
      "大伯", "大叔", "大婶", "大哥", "大姐", "阿姨", "奶奶", "爷爷", "老汉", "老太", "某某");
  private static final List<String> PREFIXES = List.of("老", "小", "阿");

  /**
   * The ways a person named {@code name} is called that name nobody else: by the surname with a title or 老/小/阿
   * (柏女士, 老柏: staff writing about a petitioner seldom repeat the full name, and in a workshop or a village the
   * surname with a title points at one person), and by the given name alone when it has two characters (雪琴).
   * 王某 (the surname with 某) is the usual way of naming nobody and stays. Errs towards masking more: the reported
   * party's own "王先生" with the petitioner's surname is masked too.
   */
  static List<String> calledBy(String name) {
    String n = name.strip();
    if (!HAN_NAME.matcher(n).matches()) {
      return List.of();
    }
    int s = n.length() >= 3 && COMPOUND_SURNAMES.contains(n.substring(0, 2)) ? 2 : 1;
    String surname = n.substring(0, s);
    String given = n.substring(s);
    List<String> out = new ArrayList<>();
    TITLES.forEach(t -> out.add(surname + t));
    PREFIXES.forEach(p -> out.add(p + surname));
    if (given.length() >= 2) {
      out.add(given);
    }
    return out;
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
    return contacts(AtRest.maskIdNumbers(known.redact(text)));
  }

  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+(?:@|＠)[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
  /** A WeChat or QQ account after its cue (微信号 bxq_1988, VX：abc123, QQ 2712345678): the cue stays. */
  private static final Pattern ACCOUNT = Pattern.compile(
      "((?:微信号?|微信账号|(?i:wechat|wx|vx|v信)|(?i:qq)号?)\\s*(?:是|为|号|[:：])?\\s*)([A-Za-z0-9][-_A-Za-z0-9]{4,19})");
  /** A licence plate the writer calls their own (我的车牌是豫A8K2J7, 我家车牌号：苏A·12345): the cue stays. */
  private static final Pattern OWN_PLATE = Pattern.compile("((?:我|我的|我家|本人|俺|俺家)[^，,。；;！!？?\\n]{0,6}?车牌(?:号码?|照)?"
      + "\\s*(?:是|为|[:：])?\\s*)([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][·•\\s]?[A-Za-z0-9]{5,6})");

  /**
   * {@code text} with every e-mail address, WeChat or QQ account and the writer's own licence plate masked, whoever's
   * they are: no case column holds them, so none is known to look for, and the extractor's spans do not name them (a
   * person confirming the copy may miss one); they reach nobody the petitioner reported.
   */
  static String contacts(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = EMAIL.matcher(text).replaceAll("【邮箱】");
    out = ACCOUNT.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)) + "【账号】");
    return OWN_PLATE.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)) + "【车牌号】");
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
