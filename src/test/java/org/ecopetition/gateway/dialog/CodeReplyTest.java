package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words at a code's question that are no code: acknowledgements, going on, having none — and codes, which are none of them. */
class CodeReplyTest {
  private static CodeReply.Kind kind(String s) {
    return CodeReply.of(Text.key(s)).orElse(null);
  }

  @Test
  void acknowledgementsWhileLooking() {
    for (String s : new String[] {"好的", "嗯", "嗯嗯", "哦", "稍等", "等一下啊", "我找找", "好的，我找一下", "ok", "OK!", "one moment",
        "hold on", "let me check"}) {
      assertThat(kind(s)).as(s).isEqualTo(CodeReply.Kind.ACK);
    }
  }

  @Test
  void goingOnWithTheReport() {
    for (String s : new String[] {"继续", "继续吧", "先继续吧", "接着反映", "那就继续登记", "go on", "continue", "back to my report"}) {
      assertThat(kind(s)).as(s).isEqualTo(CodeReply.Kind.GO_ON);
    }
  }

  @Test
  void havingNone() {
    for (String s : new String[] {"没有", "忘了", "查询码忘了", "我的编号找不到了", "弄丢了", "不记得了", "I lost it", "sorry, I don't have it",
        "no", "none", "I forgot the code"}) {
      assertThat(kind(s)).as(s).isEqualTo(CodeReply.Kind.NONE);
    }
  }

  @Test
  void codesAndOtherWordsAreNoneOfThem() {
    for (String s : new String[] {"K7M2P9QX", "HB2025110300123", "abcd efgh", "好的K7M2P9QX", "继续查询HB2025110300123", "查询进度", "人工",
        "我想问一下我的案子", "okay so the code is K7M2P9QX", "没有收到短信但是编号是HB2025110300123"}) {
      assertThat(kind(s)).as(s).isNull();
    }
  }
}
