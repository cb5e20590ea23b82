package org.ecopetition.gateway.dialog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a petitioner says at a question that takes only a code (a case number, a query code) when it is no code: an
 * acknowledgement while they look for it ("好的", "嗯", "稍等", "ok"), a wish to go on with the report the query
 * interrupted ("继续", "接着反映", "go on"), or that they have none ("没有", "忘了", "找不到了", "I lost it"). None of
 * them is a malformed code: the words are whole messages, so a code typed with words around it is still read as one.
 */
final class CodeReply {
  private CodeReply() {}

  enum Kind { ACK, GO_ON, NONE }

  private static final String TAIL = "(?:[啊呀吧了哦呢哈嘛]|谢谢)*[\\s,，。.!！~～…]*";
  private static final Pattern ACK = Pattern.compile("(?:好的|好|嗯嗯|嗯|哦|噢|喔|行|可以|收到|知道了|明白了|明白|稍等一下|稍等|等一下|等一等|"
      + "等等|我找找|我找一下|我看看|我去找|我去找找|马上|这就找|ok|okay|k|sure|one moment|wait|hold on|just a (?:sec|second|moment)|"
      + "let me (?:look|check|find it)|i'll look|i will look)(?:[\\s,，]*(?:好的|嗯|我找找|我找一下|稍等|等一下|马上|ok|wait|"
      + "one moment))*" + TAIL);
  private static final Pattern GO_ON = Pattern.compile("(?:那就|那|先)?(?:继续|接着|接着来|接着说|继续说|继续反映|接着反映|继续登记|"
      + "继续刚才的|接着刚才的|回到刚才的|先反映|先登记|go on|continue|carry on|keep going|back to my report)"
      + "(?:吧|了|啊|反映|登记|刚才的)*" + TAIL);
  private static final Pattern NONE = Pattern.compile("(?:我)?(?:的)?(?:查询码|编号|案件编号|码)?(?:也|都|还)?(?:没有|没|忘了|忘记了|不记得了|不记得|记不得了|记不清了|找不到了|"
      + "找不到|丢了|弄丢了|搞丢了|不知道|不晓得|没收到|没拿到|没保存|没存)(?:查询码|编号|案件编号|码|那个码|这个)?" + TAIL
      + "|(?:sorry,?\\s*)?(?:i )?(?:don't|do not|dont) (?:have|know|remember) (?:it|one|the code|the number|that)" + TAIL
      + "|(?:sorry,?\\s*)?(?:i )?(?:lost|forgot|forgotten|have lost|have forgotten) (?:it|the code|the number|my code)" + TAIL + "|(?:no code|none|no|nope)" + TAIL);

  /** The kind of a whole message (its {@link Text#key}), if it is one. */
  static Optional<Kind> of(String key) {
    if (key.isEmpty() || key.length() > 24) {
      return Optional.empty();
    }
    if (GO_ON.matcher(key).matches()) {
      return Optional.of(Kind.GO_ON);
    }
    if (NONE.matcher(key).matches()) {
      return Optional.of(Kind.NONE);
    }
    return ACK.matcher(key).matches() ? Optional.of(Kind.ACK) : Optional.empty();
  }
}
