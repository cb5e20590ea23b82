package org.ecopetition.gateway.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a place said without punctuation ends ("我在白云区太和镇那个厂天天排烟"): at the first word that begins the rest of
 * the sentence — a demonstrative or "there is" (那个, 有家), how often or when (天天, 晚上), who (我们, 他们) or what is
 * done (偷排, 冒烟). No place name is made of these words; a landmark with a demonstrative ("那个厂旁边") is lost from the
 * place but never from the account.
 */
public final class PlaceTail {
  private static final Pattern NEXT = Pattern.compile(
      "那个|这个|那家|这家|那些|这些|有个|有家|有一|一个|一家|天天|每天|每晚|每到|整天|成天|一直|总是|老是|经常|常常|时常|最近"
      + "|晚上|半夜|夜里|深夜|白天|凌晨|早上|中午|我们|他们|我家|偷偷|偷排|乱排|直排|排放|排污|冒烟|冒黑|冒出|乱倒|倾倒|被人|污染"
      + "|噪音|臭味|吵得|熏得|闻到|听到"
      // What a unit lets out, right after the unit ("宁平镇养猪场粪水直排河沟"): the place ends with the unit.
      + "|(?<=[场厂司])(?:粪水|粪便|污水|废水|黑水|臭水|废气|黑烟|浓烟|粉尘|灰尘|臭气|废渣|油烟)");

  /** What makes the words before such a cut an address: a division, a street, a number, a compound, a village. */
  private static final Pattern ADDRESS_WORD = Pattern.compile("省|市|区|县|镇|乡|街道|路|街|巷|弄|号|小区|花园|苑|村|组|栋|单元|室|楼|社区");

  private PlaceTail() {}

  /** Where the place that ends its names at {@code from} ends in {@code text}: before the next such word, or {@code to}. */
  public static int end(String text, int from, int to) {
    Matcher m = NEXT.matcher(text).region(from, to);
    return m.find() ? m.start() : to;
  }

  /** {@code place} without the words after it that begin the rest of a sentence (none before its third character). */
  public static String cut(String place) {
    int e = end(place, Math.min(place.length(), 2), place.length());
    return place.substring(0, e).strip();
  }

  /**
   * An address typed with the rest of a sentence after it ("幸福小区3栋我家天天闻到臭味"): the address alone, where what is
   * left names one (a division, a street, a compound); otherwise as typed.
   */
  public static String cutAddress(String typed) {
    String cut = cut(typed);
    return cut.length() < typed.strip().length() && cut.length() >= 3 && ADDRESS_WORD.matcher(cut).find() ? cut : typed;
  }
}
