package org.ecopetition.gateway.dialog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a slot accepts, and how an answer is normalised before it is stored. ENUM, YES_NO and PLACE need
 * the dialog's labels or the gazetteer and are matched by the engine.
 */
public enum SlotType {
  TEXT,
  PHONE,
  YES_NO,
  ENUM,
  PLACE,
  DATE,
  /** When something began, kept as said ("上个月", "去年夏天", "since March"), but it must read as a time. */
  WHEN,
  COUNT,
  CASE_NUMBER,
  QUERY_CODE;

  /** What a phone answer may hold besides its digits, and the rest of each answer's rewrites: compiled once. */
  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-()（）－—–]");
  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern EIGHT_DIGITS = Pattern.compile("(?s).*\\d{8,}.*");
  private static final Pattern TRAILING_STOPS = Pattern.compile("[。，,.！!？?；;\\s]+$");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");
  private static final Pattern CASE_NO = Pattern.compile("HB\\d{13}");
  private static final Pattern CODE = Pattern.compile("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
  /**
   * A case number or a query code with words around it, as typed where there are no fields ("查询 HB2026…", "编号是
   * HB…", "查询码 K7M2…", "my code is K7M2…": an SMS or WeChat message): the one found, when there is exactly one.
   * A code of letters only (about one code in eleven: 23 of the 31 characters are letters) is taken where it is the
   * only Latin word of the text ("查询码是KMNPQRST") or follows "码"/"code"; elsewhere a code in words must hold a digit,
   * so that an English word of eight letters ("please check MESSAGES") is not taken for one.
   */
  private static final Pattern CASE_NO_IN_WORDS = Pattern.compile("(?<![A-Z0-9])HB\\s?\\d{13}(?![0-9])");
  private static final Pattern CODE_IN_WORDS =
      Pattern.compile("(?<![A-Z0-9])[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}(?![A-Z0-9])");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern LATIN = Pattern.compile("[A-Z]");
  private static final Pattern CODE_CUE = Pattern.compile("(?:码|CODE)(?:\\s*(?:是|为|:|IS))*\\s*$");
  private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?");
  private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
  private static final Pattern MD = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
  private static final Pattern AGO = Pattern.compile("([0-9零一二两三四五六七八九十半]+)\\s*(?:个)?\\s*(天|日|周|星期|礼拜|月|年)(?:多)?(?:以)?前");
  private static final Pattern AGO_EN = Pattern.compile("(\\d+)\\s*(day|week|month|year)s?\\s+ago");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");
  private static final Pattern CN_NUMBER = Pattern.compile("[零一二两三四五六七八九十百千万几]+");
  /** Words that make an answer a time, though not a date ("去年夏天", "一直都有", "since the spring"). */
  private static final Pattern TIME_WORDS = Pattern.compile("[年月日天周]|星期|礼拜|时候|以来|开始|以前|之前|前|后|最近|近来|近期|"
      + "一直|今|昨|早上|上午|中午|下午|晚上|夜|凌晨|春|夏|秋|冬|节|刚|长期|好久|很久|多年|"
      // English words whole: inside a name they say nothing ("Shuanglong Avenue", "the market", "Decathlon").
      + "(?i:\\b(?:ago|since|last|this|weeks?|months?|years?|days?|nights?|mornings?|evenings?|today|yesterday|recent|recently|always|"
      + "long|longer|spring|summer|autumn|fall|winter|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|"
      + "sep|sept|september|oct|october|nov|november|dec|december)\\b)");
  /**
   * How often, or at what hour, not since when ("天天粉尘大", "晚上偷偷排", "every night"): set aside before {@link
   * #TIME_WORDS} is read, so that an answer to another question is not taken for a beginning; a date beside them
   * still is ("昨天晚上", "去年夏天每晚").
   */
  private static final Pattern NOT_A_BEGINNING = Pattern.compile("一天到晚|白天黑夜|天天|每天|每日|每晚|每夜|每周|每月|每年|"
      // The neglect complained of ("一直没人管"): how long nobody acted, not when the matter began.
      + "(?:一直|从来|始终)(?:都)?(?:没人|没有人|不|没|没有)(?:管|处理|理|来|解决|回复)|"
      + "整天|整夜|成天|天气|白天|早上|上午|中午|下午|晚上|夜里|夜间|半夜|深夜|凌晨|"
      + "(?i:every (?:day|night|morning|evening|week)|at night|all day|all night|day and night|in the (?:morning|evening))");

  /**
   * "I don't know" in the petitioner's words, dialect and English included (不晓得, 搞不清, no idea): an answer to a
   * question the petitioner may not know the answer to (when it began, how many are affected), kept as said.
   */
  private static final Pattern DONT_KNOW = Pattern.compile("不清楚|不太清楚|不知道|不太知道|不晓得|不记得|记不清楚|记不清|"
      + "记不得|说不清楚|说不清|说不上来|说不准|搞不清楚|搞不清|弄不清楚|弄不清|闹不清|整不明白|不确定|忘了|忘记了|没注意|"
      + "(?i:unknown|not sure|unsure|don't know|do not know|dont know|no idea|no clue|dunno|can't remember|cannot remember|"
      + "don't remember|do not remember|not certain|can't say|hard to say)");
  /**
   * "I don't know" as typed in a hurry on a phone's pinyin keyboard, a homophone for a character (不知到, 不清处, 不晓的) or
   * the net's spelling (布吉岛, 不造): only as a whole reply, since inside a sentence they are other words (不造成, 不清除垃圾).
   */
  private static final String DONT_KNOW_TYPED = "不知到|不只道|不知倒|不址道|不知导|不知得|不之道|布知道|部知道|不清处|不清除|不请楚|不清出|"
      + "不晓的|不小得|不晓滴|不造|布吉岛|"
      // In pinyin, as a foreigner or a phone without a Chinese keyboard types it (bu zhi dao, bzd: the net's initials).
      + "(?i:bu ?zhi ?dao|bu ?qing ?chu|bu ?xiao ?de|bzd)";
  /**
   * "I don't know" as said in a region or on the net, only as a whole reply: 川渝 晓不得, 哪个晓得; 东北 不道; 粤语 唔知, 唔清楚;
   * 吴 弗晓得; 鬼知道, 天晓得; and English slang and misspellings: "dont no", "idk", "dunno", "beats me", "not a clue".
   */
  private static final String DONT_KNOW_SAID = "晓不得|哪个晓得|哪晓得|鬼晓得|天晓得|谁晓得|鬼知道|天知道|谁知道|哪知道|不道|不知|"
      + "唔知道|唔知|唔清楚|唔太清楚|唔记得|冇印象|弗晓得|勿晓得|伐晓得|不了解|不太了解|没印象|心里没数|没数|"
      + "(?i:dont no|don't no|do not no|idk|idek|i dunno|dunno|(?:i )?(?:have|got) no idea|not a clue|haven't (?:got )?a clue|no clue|"
      + "beats me|who knows|god knows|nobody knows|no one knows|(?:i )?couldn't tell you|(?:i )?could not tell you|not known|"
      + "don't really know|do not really know|dont really know|not really sure|no idea really)";
  /**
   * A reply that is only "I don't know", with the words around it that change nothing ("我也不晓得啊", "这个真说不清",
   * "honestly no idea"): "不知道店名" answers another question, and is no such reply.
   */
  private static final Pattern DONT_KNOW_REPLY = Pattern.compile("(?:我|俺|咱|也|都|这个|这|那个|那|具体|真的|真|实在|确实|还|"
      + "(?i:i|i'm|im|really|honestly|to be honest|tbh|just|sorry|well|um|uh|erm|hmm|wo|wo ye|,)\\s?)*(?:" + DONT_KNOW.pattern() + "|"
      + DONT_KNOW_TYPED + "|" + DONT_KNOW_SAID + ")"
      // What is not known, said after it ("不知道是谁", "不晓得是哪家", "no idea who"): the question's own item, nothing new.
      + "(?:(?:是|具体是)?(?:谁|哪个|哪家|哪一家|哪个厂|哪个单位|谁干的|谁弄的|什么时候|啥时候|多少人|几个人)|"
      + "[啊呀吧了哦呢耶嘛哈诶喔哎唉啦咯嘞哇噢嗷欸呐咧捏撒哟]|多少|有多少|几个|"
      + "(?i:[,，]?\\s?(?:sorry|really|at all|either|exactly|mate|man|bro|lol|haha|tbh|to be honest|honestly|i'm afraid|sadly|"
      + "unfortunately|though|tho|who|which one|who it is|who did it|who's doing it|who does it|when|since when|how many)))*"
      + "[。！!.，,…~～\\s]*");
  /** Counts of something other than people, or vague counts: kept as said, never turned into a number of people. */
  private static final Pattern KEEP_AS_SAID = Pattern.compile("[户家村栋幢楼]|小区|单元|几|上百|上千|上万|数百|数千|数万|好多|多个|"
      + "(?i:household|famil|village|building|hundreds|thousands|dozens|several|many)");

  static Optional<SlotType> parse(String name) {
    for (SlotType t : values()) {
      if (t.name().toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The one match of {@code p} in {@code s} (each also passing {@code must}, if given), or empty: none, or two. */
  private static Optional<String> one(Pattern p, String s, java.util.function.Predicate<Matcher> must) {
    Matcher m = p.matcher(s);
    String found = null;
    while (m.find()) {
      String g = m.group();
      if (must != null && !must.test(m)) {
        continue;
      }
      if (found != null && !found.equals(g)) {
        return Optional.empty();
      }
      found = g;
    }
    return Optional.ofNullable(found);
  }

  /** A query code with words around it: one holding a digit, or of letters only where nothing else can be meant. */
  private static Optional<String> codeInWords(String s) {
    return one(CODE_IN_WORDS, s, m -> DIGIT.matcher(m.group()).find()
        || CODE_CUE.matcher(s.substring(0, m.start())).find()
        || !LATIN.matcher(s.substring(0, m.start()) + s.substring(m.end())).find());
  }

  /** Normalised value, or empty when the answer does not fit. {@code today} is the date in Beijing. */
  Optional<String> accept(String input, SlotSpec spec, LocalDate today) {
    String s = Text.halfWidth(input).strip();
    return switch (this) {
      case TEXT -> {
        int n = s.codePointCount(0, s.length());
        yield n >= spec.min() && n <= spec.max() && words(s, spec.min()) ? Optional.of(s) : Optional.empty();
      }
      case WHEN -> {
        int n = s.codePointCount(0, s.length());
        yield n >= spec.min() && n <= spec.max() && words(s, 1)
            && (TIME_WORDS.matcher(NOT_A_BEGINNING.matcher(s).replaceAll(" ")).find() || DONT_KNOW.matcher(s).find() || dontKnow(s)
                || date(s.toLowerCase(Locale.ROOT), today).isPresent())
            ? Optional.of(s) : Optional.empty();
      }
      case PHONE -> {
        Optional<String> whole = phone(s);
        if (whole.isPresent()) {
          yield whole;
        }
        // One number with words around it ("家里座机 0530-3412345", "my number is 139…"): that number.
        Matcher m = PHONE_IN_WORDS.matcher(s);
        String found = null;
        while (m.find()) {
          Optional<String> one = phone(m.group());
          if (one.isPresent()) {
            if (found != null && !found.equals(one.get())) {
              yield Optional.empty(); // two numbers: which one is asked again
            }
            found = one.get();
          }
        }
        yield Optional.ofNullable(found);
      }
      case CASE_NUMBER -> {
        String c = SPACE.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
        yield CASE_NO.matcher(c).matches() ? Optional.of(c) : one(CASE_NO_IN_WORDS, s.toUpperCase(Locale.ROOT), null)
            .map(n -> SPACE.matcher(n).replaceAll(""));
      }
      case QUERY_CODE -> {
        String c = SPACE.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
        yield CODE.matcher(c).matches() ? Optional.of(c) : codeInWords(s.toUpperCase(Locale.ROOT));
      }
      case DATE -> date(s.toLowerCase(Locale.ROOT), today).filter(d -> !d.isAfter(today)).map(LocalDate::toString);
      case COUNT -> {
        s = Text.simplified(s); // 兩百多人, 幾十戶: traditional numerals count as simplified ones
        if (dontKnow(s)) {
          // Nobody counted: kept as said, like "几百户", rather than asked again until the petitioner gives up.
          yield Optional.of(TRAILING_STOPS.matcher(s).replaceAll(""));
        }
        String said = TRAILING_STOPS.matcher(s.strip()).replaceAll("");
        String lower = said.toLowerCase(Locale.ROOT);
        if (WHOLE_COMMUNITY.matcher(lower).matches() || OWN_HOUSEHOLD.matcher(lower).matches() || MANY.matcher(lower).matches()) {
          // "全村", "整个小区都是", "the whole village", "就我们一家", "just my family", "很多人", "lots of families": a count
          // in the words people use for it, kept as said (a household is no number of people, "many" no number at all).
          yield Optional.of(said);
        }
        // A phone number is no count ("我电话13812345678"), nor a door number ("在望江路5号", "No. 5 Jiefang Road").
        String counted = StreetAddress.withoutDoorNumbers(s);
        Optional<Integer> n = EIGHT_DIGITS.matcher(counted).matches() || !countSaid(counted) || counted.isBlank() ? Optional.empty()
            : count(counted).filter(k -> k >= Math.max(1, spec.min()) && k <= spec.max());
        // "几百户" is households, and no number: kept as said (the staff read it), never made "200 people".
        // "五十人左右", "around 50", "二十来个": about 50, never an exact 50 the petitioner did not say — kept as said too.
        yield n.isPresent() && (KEEP_AS_SAID.matcher(s).find() || APPROXIMATE.matcher(s).find()) && s.length() <= 40
            ? Optional.of(TRAILING_STOPS.matcher(s).replaceAll("")) : n.map(String::valueOf);
      }
      case YES_NO, ENUM, PLACE -> Optional.empty();
    };
  }

  /**
   * A number said with a word that makes it approximate: 左右, 上下, 大概, 差不多, 二十来个, 一百多, 将近; "around", "about",
   * "roughly", "over", "50 or so", "50ish". The words are the count (the case reads them as about so many).
   */
  private static final Pattern APPROXIMATE = Pattern.compile("左右|上下|大概|大约|约|差不多|将近|接近|近|估计|可能|至少|起码|超过|不止|"
      + "不到|不足|以上|以下|出头|开外|[十百千万0]来|多|余|"
      + "(?i:\\b(?:around|about|roughly|approximately|approx|over|more than|nearly|almost|some|or so|at least|up to|under|"
      + "fewer than|less than|close to|upwards of|odd|give or take|maybe|perhaps|probably|estimated)\\b|\\d\\s*ish\\b|\\d\\+)");
  /**
   * "Many" with no number, the whole answer, saying whom: 很多人, 好多户, 不少人家, "many people", "lots of families", "loads of
   * us" — a count in words, kept as said like "全村" (staff read it; no estimate is asked of a petitioner who has none).
   * "很多", "a lot" alone say not whom, and are asked again with the examples.
   */
  private static final Pattern MANY = Pattern.compile("(?:大概|估计|反正|我们这|这边|附近|周围)?(?:有)?(?:很多|好多|许多|不少|挺多|蛮多|老多|贼多|"
      // 东北 老鼻子, 粤语 大把, 好鬼多, 川渝 好多哦: the same "many" in dialect
      + "特别多|非常多|好些|一大片|一大帮|一大堆|成片|老鼻子|海了去了|乌泱乌泱|大把|好鬼多)+(?:的)?(?:人|户|家|人家|居民|村民|住户|家庭|邻居)(?:都|全)?(?:是|受影响|受影响了|被影响|在闻|"
      + "闻得到|听得到)?(?:吧|啊|了|呢|的|哦|呀)*"
      + "|(?:(?:there are|there's|it's|it is|it affects|affects)\\s+)?(?:quite |very |so |too |really )?(?:(?:many|a lot of|lots of|loads of|plenty of|"
      + "heaps of|tons of|a great many|a good many|quite a few|a good few|numerous|countless|several|hundreds of|dozens of|"
      + "thousands of)\\s+)+(?:people|persons|families|households|residents|neighbours|neighbors|villagers|homes|houses|flats|of us|us)"
      + "(?:\\s+(?:here|around here|nearby|are affected|affected|in the village|on the street|on our street))?");
  /**
   * A whole community as the answer to how many ("全村", "整栋楼", "the whole village"): a count nobody made, of a
   * scope staff can find out.
   */
  private static final Pattern WHOLE_COMMUNITY = Pattern.compile("(?:大概|差不多|基本上|基本|我们|我们这|这)?(?:全村|整个村|整个村子|全村人|全村的人|"
      + "全组|全屯|全小区|整个小区|小区里|全楼|整栋楼|整个楼|一整栋楼|全镇|整个镇|一条街|整条街|全街|附近居民|附近的居民|周边居民|周围居民|"
      // 粤语 成条村, 成个小区: the whole village, the whole estate
      + "成条村|成个村|成条街|成个小区|成栋楼|成个镇|"
      + "周围的人|附近的人)(?:的人|人)?(?:都|全)?(?:是|有|受影响|受影响了|影响了|被影响|在闻|闻得到|"
      + "听得到)?(?:吧|啊|了|呢|的)*"
      + "|(?:about |almost |nearly |basically )?(?:(?:the|our) (?:whole |entire )|our |all (?:the|our) |whole |entire |"
      + "(?:everyone|everybody|all the people|all the families|the people|the families|all of us) (?:on|in|of) (?:our|the|this) )"
      + "(?:village|estate|street|road|lane|building|block|"
      + "neighbourhood|neighborhood|town|community|compound|complex|residential compound|housing estate)(?: (?:is|are) affected)?");

  /**
   * The petitioner's own household as the answer to how many ("就我们一家", "只有我们家", "just my family", "only us", "my
   * household"), or the one household reported for ("就他一家", "only his family"): a count in words, kept as said like
   * "全村"; "我" alone is 1 ({@link #count}).
   */
  private static final Pattern OWN_HOUSEHOLD = Pattern.compile("(?:大概|应该|目前|现在|主要)?(?:就|只有|只是|就是|仅|只|也就|也就是)?"
      + "(?:是)?(?:我们|咱们|俺们|我|咱|俺|他们|她们|他|她|邻居|隔壁|隔壁邻居|人家)(?:自己)?(?:(?:一|这一)?(?:家|家里|家人|家里人|一家人|全家|户|家子)(?:人)?|两口子|老两口|娘俩|母子俩|父子俩|"
      + "一家老小)(?:吧|啊|了|呢|的|而已|受影响|受影响了|在闻|在受罪)*"
      + "|(?:就|只有|只是|就是|仅|只)(?:我们|咱们|俺们)(?:几个|两个|俩)?(?:人)?(?:吧|啊|了|呢|的|而已)*"
      + "|(?:(?:it's|it is|that's|that is)\\s+)?(?:just|only|mainly|basically|probably)?\\s*(?:me and my (?:family|household|wife|husband|"
      + "parents|kids|children|partner)|my (?:family|household|wife|husband|partner) and (?:i|me)|"
      // One household reported for, a neighbour's ("就他一家", "only his family"): as one's own, kept as said.
      + "(?:my|his|her|their|(?:my |the )?neighbou?r's) (?:whole )?(?:family|household|home|house|flat|apartment)|"
      + "our (?:whole )?(?:family|household|home|house|flat|apartment)|us|the two of us|the family|my wife and i|my husband and i)"
      + "(?:\\s+(?:only|alone|so far|really|i think|i guess|(?:is|are) affected))?");

  /** What may follow a Chinese numeral that counts: a measure word, "多", "来", "余" ("二十多户", "两百来人", "三个"). */
  private static final Pattern COUNTED = Pattern.compile("[个人户家口位名多来余栋幢楼村组队些]|左右|上下");
  /** A numeral in a name or an order, not a count: 老三, 第三, 小五, 阿四, 初二. */
  private static final Pattern NOT_COUNTED_BEFORE = Pattern.compile("[老第小阿初]$");
  /** What may stand before a numeral that ends the answer ("大概三十", "有二十吧"): hedges, never a name (张三). */
  private static final Pattern HEDGES = Pattern.compile("(?:大概|大约|约莫|约|差不多|估计|可能|有|总共|一共|共|就|起码|至少|得有|快|将近|近|"
      + "我们|我家|我|这边|村里|小区|全村|附近|周围|一|，|,|\\s)*");
  private static final Pattern TAIL_PARTICLES = Pattern.compile("(?:吧|啊|了|呢|的样子|的|吧我估计|。|！|!|\\.|\\s)*");

  /**
   * Whether the Chinese numeral of an answer counts something ("二十多户", "大概三十", "十几个人"), not a name or an
   * order ("张家老三", "张三", "第三家"): followed by a measure word, or ending the answer after hedges only. Digits count.
   */
  static boolean countSaid(String s) {
    if (NUMBER.matcher(s).find()) {
      return true;
    }
    Matcher c = CN_NUMBER.matcher(s);
    while (c.find()) {
      String before = s.substring(0, c.start());
      String after = s.substring(c.end());
      if (NOT_COUNTED_BEFORE.matcher(before).find()) {
        continue;
      }
      if (COUNTED.matcher(after).lookingAt() || TAIL_PARTICLES.matcher(after).matches() && HEDGES.matcher(before).matches()) {
        return true;
      }
    }
    return !CN_NUMBER.matcher(s).find(); // no numeral: "只有我", "just me"
  }

  private static final Pattern PHONE_IN_WORDS = Pattern.compile("(?<![0-9])(?:\\+86|0086)?[\\s\\-]?[01][0-9\\s\\-()（）－—–]{6,18}[0-9](?![0-9])");

  /** A mainland mobile or landline number written alone (+86, spaces and dashes allowed), as its digits. */
  /** Every distinct phone number in an answer, in the order given ("13812345678，13987654321": both). */
  static List<String> phones(String s) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = PHONE_IN_WORDS.matcher(s);
    while (m.find()) {
      phone(m.group()).filter(p -> !out.contains(p)).ifPresent(out::add);
    }
    return out;
  }

  /** The spans of {@code s} that are phone numbers ({@link #phones}), as {start, end} pairs in order. */
  static List<int[]> phoneSpans(String s) {
    List<int[]> out = new java.util.ArrayList<>();
    Matcher m = PHONE_IN_WORDS.matcher(s);
    while (m.find()) {
      if (phone(m.group()).isPresent()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static Optional<String> phone(String s) {
    String d = PHONE_SEPARATORS.matcher(s.strip()).replaceAll("");
    if (d.startsWith("+86")) {
      d = d.substring(3);
    } else if (d.startsWith("0086")) {
      d = d.substring(4);
    }
    return MOBILE.matcher(d).matches() || LANDLINE.matcher(d).matches() ? Optional.of(d) : Optional.empty();
  }

  /**
   * "Its name" after a don't-know ("不知道叫什么", "唔知叫咩名", "不晓得厂名", "no idea of the name", "bu zhi dao the name"): where the
   * question asks for a name (who causes it), no name is known. Elsewhere "不知道店名" answers another question.
   */
  private static final Pattern NAME_TAIL = Pattern.compile("(?:(?:它|他们|那个厂|那家|这家)?(?:是)?(?:叫咩名|叫乜名|叫咩|叫什么名字|叫什么|叫啥名字|"
      + "叫啥子|叫啥|的名字|名字|店名|厂名|公司名|全名|叫什么来着)|(?i:\\s*(?:of )?(?:the|its|their) (?:name|company|company name|factory)|\\s*what it'?s called|"
      + "\\s*which (?:company|factory|one)))(?:[啊呀吧了哦呢嘛哈诶哎]|(?i:\\s?(?:sorry|mate)))*[。！!.，,…~～\\s]*$");

  /** Whether an answer to a name's question says no name is known: a don't-know, or one of the name ({@link #NAME_TAIL}). */
  static boolean nameUnknown(String s) {
    String t = s.strip();
    return dontKnow(t) || NAME_TAIL.matcher(t).find() && dontKnow(NAME_TAIL.matcher(t).replaceFirst(""));
  }

  /** Whether a short answer says the petitioner does not know ("不晓得", "说不清", "no idea"). */
  static boolean dontKnow(String s) {
    return DONT_KNOW_REPLY.matcher(s.strip().replace('’', '\'')).matches();
  }

  /**
   * Whether an answer has words in it: at least {@code needed} letters or digits (up to five), so that emoji,
   * punctuation or a lone character are not taken for facts.
   */
  static boolean words(String s, int needed) {
    long letters = s.codePoints().filter(c -> Character.isLetterOrDigit(c)).count();
    return letters >= Math.max(1, Math.min(needed, 5));
  }

  static Optional<LocalDate> date(String s, LocalDate today) {
    try {
      Matcher m = YMD.matcher(s);
      if (m.find()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      m = YM.matcher(s);
      if (m.find()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
      }
      m = MD.matcher(s);
      if (m.find()) {
        LocalDate d = LocalDate.of(today.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return Optional.of(d.isAfter(today) ? d.minusYears(1) : d);
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    Matcher ago = AGO.matcher(s);
    if (ago.find()) {
      String n = ago.group(1);
      int k = n.equals("半") ? 0 : count(n).orElse(-1);
      if (k < 0) {
        return Optional.empty();
      }
      return Optional.of(switch (ago.group(2)) {
        case "天", "日" -> today.minusDays(k);
        case "周", "星期", "礼拜" -> today.minusWeeks(k);
        case "月" -> n.equals("半") ? today.minusDays(15) : today.minusMonths(k);
        default -> n.equals("半") ? today.minusMonths(6) : today.minusYears(k);
      });
    }
    Matcher en = AGO_EN.matcher(s);
    if (en.find()) {
      int k = Integer.parseInt(en.group(1));
      return Optional.of(switch (en.group(2)) {
        case "day" -> today.minusDays(k);
        case "week" -> today.minusWeeks(k);
        case "month" -> today.minusMonths(k);
        default -> today.minusYears(k);
      });
    }
    if (s.contains("今天") || s.contains("today")) {
      return Optional.of(today);
    }
    if (s.contains("前天")) {
      return Optional.of(today.minusDays(2));
    }
    if (s.contains("昨天") || s.contains("昨晚") || s.contains("yesterday")) {
      return Optional.of(today.minusDays(1));
    }
    if (s.contains("上周") || s.contains("上个星期") || s.contains("last week")) {
      return Optional.of(today.minusWeeks(1));
    }
    if (s.contains("上个月") || s.contains("last month")) {
      return Optional.of(today.minusMonths(1));
    }
    if (s.contains("去年") || s.contains("last year")) {
      return Optional.of(today.minusYears(1));
    }
    return Optional.empty();
  }

  private static final Pattern EN_NUMBER_WORD = Pattern.compile("(?<!\\bno )(?<!\\bthe )(?<!\\bthat )(?<!\\bthis )(?<!\\bwhich )\\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|"
      + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
      + "seventy|eighty|ninety|hundred|thousand|dozen|hundreds|thousands|dozens)\\b");
  private static final List<String> EN_UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
  private static final List<String> EN_TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety");

  /** A number in English words ("fifty", "about a dozen", "several hundred", "two thousand"), as the prompts suggest. */
  static Optional<Integer> english(String s) {
    Matcher m = EN_NUMBER_WORD.matcher(s);
    int total = 0;
    int current = 0;
    boolean any = false;
    while (m.find()) {
      String w = m.group();
      any = true;
      int unit = EN_UNITS.indexOf(w);
      if (unit >= 0) {
        current += unit;
      } else if (EN_TENS.contains(w)) {
        current += EN_TENS.indexOf(w) * 10;
      } else if (w.endsWith("s")) {
        // "hundreds of families", like 几百户: a few of them (几 counts two), kept as said by the caller
        current = Math.max(current, 2) * (w.equals("dozens") ? 12 : w.equals("hundreds") ? 100 : 1000);
      } else if (w.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (w.equals("dozen")) {
        current = Math.max(current, 1) * 12;
      } else {
        total += Math.max(current, 1) * 1000;
        current = 0;
      }
    }
    int value = total + current;
    return any && value > 0 ? Optional.of(value) : Optional.empty();
  }

  /** Digits, a Chinese numeral ("十几" → 10, "几十" → 20, "两百" → 200) or English words ("fifty"); "只有我" → 1. */
  static Optional<Integer> count(String s) {
    Matcher d = NUMBER.matcher(s);
    if (d.find()) {
      return Optional.of(Integer.parseInt(d.group()));
    }
    Matcher c = CN_NUMBER.matcher(s);
    if (!c.find()) {
      Optional<Integer> english = english(s.toLowerCase(Locale.ROOT));
      if (english.isPresent()) {
        return english;
      }
      boolean justMe = (s.contains("只有我") || s.contains("就我一个") || s.contains("我一个人")) && !s.contains("我们")
          || s.contains("just me") || s.contains("only me");
      return justMe ? Optional.of(1) : Optional.empty();
    }
    String n = c.group();
    int total = 0;
    int section = 0;
    int digit = -1;
    for (char ch : n.toCharArray()) {
      int v = "零一二三四五六七八九".indexOf(ch);
      if (ch == '两') {
        v = 2;
      } else if (ch == '几') {
        v = 2;
      }
      if (v >= 0) {
        digit = v;
        continue;
      }
      int unit = switch (ch) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        default -> 10000;
      };
      if (unit == 10000) {
        total = (total + section + Math.max(digit, 0)) * 10000;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    }
    int value = total + section + Math.max(digit, 0);
    if (n.endsWith("几") && n.length() > 1) {
      value -= 2; // "十几" is at least ten
    }
    return value > 0 ? Optional.of(value) : Optional.empty();
  }
}
