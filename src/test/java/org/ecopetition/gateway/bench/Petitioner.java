package org.ecopetition.gateway.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A petitioner for benchmarks and seeding who answers whatever the dialog asks, reading only what a person
 * reads: the text of the bot's last reply and its buttons. Nothing here knows the dialog files, so the walk
 * keeps working when dialogs change: a question is answered by what it asks for (place, time, who, how many,
 * what request, name, address, phone, case number, query code), a button by preference (the complaint path,
 * "yes" to a check, named or anonymous at random, confirm), anything else with a plain answer. Each intake
 * starts with a free-text report (through the extractor) and corrects one item of the summary ("修改 …")
 * before confirming; after the receipt the petitioner queries the case's status, then reports again.
 * A question asked three times running counts as stuck and the petitioner starts over.
 */
public final class Petitioner {
  public record Button(String label, String value) {}

  public record Reply(String text, List<Button> buttons) {}

  /** What a turn was, for the benchmark's mix. */
  public enum Kind { REPORT, ANSWER, BUTTON, CORRECTION, CONFIRM, COMMAND }

  public record Say(String text, Kind kind) {}

  public record Receipt(String caseNumber, String queryCode) {}

  private enum Task { NEW_REPORT, INTAKE, STATUS }

  static final Pattern CASE = Pattern.compile("HB\\d{13}");
  static final Pattern CODE = Pattern.compile("(?:查询码|[Qq]uery code)[：:]\\s*([23456789A-HJ-NP-Z]{8})");
  private static final Pattern SUMMARY_LINE = Pattern.compile("(?m)^\\s*([^：:\\n]{1,12})[：:]");

  private static final String[] REPORTS = {
      "村口的电镀厂每天夜里往河里排黄色的废水，水都发黑了，河里还有死鱼，已经一个多月了，请尽快查处。",
      "我家楼下的烧烤店油烟很大，每天晚上从六点到凌晨一直排，窗户都不敢开，希望管一管。",
      "工地晚上十一点以后还在打桩施工，噪声很大，附近小区的老人孩子都睡不着觉。",
      "镇上的化工厂最近半个月经常在夜里排放刺鼻的气体，闻了头晕恶心，周围几个村都能闻到。",
      "江苏省南京市江宁区秣陵街道有人在河边倾倒建筑垃圾和生活垃圾，已经堆成小山了。",
      "小区旁边的养殖场粪便直接排进水渠，臭味很大，水渠的水都变绿了，请环保部门来看看。",
      "浙江省杭州市萧山区的一家印染厂把污水偷偷排到附近的农田里，庄稼都枯死了。",
      "我们村后山有人非法开采石头，山体被挖得乱七八糟，还砍了很多树。",
      "建议在我们街道多设几个垃圾分类回收点，现在居民扔垃圾很不方便。",
      "广东省广州市天河区某商场的空调外机噪声很大，日夜不停，已经影响了好几栋楼的居民。",
      "附近的砖厂烟囱冒黑烟，周围的车上、窗台上每天都落一层灰，已经好几年了。",
      "河道上游的造纸厂排放的废水有很重的异味，下游的村民不敢用河水浇地。"};
  private static final String[] PLACES = {"江苏省南京市江宁区秣陵街道", "浙江省杭州市萧山区城厢街道",
      "广东省广州市天河区石牌街道", "四川省成都市武侯区", "山东省济南市历下区"};
  private static final String[] REQUESTS = {"请尽快查处，让他们停止排放", "请依法处理并公开处理结果",
      "希望尽快整改，恢复原状"};

  private final Random random;
  private Task task = Task.NEW_REPORT;
  private String lastQuestion = "";
  private int repeats;
  private boolean corrected;
  private String correcting;
  private Receipt receipt;
  private final List<Receipt> receipts = new ArrayList<>();
  private int stuck;
  private int statusAnswers;
  private final boolean statusAfterReceipt;

  public Petitioner(long seed) {
    this(seed, true);
  }

  /** {@code statusAfterReceipt}: query the new case's status before reporting again. */
  public Petitioner(long seed, boolean statusAfterReceipt) {
    this.random = new Random(seed);
    this.statusAfterReceipt = statusAfterReceipt;
  }

  /** Every receipt received so far (case number and the query code shown once). */
  public List<Receipt> receipts() {
    return receipts;
  }

  /** Times a question came three times running and the petitioner started over. */
  public int stuck() {
    return stuck;
  }

  /** Status answers that named the queried case. */
  public int statusAnswers() {
    return statusAnswers;
  }

  /** The next message, given the bot's replies to the last one (the greeting before the first). */
  public Say next(List<Reply> replies) {
    String all = String.join("\n", replies.stream().map(Reply::text).toList());
    Reply last = replies.isEmpty() ? new Reply("", List.of()) : replies.get(replies.size() - 1);
    Matcher caseNumber = CASE.matcher(all);
    Matcher code = CODE.matcher(all);
    if (task == Task.INTAKE && caseNumber.find() && code.find()) {
      receipt = new Receipt(caseNumber.group(), code.group(1));
      receipts.add(receipt);
      corrected = false;
      lastQuestion = "";
      if (statusAfterReceipt) {
        task = Task.STATUS;
        return new Say("查询进度", Kind.COMMAND);
      }
      task = Task.NEW_REPORT;
      return new Say("新的反映", Kind.COMMAND);
    }
    // The status answer names the case; it may end with buttons for what comes next, which ask nothing of it.
    if (task == Task.STATUS && receipt != null && all.contains(receipt.caseNumber())
        && (!asks(last) || last.text().contains(receipt.caseNumber()) && !last.text().contains("请输入"))) {
      statusAnswers++;
      task = Task.NEW_REPORT;
      return new Say("新的反映", Kind.COMMAND);
    }
    String q = last.text();
    repeats = q.equals(lastQuestion) ? repeats + 1 : 0;
    lastQuestion = q;
    if (repeats >= 2) {
      stuck++;
      repeats = 0;
      lastQuestion = "";
      task = Task.NEW_REPORT;
      corrected = false;
      return new Say("新的反映", Kind.COMMAND);
    }
    if (task == Task.NEW_REPORT) {
      task = Task.INTAKE;
      return new Say(REPORTS[random.nextInt(REPORTS.length)], Kind.REPORT);
    }
    List<String> labels = summaryLabels(q);
    Button confirm = button(last, "确认", "提交", "Submit", "Confirm");
    if (labels.size() >= 3 && (confirm != null || q.contains("修改"))) {
      if (!corrected) {
        corrected = true;
        String label = labels.stream().filter(l -> l.contains("诉求")).findFirst()
            .orElse(labels.get(random.nextInt(labels.size())));
        correcting = label;
        return new Say("修改 " + label, Kind.CORRECTION);
      }
      return new Say(confirm != null ? confirm.value() : "确认提交", Kind.CONFIRM);
    }
    if (q.contains("修改哪") && correcting != null) {
      return new Say(correcting, Kind.ANSWER);
    }
    if (!last.buttons().isEmpty()) {
      return new Say(choose(q, last.buttons()).value(), Kind.BUTTON);
    }
    return new Say(answer(q), Kind.ANSWER);
  }

  private static boolean asks(Reply r) {
    return !r.buttons().isEmpty() || r.text().contains("请输入") || r.text().endsWith("？") || r.text().endsWith("?");
  }

  private static List<String> summaryLabels(String text) {
    List<String> labels = new ArrayList<>();
    Matcher m = SUMMARY_LINE.matcher(text);
    while (m.find()) {
      labels.add(m.group(1).strip());
    }
    return labels;
  }

  private static Button button(Reply r, String... words) {
    for (String w : words) {
      for (Button b : r.buttons()) {
        if (b.label().contains(w)) {
          return b;
        }
      }
    }
    return null;
  }

  private Button choose(String q, List<Button> buttons) {
    Reply r = new Reply(q, buttons);
    Button pick;
    if (q.contains("对吗") || q.contains("是否正确")) {
      pick = button(r, "是", "对", "正确");
    } else if (q.contains("匿名") || q.contains("姓名")) {
      pick = random.nextInt(10) < 3 ? button(r, "匿名") : button(r, "实名");
    } else if (q.contains("透露")) {
      pick = button(r, "不同意", "不");
    } else if (q.contains("继续")) {
      pick = button(r, "继续", "是");
    } else {
      pick = button(r, "投诉", "诉求", "确认", "是");
    }
    return pick != null ? pick : buttons.get(0);
  }

  /** A free-text answer by what the question asks, the most specific first. */
  private String answer(String q) {
    if (q.contains("案件编号") && receipt != null) {
      return receipt.caseNumber();
    }
    if (q.contains("查询码") && receipt != null) {
      return receipt.queryCode();
    }
    if (q.contains("电话") || q.contains("手机")) {
      return "139" + String.format("%08d", random.nextInt(100_000_000));
    }
    if (q.contains("姓名") || q.contains("名字")) {
      return "测试者" + (char) ('甲' + random.nextInt(10));
    }
    if (q.contains("住址") || q.contains("地址")) {
      return PLACES[random.nextInt(PLACES.length)] + "幸福小区" + (1 + random.nextInt(30)) + "栋";
    }
    if (q.contains("哪里") || q.contains("地点") || q.contains("位置") || q.contains("哪个市") || q.contains("省、市")) {
      return PLACES[random.nextInt(PLACES.length)];
    }
    if (q.contains("什么时候") || q.contains("日期") || q.contains("开始")) {
      return "上个月";
    }
    if (q.contains("多少人") || q.contains("人数")) {
      return String.valueOf(1 + random.nextInt(200));
    }
    if (q.contains("检举") || q.contains("工作人员")) {
      return "镇环保所的一名工作人员收了企业的好处，对偷排视而不见";
    }
    if (q.contains("谁造成") || q.contains("单位") || q.contains("工厂") || q.contains("店铺")) {
      return "村口的化工厂";
    }
    if (q.contains("怎样处理") || q.contains("诉求") || q.contains("建议") || q.contains("希望")) {
      return REQUESTS[random.nextInt(REQUESTS.length)];
    }
    if (q.contains("发生了什么") || q.contains("描述") || q.contains("情况")) {
      return REPORTS[random.nextInt(REPORTS.length)];
    }
    return "不清楚";
  }
}
