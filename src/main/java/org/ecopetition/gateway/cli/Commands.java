package org.ecopetition.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.Place;
import org.ecopetition.gateway.nlp.Classifiers;
import org.ecopetition.gateway.nlp.HanLpExtractor;
import org.ecopetition.gateway.routing.Department;
import org.ecopetition.gateway.routing.PriorCase;
import org.ecopetition.gateway.routing.Proposal;
import org.ecopetition.gateway.routing.Router;
import org.ecopetition.gateway.routing.RoutingCase;
import org.ecopetition.gateway.routing.RoutingRules;

/**
 * The commands that run without a server: {@code extract} (JSON lines {"id","text"} → the extraction
 * contract) and {@code route} (the extraction contract plus an optional channel → one proposal per line).
 * A malformed line yields {"id", "error"} and the run goes on.
 */
public final class Commands {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Commands() {}

  public static void extract(InputStream in, OutputStream out) throws IOException {
    Gazetteer g = Gazetteer.bundled();
    Extractor x = new HanLpExtractor(g, Classifiers.bundled());
    RoutingRules rules = RoutingRules.bundled();
    each(in, out, line -> {
      String text = line.path("text").asText("");
      return ContractJson.of(JSON, line.path("id").asText(null), text, x.extract(text), rules);
    });
  }

  /** {@code today}: the day a line without {@code received} was received on (Beijing). */
  public static void route(GatewayConfig cfg, InputStream in, OutputStream out, LocalDate today) throws IOException {
    Gazetteer g = Gazetteer.bundled();
    Router router = Router.bundled(g, cfg.routing());
    each(in, out, line -> proposalJson(line.path("id").asText(null),
        router.propose(routingCase(g, line, today), priors(line))));
  }

  interface LineWork {
    ObjectNode apply(JsonNode line) throws Exception;
  }

  private static void each(InputStream in, OutputStream out, LineWork work) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = null;
      try {
        node = JSON.readTree(line);
        p.println(JSON.writeValueAsString(work.apply(node)));
      } catch (Exception e) {
        ObjectNode err = JSON.createObjectNode();
        err.put("id", node == null ? null : node.path("id").asText(null));
        err.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        p.println(JSON.writeValueAsString(err));
      }
    }
    p.flush();
  }

  static RoutingCase routingCase(Gazetteer g, JsonNode c, LocalDate today) {
    String province = text(c, "province");
    String city = text(c, "city");
    String county = text(c, "county");
    boolean ambiguous = c.path("ambiguousPlace").asBoolean(false);
    Place place = null;
    boolean mentioned = province != null || city != null || county != null;
    if (ambiguous) {
      place = new Place(null, null, county, null, true, null);
    } else if (mentioned) {
      String named = (province == null ? "" : province) + (city == null || city.equals(province) ? "" : city)
          + (county == null ? "" : county);
      place = g.resolve(named).orElse(null);
    }
    List<String> kinds = new ArrayList<>();
    c.path("kinds").forEach(k -> kinds.add(k.asText()));
    String text = String.join("", Optional.ofNullable(text(c, "text")).orElse(""),
        Optional.ofNullable(text(c, "facts")).orElse(""), Optional.ofNullable(text(c, "request")).orElse(""));
    return new RoutingCase(text(c, "channel"), place, mentioned, text(c, "category"),
        c.hasNonNull("subtype") ? c.get("subtype").asInt() : null, text(c, "accused"), text(c, "matter"),
        text(c, "referral"), c.path("urgent").asBoolean(false), text(c, "polluter"), text(c, "phone"),
        kinds.isEmpty() ? null : kinds.get(0), text,
        c.hasNonNull("received") ? LocalDate.parse(c.get("received").asText()) : today);
  }

  static List<PriorCase> priors(JsonNode c) {
    List<PriorCase> out = new ArrayList<>();
    for (JsonNode p : c.path("priorCases")) {
      out.add(new PriorCase(text(p, "caseNumber"), text(p, "phone"), text(p, "polluter"), text(p, "placeCode"),
          text(p, "kind"), p.path("open").asBoolean(true), p.path("accepted").asBoolean(false),
          p.hasNonNull("handledAt") ? Department.Level.valueOf(p.get("handledAt").asText().toUpperCase()) : null,
          p.path("finalAfterReReview").asBoolean(false),
          p.hasNonNull("received") ? LocalDate.parse(p.get("received").asText()) : null));
    }
    return out;
  }

  static ObjectNode proposalJson(String id, Proposal p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("decision", p.decision().name().toLowerCase());
    Department d = p.department();
    o.put("departmentCode", d == null ? null : d.code());
    o.put("departmentName", d == null ? null : d.printableName().orElse(d.name()));
    o.put("level", d == null ? null : d.level().name().toLowerCase());
    o.put("referral", p.referral());
    o.put("reason", p.reasonZh());
    o.put("reasonEn", p.reasonEn());
    ArrayNode articles = o.putArray("articles");
    p.articles().forEach(articles::add);
    o.put("reportRequired", p.reportRequired());
    if (p.reportDays() == null) {
      o.putNull("reportDays");
    } else {
      o.put("reportDays", p.reportDays());
    }
    ArrayNode notify = o.putArray("alsoNotify");
    p.alsoNotify().forEach(notify::add);
    ArrayNode excluded = o.putArray("excluded");
    p.excluded().forEach(excluded::add);
    o.put("duplicateOf", p.duplicateOf());
    o.put("hotspot", p.hotspot());
    return o;
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }
}
