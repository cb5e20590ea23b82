package org.ecopetition.gateway.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.Place;
import org.ecopetition.gateway.routing.Proposal.Decision;

/**
 * The proposed disposition of a matter (属地管理、分级负责，谁主管、谁负责), pure: from the case, its channel
 * and the petitioner's earlier cases to one decision with its reason and articles. Rules apply in this
 * order: an accusation goes above the accused unit; litigation is for the courts; a matter concluded by
 * re-review is not accepted again; a matter outside the environment system is referred; without a clear
 * place the dialog must ask; then duplicates, visits that skip levels, and the deployment's own level.
 */
public final class Router {
  private static final Pattern ENV_UNIT = Pattern.compile("生态环境|环保|环境保护|环境局|环境监察|环境执法");
  /** An eco-environment department as a party (not a firm with 环保 in its name: 环保科技有限公司). */
  private static final Pattern ENV_BUREAU = Pattern.compile(
      "(生态环境|环境保护|环保)(厅|局|分局|部)|环境(监察|执法|监测)(支队|大队|站|中心|局)");
  /**
   * An official of a township, a town, a street office or a village (镇长, 村支书, 街道办的干部, 乡环保员, a village head):
   * no unit of the department directory, so no accused unit the visibility rule could bar.
   */
  private static final Pattern LOCAL_OFFICIAL = Pattern.compile(
      "(?:镇|乡|村|街道|社区|嘎查|苏木)(?:里|上|办)?的?(?:党委|政府|干部|书记|支书|主任|长|委员|环保员|环保所|网格员|工作人员|领导|官员|"
          + "办事处|两委|委会|委|会计|支部)|街道办|(?i:(?:township|town|village|street office)(?: government)?(?:'s)? "
          + "(?:officials?|head|chief|leaders?|cadres?|secretary|party secretary|mayor))");
  private static final Pattern DISCIPLINE = Pattern.compile("受贿|行贿|利益输送|腐败|收钱|收了钱|索贿|包庇|保护伞|吃拿卡要|徇私|渎职|失职|违纪");

  private final DepartmentDirectory directory;
  private final Gazetteer gazetteer;
  private final RoutingRules rules;
  private final RoutingPolicy policy;
  private final Department own;
  private final Branches branches;

  public Router(DepartmentDirectory directory, Gazetteer gazetteer, RoutingRules rules, RoutingPolicy policy) {
    this.directory = directory;
    this.gazetteer = gazetteer;
    this.rules = rules;
    this.policy = policy;
    this.branches = new Branches(directory, gazetteer);
    this.own = directory.byCode(policy.divisionCode() == null ? "" : policy.divisionCode())
        .orElseThrow(() -> new IllegalArgumentException("no department serves division " + policy.divisionCode()));
    policy.level();
  }

  public int hotspotDays() {
    return policy.hotspotDays();
  }

  /** How many cases about one polluter, or one place and kind, within {@link #hotspotDays} make a hotspot (Art 34). */
  public int hotspotCases() {
    return policy.hotspotCases();
  }

  /** The router of a deployment, from the tables packed in the jar and the routing configuration. */
  public static Router bundled(Gazetteer gazetteer, org.ecopetition.gateway.config.GatewayConfig.Routing cfg) {
    return new Router(DepartmentDirectory.bundled(gazetteer), gazetteer, RoutingRules.bundled(),
        new RoutingPolicy(cfg.divisionCode(), cfg.hotspotCases(), cfg.hotspotDays(), cfg.reportDaysUrgent(),
            cfg.reportDaysHotspot()));
  }

  /** The department directory routing proposes from. */
  public DepartmentDirectory directory() {
    return directory;
  }

  /** This deployment's own department (本级). */
  public Department own() {
    return own;
  }

  public Proposal propose(RoutingCase c, List<PriorCase> priors) {
    // The new case's polluter without whitespace, once: every earlier case is compared with it.
    String polluter = stripped(c.polluter());
    boolean hotspot = hotspot(c, polluter, priors);
    if ("检举控告".equals(c.category())) {
      Optional<Proposal> accusation = accusation(c, hotspot);
      if (accusation.isPresent()) {
        return accusation.get();
      }
    }
    if ("litigation".equals(c.matter()) || "procuratorial".equals(c.matter())
        || "法院".equals(c.referralHint()) || "检察院".equals(c.referralHint())) {
      RoutingRules.Referral r = rules.referral(c.matter() == null ? "litigation" : c.matter(), code(c.place()))
          .or(() -> rules.referralTo(c.referralHint())).orElseThrow();
      return proposal(Decision.NOT_ACCEPTED, null, r.organ(),
          "属于审判、检察机关管辖的事项，不予受理，请向" + organZh(r.organ()) + "提出：" + r.whyZh(),
          "A matter for the courts or procuratorates is not accepted; please turn to " + r.organ() + ": " + r.whyEn(),
          List.of("第十八条第三项", "第二十一条"), hotspot);
    }
    Optional<PriorCase> concluded = priors.stream().filter(p -> !p.open() && p.finalAfterReReview() && same(c, polluter, p)).findFirst();
    if (concluded.isPresent()) {
      return withDuplicate(proposal(Decision.NOT_ACCEPTED, null, null,
          "该事项已经复核终结（案件" + concluded.get().caseNumber() + "），以同一事实和理由提出的，不再受理。",
          "This matter was concluded by re-review (case " + concluded.get().caseNumber()
              + "); the same facts and reasons are not accepted again.",
          List.of("第三十一条"), hotspot), concluded.get().caseNumber());
    }
    Optional<RoutingRules.Referral> referral = rules.referral(c.matter(), code(c.place()))
        .or(() -> c.matter() == null && c.referralHint() != null ? rules.referralTo(c.referralHint()) : Optional.empty());
    if (referral.isPresent()) {
      RoutingRules.Referral r = referral.get();
      return proposal(Decision.REFER, null, r.organ(),
          "不属于生态环境部门职责，请向" + organZh(r.organ()) + "反映：" + r.whyZh(),
          "This is not for the eco-environment authorities; please turn to " + r.organ() + ": " + r.whyEn(),
          List.of("第十七条第一款第三项"), hotspot);
    }
    if (c.place() == null || c.place().ambiguous() || directory.competentFor(c.place()).isEmpty()) {
      String zh = c.place() != null && c.place().ambiguous()
          ? "有多个地方叫“" + sharedName(c.place()) + "”，需要问清是哪个市、哪个区县的。"
          : c.placeMentioned() ? "没能识别问题发生地（地名可能有误或已撤销），需要问清省、市、区县。" : "没有说明问题发生地，需要问清省、市、区县。";
      String en = c.place() != null && c.place().ambiguous()
          ? "Several places are called " + sharedName(c.place()) + "; the city and the county must be asked."
          : c.placeMentioned() ? "The place could not be recognised (misspelt or abolished); ask for province, city and county."
              : "No place was given; ask for province, city and county.";
      return proposal(Decision.MORE_INFO, null, null, zh, en, List.of("第十四条"), hotspot);
    }
    Department competent = directory.competentFor(c.place()).orElseThrow();
    List<String> notify = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    Optional<String> special = rules.specialMatter(c.matter());
    Optional<String> water = rules.crossProvinceWater(c.text());
    if (special.filter("national"::equals).isPresent()) {
      competent = directory.ministry();
    } else if (water.isPresent()) {
      Department province = provinceOf(competent);
      if (!province.code().equals(competent.code())) {
        competent = province;
      }
      notify.add(directory.ministry().code());
    }
    if (c.urgent()) {
      directory.parent(competent).filter(p -> !notify.contains(p.code())).ifPresent(p -> notify.add(p.code()));
      articles.add("第十九条");
    }
    Department target = competent;
    if ("申诉求决".equals(c.category())) {
      Optional<Proposal> reported = againstTheBureau(c, target, notify, hotspot);
      if (reported.isPresent()) {
        return reported.get();
      }
    }
    Optional<PriorCase> open = priors.stream().filter(p -> p.open() && same(c, polluter, p)).findFirst();
    if (open.isPresent()) {
      PriorCase p = open.get();
      if (p.accepted() && p.handledAt() != null && p.handledAt().ordinal() > own.level().ordinal()) {
        return withDuplicate(proposal(Decision.NOT_ACCEPTED, target, null,
            "同一事项已由下级部门受理或正在办理（案件" + p.caseNumber() + "），在办理期限内向上级提出的，不予受理；请关注原案件办理进展。",
            "The same matter is already accepted or being handled below (case " + p.caseNumber()
                + "); raised again at a higher level within the time limit it is not accepted. Please follow the first case.",
            List.of("第十八条第一项"), hotspot), p.caseNumber());
      }
      return withDuplicate(proposal(Decision.REPEAT, target, null,
          "与您此前反映的事项（案件" + p.caseNumber() + "）相同，已登记并关联原案件；请凭原案件编号和查询码关注办理进展。",
          "This is the same as your earlier matter (case " + p.caseNumber()
              + "); it is registered and linked to it. Please follow the first case with its number and query code.",
          List.of("第十七条", "第十八条第一项"), hotspot), p.caseNumber());
    }
    if (RoutingCase.VISIT.equals(c.channel()) && "申诉求决".equals(c.category())
        && own.level().ordinal() + 1 < target.level().ordinal() && directory.within(target, own)) {
      Department upper = directory.parent(target).orElse(target);
      return proposal(Decision.NOT_ACCEPTED, target, null,
          "走访提出申诉求决类事项，应当到有权处理的" + target.name() + "或其上一级" + upper.name() + "提出，跨越层级的不予受理。",
          "An appeal brought by visit must go to the competent " + target.name() + " or the level above ("
              + upper.name() + "); one that skips levels is not accepted.",
          List.of("第十五条", "第十八条第二项"), hotspot);
    }
    if (target.code().equals(own.code())) {
      articles.add(0, "第十七条第一款第一项");
      return new Proposal(Decision.ACCEPT, target, null,
          "属于本级（" + own.name() + "）职责范围，受理并告知处理途径和程序。",
          "Within this department's (" + own.name() + ") powers: to be accepted, telling the petitioner how it will be handled.",
          articles, false, null, notify, List.of(), null, hotspot);
    }
    if (directory.within(target, own)) {
      articles.add(0, "第十七条第一款第二项");
      boolean report = c.urgent() || hotspot;
      Integer days = report ? (c.urgent() ? policy.reportDaysUrgent() : policy.reportDaysHotspot()) : null;
      if (report) {
        articles.add("第十七条第一款第四项");
      }
      return new Proposal(Decision.TRANSFER, target, null,
          "按照属地管理、分级负责的原则，转送、交办" + target.name() + "办理，并告知信访人去向"
              + (report ? "；要求在" + days + "日内反馈办理结果、提交办结报告" : "") + "。",
          "By 属地管理、分级负责, to be transferred to " + target.name() + ", telling the petitioner where"
              + (report ? "; a result report is required within " + days + " days" : "") + ".",
          articles, report, days, notify, List.of(), null, hotspot);
    }
    articles.add(0, "第十七条第一款第三项");
    return new Proposal(Decision.TELL_COMPETENT, target, null,
        "不属于本级（" + own.name() + "）职责范围，应告知信访人向有权处理的" + target.name() + "提出。",
        "Not within this department's (" + own.name() + ") powers: the petitioner is told to turn to " + target.name() + ".",
        articles, false, null, notify, List.of(), null, hotspot);
  }

  /**
   * What the one raising matter {@code c} may be told of its routing ({@code full}: {@link #propose} of it), and what
   * is decided at once by what they are told (acceptance at registration). An earlier case is called theirs by a
   * phone, and a phone typed in a chat is not verified: anybody, the reported works included, could type a suspected
   * petitioner's phone and learn whether it reported them, and the case's number. So an earlier case counts as theirs
   * here only when it came from the same conversation ({@link PriorCase#sameSource}); otherwise this is the proposal
   * any other phone would get. Staff still read {@code full}, the repeat with it.
   */
  public Proposal told(RoutingCase c, List<PriorCase> priors, Proposal full) {
    if (full.duplicateOf() == null) {
      return full; // no earlier case was called theirs: nothing to hide
    }
    return propose(c, priors.stream().map(p -> p.sameSource() ? p : p.phoneUnknown()).toList());
  }

  /** Art 23: never to the accused unit; to the level above it, and discipline to 纪检监察. */
  private Optional<Proposal> accusation(RoutingCase c, boolean hotspot) {
    String about = c.accused() != null ? c.accused() : c.text();
    boolean discipline = DISCIPLINE.matcher(about == null ? "" : about).find()
        || c.text() != null && DISCIPLINE.matcher(c.text()).find();
    List<Department> accused = accusedUnits(c, about);
    if (accused.isEmpty()) {
      accused = localOfficials(c, about);
    }
    if (accused.isEmpty()) {
      if (discipline) {
        RoutingRules.Referral r = rules.referral("discipline", code(c.place())).orElseThrow();
        return Optional.of(proposal(Decision.REFER, null, r.organ(),
            "检举控告的是公职人员违纪违法问题，请向" + organZh(r.organ()) + "提出：" + r.whyZh(),
            "The accusation concerns breaches by public officials; please turn to " + r.organ() + ": " + r.whyEn(),
            List.of("第二十三条", "第十七条第一款第三项"), hotspot));
      }
      return Optional.empty();
    }
    Department unit = Branches.highest(accused);
    List<String> excluded = codes(accused);
    Optional<Department> above = directory.parent(unit);
    if (above.isEmpty()) {
      RoutingRules.Referral r = rules.referral("discipline", code(c.place())).orElseThrow();
      return Optional.of(new Proposal(Decision.REFER, null, r.organ(),
          "检举控告" + unit.name() + "工作人员，应向" + organZh(r.organ()) + "提出。",
          "An accusation against staff of " + unit.name() + " goes to " + r.organ() + ".",
          List.of("第二十三条"), false, null, List.of(), excluded, null, hotspot));
    }
    String names = names(accused);
    return Optional.of(new Proposal(Decision.ESCALATE, above.get(), discipline ? "纪检监察" : null,
        "检举控告" + names + "工作人员，由其上一级" + above.get().name() + "办理，不得转给被检举的单位和人员"
            + (discipline ? "；涉及违纪违法问题的，同时告知信访人可向纪检监察机关提出" : "") + "。",
        "An accusation against staff of " + names + " is handled by the level above, " + above.get().name()
            + ", and never passed to the accused unit" + (discipline ? "; breaches of discipline also go to the discipline inspection organ" : "") + ".",
        List.of("第二十三条"), false, null, List.of(), excluded, null, hotspot));
  }

  private static List<String> codes(List<Department> units) {
    return units.stream().map(Department::code).distinct().sorted().toList();
  }

  private static String names(List<Department> units) {
    return String.join("、", units.stream().map(Department::name).distinct().toList());
  }

  /**
   * An appeal or demand (申诉求决) whose reported party is an eco-environment department, when the competent department
   * is that department or one under it: never transferred there — without the petitioner's consent their details never
   * reach the party complained of (Art 24(2), and Art 23(2)'s rule for accusations) — but handled by the level above
   * it, which Art 18(2) names as a competent level for an appeal (有权处理的本级和上一级). The unit is kept as excluded,
   * so that no later transfer sends it there either.
   */
  private Optional<Proposal> againstTheBureau(RoutingCase c, Department target, List<String> notify, boolean hotspot) {
    List<Department> reported = reportedBureaus(c);
    if (reported.isEmpty() || !directory.within(target, Branches.highest(reported))) {
      return Optional.empty();
    }
    Department unit = Branches.highest(reported);
    Optional<Department> above = directory.parent(unit);
    if (above.isEmpty()) {
      return Optional.empty(); // the ministry itself: no eco-environment department above it to send it to
    }
    String names = names(reported);
    return Optional.of(new Proposal(Decision.ESCALATE, above.get(), null,
        "申诉求决事项的被投诉方是" + names + "，由其上一级" + above.get().name()
            + "办理，不得转送、交办给被投诉的单位；未经信访人允许，不得将信访人信息透露给被投诉对象。",
        "The appeal complains of " + names + " itself: handled by the level above, " + above.get().name()
            + ", never transferred to the unit complained of; the petitioner's details never reach it without consent.",
        List.of("第二十四条第二款", "第十八条第二项"), false, null, notify, codes(reported), null, hotspot));
  }

  /**
   * The eco-environment departments an appeal names as the party it complains of (its polluter or accused), if any: a
   * county branch as written ({@link Branches}; both the branch and its city where the text leaves which unsure).
   */
  private List<Department> reportedBureaus(RoutingCase c) {
    for (String about : java.util.Arrays.asList(c.polluter(), c.accused())) {
      if (about == null) {
        continue;
      }
      if (branches.named(about)) {
        List<Department> units = branches.units(about, c.place());
        if (!units.isEmpty()) {
          return units;
        }
      }
      if (!ENV_BUREAU.matcher(about).find()) {
        continue;
      }
      List<Department> several = branches.bureausInFull(about);
      if (several.size() > 1) {
        return several;
      }
      return unitNamed(c, about).map(List::of).orElse(List.of());
    }
    return List.of();
  }

  /**
   * An accusation against a township's or a village's official (correction 1, Art 23): the township is no unit of the
   * department directory, yet the department competent for its place (the county's) works beside its officials every
   * day. It is barred as the accused unit would be, and the accusation stays at the level above until staff confirm
   * the accused unit. Empty when no such official is named or the place is not known.
   */
  private List<Department> localOfficials(RoutingCase c, String about) {
    boolean named = about != null && LOCAL_OFFICIAL.matcher(about).find()
        || c.accused() != null && c.text() != null && LOCAL_OFFICIAL.matcher(c.text()).find();
    if (!named || c.place() == null) {
      return List.of();
    }
    return directory.competentFor(c.place()).map(List::of).orElse(List.of());
  }

  /** The eco-environment departments whose staff are accused, if the accusation names one (a branch as written). */
  private List<Department> accusedUnits(RoutingCase c, String about) {
    if (about == null) {
      return List.of();
    }
    if (branches.named(about)) {
      List<Department> units = branches.units(about, c.place());
      if (!units.isEmpty()) {
        return units;
      }
    }
    if (!ENV_UNIT.matcher(about).find()) {
      return List.of();
    }
    List<Department> several = branches.bureausInFull(about);
    if (several.size() > 1) {
      return several; // two bureaus named in full ("江宁区生态环境局和溧水区生态环境局"): each barred
    }
    return unitNamed(c, about).map(List::of).orElse(List.of());
  }

  /** The department a text names by its division, else the one competent for the case's place. */
  private Optional<Department> unitNamed(RoutingCase c, String about) {
    Optional<Place> named = gazetteer.resolve(about).filter(p -> !p.ambiguous());
    if (named.isPresent() && named.get().code() != null) {
      return directory.byCode(named.get().code()).or(() -> directory.competentFor(named.get()));
    }
    return c.place() == null ? Optional.empty() : directory.competentFor(c.place());
  }

  private Department provinceOf(Department d) {
    Department x = d;
    while (x.level().ordinal() > Department.Level.PROVINCE.ordinal()) {
      x = directory.parent(x).orElseThrow();
    }
    return x;
  }

  /** Art 34: N cases about one polluter or one place and kind within M days ({@code polluter}: {@link #stripped}). */
  private boolean hotspot(RoutingCase c, String polluter, List<PriorCase> priors) {
    // Without the day of receipt every earlier case counts: the router never reads a clock of its own.
    LocalDate since = c.received() == null ? null : c.received().minusDays(policy.hotspotDays());
    long n = priors.stream().filter(p -> since == null || p.received() == null || !p.received().isBefore(since))
        .filter(p -> samePolluter(polluter, p.polluter()) || samePlaceAndKind(c, p)).count();
    return n + 1 >= policy.hotspotCases();
  }

  /**
   * The same matter from the same petitioner: same phone, and the same polluter or place and kind. The phone is asked
   * last, and only of a case that is otherwise the same matter (a store may have to open it).
   */
  private static boolean same(RoutingCase c, String polluter, PriorCase p) {
    return c.phone() != null && (samePolluter(polluter, p.polluter()) || samePlaceAndKind(c, p))
        && p.samePhoneAs(c.phone());
  }

  /**
   * Whether two polluters name the same one: without whitespace, at least three characters each, one within the other
   * ({@code x}: the new case's, already {@link #stripped}).
   */
  private static boolean samePolluter(String x, String b) {
    if (x == null || b == null) {
      return false;
    }
    String y = stripped(b);
    return x.length() >= 3 && y.length() >= 3 && (x.contains(y) || y.contains(x));
  }

  /**
   * {@code s} without the whitespace {@code \s} matches ({@code [ \t\n\x0B\f\r]}), by hand: a polluter
   * without any (nearly all) is returned as it is, without the regular expression's matcher and copy per earlier case.
   */
  public static String stripped(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !space(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!space(ch)) {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /** The characters of {@code \s} without UNICODE_CHARACTER_CLASS. */
  static boolean space(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == 0x0B || ch == '\f' || ch == '\r';
  }

  private static boolean samePlaceAndKind(RoutingCase c, PriorCase p) {
    return c.place() != null && c.place().code() != null && c.place().code().equals(p.placeCode())
        && c.kind() != null && c.kind().equals(p.kind());
  }

  private static String code(Place p) {
    return p == null ? null : p.code();
  }

  /** What an ambiguous place is called: a county several cities have, or a town several counties have (城关镇). */
  private static String sharedName(Place p) {
    return p.county() != null ? p.county() : p.town() != null ? p.town() : "";
  }

  private static String organZh(String organ) {
    return switch (organ) {
      case "公安" -> "公安机关";
      case "法院" -> "人民法院";
      case "检察院" -> "人民检察院";
      case "纪检监察" -> "纪检监察机关";
      case "城管" -> "城市管理部门";
      case "住建" -> "住房和城乡建设部门";
      default -> organ + "部门";
    };
  }

  private static Proposal proposal(Decision d, Department dept, String referral, String zh, String en,
      List<String> articles, boolean hotspot) {
    return new Proposal(d, dept, referral, zh, en, articles, false, null, List.of(), List.of(), null, hotspot);
  }

  private static Proposal withDuplicate(Proposal p, String caseNumber) {
    return new Proposal(p.decision(), p.department(), p.referral(), p.reasonZh(), p.reasonEn(), p.articles(),
        p.reportRequired(), p.reportDays(), p.alsoNotify(), p.excluded(), caseNumber, p.hotspot());
  }
}
