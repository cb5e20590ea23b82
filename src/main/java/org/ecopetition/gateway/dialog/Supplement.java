package org.ecopetition.gateway.dialog;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Extraction;

/**
 * A message after the receipt, read against the case just registered in the conversation: more about it (补充, 还有,
 * 又排了, "I forgot to mention", or new facts naming nothing else), a matter that may be another (another place or
 * polluter named with words of adding: asked), or a new matter (said so, or another place or polluter without them).
 * Pure: the engine decides with it, the gateway stores.
 */
final class Supplement {
  enum Reading { ADD, ASK, NEW, NONE }

  /** Words of adding to what was said ({@link Text#key}: lower case, edges' punctuation off, single spaces). */
  private static final Pattern ADDING = Pattern.compile(
      "补充|还有|另外|忘了说|忘记说|忘了讲|忘了告诉|再说一下|再说一句|再说个|又[^，。]{0,8}了|刚才[^，。]{0,6}(没说|漏了)|漏说"
      // English words as keyed: lower case, one space between words (kept, or left out by a hurried writer).
      + "|also|one ?more ?thing|another ?thing|forgot ?to ?(?:mention|say|tell|add)|in ?addition|additionally"
      + "|again|i ?want ?to ?add|i ?should ?add");
  /** Words saying it is another matter. */
  private static final Pattern OTHER = Pattern.compile(
      "另一件事|另外一件事|另外一个事|别的事|新的问题|新的反映|新的投诉|另一个问题|不是同一|不是一回事"
      + "|another ?matter|a ?different ?matter|something ?else|different ?issue|another ?issue|new ?complaint"
      + "|new ?report|not ?the ?same");
  /** Fields that make a message facts of a matter, with no word of adding. */
  private static final java.util.List<String> FACTS = java.util.List.of("kind", "polluter", "place", "since", "affected");
  private static final double SURE = 0.5;

  /**
   * Words a question about the handling of a case is made of, and nothing of a matter: who asks, when, how long, will
   * someone come, a reply, what next ({@link Text#key}: lower case). Longest first, so that a word is taken whole.
   */
  private static final Pattern QUESTION_WORDS = Pattern.compile(
      "请问|想问一下|问一下|一下|一趟|我想问|想问|你好|您好|那么|那|什么时候|"
      // When it might happen, asked ahead ("明天会派人来吗"): a day to come is no fact of the matter.
      + "明天上午|明天下午|明天|后天|今天|今晚|明早|这周|本周|下周|这个星期|下个星期|这两天|这几天|过几天|近期|周末|"
      + "啥时候|几时|哪天|多久|多长时间|多少天|几天|大概|一般|需要|"
      + "接下来|下一步|然后|之后|以后|怎么样|怎么|怎样|如何|是不是|会不会|能不能|有没有|可不可以|现在|还要|"
      + "结果|回复|答复|回音|消息|通知|告诉|联系|处理|解决|办理|办好|办完|派人|来人|有人|过来|来看|来查|看看|查看|调查|核实|"
      + "你们|您们|我们|我|你|您|会|能|才能|可以|才|要|得|等|有|给|来|人|查|看|好|完|办|的|吗|呢|啊|吧|呀|了|嘛|哦|"
      + "\\b(?:when|what|how|long|will|would|could|can|is|are|do|does|did|i|we|you|someone|anyone|anybody|somebody|"
      + "hear|back|get|a|an|the|reply|answer|response|result|results|happens|happen|now|next|step|steps|then|so|and|"
      + "come|coming|send|sent|out|to|look|looking|check|checking|inspect|into|at|it|this|that|take|takes|soon|be|"
      + "there|going|me|us|from|contact|let|know|handled|dealt|deal|with|please|hi|hello|any|by|of|my|case|report|"
      + "complaint|something|done|someone's|anyone's|go|goes|on|here|after|expect|wait|for|till|until|news|"
      + "tomorrow|today|tonight|week|weekend|days?|few|couple)\\b"
      + "|'(?:s|ll|m|re|ve|d)\\b|[\\s,.?!;:'，。？！、：；~～]");
  /** What makes it a question: a word of asking or a question mark. */
  private static final Pattern ASKING = Pattern.compile(
      "什么时候|啥时候|几时|哪天|多久|多长时间|多少天|几天|怎么|怎样|如何|是不是|会不会|能不能|有没有|可不可以|吗|呢|[?？]"
      + "|\\b(?:when|what|how|will|would|could|can|is|are|do|does|did)\\b");

  private Supplement() {}

  /**
   * A question about the handling of the case just registered, and nothing else ("请问什么时候会有结果", "你们会派人来吗",
   * "when will I hear back?", "what happens now?"): answered, never stored on the case. Words of adding, or any word
   * of the matter left once the question's words are taken out (a place, a polluter, a time, what happened: "又排了，
   * 什么时候来查？"), make it facts.
   */
  static boolean asks(String key) {
    if (key.isBlank() || ADDING.matcher(key).find() || OTHER.matcher(key).find() || !ASKING.matcher(key).find()) {
      return false;
    }
    return QUESTION_WORDS.matcher(key).replaceAll("").isEmpty();
  }

  /** {@code filed}: the registered case's slots (location, location.county, location.town, polluter). */
  static Reading read(String key, Extraction x, Map<String, String> filed) {
    if (OTHER.matcher(key).find()) {
      return Reading.NEW;
    }
    boolean adding = ADDING.matcher(key).find();
    boolean other = otherPlace(x, filed) || otherPolluter(x, filed);
    if (other) {
      return adding ? Reading.ASK : Reading.NEW;
    }
    if (adding || FACTS.stream().anyMatch(f -> sure(x, f).isPresent())) {
      return Reading.ADD;
    }
    return Reading.NONE;
  }

  private static Optional<String> sure(Extraction x, String field) {
    return x == null ? Optional.empty()
        : x.field(field).filter(f -> f.confidence() >= SURE).map(Extraction.Field::value).filter(v -> !v.isBlank());
  }

  /** Another county or town than the case's, or a place that neither holds nor is held by the case's. */
  private static boolean otherPlace(Extraction x, Map<String, String> filed) {
    for (String level : new String[] {"county", "town"}) {
      Optional<String> said = sure(x, level);
      String had = filed.get("location." + level);
      if (said.isPresent() && had != null && !had.isBlank() && !same(said.get(), had)) {
        return true;
      }
    }
    Optional<String> place = sure(x, "place");
    String had = filed.get("location");
    return place.isPresent() && had != null && !had.isBlank() && sure(x, "county").isEmpty()
        && sure(x, "town").isEmpty() && !same(place.get(), had);
  }

  private static boolean otherPolluter(Extraction x, Map<String, String> filed) {
    Optional<String> said = sure(x, "polluter");
    String had = filed.get("polluter");
    return said.isPresent() && had != null && !had.isBlank() && !same(said.get(), had);
  }

  private static boolean same(String a, String b) {
    String ka = Text.key(a);
    String kb = Text.key(b);
    return ka.contains(kb) || kb.contains(ka);
  }
}
