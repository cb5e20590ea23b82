package org.ecopetition.gateway.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.security.AtRest;

/**
 * The masking a copy for others gets beyond the identities' exact values, one path for the stored redacted copy
 * (registration, correction, a person's confirmation) and for every reader that releases it (exports, documents, an
 * auditor's view, {@code staff/ReportedPartyCopy}): the petitioner as people call them (宋女士, 老宋, the given name), the
 * address without its divisions ("城南路88号"), any ID number, e-mail, WeChat or QQ account, the writer's own plate, and
 * the writer's description of themselves by their place at or beside the reported party ("我是厂里的电工",
 * {@code nlp/SelfDescriptions}).
 * The stored copy was masked only by the exact values, so anything reading the column directly (a dump, a future
 * reader) found what every release masks.
 */
public final class CopyMask {
  /**
   * One division an address starts with. A residential compound, a community, a campus or a works (某小区, 幸福社区, 校区,
   * 厂区, 景区, 营区) ends in 区 but is the street part of a home address, never a division to strip.
   */
  private static final Pattern DIVISION =
      Pattern.compile("^.{1,12}?(?:自治区|自治州|特别行政区|省|市|地区|盟|(?<![小社校厂景营])区|县|旗|街道|镇|乡)");

  private CopyMask() {}

  /**
   * {@code text} (a copy already masked by the exact values) masked further with the petitioner's {@code name} as
   * people call them, the {@code address} without its divisions (and both in full, and the {@code phone} however
   * written), any ID number and every contact account.
   */
  public static String more(String text, String name, String phone, String address) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return org.ecopetition.gateway.nlp.SelfDescriptions.mask(
        contacts(AtRest.maskIdNumbers(values(name, phone, address).redact(text))));
  }

  /** The petitioner's identities in every form {@link #more} masks. */
  public static Redaction.Values values(String name, String phone, String address) {
    Map<String, List<String>> known = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    if (name != null && !name.isBlank()) {
      names.add(name.strip());
      names.addAll(calledBy(name));
    }
    known.put(Identity.NAME, names);
    known.put(Identity.PHONE, phone == null || phone.isBlank() ? List.of() : List.of(phone.strip()));
    List<String> addresses = new ArrayList<>();
    if (address != null && !address.isBlank()) {
      addresses.add(address.strip());
      String street = street(address);
      if (street != null) {
        addresses.add(street);
      }
    }
    known.put(Identity.ADDRESS, addresses);
    return Redaction.values(known);
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
  public static List<String> calledBy(String name) {
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
  public static String street(String address) {
    String whole = address.strip();
    String rest = whole;
    // Divisions are stripped one at a time while what follows can still be an address ("秣陵街道3栋" stays whole: "3栋"
    // alone would mask any third building); an address of divisions only has no street.
    for (java.util.regex.Matcher m = DIVISION.matcher(rest); m.lookingAt(); m = DIVISION.matcher(rest)) {
      String next = rest.substring(m.end());
      if (onlyDivisions(next)) {
        return null;
      }
      if (next.length() < 4) {
        break;
      }
      rest = next;
    }
    return rest.length() >= 4 && rest.length() < whole.length() ? rest : null;
  }

  private static boolean onlyDivisions(String t) {
    String rest = t;
    for (java.util.regex.Matcher m = DIVISION.matcher(rest); m.lookingAt(); m = DIVISION.matcher(rest)) {
      rest = rest.substring(m.end());
    }
    return rest.isEmpty();
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
  public static String contacts(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = EMAIL.matcher(text).replaceAll("【邮箱】");
    out = ACCOUNT.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)) + "【账号】");
    return OWN_PLATE.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)) + "【车牌号】");
  }

}
