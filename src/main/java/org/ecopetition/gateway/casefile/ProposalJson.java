package org.ecopetition.gateway.casefile;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.ecopetition.gateway.routing.Department;
import org.ecopetition.gateway.routing.Proposal;

/** A routing proposal as it is kept on the case (jsonb), for staff to confirm or change. */
public final class ProposalJson {
  private ProposalJson() {}

  public static JsonObject of(Proposal p) {
    Department d = p.department();
    return new JsonObject()
        .put("decision", p.decision().name().toLowerCase())
        .put("departmentCode", d == null ? null : d.code())
        .put("departmentName", d == null ? null : d.printableName().orElse(d.name()))
        .put("level", d == null ? null : d.level().name().toLowerCase())
        .put("referral", p.referral())
        .put("reason", p.reasonZh())
        .put("reasonEn", p.reasonEn())
        .put("articles", new JsonArray(p.articles()))
        .put("reportRequired", p.reportRequired())
        .put("reportDays", p.reportDays())
        .put("alsoNotify", new JsonArray(p.alsoNotify()))
        .put("excluded", new JsonArray(p.excluded()))
        .put("duplicateOf", p.duplicateOf())
        .put("hotspot", p.hotspot());
  }
}
