package org.ecopetition.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.Place;
import org.ecopetition.gateway.routing.Proposal.Decision;
import org.junit.jupiter.api.Test;

/** Each branch of the proposed disposition, with realistic cases, for a province, a city and the Ministry. */
class RouterTest {
  static final Gazetteer G = DepartmentDirectoryTest.G;
  static final DepartmentDirectory DIR = DepartmentDirectoryTest.DIR;
  static final RoutingRules RULES = RoutingRules.bundled();
  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  static Router router(String division) {
    return new Router(DIR, G, RULES, new RoutingPolicy(division, 3, 30, 15, 60));
  }

  static final Router JIANGSU = router("32");
  static final Router NANJING = router("3201");
  static final Router MINISTRY = router("");

  static Place place(String s) {
    return G.resolve(s).orElseThrow();
  }

  static RoutingCase complaint(String where, String text) {
    return new RoutingCase("webchat", where == null ? null : place(where), where != null, "申诉求决", 3, null,
        "industrial_wastewater", null, false, "某某化工有限公司", "13812345678", "water", text, TODAY);
  }

  static RoutingCase with(RoutingCase c, String channel, String matter, boolean urgent) {
    return new RoutingCase(channel, c.place(), c.placeMentioned(), c.category(), c.subtype(), c.accused(), matter,
        c.referralHint(), urgent, c.polluter(), c.phone(), c.kind(), c.text(), c.received());
  }

  @Test
  void ownJurisdictionIsAccepted() {
    Proposal p = NANJING.propose(complaint("南京市", "市区河道发黑发臭"), List.of());
    assertThat(p.decision()).isEqualTo(Decision.ACCEPT);
    assertThat(p.department().name()).isEqualTo("南京市生态环境局");
    assertThat(p.articles()).contains("第十七条第一款第一项");
    assertThat(p.reasonZh()).contains("受理");
    Proposal dongguan = router("4419").propose(complaint("广东省东莞市", "工厂排污"), List.of());
    assertThat(dongguan.decision()).isEqualTo(Decision.ACCEPT);
  }

  @Test
  void aLowerLevelsMatterIsTransferredAndAnUrgentOneNeedsAReport() {
    Proposal p = JIANGSU.propose(complaint("南京市江宁区秣陵街道", "化工厂偷排"), List.of());
    assertThat(p.decision()).isEqualTo(Decision.TRANSFER);
    assertThat(p.department().name()).isEqualTo("南京市生态环境局江宁区分局");
    assertThat(p.reportRequired()).isFalse();
    assertThat(p.reasonZh()).contains("属地管理").contains("转送");
    Proposal urgent = JIANGSU.propose(with(complaint("南京市江宁区", "大面积死鱼"), "webchat", "industrial_wastewater", true), List.of());
    assertThat(urgent.reportRequired()).isTrue();
    assertThat(urgent.reportDays()).isEqualTo(15);
    assertThat(urgent.alsoNotify()).containsExactly("3201");
    assertThat(urgent.articles()).contains("第十七条第一款第四项", "第十九条");
  }

  @Test
  void anotherRegionInsideTheSystemIsToldTheCompetentDepartment() {
    Proposal p = JIANGSU.propose(complaint("浙江省杭州市余杭区", "印染厂排污"), List.of());
    assertThat(p.decision()).isEqualTo(Decision.TELL_COMPETENT);
    assertThat(p.department().name()).isEqualTo("杭州市生态环境局余杭区分局");
    assertThat(p.reasonEn()).contains("杭州市生态环境局余杭区分局");
  }

  @Test
  void outsideTheSystemIsReferredWithRegionalOverrides() throws Exception {
    Proposal noise = JIANGSU.propose(with(complaint("南京市鼓楼区", "工地夜间施工"), "webchat", "construction_noise", false), List.of());
    assertThat(noise.decision()).isEqualTo(Decision.REFER);
    assertThat(noise.referral()).isEqualTo("住建");
    assertThat(noise.articles()).contains("第十七条第一款第三项");
    RoutingRules local = RoutingRules.load(
        RoutingRules.class.getResourceAsStream("/nlp-models/routing/referrals.tsv"),
        new ByteArrayInputStream("3201\tconstruction_noise\t城管\t南京市指定城管部门\tNanjing designates city management\n32\tcatering_fumes\t生态环境\t\t\n"
            .getBytes(StandardCharsets.UTF_8)),
        RoutingRules.class.getResourceAsStream("/nlp-models/routing/special.tsv"));
    Router overridden = new Router(DIR, G, local, new RoutingPolicy("32", 3, 30, 15, 60));
    Proposal nanjing = overridden.propose(with(complaint("南京市鼓楼区", "工地夜间施工"), "webchat", "construction_noise", false), List.of());
    assertThat(nanjing.referral()).isEqualTo("城管");
    assertThat(nanjing.reasonZh()).contains("南京市指定城管部门");
    Proposal suzhou = overridden.propose(with(complaint("苏州市姑苏区", "工地夜间施工"), "webchat", "construction_noise", false), List.of());
    assertThat(suzhou.referral()).isEqualTo("住建");
    Proposal fumes = overridden.propose(with(complaint("苏州市姑苏区", "饭店油烟"), "webchat", "catering_fumes", false), List.of());
    assertThat(fumes.decision()).isEqualTo(Decision.TRANSFER);
    RoutingCase labour = new RoutingCase("webchat", null, false, "申诉求决", 4, null, "labour", "人社", false, null, null,
        "other", "单位拖欠社保", TODAY);
    assertThat(JIANGSU.propose(labour, List.of()).referral()).isEqualTo("人社");
  }

  @Test
  void notAcceptedForTheReasonsOfArticles18And31() {
    RoutingCase c = complaint("南京市江宁区", "化工厂偷排");
    PriorCase acceptedBelow = new PriorCase("HB2026110100007", "13812345678", "南京某某化工有限公司", "320115", "water",
        true, true, Department.Level.COUNTY, false, TODAY.minusDays(20));
    Proposal raisedAgain = JIANGSU.propose(c, List.of(acceptedBelow));
    assertThat(raisedAgain.decision()).isEqualTo(Decision.NOT_ACCEPTED);
    assertThat(raisedAgain.articles()).contains("第十八条第一项");
    assertThat(raisedAgain.duplicateOf()).isEqualTo("HB2026110100007");

    Proposal visit = MINISTRY.propose(with(c, RoutingCase.VISIT, "industrial_wastewater", false), List.of());
    assertThat(visit.decision()).isEqualTo(Decision.NOT_ACCEPTED);
    assertThat(visit.articles()).contains("第十八条第二项");
    assertThat(visit.reasonZh()).contains("南京市生态环境局江宁区分局").contains("南京市生态环境局");
    // A visit to the level right above the competent one is fine.
    assertThat(NANJING.propose(with(c, RoutingCase.VISIT, "industrial_wastewater", false), List.of()).decision())
        .isEqualTo(Decision.TRANSFER);

    Proposal court = JIANGSU.propose(with(c, "webchat", "litigation", false), List.of());
    assertThat(court.decision()).isEqualTo(Decision.NOT_ACCEPTED);
    assertThat(court.referral()).isEqualTo("法院");
    assertThat(court.articles()).contains("第十八条第三项");

    PriorCase reReviewed = new PriorCase("HB2025010200003", "13812345678", "某某化工有限公司", "320115", "water", false,
        true, Department.Level.COUNTY, true, TODAY.minusDays(300));
    Proposal third = JIANGSU.propose(c, List.of(reReviewed));
    assertThat(third.decision()).isEqualTo(Decision.NOT_ACCEPTED);
    assertThat(third.articles()).containsExactly("第三十一条");
  }

  /**
   * A typed phone proves nothing: the one who raised a matter is told of an earlier case by the same phone only when it
   * came from the same conversation; otherwise they get what any other phone would (a repeat, a refusal for a matter
   * handled below or concluded, all alike), and staff keep the full proposal.
   */
  @Test
  void thePetitionerIsToldOfAnEarlierCaseOnlyWhenItCameFromTheSameConversation() {
    RoutingCase c = new RoutingCase("webchat", place("南京市江宁区"), true, "申诉求决", 3, null, "industrial_wastewater",
        null, false, "淳化街道青龙铸造厂", "15077312846", "air", "青龙铸造厂的冲天炉白天黑烟不断，窗户都不敢开", TODAY);
    java.util.function.BiFunction<PriorCase, Boolean, PriorCase> from = (p, same) -> new PriorCase(p.caseNumber(),
        null, p.polluter(), p.placeCode(), p.kind(), p.open(), p.accepted(), p.handledAt(), p.finalAfterReReview(),
        p.received(), "15077312846"::equals, same);
    PriorCase open = new PriorCase("HB2026111800004", null, "青龙铸造厂", "320115", "air", true, false, null, false,
        TODAY.minusDays(6), x -> true);
    PriorCase below = new PriorCase("HB2026111000002", null, "青龙铸造厂", "320115", "air", true, true,
        Department.Level.COUNTY, false, TODAY.minusDays(14), x -> true);
    PriorCase concluded = new PriorCase("HB2025061200009", null, "青龙铸造厂", "320115", "air", false, true,
        Department.Level.COUNTY, true, TODAY.minusDays(170), x -> true);
    Proposal stranger = JIANGSU.propose(c, List.of());
    for (PriorCase p : List.of(open, below, concluded)) {
      Proposal full = JIANGSU.propose(c, List.of(from.apply(p, false)));
      assertThat(full.duplicateOf()).as(p.caseNumber()).isEqualTo(p.caseNumber());
      Proposal told = JIANGSU.told(c, List.of(from.apply(p, false)), full);
      assertThat(told.decision()).as(p.caseNumber()).isEqualTo(stranger.decision());
      assertThat(told.duplicateOf()).isNull();
      assertThat(told.reasonZh() + told.reasonEn()).doesNotContain(p.caseNumber());
      // From the same conversation: the petitioner's own, told as staff are.
      Proposal own = JIANGSU.propose(c, List.of(from.apply(p, true)));
      assertThat(JIANGSU.told(c, List.of(from.apply(p, true)), own)).isEqualTo(own);
    }
    assertThat(JIANGSU.told(c, List.of(), stranger)).isSameAs(stranger);
  }

  @Test
  void aRepeatIsRegisteredAndLinkedAndManyCasesMakeAHotspot() {
    RoutingCase c = complaint("南京市江宁区", "化工厂又在偷排");
    PriorCase mine = new PriorCase("HB2026112000011", "13812345678", "某某化工有限公司", "320115", "water", true, false,
        null, false, TODAY.minusDays(9));
    Proposal repeat = JIANGSU.propose(c, List.of(mine));
    assertThat(repeat.decision()).isEqualTo(Decision.REPEAT);
    assertThat(repeat.duplicateOf()).isEqualTo("HB2026112000011");
    assertThat(repeat.reasonZh()).contains("关联原案件");
    assertThat(repeat.hotspot()).isFalse();
    PriorCase other1 = new PriorCase("HB2026112100001", "13900000001", "某某化工有限公司", "320115", "water", true, false, null, false, TODAY.minusDays(5));
    PriorCase other2 = new PriorCase("HB2026112200001", "13900000002", null, "320115", "water", true, false, null, false, TODAY.minusDays(2));
    PriorCase old = new PriorCase("HB2026010100001", "13900000003", "某某化工有限公司", "320115", "water", false, false, null, false, TODAY.minusDays(200));
    Proposal hot = JIANGSU.propose(complaint("南京市江宁区", "化工厂偷排"), List.of(other1, other2, old));
    assertThat(hot.hotspot()).isTrue();
    assertThat(hot.decision()).isEqualTo(Decision.TRANSFER);
    assertThat(hot.reportRequired()).isTrue();
    assertThat(hot.reportDays()).isEqualTo(60);
    assertThat(JIANGSU.propose(complaint("南京市江宁区", "化工厂偷排"), List.of(other1, old)).hotspot()).isFalse();
  }

  @Test
  void anAccusationGoesAboveTheAccusedUnitAndNeverToIt() {
    RoutingCase c = new RoutingCase("webchat", place("苏州市吴中区"), true, "检举控告", null,
        "苏州市吴中区生态环境局的执法人员", null, null, false, "苏州恒达纺织印染有限公司", null, "water",
        "举报苏州市吴中区生态环境局的执法人员对偷排视而不见，怀疑有利益输送", TODAY);
    Proposal p = JIANGSU.propose(c, List.of());
    assertThat(p.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(p.department().name()).isEqualTo("苏州市生态环境局");
    assertThat(p.excluded()).containsExactly("320506");
    assertThat(p.referral()).isEqualTo("纪检监察");
    assertThat(p.articles()).contains("第二十三条");
    // Accusing this deployment's own department: to the level above it, outside the deployment.
    RoutingCase own = new RoutingCase("webchat", place("南京市"), true, "检举控告", null, "南京市生态环境局的领导",
        null, null, false, null, null, null, "举报南京市生态环境局的领导收受企业贿赂", TODAY);
    Proposal up = NANJING.propose(own, List.of());
    assertThat(up.department().code()).isEqualTo("32");
    assertThat(up.excluded()).containsExactly("3201");
    // An official outside the environment system: discipline goes to 纪检监察.
    RoutingCase town = new RoutingCase("webchat", place("南京市江宁区"), true, "检举控告", null, "镇长",
        null, null, false, null, null, null, "举报镇长收了工厂的钱包庇偷排", TODAY);
    assertThat(JIANGSU.propose(town, List.of()).referral()).isEqualTo("纪检监察");
  }

  @Test
  void noAccusationEverLandsInTheAccusedUnit() {
    int checked = 0;
    for (Department unit : DIR.all()) {
      if (unit.level() == Department.Level.NATIONAL) {
        continue;
      }
      RoutingCase c = new RoutingCase("webchat", null, false, "检举控告", null, unit.name() + "的执法人员",
          null, null, false, null, null, null, "举报" + unit.name() + "的执法人员包庇排污企业", TODAY);
      Proposal p = MINISTRY.propose(c, List.of());
      assertThat(p.department()).as(unit.name()).isNotNull();
      assertThat(p.department().code()).as(unit.name()).isNotEqualTo(unit.code());
      assertThat(p.excluded()).as(unit.name()).contains(unit.code());
      assertThat(p.department().code()).as(unit.name()).isEqualTo(unit.parentCode());
      checked++;
    }
    assertThat(checked).isGreaterThan(3000);
  }

  @Test
  void withoutAClearPlaceTheDialogMustAsk() {
    assertThat(JIANGSU.propose(complaint(null, "工厂排污"), List.of()).decision()).isEqualTo(Decision.MORE_INFO);
    RoutingCase ambiguous = new RoutingCase("webchat", new Place(null, null, "鼓楼区", null, true, null), true, "申诉求决",
        3, null, null, null, false, null, null, "water", "鼓楼区的河发臭", TODAY);
    Proposal p = JIANGSU.propose(ambiguous, List.of());
    assertThat(p.decision()).isEqualTo(Decision.MORE_INFO);
    assertThat(p.reasonZh()).contains("鼓楼区");
    // A place named but not understood (an abolished county) is said to be so.
    RoutingCase unknown = new RoutingCase("webchat", null, true, "申诉求决", 3, null, null, null, false, null, null,
        "water", "崇文区的河发臭", TODAY);
    assertThat(JIANGSU.propose(unknown, List.of()).reasonZh()).contains("没能识别");
  }

  @Test
  void specialMattersAsData() {
    Proposal nuclear = JIANGSU.propose(with(complaint("连云港市连云区", "核电站附近辐射"), "webchat", "nuclear", false), List.of());
    assertThat(nuclear.department().name()).isEqualTo("生态环境部");
    assertThat(nuclear.decision()).isEqualTo(Decision.TELL_COMPETENT);
    Proposal water = NANJING.propose(complaint("江苏省南京市江宁区", "长江边的化工厂往江里排污"), List.of());
    assertThat(water.department().name()).isEqualTo("江苏省生态环境厅");
    assertThat(water.alsoNotify()).contains(Department.MINISTRY);
  }
}
