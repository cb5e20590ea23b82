package org.ecopetition.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecopetition.gateway.routing.Proposal.Decision;
import org.junit.jupiter.api.Test;

/**
 * A county branch (分局) named as the accused unit (Art 23) or the party an appeal complains of (Art 24(2)), written as
 * people write it — "XX市生态环境局YY分局", "YY分局", "YY区环保分局" — is the branch, not its city bureau one level higher:
 * the city (the level above the branch) handles the matter and only the branch is barred. Where the text does not
 * say which branch, the branch of the place and its city are both barred (erring toward protection).
 */
class BranchBureauTest {
  static RoutingCase accusation(String where, String accused, String text) {
    return new RoutingCase("webchat", RouterTest.place(where), true, "检举控告", null, accused, null, null, false, null,
        "13912345678", "water", text, RouterTest.TODAY);
  }

  @Test
  void aBranchNamedWithItsCityIsTheBranch() {
    // 六合区 is 320116; the gazetteer alone reads only 南京市 in "南京市生态环境局六合分局".
    Proposal p = RouterTest.JIANGSU.propose(accusation("南京市六合区", "南京市生态环境局六合分局执法人员",
        "南京市生态环境局六合分局的执法人员收钱包庇化工厂偷排"), List.of());
    assertThat(p.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(p.department().code()).isEqualTo("3201");
    assertThat(p.excluded()).containsExactly("320116");
    Proposal appeal = RouterTest.JIANGSU.propose(AppealAgainstABureauRoutingTest.appeal("南京市六合区",
        "南京市生态环境局六合分局", "举报了半年的废气，六合分局一直不处理"), List.of());
    assertThat(appeal.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(appeal.department().code()).isEqualTo("3201");
    assertThat(appeal.excluded()).containsExactly("320116");
  }

  @Test
  void aBranchNamedShortlyIsTheBranchOfThePlacesCity() {
    // "六合分局" and "江宁区环保分局" alone: the county of the place's city of that name.
    Proposal shortly = RouterTest.JIANGSU.propose(accusation("南京市", "六合分局执法人员",
        "六合分局执法人员收了钱，化工园区偷排从来不查"), List.of());
    assertThat(shortly.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(shortly.department().code()).isEqualTo("3201");
    assertThat(shortly.excluded()).containsExactly("320116");
    Proposal district = RouterTest.JIANGSU.propose(AppealAgainstABureauRoutingTest.appeal("南京市江宁区", "江宁区环保分局",
        "江宁区环保分局对工地夜间施工的投诉置之不理"), List.of());
    assertThat(district.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(district.department().code()).isEqualTo("3201");
    assertThat(district.excluded()).containsExactly("320115");
    // A branch of another county than the place's, named shortly: still that branch, not the place's.
    Proposal other = RouterTest.JIANGSU.propose(accusation("南京市江宁区", "六合分局的执法人员",
        "六合分局的执法人员收受贿赂"), List.of());
    assertThat(other.excluded()).containsExactly("320116");
    assertThat(other.department().code()).isEqualTo("3201");
    // The city's bureau accused beside its branch: both barred, the province handles it.
    Proposal both = RouterTest.JIANGSU.propose(accusation("南京市六合区", "市局和六合分局的执法人员",
        "市局和六合分局的执法人员都收了化工厂的钱"), List.of());
    assertThat(both.excluded()).containsExactly("3201", "320116");
    assertThat(both.department().code()).isEqualTo("32");
  }

  @Test
  void aBranchTheTextDoesNotNameBarsTheBranchOfThePlaceAndItsCity() {
    // "分局" without a name the directory knows: which branch is unsure — the place's branch and the city both barred.
    Proposal unsure = RouterTest.JIANGSU.propose(accusation("南京市江宁区", "生态环境分局执法人员",
        "生态环境分局的执法人员收钱包庇排污企业"), List.of());
    assertThat(unsure.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(unsure.excluded()).containsExactlyInAnyOrder("3201", "320115");
    assertThat(unsure.department().code()).isEqualTo("32");
  }

  @Test
  void lookAlikesStayAsBefore() {
    // A police branch is no eco-environment unit: the complaint is transferred to the place's branch as any other.
    Proposal police = RouterTest.JIANGSU.propose(AppealAgainstABureauRoutingTest.appeal("南京市六合区", "六合公安分局",
        "六合公安分局旁的洗车店污水直排"), List.of());
    assertThat(police.decision()).isEqualTo(Decision.TRANSFER);
    assertThat(police.excluded()).isEmpty();
    // The city bureau itself named: the city is barred, the province handles it.
    Proposal city = RouterTest.JIANGSU.propose(accusation("南京市六合区", "南京市生态环境局执法人员",
        "南京市生态环境局的执法人员收了好处"), List.of());
    assertThat(city.excluded()).containsExactly("3201");
    assertThat(city.department().code()).isEqualTo("32");
    // The full directory name with 区 resolves as it did.
    Proposal full = RouterTest.JIANGSU.propose(accusation("南京市江宁区", "南京市生态环境局江宁区分局执法人员",
        "江宁区分局执法人员收钱"), List.of());
    assertThat(full.excluded()).containsExactly("320115");
  }
}
