package org.ecopetition.gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.routing.RoutingRules;

/** The extraction contract of DESIGN.md as JSON, from an {@link Extraction}. */
final class ContractJson {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern INFO = Pattern.compile("渠道|电话多少|接待时间|地址在哪|怎么反映|找谁反映|如何查询|how (do|can) I|hotline|opening hours");
  private static final Pattern HUMAN = Pattern.compile("人工|真人|客服|human|agent|operator");
  private static final Pattern EVALUATE = Pattern.compile("满意|评价|satisf");
  private static final Pattern REVIEW = Pattern.compile("复查|复核|不服|不同意.{0,6}(意见|答复)");
  private static final Pattern GREETING = Pattern.compile("^(你好|您好|hello|hi|在吗)[！!。.，, ]*$", Pattern.CASE_INSENSITIVE);

  private ContractJson() {}

  static ObjectNode of(ObjectMapper json, String id, String text, Extraction x, RoutingRules rules) {
    ObjectNode o = json.createObjectNode();
    o.put("id", id);
    o.put("intent", intent(text, x));
    o.put("name", value(x, "name"));
    o.put("phone", value(x, "phone"));
    o.put("idNumber", value(x, "idNumber"));
    o.put("address", value(x, "address"));
    o.put("province", value(x, "province"));
    o.put("city", value(x, "city"));
    o.put("county", value(x, "county"));
    o.put("town", value(x, "town"));
    o.put("ambiguousPlace", x.flag("ambiguousPlace"));
    o.put("polluter", value(x, "polluter"));
    ArrayNode kinds = o.putArray("kinds");
    x.kinds().forEach(kinds::add);
    String matter = value(x, "matter");
    o.put("matter", matter);
    String category = value(x, "category");
    o.put("category", category);
    if ("申诉求决".equals(category)) {
      o.put("subtype", 3);
    } else {
      o.putNull("subtype");
    }
    o.put("accused", value(x, "accused"));
    o.put("referral", rules.referral(matter, null).map(RoutingRules.Referral::organ).orElse(null));
    o.put("urgent", x.flag("urgent"));
    o.put("lifeSafety", x.flag("lifeSafety"));
    o.put("confidentialityRequested", x.flag("confidentialityRequested"));
    o.put("lang", lang(text));
    o.put("caseNumber", value(x, "caseNumber"));
    o.put("request", value(x, "request"));
    o.put("facts", value(x, "facts"));
    return o;
  }

  static String lang(String text) {
    if (text == null || text.isBlank()) {
      return "zh";
    }
    long han = HAN.matcher(text).results().count();
    long letters = text.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
    return han == 0 && letters > 0 || letters > han * 4 ? "en" : "zh";
  }

  static String intent(String text, Extraction x) {
    String t = text == null ? "" : text.strip();
    if (GREETING.matcher(t).matches()) {
      return "greeting";
    }
    boolean hasCase = x.field("caseNumber").isPresent();
    if (REVIEW.matcher(t).find() && hasCase) {
      return "review";
    }
    if ("status".equals(value(x, "intent"))) {
      return "status";
    }
    if (EVALUATE.matcher(t).find() && x.kinds().isEmpty()) {
      return "evaluate";
    }
    if (HUMAN.matcher(t).find() && t.length() < 30) {
      return "human";
    }
    if (INFO.matcher(t).find() && x.kinds().isEmpty()) {
      return "info";
    }
    return "report";
  }

  private static String value(Extraction x, String f) {
    Optional<Extraction.Field> v = x.field(f);
    return v.map(Extraction.Field::value).orElse(null);
  }
}
