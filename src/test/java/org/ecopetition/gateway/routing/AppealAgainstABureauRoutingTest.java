package org.ecopetition.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecopetition.gateway.routing.Proposal.Decision;
import org.junit.jupiter.api.Test;

/**
 * Art 24(2): an appeal or demand (申诉求决) whose reported party is the eco-environment department that would handle it
 * (or one above that) goes to the level above the department complained of, which is kept as excluded; a firm whose
 * name has 环保 in it, or a bureau other than the competent one, changes nothing.
 */
class AppealAgainstABureauRoutingTest {
  static RoutingCase appeal(String where, String reported, String text) {
    return new RoutingCase("webchat", RouterTest.place(where), true, "申诉求决", 3, null, null, null, false, reported,
        "13912345678", "water", text, RouterTest.TODAY);
  }

  @Test
  void theCountyBureauComplainedOfIsSkippedForTheCity() {
    Proposal p = RouterTest.JIANGSU.propose(appeal("南京市江宁区", "南京市生态环境局江宁区分局",
        "反映了三个月的噪声，分局一直不处理"), List.of());
    assertThat(p.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(p.department().code()).isEqualTo("3201");
    assertThat(p.excluded()).containsExactly("320115");
    assertThat(p.articles()).contains("第二十四条第二款");
    // Named shortly, the place gives the unit.
    Proposal shortName = RouterTest.JIANGSU.propose(appeal("南京市江宁区", "区环保局",
        "区环保局对工地夜间施工的投诉置之不理"), List.of());
    assertThat(shortName.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(shortName.excluded()).containsExactly("320115");
    // The deployment's own department complained of: to the level above it.
    Proposal own = RouterTest.NANJING.propose(appeal("南京市", "南京市生态环境局", "市局对我的信访件一直拖着不办"),
        List.of());
    assertThat(own.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(own.department().code()).isEqualTo("32");
    assertThat(own.excluded()).containsExactly("3201");
  }

  @Test
  void lookAlikesAreRoutedAsBefore() {
    Proposal firm = RouterTest.JIANGSU.propose(appeal("南京市江宁区", "南京绿源环保科技有限公司", "环保公司露天堆放废活性炭"),
        List.of());
    assertThat(firm.decision()).isEqualTo(Decision.TRANSFER);
    assertThat(firm.department().code()).isEqualTo("320115");
    assertThat(firm.excluded()).isEmpty();
    // Another county's bureau complained of, the matter in Jiangning: Jiangning's bureau is not the party.
    Proposal other = RouterTest.JIANGSU.propose(appeal("南京市江宁区", "南京市六合区生态环境局",
        "六合分局的监测车停在江宁的小区里通宵发动"), List.of());
    assertThat(other.decision()).isEqualTo(Decision.TRANSFER);
    assertThat(other.department().code()).isEqualTo("320115");
    // A suggestion about the bureau is no complaint against it.
    RoutingCase suggestion = new RoutingCase("webchat", RouterTest.place("南京市江宁区"), true, "建议意见", null, null,
        null, null, false, "南京市生态环境局江宁区分局", null, "other", "建议分局周末也开放信访接待", RouterTest.TODAY);
    assertThat(RouterTest.JIANGSU.propose(suggestion, List.of()).decision()).isEqualTo(Decision.TRANSFER);
  }
}
