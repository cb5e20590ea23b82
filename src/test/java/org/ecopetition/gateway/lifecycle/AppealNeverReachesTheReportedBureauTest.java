package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopetition.gateway.routing.Department;
import org.junit.jupiter.api.Test;

/**
 * Art 24(2) as a property over the department directory: an appeal (申诉求决) whose reported party is a department
 * is never transferred, referred inside the system or forwarded for review to it or to a unit under it — each refusal a
 * value naming 第二十四条第二款 — and goes elsewhere as before; an appeal complaining of no department goes anywhere.
 */
class AppealNeverReachesTheReportedBureauTest {
  static final java.time.LocalDate TODAY = AccusationNeverReachesTheAccusedTest.TODAY;

  static CaseRecord appeal(Set<String> reported) {
    CaseFacts f = new CaseFacts(CaseStatus.REGISTERED, "申诉求决", 3, Set.of(), false, null, false, TODAY.minusDays(3),
        false, null, null, 0, "生态环境部", null, reported, false);
    return new CaseRecord(1, f, 0, null, false, 0, TODAY.minusDays(3), TODAY.plusDays(12), false, null, null, false,
        null, null, false, true, null, null, null, "生态环境部", null, null);
  }

  static Decision act(CaseRecord c, Act act, String to) {
    return AccusationNeverReachesTheAccusedTest.LIFECYCLE.decide(c,
        new Command(act, "staff:zhang", TODAY, "依法办理", null, null, to, Map.of()),
        new Circumstances(List.of(), null, TODAY));
  }

  static String article(Decision d) {
    return d instanceof Decision.Refused r ? r.why().article() : null;
  }

  @Test
  void noTransferSendsAnAppealToTheDepartmentItComplainsOfOrBelowIt() {
    int checked = 0;
    for (Department reported : AccusationNeverReachesTheAccusedTest.ALL) {
      if (reported.code().isEmpty() || reported.code().length() > 4) {
        continue; // provinces and cities: their counties are the "below" checked
      }
      CaseRecord c = appeal(Set.of(reported.code()));
      List<Department> under = AccusationNeverReachesTheAccusedTest.below(reported);
      for (Department to : under.isEmpty() ? List.of(reported) : List.of(reported, under.get(0))) {
        assertThat(article(act(c, Act.TRANSFER, to.code()))).as(to.code()).isEqualTo("第二十四条第二款");
        assertThat(article(act(c, Act.REFER, to.name()))).as(to.name()).isIn("第二十四条第二款", "第十七条第一款第三项");
        checked++;
      }
      // A department elsewhere: not refused under Art 24(2); the same appeal complaining of no department: neither.
      Department elsewhere = AccusationNeverReachesTheAccusedTest.ALL.stream()
          .filter(d -> !d.code().isEmpty() && !d.code().startsWith(reported.code()) && !reported.code().startsWith(d.code()))
          .findFirst().orElseThrow();
      assertThat(article(act(c, Act.TRANSFER, elsewhere.code()))).isNotEqualTo("第二十四条第二款");
      assertThat(article(act(appeal(Set.of()), Act.TRANSFER, reported.code()))).isNotEqualTo("第二十四条第二款");
    }
    assertThat(checked).isGreaterThan(300);
  }
}
