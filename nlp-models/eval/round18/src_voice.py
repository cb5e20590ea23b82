"""Round eighteen, non-urgent reports in speech, dialect, typos, letters, questions, English, WeChat and the
words of the elderly, r18-151..215 (look-alikes listed in LOOKALIKE).
Written and labelled by hand (blind18), before any run of the extractor."""
from mk import C, A, W, town

_n = [150]
LOOKALIKE = []


def nid():
    _n[0] += 1
    return "r18-%03d" % _n[0]


def L(*a, **k):
    c = C(*a, **k)
    LOOKALIKE.append(c["id"])
    return c


for _c, _t in [("武进区", "湖塘镇"), ("长葛市", "后河镇"), ("成华区", "猛追湾街道"), ("洪山区", "珞南街道"),
               ("海门区", "常乐镇"), ("榆次区", "锦纶街道"), ("中原区", "桐柏路街道"), ("涪城区", "城厢街道"),
               ("宝坻区", "宝平街道"), ("文峰区", "紫薇大道街道")]:
    town(_c, _t)

CASES = [
    # ---- speech ----
    L(nid(), "speech", "喂 你好 我想反映一下 就是我们小区门口 那个 炸鸡店 嗯 炸鸡的油烟 每天下午四点开始 一直到晚上 整栋楼都是那个味 秦淮区的 我姓钱 金字旁的钱 电话一五九 零七二六 三八一四",
      place="秦淮区", kinds=["air"], ref=["城管", None], aff=A("整栋楼", "building", 1),
      ids=["n:姓[钱]", "n:金字旁的[钱]", "p:一五九 零七二六 三八一四"]),
    L(nid(), "speech", "那个 我要说的是 去年九月份 我们村那个化工厂 着过一次火 当时烧得很大 后来灭了 现在呢 厂子又开工了 但是晚上那个味道 还是很大 宁陵县的",
      place="宁陵县", kinds=["air"]),
    L(nid(), "speech", "过年那几天 我们楼下 天天有人放鞭炮 放烟花 炸得 嗯 一晚上都睡不了 纸屑也没人扫 禅城区的 能不能管管",
      place="禅城区", kinds=["noise", "air"], ref=["公安", None]),
    C(nid(), "speech", "你好 我家住武进区湖塘镇新城花园 那个 对面在盖楼 晚上十点多了 还在打 打那个 桩 我姓陈 耳东陈 陈晓东 电话是 幺三九 零六一二 七七八五",
      place="武进区", kinds=["noise"], ref=["住建", "城管", None],
      ids=["a:武进区湖塘镇新城花园", "n:姓[陈]", "n:耳东[陈]", "n:陈晓东", "p:幺三九 零六一二 七七八五"], name="陈晓东"),
    L(nid(), "speech", "我们这边 一到收完麦子 就有人烧秸秆 一到晚上 整个村都是烟 熏得人眼睛疼 睢宁县的 没什么别的 就是想让你们管一管",
      place="睢宁县", kinds=["air"], aff=A("整个村", "village", 1)),
    L(nid(), "speech", "上午 化工园区那边 又是警报又是冒烟 吓了我们一跳 后来才知道是演练 没出事 就是 能不能以后 提前通知一下我们村 青州市的",
      place="青州市", kinds=["other", "air"], cat="建议意见"),
    C(nid(), "speech", "嗯 我们这个 这个养鸡场的鸡粪 就堆在路边 一到夏天 苍蝇多得很 我家在长葛市后河镇 我叫 郑 郑国华 电话是 幺八七 幺二三四 五六零九",
      place="长葛市", kinds=["solid_waste", "air"],
      ids=["a:长葛市后河镇", "n:郑国华", "p:幺八七 幺二三四 五六零九"]),
    L(nid(), "speech", "说实话 我们也不是要闹事 就是我们几十户人 想一起写个联名信 让你们来测一下 那个砖厂的烟 就这个 黄陂区的",
      place="黄陂区", kinds=["air"], aff=A("几十户", "household", None, 20, 99)),
    # ---- 粤语 ----
    L(nid(), "dialect-yue", "我哋楼下间茶餐厅啲抽风机嘈到死，朝早六点就开，唔系着火嘅烟嚟㗎，系煎嘢嘅油烟，搞到成间屋油腻腻。越秀区东山，何生 13922708813",
      place="越秀区", kinds=["air", "noise"], ref=["城管", None], ids=["n:[何]生", "p:13922708813"]),
    L(nid(), "dialect-yue", "新会区嗰间化工厂旧年爆过炸，而家冇事啦，不过佢哋又喺度扩建，想问下有冇做环评㗎？",
      place="新会区", kinds=["other", "air"]),
    C(nid(), "dialect-yue", "荔湾区冲口嗰边有间叫金记嘅回收场，成日喺度烧电线，啲烟臭到不得了。我住喺荔湾区冲口街道芳村花园5座，姓麦，电话 020-81429376。",
      place="荔湾区", kinds=["air"], pol="金记", ids=["a:荔湾区冲口街道芳村花园5座", "n:姓[麦]", "p:020-81429376"]),
    L(nid(), "dialect-yue", "三水区我屋企养咗十几只鸡，今朝死咗一只，唔知系唔系隔篱工厂啲水有问题，想你哋嚟验下啲水。",
      place="三水区", kinds=["water"]),
    L(nid(), "dialect-yue", "顺德区我哋嗰条美食街一到周末人多到爆，冇人嗌交嘅，不过啲人食完就将啲竹签、纸杯周围掟，坑渠都塞晒。",
      place="顺德区", kinds=["solid_waste"], ref=["城管", None]),
    # ---- 东北 ----
    L(nid(), "dialect-dongbei", "俺们这旮沓一到冬天家家户户烧煤取暖，烟大得呛死个人，能不能给整个集中供热啥的？辉南县朝阳镇的。",
      place="辉南县", kinds=["air"], cat="建议意见"),
    L(nid(), "dialect-dongbei", "老铁们，我们小区对面那烧烤店，炭火整得老旺了，烟都飘我家屋里了，都十二点了还嗷嗷喊，整得人闹心。道外区的，我姓滕。",
      place="道外区", kinds=["air", "noise"], ref=["城管", "公安", None], ids=["n:姓[滕]"]),
    L(nid(), "dialect-dongbei", "前两天俺村河套那儿着了把火，是烧荒的，早灭了，可河边那堆破烂垃圾到现在没人收拾，农安县的。",
      place="农安县", kinds=["solid_waste"], ref=["城管", None]),
    C(nid(), "dialect-dongbei", "那钢窗厂天天叮叮咣咣地整到半夜，俺家老爷子心脏不好，愣是睡不着觉，铁东区的，你们给管管呗。",
      place="?铁东区", kinds=["noise"]),
    # ---- 川渝 ----
    L(nid(), "dialect-chuanyu", "我们楼下那个串串店，天天晚上划拳吼得凶，吵死个人，还把竹签签乱丢。我住在成华区猛追湾街道望平小区，姓幸。",
      place="成华区", kinds=["noise"], ref=["公安", "城管", None],
      ids=["a:成华区猛追湾街道望平小区", "n:姓[幸]"]),
    L(nid(), "dialect-chuanyu", "这几天热死了，我们院子后头那个猪圈臭得不得了，蚊子苍蝇到处飞，仪陇县的，你们来看一下嘛。",
      place="仪陇县", kinds=["air"]),
    C(nid(), "dialect-chuanyu", "大渡口区那个搅拌站，灰大得很，我们窗子都不敢开，晾的衣服收回来全是灰，硬是恼火。",
      place="大渡口区", kinds=["air"]),
    L(nid(), "dialect-chuanyu", "听说我们镇上要修个垃圾焚烧厂，大家都怕得很，万一以后排毒气咋个办？能不能开个听证会嘛？合川区的。",
      place="合川区", kinds=["air", "solid_waste"], cat="建议意见"),
    # ---- 吴语 ----
    L(nid(), "dialect-wu", "阿拉小区门口爆米花个机器“嘭”一声，吓煞人，烟也老大，一日要爆十几趟，嘉定区个。",
      place="嘉定区", kinds=["noise"], ref=["城管", None]),
    C(nid(), "dialect-wu", "伲屋里向对过格厂夜里向开机器，响得来，吃勿消，吴中区横泾个，帮帮忙来看看。",
      place="吴中区", kinds=["noise"]),
    L(nid(), "dialect-wu", "上趟阿拉隔壁仓库着火，消防车来过，老早灭脱了，现在就是墙头浪黑乎乎，一股焦气散勿脱，松江区个。",
      place="松江区", kinds=["air", "other"]),
    # ---- 闽南 ----
    L(nid(), "dialect-minnan", "漳浦县阮兜边仔彼间猪寮臭甲欲死，逐工攏咧臭，窗仔攏毋敢开。",
      place="漳浦县", kinds=["air"]),
    C(nid(), "dialect-minnan", "阮佇洛江区，厝边彼间石板厂逐暝锯石头，吵甲袂睏，石粉也飞甲规厝内。",
      place="洛江区", kinds=["noise", "air"]),
    # ---- other dialects ----
    L(nid(), "dialect-other", "额们村那个砖厂，烟囱冒的烟把人呛得不得了，娃娃一天到黑咳嗽，不是啥急病，就是想叫你们管一下。富平县的。",
      place="富平县", kinds=["air"]),
    L(nid(), "dialect-other", "俺庄后头那个养殖场，味儿忒大了，熏死个人。夜来黑天又往沟里放粪水，沟里一股子臊气。莘县的。",
      place="莘县", kinds=["air", "water"]),
    C(nid(), "dialect-other", "我屋门口咯条路上，渣土车一天到黑跑，灰大得很，搞得屋里冇一块干净地方。岳塘区的。",
      place="岳塘区", kinds=["air"], ref=["住建", "城管", None]),
    # ---- typos ----
    L(nid(), "typo", "我门小区的垃圾站味到太大了，夏天热死人，苍蝇蚊子一大推。我家住洪山区珞南街道南湖花园7栋，电话 155 2708 3316",
      place="洪山区", kinds=["solid_waste", "air"], ref=["城管", None],
      ids=["a:洪山区珞南街道南湖花园7栋", "p:155 2708 3316"]),
    C(nid(), "typo", "反应一下，工厂的躁音太大，晚上睡不着觉，厂名叫宏发五经厂，在慈溪市周巷镇。",
      place="慈溪市", kinds=["noise"], pol="宏发五经厂"),
    L(nid(), "typo", "上个月化公厂漏过一次气，当时已经处里了也赔了钱，现在就是想要个检测报告看看空气合不合各。临淄区 华",
      place="临淄区", kinds=["air"], ids=["n:[华]"]),
    L(nid(), "typo", "附近的烧烤滩每晚都烟雾迷漫，就跟着火一样，其实不是着火，就是烤肉，东湖区的。",
      place="东湖区", kinds=["air"], ref=["城管", None]),
    C(nid(), "typo", "我家住在郑洲市中原区桐柏路街道棉纺路12号院，楼下的小饭店排烟管直接对着我家窗户，油烟熏得窗帘都黄了。李女士",
      place="中原区", kinds=["air"], ref=["城管", None],
      ids=["a:中原区桐柏路街道棉纺路12号院", "n:[李]女士"]),
    L(nid(), "typo", "我们村有两万多人，就靠一条小河，现在河水有点发黑有点臭，还没见死鱼，请环宝局来看看。嘉祥县",
      place="嘉祥县", kinds=["water"], aff=A("两万多人", "person", None, 20001, 29999)),
    L(nid(), "typo", "烟花厂的仓库就在我们村边，万一爆炸了全村都完了，能不能让他们般走？浏阳市",
      place="浏阳市", kinds=["other", "air"]),
    # ---- long letters ----
    L(nid(), "long", "尊敬的领导：您好！我是文峰区的居民，家住文峰区紫薇大道街道光华小区2号楼，有三件事反映：一、小区对面的“金嗓子”KTV每天唱到凌晨；二、旁边工地的土堆没盖网，一刮风满天灰；三、前年那个厂的锅炉爆炸以后一直没人来测过周边的土，大家心里没底。恳请处理。此致 敬礼！落款：贾秋菊 2026年12月3日",
      place="文峰区", kinds=["noise", "air", "soil"], pol="金嗓子", ref=["公安", "城管", "住建", None],
      ids=["a:文峰区紫薇大道街道光华小区2号楼", "n:贾秋菊"]),
    C(nid(), "long", "海门区环保局：我反映常乐镇的两个问题。1. 镇西头的恒泰印染厂把污水直接排进通启运河，河水发紫。2. 厂里的煤堆没有遮盖。我家住海门区常乐镇麒麟村，电话 13962937718。望回复。顾建新 (Jason Gu)",
      place="海门区", kinds=["water", "air"], pol="恒泰印染厂",
      ids=["a:海门区常乐镇麒麟村", "p:13962937718", "n:顾建新", "n:Jason Gu"]),
    L(nid(), "long", "领导好：关于小店区我们小区旁边的物流园，一是大货车夜里进出噪声大；二是路上灰大；三是孩子们老咳嗽，嗓子疼，去医院看说是咽炎，不算什么大病。希望能洒水、限时。业主 尹红 15035126648",
      place="小店区", kinds=["noise", "air"], ref=["公安", "交通运输", None], ids=["n:尹红", "p:15035126648"]),
    C(nid(), "long", "辛集市信访办：我要检举，辛集皮革城里的一家叫富顺的皮革厂，白天关着门，夜里开机，废水从暗管排进村里的渗坑，已经两年了。我怕报复，请替我保密，落款就不写了。一个知情村民",
      place="辛集市", kinds=["water"], pol="富顺", conf=True),
    L(nid(), "long", "致鄱阳县环保局：一、去年夏天我们村的河里死过一次鱼，后来说是上游造纸厂偷排，罚了款；二、现在河水又开始发黑；三、希望在河边装一个监测点。村民 熊国辉 2026.12.4",
      place="鄱阳县", kinds=["water"], ids=["n:熊国辉"]),
    # ---- questions ----
    L(nid(), "question", "小区旁边的加油站会不会爆炸啊？每天路过都闻到汽油味，这个正常吗？观山湖区的。",
      place="观山湖区", kinds=["air"]),
    C(nid(), "question", "为什么翁牛特旗那个养牛场的粪水可以直接排进河里？没有人管吗？",
      place="翁牛特旗", kinds=["water"]),
    L(nid(), "question", "今天学校搞消防演练，放的那个烟孩子回来说很呛，以后演练能不能别用这种烟？德清县的家长问一下。",
      place="德清县", kinds=["air"], cat="建议意见"),
    L(nid(), "question", "楼下的餐馆天天炒辣椒，呛得人眼泪直流，这算不算大气污染？能不能管？我住榆次区锦纶街道纺织小区，贺先生。",
      place="榆次区", kinds=["air"], ref=["城管", None],
      ids=["a:榆次区锦纶街道纺织小区", "n:[贺]先生"]),
    L(nid(), "question", "我们村的水井旁边要建一个养猪场，以后粪水会不会渗到井里？这个合法吗？兴国县的村民。",
      place="兴国县", kinds=["water"]),
    L(nid(), "question", "为啥一到晚上茂南区那个石化厂就火光冲天？厂里的人说是火炬放空，天天这样，这个正常吗？光太亮了睡不着。",
      place="茂南区", kinds=["air", "other"]),
    C(nid(), "mixed", "隔壁装修已经三个月了, weekend也在打电钻, 这个归谁管啊? 锦江区, contact 13908176652 Lily 林",
      place="锦江区", kinds=["noise"], ref=["公安", "城管", "住建", None],
      ids=["p:13908176652", "n:Lily 林"], name="Lily 林"),
    L(nid(), "question", "河里每年这个时候都有些小鱼死掉，今年也有两三条，是正常的吗？需要报吗？湖州市吴兴区。",
      place="吴兴区", kinds=["water"]),
    # ---- English ----
    L(nid(), "english", "The noise from the KTV below our apartment in Changning is killing me. Every night until 2 am. I live at Lane 1150, Gubei Road. Mark Rivera 13817265540",
      place="长宁区", kinds=["noise"], ref=["公安", "城管", None], en=True,
      ids=["a:Lane 1150, Gubei Road", "n:Mark Rivera", "p:13817265540"]),
    L(nid(), "english", "Last month there was a small fire at the recycling yard next to our compound in Chaoyang, Beijing. It was put out quickly, but the yard still burns cables at night and the smoke stinks.",
      place="北京市/朝阳区", kinds=["air"], en=True),
    C(nid(), "english", "A paper mill upstream of our village in Lingui district, Guilin, discharges brown water into the river. Several residents have complained for months. Anna Schmidt",
      place="临桂区", kinds=["water"], en=True, aff=A("Several residents", "person", None, 3, 9), ids=["n:Anna Schmidt"]),
    L(nid(), "english", "We heard rumours that the chemical plant near our school in Suzhou Industrial Park might explode. Is that true? Nothing has happened, but the parents are worried.",
      place="苏州市", kinds=["air", "other"], en=True),
    L(nid(), "english", "Dozens of residents signed a petition about the dust from the cement plant in Bayuquan district, Yingkou. No one is ill, we just want it cleaned up.",
      place="鲅鱼圈区", kinds=["air"], en=True, aff=A("Dozens of residents", "person", None, 20, 99)),
    C(nid(), "english", "Our hotel in Haitang Bay, Sanya, is next to a construction site that works through the night. Guests complain every morning. Peter Olsen, +86 139 7681 2204",
      place="海棠区", kinds=["noise"], ref=["住建", "城管", None], en=True,
      ids=["n:Peter Olsen", "p:+86 [139 7681 2204]"]),
    L(nid(), "english", "Fireworks every night at the wedding hall next to our flat in Saihan district, Hohhot. My ears are dead by midnight.",
      place="赛罕区", kinds=["noise"], ref=["公安", None], en=True),
    # ---- WeChat ----
    L(nid(), "wechat", "姐妹们 楼下奶茶店门口天天排长队 吵吵嚷嚷的 倒没吵架 就是一直闹到十一点 [无语] 柳北区的",
      place="柳北区", kinds=["noise"], ref=["公安", "城管", None]),
    L(nid(), "wechat", "哈哈哈我们宿舍楼下的炸串摊 香死了 但是油烟真的太大了🤣 有人管吗 兰州安宁区",
      place="兰州市/安宁区", kinds=["air"], ref=["城管", None]),
    C(nid(), "wechat", "小区旁边的工地 晚上11点还在浇混凝土 噪音太大了[流泪] 城阳区 @物业 也没人管 明天还要上班啊",
      place="城阳区", kinds=["noise"], ref=["住建", "城管", None]),
    L(nid(), "wechat", "群里有人发视频说东昌府区化工厂着火了 我刚问了在厂里上班的表哥 说是假的 就是锅炉放蒸汽 不过那个声音确实大 能不能管管",
      place="东昌府区", kinds=["noise"]),
    L(nid(), "wechat", "烦死了 楼上天天半夜跳绳 咚咚咚 我都快崩溃了 南关区 有没有人管",
      place="长春市/南关区", kinds=["noise"], ref=["公安", "城管", None]),
    # ---- elderly ----
    L(nid(), "elderly", "我们老两口住在一楼，门口的垃圾桶一到夏天就臭，熏得我老伴老咳嗽，不是什么大病，就是想让环卫勤收几趟。我叫曹玉兰，八十一了，家住宝坻区宝平街道新开里小区。",
      place="宝坻区", kinds=["solid_waste", "air"], ref=["城管", None], aff=A("老两口", "person", 2),
      ids=["n:曹玉兰", "a:宝坻区宝平街道新开里小区"]),
    C(nid(), "elderly", "我是退休教师樊志远，住在绵阳市涪城区城厢街道，楼下的锻造厂每天咣当咣当，我心脏不好，实在受不了，请你们帮帮忙。",
      place="涪城区", kinds=["noise"], ids=["n:樊志远", "a:涪城区城厢街道"]),
    L(nid(), "elderly", "年轻时候我在这个化工厂上过班，九几年那会儿炸过一回。现在我老了，厂子排的水还是黄的，河边的菜都不敢吃了。龙潭区的老职工。",
      place="龙潭区", kinds=["water"]),
    L(nid(), "elderly", "我八十多岁了，耳朵不好，可那个工地的打桩声我都听得见，吵死了，邗江区的。",
      place="邗江区", kinds=["noise"], ref=["住建", "城管", None]),
]

if __name__ == "__main__":
    assert len(CASES) == 65, len(CASES)
    W(CASES)
