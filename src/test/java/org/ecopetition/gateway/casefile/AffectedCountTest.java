package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AffectedCountTest {
  @Test
  void whatWasSaidIsKeptWithItsUnitAndBoundsAndOnlyAnExactCountOfPeopleIsANumberOfPeople() {
    assertThat(AffectedCount.said("几百户")).isEqualTo(new AffectedCount("几百户", "household", null, 200, 999));
    assertThat(AffectedCount.said("几百户").people()).isNull();
    assertThat(AffectedCount.said("30户").people()).as("households are not people").isNull();
    assertThat(AffectedCount.said("全村")).isEqualTo(new AffectedCount("全村", "village", 1, 1, 1));
    assertThat(AffectedCount.said("十几个人").unit()).isEqualTo("person");
    assertThat(AffectedCount.said("十几个人").people()).as("a range is no number").isNull();
    assertThat(AffectedCount.said("20")).isEqualTo(new AffectedCount("20", null, 20, 20, 20));
    assertThat(AffectedCount.said("20").people()).isEqualTo(20);
    assertThat(AffectedCount.said("about 300 people").unit()).isEqualTo("person");
    assertThat(AffectedCount.said("")).isNull();
    assertThat(AffectedCount.people(7).people()).isEqualTo(7);
  }
}
