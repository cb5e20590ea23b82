package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The merged sound a misspelt place name is compared by, now kept per character: the same sounds, every time. */
class GazetteerSoundTest {

  @Test
  void soundsManySpeakersMergeCompareEqualAndOthersDoNot() {
    for (int round = 0; round < 2; round++) {
      assertThat(Gazetteer.merged('张')).as("zh/z, -ng/-n").isEqualTo(Gazetteer.merged('赞')).isEqualTo("zan");
      assertThat(Gazetteer.merged('南')).as("n/l").isEqualTo(Gazetteer.merged('兰')).isEqualTo("lan");
      assertThat(Gazetteer.merged('城')).as("ch/c, -ng/-n").isEqualTo(Gazetteer.merged('岑'));
      assertThat(Gazetteer.merged('山')).as("sh/s").isEqualTo(Gazetteer.merged('三'));
      assertThat(Gazetteer.merged('王')).isNotEqualTo(Gazetteer.merged('张'));
      assertThat(Gazetteer.merged('7')).isNotEqualTo(Gazetteer.merged('张'));
    }
  }
}
