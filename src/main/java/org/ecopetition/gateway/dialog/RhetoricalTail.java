package org.ecopetition.gateway.dialog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closing rhetorical question or exclamation ("……这还有没有王法了？", "你们说这像话吗", "Is this even legal?!"): the
 * petitioner's feeling, no fact, so what happened is kept without it. Only whole closing clauses of these shapes are set
 * aside, never a question that asks for something ("能不能让他们装个净化器？" is the request).
 */
final class RhetoricalTail {
  /** The last clause of a text and the punctuation around it. */
  private static final Pattern LAST = Pattern.compile("([，,。.！!？?；;…~～\\s]*)([^，,。.！!？?；;…~～]+)[，,。.！!？?；;…~～\\s]*$");
  private static final String PARTICLES = "[啊呀吧呢了嘛哇啦么哪]*";
  private static final Pattern ZH = Pattern.compile("(?:那|这|这样|这样子|这种事|这还|真是|简直|我就想问|请问|试问)?(?:"
      + "(?:还)?有没有王法|王法何在|天理何在|(?:还)?有没有天理|还有天理吗|没有天理|无法无天"
      + "|(?:你们|大家|您)?(?:说说?|看看?|评评理)?(?:这|这样|这事|这种事)?(?:还)?(?:像话|合理|合法|正常|讲理|说得过去)吗"
      + "|(?:还)?让不让(?:人|我们|老百姓)(?:活|睡觉?|住|过)|(?:这|这样)?(?:还)?(?:让|叫)(?:人|我们|老百姓)怎么(?:活|过|住|睡)"
      + "|(?:这)?日子(?:还)?(?:没法|怎么)过|岂有此理|欺人太甚|太欺负人|气死(?:人|我)|忍无可忍|太过分|太不像话"
      + "|难道(?:就)?没(?:有)?人管(?:吗)?|(?:就)?没(?:有)?人管(?:管)?吗|(?:还)?有没有人管)" + PARTICLES);
  private static final Pattern EN = Pattern.compile("(?i)(?:"
      + "(?:how )?is (?:this|that|it) (?:even )?(?:legal|allowed|acceptable|normal|right|fair|okay|ok)"
      + "|how (?:is|can) (?:this|that|it) (?:be )?(?:legal|allowed|acceptable|possible)"
      + "|is there no (?:law|justice)(?: (?:anymore|any more|here|in this country))?|where is the (?:law|justice)"
      + "|(?:this is |it's |it is )?(?:outrageous|unbelievable|ridiculous|unacceptable|a disgrace|disgraceful|insane|crazy)"
      + "|can you believe (?:it|this)|does (?:nobody|no one|anyone) care|doesn't anyone care|what a joke"
      + "|how are we supposed to live(?: like this)?|how can we live like this)");

  private RhetoricalTail() {}

  /** {@code facts} without its closing rhetorical clauses; as given when nothing is set aside. */
  static String without(String facts) {
    String rest = facts.strip();
    boolean cut = false;
    for (Matcher m = LAST.matcher(rest); m.find(); m = LAST.matcher(rest)) {
      String clause = m.group(2).strip();
      if (!ZH.matcher(clause).matches() && !EN.matcher(clause).matches() || m.start(2) == 0) {
        break;
      }
      rest = rest.substring(0, m.start()).strip();
      cut = true;
    }
    return cut ? rest : facts;
  }
}
