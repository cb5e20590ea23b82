package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.nlp.Extraction;
import org.junit.jupiter.api.Test;

/** The wish that the reported party not learn who reported, and the words that look like it and are not. */
class ConfidentialTest {
  private static final Extraction NOTHING = new Extraction(Map.of(), List.of());

  @Test
  void theWishInEverydayWords() {
    for (String s : new String[] {"不想让他们知道是我反映的", "别让厂里知道是我", "千万不要让老板知道", "不要告诉他们是我举报的", "别说是我打电话的",
        "不希望被对方知道", "不要暴露我的身份", "怕厂家知道是我", "愿意，但别让他们知道是我",
        "Please don't tell them it was me.", "don't let the factory know", "keep my name secret from them",
        "do not reveal my identity", "Don’t tell them it's me", "don't let them know",
        // Fear of what the party would do once they know (a worker reporting the employer): the same wish.
        "我怕被老板知道开除我", "怕厂里知道了给我穿小鞋", "就怕被打击报复", "I'm afraid my boss will fire me", "scared of retaliation"}) {
      assertThat(Confidential.says(s)).as(s).isTrue();
      assertThat(Confidential.read(NOTHING, s).flag(Confidential.FIELD)).as(s).isTrue();
    }
  }

  @Test
  void lookAlikesAreNoWish() {
    for (String s : new String[] {"我不想知道这些", "他们不想让人知道排了什么", "别让他们再排了", "不知道是谁排的", "老板不让我们知道", "他们怕被别人知道",
        "我不要匿名", "tell them to stop", "I don't know who it is", "they don't want anyone to know", "don't let them dump again", "don't tell them to stop, make them stop",
        "我怕被污染的水喝了生病", "工人怕被开除", "I'm afraid the river will flood", "worried about the smell"}) {
      assertThat(Confidential.says(s)).as(s).isFalse();
    }
  }

  /** dialogfix12: the fear of retaliation told of someone else is theirs, not the writer's wish to stay unknown. */
  @Test
  void aFearToldOfOthersIsNotTheWritersWish() {
    for (String s : new String[] {"他们怕被报复", "邻居们都怕被报复，不敢出面", "工人们怕被老板知道了开除", "村里好多人怕被打击报复",
        "我邻居说她怕被报复", "厂里的工人说怕被报复", "The workers are afraid of retaliation", "my neighbours are scared of reprisals",
        "they're afraid that the boss will fire me", "people fear retaliation around here"}) {
      assertThat(Confidential.says(s)).as(s).isFalse();
      assertThat(Confidential.read(NOTHING, s).flag(Confidential.FIELD)).as(s).isFalse();
    }
    // The writer's own fear, also after others' in the same message, is still the wish.
    for (String s : new String[] {"我怕被报复", "我们都怕被打击报复", "我怕他们报复", "邻居们怕被报复，我也怕被报复", "I'm scared of retaliation",
        "we are afraid of reprisals", "my neighbours are scared, and I'm afraid of retaliation too"}) {
      assertThat(Confidential.says(s)).as(s).isTrue();
    }
  }

  @Test
  void whatElseTheMessageSays() {
    Extraction x = Confidential.read(NOTHING, "愿意，但别让他们知道是我");
    assertThat(Confidential.rest(x, Confidential.FIELD, "愿意，但别让他们知道是我")).contains("愿意");
    Extraction y = Confidential.read(NOTHING, "还是别说是我举报的");
    assertThat(Confidential.rest(y, Confidential.FIELD, "还是别说是我举报的")).isEmpty();
    Extraction z = Confidential.read(NOTHING, "yes, but keep my name secret from them");
    assertThat(Confidential.rest(z, Confidential.FIELD, "yes, but keep my name secret from them")).contains("yes");
  }
}
