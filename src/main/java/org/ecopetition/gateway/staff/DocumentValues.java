package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a document, from a case and the recorded act it reports. */
final class DocumentValues {
  private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private DocumentValues() {}

  static Map<String, String> of(JsonObject d, String title) {
    JsonObject detail = StaffRouter.detailOf(d);
    Map<String, String> v = new LinkedHashMap<>();
    v.put("title", title);
    v.put("caseNumber", d.getString("case_number"));
    v.put("petitioner", Boolean.TRUE.equals(d.getBoolean("anonymous")) || d.getString("petitioner_name") == null
        ? "信访人" : d.getString("petitioner_name"));
    v.put("receivedDate", date(d.getString("received_date")));
    String facts = d.getString("facts", "");
    v.put("summary", facts.length() > 60 ? facts.substring(0, 60) + "……" : facts);
    v.put("facts", facts);
    v.put("request", d.getString("request", ""));
    v.put("handlingDue", d.getString("handling_due") == null ? "法定期限内" : date(d.getString("handling_due")));
    v.put("department", d.getString("department"));
    v.put("reason", d.getString("reason", ""));
    v.put("article", d.getString("article", ""));
    v.put("opinion", d.getString("public_text", ""));
    v.put("basis", detail.getString("basis", ""));
    // 查明的事实: the department's findings, printed apart from what the petitioner said (Art 25).
    v.put("findings", detail.getString("findings", ""));
    v.put("issuer", detail.getString("by", d.getString("department", "")));
    String article = d.getString("article", "");
    v.put("remedy", switch (article) {
      case "第三十条" -> "如对本复查意见不服，可自收到之日起三十日内，向复查机关的上一级机关请求复核（《生态环境信访工作办法》第三十一条）。";
      case "第三十一条" -> "本复核意见为终结意见。信访人对复核意见不服，仍以同一事实和理由提出投诉请求的，各级生态环境部门不再受理（《生态环境信访工作办法》第三十一条第二款）。";
      default -> "如对本处理意见不服，可自收到本意见书之日起三十日内，向本机关的上一级机关请求复查（《生态环境信访工作办法》第三十条）。";
    });
    v.put("outcome", switch (detail.getString("outcome", "")) {
      case "support" -> "予以支持";
      case "explain" -> "作出解释说明";
      case "not_support" -> "不予支持";
      default -> "作出如上处理";
    });
    v.put("agreement", detail.getString("agreement", d.getString("public_text", "")));
    v.put("to", detail.getString("to", "有权处理的部门"));
    v.put("days", String.valueOf(detail.getValue("days", "")));
    String at = d.getString("event_at");
    v.put("date", at == null ? "" : ZH.format(OffsetDateTime.parse(at).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate()));
    return v;
  }

  private static String date(String iso) {
    return iso == null ? "" : ZH.format(LocalDate.parse(iso));
  }
}
