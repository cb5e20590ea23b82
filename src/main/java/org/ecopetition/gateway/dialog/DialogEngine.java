package org.ecopetition.gateway.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.dialog.ConversationState.Frame;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Place;
import org.ecopetition.gateway.nlp.PlaceTail;

/**
 * Runs the dialogs of a {@link DialogSet}: pure, no I/O. Each call takes a state and one input and returns
 * the next state, the replies, at most one {@link Effect} (performed by the caller and reported back through
 * {@link #resume}) and alerts for people. Slots are filled only by the question that asks for them, or, for
 * slots that name an extraction field ({@code from:}), from the free-text answer of a {@code prefill} step:
 * confident values are filled (and shown in the summary), less confident ones are asked as a yes/no check.
 */
public final class DialogEngine {
  private static final Set<String> YES = Set.of("是", "是的", "对", "对的", "好", "好的", "确认", "确定", "可以",
      "要", "愿意", "同意", "嗯", "行", "没错", "继续", "yes", "y", "ok", "okay", "sure", "confirm", "submit",
      "continue", "right", "correct");
  private static final Set<String> NO = Set.of("否", "不", "不是", "不对", "不要", "不用", "不愿意", "不同意", "没有",
      "错了", "no", "n", "nope", "wrong");
  /** Words a yes or a no is made of ("是的没错", "嗯嗯", "不对不对"): a message of these words only is the answer. */
  private static final List<String> YES_PARTS = List.of("是的", "是", "对的", "对", "没错", "没问题", "嗯", "好的", "好",
      "可以", "行", "确认", "确定", "同意", "愿意", "要", "继续", "正确", "就是", "啊", "呀", "吧", "哈", "呢", "了");
  private static final List<String> NO_PARTS = List.of("不是的", "不是", "不对", "不要", "不用", "不愿意", "不同意", "不行",
      "错了", "错的", "没有", "否", "不", "啊", "呀", "吧", "哈", "呢", "了");
  private static final Pattern YES_EN = Pattern.compile(
      "(?:yes|yeah|yep|yup|ok|okay|sure|right|correct|confirm|submit|continue)(?:[ ,!.]+(?:please|that's right|it is|correct|thanks|thank you|sure))*");
  private static final Pattern NO_EN = Pattern.compile(
      "(?:no|nope|wrong|incorrect|not really|not right)(?:[ ,!.]+(?:thanks|thank you|it isn't|it is not|that's wrong|wrong))*");
  /** Extraction fields any answer may fill besides the one asked, when the extractor is sure of them. */
  private static final Set<String> ALSO_FROM_ANY_ANSWER = Set.of("place", "phone", "name", "address", "since", "affected");
  /** Read also from an answer the question did not take ({@code missed}): the cause, named as in a first message. */
  private static final Set<String> FROM_A_MISS = Set.of("polluter");
  private static final List<String> EDIT_WORDS = List.of("修改", "更改", "改一下", "改", "change", "edit", "correct");
  /** Where "change" is in {@link #EDIT_WORDS}: the English buttons say "change <item>". */
  private static final int EDIT_EN = 4;
  /** Words that say an item is wrong or is to be changed ("电话错了", "地址改成…", "the phone is wrong"). */
  private static final Pattern CORRECTION = Pattern.compile("错了|写错|填错|打错|不对|有误|改成|改为|换成|应该是|"
      + "(?i:wrong|should be|change|correct)");
  /** What may stand between an item's name and its new value. */
  private static final Pattern VALUE_CUE = Pattern.compile("^[\\s,，:：]*(?:(?:也|都)?(?:写错了|填错了|打错了|错了|写错|填错|不对|有误|要改|改一下)[\\s,，。]*)?"
      + "(?:(?:应该是|改成|改为|换成|更正为|是|为)|(?i:(?:is wrong|wrong)?[\\s,]*(?:should be|to|is|:)))?[\\s,，:：]*");
  /** A rest that holds no value, only that the item is wrong. */
  private static final Pattern CORRECTION_ONLY = Pattern.compile("(?:也|都)?(?:写错了|填错了|打错了|错了|写错|不对|有误|要改|改一下|"
      + "(?i:is wrong|wrong|please))?[\\s,，。.!！]*");
  /**
   * A petitioner declining the question asked ("不想说", "不方便", "不用了", "rather not say"): the whole message, once a
   * lead and a particle are set aside. An optional item stays not given; any other question is asked again.
   */
  private static final Pattern DECLINE = Pattern.compile("(?:(?:我|这个|那个|就|还是|暂时|先)*(?:不用了|不用|不必了|不必|不想说|不想讲|"
      + "不想写|不想填|不想告诉你|不想告诉|不愿意说|不愿说|不愿意透露|不想透露|不便透露|不方便透露|不方便说|不方便讲|不方便|不想留|"
      + "不想提供|不愿意提供|不提供|不留了|不留|不告诉你|不说了|不说|保密|跳过|略过|没有了|没有|无|算了)(?:[吧了啊哈呢哦的]|谢谢)*"
      // Two refusals in a row ("算了不说了", "不用了，不想说"): one refusal.
      + "[，,、\\s]*)+"
      + "|(?:i'd |i would |i'll |sorry,? )?(?:rather not(?: say| tell| give (?:it|one|that))?|prefer not to (?:say|tell|give (?:it|one|that))|"
      + "no,? thanks?(?: you)?|skip(?: it| this| this one)?|none|n/?a|(?:i )?(?:don't|do not) want to (?:say|tell|give (?:it|one|that))|"
      + "not telling|no comment|pass)[.!]*");
  /**
   * A question back or impatience instead of an answer ("你们到底管不管？", "问这么多干嘛", "快点", "are you a bot?"),
   * the whole message: a short answer of the catalogue (its key here), then the question again.
   */
  private static final List<Map.Entry<Pattern, String>> ASIDES = List.of(
      Map.entry(Pattern.compile("(?:你们|这里|这个|政府|环保局|你)?(?:到底|究竟|真的|倒是|能)?(?:管不管|管吗|管不了|能不能管|能管吗|会管吗|"
          + "会不会管|有没有用|有用吗|有啥用|有什么用|能解决吗|能不能解决|会处理吗|会不会处理|能处理吗|处理不处理|解决不解决|会有人管吗|"
          + "有人管吗|有没有人管)(?:啊|呀|吧|呢|哦|了|嘛)*[?？!！。]*"
          // How long it takes ("多久能处理", "要等多长时间", "how long will it take"): the same answer, which gives the date.
          + "|(?:你们|这个|这事|大概|一般)?(?:要|得|需要)?(?:等)?(?:多久|多长时间|多少天|几天)(?:能|才能|可以|会)?(?:处理|解决|办好|办完|有结果|"
          + "有回复|回复|答复|处理好|管)?(?:啊|呀|吧|呢|哦|了|嘛)*[?？!！。]*"
          + "|how long (?:will|does|would) (?:it|this|that) take[?!.]*|when will (?:you|someone) (?:do something|reply|answer|deal with it)[?!.]*"
          + "|(?:will|are|can|do|does) (?:you|anyone|anybody)(?: actually| even| really| ever)? (?:do anything|do something|"
          + "help|deal with (?:it|this)|handle (?:it|this)|care|bother)(?: about (?:it|this))?[?!.]*"
          + "|is (?:this|it) (?:any use|useless|going to help|any good)[?!.]*|does (?:this|it) (?:even )?(?:work|help)[?!.]*"),
          "aside_handled"),
      // A complaint about the handling instead of an answer ("我都打了八百遍电话了，一直没人管！", "投诉了好多次都没用", "I've
      // called you ten times and nobody came"): the same answer (it is registered, and by when they are told).
      Map.entry(Pattern.compile("(?:我|我们|俺)?(?:都|已经|早就|之前|以前|前后)?(?:打了|打过|投诉了|投诉过|反映了|反映过|举报了|举报过|找了|找过|"
          + "报了|报过)(?:[0-9一二三四五六七八九十百千几好多无数n]+(?:遍|次|回|趟)|好多次|好几次|很多次|无数次|多少次|多少回)?"
          + "(?:电话|12345|12369|热线)?(?:了)?(?:[，,、\\s]*(?:一直|还是|也|都|根本|就是|从来|可是|但是|但)?(?:没人管|没有人管|没人理|没人处理|"
          + "没人来|不管|没用|没有用|没结果|没下文|不了了之)(?:过)?)?(?:啊|呀|了|呢|的|嘛)*[!！。]*"
          + "|(?:一直|根本|从来|就是|还是|都)?(?:没人管|没有人管|没人理|没人处理|不管不问)(?:啊|呀|了|呢|嘛)*[!！。]*"
          + "|(?:i've|i have|we've|we have|i|we)\\s+(?:already\\s+)?(?:called|phoned|complained|reported (?:it|this))"
          + "(?:\\s+(?:you|them|the hotline))?(?:\\s+(?:so many|many|ten|a hundred|a dozen|dozens of|hundreds of|several|countless)\\s+times)?"
          + "(?:[,.!\\s]+(?:and|but)?\\s*(?:nobody|no one|nothing)(?:\\s+\\w+){0,3})?[.!]*"
          + "|(?:nobody|no one) (?:ever )?(?:does anything|cares|comes|came|listens)[.!]*"),
          "aside_handled"),
      Map.entry(Pattern.compile("(?:你们|你)?(?:问|要|打听)(?:这么多|这些|这个|那么多|这么细)(?:干嘛|干什么|做什么|有什么用|干啥|搞什么|"
          + "为什么|做啥)(?:啊|呀|呢|嘛|的)*[?？!！。]*|(?:为什么|为啥|干嘛)(?:要|还要|老)?(?:问|知道|打听)(?:这个|这些|这么多|那么多|我的)?"
          + "(?:.{0,4})?(?:啊|呀|呢|嘛)*[?？!！。]*|(?:怎么)?(?:问个没完|问题(?:太多了|太多|怎么这么多|真多))(?:啊|呀|呢|嘛|了)*[?？!！。]*"
          + "|(?:为什么|为啥|凭什么|干嘛)(?:要|非要|还要|得)(?:告诉|跟|和|给)(?:你们|你)(?:说)?(?:啊|呀|呢|嘛)*[?？!！。]*"
          + "|(?:这个|这|这些|这一项|这一条)(?:很|真的|有那么|那么)?(?:重要吗|有必要吗|有用吗|必须(?:说|回答|填|写)吗|一定要(?:说|回答|填|写)吗|非说不可吗)"
          + "(?:啊|呀|呢|嘛)*[?？!！。]*"
          + "|(?:is|does) (?:this|that|it) (?:important|matter|necessary|really necessary|needed)[?!.]*|do i (?:have|need) to (?:answer|say|tell you)(?: (?:this|that))?[?!.]*"
          + "|why (?:should i tell you|do i have to (?:say|tell you|answer))[?!.]*"
          + "|why (?:do you (?:need|want) (?:to know )?(?:this|that|all this|it)|are you asking(?: (?:this|that|me this))?|"
          + "so many questions|all (?:these|the) questions|do you ask(?: this| that)?)[?!.]*|(?:too|so) many questions[?!.]*"),
          "aside_why"),
      Map.entry(Pattern.compile("(?:你们|你|请|麻烦|能不能|可不可以)?(?:快点|快一点|快些|赶紧|赶快|太慢了|怎么这么慢|好慢|真慢|还要多久|"
          + "还有多少|还有几个问题|还要问多少|还要问几个|有完没完|没完没了|磨磨蹭蹭)(?:吧|啊|呀|好吗|行不行|行吗|了|嘛)*[?？!！。]*"
          + "|(?:please )?(?:hurry(?: up)?|be quick|faster|quicker|how (?:much )?longer|how many more(?: questions)?|"
          + "is this almost (?:done|over)|this (?:is taking|takes) too long)(?: please)?[?!.]*"),
          "aside_hurry"),
      // dialogfix12: a question back of one who answers every question with one — is it any use, does it matter, will
      // they learn it was me, who are you — answered, and the question asked again (it was read as a piece of the story,
      // or as no time, no place).
      Map.entry(Pattern.compile("(?:我|我们)?(?:说了|讲了|反映了|举报了|告诉你们|跟你们说|找你们)(?:也|又|能|会)?(?:有用吗|有没有用|没用吧|管用吗|管用不|"
          + "有啥用|有什么用|能解决吗|会有人管吗)(?:啊|呀|吧|呢|哦|嘛)*[?？!！。]*"
          + "|(?:will|would) (?:it|this|telling you|reporting (?:it|this)) (?:make any difference|change anything|help|do any good)[?!.]*"),
          "aside_handled"),
      Map.entry(Pattern.compile("(?:你们|你|那)?(?:会不会|会|能不能|可不可以)?(?:把我的?(?:名字|姓名|信息|身份|电话))?(?:告诉|透露给|说给|泄露给|让)"
          + "(?:厂里|厂家|工厂|他们|对方|老板|企业|公司|被投诉的?(?:单位|人|方)?|被举报的?(?:单位|人|方)?)(?:知道)?(?:是我(?:说|举报|反映|投诉|告)的?)?"
          + "(?:吗|呢|啊|不)?[?？!！。]*"
          + "|(?:他们|厂里|老板|对方)?(?:会不会|会)(?:知道|晓得|发现)(?:是我(?:说|举报|反映|投诉|告)的?)(?:吗|呢|啊)?[?？!！。]*"
          + "|(?:你们)?(?:会不会|会)(?:泄露|暴露|透露|公开)(?:我的)?(?:信息|身份|名字|姓名|电话)(?:吗|呢|啊)?[?？!！。]*"
          + "|(?:will|would|do) (?:you|they) (?:tell|let) (?:them|the (?:factory|company|owner|boss)) (?:know )?(?:it was me|who i am|my name)[?!.]*"
          + "|will (?:they|the (?:factory|company|owner|boss)) (?:know|find out) (?:it was me|who i am|who reported(?: it)?)[?!.]*"
          + "|(?:will|would) my (?:name|identity|details) be (?:given|passed|shown|told) to (?:them|the (?:factory|company|polluter))[?!.]*"),
          "aside_secret"),
      // Others' fear told instead of an answer ("工人们怕被报复" when asked who causes it, "the workers are afraid of
      // retaliation"): no unit, no account — answered (who reported is not told, Art 24) and the question asked again.
      Map.entry(Pattern.compile("(?:厂里的?|村里的?|我们村的?|这边的?|附近的?)?(?:工人们?|员工们?|职工们?|村民们?|邻居们?|大家伙?|老百姓|街坊们?|"
          + "的?人|人们|他们|好多人|很多人|周围的人|其他人|别人)(?:都|也|也都|全都|都很|很|有点)?(?:怕|害怕|担心|不敢)(?:被)?(?:他们|厂里|老板|对方)?"
          + "(?:打击)?(?:报复|开除|辞退|得罪(?:他们|老板|厂里|人)?|找麻烦|说|出声|举报|站出来|出面|作证)"
          + "(?:[，,\\s]*(?:所以|都)?(?:不敢说|不敢出面|不敢举报|不敢作证|不敢讲))?(?:啊|呀|了|呢|的|嘛)*[!！。.]*"
          + "|(?:the )?(?:workers|staff|employees|villagers|neighbou?rs|people(?: here)?|everyone|they)(?: here)? (?:are|is) (?:all )?(?:too )?"
          + "(?:afraid|scared|frightened) (?:of (?:retaliation|reprisals?|being (?:fired|punished)|losing their jobs)|to (?:speak|say anything|talk|"
          + "report(?: it)?|come forward|testify)(?: out| up)?)[.!]*"),
          "aside_fear_others"),
      // Who is typing, for whom, and nothing of the matter ("我替我奶奶打字，她不会用手机", "I'm typing this for my grandma"):
      // answered, and what happened asked — never taken for the account (the account that followed was lost).
      Map.entry(Pattern.compile("(?:(?:你好|您好|喂)[，,\\s]*)?(?:我是|我|这是)?(?:替|帮|给|代|代替)(?:我的?|我们家的?|家里的?)?"
          + "(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|爸爸|妈妈|爸|妈|父亲|母亲|老爸|老妈|老人|家里老人|老人家|公公|婆婆|岳父|岳母|丈夫|老公|老婆|"
          + "邻居|邻居家?(?:的)?(?:大爷|大妈|阿姨|奶奶|爷爷)|大爷|大妈|阿姨|叔叔|舅舅|姑姑|亲戚|朋友|同事)"
          + "(?:打字|打的字|打|发消息|发的|发|写的|写|问的|问|说的|说|反映的|反映|代写)(?:的)?(?:一下|个事|几句)?"
          + "(?:[，,。\\s]*(?:他|她|他们|老人家?|他老人家|她老人家)?(?:不会|不太会|不懂|不识字|看不清|眼睛不好|年纪大了)(?:用|打|上|写)?(?:手机|字|网|微信)?(?:了)?)?"
          + "(?:啊|呀|哈|哦|呢|嘛)*[。！!.]*"
          + "|(?:hi|hello)?[,.\\s]*(?:i'm|i am) (?:typing|writing|messaging|texting)(?: this| on behalf of| for)?(?: for)? (?:my )?(?:grand(?:ma|mother|pa|father)|"
          + "mum|mom|mother|dad|father|parents?|neighbou?r|elderly neighbou?r|aunt|uncle)"
          + "(?:[,.;\\s]+(?:she|he|they) (?:can't|cannot|doesn't|does not|don't) (?:use (?:a |the )?phone|type|read|write)(?: well)?)?[.!]*"),
          "aside_for_another"),
      Map.entry(Pattern.compile("(?:请问)?(?:你们|你|您)(?:是|是哪里|是哪个单位|是哪个部门|是什么单位|是谁|是什么人|哪位)(?:啊|呀|呢)?[?？!！。]*"
          + "|(?:这是|这里是)(?:哪里|什么地方|什么|哪个单位|哪个部门|什么网站)(?:啊|呀|呢)?[?？!！。]*"
          + "|who (?:are you|is this|am i (?:talking|speaking|writing) to)[?!.]*|what is this(?: (?:site|page|service))?[?!.]*"),
          "aside_who"),
      Map.entry(Pattern.compile("(?:你们|您|你)?(?:是不是|是)(?:机器人|人工智能|ai|电脑|自动回复|机器)(?:吗|啊|吧|呀)?[?？!！。]*"
          + "|are you (?:a |an )?(?:bot|robot|machine|ai|computer|real person|human)[?!.]*"),
          "aside_robot"),
      // What happens next, asked mid-intake ("接下来会怎么处理？", "提交以后呢", "what happens next?"): how a report goes on
      // from here — not read as an answer (no time, no name), and the question asked again.
      Map.entry(Pattern.compile("(?:那|请问|我想问一下|问一下)?[，,\\s]*(?:接下来|下一步|然后|之后|以后|登记(?:以|之)?后|提交(?:以|之)?后|反映(?:以|之)?后|报上去(?:以|之)?后)"
          + "(?:你们|会|要|该|是){0,2}(?:怎么(?:处理|办|弄|样)|咋(?:办|弄|处理)|怎样|干什么|做什么|(?:是)?什么流程|有什么流程|呢)(?:呢|啊|呀|吧|嘛)*[?？!！。]*"
          + "|(?:so,? |and )?what (?:happens|will happen|do you do|do i do|is the process) (?:next|now|after (?:this|that|i submit|submitting))[?!.]*"
          + "|what(?:'s| is) next[?!.]*|(?:and )?then what[?!.]*|what are the next steps[?!.]*"),
          "aside_next"),
      // A greeting alone, as a chat opens ("在吗", "喂，你好", "有人吗", "hello, anyone there?"): answered, and the question
      // asked again — not read as a too-short account of what happened.
      Map.entry(Pattern.compile("(?:(?:喂|嗨|哈喽|哈啰|你好|您好|在吗|在么|在不在|在嘛|有人吗|有人在吗|有没有人|早上好|下午好|晚上好)"
          + "(?:啊|呀|哈|哦|呢|嘛)*[\\s,，!！。.~～?？]*)+"
          + "|(?:(?:hello|hi|hey|good (?:morning|afternoon|evening)|anyone there|is anyone there|are you there)[\\s,!.?]*)+"),
          "aside_hello"));
  /** The longest message taken for a question back ({@link #ASIDES}): longer, it says something else too. */
  private static final int ASIDE_MAX = 40;
  /** The same in English, which says it in more letters ("I've called you ten times and nobody came" is 41). */
  private static final int ASIDE_MAX_LATIN = 80;
  /**
   * A correction that says the value, not the item ("不对，是宁平镇", "说错了，应该是二十多户", "不是张三，是张山", "no, it's
   * Tianhe", "not Jiangning, Pukou"): the value is matched against the items already given (a place, a phone, a
   * time, a count by their type first, the last answer of a text otherwise). Group "old" is the wrong value, if said.
   */
  private static final Pattern VALUE_CORRECTION = Pattern.compile(
      "^(?:(?:[^\\s,，。]{1,6}?(?:也|都)?)?(?:不对|不是的|错了|说错了|写错了|搞错了|弄错了|打错了|填错了|(?:我|刚才|前面)(?:说|写|打|填)错了)[\\s,，。.!！、]*"
      + "(?:应该是|其实是|实际是|实际上是|应该在|其实在|是在|改成|改为|换成|是|在|叫)"
      // A lead before it, said twice or with a sigh ("不对不对，不是砖厂，是…", "哎呀，不是…"): the same correction.
      + "|(?:(?:不对|错了|说错了|写错了|搞错了|哎呀|哎|等等|等一下)[\\s,，。.!！、]*)*不是(?<old>[^,，、\\s]{1,30})[\\s,，、]*(?:而是|是|在|应该是))"
      + "[\\s:：]*(?<value>.+)$"
      + "|^(?i:(?:no|nope|sorry|oops|wrong|that's wrong|that is wrong|i made a mistake|my mistake)[\\s,.!;]+"
      + "(?:it's|it is|it was|it should be|should be|i meant|i mean|actually)[\\s,:]+(?<value2>.+)"
      + "|(?:(?:no|sorry)[\\s,]+)?not (?<old2>[^,;]{1,40}?)[\\s]*[,;][\\s]*(?:(?:it's|it is|but|rather|i meant)[\\s]+)?(?<value3>.+))$");
  /**
   * A number in another office's format inside a question of progress ("我上次那个 2026-123 怎么样了"): digits in groups
   * with dashes or slashes, a letter prefix allowed, or six digits or more that are not a phone.
   */
  private static final Pattern OTHER_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(?:[A-Za-z]{1,6}[-]?)?\\d{2,8}(?:[-/－—_]\\d{1,10})+(?![0-9])"
      + "|(?<![0-9A-Za-z])[A-Za-z]{0,6}\\d{6,20}(?![0-9])");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_][a-zA-Z0-9_]*)}");
  /** Compiled once, not at each use as {@code String.replaceAll} and {@code split} with a class do (issue 16). */
  private static final Pattern LEADING_STOPS = Pattern.compile("^[\\s,，。.;；、]+");
  private static final Pattern COMMAS = Pattern.compile("[，,]");
  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** Extraction confidences: at or above ACCEPT a value is filled, at or above CHECK it is asked as yes/no. */
  static final double ACCEPT = 0.85;
  static final double CHECK = 0.5;
  static final int ABUSE_LIMIT = 3;
  /** Answers in a row the bot could not understand before it offers a person. */
  static final int MISS_LIMIT = 3;
  /** The condition of a step asked only when the routing table sends the matter outside the system. */
  static final String ELSEWHERE = "elsewhere";

  /** The division code of the place given so far (any place slot), or null. */
  private static String placeCode(Dialog d, Frame f) {
    for (SlotSpec spec : d.slots().values()) {
      if (spec.type() == SlotType.PLACE && f.slots().containsKey(spec.name() + ".code")) {
        return f.slots().get(spec.name() + ".code");
      }
    }
    return null;
  }

  private static final Pattern CASE_NUMBER = Pattern.compile("HB\\s?\\d{13}");
  /** A question about a matter's progress, in plain words. */
  private static final Pattern STATUS_WORDS = Pattern.compile("到哪一步|到哪步|进度|进展|办得(?:怎么样|咋样|怎样)|"
      + "处理得(?:怎么样|咋样|怎样)|处理到哪|办到哪|有结果了吗|有没有结果|有回复了吗|有没有回复|查一下我的|查查我的|查询我的|"
      + "我的(?:案件|投诉|反映|举报).*(?:怎么样|咋样|怎样|如何|结果)|"
      // A matter said before, asked after in the petitioner's words ("我上个月反映的那个事情现在咋样了").
      + "(?:反映|投诉|举报)(?:过)?的.{0,6}(?:事|问题|情况).{0,8}(?:怎么样|咋样|怎样|如何|有结果|有回音)|"
      // The one from last time, by a number or by "that one" ("我上次那个 2026-123 怎么样了", "上回反映的有消息没").
      + "(?:上次|上回|之前|以前|前段时间|前几天|前些天|那次)(?:我)?(?:的|那个|那件|那次|反映的|投诉的|举报的|说的|报的)"
      + ".{0,16}(?:怎么样|咋样|怎样|如何|有结果|有回音|有消息|有进展|办了没|处理了没|办好了|处理好了)|"
      + "what(?:'s| is) the status|status of my|progress of my|check (?:on )?my (?:case|report|complaint)|any news (?:on|about) my|"
      + "(?:any )?(?:update|news) on my|what happened (?:to|with) my (?:case|report|complaint)|how is my (?:case|report|complaint)|"
      + "(?:what about|how about|any news (?:on|about)|how is|how's) (?:my|the|that) (?:earlier |previous |last |old )"
      + "(?:case|report|complaint|one)");
  /**
   * How long a message may be and still be taken for a status question by its words alone: a question, not a
   * report that mentions progress. English words take about three times the characters of Chinese ones.
   */
  private static final int STATUS_QUESTION_MAX = 40;
  private static final int STATUS_QUESTION_MAX_LATIN = 110;
  /** A place said but not yet complete (a city alone, an ambiguous county), kept beside its slot. */
  static final String PENDING = ".pending";
  static final int MAX_PLACE_OPTIONS = 8;
  /** A state flag: the conversation's language is settled (by the first message in words, or by a command). */
  static final String LANG_SET = "lang_set";
  /** Slots the extractor derived for routing, submitted with the effect but never asked or shown. */
  static final String NLP_PREFIX = "_x.";

  /** Compiled once (the engine's matching runs them several times a turn; compiling them each time was hot). */
  private static final Pattern LATIN_WORDS = Pattern.compile("[a-z ]+");
  private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
  private static final Pattern PUNCTUATION_OR_SPACE = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s]");
  private static final Pattern PARTICLES = Pattern.compile("[啊呀吧哈呢了]+");
  private static final Pattern TRAILING_STOPS = Pattern.compile("[。，,.！!？?；;]+$");
  private static final Pattern TRAILING_FULL_STOPS = Pattern.compile("[。.！!]+$");
  private static final Pattern TRAILING_STOPS_OR_SPACE = Pattern.compile("[。，,.！!？?；;\\s]+$");

  private final DialogSet set;
  /**
   * {@link Text#key} of the dialogs' own words (labels, aliases, option values, button texts), computed once each:
   * they were keyed again for every message, tens of times a turn. Only dialog data goes in, so it stays small.
   */
  private final Map<String, String> dataKeys = new java.util.concurrent.ConcurrentHashMap<>();
  /** {@link #dataChoiceKey}'s texts: the dialogs' own words only, so bounded by the dialogs. */
  private final Map<String, String> dataChoiceKeys = new java.util.concurrent.ConcurrentHashMap<>();
  /** {@link #optionTexts()}, made on first use. */
  private volatile Set<String> optionTexts;
  private final Map<String, String> constants;
  private final Places places;
  /** Where the routing table sends a matter (its finer type, the place's division code) outside the system. */
  private final java.util.function.BiFunction<String, String, Optional<Elsewhere>> elsewhere;
  private final Clock clock;
  private final Duration resumeAfter;
  /** Art 17's notice due for a matter received on a day, as said in a language; null: the catalogue's period. */
  private final java.util.function.BiFunction<LocalDate, String, String> noticeDue;
  /**
   * Each command phrase's key to its command, the first command of the set where two share one (the loader refuses
   * that): looked up for every message instead of scanning every command's phrases.
   */
  private final Map<String, Command> commandByKey = new java.util.HashMap<>();
  /** The dialog the status command starts (null: none), looked up for every message. */
  private final String statusDialog;

  /**
   * {@code constants}: published contact details (department, hotline, …) prompts may show; {@code places}:
   * resolves a place answer to the divisions; {@code resumeAfter}: a pause after which a half-finished report
   * is not simply continued but the petitioner is asked.
   */
  public DialogEngine(DialogSet set, Map<String, String> constants, Function<String, Optional<Place>> places,
      Clock clock, Duration resumeAfter) {
    this(set, constants, Places.of(places), clock, resumeAfter);
  }

  /** With the whole gazetteer: a city alone asks for its district, an ambiguous county offers its cities. */
  public DialogEngine(DialogSet set, Map<String, String> constants, Places places, Clock clock, Duration resumeAfter) {
    this(set, constants, places, clock, resumeAfter, (matter, code) -> Optional.empty());
  }

  /** With the routing table: a matter for another organ is said as soon as the facts show it (Art 17(3)). */
  public DialogEngine(DialogSet set, Map<String, String> constants, Places places, Clock clock, Duration resumeAfter,
      java.util.function.BiFunction<String, String, Optional<Elsewhere>> elsewhere) {
    this(set, constants, places, clock, resumeAfter, elsewhere, null);
  }

  /**
   * With the lifecycle's deadline arithmetic too: {@code noticeDue} says, for a matter received on a day, the last day
   * of Art 17's notice as a petitioner reads it in a language ({noticeDue} in a prompt before any case exists, "会处理
   * 吗？" answered with the date the law gives, holidays counted, not a fixed "15日内").
   */
  public DialogEngine(DialogSet set, Map<String, String> constants, Places places, Clock clock, Duration resumeAfter,
      java.util.function.BiFunction<String, String, Optional<Elsewhere>> elsewhere,
      java.util.function.BiFunction<LocalDate, String, String> noticeDue) {
    this.noticeDue = noticeDue;
    this.elsewhere = elsewhere;
    this.set = set;
    this.constants = Map.copyOf(constants);
    this.places = places;
    this.clock = clock;
    this.resumeAfter = resumeAfter;
    set.commands().forEach(c -> c.phrases().forEach(p -> commandByKey.putIfAbsent(p, c)));
    this.statusDialog = set.commands().stream().filter(c -> "status".equals(c.name())).map(Command::startDialog)
        .findFirst().orElse(null);
  }

  /** A new conversation: the start dialog's greeting and first question. */
  public Turn start(String lang) {
    return CallMemo.call(() -> begin(ConversationState.fresh(lang), set.startDialog(), new ArrayList<>()));
  }

  /**
   * Whether the conversation waits at a summary to be confirmed: the one place a petitioner's turn submits (registers)
   * what the dialog collected. A group commit runs such turns last in their batch (issue 16).
   */
  public boolean atConfirmation(ConversationState s) {
    return atSummary(s);
  }

  /** Whether the next answer is a secret (a query code) that must not be stored as typed. */
  public boolean awaitsSecret(ConversationState s) {
    if (s.current() == null) {
      return false;
    }
    Dialog d = set.dialogs().get(s.current().dialog());
    Step step = d.step(s.current().step());
    return step.kind() == Step.Kind.ASK && s.current().checking() == null && d.slots().get(step.arg()).secret();
  }

  /**
   * The answer to "how many are affected?" ("全村都受影响，三百来户") that only the urgency classifier, reading by meaning,
   * took for urgent, and whose only words of a situation count people or homes ({@code urgentCountsOnly}): a number of
   * people alone is not Art 19's urgency, and the classifier, which met counts mostly in urgent reports, raised an alert
   * at such answers. Any other word of a situation in the answer, even one the rules miss ("河里的鱼死光了", "准备明天去堵
   * 厂门", "娃娃们天天咳嗽"), leaves the classifier's alarm standing.
   */
  private boolean countByMeaningAlone(ConversationState s, Extraction x) {
    if (s.current() == null || s.current().checking() != null || !x.flag("urgentCountsOnly")
        || !"other".equals(x.field("situation").map(Extraction.Field::value).orElse(null))) {
      return false;
    }
    Dialog d = dialog(s);
    Step step = d.step(s.current().step());
    // Only the count question: other answers may carry a situation the rules miss beside their value (a bare place
    // name is read as none by the extractor itself: HanLpExtractor.placeOnly).
    return step.kind() == Step.Kind.ASK && d.slots().get(step.arg()).type() == SlotType.COUNT;
  }

  /**
   * A message at the summary ("我刚才写错了，是宏达化工厂，不是塑料厂，他们排的
   * 是有毒气体"), that only the urgency classifier took for urgent: a correction of a report already told, read by
   * meaning as if it were a new one, raised an alert the report itself had not. Words of a situation the rules read
   * (fish dead, people fainting) or a danger to life still alert: that is news, even at the summary.
   */
  private boolean reviewByMeaningAlone(ConversationState s, Extraction x, String text) {
    // Only a correction: something new told at the summary ("还有，他们现在排的是有毒气体") is news and alerts.
    if (s.current() == null || x.flag("lifeSafety") || !mayCorrect(Text.key(text))
        || !"other".equals(x.field("situation").map(Extraction.Field::value).orElse(null))) {
      return false;
    }
    Step step = dialog(s).step(s.current().step());
    // The summary only: an item asked again (from the summary or mid-way) is answered like the question, whose answer
    // may carry a situation the rules miss beside its value ("五十多户，河里的鱼死光了").
    return step.kind() == Step.Kind.CONFIRM;
  }

  private boolean awaitsFreeText(ConversationState s) {
    Step step = dialog(s).step(s.current().step());
    return step.kind() == Step.Kind.ASK && step.prefill() && s.current().checking() == null;
  }

  /**
   * The texts a petitioner sends by pressing a button or by typing a command, whatever the conversation: the
   * buttons' values made of the dialogs' own prompts (yes and no, the choices of every option slot, the summary's,
   * the idle prompt's, the status dialog's, "修改 …" for every item) and every command's phrases. Dialog data
   * only, never a petitioner's words. A place's buttons (gazetteer names, offered by the place asked) are not here:
   * {@link #offers} says when a state offers them.
   */
  public Set<String> optionTexts() {
    Set<String> t = optionTexts;
    if (t == null) {
      Set<String> all = new HashSet<>();
      for (String lang : DialogSet.LANGS) {
        Map<String, String> g = set.globalPrompts().getOrDefault(lang, Map.of());
        g.forEach((key, text) -> {
          if (key.startsWith("button_") || List.of("yes", "no", "confirm_submit", "confirm_edit", "cancel_yes",
              "cancel_no", "misunderstood_human").contains(key)) {
            all.add(text);
          }
        });
        String edit = EDIT_WORDS.get("en".equals(lang) ? EDIT_EN : 0);
        for (Dialog d : set.dialogs().values()) {
          Map<String, String> p = d.prompts().getOrDefault(lang, Map.of());
          p.forEach((key, text) -> {
            if (key.startsWith("value_") || key.startsWith("button_")) {
              all.add(text);
            } else if (key.startsWith("label_")) {
              all.add(edit + " " + text);
            }
          });
          for (Step step : d.steps()) {
            step.offer().stream().map(p::get).forEach(all::add);
          }
        }
      }
      all.add("cancel");
      all.add("取消");
      set.commands().forEach(c -> all.addAll(c.phrases()));
      all.remove(null);
      t = optionTexts = Set.copyOf(all);
    }
    return t;
  }

  /**
   * Whether {@code text} is one of the buttons' values {@code s} offers, or the number typed to pick one: what a
   * button press or an option's number sends. Nothing a petitioner writes in their own words.
   */
  public boolean offers(ConversationState s, String text) {
    if (s.options().isEmpty()) {
      return false;
    }
    return s.options().contains(text) || text.length() <= 4 && !pick(s, text).equals(text);
  }

  /** The global command a text is, if any (channels use it to let a petitioner leave the staff queue). */
  public Optional<String> command(String text) {
    return commandOf(text).map(Command::name);
  }

  public Turn handle(ConversationState s, String text) {
    return handle(s, Input.of(text));
  }

  /** One petitioner input. */
  public Turn handle(ConversationState s, Input in) {
    return CallMemo.call(() -> resent(s, in).orElseGet(() -> remember(s, in.text(), handleOne(s, in))));
  }

  /** How soon after an answer the same text again is taken for a resend (a phone retrying on a weak signal). */
  static final Duration RESENT_WITHIN = Duration.ofMinutes(2);

  /**
   * The text just taken as an answer, sent again right after with a new message id (a page or phone retrying): when it
   * is no sensible answer to the question now asked, that question is shown again rather than the text filed as its
   * answer ("王建国" again when asked the address). "是" to two yes/no questions in a row, "不清楚" to two questions that
   * take it, a button of the question now offered, a command, a cry for help: all go on as usual. A don't-know ("不知道",
   * "no idea") says nothing of any one question, so the same again is the petitioner's reply to the new one: that
   * question's own handling answers it (it files it only where it takes a don't-know, as before). A true retry, same
   * message id, is still handled once by the conversation's store.
   */
  private Optional<Turn> resent(ConversationState s, Input in) {
    if (s.echo() == null || s.current() == null || in.idle().compareTo(RESENT_WITHIN) > 0
        || !s.echo().equals(digest(in.text())) || in.extraction().flag("lifeSafety") || in.extraction().flag("urgent")
        || commandOf(in.text()).isPresent() || SlotType.dontKnow(in.text()) || sensibleHere(s, in.text())) {
      return Optional.empty();
    }
    List<Reply> out = new ArrayList<>();
    out.add(Reply.text(global(s.lang(), "resent")));
    return Optional.of(reprompt(s.offering(List.of()), out));
  }

  /** Whether a text answers the question now asked: one of its buttons, a value its (not free-text) slot takes, or a decline it allows. */
  private boolean sensibleHere(ConversationState s, String text) {
    if (offers(s, text)) {
      return true;
    }
    Dialog d = dialog(s);
    Step step = d.step(s.current().step());
    if (step.kind() != Step.Kind.ASK || s.current().checking() != null) {
      return false;
    }
    SlotSpec spec = d.slots().get(step.arg());
    // A text question takes anything: only a decline it allows is sure to be meant for it.
    return spec.type() != SlotType.TEXT && accept(s.lang(), d, spec, text).isPresent()
        || spec.optional() && declines(spec, text);
  }

  /** The turn's state with the digest of its text when the text was taken as an answer (the dialog moved on), else none. */
  private Turn remember(ConversationState before, String text, Turn t) {
    Frame was = before.current();
    Frame now = t.state().current();
    boolean moved = now != null && commandOf(text).isEmpty() && !awaitsSecret(before)
        && (was == null || was.dialog().equals(now.dialog())
            && (!was.step().equals(now.step()) || !java.util.Objects.equals(was.checking(), now.checking())));
    String echo = moved ? digest(text) : null;
    return java.util.Objects.equals(echo, t.state().echo()) ? t
        : new Turn(t.state().echoing(echo), t.replies(), t.effect(), t.alerts());
  }

  /** A short digest of a message's key: enough to tell the same text again, never the words. */
  private static String digest(String text) {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256")
          .digest(Text.key(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(h, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Turn handleOne(ConversationState s, Input in) {
    List<Reply> out = new ArrayList<>();
    Set<String> alerts = new LinkedHashSet<>();
    String text = pick(s, in.text());
    Extraction x = Confidential.read(in.extraction(), text);
    s = s.offering(List.of());
    // Art 19: a danger to life is answered first, whatever else the message is, at any hour.
    if (x.flag("lifeSafety") || x.flag("urgent")) {
      // The language of a first message that is a cry for help decides the reply's language too.
      if (!s.flagged(LANG_SET) && (s.current() == null || awaitsFreeText(s))) {
        Optional<String> lang = languageOf(text);
        if (lang.isPresent()) {
          s = s.withLang(lang.get()).flag(LANG_SET);
        }
      }
    }
    if (x.flag("lifeSafety")) {
      // Safety first, fully: the emergency numbers, what to do now for the hazard named, and the duty staff
      // told in the same turn (the alert puts the conversation before them; they may take it over).
      out.add(Reply.text(global(s.lang(), "life_safety") + safetyAdvice(s.lang(), x)));
      alerts.add(Turn.LIFE_SAFETY);
      s = s.flag(Turn.URGENT).flag(Turn.LIFE_SAFETY); // the report's questions for an emergency come first
    }
    boolean urgent = x.flag("urgent") && !countByMeaningAlone(s, x) && !reviewByMeaningAlone(s, x, text);
    if (urgent && !s.flagged(Turn.URGENT)) {
      out.add(Reply.text(global(s.lang(), "urgent_ack") + safetyAdvice(s.lang(), x)));
      s = s.flag(Turn.URGENT);
      alerts.add(Turn.URGENT);
    } else if (urgent || x.flag("lifeSafety")) {
      alerts.add(Turn.URGENT);
    }
    if (x.flag("abusive")) {
      s = s.strike();
      alerts.add(Turn.ABUSE);
      if (s.strikes() >= ABUSE_LIMIT) {
        out.add(Reply.text(global(s.lang(), "abuse_handoff")));
        alerts.add(Turn.HANDOFF);
        return new Turn(s, out, null, alerts);
      }
      out.add(Reply.text(global(s.lang(), "abuse_warning")));
      return reprompt(s, out).alerting(alerts);
    }
    Optional<Command> command = commandOf(text);
    // "Cancel" at the summary was asked about once: only a second "cancel" discards; anything else goes on.
    boolean cancelAsked = s.flagged(CANCEL_ASKED);
    if (cancelAsked && command.filter(c -> "cancel".equals(c.name())).isEmpty()) {
      s = s.unflag(CANCEL_ASKED);
      String key = Text.key(text);
      if (NO.contains(key) || key.equals(dataKey(global(s.lang(), "cancel_no")))) {
        return reprompt(s, out).alerting(alerts);
      }
    }
    if (s.resumePending()) {
      s = s.resumePending(false);
      if (command.isEmpty()) {
        out.add(Reply.text(global(s.lang(), "resume_continue")));
        if (yesNo(Text.key(text)).orElse(false)) {
          return reprompt(s, out).alerting(alerts);
        }
      }
    } else if (command.isEmpty() && s.current() != null && !in.idle().isZero()
        && in.idle().compareTo(resumeAfter) >= 0) {
      // Back after a long pause: ask before going on with a half-finished matter.
      ConversationState asked = s.resumePending(true);
      out.add(new Reply(global(s.lang(), "resume_ask"), List.of(
          button(global(s.lang(), "yes")), button(restartLabel(s.lang())))));
      return new Turn(asked.offering(List.of(global(s.lang(), "yes"), restartLabel(s.lang()))), out, null, alerts);
    }
    if (command.isPresent()) {
      if (command.get().name().equals("english") || command.get().name().equals("chinese")) {
        s = s.flag(LANG_SET);
      }
      return runCommand(s, command.get(), out).alerting(alerts);
    }
    if (!s.flagged(LANG_SET) && (s.current() == null || awaitsFreeText(s))) {
      // The first message in words (what happened, not a code or a number) decides the conversation's
      // language, whatever the page was opened in.
      Optional<String> lang = languageOf(text);
      if (lang.isPresent()) {
        s = s.withLang(lang.get()).flag(LANG_SET);
      }
    } else if (s.flagged(LANG_SET)) {
      // Later, the language of the latest message in sentences, at any question: a petitioner who goes on in the
      // other language ("我还是用中文说吧，…") is answered in it from then on. Names in the other script are no sentence.
      Optional<String> now = switchedTo(s.lang(), text);
      if (now.isPresent()) {
        s = s.withLang(now.get());
      }
    }
    // Art 19: this message itself tells of a danger (answered above, the duty staff alerted in this turn).
    boolean danger = alerts.contains(Turn.URGENT) || alerts.contains(Turn.LIFE_SAFETY);
    if (s.current() == null && s.filed() != null && s.filed().slots().containsKey(HELD)) {
      // The answer to "more about HB… or another matter?" (its button, its number, or anything else: read anew).
      Optional<Turn> chosen = supplementChosen(s, text, in.held(), out);
      if (chosen.isPresent()) {
        return chosen.get().alerting(alerts);
      }
      s = s.filing(s.filed().without(HELD).without(HELD_URGENT));
    }
    if (s.current() == null && s.filed() != null) {
      // The case raised here, quoted with new facts ("HB… 那个厂昨晚又排了"): more about it, not a question of progress.
      Optional<Turn> quoted = quotedSupplement(s, text, x, danger, out);
      if (quoted.isPresent()) {
        return quoted.get().alerting(alerts);
      }
    }
    if (statusDialog != null && s.current() == null && s.filed() != null && !danger
        && s.filed().slots().get(SUPPLEMENT_CASE) != null
        && Supplement.asks(Text.key(text))) {
      // A question about the case just registered ("什么时候会有结果", "明天会派人来吗", "will someone come?"): answered
      // from the case itself, whose owner this conversation is — never a supplement of it, and no code asked.
      return progressEffect(s, s.filed().slots().get(SUPPLEMENT_CASE), out).alerting(alerts);
    }
    Optional<Turn> status = statusInPlainWords(s, text, x, out);
    if (status.isPresent()) {
      return status.get().alerting(alerts);
    }
    if (s.current() == null && s.filed() != null) {
      Optional<Turn> added = afterReceipt(s, text, x, danger, out);
      if (added.isPresent()) {
        return added.get().alerting(alerts);
      }
    }
    if (x.flag("lifeSafety") && s.current() != null && !awaitsFreeText(s)) {
      // A cry for help is not the answer to the question asked: ask it again once help has been called.
      return reprompt(s, out).alerting(alerts);
    }
    if (s.current() != null) {
      Optional<String> aside = aside(text);
      if (aside.isPresent()) {
        // A question back or impatience: answered briefly, and the question asked again (no miss counted).
        out.add(Reply.text(render(null, aside.get(), s, Map.of())));
        return reprompt(s, out).alerting(alerts);
      }
    }
    if (s.current() != null && atCode(s)) {
      Optional<CodeReply.Kind> said = CodeReply.of(Text.key(text));
      if (said.isPresent()) {
        return codeReply(s, said.get(), out).alerting(alerts);
      }
    }
    if (s.current() != null && !awaitsFreeText(s)) {
      Optional<Turn> wish = flaggedAnswer(s, text, x, out);
      if (wish.isPresent()) {
        return wish.get().alerting(alerts);
      }
    }
    if (s.current() == null) {
      if (Text.key(text).length() >= 8) {
        // Idle, and the petitioner simply writes a new matter: it is the first answer of a new report.
        Turn started = begin(s, set.startDialog(), new ArrayList<>());
        return handleAnswer(started.state(), text, x, out).alerting(alerts);
      }
      out.add(idlePrompt(s.lang()));
      return offer(new Turn(s, out, null, alerts));
    }
    return handleAnswer(s, text, x, out).alerting(alerts);
  }

  /** The slot of the filed case holding a message while the petitioner is asked whether it adds to the case. */
  private static final String HELD = "facts";
  /** Beside it: the held message told of a danger (Art 19), so that the case is marked urgent if it is added. */
  private static final String HELD_URGENT = "facts.urgent";
  /** What the effect adding to a case carries: the case number and the text. */
  public static final String SUPPLEMENT_CASE = "case_number";
  public static final String SUPPLEMENT_TEXT = "facts";
  /** Present ("true") when the message told of a danger: the gateway marks the case urgent (Art 19). */
  public static final String SUPPLEMENT_URGENT = "urgent";
  /** What must be left of a message once the case number quoted in it is taken out for it to add facts. */
  private static final int QUOTED_FACTS_MIN = 6;
  /** The same in words of a Latin script. */
  private static final int QUOTED_WORDS_MIN = 4;

  /**
   * After the receipt, a message read against the case just registered ({@link Supplement}): more about it is added
   * to it (an effect; {@link #supplemented} answers), an unclear one is asked about with two buttons, a new matter
   * starts a report as before (empty). {@code danger}: the message tells of a danger (Art 19) — naming nothing else,
   * it is about the case just registered, which it makes urgent.
   */
  private Optional<Turn> afterReceipt(ConversationState s, String text, Extraction x, boolean danger,
      List<Reply> out) {
    Map<String, String> filed = s.filed().slots();
    String caseNumber = filed.get(SUPPLEMENT_CASE);
    Supplement.Reading reading = Supplement.read(Text.key(text), x, filed);
    if (reading == Supplement.Reading.NONE && danger) {
      reading = Supplement.Reading.ADD;
    }
    return switch (reading) {
      case ADD -> Optional.of(supplementEffect(s, caseNumber, text, danger, out));
      case ASK -> {
        String same = render(null, "supplement_same", s, Map.of("caseNumber", caseNumber));
        String other = global(s.lang(), "supplement_other");
        out.add(new Reply(render(null, "supplement_ask", s, Map.of("caseNumber", caseNumber)),
            List.of(button(same), button(other))));
        Frame held = s.filed().with(HELD, text);
        held = danger ? held.with(HELD_URGENT, "true") : held.without(HELD_URGENT);
        yield Optional.of(new Turn(s.filing(held).offering(List.of(same, other)), out, null));
      }
      case NEW -> Optional.of(newMatter(s, text, x, out));
      case NONE -> Optional.empty();
    };
  }

  /**
   * The case registered in this conversation quoted by its number with something more than the number
   * ("HB2026112900001 那个厂昨晚又排了", "HB… they dumped again last night"): a supplement of it. A bare number, one
   * with a question of progress ("HB… 进展如何") or another case's number stays a status query (empty).
   */
  private Optional<Turn> quotedSupplement(ConversationState s, String text, Extraction x, boolean danger,
      List<Reply> out) {
    String caseNumber = s.filed().slots().get(SUPPLEMENT_CASE);
    if (caseNumber == null) {
      return Optional.empty();
    }
    String plain = Text.halfWidth(text);
    Matcher number = CASE_NUMBER.matcher(plain.toUpperCase(java.util.Locale.ROOT));
    if (!number.find() || !SPACE.matcher(number.group()).replaceAll("").equals(caseNumber)) {
      return Optional.empty();
    }
    String rest = Text.key(plain.substring(0, number.start()) + " " + plain.substring(number.end()));
    if (STATUS_WORDS.matcher(rest).find() || QUOTE_ASKS.matcher(rest).find() || COURTESY.matcher(rest).matches()) {
      return Optional.empty();
    }
    // What is left says something of the matter: words of adding or facts read in it, a danger, or enough words.
    boolean adds = Supplement.read(rest, x, s.filed().slots()) == Supplement.Reading.ADD;
    long han = rest.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    long words = java.util.Arrays.stream(rest.split("[^a-z']+")).filter(w -> w.length() > 1).count();
    if (!adds && !danger && han < QUOTED_FACTS_MIN && words < QUOTED_WORDS_MIN) {
      return Optional.empty();
    }
    return Optional.of(supplementEffect(s, caseNumber, text, danger, out));
  }

  /**
   * A case number with a question or a request about it rather than facts ("…怎么样了", "…查一下", "…我要申请复查",
   * "what's happening with", "I want a review"): the status query or the command it asks for.
   */
  private static final Pattern QUOTE_ASKS = Pattern.compile("怎么样|咋样|怎样了|如何|查一下|查询|查查|帮我查|结果|回复|受理了吗|办了吗"
      + "|处理了吗|有消息|状态|复查|复核|评价|满意|撤回|撤销|"
      + "\\b(?:status|progress|update|news|any word|what(?:'s| is) happening|what happened with|check|review|evaluat\\w*"
      + "|rate|rating|satisf\\w*|withdraw)\\b");
  /** Courtesy alone beside a number ("谢谢", "thank you very much"): nothing added to the matter. */
  private static final Pattern COURTESY = Pattern.compile("[\\s,.!，。！]*(?:谢谢|多谢|感谢|辛苦了?|好的|收到|知道了|ok|okay|thanks?"
      + "|thank you(?: very much| so much)?|many thanks|got it|noted)[\\s,.!，。！啊了呀]*");

  private Turn supplementEffect(ConversationState s, String caseNumber, String text, boolean urgent,
      List<Reply> out) {
    // The case's urgency is the gateway's to record (Art 19): this message's danger goes with the effect; the flags
    // of the turn are cleared as they are once a matter is registered.
    ConversationState kept = s.unflag(Turn.URGENT).unflag(Turn.LIFE_SAFETY)
        .filing(s.filed().without(HELD).without(HELD_URGENT));
    Map<String, String> slots = new java.util.LinkedHashMap<>();
    slots.put(SUPPLEMENT_CASE, caseNumber);
    slots.put(SUPPLEMENT_TEXT, text);
    if (urgent) {
      slots.put(SUPPLEMENT_URGENT, "true");
    }
    return new Turn(kept, out, new Effect(Effect.ADD_TO_CASE, slots, s.lang()));
  }

  /** A new matter after a receipt: the first answer of a new report, as any idle message. */
  private Turn newMatter(ConversationState s, String text, Extraction x, List<Reply> out) {
    Turn started = begin(s, set.startDialog(), new ArrayList<>());
    return handleAnswer(started.state(), text, x, out);
  }

  /**
   * The message held while the petitioner is asked whether it adds to the case, when {@code text} would release it
   * as a new matter ("这是另一件事"): the gateway reads it ({@link Input#held}) so that the new report starts from what it
   * said, as a first message does. Empty: nothing held, or not that answer.
   */
  public Optional<String> held(ConversationState s, String text) {
    if (s == null || s.current() != null || s.filed() == null || !s.filed().slots().containsKey(HELD)) {
      return Optional.empty();
    }
    String chosen = pick(s, text);
    return Text.key(chosen).equals(dataKey(global(s.lang(), "supplement_other")))
        ? Optional.of(s.filed().slots().get(HELD)) : Optional.empty();
  }

  private Optional<Turn> supplementChosen(ConversationState s, String text, Extraction heldRead, List<Reply> out) {
    Map<String, String> filed = s.filed().slots();
    String caseNumber = filed.get(SUPPLEMENT_CASE);
    String held = filed.get(HELD);
    String key = Text.key(text);
    if (key.equals(dataKey(render(null, "supplement_same", s, Map.of("caseNumber", caseNumber))))) {
      return Optional.of(supplementEffect(s, caseNumber, held, "true".equals(filed.get(HELD_URGENT)), out));
    }
    if (key.equals(dataKey(global(s.lang(), "supplement_other")))) {
      ConversationState rest = s.filing(s.filed().without(HELD).without(HELD_URGENT));
      // The held message starts the new report as a first message does: what it said (place, polluter, kind, its
      // danger) as the extractor read it, given by the gateway; its danger was answered and alerted when it came.
      Extraction read = heldRead == null ? Extraction.NONE : heldRead;
      if (read.flag("lifeSafety") || read.flag("urgent")) {
        rest = rest.flag(Turn.URGENT);
        if (read.flag("lifeSafety")) {
          rest = rest.flag(Turn.LIFE_SAFETY);
        }
      }
      return Optional.of(newMatter(rest, held, read, out));
    }
    return Optional.empty();
  }

  /**
   * The gateway added the message to the case: the petitioner is told so. Not added (no such case raised in this
   * conversation): the case is forgotten and the idle choices offered, nothing claimed.
   */
  public Turn supplemented(ConversationState s, String caseNumber, boolean added) {
    if (!added) {
      return offer(new Turn(s.filing(null), new ArrayList<>(List.of(idlePrompt(s.lang()))), null));
    }
    return new Turn(s, List.of(Reply.text(render(null, "supplement_added", s, Map.of("caseNumber", caseNumber)))),
        null);
  }

  /** Whether the pending question takes only a code (a case number, a query code), in a dialog other than the report. */
  private boolean atCode(ConversationState s) {
    Dialog d = dialog(s);
    Step step = d.step(s.current().step());
    if (step.kind() != Step.Kind.ASK || s.current().dialog().equals(set.startDialog())) {
      return false;
    }
    SlotType type = d.slots().get(step.arg()).type();
    return type == SlotType.CASE_NUMBER || type == SlotType.QUERY_CODE;
  }

  /**
   * No code, but words at a code's question ({@link CodeReply}): an acknowledgement is answered and the question asked
   * again, no miss counted; "继续" with a report under the query goes back to the report; "没有" says how a lost code is
   * replaced and ends the query (back to the report, or the idle menu).
   */
  private Turn codeReply(ConversationState s, CodeReply.Kind said, List<Reply> out) {
    ConversationState rest = s.pop();
    boolean report = rest.current() != null;
    if (said == CodeReply.Kind.NONE) {
      out.add(Reply.text(render(null, "code_missing", s, Map.of())));
      if (!report) {
        out.add(idlePrompt(s.lang()));
        return offer(new Turn(rest, out, null));
      }
      return offer(resumeSuspended(rest, out));
    }
    if (said == CodeReply.Kind.GO_ON && report) {
      out.add(Reply.text(render(null, "code_later", s, Map.of())));
      return offer(resumeSuspended(rest, out));
    }
    out.add(Reply.text(render(null, "code_ack", s, Map.of())));
    return reprompt(s.missed(false), out);
  }

  /**
   * A wish that fills a slot wherever it is said ({@code flagged}: "别让他们知道是我" is "do not disclose"), said at
   * another step: the slot takes it ("已记下：…"), and what else the message says answers the pending question
   * ("愿意，但别让他们知道是我" when asked whether to give a name), or, with nothing else, the question is asked again.
   * At the slot's own question it is the answer.
   */
  private Optional<Turn> flaggedAnswer(ConversationState s, String text, Extraction x, List<Reply> out) {
    Dialog d = dialog(s);
    Optional<SlotSpec> wished = d.slots().values().stream()
        .filter(sp -> sp.flagged() != null && x.flag(sp.from())).findFirst();
    if (wished.isEmpty()) {
      return Optional.empty();
    }
    SlotSpec spec = wished.get();
    Frame f = s.current();
    Step step = d.step(f.step());
    Frame now = f.with(spec.name(), spec.flagged());
    if (step.kind() == Step.Kind.ASK && step.arg().equals(spec.name()) && f.checking() == null) {
      return Optional.of(offer(answered(s, d, step, spec, now, x, out)));
    }
    if (Confidential.FIELD.equals(spec.from()) && !Confidential.says(text)) {
      return Optional.empty(); // "保密" alone, at another question, declines that question ("名字保密")
    }
    if (!spec.flagged().equals(f.slots().get(spec.name()))) {
      out.add(Reply.text(noted(s, d, f, now)));
    }
    ConversationState kept = s.withCurrent(now);
    Optional<String> rest = Confidential.rest(x, spec.from(), text);
    return Optional.of(rest.isEmpty() ? reprompt(kept.missed(false), out) : handleAnswer(kept, rest.get(), x, out));
  }

  /** The outcome of the effect the last turn asked for; {@code vars} fill the prompts that follow. */
  public Turn resume(ConversationState s, String outcome, Map<String, String> vars) {
    return CallMemo.call(() -> resumeOne(s, outcome, vars));
  }

  private Turn resumeOne(ConversationState s, String outcome, Map<String, String> vars) {
    Dialog d = dialog(s);
    Step step = d.step(s.current().step());
    if (step.kind() != Step.Kind.SUBMIT) {
      throw new IllegalStateException("no effect is pending in step " + step.id());
    }
    Frame f = s.current();
    for (SlotSpec spec : d.slots().values()) {
      if (spec.secret()) {
        f = f.without(spec.name());
      }
    }
    ConversationState now = s.withCurrent(f);
    if (f.dialog().equals(set.startDialog()) && vars.get("caseNumber") != null) {
      // Registered: a later message adding to the matter goes to this case, not to a second one.
      Map<String, String> kept = new java.util.LinkedHashMap<>();
      kept.put(SUPPLEMENT_CASE, vars.get("caseNumber"));
      for (String slot : List.of("location", "location.county", "location.town", "polluter")) {
        if (f.slots().get(slot) != null) {
          kept.put(slot, f.slots().get(slot));
        }
      }
      now = now.filing(Frame.start("_filed", "filed").with(kept));
    }
    return offer(advance(now, d, next(d, d.indexOf(step.id()), outcome), new ArrayList<>(), vars));
  }

  /** An organ of the routing table ("城管") in the reader's words ({@code organ_<name>}; the name where none). */
  public String organName(String organ, String lang) {
    return organ == null ? "" : set.globalPrompts().get(DialogSet.promptLang(lang)).getOrDefault("organ_" + organ, organ);
  }

  /** A reply for a channel without buttons: the options as a numbered list; a number typed back picks one. */
  public String plainText(Reply r, String lang) {
    if (r.buttons().isEmpty()) {
      return r.text();
    }
    StringBuilder b = new StringBuilder(r.text());
    for (int i = 0; i < r.buttons().size(); i++) {
      b.append('\n').append(i + 1).append(". ").append(r.buttons().get(i).label());
    }
    return b.append('\n').append(global(lang, "options_hint")).toString();
  }

  // --- flow ------------------------------------------------------------------------------------------

  private Turn handleAnswer(ConversationState s, String text, Extraction given, List<Reply> out) {
    Dialog d = dialog(s);
    Step step = d.step(s.current().step());
    Extraction read = namedInEnglish(nameAsGiven(withoutVerbName(given, text), text), text);
    Extraction named = step.kind() == Step.Kind.ASK && s.current().checking() == null
        && d.slots().get(step.arg()).inferred().values().stream().anyMatch(l -> l.contains("name"))
        ? bareName(read, text) : read;
    // Two numbers given at another question ("13812345678 或者 0394-1234567 都行"): the extractor reads the first, and
    // keeping it would drop the other unseen. Neither is kept here: the phone question, when it comes, asks for one,
    // and given both again asks which (phone_two).
    Extraction x = step.kind() == Step.Kind.ASK && d.slots().get(step.arg()).type() != SlotType.PHONE
        && SlotType.phones(text).size() > 1 ? without(named, "phone") : named;
    return offer(switch (step.kind()) {
      case ASK -> correctionAside(s, d, step, text, out)
          .orElseGet(() -> s.current().checking() != null ? check(s, d, step, text, out) : answer(s, d, step, text, x, out));
      case CONFIRM -> confirm(s, d, step, text, x, out);
      default -> advance(s, d, d.indexOf(step.id()), out, Map.of());
    });
  }

  private Turn begin(ConversationState s, String dialogId, List<Reply> out) {
    Dialog d = set.dialogs().get(dialogId);
    return offer(advance(s.withCurrent(Frame.start(dialogId, d.steps().get(0).id())), d, 0, out, Map.of()));
  }

  private Turn advance(ConversationState s, Dialog d, int from, List<Reply> out, Map<String, String> vars) {
    int i = from;
    Set<Integer> visited = new HashSet<>();
    while (i < d.steps().size() && visited.add(i)) {
      Step step = d.steps().get(i);
      Frame f = s.current().at(step.id());
      s = s.withCurrent(f);
      switch (step.kind()) {
        case ASK -> {
          String slot = step.arg();
          if (Turn.LIFE_SAFETY.equals(step.onlyIf()) && (!s.flagged(Turn.LIFE_SAFETY) || f.slots().containsKey(slot))) {
            i = next(d, i, f.slots().get(slot)); // asked first only after a danger to life (Art 19)
            continue;
          }
          if (ELSEWHERE.equals(step.onlyIf())) {
            Optional<Elsewhere> where = f.slots().containsKey(slot) ? Optional.empty()
                : elsewhere.apply(f.slots().get(NLP_PREFIX + "matter"), placeCode(d, f));
            if (where.isEmpty()) {
              i = next(d, i, f.slots().get(slot));
              continue;
            }
            // Kept for the prompts ({organ}, {why}) and for the case: the petitioner was told (Art 17(3)).
            f = f.with(NLP_PREFIX + "organ", where.get().organ()).with(NLP_PREFIX + "whyZh", where.get().whyZh())
                .with(NLP_PREFIX + "whyEn", where.get().whyEn());
            s = s.withCurrent(f);
          }
          if (step.preset() != null && !f.slots().containsKey(slot) && !f.editing()) {
            f = f.with(slot, step.preset());
            s = s.withCurrent(f);
          }
          if (f.slots().containsKey(slot) && !f.editing()) {
            // Filled from the free text with confidence: shown in the summary, not asked again.
            i = next(d, i, f.slots().get(slot));
            continue;
          }
          if (f.suggested().containsKey(slot)) {
            ConversationState checking = s.withCurrent(f.checking(slot));
            out.add(checkPrompt(checking, d, slot, f.suggested().get(slot)));
            return new Turn(checking, out, null);
          }
          out.add(prompt(s, d, step));
          return new Turn(s, out, null);
        }
        case CONFIRM -> {
          out.add(prompt(s, d, step));
          return new Turn(s, out, null);
        }
        case SAY -> {
          String lang = s.lang();
          List<Reply.Button> buttons = step.offer().stream().map(key -> button(prompt(d, lang, key))).toList();
          out.add(new Reply(render(d, step.arg(), s, vars), buttons));
          i = next(d, i, null);
        }
        case SUBMIT -> {
          return new Turn(s, out, new Effect(step.arg(), liveSlots(d, f, step.id()), s.lang()));
        }
        case END -> i = d.steps().size();
      }
    }
    return finish(s, out);
  }

  private Turn finish(ConversationState s, List<Reply> out) {
    if (s.current() != null && s.current().dialog().equals(set.startDialog())) {
      s = s.unflag(Turn.URGENT).unflag(Turn.LIFE_SAFETY); // the matter it flagged is registered (or dropped) now
    }
    ConversationState rest = s.pop();
    if (!out.isEmpty() && !out.get(out.size() - 1).buttons().isEmpty()) {
      // The dialog ended offering what may come next (after a status answer: another case, a new report, a
      // person): no question follows. A report not yet begun under it is dropped; one half-way waits, and
      // "新的反映" brings it back.
      if (rest.current() != null && rest.current().trail().isEmpty()) {
        rest = rest.pop();
      }
      return new Turn(rest, out, null);
    }
    return resumeSuspended(rest, out);
  }

  /**
   * A status question in plain words ("帮我看看HB…到哪一步了", "我的投诉处理得怎么样了"), or a case number anywhere in
   * a message, at any step but the status query's own: the status query starts, with the case number if given.
   */
  private Optional<Turn> statusInPlainWords(ConversationState s, String text, Extraction x, List<Reply> out) {
    if (statusDialog == null || s.current() != null && !s.current().dialog().equals(set.startDialog())) {
      return Optional.empty();
    }
    String k = Text.key(text);
    Matcher number = CASE_NUMBER.matcher(Text.halfWidth(text).toUpperCase(java.util.Locale.ROOT));
    boolean hasNumber = number.find();
    // Whether the key says progress in words: searched once, and only where an answer needs it (issue 16: this
    // method ran the search up to three times a turn, on nearly every turn of a report).
    Boolean asks = null;
    // A number in another office's format (12345's work orders, another bureau's): no case of this gateway, said
    // kindly before the query asks for one of ours, when the message asks about progress.
    String foreign = null;
    Optional<String> given = hasNumber || x == null ? Optional.empty()
        : x.field("caseNumber").map(Extraction.Field::value);
    if (given.isPresent()) {
      boolean status = x.field("intent").map(Extraction.Field::value).filter("status"::equals).isPresent();
      if (!status && k.length() <= 120) {
        asks = STATUS_WORDS.matcher(k).find();
      }
      foreign = status || Boolean.TRUE.equals(asks) ? given.get() : null;
    }
    // Short enough to be a question of progress (longer in English); the language is read only where it decides.
    boolean brief = k.length() <= STATUS_QUESTION_MAX || k.length() <= STATUS_QUESTION_MAX_LATIN
        && languageOf(text).filter("en"::equals).isPresent();
    boolean question = !hasNumber && foreign == null && brief
        && (asks != null ? asks : STATUS_WORDS.matcher(k).find());
    if (question) {
      // A number the extractor does not read as one ("2026-123", a bare work-order number) in a question of progress.
      Matcher other = OTHER_NUMBER.matcher(Text.halfWidth(text));
      while (foreign == null && other.find()) {
        String n = other.group();
        if (!SlotType.PHONE.accept(n, null, null).isPresent()) {
          foreign = n;
        }
      }
    }
    if (!hasNumber && foreign == null && !question) {
      return Optional.empty();
    }
    if (foreign != null) {
      out.add(Reply.text(render(null, "foreign_case_number", s, Map.of("caseNumber", foreign))));
    }
    String quoted = hasNumber ? SPACE.matcher(number.group()).replaceAll("") : null;
    String own = s.current() == null && s.filed() != null ? s.filed().slots().get(SUPPLEMENT_CASE) : null;
    if (quoted != null && quoted.equals(own)) {
      // Its own case quoted in the conversation that registered it ("HB… 进展如何"): no code to ask.
      return Optional.of(progressEffect(s, quoted, out));
    }
    return Optional.of(statusQuery(s, quoted, out));
  }

  /**
   * The progress of the case registered in this conversation, read by the gateway without a code (the conversation is
   * its owner; {@link Effect#CASE_PROGRESS}), answered by {@link #progress}.
   */
  private Turn progressEffect(ConversationState s, String caseNumber, List<Reply> out) {
    return new Turn(s, out, new Effect(Effect.CASE_PROGRESS, Map.of(SUPPLEMENT_CASE, caseNumber), s.lang()));
  }

  /**
   * The answer to {@link Effect#CASE_PROGRESS}: {@code vars} the case as its petitioner may read it (caseNumber, state,
   * department, next: the deadline owed next, a line or empty); null when the gateway found no such case of this
   * conversation — then the progress query asks for its code, as before.
   */
  public Turn progress(ConversationState s, String caseNumber, Map<String, String> vars) {
    if (vars == null) {
      return statusQuery(s, caseNumber, new ArrayList<>());
    }
    return new Turn(s, List.of(Reply.text(render(null, "progress_own_case", s, vars))), null);
  }

  /** The progress query, with {@code caseNumber} filled in when known (then only the query code is asked). */
  private Turn statusQuery(ConversationState s, String caseNumber, List<Reply> out) {
    Dialog d = set.dialogs().get(statusDialog);
    Frame f = Frame.start(statusDialog, d.steps().get(0).id());
    if (caseNumber != null) {
      String slot = d.slots().values().stream().filter(sp -> sp.type() == SlotType.CASE_NUMBER).map(SlotSpec::name)
          .findFirst().orElse(null);
      if (slot != null) {
        f = f.with(slot, caseNumber);
      }
    }
    return offer(advance(s.push(f), d, 0, out, Map.of()));
  }

  /** Back to the frame a command interrupted, saying so only if something had been answered there. */
  private Turn resumeSuspended(ConversationState s, List<Reply> out) {
    if (s.current() == null) {
      return new Turn(s, out, null);
    }
    if (!s.current().trail().isEmpty()) {
      out.add(Reply.text(global(s.lang(), "resume_previous")));
    }
    return reprompt(s, out);
  }

  /**
   * An answer the bot could not understand. The second in a row at a question says what is expected, with an
   * example; the third offers a person (a button to the staff queue) and tells the staff that this conversation
   * needs one; the count starts again.
   */
  private Turn notUnderstood(ConversationState s, Dialog d, SlotSpec spec, List<Reply> out) {
    ConversationState missed = s.missed(true);
    if (missed.misses() == MISS_LIMIT - 1 && d != null) {
      out.add(Reply.text(global(s.lang(), "misunderstood_example").replace("{example}", example(s.lang(), d, spec))));
    }
    if (missed.misses() < MISS_LIMIT) {
      return new Turn(missed, out, null);
    }
    String human = global(s.lang(), "misunderstood_human");
    out.add(new Reply(global(s.lang(), "misunderstood_offer"), List.of(new Reply.Button(human, human))));
    return new Turn(missed.missed(false), out, null, Set.of(Turn.MISUNDERSTOOD));
  }

  /** An example answer: the question's own ({@code example_<slot>}), else the first option, else the type's. */
  private String example(String lang, Dialog d, SlotSpec spec) {
    if (spec == null) {
      return global(lang, "example_confirm");
    }
    String own = d.prompts().getOrDefault(DialogSet.promptLang(lang), Map.of()).get("example_" + spec.name());
    if (own != null) {
      return own;
    }
    if (spec.type() == SlotType.ENUM) {
      return global(lang, "example_enum").replace("{value}",
          prompt(d, lang, "value_" + spec.name() + "_" + spec.values().get(0)));
    }
    return global(lang, "example_" + spec.type().key());
  }

  /**
   * What to do now: one block, for the first situation of the message in the catalogue's safety order (commands.yaml
   * {@code safety:}), so that the reply stays short on an old phone and never gives two sets of steps to follow.
   */
  private String safetyAdvice(String lang, Extraction x) {
    Set<String> found = new HashSet<>();
    for (String situation : x.field("situation").map(Extraction.Field::value).orElse("").split(",")) {
      found.add(situation.strip());
    }
    for (String situation : set.safetyOrder()) {
      if (found.contains(situation)) {
        return "\n" + set.globalPrompts().get(DialogSet.promptLang(lang)).get("safety_" + situation);
      }
    }
    return "";
  }

  /** "Noted: …" for the items an answer filled or made finer (a town added to the place) besides the one asked. */
  private String noted(ConversationState s, Dialog d, Frame before, Frame after) {
    List<String> items = new ArrayList<>();
    ConversationState now = s.withCurrent(after);
    for (String slot : d.slots().keySet()) {
      if (after.slots().containsKey(slot) && !after.slots().get(slot).equals(before.slots().get(slot))) {
        String label = d.prompts().get(DialogSet.promptLang(s.lang())).getOrDefault("label_" + slot, slot);
        items.add(label + ("en".equals(s.lang()) ? ": " : "：") + display(now, d, slot));
      }
    }
    return global(s.lang(), "noted").replace("{items}", String.join("en".equals(s.lang()) ? "; " : "；", items));
  }

  /**
   * Staff hand the conversation back: the dialog goes on at the step where it stood, or at {@code step} of the
   * dialog in progress when staff choose one (empty: no such step there), and asks its question again.
   */
  public Optional<Turn> handBack(ConversationState s, String step) {
    if (step != null && !step.isBlank()) {
      if (s.current() == null || !dialog(s).hasStep(step)) {
        return Optional.empty();
      }
      s = s.withCurrent(s.current().editing(false).at(step));
    }
    return Optional.of(reprompt(s.missed(false), new ArrayList<>()));
  }

  /** The steps a conversation may be handed back to: those of the dialog in progress that ask something. */
  public List<String> askSteps(ConversationState s) {
    if (s.current() == null) {
      return List.of();
    }
    return dialog(s).steps().stream().filter(Step::waits).map(Step::id).toList();
  }

  /** A petitioner who leaves the staff queue ("取消") is back with the bot where they were. */
  public Turn backFromStaff(ConversationState s) {
    List<Reply> out = new ArrayList<>();
    out.add(Reply.text(global(s.lang(), "handoff_left")));
    return reprompt(s, out);
  }

  private static int next(Dialog d, int i, String value) {
    Step step = d.steps().get(i);
    if (step.goTo() != null) {
      return d.indexOf(step.goTo());
    }
    if (value != null && step.branches().containsKey(value)) {
      return d.indexOf(step.branches().get(value));
    }
    return i + 1;
  }

  private Turn answer(ConversationState s, Dialog d, Step step, String input, Extraction x, List<Reply> out) {
    SlotSpec spec = d.slots().get(step.arg());
    Frame f = s.current();
    if (submitsEarly(input)) {
      // The summary's button typed (or tapped in an old message) before the summary: no answer to this question.
      out.add(Reply.text(global(s.lang(), "not_at_summary")));
      return reprompt(s.missed(false), out);
    }
    Optional<String[]> chosen = choiceAlone(d, spec, input);
    if (chosen.isPresent()) {
      // "我要匿名" when asked since when or who causes it: the anonymity chosen ("已记下：反映方式：匿名反映"), never the
      // time or the polluter; the question asked again.
      Frame now = f.with(chosen.get()[0], chosen.get()[1]);
      out.add(Reply.text(noted(s, d, f.without(chosen.get()[0]), now)));
      return advance(s.missed(false).withCurrent(now), d, afterChoice(d, f, chosen.get(), step), out, Map.of());
    }
    if (IDENTITY.contains(String.valueOf(spec.from())) && !step.prefill()) {
      // A wish about another item in a sentence, said when asked the name or the address: never their value. The
      // writer's own ("我也不想留名") is the choice, noted; one told of someone else ("我邻居说他不想留名") chooses nothing.
      Optional<String[]> wished = wishIn(d, spec, Text.key(input));
      if (wished.isPresent() && wished.get()[1] != null) {
        Frame now = f.with(wished.get()[0], wished.get()[1]);
        out.add(Reply.text(noted(s, d, f.without(wished.get()[0]), now)));
        return advance(s.missed(false).withCurrent(now), d, afterChoice(d, f, wished.get(), step), out, Map.of());
      }
      if (wished.isPresent()) {
        out.add(prompt(s, d, step));
        return notUnderstood(s, d, spec, out);
      }
    }
    if (spec.type() == SlotType.ENUM && !spec.explicit() && spec.values().contains(OTHER_VALUE)
        && SlotType.dontKnow(Text.key(input)) && d.prompts().getOrDefault(DialogSet.promptLang(s.lang()), Map.of())
            .containsKey("unknown_" + spec.name())) {
      // "不知道", "I don't know" when asked which kind of problem: no reason to stop the report. Its catch-all option,
      // said so (the department reads the account), and changeable at the summary.
      out.add(Reply.text(prompt(d, s.lang(), "unknown_" + spec.name())));
      return answered(s, d, step, spec, f.with(spec.name(), OTHER_VALUE), x, out);
    }
    if (declines(spec, input)) {
      if (!spec.optional()) {
        // Not a value: what the refusal means here is said, and the question asked again.
        Map<String, String> texts = d.prompts().getOrDefault(DialogSet.promptLang(s.lang()), Map.of());
        String own = texts.getOrDefault("declined_" + step.id(), texts.get("declined_" + spec.name()));
        out.add(Reply.text(own != null ? own : global(s.lang(), "declined_required")));
        return reprompt(s.missed(false), out);
      }
      // Declined: the item stays not given (shown so in the summary, never submitted), and the dialog goes on.
      return answered(s, d, step, spec, f.with(spec.name(), DECLINED), x, out);
    }
    if (unknownSaid(spec, step, input)) {
      if (!spec.optional()) {
        // "不知道" where an answer is needed (the request, the name): no value; the question again, a few words asked for.
        out.add(Reply.text(global(s.lang(), "unknown_required")));
        return reprompt(s.missed(false), out);
      }
      // "不知到", "布吉岛", "晓不得", "dont no", "idk" at a question that takes it (since when, who causes it, how many): the
      // item is unknown — "不清楚" in the summary, never stored or submitted as a value (no polluter called "布吉岛").
      return answered(s, d, step, spec, f.with(spec.name(), UNKNOWN), x, out);
    }
    if (spec.type() == SlotType.TEXT && BUTTON_NUMBER.matcher(Text.key(input)).matches()) {
      // A button's number where the question has none ("1" when asked who causes it: the last question's habit, or
      // a tap meant for another message): no name, no request, and no count either. The question again.
      out.add(prompt(s, d, step));
      return notUnderstood(s, d, spec, out);
    }
    if (spec.type() != SlotType.PLACE && notAnAnswer(spec, input, x)) {
      // A yes or a no to an open question, or only other items (a name and a phone typed when asked the address, a
      // phone number as the first message): never this item's value. What it carries is kept, and the question asked again.
      Frame others = missed(d, f, x, spec.name(), input);
      if (!others.slots().equals(f.slots())) {
        out.add(Reply.text(noted(s, d, f, others)));
        return advance(s.missed(false).withCurrent(others), d, d.indexOf(step.id()), out, Map.of());
      }
      out.add(prompt(s, d, step));
      return notUnderstood(s, d, spec, out);
    }
    // At a count or a time question, only an answer that is none of its kind ("叫他们停工" when asked how many).
    // An English time is taken loosely ("last yeer"): there, a wish in which the extractor reads no time is no time.
    boolean countOrTime = spec.type() == SlotType.COUNT && accept(s.lang(), d, spec, input).isEmpty()
        || spec.type() == SlotType.WHEN && (accept(s.lang(), d, spec, input).isEmpty() || x.field("since").isEmpty());
    Optional<String> wish = spec.type() == SlotType.TEXT && !step.prefill() || countOrTime
        ? requestInstead(d, f, spec, input, x) : Optional.empty();
    if (wish.isPresent()) {
      // What should be done, said at another open question ("希望让他们晚上停工" when asked who causes it): the request,
      // kept ("已记下：诉求：…"), and the question asked again — never taken for the polluter or the address.
      Frame others = f.with(wish.get(), TRAILING_STOPS.matcher(Text.halfWidth(input).strip()).replaceAll(""));
      out.add(Reply.text(noted(s, d, f, others)));
      return advance(s.missed(false).withCurrent(others), d, d.indexOf(step.id()), out, Map.of());
    }
    Optional<String[]> count = "polluter".equals(spec.from()) && !step.prefill() ? countInstead(s.lang(), d, f, input)
        : Optional.empty();
    if (count.isPresent()) {
      // "about 50", "五十来个" when asked who causes it: how many, kept, and the question asked again — no one's name.
      Frame others = f.with(count.get()[0], count.get()[1]);
      out.add(Reply.text(noted(s, d, f, others)));
      return advance(s.missed(false).withCurrent(others), d, d.indexOf(step.id()), out, Map.of());
    }
    if (("name".equals(spec.from()) || "phone".equals(spec.from())) && !step.prefill()) {
      // A street address when asked the name or the phone: the petitioner's own address, kept, and the question again.
      Optional<String> street = StreetAddress.alone(input);
      Frame given = f;
      Optional<SlotSpec> home = d.slots().values().stream().filter(sp -> "address".equals(sp.from()) && sp.type() == SlotType.TEXT
          && !given.slots().containsKey(sp.name()) && d.hasStep(sp.name())).findFirst();
      if (street.isPresent() && home.isPresent()) {
        Frame kept = f.with(home.get().name(), street.get());
        out.add(Reply.text(noted(s, d, f, kept)));
        return advance(s.missed(false).withCurrent(kept), d, d.indexOf(step.id()), out, Map.of());
      }
    }
    if (spec.type() != SlotType.PLACE && !step.prefill() && !IDENTITY.contains(String.valueOf(spec.from()))) {
      // (At the name, phone or address question an address is the petitioner's own, not the problem's.)
      Optional<String> street = StreetAddress.alone(input);
      if (street.isPresent()) {
        // A street address said when something else was asked ("在双龙大道8号", "It is at No. 8 Shuanglong Avenue" when
        // asked since when): where the problem is, more exactly — never a time, a count (its door number) or a name.
        Optional<Frame> exact = streetInPlace(f, d, street.get(), StreetAddress.CORRECTS.matcher(input.strip()).find());
        if (exact.isPresent()) {
          out.add(Reply.text(noted(s, d, f, exact.get())));
          return advance(s.missed(false).withCurrent(exact.get()), d, d.indexOf(step.id()), out, Map.of());
        }
        out.add(prompt(s, d, step));
        return notUnderstood(s, d, spec, out);
      }
    }
    if (spec.type() != SlotType.PLACE && !step.prefill()) {
      // A town or a village said after the county was taken ("宁平镇" when asked since when): the place it completes.
      Frame before = f;
      Optional<Frame> finer = finerPlace(d, f, input, spec.name())
          .or(() -> x.field("place").flatMap(p -> finerPlace(d, before, p.value(), spec.name())));
      if (finer.isPresent() && accept(s.lang(), d, spec, input).isEmpty()) {
        out.add(Reply.text(noted(s, d, f, finer.get())));
        return advance(s.missed(false).withCurrent(finer.get()), d, d.indexOf(step.id()), out, Map.of());
      }
    }
    if (spec.type() == SlotType.PLACE) {
      String typed = TRAILING_STOPS.matcher(Text.halfWidth(Text.simplified(input)).strip()).replaceAll("");
      String pending = f.slots().get(spec.name() + PENDING);
      if (WhereUnknown.says(Text.key(typed))) {
        return whereUnknown(s, d, step, spec, x, out);
      }
      String besides = WhereUnknown.after(typed);
      if (besides != null) {
        // "不清楚具体地址，在江宁区": what is known, read as the place; "不知道在哪，就上学路上": a landmark without one.
        if (places.resolve(besides).isPresent()) {
          typed = besides;
        } else {
          s = s.withCurrent(f.with(spec.name() + NEAR_SAID, besides));
          return whereUnknown(s, d, step, spec, x, out);
        }
      }
      Optional<Place> p = places.resolve(typed);
      String kept = typed;
      if (pending != null && (p.isEmpty() || !places.complete(p.get()))) {
        // The city of an ambiguous county, or the district of a city: with what was said before.
        boolean cityMissing = places.resolve(pending).map(Place::ambiguous).orElse(false);
        // English names are joined with a comma ("Gulou District, Nanjing"), Chinese ones run together.
        String sep = hasHan(typed) && hasHan(pending) ? "" : ", ";
        for (String joined : cityMissing ? List.of(typed + sep + pending, pending + sep + typed)
            : List.of(pending + sep + typed, typed + sep + pending)) {
          Optional<Place> q = places.resolve(joined);
          if (q.isPresent() && places.complete(q.get())) {
            p = q;
            kept = joined;
            break;
          }
        }
      }
      // Made once: a city's districts (each read in English for an English reader) cost gazetteer look-ups.
      Reply offered = p.isPresent() && !places.complete(p.get()) && (p.get().ambiguous() || p.get().atLeastCity()
          || provinceOnly(p.get())) ? offerOf(s.lang(), spec.name(), p.get()) : null;
      if (offered != null && (!offered.buttons().isEmpty() || askedInWords(p.get()))) {
        // Not yet a place: ask for the city or the district, keeping what was said.
        ConversationState asking = s.withCurrent(f.with(spec.name() + PENDING, typed));
        out.add(offered);
        return new Turn(asking, out, null);
      }
      if (p.isEmpty() || !places.complete(p.get())) {
        // No place, but it may carry other items ("就是化肥厂", a name, a phone): kept, and the place asked again.
        Frame others = p.isEmpty() ? missed(d, f, x, spec.name(), input) : f;
        if (!others.slots().equals(f.slots())) {
          out.add(Reply.text(noted(s, d, f, others)));
          return advance(s.missed(false).withCurrent(others), d, d.indexOf(step.id()), out, Map.of());
        }
        if (f.slots().containsKey(spec.name() + NEAR_ASKED) && p.isEmpty() && typed.codePoints().anyMatch(Character::isLetter)
            && x.field("since").isEmpty() && x.affected() == null && yesNo(Text.key(typed)).isEmpty()) {
          // The landmark asked for once ("村口那座桥边上"): taken as said, with what is known of the divisions.
          return answered(s, d, step, spec, roughPlace(f, spec.name(), typed), x, out);
        }
        String key = p.isPresent() && p.get().ambiguous() ? "invalid_place_ambiguous" : "invalid_place";
        out.add(Reply.text(global(s.lang(), key).replace("{county}", p.map(Place::county).orElse(""))));
        return notUnderstood(s, d, spec, out);
      }
      f = withPlace(f.without(spec.name()), spec.name(), placeAlone(kept, p.get()), p.get());
    } else {
      if ("polluter".equals(spec.from()) && UnitKind.kindless(input)) {
        // "工厂冒的烟", "a factory": a unit word with neither name nor kind names no one. Which one is asked (or "不清楚").
        out.add(Reply.text(prompt(d, s.lang(), "unnamed_" + spec.name())));
        return notUnderstood(s, d, spec, out);
      }
      Optional<String> value = accept(s.lang(), d, spec, input);
      if (value.isEmpty() && "request".equals(spec.from()) && !step.prefill()
          && ONE_WORD_DEMAND.matcher(Text.key(input)).matches()) {
        // "查", "管！", "罚吧" from an old phone, one character a message: what should be done, in one word.
        value = Optional.of(TRAILING_STOPS.matcher(Text.halfWidth(input).strip()).replaceAll(""));
      }
      if (value.isPresent() && spec.type() == SlotType.COUNT && x.affected() != null && x.affected().text() != null
          && INNER_BREAK.matcher(input.strip()).find() && !x.affected().text().equals(input.strip()) && longAnswer(input)) {
        // A count told in a long sentence ("全村大概有三百来户吧，都受影响，特别是东头那几十户最厉害"): the count, as the
        // extractor reads it, not the whole sentence. A short one is kept as said: "就我们这栋楼，四十多户" says whose.
        Optional<String> counted = accept(s.lang(), d, spec, x.affected().text());
        value = counted.isPresent() ? counted : value;
      }
      List<String> numbers = spec.type() == SlotType.PHONE && value.isEmpty() ? SlotType.phones(input) : List.of();
      if (numbers.size() > 1) {
        // Two numbers given ("13812345678，13987654321"): not a wrong format — one is kept, so which one is asked.
        out.add(Reply.text(render(null, "phone_two", s, Map.of("phones", String.join(s.lang().startsWith("zh") ? "、" : ", ", numbers)))));
        return new Turn(s.missed(false), out, null);
      }
      String pieces = step.prefill() ? f.slots().get(spec.name() + PIECES) : null;
      if (value.isPresent() && step.prefill() && fewWords(input) && !problemNamed(d, input)) {
        // "our village", "the river": English words too few to say what happened alone, a piece as "我们村" is.
        value = Optional.empty();
      }
      if (value.isPresent() && pieces != null && step.prefill()) {
        // The last piece long enough alone ("我们村" "河里的鱼全都死光了"): the story is the pieces with it.
        String joined = joinPiece(pieces, input);
        value = accept(s.lang(), d, spec, joined).or(() -> Optional.of(input));
      }
      if (value.isEmpty() && pieces != null) {
        // The story sent in short messages ("我们村" "河里" "死鱼了"): read together once they say what happened.
        String joined = joinPiece(pieces, input);
        if (saysWhatHappened(d, spec, joined)) {
          value = Optional.of(joined);
        }
      }
      if (value.isEmpty() && step.prefill()) {
        // A short account as the last piece ("河" "臭" "死鱼"): the story is the pieces with it, not the last one alone.
        String joined = pieces != null ? joinPiece(pieces, input) : input;
        value = shortAccount(d, spec, joined).or(() -> shortAccount(d, spec, input).map(v -> joined));
      }
      if (value.isPresent() && step.prefill()) {
        // "你们管不管工地晚上的噪音？", "Can you do anything about the smoke…?": the question is answered, the matter kept.
        String lang = s.lang();
        Optional<String> matter = matterAsked(value.get())
            .flatMap(m -> accept(lang, d, spec, m).or(() -> shortAccount(d, spec, m)));
        if (matter.isPresent()) {
          value = matter;
          out.add(Reply.text(render(null, "asked_first", s, Map.of())));
        }
      }
      if (value.isEmpty()) {
        // Not the answer asked for, but it may carry others ("在顺德" when asked what kind of matter): kept.
        Frame others = missed(d, f, x, spec.name(), input);
        if (others.slots().equals(f.slots())) {
          Optional<Frame> kept = step.prefill() ? piece(spec, f, input) : Optional.empty();
          if (kept.isPresent()) {
            // A piece of the story, too short alone: kept, and the petitioner asked to go on — no miss counted.
            boolean own = d.prompts().getOrDefault(DialogSet.promptLang(s.lang()), Map.of()).containsKey("more_" + spec.name());
            out.add(own ? Reply.text(render(d, "more_" + spec.name(), s, Map.of())) : invalid(s, d, spec, step));
            return new Turn(s.missed(false).withCurrent(kept.get()), out, null);
          }
          out.add(invalid(s, d, spec, step));
          return notUnderstood(s, d, spec, out);
        }
        out.add(Reply.text(noted(s, d, f, others)));
        // Others that imply this answer (a name given when asked whether to stay anonymous) answer it too, unless the
        // answer says another option in words ("我叫X，但是想匿名"): then the question is asked again.
        String said = Text.key(input);
        value = implied(spec, f, others).filter(v -> !saysOtherOption(d, spec, said, v));
        if (value.isEmpty() && spec.type() != SlotType.TEXT) {
          value = besides(s.lang(), d, spec, f, others, x, input);
        }
        if (value.isEmpty()) {
          return advance(s.missed(false).withCurrent(others), d, d.indexOf(step.id()), out, Map.of());
        }
        f = others;
      }
      if (step.prefill() && spec.type() == SlotType.TEXT) {
        value = Optional.of(withoutTail(s.lang(), d, spec, x, value.get()));
      }
      if ("name".equals(spec.from()) && !step.prefill()) {
        value = value.map(v -> ownName(v, x)); // "张大爷叫张德福，我叫李娟，我是他邻居": the writer's own name, 李娟
      }
      if ("address".equals(spec.from()) && !step.prefill()) {
        value = value.map(PlaceTail::cutAddress); // "幸福小区3栋我家天天闻到臭味": the address, not the rest
      }
      if (IDENTITY.contains(String.valueOf(spec.from())) && !"phone".equals(spec.from()) && !step.prefill()) {
        // "幸福小区3栋，电话13800001111": the phone is the phone (kept by the extractor), never in the address or the name.
        Optional<String> bare = value.map(PhoneAside::without).filter(v -> !Text.key(v).isEmpty());
        value = bare.isPresent() ? bare : value;
      }
      if ("polluter".equals(spec.from()) && !step.prefill()) {
        // "太和镇那个宏达化工厂": where the unit is, said before it, is the place (made finer if it was less exact).
        Optional<PolluterLead.Split> lead = PolluterLead.in(value.get());
        Frame before = f;
        Optional<Frame> placed = lead.flatMap(l -> leadInPlace(d, before, l.place()));
        if (placed.isPresent()) {
          f = placed.get();
          value = Optional.of(lead.get().unit());
        }
      }
      f = f.with(spec.name(), named(spec, value.get()));
      if (pieces != null) {
        f = f.without(spec.name() + PIECES);
      }
    }
    return answered(s, d, step, spec, f, x, out);
  }

  /**
   * What happened without a closing rhetorical question or exclamation ("……这还有没有王法了？", "你们说这像话吗"): the
   * facts kept, the feeling set aside — unless what is left is too short, or the extractor reads the request in it.
   */
  private Optional<String> tailless(String lang, Dialog d, SlotSpec spec, Extraction x, String facts) {
    String plain = RhetoricalTail.without(facts);
    if (plain.equals(facts)) {
      return Optional.empty();
    }
    String tail = facts.substring(Math.min(facts.length(), plain.length()));
    boolean request = x.field("request").map(r -> tail.contains(r.value()) || r.value().contains(tail.strip())).orElse(false);
    return request ? Optional.empty() : accept(lang, d, spec, plain);
  }

  private String withoutTail(String lang, Dialog d, SlotSpec spec, Extraction x, String facts) {
    return tailless(lang, d, spec, x, facts).orElse(facts);
  }

  /**
   * The place as typed without the rest of the sentence after it ("江宁区秣陵街道那个养猪场天天臭": 江宁区秣陵街道), where
   * what is left is still the same place; otherwise as typed.
   */
  private String placeAlone(String typed, Place p) {
    String cut = PlaceTail.cut(typed);
    return !cut.equals(typed) && places.resolve(cut).filter(q -> places.complete(q)
        && Objects.equals(q.county(), p.county()) && Objects.equals(q.town(), p.town())).isPresent() ? cut : typed;
  }

  /** Longer than a count with a word of whose (more than 20 characters with Chinese in it, else more than 10 words). */
  private static boolean longAnswer(String input) {
    String t = input.strip();
    return hasHan(t) ? t.codePointCount(0, t.length()) > 20 : wordCount(t) > 10;
  }

  /** A break between clauses inside an answer (not one that only ends it). */
  private static final Pattern INNER_BREAK = Pattern.compile("[，,；;。.！!？?](?=.*\\S)");

  /** The most words of an English piece of a story: "our village", "down by the mill" say no more than "我们村" does. */
  private static final int FEW_WORDS = 4;
  /** Kind words that name only where or what, no problem: "the river" alone says nothing happened to it. */
  private static final Set<String> MEDIUM_WORDS = Set.of("water", "river", "the river", "air", "soil", "the soil", "land", "nature");

  private static int wordCount(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("[\\s,.;:!?]+").length;
  }

  /** An English message of few words (no Chinese in it): too few alone to say what happened. */
  private static boolean fewWords(String input) {
    String typed = TRAILING_STOPS.matcher(Text.halfWidth(input).strip()).replaceAll("");
    return !hasHan(typed) && typed.codePoints().anyMatch(Character::isLetter) && wordCount(typed) <= FEW_WORDS;
  }

  /** Whether English words name a problem in the words of the kind question ("dead fish", "smoke", "it stinks"). */
  private static boolean problemNamed(Dialog d, String text) {
    String lower = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").strip() + " ";
    for (SlotSpec kind : d.slots().values()) {
      if ("kind".equals(kind.from()) && kind.answers().values().stream().flatMap(List::stream)
          .anyMatch(w -> !hasHan(w) && !MEDIUM_WORDS.contains(w) && lower.contains(" " + w + " "))) {
        return true;
      }
    }
    return false;
  }

  /** A frame key: the pieces of a story sent in short messages, kept until together they say what happened. */
  static final String PIECES = ".pieces";

  /** The pieces so far and this one, as one text (Chinese run together, other words with a space). */
  private static String joinPiece(String pieces, String input) {
    String typed = TRAILING_STOPS.matcher(Text.halfWidth(input).strip()).replaceAll("");
    if (pieces == null || pieces.isEmpty()) {
      return typed;
    }
    return hasHan(pieces) && hasHan(typed) ? pieces + typed : pieces + " " + typed;
  }

  /**
   * This answer kept as a piece of the story: words, shorter than the question's minimum, and with the pieces before it
   * not yet four times that long (a petitioner who types on and on in pieces is asked as before).
   */
  private static Optional<Frame> piece(SlotSpec spec, Frame f, String input) {
    String typed = TRAILING_STOPS.matcher(Text.halfWidth(input).strip()).replaceAll("");
    String pieces = f.slots().get(spec.name() + PIECES);
    boolean han = hasHan(typed) || pieces != null && hasHan(pieces);
    if (typed.isEmpty() || !SlotType.words(typed, 1)
        || (han ? typed.codePointCount(0, typed.length()) >= spec.min() : !fewWords(typed))
        || pieces != null && (han ? pieces.length() >= spec.min() * 4 : wordCount(pieces) >= FEW_WORDS * 4)) {
      return Optional.empty();
    }
    return Optional.of(f.with(spec.name() + PIECES, joinPiece(pieces, input)));
  }

  /** Whether pieces read together say what happened: a kind of problem named in them, or twice the minimum said. */
  private static boolean saysWhatHappened(Dialog d, SlotSpec spec, String joined) {
    int n = joined.codePointCount(0, joined.length());
    if (n > spec.max() || !SlotType.words(joined, spec.min())) {
      return false;
    }
    if (!hasHan(joined)) {
      // English pieces by their words: a problem named, or twice as many words as one piece may have.
      return problemNamed(d, joined) || wordCount(joined) > FEW_WORDS * 2;
    }
    if (n >= spec.min() * 2) {
      return true;
    }
    String lower = joined.toLowerCase(java.util.Locale.ROOT);
    for (SlotSpec kind : d.slots().values()) {
      if ("kind".equals(kind.from()) && kind.answers().values().stream().flatMap(List::stream)
          .anyMatch(w -> hasHan(w) ? joined.contains(w) : (" " + lower + " ").contains(" " + w + " "))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An account shorter than the free-text question's minimum that names a kind of problem in the words of the dialog's
   * kind question ("河里臭", "太吵了", "冒黑烟": its {@code answers}, contained): what happened, as an old phone's user
   * types it — the questions that follow ask the rest. A greeting or a word that names no problem ("在吗", "好多人") is
   * still asked again.
   */
  private Optional<String> shortAccount(Dialog d, SlotSpec spec, String input) {
    String typed = TRAILING_STOPS.matcher(Text.halfWidth(Text.simplified(input)).strip()).replaceAll("");
    long han = typed.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    if (spec.type() != SlotType.TEXT || typed.length() >= spec.min() || typed.length() > spec.max()) {
      return Optional.empty();
    }
    if (han == 0) {
      // "dust", "loud": an English kind word, the whole answer (a word inside another, "adust", names nothing).
      String word = typed.toLowerCase(java.util.Locale.ROOT);
      for (SlotSpec kind : d.slots().values()) {
        if ("kind".equals(kind.from()) && kind.answers().values().stream().flatMap(List::stream)
            .anyMatch(w -> !hasHan(w) && w.equals(word))) {
          return Optional.of(typed);
        }
      }
      return Optional.empty();
    }
    if (han < 2) {
      return Optional.empty();
    }
    for (SlotSpec kind : d.slots().values()) {
      if ("kind".equals(kind.from()) && kind.answers().values().stream().flatMap(List::stream)
          .anyMatch(w -> hasHan(w) && typed.contains(w))) {
        return Optional.of(typed);
      }
    }
    return Optional.empty();
  }

  /**
   * A report put as a question, the whole message: whether the office deals with a matter, whom to turn to, whether it
   * may be reported ("你们管不管工地晚上施工的噪音？", "小区门口烧烤店油烟太大，这个归你们管吗", "Can you do anything about the
   * smoke from the foundry?", "Who do I complain to about the pig farm?"). Group {@code m} is the matter.
   */
  private static final Pattern ASKED_LEAD = Pattern.compile("^(?:请问|问一下|问下|想问一下|想问下|我想问一下|我想问下|我想问问|我想问)?"
      + "[，,\\s]*(?:你们|环保局|环保部门|政府|这里|你)?(?:到底|能不能|可不可以|能否|可以|能)?(?:管不管|管管|管一管|管一下|处理一下|帮忙处理一下|"
      + "帮忙管一下|帮忙管管)[，,\\s]*(?<m>.+?)[?？!！。.\\s]*$"
      + "|^(?:请问|问一下|问下|想问一下|想问下|我想问一下|我想问下|我想问问|我想问)?[，,\\s]*(?<m2>.+?)[，,\\s]*(?:这个|这种事|这事|这种情况|这)?"
      + "(?:你们|环保局|环保部门|政府|有没有人|有人)?(?:到底)?(?:管不管|归你们管吗|归不归你们管|归你们管不管|管吗|能管吗|能不能管|有人管吗|有没有人管|"
      + "该找谁反映|找谁反映|该找谁|找谁|找哪个部门|该找哪个部门|能不能投诉|可以投诉吗|能投诉吗|能不能举报|可以举报吗|能举报吗|能不能反映|可以反映吗|"
      + "怎么办|该怎么办|能不能处理|能处理吗)(?:啊|呀|吧|呢|哦|了|嘛)*[?？!！。.\\s]*$"
      + "|^(?i:(?:hi|hello)[,!.\\s]+)?(?i:(?:can|could|will|would) (?:you|someone|anyone|anybody)(?: please)? (?:do (?:anything|something)|help(?: me| us)?|"
      + "look into|deal with|handle|stop)(?: (?:about|with))?|is there anything (?:you|anyone|i|we) can do (?:about|with|against)|"
      + "what can (?:i|we) do (?:about|with|against)|what can be done (?:about|with|against)|"
      + "who (?:can|do|should|could) (?:i|we) (?:complain|talk|turn|report|go|write) to (?:about|regarding|over)|"
      + "(?:how )?(?:can|do|could|should) (?:i|we) (?:report|complain about|complain of)|"
      + "do you (?:handle|deal with|take|look into)(?: complaints| reports)?(?: about| of| on)?)\\s+(?<m3>.+?)"
      + "(?:\\s+(?:here|to you|please))?[?!.\\s]*$");

  /** The matter a report put as a question is about ({@link #ASKED_LEAD}), as a statement; empty if it is not one. */
  static Optional<String> matterAsked(String text) {
    Matcher m = ASKED_LEAD.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String matter = m.group("m") != null ? m.group("m") : m.group("m2") != null ? m.group("m2") : m.group("m3");
    matter = TRAILING_STOPS.matcher(matter.strip()).replaceAll("").strip();
    if (matter.isEmpty() || matter.equals(text.strip())) {
      return Optional.empty();
    }
    if (m.group("m3") != null) {
      matter = Character.toUpperCase(matter.charAt(0)) + matter.substring(1); // "The noise from the building site…"
    }
    return Optional.of(matter);
  }

  /** The words an item is introduced by, left behind once its value is set aside ("电话", "我叫", "my number is"). */
  private static final Pattern ITEM_LEAD = Pattern.compile("(?:联系电话|电话号码|手机号码|手机号|电话|手机|号码|联系方式|我叫|姓名|名字|"
      + "(?i:my (?:phone |mobile )?number is|phone|mobile|my name is))[\\s:：是为]*$");

  /**
   * Two answers at once ("全村都受影响，电话138…" when asked how many): the other items kept, what is left of the message
   * may still answer the question asked, instead of its being asked again. Not for an open question, whose answer may
   * hold anything.
   */
  private Optional<String> besides(String lang, Dialog d, SlotSpec spec, Frame before, Frame after, Extraction x, String input) {
    StringBuilder rest = new StringBuilder(input);
    List<int[]> spans = new ArrayList<>();
    for (String slot : after.slots().keySet()) {
      SlotSpec other = d.slots().get(slot);
      if (other == null || other.from() == null || before.slots().containsKey(slot)) {
        continue;
      }
      x.field(other.from()).filter(v -> v.start() >= 0 && v.end() <= input.length() && v.start() < v.end())
          .ifPresent(v -> spans.add(new int[] {v.start(), v.end()}));
    }
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    spans.sort((a, b) -> b[0] - a[0]);
    for (int[] span : spans) {
      String head = ITEM_LEAD.matcher(rest.substring(0, span[0])).replaceFirst("");
      rest.replace(0, span[1], head + "，");
    }
    String left = TRAILING_STOPS.matcher(LEADING_STOPS.matcher(rest).replaceAll("").strip()).replaceAll("");
    return left.isEmpty() ? Optional.empty() : accept(lang, d, spec, left);
  }

  /** The pending question answered with {@code f}: the frame's bookkeeping, then the next step. */
  private Turn answered(ConversationState s, Dialog d, Step step, SlotSpec spec, Frame f, Extraction x, List<Reply> out) {
    s = s.missed(false);
    f = f.answered(step.id());
    if (step.prefill()) {
      String told = f.slots().getOrDefault(spec.name(), "");
      f = saidChoices(d, f, told); // before a name's "named" is inferred
      // The choice said in it ("…，希望查处，我要匿名") answers its own question: the facts keep what happened only.
      String plain = withoutWishes(d, told);
      if (!plain.equals(told) && SlotType.words(plain, 5)) {
        f = f.with(spec.name(), plain);
      }
    }
    f = prefill(d, f, x, step.prefill(), spec.name());
    if (step.prefill()) {
      f = unitKind(d, f, f.slots().getOrDefault(spec.name(), ""));
    }
    String value = f.slots().get(spec.name());
    String back = f.slots().get(RETURN_TO);
    if (back != null && (back.equals(step.id()) || !d.hasStep(back))) {
      f = f.without(RETURN_TO); // the pending question itself was answered (after "返回上一步", say)
      back = null;
    }
    if (back != null) {
      // An item corrected while another question was pending: said back, then that question again.
      f = f.without(RETURN_TO).editing(false);
      out.add(Reply.text(corrected(s.withCurrent(f), d, spec.name())));
      return advance(s.withCurrent(f), d, step.branches().isEmpty() ? d.indexOf(back) : next(d, d.indexOf(step.id()), value),
          out, Map.of());
    }
    if (f.editing() && step.branches().isEmpty()) {
      return advance(s.withCurrent(f.editing(false)), d, confirmIndex(d), out, Map.of());
    }
    return advance(s.withCurrent(f.editing(false)), d, next(d, d.indexOf(step.id()), value), out, Map.of());
  }

  /** The catalogue's answer to a question back or to impatience ({@link #ASIDES}), if the message is one. */
  private static Optional<String> aside(String text) {
    String key = Text.key(text);
    if (key.isEmpty() || key.length() > (hasHan(key) ? ASIDE_MAX : ASIDE_MAX_LATIN)) {
      return Optional.empty();
    }
    for (Map.Entry<Pattern, String> a : ASIDES) {
      if (a.getKey().matcher(key).matches()) {
        return Optional.of(a.getValue());
      }
    }
    return Optional.empty();
  }

  /** "确认提交", "提交", "submit": the summary's button in either language, or its verb alone. */
  private boolean submitsEarly(String input) {
    String key = Text.key(input);
    return key.equals(dataKey(global("zh", "confirm_submit"))) || key.equals(dataKey(global("en", "confirm_submit")))
        || SUBMIT_ALONE.matcher(key).matches();
  }

  /** The verb of submitting alone, with a polite lead or tail at most ("提交吧", "那就提交", "submit it"). */
  private static final Pattern SUBMIT_ALONE = Pattern.compile("(?:那就|就|直接|现在)?(?:确认)?提交(?:吧|了|啊)?|submit(?: it| now)?");

  /**
   * A verb said twice, or with 一 or 了 between ("管管", "查一查", "看了看"): what the petitioner asks to be done, no
   * person's name though its first character is a surname (管, 查) — unless the text introduces it as a name ("我叫丽丽").
   */
  private static final Pattern SAID_TWICE = Pattern.compile("(\\p{IsHan})(?:一|了)?\\1");
  private static final Pattern NAME_CUE_BEFORE = Pattern.compile("(?:叫|是|姓名|名字|联系人|署名|落款)[：:\\s]*$");

  /** {@code x} without a name that is a verb said twice ({@link #SAID_TWICE}) in {@code text}. */
  private static Extraction withoutVerbName(Extraction x, String text) {
    Optional<Extraction.Field> name = x.field("name");
    if (name.isEmpty() || !SAID_TWICE.matcher(name.get().value()).matches()) {
      return x;
    }
    int at = text.indexOf(name.get().value());
    if (at < 0 || NAME_CUE_BEFORE.matcher(text.substring(0, at)).find()) {
      return x;
    }
    Map<String, Extraction.Field> fields = new LinkedHashMap<>(x.fields());
    fields.remove("name");
    return new Extraction(fields, x.kinds(), x.identities(), x.affected());
  }

  /**
   * A surname with the words people are addressed by ("陈先生", "周女士", "老周", "小李"): the name the petitioner chose
   * to give, kept whole in the name slot. The extractor's name is the surname alone (the part a copy masks, its labels'
   * convention); the dialog shows and submits what was given, as the name question takes it.
   */
  private static final Pattern ADDRESSED = Pattern.compile("(老|小)?(\\p{IsHan})(先生|女士|小姐|师傅|阿姨|大爷|大姐|大哥|老师)?");

  /** The words that say the name after them is the writer's own, in English ("my name is", "I'm", "name:"). */
  private static final Pattern EN_NAME_CUE = Pattern.compile("(?i)(?:\\bmy name is|\\bmy name's|\\bi am|\\bi'm|\\bthis is|\\bname\\s*:|"
      + "\\bcall me|\\bi'm called|\\bi am called)\\s*$");

  /**
   * {@code x} with an English name introduced as the writer's own ("my name is Wang Fang", "I'm Li Ming") as sure as
   * the same in Chinese ("我叫王芳"): the extractor reads the English one less surely, so it was taken for the answer
   * to whatever was asked (the polluter) instead of being kept as the name.
   */
  private static Extraction namedInEnglish(Extraction x, String text) {
    Optional<Extraction.Field> name = x.field("name");
    if (name.isEmpty() || name.get().confidence() >= ACCEPT || name.get().start() < 0 || name.get().start() > text.length()
        || hasHan(name.get().value()) || !EN_NAME_CUE.matcher(text.substring(0, name.get().start())).find()) {
      return x;
    }
    Map<String, Extraction.Field> fields = new LinkedHashMap<>(x.fields());
    Extraction.Field f = name.get();
    fields.put("name", new Extraction.Field(f.value(), ACCEPT, f.start(), f.end()));
    return new Extraction(fields, x.kinds(), x.identities(), x.affected());
  }

  /**
   * {@code x} with a name typed alone ("王秀英", "Mary Chen") as sure as one with a cue, at a question a name answers
   * (stay anonymous or not): there a person's name is what is meant, as "我叫王秀英" is. Elsewhere a cue-less name stays
   * unsure. The whole answer must be the name, and no word of what should be done ("严查", "关停", "管一下"), which
   * the extractor also reads as a surname and a given name.
   */
  private static Extraction bareName(Extraction x, String text) {
    Optional<Extraction.Field> name = x.field("name");
    if (name.isEmpty() || name.get().confidence() >= ACCEPT || name.get().confidence() < CHECK) {
      return x;
    }
    String v = name.get().value();
    String whole = TRAILING_STOPS.matcher(Text.halfWidth(text).strip()).replaceAll("");
    if (!whole.equals(v) || !BARE_NAME.matcher(v).matches() || DEMAND_NOT_NAME.matcher(v).find()) {
      return x;
    }
    Map<String, Extraction.Field> fields = new LinkedHashMap<>(x.fields());
    fields.put("name", new Extraction.Field(v, ACCEPT, name.get().start(), name.get().end()));
    return new Extraction(fields, x.kinds(), x.identities(), x.affected());
  }

  private static Extraction without(Extraction x, String field) {
    if (x.field(field).isEmpty()) {
      return x;
    }
    Map<String, Extraction.Field> fields = new LinkedHashMap<>(x.fields());
    fields.remove(field);
    return new Extraction(fields, x.kinds(), x.identities(), x.affected());
  }

  /** A name as typed alone: two to four Chinese characters, or two or three capitalised Latin words. */
  private static final Pattern BARE_NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){1,2}");
  /**
   * What should be done typed alone, which the extractor also reads as a surname and a given name (关, 严, 管 and 查 are
   * surnames too): an action word after a word of manner (严查, 关停, 快办, 重罚), an action word with what completes it
   * (停工, 拆除, 搬走, 查一查, 管管), or a particle (管一下, 查吧). A given name that holds an action word is still a
   * name (王管英, 李办, 刘拆, 孙查): its first character is a surname and no more.
   */
  private static final Pattern DEMAND_NOT_NAME = Pattern.compile(
      "^[严彻快速重关赶狠立马就去给帮要请必狠好][查停管罚办拆搬处封]"
          + "|^[查停管罚办拆搬处封][一下了掉走除迁工产业款处封罚查停管办拆搬好清]|^处理"
          + "|一下|一查|一管|[吧啊呀嘛]$");

  /** {@code x} with a surname alone read as the surname with its honorific as written in {@code text}. */
  private static Extraction nameAsGiven(Extraction x, String text) {
    Optional<Extraction.Field> name = x.field("name");
    if (name.isEmpty() || name.get().value().codePointCount(0, name.get().value().length()) != 1) {
      return x;
    }
    String surname = name.get().value();
    for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      Matcher m = ADDRESSED.matcher(text).region(Math.max(0, at - 1), text.length());
      if (!m.lookingAt() || m.start(2) != at) {
        m = ADDRESSED.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
          continue;
        }
      }
      if (m.group(1) == null && m.group(3) == null) {
        continue;
      }
      Map<String, Extraction.Field> fields = new LinkedHashMap<>(x.fields());
      Extraction.Field f = name.get();
      fields.put("name", new Extraction.Field(m.group(), f.confidence(), f.start(), f.end()));
      return new Extraction(fields, x.kinds(), x.identities(), x.affected());
    }
    return x;
  }

  /**
   * The words that open a request ("希望…", "要求…", "请你们…", "让他们…", "晚上别施工", "尽快查处", "please …", "make them …",
   * "stop …", "I want …"; 希望 only before what is hoped of someone, "希望集团" is a firm; 别 not in 别墅区, 别人家的厂,
   * 别处, which are answers): an answer
   * that opens so says what should be done, not who causes it nor where the petitioner lives.
   */
  private static final Pattern REQUEST_LEAD = Pattern.compile("^(?:希望(?=你们|您们|能|尽快|让|他们|政府|领导|把|可以|早日|赶紧|马上|相关|有关|环保|别|不要|停)|要求|请求|请你们|请政府|请领导|麻烦你们|让他们|让他|让它|让厂家|叫他们|"
      + "赶紧让|尽快让)|^(?:晚上|夜里|夜间|白天)?(?:别(?![墅克人处家的样])|不要|不准|不许|停止|禁止|尽快|赶紧|马上|立即|立刻|严惩|取缔|关停)"
      + "|^(?i:please\\b|make them\\b|make it\\b|stop\\b|fine them\\b|punish\\b|i want\\b|we want\\b|i'd like\\b|we'd like\\b|i would like\\b|"
      + "we would like\\b|they should\\b|you should\\b|stop them\\b|shut (?:it|them) down|close (?:it|them) down)");

  /**
   * The request slot, where an answer to the polluter's or the address question is a request and the request is not
   * given yet: the
   * extractor reads the whole answer as the request, or it opens with a request's words ({@link #REQUEST_LEAD}).
   */
  private Optional<String> requestInstead(Dialog d, Frame f, SlotSpec spec, String input, Extraction x) {
    if (!"polluter".equals(spec.from()) && !"address".equals(spec.from()) && spec.type() != SlotType.COUNT
        && spec.type() != SlotType.WHEN) {
      return Optional.empty(); // the accused is often told with what is asked of them: kept as said
    }
    Optional<String> slot = d.slots().values().stream().filter(sp -> "request".equals(sp.from()) && sp.type() == SlotType.TEXT)
        .map(SlotSpec::name).findFirst();
    if (slot.isEmpty() || f.slots().containsKey(slot.get()) || !d.hasStep(slot.get())) {
      return Optional.empty();
    }
    String whole = TRAILING_STOPS.matcher(Text.halfWidth(input).strip()).replaceAll("");
    boolean read = x.field("request").map(Extraction.Field::value)
        .map(v -> TRAILING_STOPS.matcher(Text.halfWidth(v).strip()).replaceAll("")).filter(whole::equals).isPresent();
    return read || REQUEST_LEAD.matcher(whole).find() ? slot : Optional.empty();
  }

  /** A count in digits or numerals with its approximations and units only ("about 50", "五十来个", "30多户"). */
  private static final Pattern COUNT_ONLY = Pattern.compile("(?i)(?:about|around|roughly|approximately|some|over|more than|"
      + "nearly|almost|maybe|at least|[\\s,.~～约大概差不多估计起码至少将近接近有快])*[\\d零一二两三四五六七八九十百千万几]+"
      + "(?:[\\s,.~～来多余左右上下个位名口]|人|户|家|people|persons|households|families|or so|odd)*");

  /**
   * The count answered at the question of who causes it (a number, alone or approximate): the count slot and its value,
   * when that item is still to be asked.
   */
  private Optional<String[]> countInstead(String lang, Dialog d, Frame f, String input) {
    String typed = TRAILING_STOPS.matcher(Text.halfWidth(input).strip()).replaceAll("");
    if (!COUNT_ONLY.matcher(typed).matches()) {
      return Optional.empty();
    }
    for (SlotSpec sp : d.slots().values()) {
      if ("affected".equals(sp.from()) && sp.type() == SlotType.COUNT && !f.slots().containsKey(sp.name())
          && d.hasStep(sp.name())) {
        return accept(lang, d, sp, typed).map(v -> new String[] {sp.name(), v});
      }
    }
    return Optional.empty();
  }

  /** A lone number of one or two digits, as a numbered button is answered ("1", "2.", "①"). */
  private static final Pattern BUTTON_NUMBER = Pattern.compile("[0-9]{1,2}[.、号]?|[①-⑩]");

  /** The value of an item the petitioner declined (an {@code optional} question): shown as not given, never submitted. */
  static final String DECLINED = "";
  /**
   * The value of an item the petitioner does not know ("不知道", "布吉岛", "dont no" at an {@code optional} question): shown
   * as unknown, never submitted. "?" is the help command wherever typed, so no answer is ever stored as it.
   */
  static final String UNKNOWN = "?";

  /** Whether a slot's value is the petitioner's "I don't know" ({@link #UNKNOWN}): for the staff's words, never shown raw. */
  public static boolean unknown(String value) {
    return UNKNOWN.equals(value);
  }

  /**
   * Whether the answer is only "I don't know", in any of its forms ({@link SlotType#dontKnow}), at an open, a time or a
   * count question (not the free-text first question, nor a code or a consent).
   */
  private static boolean unknownSaid(SlotSpec spec, Step step, String input) {
    return !step.prefill() && unknownTaken(spec, Text.key(input));
  }

  /**
   * Whether {@code key} says "I don't know" where {@code spec}'s question may be so answered: a time, a count or an open
   * question (not a code or a consent). Asked who causes it, "不知道叫什么", "唔知叫咩名" and a don't-know with a unit word
   * that names no one ("不道啊，就那个厂子", "no idea, some factory") say no one is known too.
   */
  private static boolean unknownTaken(SlotSpec spec, String key) {
    if (!(spec.type() == SlotType.TEXT || spec.type() == SlotType.WHEN || spec.type() == SlotType.COUNT) || spec.secret()
        || spec.explicit()) {
      return false;
    }
    if (SlotType.dontKnow(key)) {
      return true;
    }
    if (!"polluter".equals(spec.from())) {
      return false;
    }
    if (SlotType.nameUnknown(key)) {
      return true;
    }
    Matcher clause = CLAUSE_BREAK.matcher(key);
    return clause.find() && SlotType.dontKnow(key.substring(0, clause.start()))
        && UnitKind.kindless(key.substring(clause.end()));
  }

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,、；;。.!！]+\\s*");

  /** Whether the answer declines the question ({@link #DECLINE}); an option's own words ("不用了" to 愿意留名吗) are its. */
  private static boolean declines(SlotSpec spec, String input) {
    if (spec.type() == SlotType.ENUM || spec.type() == SlotType.YES_NO || spec.explicit() || spec.secret()) {
      return false;
    }
    String key = Text.key(input);
    return key.length() <= 30 && DECLINE.matcher(key).matches();
  }

  /** Fields whose question asks for a name: the name is kept without the words that introduce it. */
  private static final Set<String> NAMED = Set.of("polluter", "accused", "name");
  /** "叫路桥沥青站", "那个厂叫…", "名字叫…", "我叫刘洋", "it's called …", "my name is …": the words before a name. */
  private static final Pattern NAMING_LEAD = Pattern.compile("^(?:(?:它|那个|这个|那家|这家|那|这|厂子|厂家|工厂|公司|单位|厂|店|老板|"
      + "我)?(?:的)?(?:名字|全称|名称)?(?:叫做|名叫|就叫|叫|就是|是)|我的名字(?:叫|是)|名字(?:叫|是)|本人)[\\s:：]*(?=\\S{2})"
      + "|^(?i:(?:it's|it is|they're|they are)?\\s*called|the name is|its name is|my name is|i am|i'm)\\s+(?=\\S{2})");

  /** The writer's own words before their name in a sentence ("我叫李娟", "本人李娟", "my name is Li Juan"). */
  private static final Pattern OWN_NAME_CUE = Pattern.compile("(?:我叫|我是|我姓|我的名字(?:叫|是)|本人|(?i:my name is|i am|i'm))[\\s:：]*$");

  /**
   * A name answered in a sentence of several clauses that also names others ("张大爷叫张德福，我叫李娟，我是他邻居", when
   * reporting for a neighbour): the name the writer gives as their own, which the extractor reads; otherwise as typed.
   */
  private static String ownName(String typed, Extraction x) {
    Optional<String> forWhom = relativesName(typed, x);
    if (forWhom.isPresent()) {
      return forWhom.get();
    }
    if (COMMAS.split(typed.strip()).length < 2) {
      return typed;
    }
    return x.field("name").filter(n -> n.confidence() >= 0.8 && n.value().codePointCount(0, n.value().length()) >= 2
        && n.start() >= 0 && n.start() <= typed.length() && typed.startsWith(n.value(), n.start())
        && OWN_NAME_CUE.matcher(typed.substring(0, n.start())).find()).map(Extraction.Field::value).orElse(typed);
  }

  /**
   * The name of the relative the writer types for, given in the third person when the name is asked ("我奶奶叫王秀英，她让我
   * 帮她反映", "my grandmother's name is Wang Xiuying"): the petitioner is the one whose matter it is, so the name is
   * theirs, without the words around it. Empty where the writer also gives their own ("…，我叫李娟": {@link #ownName}).
   */
  private static Optional<String> relativesName(String typed, Extraction x) {
    if (OWN_NAME_ANYWHERE.matcher(typed).find()) {
      return Optional.empty();
    }
    return x.field("name").filter(n -> n.confidence() >= 0.8 && n.value().codePointCount(0, n.value().length()) >= 2
        && n.start() >= 0 && n.start() <= typed.length() && typed.startsWith(n.value(), n.start())
        && RELATIVE_NAME_CUE.matcher(typed.substring(0, n.start())).find()).map(Extraction.Field::value);
  }

  /** A relative's name introduced as such, right before it ("我奶奶叫", "老人家名叫", "my grandmother's name is"). */
  private static final Pattern RELATIVE_NAME_CUE = Pattern.compile("(?:我|我的|我们家|俺|俺家)?(?:的)?(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|"
      + "爸爸|妈妈|爸|妈|父亲|母亲|老爸|老妈|老人家|老人|公公|婆婆|岳父|岳母)(?:的名字|的姓名|名字|姓名)?(?:叫做|名叫|叫|是)[\\s:：]*$"
      + "|(?i:my (?:grand(?:ma|mother|pa|father)|mum|mom|mother|dad|father)(?:'s name is| is called| is named))\\s*$");
  /** The writer's own name said anywhere in the answer. */
  private static final Pattern OWN_NAME_ANYWHERE = Pattern.compile("我叫|我是(?!她|他|替|帮|给|代)|我姓|我的名字|本人(?!不)|(?i:my name is|i am [A-Z]|i'm [A-Z])");

  /** A name answered with the words that introduce it ("叫路桥沥青站"): the name alone. */
  private static String named(SlotSpec spec, String value) {
    if (spec.type() != SlotType.TEXT || spec.from() == null || !NAMED.contains(spec.from())) {
      return value;
    }
    if ("polluter".equals(spec.from())) {
      // "就是我们厂，叫黄岩永盛化工": the name its last clause gives by 叫, not the words pointing at it.
      String[] clauses = COMMAS.split(value);
      Optional<String> called = clauses.length > 1 ? CauseNamed.in(clauses[clauses.length - 1]) : Optional.empty();
      if (called.isPresent()) {
        return called.get();
      }
    }
    String bare = NAMING_LEAD.matcher(value).replaceFirst("").strip();
    return bare.codePointCount(0, bare.length()) >= Math.max(spec.min(), 2) ? bare : value;
  }

  /** Words around a name, a phone, a count or a time that say nothing else ("我叫…，电话是…", "我们村三十多户", "my number is …"). */
  private static final Pattern IDENTITY_FILLER = Pattern.compile("我叫|我是|我姓|我的|名字|姓名|本人|叫|电话号码|电话|手机号码|手机号|手机|"
      + "号码|联系方式|是|和|还有|我们村|我们|全村|村里|大概|大约|差不多|左右|受影响|影响|有|的|了|吧|打我|拨打|联系我|找我|打|"
      + "(?i:my|name|is|i am|i'm|phone|number|mobile|and|call me|at|it's|on|reach me|contact me|you can|me)|[\\p{Punct}\\p{IsPunctuation}\\s]");
  private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d[\\d\\s\\-]{6,18}\\d");

  /**
   * Whether an answer to an open question is none: a bare yes or no ("愿意" when asked the name), or only other items
   * the extractor reads (a name, a phone, a count, a time, a place but at the address question) with nothing else ("王芳 13912345678" when asked the address,
   * "我们村三十多户" when asked who causes it).
   */
  private boolean notAnAnswer(SlotSpec spec, String input, Extraction x) {
    String key = Text.key(input);
    if (spec.type() == SlotType.TEXT && yesNo(key).isPresent()) {
      return true;
    }
    if (spec.type() != SlotType.TEXT || "name".equals(spec.from()) || "phone".equals(spec.from())) {
      return false;
    }
    String rest = Text.halfWidth(input);
    boolean found = false;
    Matcher phone = PHONE_LIKE.matcher(rest);
    StringBuilder b = new StringBuilder();
    while (phone.find()) {
      if (SlotType.PHONE.accept(phone.group(), null, null).isPresent()) {
        phone.appendReplacement(b, " ");
        found = true;
      }
    }
    phone.appendTail(b);
    rest = b.toString();
    List<String> others = new ArrayList<>();
    // A name the extractor only guesses (a short answer opening with a surname's character, no cue: "关停", "严查",
    // "管一下" asked what should be done) is no other item alone: it would not be kept, so it cannot make the answer none.
    Optional<Extraction.Field> name = x.field("name");
    boolean unsureNameAlone = name.isPresent() && name.get().confidence() < ACCEPT && !found;
    name.map(Extraction.Field::value).ifPresent(others::add);
    String whole = TRAILING_STOPS.matcher(Text.halfWidth(input).strip()).replaceAll("");
    if (!"address".equals(spec.from()) && placeAlone(whole)) {
      others.add(whole); // a place and nothing else ("江宁" when asked what should be done)
    }
    x.field("since").map(Extraction.Field::value).ifPresent(others::add);
    if (x.affected() != null && x.affected().text() != null) {
      others.add(x.affected().text());
    }
    boolean sure = false;
    for (String other : others) {
      if (other != null && !other.isBlank() && rest.contains(other)) {
        rest = rest.replace(other, " ");
        found = true;
        sure |= !unsureNameAlone || !other.equals(name.get().value());
      }
    }
    if (unsureNameAlone && !sure) {
      return false;
    }
    return found && IDENTITY_FILLER.matcher(rest.toLowerCase(java.util.Locale.ROOT)).replaceAll("").isEmpty();
  }

  /** English division words and the little words between names ("Xuanwu District of Nanjing City"). */
  private static final Pattern DIVISION_WORDS = Pattern.compile("(?<= )(?:district|county|city|province|town|township|subdistrict|"
      + "street|qu|shi|xian|sheng|zhen|of|in|the|and|china|pr|prc|it|is|it's|its|s|we|are|at)(?= )");

  /** Division suffixes, set aside to see whether an answer is division names only. */
  private static final Pattern DIVISION_SUFFIX = Pattern.compile("(?:省|市|自治区|自治州|地区|盟|区|县|旗|镇|乡|街道)$");

  /** Whether a short answer is division names and nothing else ("江宁", "曹县", "南京市江宁区"). */
  private boolean placeAlone(String whole) {
    boolean latin = !whole.isEmpty() && !hasHan(whole);
    if (whole.isEmpty() || whole.length() > (latin ? 60 : 16)) {
      return false;
    }
    Optional<Place> p = places.resolve(whole);
    if (p.isEmpty()) {
      return false;
    }
    if (latin) {
      // "Jiangning, Nanjing", "Xuanwu District of Nanjing City": the divisions' English names and division words only.
      String rest = " " + whole.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
      for (String part : new String[] {p.get().town(), p.get().county(), p.get().city(), p.get().province()}) {
        for (String w : places.inEnglish(part).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
          if (!w.isEmpty()) {
            rest = rest.replace(" " + w + " ", " ");
          }
        }
      }
      return DIVISION_WORDS.matcher(rest).replaceAll(" ").isBlank();
    }
    String rest = whole;
    for (String part : new String[] {p.get().town(), p.get().county(), p.get().city(), p.get().province()}) {
      if (part != null) {
        rest = rest.replace(part, "");
        String shortName = DIVISION_SUFFIX.matcher(part).replaceFirst("");
        if (shortName.length() >= 2) {
          rest = rest.replace(shortName, "");
        }
      }
    }
    return rest.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** Characters a town, a township, a street office or a village is named with: no gazetteer look-up without one. */
  private static final Pattern TOWN_WORD = Pattern.compile("[镇乡村]|街道|(?i:town|township|subdistrict|village)");
  private static final Pattern PLACE_LEAD = Pattern.compile("^(?:是|在|就在|就是|地方是|地点是|位置在|具体在|具体是)");

  /**
   * A place slot already at its county with a town or village said after it ("宁平镇", "在宁平镇李楼村"): the place
   * with the town, when the county's own chain and the words resolve to a town of that county.
   */
  private Optional<Frame> finerPlace(Dialog d, Frame f, String input, String asked) {
    String typed = PLACE_LEAD.matcher(TRAILING_STOPS.matcher(Text.halfWidth(Text.simplified(input)).strip()).replaceAll(""))
        .replaceFirst("").strip();
    if (typed.isEmpty() || typed.length() > 30 || !TOWN_WORD.matcher(typed).find()) {
      return Optional.empty();
    }
    for (SlotSpec spec : d.slots().values()) {
      String slot = spec.name();
      if (spec.type() != SlotType.PLACE || slot.equals(asked) || !f.slots().containsKey(slot)
          || f.slots().get(slot + ".county") == null) {
        continue;
      }
      Optional<Frame> finer = inCounty(f, slot, typed);
      if (finer.isPresent() && f.slots().get(slot + ".town") == null) {
        return finer;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code f} once the place said before a unit when asked who causes it ({@link PolluterLead}) is found to be the
   * problem's place: the same divisions (or the words kept for it), or a town of its county not yet known, which makes
   * it finer. Another place (a works upstream, in another town) is not the problem's: empty, and the answer kept whole.
   */
  private Optional<Frame> leadInPlace(Dialog d, Frame f, String lead) {
    for (SlotSpec spec : d.slots().values()) {
      String slot = spec.name();
      String kept = f.slots().get(slot);
      if (spec.type() != SlotType.PLACE || kept == null) {
        continue;
      }
      if (Text.simplified(kept).contains(lead)) {
        return Optional.of(f);
      }
      String county = f.slots().get(slot + ".county");
      if (county == null) {
        continue;
      }
      Optional<Place> alone = places.resolve(lead);
      if (alone.isPresent() && COUNTY_WORD.matcher(lead).find()) {
        // A lead naming a county or a city is read alone: the same one as the place's, or another place.
        Place p = alone.get();
        boolean same = p.county() != null ? county.equals(p.county())
            : p.city() != null && p.city().equals(f.slots().get(slot + ".city"));
        if (!same) {
          return Optional.empty();
        }
        String town = f.slots().get(slot + ".town");
        if (p.town() == null || p.town().equals(town)) {
          return Optional.of(f);
        }
        return town == null ? inCounty(f, slot, lead) : Optional.empty();
      }
      // A town or a village alone: read within the place's county (太和镇 is the name of many towns).
      String town = f.slots().get(slot + ".town");
      if (town != null && lead.startsWith(town)) {
        return Optional.of(f);
      }
      if (town == null) {
        Optional<Frame> finer = inCounty(f, slot, lead);
        if (finer.isPresent()) {
          return finer;
        }
      }
    }
    return Optional.empty();
  }

  /** A county's or a city's level word in a place said before a unit. */
  private static final Pattern COUNTY_WORD = Pattern.compile("[省市区县旗]");

  /**
   * The problem's place, already at its county, with the street address said after it: the address read with the
   * county's chain ("南京市江宁区" + "双龙大道8号"; in English the address first, "No. 8 Shuanglong Avenue, Jiangning
   * District, Nanjing"), when what was kept has no street of its own yet and the address names no other county.
   */
  private Optional<Frame> streetInPlace(Frame f, Dialog d, String street, boolean correcting) {
    for (SlotSpec spec : d.slots().values()) {
      String slot = spec.name();
      String kept = f.slots().get(slot);
      if (spec.type() != SlotType.PLACE || kept == null || f.slots().get(slot + ".county") == null) {
        continue;
      }
      Optional<Place> named = places.resolve(street);
      boolean complete = named.isPresent() && places.complete(named.get());
      if (complete && correcting) {
        // "不对，在…", "no, it is No. 5 Jiefang Road, Xuanwu District, Nanjing": the place said again, whole.
        return Optional.of(withPlace(f.without(slot).without(slot + ".town"), slot, street, named.get()));
      }
      if (StreetAddress.alone(kept).isPresent() || ZH_STREET.matcher(kept).find() || EN_STREET.matcher(kept).find()) {
        continue; // a street already given: which one is meant is not guessed
      }
      if (complete) {
        if (!named.get().county().equals(f.slots().get(slot + ".county"))) {
          continue; // another county, said without a correction's words: not guessed either
        }
        return Optional.of(f.with(slot, street));
      }
      String joined = StreetAddress.english(street) ? street + ", " + kept : kept + street;
      return Optional.of(f.with(slot, joined));
    }
    return Optional.empty();
  }

  /** The petitioner's identity questions. */
  private static final Set<String> IDENTITY = Set.of("name", "phone", "address");
  /** What should be done in one character (查, 管, 罚, 停, 拆…), a particle after it at most. */
  private static final Pattern ONE_WORD_DEMAND = Pattern.compile("[查管罚停拆关封搬治赔][吧啊呀了!！]*");
  /** An option slot's catch-all value, taken when the petitioner does not know which (its prompt unknown_<slot>). */
  private static final String OTHER_VALUE = "other";
  private static final Pattern ZH_STREET = Pattern.compile("(?:大道|大街|公路|胡同|路|街|巷|弄)(?:[0-9]{1,5}|[一二三四五六七八九十百零]{1,4})号");
  private static final Pattern EN_STREET = Pattern.compile("(?i)\\b(?:road|rd|street|st|avenue|ave|lane|ln|alley|highway|boulevard|blvd)\\b");

  /** Whether the words begin with a name of the place's divisions (its town's first two characters at least). */
  private static boolean beginsWithDivision(String typed, Place p) {
    for (String part : new String[] {p.town(), p.county(), p.city(), p.province()}) {
      if (part != null && part.length() >= 2 && typed.startsWith(part.substring(0, 2))) {
        return true;
      }
    }
    return false;
  }

  /** {@code typed} read within the county {@code slot} holds: the place with its town, when it names one there. */
  private Optional<Frame> inCounty(Frame f, String slot, String typed) {
    String county = f.slots().get(slot + ".county");
    if (county == null) {
      return Optional.empty();
    }
    String chain = String.join("", java.util.stream.Stream.of(f.slots().get(slot + ".province"),
        f.slots().get(slot + ".city"), county).filter(java.util.Objects::nonNull).distinct().toList());
    String kept = f.slots().get(slot);
    // What was typed is kept with the town when it is Chinese; an English reading is replaced by the divisions' names.
    List<String> tries = f.slots().get(slot + ".town") == null && hasHan(kept) ? List.of(kept + typed, chain + typed)
        : List.of(chain + typed);
    for (String joined : tries) {
      Optional<Place> p = places.resolve(joined);
      if (p.isPresent() && places.complete(p.get()) && county.equals(p.get().county()) && p.get().town() != null
          && !p.get().town().equals(f.slots().get(slot + ".town")) && beginsWithDivision(typed, p.get())) {
        return Optional.of(withPlace(f.without(slot).without(slot + ".town"), slot, joined, p.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * A correction that says the value and not the item ({@link #VALUE_CORRECTION}: "不对，是宁平镇", "not X, it's Y"):
   * the item holding the wrong value if it was said; else a place whose county has the town or village said; else the
   * last item answered, if it takes the value; else the latest given whose type takes it (a place, a phone, a time, a
   * count, an option).
   */
  private Optional<String[]> valueCorrection(Dialog d, Frame f, List<String> given, String input, String lang,
      Frame[] changed) {
    Matcher m = VALUE_CORRECTION.matcher(Text.halfWidth(Text.simplified(input)).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String value = java.util.stream.Stream.of(m.group("value"), m.group("value2"), m.group("value3"))
        .filter(java.util.Objects::nonNull).findFirst().orElse("");
    value = TRAILING_STOPS.matcher(value.strip()).replaceAll("").strip();
    String old = m.group("old") != null ? m.group("old") : m.group("old2");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    List<String> order = new ArrayList<>();
    for (int i = f.trail().size() - 1; i >= 0; i--) {
      Step st = d.hasStep(f.trail().get(i)) ? d.step(f.trail().get(i)) : null;
      if (st != null && st.kind() == Step.Kind.ASK && given.contains(st.arg()) && !order.contains(st.arg())) {
        order.add(st.arg());
      }
    }
    String lastAnswered = order.isEmpty() ? null : order.get(0);
    given.stream().filter(g -> !order.contains(g)).forEach(order::add);
    if (old != null) {
      // "not the pig farm": the item may hold the kind without its article ("pig farm").
      String oldKey = Text.key(old.replaceFirst("(?i)^(?:the|a|an|that|this)\\s+", ""));
      // The item whose value is the wrong one, else one that holds it; never what happened, told in one's own words.
      List<String> holding = new ArrayList<>();
      order.stream().filter(slot -> !prefilled(d, slot) && f.slots().get(slot) != null
          && Text.key(f.slots().get(slot)).equals(oldKey)).forEach(holding::add);
      order.stream().filter(slot -> !prefilled(d, slot) && !holding.contains(slot) && f.slots().get(slot) != null
          && Text.key(f.slots().get(slot)).contains(oldKey)).forEach(holding::add);
      for (String slot : holding) {
        if (!oldKey.isEmpty()) {
          Optional<Frame> c = changedTo(lang, d, d.slots().get(slot), f, value);
          if (c.isPresent()) {
            changed[0] = c.get();
            return Optional.of(new String[] {slot});
          }
        }
      }
    }
    for (String slot : order) {
      // A town or a village of the county already given ("地址错了，应该是宁平镇"): that place, whatever was answered last.
      if (d.slots().get(slot).type() == SlotType.PLACE) {
        Optional<Frame> town = inCounty(f, slot, PLACE_LEAD.matcher(value).replaceFirst(""));
        if (town.isPresent()) {
          changed[0] = town.get();
          return Optional.of(new String[] {slot});
        }
      }
    }
    // The last answer when its type takes the value, then the latest item whose type does (a place only by names that
    // begin the value: an English word may read as a district), then the last answer of a text question (never the
    // free text of what happened, which is not "corrected" by one sentence).
    List<String> byType = new ArrayList<>(order);
    if (lastAnswered != null) {
      byType.remove(lastAnswered);
      byType.add(0, lastAnswered);
    }
    for (String slot : byType) {
      SlotSpec spec = d.slots().get(slot);
      if (spec.type() == SlotType.TEXT) {
        continue;
      }
      Optional<Frame> c = changedTo(lang, d, spec, f, value);
      String said = value;
      if (c.isPresent() && (spec.type() != SlotType.PLACE
          || places.resolve(said).filter(p -> beginsWithDivision(said, p)).isPresent())) {
        changed[0] = c.get();
        return Optional.of(new String[] {slot});
      }
    }
    if (lastAnswered != null && d.slots().get(lastAnswered).type() == SlotType.TEXT && !prefilled(d, lastAnswered)) {
      Optional<Frame> c = changedTo(lang, d, d.slots().get(lastAnswered), f, value);
      if (c.isPresent()) {
        changed[0] = c.get();
        return Optional.of(new String[] {lastAnswered});
      }
    }
    return Optional.empty();
  }

  /** The value of a {@link #VALUE_CORRECTION} when the pending question (not a free text one) takes it. */
  private Optional<String> pendingAnswer(String lang, Dialog d, SlotSpec pending, String input) {
    if (pending.type() == SlotType.TEXT || pending.explicit() || pending.secret()) {
      return Optional.empty();
    }
    Matcher m = VALUE_CORRECTION.matcher(Text.halfWidth(Text.simplified(input)).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String value = java.util.stream.Stream.of(m.group("value"), m.group("value2"), m.group("value3"))
        .filter(java.util.Objects::nonNull).findFirst().orElse("").strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    boolean takes = pending.type() == SlotType.PLACE ? places.resolve(value).filter(places::complete).isPresent()
        : accept(lang, d, pending, value).isPresent();
    return takes ? Optional.of(value) : Optional.empty();
  }

  /** Whether a slot is asked by a free-text step ({@code prefill}: what happened, told in one's own words). */
  private static boolean prefilled(Dialog d, String slot) {
    return d.steps().stream().anyMatch(st -> st.kind() == Step.Kind.ASK && st.prefill() && st.arg().equals(slot));
  }

  /** {@link #changed}, and for a place also the value as a town of the county already given. */
  private Optional<Frame> changedTo(String lang, Dialog d, SlotSpec spec, Frame f, String value) {
    if (spec.type() == SlotType.PLACE) {
      Optional<Frame> town = inCounty(f, spec.name(), PLACE_LEAD.matcher(value).replaceFirst(""));
      if (town.isPresent()) {
        return town;
      }
    }
    return changed(lang, d, spec, f, value);
  }

  /**
   * What an answer that is not the one asked carries: the items any answer may fill ({@link #prefill}), and a unit
   * named as the cause ({@link #FROM_A_MISS}), read as surely as in the first message — the petitioner answering
   * the question they expected ("就是化肥厂" when asked where) rather than the one asked. An answer the question
   * took never fills the cause: a place described by a factory nearby is a place.
   */
  private Frame missed(Dialog d, Frame f, Extraction x, String asked, String input) {
    Frame others = prefill(d, f, x, false, asked);
    String whole = TRAILING_STOPS.matcher(Text.halfWidth(input).strip()).replaceAll("");
    boolean atAddress = asked != null && d.slots().containsKey(asked) && "address".equals(d.slots().get(asked).from());
    for (SlotSpec spec : d.slots().values()) {
      // A place alone the extractor did not read ("Jiangning, Nanjing" typed at the account's question): the place.
      if (spec.type() == SlotType.PLACE && !atAddress && !spec.name().equals(asked) && !others.slots().containsKey(spec.name())
          && placeAlone(whole)) {
        Optional<Place> p = places.resolve(whole);
        if (p.isPresent() && places.complete(p.get())) {
          others = withPlace(others, spec.name(), whole, p.get());
        }
      }
    }
    boolean personAsked = asked != null && d.slots().containsKey(asked) && "name".equals(d.slots().get(asked).from());
    for (SlotSpec spec : d.slots().values()) {
      if (spec.from() == null || !FROM_A_MISS.contains(spec.from()) || others.slots().containsKey(spec.name())
          || spec.name().equals(asked)) {
        continue;
      }
      Optional<Extraction.Field> field = x.field(spec.from()).filter(v -> v.confidence() >= CHECK);
      Optional<String> value = field.flatMap(v -> accept("zh", d, spec, v.value()));
      if (value.isEmpty() && !personAsked) {
        value = CauseNamed.in(input).flatMap(v -> accept("zh", d, spec, v)); // "叫金利达": a name with no kind word
      }
      if (value.isEmpty() && !personAsked) {
        value = UnitKind.in(input).flatMap(v -> accept("zh", d, spec, v)); // "就是那个砖厂": a kind, no name
      }
      if (value.isPresent()) {
        others = others.with(spec.name(), value.get());
      }
    }
    return others;
  }

  /**
   * An answer that is only the words choosing another slot's option ({@code said}, with a lead such as 我要/I want to
   * set aside: "我要匿名", "不想留名", "I want to stay anonymous"), at another question: that slot set.
   */
  private Optional<String[]> choiceAlone(Dialog d, SlotSpec asked, String input) {
    String key = Text.key(input);
    // Once a call, not once an option's word (≈ 70 regular-expression searches an answer: a third of the engine's
    // CPU in a chat turn's profile, issue 16): the same key gives the same text.
    String courteous = withoutCourtesy(key);
    String bare = courteous.replaceFirst("^(?:我|俺|本人)", "");
    for (SlotSpec spec : d.slots().values()) {
      if (spec.said().isEmpty() || spec.name().equals(asked.name()) || !d.hasStep(spec.name())) {
        continue;
      }
      for (Map.Entry<String, List<String>> e : spec.said().entrySet()) {
        for (String w : e.getValue()) {
          String k = dataKey(w);
          if (k.equals(key) || k.equals(bare) || k.equals(courteous)) {
            return Optional.of(new String[] {spec.name(), e.getKey()});
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The options chosen in a sentence of the first message ({@code said}: "我要匿名，河里…", "I want to stay anonymous"):
   * the value whose words are found, a phrase held in a longer one of another value set aside ("不想匿名" holds 匿名 but is
   * "named"); two values said, or none, leave the question to be asked.
   */
  private static Frame saidChoices(Dialog d, Frame f, String text) {
    String key = Text.key(text);
    for (SlotSpec spec : d.slots().values()) {
      if (spec.said().isEmpty() || f.slots().containsKey(spec.name())) {
        continue;
      }
      List<int[]> spans = new ArrayList<>(); // start, end, index of the value
      for (int v = 0; v < spec.values().size(); v++) {
        for (String w : spec.said().getOrDefault(spec.values().get(v), List.of())) {
          String k = Text.key(w);
          for (int at = k.isEmpty() ? -1 : key.indexOf(k); at >= 0; at = key.indexOf(k, at + 1)) {
            if (latinWhole(key, at, k.length())) {
              spans.add(new int[] {at, at + k.length(), v});
            }
          }
        }
      }
      Set<Integer> chosen = new HashSet<>();
      for (int[] a : spans) {
        boolean inside = spans.stream().anyMatch(b -> b != a && b[2] != a[2] && b[0] <= a[0] && a[1] <= b[1] && b[1] - b[0] > a[1] - a[0]);
        if (!inside && own(spec, key, a[0])) {
          chosen.add(a[2]);
        }
      }
      if (chosen.size() == 1) {
        f = f.with(spec.name(), spec.values().get(chosen.iterator().next()));
      }
    }
    return f;
  }

  /** The first message's fields that tell in the petitioner's words: what happened and what is asked. */
  private static final Set<String> TOLD = Set.of("request", "facts");
  /** A clause and the marks that end it. */
  private static final Pattern CLAUSE = Pattern.compile("[^，,。.!！?？;；、\\n]+[，,。.!！?？;；、\\n\\s]*");
  private static final Pattern TRAILING_COMMAS = Pattern.compile("[\\s，,、;；:：]+$");

  /**
   * {@code text} without its clauses that are the writer's own choice of a said option ({@code said}: "我要匿名",
   * "I want to stay anonymous", as {@link #saidChoices} reads them): that choice answers its question, and is neither
   * what happened nor what is asked. A wish told of someone else ("my neighbour wants to stay anonymous") stays.
   */
  static String withoutWishes(Dialog d, String text) {
    StringBuilder kept = new StringBuilder();
    Matcher m = CLAUSE.matcher(text);
    int last = 0;
    boolean dropped = false;
    while (m.find()) {
      kept.append(text, last, m.start());
      last = m.end();
      if (wish(d, Text.key(m.group()))) {
        dropped = true;
      } else {
        kept.append(m.group());
      }
    }
    if (!dropped) {
      return text;
    }
    kept.append(text.substring(last));
    return TRAILING_COMMAS.matcher(kept.toString().strip()).replaceAll("");
  }

  /** Particles that may end a clause of a wish ("我要匿名吧"). */
  private static final Pattern WISH_PARTICLES = Pattern.compile("[\\s吧啊呀了哈呢嘛哦]+$");

  /**
   * Whether what follows a wish in its clause says nothing more: empty, particles, or words of {@code said_with} (匿名反映,
   * stay anonymous please). "我要匿名举报化工厂排污" tells what happened after the wish: that clause stays.
   */
  private static boolean tailOnly(SlotSpec spec, String tail) {
    String t = WISH_PARTICLES.matcher(tail.strip()).replaceAll("").strip();
    while (!t.isEmpty()) {
      int w = endsWithAny(t, spec.saidWith());
      if (w < 0) {
        return false;
      }
      t = WISH_PARTICLES.matcher(t.substring(0, w).strip()).replaceAll("").strip();
    }
    return true;
  }

  /** Whether a clause (its key) is the words of a said option as the writer's own wish, and nothing more. */
  private static boolean wish(Dialog d, String clause) {
    for (SlotSpec spec : d.slots().values()) {
      for (List<String> words : spec.said().values()) {
        for (String w : words) {
          String k = Text.key(w);
          for (int at = k.isEmpty() ? -1 : clause.indexOf(k); at >= 0; at = clause.indexOf(k, at + 1)) {
            if (latinWhole(clause, at, k.length()) && own(spec, clause, at) && tailOnly(spec, clause.substring(at + k.length()))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Where a clause ends: the words of a wish are read within one ("收到一个匿名电话，我要反映" holds no wish). */
  private static final Pattern CLAUSE_END = Pattern.compile("[，,。.!！?？;；:：、\\n]");

  /**
   * Whether the words said at {@code at} are the writer's own wish ({@code said_by}): at the start of their clause,
   * or after a lead of the writer's (我, 本人, I, we), with only {@code said_with} words between (要, 想, want to):
   * "我要匿名", "不想留名，…", "I want to stay anonymous" are; "收到一个匿名电话", "有人匿名举报过", "the caller
   * wanted to remain anonymous" are not. A slot without {@code said_by} takes its words anywhere.
   */
  private static boolean own(SlotSpec spec, String key, int at) {
    if (spec.saidBy().isEmpty()) {
      return true;
    }
    int start = at;
    while (start > 0 && !CLAUSE_END.matcher(key.substring(start - 1, start)).matches()) {
      start--;
    }
    String pre = key.substring(start, at).strip();
    while (!pre.isEmpty() && endsWithAny(pre, spec.saidBy()) < 0) {
      int w = endsWithAny(pre, spec.saidWith());
      if (w < 0) {
        return false;
      }
      pre = pre.substring(0, w).strip();
    }
    return true;
  }

  /**
   * Whether the words of a said slot at {@code at} are a wish told of someone else: not the writer's own ({@link #own}),
   * and one of {@code said_of} before them in their clause ("我邻居说他想匿名", "my neighbour wants to stay anonymous").
   * "改成匿名" is neither: where the writer's words are taken as theirs (the summary), it still chooses.
   */
  private static boolean othersWish(SlotSpec spec, String key, int at) {
    if (spec.saidOf().isEmpty() || own(spec, key, at)) {
      return false;
    }
    int start = at;
    while (start > 0 && !CLAUSE_END.matcher(key.substring(start - 1, start)).matches()) {
      start--;
    }
    String pre = key.substring(start, at);
    for (String w : spec.saidOf()) {
      String k = Text.halfWidth(w).strip().toLowerCase(java.util.Locale.ROOT);
      for (int i = k.isEmpty() ? -1 : pre.indexOf(k); i >= 0; i = pre.indexOf(k, i + 1)) {
        if (latinWhole(pre, i, k.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A said slot's words in an answer to another question, as a wish: the slot and the value when one value is said as
   * the writer's own ({@code [slot, value]}), {@code [slot, null]} when the words are only a wish told of someone else.
   */
  private static Optional<String[]> wishIn(Dialog d, SlotSpec asked, String key) {
    for (SlotSpec spec : d.slots().values()) {
      if (spec.said().isEmpty() || asked != null && spec.name().equals(asked.name()) || !d.hasStep(spec.name())) {
        continue;
      }
      Set<String> own = new HashSet<>();
      boolean others = false;
      for (Map.Entry<String, List<String>> e : spec.said().entrySet()) {
        for (String w : e.getValue()) {
          String k = Text.key(w);
          for (int at = k.isEmpty() ? -1 : key.indexOf(k); at >= 0; at = key.indexOf(k, at + 1)) {
            if (!latinWhole(key, at, k.length())) {
              continue;
            }
            if (othersWish(spec, key, at)) {
              others = true;
            } else if (own(spec, key, at)) {
              own.add(e.getKey());
            }
          }
        }
      }
      if (own.size() == 1) {
        return Optional.of(new String[] {spec.name(), own.iterator().next()});
      }
      if (others) {
        return Optional.of(new String[] {spec.name(), null});
      }
    }
    return Optional.empty();
  }

  /**
   * Where the dialog goes on after a choice ({@code [slot, value]}) made at another question: on from the choice's own
   * question when it was answered already, as if answered so ("不想留名" when asked the name, after 实名反映: the
   * anonymous branch, the name no longer asked); else the pending question again.
   */
  private static int afterChoice(Dialog d, Frame f, String[] choice, Step pending) {
    for (String id : f.trail()) {
      Step st = d.hasStep(id) ? d.step(id) : null;
      if (st != null && st.kind() == Step.Kind.ASK && st.arg().equals(choice[0]) && d.indexOf(id) < d.indexOf(pending.id())) {
        return next(d, d.indexOf(id), choice[1]);
      }
    }
    return d.indexOf(pending.id());
  }

  /** Where a word of {@code words} that {@code s} ends with begins (a whole word, if Latin); -1 if none. */
  private static int endsWithAny(String s, List<String> words) {
    for (String w : words) {
      String k = Text.halfWidth(w).strip().toLowerCase(java.util.Locale.ROOT); // not Text.key: it would cut the ' of 'd
      if (!k.isEmpty() && s.endsWith(k) && latinWhole(s, s.length() - k.length(), k.length())) {
        return s.length() - k.length();
      }
    }
    return -1;
  }

  /**
   * The cause named by its kind alone in the first message ({@link UnitKind}: "村里的砖厂", "a car wash"), where the
   * extractor read no unit's name: the polluter as the petitioner knows it, not asked again.
   */
  private Frame unitKind(Dialog d, Frame f, String text) {
    for (SlotSpec spec : d.slots().values()) {
      if (spec.from() != null && FROM_A_MISS.contains(spec.from()) && spec.type() == SlotType.TEXT && !f.slots().containsKey(spec.name())) {
        Optional<String> kind = UnitKind.in(text).flatMap(v -> accept("zh", d, spec, v));
        if (kind.isPresent()) {
          f = f.with(spec.name(), kind.get());
        }
      }
    }
    return f;
  }

  /**
   * Free text read by the extractor. From the first message ({@code all}): every value the extractor is fairly
   * sure of ({@link #CHECK}) fills its slot, and the summary is the one confirmation — no "…，对吗？" item by item;
   * the people affected are kept as said ("几百户"); slots implied by others are set ({@code inferred}: a name
   * given means a named report). From any other answer: only the places, phones, names, addresses, times and
   * counts the extractor is sure of ({@link #ACCEPT}), in slots still empty. The finer matter type and Art 24's
   * subtype are kept aside ({@code _x.matter}, {@code _x.subtype}, never asked or shown) for routing and the
   * procedure. Slots that need an explicit choice are never filled here.
   */
  private Frame prefill(Dialog d, Frame f, Extraction x, boolean all, String asked) {
    if (all) {
      for (String derived : List.of("matter", "subtype")) {
        Optional<Extraction.Field> v = x.field(derived);
        if (v.isPresent()) {
          f = f.with(NLP_PREFIX + derived, v.get().value());
        }
      }
    }
    for (SlotSpec spec : d.slots().values()) {
      if (all && spec.flagged() != null && x.flag(spec.from()) && !f.slots().containsKey(spec.name())) {
        f = f.with(spec.name(), spec.flagged()); // "不想让他们知道是我" in the first message: not asked later
        continue;
      }
      if (spec.from() == null || spec.explicit() || f.slots().containsKey(spec.name()) || spec.name().equals(asked)
          || !all && !ALSO_FROM_ANY_ANSWER.contains(spec.from())) {
        continue;
      }
      if (!all && "place".equals(spec.from()) && asked != null && d.slots().containsKey(asked)
          && "address".equals(d.slots().get(asked).from())) {
        continue; // the petitioner's own address is not where the problem is
      }
      Optional<Extraction.Field> field = x.field(spec.from());
      if (spec.type() == SlotType.COUNT && "affected".equals(spec.from()) && x.affected() != null) {
        // As written: an exact number of people, or the words ("几百户", "全村") — households are not people.
        String said = x.affected().count() != null && "person".equals(x.affected().unit())
            && x.affected().count().equals(x.affected().min()) ? String.valueOf(x.affected().count()) : x.affected().text();
        Optional<String> v = accept("zh", d, spec, said);
        if (v.isPresent()) {
          f = f.with(spec.name(), v.get());
        }
        continue;
      }
      if (field.isEmpty() || field.get().confidence() < (all ? CHECK : ACCEPT)) {
        continue;
      }
      String raw = field.get().value();
      if (spec.type() == SlotType.PLACE) {
        Optional<Place> p = places.resolve(raw);
        if (p.isPresent() && places.complete(p.get())) {
          f = withPlace(f, spec.name(), raw, p.get());
        } else if (p.isPresent() && (p.get().ambiguous() || p.get().atLeastCity() || provinceOnly(p.get()))) {
          // A city alone, or a county several cities have: kept, and its question asks only what is missing.
          f = f.with(spec.name() + PENDING, raw);
        }
        continue;
      }
      if ("polluter".equals(spec.from()) && UnitKind.kindless(raw)) {
        continue; // "Smoke from a factory": no one named; who causes it is asked
      }
      if (all && spec.type() == SlotType.TEXT && TOLD.contains(spec.from())) {
        raw = withoutWishes(d, raw); // "…，希望停工，我要匿名": the anonymity wish answers its own question
        if (raw.isEmpty()) {
          continue;
        }
      }
      Optional<String> value = accept("zh", d, spec, raw);
      if (value.isPresent()) {
        f = f.with(spec.name(), value.get());
      }
    }
    if (all) {
      f = polluterAddress(d, f);
      for (SlotSpec spec : d.slots().values()) {
        if (f.slots().containsKey(spec.name())) {
          continue;
        }
        for (Map.Entry<String, List<String>> e : spec.inferred().entrySet()) {
          if (e.getValue().stream().anyMatch(f.slots()::containsKey)) {
            f = f.with(spec.name(), e.getKey());
            break;
          }
        }
      }
    }
    return f;
  }

  /** An option said with a lead or a particle ("我要匿名", "匿名吧", "那就实名"): the words that choose. */
  private static String choiceKey(String key) {
    String k = withoutCourtesy(key);
    return k.isEmpty() ? key : k;
  }

  /**
   * A key with the polite lead and tail a petitioner puts around what they ask for or choose set aside ("帮我转人工吧",
   * "我要匿名", "那就实名吧", "can I talk to a real person please"); the key itself when there is none.
   */
  private static String withoutCourtesy(String key) {
    String led = COURTESY_LEAD.matcher(key).replaceFirst("");
    return (mayEndCourteously(led) ? COURTESY_TAIL.matcher(led).replaceFirst("") : led).strip();
  }

  /**
   * Whether {@link #COURTESY_TAIL} can match in {@code s}: it ends with the last character of one of the tail's forms,
   * or with a line terminator (before which {@code $} matches too). The search tries every position of a message, on
   * every turn (issue 16); most messages end otherwise.
   */
  static boolean mayEndCourteously(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return TAIL_ENDS.indexOf(c) >= 0 || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The last characters of {@link #COURTESY_TAIL}'s forms (吧 … 谢谢, 行不行, 在不在, 跟我说, 联系我; please, thanks, thank you). */
  private static final String TAIL_ENDS = "吧啊呀呢了嘛哈的吗谢行在说聊谈讲话通我eEsSuU";

  private static final Pattern COURTESY_LEAD = Pattern.compile("^(?:(?:你好|您好|喂|那个|嗯|请|麻烦你|麻烦|帮我|给我|我要|我想要|"
      + "我想|我需要|我愿意|我可以|愿意|我选|我还是|那就|那还是|还是|就|选|能不能|能否|可不可以|可以|能|你们的|你们|有没有|我找|找个|找|要|"
      // Someone asked to come and talk ("能不能让个真人跟我说", "叫个工作人员和我聊"): the asking, set aside.
      + "让个|让|叫个|叫|换个|换|来个)[\\s，,、]?)+(?=.)"
      + "|^(?i:(?:hello|hi|please|can i|could i|may i|can you|could you|i want to|i'd like to|i would like to|i need to|"
      + "i wanna|let me|i want|i need)[\\s,]+)+(?=.)");
  static final Pattern COURTESY_TAIL = Pattern.compile("(?<=.)(?:(?:来)?(?:跟我|和我|同我)(?:说|说说|聊|聊聊|谈|谈谈|讲|说话|对话|沟通)|"
      + "说话|对话|沟通一下|联系我|回复我)(?:[吧啊呀呢了嘛哈的吗]|谢谢|好吗|可以吗|行吗|行不行|在不在|在吗)*$"
      + "|(?<=.)(?:[吧啊呀呢了嘛哈的吗]|谢谢|好吗|可以吗|行吗|行不行|在不在|在吗)+$"
      + "|(?<=.)(?i:\\s(?:please|thanks|thank you))+$");

  /** The value of {@code spec} that slots filled between {@code before} and {@code after} imply ({@code inferred}). */
  private static Optional<String> implied(SlotSpec spec, Frame before, Frame after) {
    for (Map.Entry<String, List<String>> e : spec.inferred().entrySet()) {
      if (e.getValue().stream().anyMatch(k -> after.slots().containsKey(k) && !before.slots().containsKey(k))) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code key} holds words of an option of {@code spec} other than {@code v} (its label or its {@code answers}
   * of two characters or more), once v's own words are set aside (不匿名 is v's "named", not "匿名").
   */
  private boolean saysOtherOption(Dialog d, SlotSpec spec, String key, String v) {
    String rest = key;
    for (String w : optionWords(d, spec, v)) {
      rest = rest.replace(w, " ");
    }
    for (String other : spec.values()) {
      if (!other.equals(v) && optionWords(d, spec, other).stream().anyMatch(rest::contains)) {
        return true;
      }
    }
    return false;
  }

  /** An option's label in each language and its {@code answers}, as keys of two characters or more, longest first. */
  private List<String> optionWords(Dialog d, SlotSpec spec, String v) {
    List<String> words = new ArrayList<>();
    for (String l : DialogSet.LANGS) {
      String label = d.prompts().getOrDefault(l, Map.of()).get("value_" + spec.name() + "_" + v);
      if (label != null) {
        words.add(dataKey(label));
      }
    }
    spec.answers().getOrDefault(v, List.of()).forEach(w -> words.add(dataKey(w)));
    words.removeIf(w -> w.length() < 2);
    words.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return words;
  }

  /** The answer to "X, is that right?" about a value the extractor suggested. */
  private Turn check(ConversationState s, Dialog d, Step step, String input, List<Reply> out) {
    String slot = s.current().checking();
    String key = Text.key(input);
    if (isYes(s.lang(), key, "yes")) {
      String value = s.current().suggested().get(slot);
      Frame f = s.current().dropSuggestion(slot);
      SlotSpec spec = d.slots().get(slot);
      f = spec.type() == SlotType.PLACE
          ? withPlace(f, slot, value, places.resolve(value).orElseThrow())
          : f.with(slot, value);
      f = f.answered(step.id());
      return advance(s.withCurrent(f), d, next(d, d.indexOf(step.id()), f.slots().get(slot)), out, Map.of());
    }
    Frame f = s.current().dropSuggestion(slot);
    ConversationState asked = s.withCurrent(f);
    if (isNo(s.lang(), key)) {
      out.add(prompt(asked, d, step));
      return new Turn(asked, out, null);
    }
    // Neither yes nor no: take it as the answer itself.
    return answer(asked, d, step, input, Extraction.NONE, out);
  }

  private static Frame withPlace(Frame f, String slot, String text, Place p) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(slot, PlaceLead.strip(text));
    for (String[] part : new String[][] {{"province", p.province()}, {"city", p.city()}, {"county", p.county()},
        {"town", p.town()}, {"code", p.code()}}) {
      if (part[1] != null) {
        values.put(slot + "." + part[0], part[1]);
      }
    }
    return f.with(values);
  }

  /** A frame key (never a slot, never submitted): the step to go back to once a corrected item is answered. */
  static final String RETURN_TO = "_return";
  /** What may come before an item's name in a correction: "修改", "我的", "帮我把", "change my", "the"… */
  private static final Pattern CORRECTION_LEAD = Pattern.compile("(?:请|帮我|麻烦|我要|我想|想|要|刚才|前面|之前|上面|我的|我|把|的|那个|"
      + "修改|更改|改一下|改|不对|不是|错了|说错了|写错了|please|i want to|i'd like to|i need to|can you|change|edit|correct|update|my|the|"
      + "no|sorry|oops|actually|\\s|[,，.。:：])*");
  /**
   * A lead that says the item named next is to change: an edit word, or that something said was wrong ("不对，名字是李敏",
   * "no, the name is Li Min").
   */
  private static final Pattern EDIT_LEAD = Pattern.compile(".*(?:修改|更改|改|不对|不是|错了|change|edit|correct|update|\\bno\\b|sorry|oops).*");
  /** What says an item is wrong right after its name ("电话错了", "地址改成…", "phone is wrong", "phone should be…"). */
  private static final Pattern CORRECTION_AFTER = Pattern.compile("^\\s*(?:也|都|号码|号)?\\s*(?:写错|填错|打错|说错|错了|错的|不对|有误|"
      + "要改|改一下|改成|改为|换成|应该是|更正|(?:is |was )?wrong|should be|has changed|changed to|is not right|is incorrect)");
  /** A correction that names no item ("我写错了", "刚才有一项填错了", "I made a mistake"). */
  private static final Pattern BARE_CORRECTION = Pattern.compile("(?:我|刚才|前面|之前|上面|有|一项|一个|个|信息|内容|的|好像|可能|)*"
      + "(?:写错了|填错了|说错了|打错了|写错|填错|说错|有误|要改一下|想改一下|要修改|想修改|需要修改)(?:一下|一项|东西|信息|了|的|点)*"
      + "|(?:sorry,? )?(?:i made a mistake|i got something wrong|something is wrong|i want to change something|"
      + "i need to correct something|wrong information)");

  /**
   * Words without one of which no correction aside is said: each alternative of {@link #EDIT_LEAD} (an edit word
   * before the item's name), of {@link #CORRECTION_AFTER} (what follows the name) and of {@link #BARE_CORRECTION}
   * contains one. They are looked for in the key first, so that most answers (a phone, a place, a yes) are not
   * matched against every item's names. A word added to those patterns must have its cue here.
   */
  private static final List<String> CORRECTION_CUES = List.of("改", "错", "不对", "有误", "换成", "应该是", "更正", "不是",
      "change", "edit", "correct", "update", "wrong", "should be", "not right", "mistake", "not ", "meant", "it's", "it is", "no,", "sorry");

  private static boolean mayCorrect(String key) {
    for (String cue : CORRECTION_CUES) {
      if (key.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A correction of an item already given, made while another question is pending (issue 13 §3 at any step):
   * "修改电话 13800001111", "电话错了，是…", "地址改成…", "change my phone to …" change the item at once and ask the
   * pending question again; "名字写错了" asks that item, then the pending question; a correction that names no
   * item gets the list of items. The value goes through the item's own check, so consent (an explicit choice)
   * is still given only by its button or full words. Empty when the message is not such a correction.
   */
  private Optional<Turn> correctionAside(ConversationState s, Dialog d, Step step, String input, List<Reply> out) {
    Frame f = s.current();
    if (step.prefill() && f.trail().isEmpty()) {
      return Optional.empty(); // the first message is what happened, never a correction
    }
    String key = Text.key(input);
    if (!mayCorrect(key)) {
      return Optional.empty(); // no word a correction is said with: the item names are not looked for
    }
    List<String> given = new ArrayList<>();
    for (String slot : d.slots().keySet()) {
      if (f.slots().containsKey(slot) && !slot.equals(step.arg())
          && d.prompts().getOrDefault(DialogSet.promptLang(s.lang()), Map.of()).containsKey("label_" + slot)) {
        given.add(slot);
      }
    }
    Optional<Named> named = slotNamedIn(d, given, key).filter(n -> {
      String lead = key.substring(0, n.start());
      return CORRECTION_LEAD.matcher(lead).matches()
          && (EDIT_LEAD.matcher(lead).matches() || CORRECTION_AFTER.matcher(key.substring(n.end())).find());
    });
    if (named.isEmpty()) {
      Frame[] changed = new Frame[1];
      Frame asIs = new Frame(f.dialog(), f.step(), f.slots(), f.editing(), f.suggested(), null, f.trail());
      Optional<String> pendingValue = pendingAnswer(s.lang(), d, d.slots().get(step.arg()), input);
      if (pendingValue.isPresent()) {
        // "不对，是三十多户" when asked how many: the answer to the pending question, said as a correction of the last try.
        return Optional.of(answer(s, d, step, pendingValue.get(), Extraction.NONE, out));
      }
      Optional<String[]> byValue = given.isEmpty() ? Optional.empty()
          : valueCorrection(d, asIs, given, input, s.lang(), changed);
      if (byValue.isPresent()) {
        ConversationState now = s.missed(false).withCurrent(changed[0]);
        out.add(Reply.text(corrected(now, d, byValue.get()[0])));
        return Optional.of(reprompt(now, out));
      }
      if (given.isEmpty() || yesNo(key).isPresent() || !BARE_CORRECTION.matcher(key).matches()) {
        return Optional.empty();
      }
      // Which item? The list of items given so far, once; the pending question stays where it is.
      List<Reply.Button> buttons = new ArrayList<>();
      for (String slot : given) {
        String label = prompt(d, s.lang(), "label_" + slot);
        buttons.add(new Reply.Button(label, EDIT_WORDS.get("en".equals(s.lang()) ? EDIT_EN : 0) + " " + label));
      }
      out.add(new Reply(global(s.lang(), "confirm_which"), buttons));
      return Optional.of(new Turn(s, out, null));
    }
    String slot = named.get().slot();
    SlotSpec spec = d.slots().get(slot);
    String value = newValue(key, named.get().end(), Text.halfWidth(Text.simplified(input)).strip());
    Frame aside = new Frame(f.dialog(), f.step(), f.slots(), f.editing(), f.suggested(), null, f.trail());
    if (!value.isEmpty()) {
      Optional<Frame> changed = changed(s.lang(), d, spec, aside, value);
      if (changed.isPresent()) {
        ConversationState now = s.missed(false).withCurrent(changed.get());
        out.add(Reply.text(corrected(now, d, slot)));
        return Optional.of(reprompt(now, out));
      }
    }
    // No value, or one that is not an answer to that item: its question, then back to the pending one.
    Step ask = askStepOnPath(d, f, slot, null);
    ConversationState asking = s.missed(false).withCurrent(aside.with(RETURN_TO, step.id()).at(ask.id()));
    out.add(prompt(asking, d, ask));
    return Optional.of(new Turn(asking, out, null));
  }

  /** An item with a new value, when the value is an answer to its question. */
  private Optional<Frame> changed(String lang, Dialog d, SlotSpec spec, Frame f, String value) {
    if (spec.type() == SlotType.PLACE) {
      String typed = TRAILING_STOPS.matcher(value).replaceAll("");
      return places.resolve(typed).filter(places::complete)
          .map(p -> withPlace(f.without(spec.name()), spec.name(), typed, p));
    }
    return accept(lang, d, spec, value).map(v -> f.with(spec.name(), v));
  }

  /** "已修改：联系电话：138…。" */
  private String corrected(ConversationState s, Dialog d, String slot) {
    return global(s.lang(), "corrected").replace("{item}", itemSaid(s, d, slot));
  }

  /** "联系电话：138…": an item's label and its value as shown. */
  private String itemSaid(ConversationState s, Dialog d, String slot) {
    return prompt(d, s.lang(), "label_" + slot) + ("en".equals(s.lang()) ? ": " : "：") + display(s, d, slot);
  }

  /** The item a message names, among {@code slots}: by label (either language), alias or slot name, longest first. */
  private Optional<Named> slotNamedIn(Dialog d, List<String> slots, String key) {
    Named best = null;
    int bestLength = 0;
    for (String slot : slots) {
      for (NameKey n : nameKeys(d, slot)) {
        String k = n.key();
        int at = k.isEmpty() ? -1 : key.indexOf(k);
        if (at >= 0 && k.length() > bestLength && (!n.latinWords() || wholeWord(key, at, k.length()))) {
          best = new Named(slot, at, at + k.length());
          bestLength = k.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** An item's name in key form, and whether it is Latin words only (matched as whole words). */
  private record NameKey(String key, boolean latinWords) {}

  /** An item's names (aliases, the slot's own name, its labels in either language), keyed once per engine. */
  private final Map<String, List<NameKey>> nameKeys = new java.util.concurrent.ConcurrentHashMap<>();

  private List<NameKey> nameKeys(Dialog d, String slot) {
    return nameKeys.computeIfAbsent(d.id() + '\n' + slot, id -> {
      List<String> names = new ArrayList<>(d.slots().get(slot).aliases());
      names.add(slot);
      for (String lang : DialogSet.LANGS) {
        String label = d.prompts().getOrDefault(lang, Map.of()).get("label_" + slot);
        if (label != null) {
          names.add(label);
        }
      }
      return names.stream().map(n -> {
        String k = dataKey(n);
        return new NameKey(k, LATIN_WORDS.matcher(k).matches());
      }).toList();
    });
  }

  /**
   * The answer to the summary: a yes submits; a correction in the petitioner's own words ("修改电话 13800001111",
   * "电话错了，是…", "地址改成…", "名字写错了", "change phone to …") changes the item at once when it carries the
   * new value, or asks that item again; an item the bot cannot tell gets the list of items (not the summary).
   */
  private Turn confirm(ConversationState s, Dialog d, Step step, String input, Extraction x, List<Reply> out) {
    String key = Text.key(input);
    if (isYes(s.lang(), key, "confirm_submit")) {
      return advance(s, d, next(d, d.indexOf(step.id()), null), out, Map.of());
    }
    boolean editWord = EDIT_WORDS.stream().anyMatch(key::startsWith) || CORRECTION.matcher(key).find()
        || key.equals(dataKey(global(s.lang(), "confirm_edit")));
    List<String> live = liveConfirmSlots(d, step, s.current());
    // An item named by one of its options in a wish told of someone else ("我邻居说他想匿名") is not named at all.
    Optional<Named> named = slotNamedIn(d, live, key).filter(n -> !othersWish(d.slots().get(n.slot()), key, n.start()));
    if (named.isPresent()) {
      String slot = named.get().slot();
      Step ask = askStepOnPath(d, s.current(), slot, step.id());
      ConversationState editing = s.missed(false).withCurrent(s.current().editing(true).at(ask.id()));
      String value = newValue(key, named.get().end(), Text.halfWidth(Text.simplified(input)).strip());
      SlotSpec spec = d.slots().get(slot);
      String word = key.substring(named.get().start(), named.get().end());
      if (spec.type() == SlotType.ENUM && !spec.explicit() && (value.isEmpty() || accept(s.lang(), d, spec, value).isEmpty())
          && accept(s.lang(), d, spec, word).isPresent()) {
        // The item named by one of its own options ("算了我还是实名吧", "匿名"): that option chosen.
        value = word;
      }
      if (!value.isEmpty()) {
        // The new value came with the correction: taken as the answer to that question, then the summary.
        return answer(editing, d, ask, value, Extraction.NONE, out);
      }
      out.add(prompt(editing, d, ask));
      return new Turn(editing, out, null);
    }
    Optional<String[]> changedMind = wishIn(d, null, key).filter(w -> w[1] != null && !w[1].equals(s.current().slots().get(w[0])))
        .or(() -> inferredAtSummary(d, s.current(), x));
    if (changedMind.isPresent() && d.hasStep(changedMind.get()[0])) {
      // "我想了想，还是留名吧，我叫王建国", "on second thought, use my name" at the summary: the writer's own new choice, in a
      // sentence — that option chosen as "算了我还是实名吧" chooses it, and a name said with it kept for the name question.
      String slot = changedMind.get()[0];
      Step ask = askStepOnPath(d, s.current(), slot, step.id());
      ConversationState editing = s.missed(false).withCurrent(s.current().editing(true).at(ask.id()));
      return answer(editing, d, ask, changedMind.get()[1], x, out);
    }
    Frame[] changed = new Frame[1];
    Optional<String[]> byValue = valueCorrection(d, s.current(), live, input, s.lang(), changed);
    if (byValue.isPresent()) {
      // "不是刘家养猪场，是张家养猪场", "not X, it's Y" at the summary: the item holding the value changed, the summary again.
      ConversationState now = s.missed(false).withCurrent(changed[0]);
      out.add(Reply.text(global(s.lang(), "corrected_summary").replace("{item}", itemSaid(now, d, byValue.get()[0]))));
      out.add(prompt(now, d, step));
      return new Turn(now, out, null);
    }
    if (!editWord && !isNo(s.lang(), key) && key.length() <= 30 && DECLINE.matcher(key).matches()) {
      // "不想说", "rather not say" at the summary: nothing more to give, not a message missed. The summary stands as
      // it is; what can be done with it is said plainly, with its buttons (not the list of items to change).
      out.add(new Reply(global(s.lang(), "confirm_declined"), List.of(button(global(s.lang(), "confirm_submit")),
          button(global(s.lang(), "confirm_edit")))));
      return new Turn(s.missed(false), out, null);
    }
    if (!editWord) {
      out.add(Reply.text(global(s.lang(), "confirm_hint")));
    }
    List<Reply.Button> buttons = new ArrayList<>();
    for (String slot : live) {
      String label = prompt(d, s.lang(), "label_" + slot);
      buttons.add(new Reply.Button(label, EDIT_WORDS.get("en".equals(s.lang()) ? EDIT_EN : 0) + " " + label));
    }
    out.add(new Reply(global(s.lang(), "confirm_which"), buttons));
    Turn listed = new Turn(s, out, null);
    return editWord || isNo(s.lang(), key) ? listed : notUnderstood(s, d, null, out);
  }

  /**
   * A name given at the summary of an anonymous report ("我叫王建国", "I'm Wang Jianguo"): the option its {@code inferred}
   * names (a named report), when the report holds another, and the name question there — the name then kept.
   */
  private static Optional<String[]> inferredAtSummary(Dialog d, Frame f, Extraction x) {
    for (SlotSpec spec : d.slots().values()) {
      for (Map.Entry<String, List<String>> e : spec.inferred().entrySet()) {
        if (f.slots().containsKey(spec.name()) && !e.getKey().equals(f.slots().get(spec.name()))
            && e.getValue().stream().anyMatch(slot -> d.slots().containsKey(slot) && !f.slots().containsKey(slot)
                && x.field(d.slots().get(slot).from()).filter(v -> v.confidence() >= ACCEPT).isPresent())) {
          return Optional.of(new String[] {spec.name(), e.getKey()});
        }
      }
    }
    return Optional.empty();
  }

  /** An item named in a correction, and where its name ends in the message (its key form). */
  private record Named(String slot, int start, int end) {}

  /** Whether a Latin word found at {@code at} is whole ("anonymous" not in "nonanonymous"); Chinese has no such edges. */
  private static boolean latinWhole(String s, int at, int length) {
    return (at == 0 || !isLatin(s.charAt(at - 1)) || !isLatin(s.charAt(at)))
        && (at + length == s.length() || !isLatin(s.charAt(at + length)) || !isLatin(s.charAt(at + length - 1)));
  }

  private static boolean isLatin(char c) {
    return c < 128 && Character.isLetter(c);
  }

  private static boolean wholeWord(String s, int at, int length) {
    return (at == 0 || !Character.isLetter(s.charAt(at - 1)))
        && (at + length == s.length() || !Character.isLetter(s.charAt(at + length)));
  }

  /**
   * The new value a correction carries after the item's name: "电话错了，是139…" → "139…", "地址改成X" → "X",
   * "修改电话 138…" → "138…", "名字写错了" → "" (none: the item is asked again). The value is taken from the
   * message as typed (case kept), at the same distance from its end as in the compared form.
   */
  private static String newValue(String key, int end, String original) {
    String rest = key.substring(Math.min(end, key.length()));
    String tail = original.length() >= rest.length() ? original.substring(original.length() - rest.length()) : rest;
    if (!Text.key(tail).equals(Text.key(rest))) {
      tail = rest;
    }
    String v = VALUE_CUE.matcher(tail).replaceFirst("").strip();
    v = TRAILING_FULL_STOPS.matcher(v).replaceAll("").strip();
    return CORRECTION_ONLY.matcher(v).matches() ? "" : v;
  }

  /** The step that asks a slot on the way the answers take (a slot may be asked on several branches). */
  private static Step askStepOnPath(Dialog d, Frame f, String slot, String untilStep) {
    Set<Integer> visited = new HashSet<>();
    int i = 0;
    while (i < d.steps().size() && visited.add(i)) {
      Step step = d.steps().get(i);
      if (step.id().equals(untilStep) || step.kind() == Step.Kind.END) {
        break;
      }
      if (step.kind() == Step.Kind.ASK && step.arg().equals(slot) && !earlyAsk(step)) {
        return step;
      }
      i = next(d, i, step.kind() == Step.Kind.ASK ? f.slots().get(step.arg()) : null);
    }
    return d.steps().stream().filter(x -> x.kind() == Step.Kind.ASK && x.arg().equals(slot)).findFirst()
        .orElseThrow();
  }

  /**
   * A step that asks, earlier and only in an emergency, a slot the path asks later anyway ({@code only_if: life_safety}):
   * not where the slot belongs, so the path's own question decides whether it is submitted (an anonymous report's phone
   * is not).
   */
  private static boolean earlyAsk(Step step) {
    return Turn.LIFE_SAFETY.equals(step.onlyIf());
  }

  private static int confirmIndex(Dialog d) {
    for (int i = 0; i < d.steps().size(); i++) {
      if (d.steps().get(i).kind() == Step.Kind.CONFIRM) {
        return i;
      }
    }
    return d.steps().size();
  }

  /** The slots asked on the way the answers given so far take through the dialog, up to a step. */
  private static List<String> pathSlots(Dialog d, Frame f, String untilStep) {
    List<String> slots = new ArrayList<>();
    Set<Integer> visited = new HashSet<>();
    int i = 0;
    while (i < d.steps().size() && visited.add(i)) {
      Step step = d.steps().get(i);
      if (step.id().equals(untilStep) || step.kind() == Step.Kind.END) {
        break;
      }
      String value = null;
      if (step.kind() == Step.Kind.ASK && !earlyAsk(step)) {
        slots.add(step.arg());
        value = f.slots().get(step.arg());
      }
      i = next(d, i, value);
    }
    return slots;
  }

  private static Map<String, String> liveSlots(Dialog d, Frame f, String untilStep) {
    Map<String, String> live = new LinkedHashMap<>();
    f.slots().forEach((k, v) -> {
      if (k.startsWith(NLP_PREFIX)) {
        live.put(k, v);
      }
    });
    for (String slot : pathSlots(d, f, untilStep)) {
      // The prefix made once per slot, not once per slot and key (that was a sixth of a turn's allocation).
      String derived = slot + ".";
      f.slots().forEach((k, v) -> {
        if ((k.equals(slot) || k.startsWith(derived)) && !DECLINED.equals(v) && !UNKNOWN.equals(v)) {
          live.put(k, v); // a declined or unknown item is not given: not submitted
        }
      });
    }
    return live;
  }

  private static List<String> liveConfirmSlots(Dialog d, Step confirmStep, Frame f) {
    List<String> path = pathSlots(d, f, confirmStep.id());
    return confirmStep.confirmSlots().stream().filter(path::contains).toList();
  }

  // --- commands --------------------------------------------------------------------------------------

  private Optional<Command> commandOf(String input) {
    String key = Text.key(input);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Command exact = commandByKey.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    // A command asked for in a sentence ("帮我转人工吧", "我要找真人", "can I talk to a real person please"): the
    // phrase once a polite lead and tail are set aside. Only a whole phrase left counts, so a report that merely
    // mentions one ("人工湖被污染了") stays a report.
    String bare = withoutCourtesy(key);
    return bare.isEmpty() || bare.equals(key) ? Optional.empty() : Optional.ofNullable(commandByKey.get(bare));
  }

  private Turn runCommand(ConversationState s, Command c, List<Reply> out) {
    if (c.startDialog() != null) {
      String target = c.startDialog();
      if (s.current() != null && s.current().dialog().equals(target)) {
        return reprompt(s, out);
      }
      for (int i = s.suspended().size() - 1; i >= 0; i--) {
        if (s.suspended().get(i).dialog().equals(target)) {
          // Back to the suspended one: what was started on top of it is dropped.
          return reprompt(s.withFrames(s.suspended().get(i), s.suspended().subList(0, i)), out);
        }
      }
      Dialog d = set.dialogs().get(target);
      return offer(advance(s.push(Frame.start(target, d.steps().get(0).id())), d, 0, out, Map.of()));
    }
    return switch (c.name()) {
      case "restart" -> {
        out.add(Reply.text(global(s.lang(), "restarted")));
        yield begin(s.withFrames(null, List.of()).unflag(Turn.URGENT), set.startDialog(), out);
      }
      case "cancel" -> {
        if (!s.flagged(CANCEL_ASKED) && atSummary(s)) {
          // Everything is filled in: ask once before discarding it.
          String again = "en".equals(s.lang()) ? "cancel" : "取消";
          out.add(new Reply(global(s.lang(), "cancel_check"), List.of(
              new Reply.Button(global(s.lang(), "cancel_yes"), again), button(global(s.lang(), "cancel_no")))));
          yield new Turn(s.flag(CANCEL_ASKED), out, null);
        }
        s = s.unflag(CANCEL_ASKED);
        // Cancels what is in progress; a report interrupted by it comes back.
        ConversationState rest = s.current() != null && s.current().dialog().equals(set.startDialog())
            ? s.unflag(Turn.URGENT).pop() : s.pop();
        if (rest.current() == null) {
          out.add(new Reply(global(s.lang(), "cancelled"), idleButtons(s.lang())));
          yield offer(new Turn(rest, out, null));
        }
        // Something else was cancelled (a status query in the middle of a report): not "nothing will be submitted",
        // since the report it interrupted goes on.
        out.add(Reply.text(global(s.lang(), "cancelled_resume")));
        yield offer(resumeSuspended(rest, out));
      }
      case "help" -> {
        out.add(Reply.text(render(null, "help", s, Map.of())));
        yield reprompt(s, out);
      }
      case "english", "chinese" -> {
        ConversationState switched = s.withLang(c.name().equals("english") ? "en" : "zh");
        out.add(Reply.text(global(switched.lang(), "lang_switched")));
        yield reprompt(switched, out);
      }
      case "human" -> {
        out.add(Reply.text(render(null, "handoff", s, Map.of())));
        yield new Turn(s, out, null, Set.of(Turn.HANDOFF));
      }
      case "back" -> back(s, out);
      default -> throw new IllegalStateException("unknown built-in command " + c.name());
    };
  }

  /** "返回上一步": the last question answered is asked again, its answer forgotten. */
  private Turn back(ConversationState s, List<Reply> out) {
    if (s.current() == null || s.current().trail().isEmpty()) {
      out.add(Reply.text(global(s.lang(), "back_nothing")));
      return reprompt(s, out);
    }
    Dialog d = dialog(s);
    Frame asked = s.current();
    String returnTo = asked.slots().get(RETURN_TO);
    boolean fromSummary = asked.editing() && confirmIndex(d) < d.steps().size();
    if (fromSummary || returnTo != null && d.hasStep(returnTo) && !returnTo.equals(asked.step())) {
      // An item asked again (from the summary, or named mid-way): the question answered just before it is the one it
      // was asked from. Back there, the item as it was; the trail's last answer (an earlier question) stays answered.
      String from = fromSummary ? d.steps().get(confirmIndex(d)).id() : returnTo;
      Frame f = asked.without(RETURN_TO).editing(false).at(from);
      return reprompt(s.withCurrent(new Frame(f.dialog(), f.step(), f.slots(), false, f.suggested(), null, f.trail())),
          out);
    }
    String stepId = s.current().trail().get(s.current().trail().size() - 1);
    Step step = d.step(stepId);
    Frame f = s.current().popTrail().without(step.arg()).editing(false).at(stepId);
    ConversationState back = s.withCurrent(new Frame(f.dialog(), f.step(), f.slots(), false, f.suggested(), null,
        f.trail()));
    out.add(prompt(back, d, step));
    return offer(new Turn(back, out, null));
  }

  private Turn reprompt(ConversationState s, List<Reply> out) {
    if (s.current() == null) {
      out.add(idlePrompt(s.lang()));
      return offer(new Turn(s, out, null));
    }
    Dialog d = dialog(s);
    Step step = d.step(s.current().step());
    if (step.kind() == Step.Kind.ASK && s.current().checking() != null) {
      String slot = s.current().checking();
      out.add(checkPrompt(s, d, slot, s.current().suggested().get(slot)));
      return offer(new Turn(s, out, null));
    }
    if (step.waits()) {
      out.add(prompt(s, d, step));
      return offer(new Turn(s, out, null));
    }
    return offer(advance(s, d, d.indexOf(step.id()), out, Map.of()));
  }

  /** Remembers the values of the buttons just offered, so that a typed number can pick one. */
  private static Turn offer(Turn t) {
    if (t.replies().isEmpty()) {
      return t;
    }
    List<Reply.Button> b = t.replies().get(t.replies().size() - 1).buttons();
    return new Turn(t.state().offering(b.stream().map(Reply.Button::value).toList()), t.replies(), t.effect(),
        t.alerts());
  }

  private static String pick(ConversationState s, String text) {
    String k = Text.key(text);
    if (!s.options().isEmpty() && ONE_OR_TWO_DIGITS.matcher(k).matches()) {
      int n = Integer.parseInt(k);
      if (n >= 1 && n <= s.options().size()) {
        return s.options().get(n - 1);
      }
    }
    return text;
  }

  // --- answers ---------------------------------------------------------------------------------------

  /**
   * The language a message is written in, when it says enough: English when Latin letters clearly outweigh
   * Chinese characters ("… in 河北省唐山市丰南区" is English), Chinese (simplified or traditional) otherwise.
   * Public: a messaging channel opens a conversation in the language of the citizen's first message.
   */
  public static Optional<String> languageOf(String text) {
    long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    long latin = text.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).count();
    if (latin >= 8 && latin > 2 * han && text.strip().contains(" ")) {
      return Optional.of("en");
    }
    // A place or a firm named in characters inside English ("Smoke from 南京市江宁区禄口街道石埝村砖厂", "The 金陵化工厂 in
    // 江宁区 dumps waste") is a name, not the language: each run of characters counts as one word among the English ones.
    long words = LATIN_WORD.matcher(text).results().count();
    long runs = HAN_RUN.matcher(text).results().count();
    if (latin >= 8 && words >= 2 && words >= 2 * runs) {
      return Optional.of("en");
    }
    // One English word as the whole account ("smoke", "noise", "dust!"): English, not the page's language.
    if (han == 0 && latin >= 4 && ENGLISH_WORDS_ONLY.matcher(text.strip()).matches()) {
      return Optional.of("en");
    }
    if (han >= 2 && han * 2 >= latin) {
      return Optional.of("zh");
    }
    return Optional.empty();
  }

  /**
   * The other language when {@code text} is a sentence in it, not only names ({@code lang}: the conversation's): in
   * Chinese, words that hold a sentence together (的, 了, 吗, 我, 是, 就, 说 …: "南京市江宁区", "金陵化工有限公司" hold none,
   * an English speaker typing a place changes nothing); in English, four words or more and no character of Chinese ("ok
   * thanks" at a Chinese question changes nothing).
   */
  static Optional<String> switchedTo(String lang, String text) {
    Optional<String> read = languageOf(text);
    if (read.isEmpty() || read.get().equals("en".equals(lang) ? "en" : "zh")) {
      return Optional.empty();
    }
    if (read.get().equals("zh")) {
      long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
      return han >= 4 && CHINESE_SENTENCE.matcher(text).find() ? read : Optional.empty();
    }
    return !hasHan(text) && LATIN_WORD.matcher(text).results().count() >= 4 ? read : Optional.empty();
  }

  /** Characters that hold a Chinese sentence together, rare in a place's or a firm's name. */
  private static final Pattern CHINESE_SENTENCE = Pattern.compile("[的了吗呢吧啊呀我你您他她是就说还们没不很这那用]");

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z\\u00C0-\\u024F]+(?:['’][A-Za-z]+)?");
  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");
  private static final Pattern ENGLISH_WORDS_ONLY = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)?(?:[\\s,]+[A-Za-z]+(?:['’][A-Za-z]+)?)*[.!?…]*");

  static boolean hasHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Yes or no in the forms people use ("是的没错", "嗯嗯", "对对对", "不对", "yes please"), or empty. */
  static Optional<Boolean> yesNo(String key) {
    if (YES.contains(key) || YES_EN.matcher(key).matches()) {
      return Optional.of(true);
    }
    if (NO.contains(key) || NO_EN.matcher(key).matches()) {
      return Optional.of(false);
    }
    if (madeOf(key, NO_PARTS) && (key.contains("不") || key.contains("错") || key.contains("否") || key.contains("没有"))) {
      return Optional.of(false);
    }
    if (madeOf(key, YES_PARTS) && !key.contains("不")) {
      return Optional.of(true);
    }
    return Optional.empty();
  }

  private static boolean madeOf(String key, List<String> parts) {
    String k = PUNCTUATION_OR_SPACE.matcher(key).replaceAll("");
    if (k.isEmpty() || k.length() > 12) {
      return false;
    }
    boolean[] ok = new boolean[k.length() + 1];
    ok[0] = true;
    for (int i = 0; i < k.length(); i++) {
      if (!ok[i]) {
        continue;
      }
      for (String p : parts) {
        if (k.startsWith(p, i)) {
          ok[i + p.length()] = true;
        }
      }
    }
    // Particles alone ("啊") are no answer.
    return ok[k.length()] && !PARTICLES.matcher(k).matches();
  }

  private boolean isYes(String lang, String key, String buttonKey) {
    return yesNo(key).orElse(false) || key.equals(dataKey(global(lang, buttonKey)));
  }

  private boolean isNo(String lang, String key) {
    return !yesNo(key).orElse(true) || key.equals(dataKey(global(lang, "no")));
  }

  private Optional<String> accept(String lang, Dialog d, SlotSpec spec, String input) {
    String key = Text.key(input);
    switch (spec.type()) {
      case YES_NO -> {
        if (isYes(lang, key, "yes")) {
          return Optional.of("yes");
        }
        if (isNo(lang, key)) {
          return Optional.of("no");
        }
        return Optional.empty();
      }
      case ENUM -> {
        List<String> values = spec.values();
        for (int i = 0; i < values.size(); i++) {
          String v = values.get(i);
          // The value itself ("water", "申诉求决") too, unless the choice must be explicit (a consent: its
          // values "yes"/"no" must never be met by a casual "yes").
          if (!spec.explicit() && key.equals(dataKey(v)) || key.equals(String.valueOf(i + 1))) {
            return Optional.of(v);
          }
          for (String l : DialogSet.LANGS) {
            String label = d.prompts().getOrDefault(l, Map.of()).get("value_" + spec.name() + "_" + v);
            if (label != null && key.equals(dataKey(label))) {
              return Optional.of(v);
            }
          }
        }
        // Words of the dialog's own that choose a value (匿名, 不想留), then a yes or a no where the question is one.
        String bare = choiceKey(key);
        for (Map.Entry<String, List<String>> e : spec.answers().entrySet()) {
          for (String w : e.getValue()) {
            if (bare.equals(dataChoiceKey(w))) {
              return Optional.of(e.getKey());
            }
          }
        }
        if (!spec.yesNo().isEmpty()) {
          Optional<Boolean> yes = yesNo(key);
          if (yes.isPresent()) {
            return Optional.of(spec.yesNo().get(yes.get() ? 0 : 1));
          }
        }
        return Optional.empty();
      }
      default -> {
        if (spec.optional() && unknownTaken(spec, key)) {
          return Optional.of(UNKNOWN); // "修改 影响范围 不清楚" as well: unknown, never the words as the value
        }
        return spec.type().accept(input, spec, LocalDate.ofInstant(clock.instant(), CHINA));
      }
    }
  }

  private Reply invalid(ConversationState s, Dialog d, SlotSpec spec, Step step) {
    String own = d.prompts().getOrDefault(DialogSet.promptLang(s.lang()), Map.of()).get("invalid_" + spec.name());
    // A question's own words filled like the question ({organ} of the Art 17(3) question), its bounds too.
    String text = own != null ? render(d, "invalid_" + spec.name(), s,
        Map.of("min", String.valueOf(spec.min()), "max", String.valueOf(spec.max())))
        : global(s.lang(), "invalid_" + spec.type().key());
    text = text.replace("{min}", String.valueOf(spec.min())).replace("{max}", String.valueOf(spec.max()));
    // The question's buttons, not its text (rendering it was wasted): an option slot's or yes and no. A place's
    // answer is never judged here, so no place's offer is among them.
    return new Reply(text, spec.type() == SlotType.PLACE ? prompt(s, d, step).buttons() : choiceButtons(s, d, spec));
  }

  // --- rendering -------------------------------------------------------------------------------------

  private Reply prompt(ConversationState s, Dialog d, Step step) {
    if (step.kind() == Step.Kind.CONFIRM) {
      String summary = summary(s, d, step);
      String text = render(d, "confirm", s, Map.of("summary", summary));
      return new Reply(text, List.of(button(global(s.lang(), "confirm_submit")),
          button(global(s.lang(), "confirm_edit"))), Reply.SUMMARY);
    }
    SlotSpec spec = d.slots().get(step.arg());
    String pending = spec.type() == SlotType.PLACE && s.current() != null
        ? s.current().slots().get(spec.name() + PENDING) : null;
    if (pending != null) {
      Optional<Place> p = places.resolve(pending);
      if (p.isPresent()) {
        Reply r = offerOf(s.lang(), spec.name(), p.get());
        if (!r.buttons().isEmpty() || provinceOnly(p.get())) {
          return r;
        }
      }
    }
    // A step that asks its slot for a reason of its own (after a danger to life: a phone the duty staff can call) has
    // its own words, ask_<step id>; otherwise the slot's.
    String own = "ask_" + step.id();
    String text = render(d, !step.id().equals(spec.name()) && prompt(d, s.lang(), own) != null ? own : "ask_" + spec.name(), s, Map.of());
    return new Reply(text, choiceButtons(s, d, spec));
  }

  /** The buttons of a question: an option slot's options, or yes and no; none for the other types. */
  private List<Reply.Button> choiceButtons(ConversationState s, Dialog d, SlotSpec spec) {
    List<Reply.Button> buttons = new ArrayList<>();
    if (spec.type() == SlotType.ENUM) {
      for (String v : spec.values()) {
        buttons.add(button(prompt(d, s.lang(), "value_" + spec.name() + "_" + v)));
      }
    } else if (spec.type() == SlotType.YES_NO) {
      buttons.add(button(global(s.lang(), "yes")));
      buttons.add(button(global(s.lang(), "no")));
    }
    return buttons;
  }

  /**
   * What a place lacks, asked with the likeliest answers as numbered buttons: the city of an ambiguous county
   * (the county is kept), or the district of a city (its first districts, central ones first).
   */
  private Reply offerOf(String lang, String slot, Place p) {
    boolean en = "en".equals(lang);
    if (provinceOnly(p)) {
      // A province alone ("广东"): kept, and its city and county asked for in words (a province's cities are too
      // many for buttons, and the county is what finds the competent department).
      return Reply.text(global(lang, "place_which_city_in").replace("{province}", en ? places.inEnglish(p.province()) : p.province()));
    }
    if (p.ambiguous() && p.county() == null) {
      // A town several counties have (城关镇), nothing else named: its county asked in words (too many for buttons),
      // what was said kept and read again with the answer.
      String town = p.town() == null ? "" : p.town();
      return Reply.text(global(lang, "place_which_county_of_town").replace("{town}", en ? places.inEnglish(town) : town));
    }
    if (p.ambiguous()) {
      List<String> cities = places.citiesWith().apply(p.county());
      return new Reply(global(lang, "place_which_city").replace("{county}", en ? places.inEnglish(p.county()) : p.county()),
          cities.stream().limit(MAX_PLACE_OPTIONS).map(c -> placeButton(en, c)).toList());
    }
    List<String> counties = places.counties().apply(p);
    String city = p.city() == null ? "" : p.city();
    // In English each district is named with its city ("Gulou District, Nanjing, Jiangsu"): a district several cities
    // have would read alone, and be asked about again.
    String chain = p.province() != null && !p.province().equals(city) ? p.province() + city : city;
    return new Reply(global(lang, "place_which_county").replace("{city}", en ? places.inEnglish(city) : city),
        counties.stream().limit(MAX_PLACE_OPTIONS).map(c -> placeButton(en, en ? chain + c : c)).toList());
  }

  /**
   * A polluter read with its address in front ({@link PolluterAddress}): the name alone is the polluter, and the address
   * is where the problem is, when it only makes the place already read more exact (same divisions, more words).
   */
  private Frame polluterAddress(Dialog d, Frame f) {
    for (SlotSpec spec : d.slots().values()) {
      Optional<PolluterAddress> split = "polluter".equals(spec.from()) ? PolluterAddress.of(f.slots().get(spec.name()),
          places::resolve) : Optional.empty();
      if (split.isEmpty()) {
        continue;
      }
      f = f.with(spec.name(), split.get().name());
      for (SlotSpec place : d.slots().values()) {
        String kept = f.slots().get(place.name());
        Optional<Place> p = places.resolve(split.get().address());
        // The place read may stop short of the address, or run on into the name ("…88号苏州鑫达金属制品").
        if (place.type() == SlotType.PLACE && kept != null && (split.get().address().startsWith(kept)
            || kept.startsWith(split.get().address())) && p.isPresent() && places.complete(p.get())) {
          f = withPlace(f.without(place.name()), place.name(), split.get().address(), p.get());
        }
      }
    }
    return f;
  }

  /** A frame key: the place question has asked once for a landmark after "不知道在哪". */
  static final String NEAR_ASKED = ".near";
  /** A frame key: a landmark said with the don't-know ("不知道在哪，就上学路上"), kept for when the place is taken. */
  static final String NEAR_SAID = ".landmark";

  /**
   * "不知道在哪", "不清楚具体地址" at the place question. The county is the minimum that finds the competent department:
   * said once, with what is known kept (a city's districts offered), and a landmark, the nearest village or road
   * asked for. Said again: the place is taken as far as it is known, and staff find the rest (the summary shows it).
   */
  private Turn whereUnknown(ConversationState s, Dialog d, Step step, SlotSpec spec, Extraction x, List<Reply> out) {
    Frame f = s.current();
    String pending = f.slots().get(spec.name() + PENDING);
    Optional<Place> known = pending == null ? Optional.empty() : places.resolve(pending);
    if (!f.slots().containsKey(spec.name() + NEAR_ASKED)) {
      ConversationState asking = s.missed(false).withCurrent(f.with(spec.name() + NEAR_ASKED, "1"));
      boolean en = "en".equals(s.lang());
      String where = known.map(p -> en ? placeInEnglish(p) : p.display().replace(" ", "")).orElse("");
      Reply offer = known.map(p -> offerOf(s.lang(), spec.name(), p)).orElse(null);
      out.add(new Reply(global(s.lang(), where.isEmpty() ? "place_unknown" : "place_unknown_in").replace("{known}", where),
          offer == null ? List.of() : offer.buttons()));
      return new Turn(asking, out, null);
    }
    out.add(Reply.text(global(s.lang(), "place_unknown_taken")));
    String near = f.slots().get(spec.name() + NEAR_SAID);
    return answered(s, d, step, spec, roughPlace(f, spec.name(), near != null ? near : global(s.lang(), "place_unknown_value")),
        x, out);
  }

  /** The place as far as it is known (a city or province said before) with the words that locate it. */
  private Frame roughPlace(Frame f, String slot, String said) {
    String pending = f.slots().get(slot + PENDING);
    Optional<Place> known = pending == null ? Optional.empty() : places.resolve(pending);
    said = PlaceLead.strip(said);
    String text = pending == null || said.startsWith(pending) ? said : pending + " " + said;
    return known.isPresent() ? withPlace(f.without(slot), slot, text, known.get()) : f.without(slot).with(slot, text);
  }

  /** A province and nothing below it: not yet a place, but kept. */
  private static boolean provinceOnly(Place p) {
    return !p.ambiguous() && p.province() != null && p.city() == null && p.county() == null;
  }
  /** A place whose question has no buttons: a province alone, or a town several counties have. */
  private static boolean askedInWords(Place p) {
    return provinceOnly(p) || p.ambiguous() && p.county() == null;
  }


  /** A division as a button: its Chinese name is the value (it resolves), an English reader sees its reading. */
  private Reply.Button placeButton(boolean en, String name) {
    if (!en) {
      return button(name);
    }
    // "江苏省南京市" → "Nanjing, Jiangsu": the divisions of the name, deepest first.
    List<String> parts = new ArrayList<>();
    places.resolve(name).ifPresent(p -> {
      for (String part : new String[] {p.county(), p.city(), p.province()}) {
        String e = places.inEnglish(part);
        if (part != null && !parts.contains(e)) {
          parts.add(e);
        }
      }
    });
    return new Reply.Button(parts.isEmpty() ? places.inEnglish(name) : String.join(", ", parts), name);
  }

  /** A resolved place as an English reader reads it: "Jiangning District, Nanjing, Jiangsu". */
  private String placeInEnglish(Place p) {
    List<String> parts = new ArrayList<>();
    for (String part : new String[] {p.town(), p.county(), p.city(), p.province()}) {
      String e = places.inEnglish(part);
      if (part != null && !parts.contains(e)) {
        parts.add(e);
      }
    }
    return String.join(", ", parts);
  }

  private Reply checkPrompt(ConversationState s, Dialog d, String slot, String value) {
    SlotSpec spec = d.slots().get(slot);
    String shown = value;
    if (spec.type() == SlotType.ENUM) {
      shown = prompt(d, s.lang(), "value_" + slot + "_" + value);
    } else if (spec.type() == SlotType.PLACE) {
      shown = places.resolve(value).map(Place::display).orElse(value);
    }
    shown = TRAILING_STOPS_OR_SPACE.matcher(shown).replaceAll("");
    String label = d.prompts().get(DialogSet.promptLang(s.lang())).getOrDefault("label_" + slot, slot);
    String text = global(s.lang(), "check").replace("{label}", label).replace("{value}", shown);
    return new Reply(text, List.of(button(global(s.lang(), "yes")), button(global(s.lang(), "no"))));
  }

  private String summary(ConversationState s, Dialog d, Step confirmStep) {
    StringBuilder b = new StringBuilder();
    String colon = "en".equals(s.lang()) ? ": " : "：";
    for (String slot : liveConfirmSlots(d, confirmStep, s.current())) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(prompt(d, s.lang(), "label_" + slot)).append(colon).append(display(s, d, slot));
    }
    return b.toString();
  }

  private String display(ConversationState s, Dialog d, String slot) {
    String v = s.current().slots().get(slot);
    if (v == null || v.isEmpty()) {
      return global(s.lang(), "not_given");
    }
    if (UNKNOWN.equals(v)) {
      return global(s.lang(), "unknown_given");
    }
    SlotSpec spec = d.slots().get(slot);
    return switch (spec.type()) {
      case ENUM -> prompt(d, s.lang(), "value_" + slot + "_" + v);
      case YES_NO -> global(s.lang(), v);
      case PLACE -> {
        if ("en".equals(s.lang())) {
          // No Chinese left for an English reader: the divisions read in English, what they typed beside.
          String english = places.resolve(v).map(this::placeInEnglish).orElse("");
          yield english.isEmpty() || v.equals(english) || !hasHan(v) ? v : english + " (" + v + ")";
        }
        String resolved = places.resolve(v).map(Place::display).orElse("");
        yield resolved.isEmpty() || v.startsWith(resolved) ? v : v + "（" + resolved + "）";
      }
      default -> v;
    };
  }

  private String render(Dialog d, String key, ConversationState s, Map<String, String> vars) {
    String template = d == null ? global(s.lang(), key) : prompt(d, s.lang(), key);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String v = vars.get(name);
      if (v == null && s.current() != null && ("organ".equals(name) || "why".equals(name))) {
        Map<String, String> slots = s.current().slots();
        boolean en = "en".equals(s.lang());
        if ("organ".equals(name)) {
          String organ = slots.getOrDefault(NLP_PREFIX + "organ", "");
          v = set.globalPrompts().get(DialogSet.promptLang(s.lang())).getOrDefault("organ_" + organ, organ);
        } else {
          v = slots.getOrDefault(NLP_PREFIX + (en ? "whyEn" : "whyZh"), "");
        }
      }
      if (v == null && "noticeDue".equals(name)) {
        // Before any case exists: the day it would be due if registered today (the receipt says the case's own).
        v = noticeDue != null ? noticeDue.apply(LocalDate.ofInstant(clock.instant(), CHINA), s.lang())
            : global(s.lang(), "notice_period");
      }
      if (v == null && "urgentNote".equals(name)) {
        // A receipt for an urgent matter or a danger to life says it was passed on at once (Art 19).
        v = s.flagged(Turn.URGENT) ? global(s.lang(), "received_urgent_note") + "\n" : "";
      }
      if (v == null && d != null && s.current() != null && d.slots().containsKey(name)) {
        v = display(s, d, name);
      }
      if (v == null) {
        v = constants.getOrDefault(("en".equals(s.lang()) ? name + "En" : name), constants.getOrDefault(name, ""));
      }
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static final String CANCEL_ASKED = "cancel_asked";

  private boolean atSummary(ConversationState s) {
    return s.current() != null && dialog(s).step(s.current().step()).kind() == Step.Kind.CONFIRM;
  }

  private static Reply.Button button(String label) {
    return new Reply.Button(label, label);
  }

  private static String prompt(Dialog d, String lang, String key) {
    return d.prompts().get(DialogSet.promptLang(lang)).get(key);
  }

  private String global(String lang, String key) {
    return set.globalPrompts().get(DialogSet.promptLang(lang)).get(key);
  }

  private String restartLabel(String lang) {
    return global(lang, "button_restart");
  }

  private Reply idlePrompt(String lang) {
    return new Reply(global(lang, "idle"), idleButtons(lang));
  }

  private List<Reply.Button> idleButtons(String lang) {
    return List.of(button(global(lang, "button_new_report")), button(global(lang, "button_status")));
  }

  /** {@link Text#key} of a text of the dialogs (never of what a petitioner typed). */
  private String dataKey(String dialogText) {
    return dataKeys.computeIfAbsent(dialogText, Text::key);
  }

  /**
   * {@link #choiceKey} of a text of the dialogs, kept: an enum's answer words were each put through the courtesy
   * patterns at every answer to its question (issue 16: the engine's regular-expression searches a turn).
   */
  private String dataChoiceKey(String dialogText) {
    String k = dataChoiceKeys.get(dialogText);
    if (k == null) {
      k = choiceKey(dataKey(dialogText));
      dataChoiceKeys.put(dialogText, k);
    }
    return k;
  }

  private Dialog dialog(ConversationState s) {
    return set.dialogs().get(s.current().dialog());
  }
}
