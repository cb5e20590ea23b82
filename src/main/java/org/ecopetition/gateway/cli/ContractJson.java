package org.ecopetition.gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Affected;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.routing.RoutingRules;

/** The extraction contract of DESIGN.md as JSON, from an {@link Extraction}. */
final class ContractJson {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private ContractJson() {}

  static ObjectNode of(ObjectMapper json, String id, String text, Extraction x, RoutingRules rules) {
    ObjectNode o = json.createObjectNode();
    o.put("id", id);
    o.put("intent", x.field("intent").map(Extraction.Field::value).orElse("report"));
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
    String subtype = value(x, "subtype");
    if ("申诉求决".equals(category)) {
      o.put("subtype", subtype == null ? 3 : Integer.parseInt(subtype));
    } else {
      o.putNull("subtype");
    }
    o.put("accused", value(x, "accused"));
    o.put("referral", referral(x, matter, category, rules));
    o.put("urgent", x.flag("urgent"));
    o.put("lifeSafety", x.flag("lifeSafety"));
    ArrayNode situations = o.putArray("situations");
    String found = value(x, "situation");
    if (found != null) {
      for (String s : found.split(",")) {
        situations.add(s);
      }
    }
    o.put("confidentialityRequested", x.flag("confidentialityRequested"));
    o.put("lang", x.field("lang").map(Extraction.Field::value).orElseGet(() -> lang(text)));
    o.put("caseNumber", value(x, "caseNumber"));
    o.put("request", value(x, "request"));
    o.put("facts", value(x, "facts"));
    o.put("since", value(x, "since")); // beyond the contract: when the matter began, as written
    Affected a = x.affected();
    if (a == null) {
      o.putNull("affected");
    } else {
      ObjectNode n = o.putObject("affected");
      n.put("text", a.text());
      n.put("unit", a.unit());
      n.put("count", a.count());
      n.put("min", a.min());
      n.put("max", a.max());
    }
    ArrayNode identities = o.putArray("identities");
    for (Identity i : x.identities()) {
      ObjectNode n = identities.addObject();
      n.put("type", i.type());
      n.put("whose", i.whose());
      n.put("start", i.start());
      n.put("end", i.end());
      n.put("text", text == null ? null : text.substring(Math.min(i.start(), text.length()), Math.min(i.end(), text.length())));
    }
    return o;
  }

  /** The national default organ for a matter outside the system; 纪检监察 for discipline in an accusation. */
  private static String referral(Extraction x, String matter, String category, RoutingRules rules) {
    Optional<String> organ = rules.referral(matter, null).map(RoutingRules.Referral::organ);
    if (organ.isPresent()) {
      return organ.get();
    }
    return null;
  }

  static String lang(String text) {
    if (text == null || text.isBlank()) {
      return "zh";
    }
    long han = HAN.matcher(text).results().count();
    long letters = text.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
    return han == 0 && letters > 0 || letters > han * 4 ? "en" : "zh";
  }

  private static String value(Extraction x, String f) {
    Optional<Extraction.Field> v = x.field(f);
    return v.map(Extraction.Field::value).orElse(null);
  }
}
