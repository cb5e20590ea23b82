package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks that let the engine skip a regular-expression search a turn (issue 16) never skip one that would
 * have matched: over many messages made of the patterns' own words, particles, fillers and line ends, wherever the
 * search finds something the check said it might.
 */
class SearchFiltersTest {
  /** Words of the patterns and around them, in both languages, put together at random. */
  private static final List<String> PIECES = List.of("不想", "不要", "别", "莫", "千万", "一定", "不能", "不愿意", "不希望", "让",
      "叫", "被", "他们", "厂里", "老板", "邻居", "知道", "晓得", "发现", "是我", "举报", "的", "说", "告诉", "透露给", "暴露",
      "我的身份", "怕", "保密", "谢谢", "吧", "啊", "呀", "呢", "了", "嘛", "哈", "吗", "好吗", "可以吗", "行吗", "行不行", "在不在",
      "在吗", "帮我", "我要", "转人工", "匿名", "实名", "工厂", "排污", "河里", "黑水", "，", "。", "！", "？", " ", "\n", "\r",
      "\u2028", "don't", "do not", "never", "please", " please", " thanks", " thank you", " PLEASE", " Thanks", "tell",
      "them", "let", "know", "keep", "my name", "secret", "reveal", "my identity", "it was me", "the factory", "smoke",
      "river", "a", "x", "9", "１", "Ｔ");

  /** Wishes and near misses of our own, in simplified and traditional characters and in English. */
  private static final List<String> WISHES = List.of("千万别让厂里知道是我", "不希望被老板发现", "不要跟他们说是我反映的",
      "怕邻居晓得是我告的", "不想暴露我的身份", "別讓他們知道是我", "不願意透露給對方", "please don't tell them it was me",
      "Keep my name secret", "do not reveal my identity", "never let the factory know", "我不想知道", "他们不想让人知道",
      "别让他们再排了");

  private static String message(Random r) {
    StringBuilder b = new StringBuilder();
    for (int n = 1 + r.nextInt(8); n > 0; n--) {
      b.append(r.nextInt(6) == 0 ? WISHES.get(r.nextInt(WISHES.size())) : PIECES.get(r.nextInt(PIECES.size())));
    }
    return b.toString();
  }

  @Test
  void theWishIsSearchedWhereverItCanBeFound() {
    Random r = new Random(1616);
    int found = 0;
    int skipped = 0;
    for (int i = 0; i < 200_000; i++) {
      String t = Text.halfWidth(Text.simplified(message(r)));
      boolean match = Confidential.WISH.matcher(t).find();
      if (match) {
        found++;
        assertThat(Confidential.mayWish(t)).as(t).isTrue();
      }
      skipped += Confidential.mayWish(t) ? 0 : 1;
      // The filter changes no answer: the wish is said where the search finds one that is the writer's own (a fear told
      // of someone else, "怕邻居晓得", is theirs: Confidential.own, unfiltered).
      assertThat(Confidential.says(t)).as(t).isEqualTo(match && Confidential.own(t).isPresent());
    }
    // The messages exercise both sides: wishes found, and texts the check lets pass without a search.
    assertThat(found).isGreaterThan(1_000);
    assertThat(skipped).isGreaterThan(1_000);
  }

  @Test
  void aCourteousTailIsSearchedWhereverItCanBeFound() {
    Random r = new Random(16);
    Pattern tail = DialogEngine.COURTESY_TAIL;
    int found = 0;
    int skipped = 0;
    for (int i = 0; i < 200_000; i++) {
      String t = message(r);
      if (tail.matcher(t).find()) {
        found++;
        assertThat(DialogEngine.mayEndCourteously(t)).as(t).isTrue();
      }
      skipped += DialogEngine.mayEndCourteously(t) ? 0 : 1;
    }
    assertThat(found).isGreaterThan(1_000);
    assertThat(skipped).isGreaterThan(1_000);
  }
}
