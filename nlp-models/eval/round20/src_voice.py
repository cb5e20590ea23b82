"""Round twenty: non-urgent reports in speech, dialect, typos, letters, questions, English, WeChat, elderly, r20-151..215."""
from mk import C, A, W, ID, Q, town

L = []
LOOKALIKE = []
NOISE_REF = ["城管", "公安", None]
FUME_REF = ["城管", None]
BUILD_REF = ["住建", "城管", None]


def c(reg, text, place, kinds, look=True, **kw):
    cid = "r20-%03d" % (151 + len(L))
    L.append(C(cid, reg, text, place=place, kinds=kinds, **kw))
    if look:
        LOOKALIKE.append(cid)


for spec, t in [("成都市/武侯区", "簇桥街道"), ("广州市/番禺区", "大石街道"), ("沈阳市/浑南区", "桃仙街道"),
                ("上海市/闵行区", "七宝镇"), ("郑州市/金水区", "丰产路街道"), ("长沙市/岳麓区", "含浦街道")]:
    town(spec, t)

# speech (8)
c("speech", "喂 你好 我是 那个 簇桥的 我家住武侯区簇桥街道锦城苑 嗯 楼下有个烧烤摊 每天晚上烟大得很 不是着火哈 就是烤串的烟 我叫 廖 廖春梅 电话一八九 八零二六 五七一四",
  "成都市/武侯区", ["air"], ref=FUME_REF,
  ids=["a:武侯区簇桥街道锦城苑", "n:廖春梅", "p:一八九 八零二六 五七一四"])
c("speech", "那个 我要反映一下 就是 平谷区 马坊那边 有个 嗯 养鸡场 鸡粪味儿 特别冲 前两天死了两只鸡 扔在路边 就两只 也没人收拾",
  "北京市/平谷区", ["air", "solid_waste"])
c("speech", "你好 我们这 南部县 那个 嗯 石材厂 啊 切石头 那个声音 嗞嗞嗞 吵死个人 一天到晚的 我叫何 何建平 电话是 幺五八 二八一七 三零四六",
  "南充市/南部县", ["noise"], ids=["n:何建平", "p:幺五八 二八一七 三零四六"])
c("speech", "嗯 就是 我们 岱岳区 那个 叫 叫泰山 嗯 泰山金石的 石料厂 放炮 每天中午放 是采石头的那种炮 不是出事 就是灰太大",
  "泰安市/岱岳区", ["air", "noise"], pol="泰山金石")
c("speech", "我说一下啊 霍邱县 周集镇 那个铁矿 嗯 晚上拉矿的车 轰隆隆 一晚上 几十辆 整个镇子的人 都睡不好",
  "六安市/霍邱县", ["noise"], look=False, aff=A("整个镇子", "town", 1))
c("speech", "喂 那个 我们小区 桃仙街道的 嗯 旁边在建一个 物流园 天天晚上 打桩 我是浑南区桃仙街道的居民 姓 姓毕 毕业的毕",
  "沈阳市/浑南区", ["noise"], look=False, ref=BUILD_REF, ids=["a:浑南区桃仙街道", "n:姓[毕]", "n:毕业的毕"])
c("speech", "那个 呃 我报一个 就是 梅河口市 有个 酒厂 排的那个水 酒糟味 很大 嗯 也没死鱼 就是味道 老百姓意见挺大",
  "通化市/梅河口市", ["water", "air"])
c("speech", "你好啊 那个 我是 雁塔区的 嗯 楼下那个 叫 老碗面的 面馆 排风机 呼呼的 吵 不是说什么爆炸啊 就是吵 我叫 田 田小军",
  "西安市/雁塔区", ["noise"], pol="老碗面", ref=NOISE_REF, ids=["n:田小军"])

# 粤语 (5)
c("dialect-yue", "番禺大石嗰度有间茶楼叫“德记”，朝朝五点就开始开抽风机，嘈到我哋成栋楼都瞓唔着，真系嘈死人。我住喺番禺区大石街道东联村，姓冼。",
  "广州市/番禺区", ["noise"], pol="德记", ref=NOISE_REF,
  ids=["a:番禺区大石街道东联村", "n:姓[冼]"])
c("dialect-yue", "我哋中山小榄嗰间五金厂琴日搞消防演习，放咗好多烟，街坊以为着火，其实系演习嚟嘅。不过佢平时啲打磨粉尘真系好大，麻烦你哋睇下。",
  "中山市", ["air"])
c("dialect-yue", "鼓楼区有间大排档，成晚炒嘢，油烟劲大，熏到我哋头都晕埋，不过冇事嘅，就系好烦。阿伯姓霍，电话13602845716。",
  "?鼓楼区", ["air"], ref=FUME_REF, ids=["n:姓[霍]", "p:13602845716"])
c("dialect-yue", "江城区海边嗰啲蚝排，旧年着过一次火，而家冇事，但系佢哋啲泡沫浮球成日飘上岸，一沙滩都系白色垃圾。",
  "阳江市/江城区", ["solid_waste", "water"])
c("dialect-yue", "端州区嗰个工地晚晚做到十二点，啲泥头车一架跟一架，成条街都系灰。我哋几百户人签咗名投诉，冇人闹事，就想佢停工。",
  "肇庆市/端州区", ["noise", "air"], ref=BUILD_REF, aff=A("几百户", "household", None, 200, 999))

# 川渝 (4)
c("dialect-chuanyu", "我们大渡口那个搞沥青的厂，天天一股焦油味，熏得人脑壳昏，不过人都好好的哈，就是想请你们来管一哈。我姓冉，18723058614。",
  "重庆市/大渡口区", ["air"], ids=["n:姓[冉]", "p:18723058614"])
c("dialect-chuanyu", "江北区那个火锅店，招牌叫“巴适得板”，油烟直接冲到我们阳台上，衣服都晾不成。",
  "?江北区", ["air"], look=False, pol="巴适得板", ref=FUME_REF)
c("dialect-chuanyu", "自流井区那个盐厂前年好像爆过一回，现在早就没得事了，但是它那个烟囱冒的烟还是呛人得很。我叫罗跃军，住在自流井区。",
  "自贡市/自流井区", ["air"], ids=["n:罗跃军"])
c("dialect-chuanyu", "翠屏区有个农家乐叫“竹林人家”，周末打麻将放音乐闹到半夜，吵得人遭不住，简直要命。",
  "宜宾市/翠屏区", ["noise"], pol="竹林人家", ref=NOISE_REF)

# 东北 (5)
c("dialect-dongbei", "铁东区那嘎达有个小锅炉房，一天到晚冒黑烟，整得俺家窗台全是黑灰，埋汰死了。俺姓隋，电话13604129837。",
  "?铁东区", ["air"], ids=["n:姓[隋]", "p:13604129837"])
c("dialect-dongbei", "俺们农安这嘎达过年放炮仗放得老邪乎了，整宿噼里啪啦的，那是过年，不是啥事故。俺要说的是屯子边上那个饲料厂，一股子酸臭味儿。",
  "长春市/农安县", ["air"])
c("dialect-dongbei", "依兰县那个造纸厂往牡丹江里放水，水都发黄，倒没见着死鱼，俺就寻思着得有人管管。俺叫宫立国。",
  "哈尔滨市/依兰县", ["water"], ids=["n:宫立国"])
c("dialect-dongbei", "绥中那个叫“大发”的洗车房，天天往马路上泼水，冬天冻成冰溜子，还有一股机油味儿。",
  "葫芦岛市/绥中县", ["water"], look=False, pol="大发")
c("dialect-dongbei", "敦化那个木材加工厂锯末子满天飞，有人说着火了，整了半天是锯末子烧锅炉冒的烟，没着火，就是烟大。俺叫金哲洙。",
  "延边朝鲜族自治州/敦化市", ["air"], ids=["n:金哲洙"])

# 吴语 (3)
c("dialect-wu", "阿拉七宝镇老街旁边新开了一家咖啡馆，叫“慢时光”，夜里向音乐开得老响，吵得阿拉困不着觉，烦煞脱了。我住勒闵行区七宝镇新镇路，姓宓。",
  "上海市/闵行区", ["noise"], pol="慢时光", ref=NOISE_REF,
  ids=["a:闵行区七宝镇新镇路", "n:姓[宓]"])
c("dialect-wu", "越城区搿爿黄酒厂，每年冬天浸米个水就排到河里向，河水臭得来，不过鱼么倒没死。我姓钮。",
  "绍兴市/越城区", ["water"], ids=["n:姓[钮]"])
c("dialect-wu", "伲吴中区个石材厂，切石头个声音吵得人头痛，旧年火着过一趟，早就修好哉，现在主要是吵。",
  "苏州市/吴中区", ["noise"])

# 闽南 (2)
c("dialect-minnan", "阮思明区遮有一间烧烤店，烟真大，熏甲阮厝内攏是烟味，毋是火烧厝，是烤肉个烟。",
  "厦门市/思明区", ["air"], ref=FUME_REF)
c("dialect-minnan", "阮龙文区有一间鞋厂，胶水味足臭，规日攏鼻有，阮阿公讲真歹鼻，毋过人无代志。",
  "漳州市/龙文区", ["air"])

# other dialects (4)
c("dialect-other", "俺们这滑县有个做塑料袋哩小厂，一天到晚熏人，那味儿中不中？不中！俺姓牛，恁给管管。",
  "安阳市/滑县", ["air"], look=False, ids=["n:姓[牛]"])
c("dialect-other", "我们这儿红桥区有个小饭馆儿，抽油烟机冲着我们家窗户，那油烟味儿嘛，介叫一个呛，不过倒也没嘛大事儿。",
  "天津市/红桥区", ["air"], look=False, ref=FUME_REF)
c("dialect-other", "我们江岸区那个工地哦，晚上还在搞，吵得人睡不着瞌睡，烦死了，不是么斯大事，就是吵。",
  "武汉市/江岸区", ["noise"], ref=BUILD_REF)

# typos (7)
c("typo", "金水区丰产路街道的那家叫旺角茶餐厅的油烟机对着我家卧式，油烟味太大了，请环保句处理。我住在金水区丰产路街道农科路小区，姓贾，电话13803716254",
  "郑州市/金水区", ["air"], look=False, pol="旺角茶餐厅", ref=FUME_REF,
  ids=["a:金水区丰产路街道农科路小区", "n:姓[贾]", "p:13803716254"])
c("typo", "岳麓区含浦街道有个工地晚上加班，噪音很大，吵得孩子没发睡觉。去年这工地着过一次伙，现在倒是没是了。",
  "长沙市/岳麓区", ["noise"], ref=BUILD_REF)
c("typo", "新华区那个小区门口的垃圾站，垃圾堆成山，臭味飘好远，物业说是城管的事，城管说是物业的事，没人管。",
  "?新华区", ["solid_waste"], look=False, ref=["城管", None])
c("typo", "昌吉市有个汽车修里厂，喷漆没有防护，油漆味呛人。我叫崔永刚，电化13904135628",
  "昌吉回族自治州/昌吉市", ["air"], look=False, ids=["n:崔永刚", "p:13904135628"])
c("typo", "乃东区的一个小作坊，在雅鲁藏布江边洗染氆氇，江边的水变成兰色，鱼到没死，就是颜色吓人。我叫次仁卓玛。",
  "山南市/乃东区", ["water"], ids=["n:次仁卓玛"])

# long letters (5)
c("long", "尊敬的领导：\n您好！我是常熟市梅李镇的一名普通居民，写信反映几件事：\n1. 镇东头的常熟恒昌纺织有限公司定型机废气很大，晚上尤其明显；\n2. 这个厂的锅炉房每天凌晨开始响；\n3. 前年这个厂出过一次小火灾，当时很快就灭了，大家至今心有余悸，希望加强监管。\n此致\n敬礼！\n居民：钱丽华\n2026年12月5日",
  "苏州市/常熟市", ["air", "noise"], pol="常熟恒昌纺织有限公司", ids=["n:钱丽华"])
c("long", "环保局的同志们：\n我反映的是丹江口市的一家采砂场：\n一、在汉江边上挖砂，河道都挖变形了；\n二、拉砂的大车噪音大、掉砂多；\n三、听人说万一发大水会冲垮河堤，我们心里不踏实。\n反映人 杨春林 电话 0719-5218634",
  "十堰市/丹江口市", ["ecology", "noise"], ref=["水利", "自然资源", None], ids=["n:杨春林", "p:0719-5218634"])
c("long", "关于衢江区一家化工厂的情况反映\n一、这家厂叫衢州瑞丰氟化工有限公司，在高家镇；\n二、每天下午四点以后，空气里有一股刺鼻的酸味；\n三、村里八百多人都闻得到，但没有人生病；\n四、我们希望环保部门夜间去检查。\n村民代表 姜文涛\n2026年12月4日",
  "衢州市/衢江区", ["air"], pol="衢州瑞丰氟化工有限公司", aff=A("八百多人", "person", None, 801, 899),
  ids=["n:姜文涛"])
c("long", "县环保局领导好：\n我是遂川县的茶农。第一，山上的一个采石场乱挖，把茶园边上的山体挖空了；第二，采石场的灰盖在茶叶上，茶叶卖不出去；第三，采石场放炮震得茶园的房子掉灰。\n希望尽快处理。茶农 郭秀英 手机 13576419208",
  "吉安市/遂川县", ["ecology", "air"], ref=["自然资源", None], ids=["n:郭秀英", "p:13576419208"])
c("long", "致市生态环境局：\n本人反映桐梓县的两件事情：\n（一）县城边上的“黔北味道”酸汤鱼馆，厨房污水直接排到河里；\n（二）隔壁的洗车店洗车水也往河里排。\n去年有条死鱼漂上来过，就一条，可能跟这没关系。\n署名：文德华",
  "遵义市/桐梓县", ["water"], pol="黔北味道", ids=["n:文德华"])

# questions (7)
c("question", "请问，沙坡头区有个葡萄酒厂的废水排到沟里，这个你们管不管？味道挺大的，但也没死什么东西。",
  "中卫市/沙坡头区", ["water"])
c("question", "我家对面的工地晚上十二点还在干活，这个合法吗？工地在蓬江区，叫滨江华庭项目。能不能让他们晚上停工？",
  "江门市/蓬江区", ["noise"], look=False, pol="滨江华庭项目", ref=BUILD_REF)
c("question", "永定区那个水泥厂是不是要爆炸啊？我听邻居说的，它罐子天天响。能不能去看看？",
  "?永定区", ["noise", "air"])
c("question", "为什么西湖区的垃圾中转站一直不搬走？夏天臭死了，我们几个小区一千多户人都反映过好几次了。",
  "?西湖区", ["solid_waste", "air"], ref=["城管", None], aff=A("一千多户", "household", None, 1001, 1999))
c("question", "湘潭县那个化工厂前几天搞了个应急演练，拉警报放烟雾，吓了我们一跳。演练是不是应该提前通知？还有它平时排的气味能不能管？",
  "湘潭市/湘潭县", ["air"])
c("question", "柯城区的“好再来”KTV开到凌晨四点，你们到底管不管？打了好几次电话了！我叫叶敏，13757088412。",
  "衢州市/柯城区", ["noise"], look=False, pol="好再来", ref=NOISE_REF, ids=["n:叶敏", "p:13757088412"])
c("question", "城中区那条河里今天有一条死鱼，就一条，是不是污染了？河边也有点臭，你们能不能来测一下水？我叫马红梅。",
  "?城中区", ["water"], ids=["n:马红梅"])

# English (6)
c("english", "Hello, I live in Xuhui District, Shanghai. The restaurant \"Golden Dragon\" next door runs its extractor fan all night. It roars like a jet engine. No emergency, I just can't sleep. Michael Ross",
  "上海市/徐汇区", ["noise"], pol="Golden Dragon", ref=NOISE_REF, en=True, ids=["n:Michael Ross"])
c("english", "There was a fire drill at the Sunrise Chemical plant in Zhangjiagang this morning with sirens and smoke. That's fine, but the plant's smell in the evenings is terrible and has been for months. Anna Kowalski, 13962314587",
  "苏州市/张家港市", ["air"], pol="Sunrise Chemical", en=True, ids=["n:Anna Kowalski", "p:13962314587"])
c("english", "Fireworks every weekend from the wedding venue \"Rose Garden\" in Sanya's Jiyang District. It's not dangerous, but the noise and smoke at midnight are too much. James O'Connor",
  "三亚市/吉阳区", ["noise", "air"], pol="Rose Garden", ref=NOISE_REF, en=True, ids=["n:James O'Connor"])
c("english", "Over 1,500 residents of our compound in Longgang, Shenzhen have signed a petition about the dust from a concrete plant nearby. Nobody is sick; we just want it covered. Wei Zhang (Kevin)",
  "深圳市/龙岗区", ["air"], en=True, aff=A("Over 1,500 residents", "person", None, 1501, None),
  ids=["n:Wei Zhang", "n:Kevin"])
c("english", "The barbecue place called Smoky Joe's in Yuzhong District, Chongqing fills our apartment with smoke every night. It's killing me! Not literally. Sarah Miller, 18623047591",
  "重庆市/渝中区", ["air"], pol="Smoky Joe's", ref=FUME_REF, en=True, ids=["n:Sarah Miller", "p:18623047591"])
c("english", "A chemical warehouse near our school in Xinbei District, Changzhou had a small fire two years ago. It's fine now, but I worry about what they store there. Could you check their permits? Tom Baker",
  "常州市/新北区", ["other", "air"], en=True, ids=["n:Tom Baker"])

# WeChat (6)
c("wechat", "各位邻居注意啦📢 仓山区那个搅拌站又开始半夜干活了，吵死了😫 我已经打了12369，大家一起反映吧！——业主群 群主 薛丽",
  "福州市/仓山区", ["noise"], ids=["n:薛丽"])
c("wechat", "@环保局 秦州区藉河边的那个“聚福楼”饭店把泔水倒河里 鱼都被喂肥了哈哈 但是水臭啊🤢",
  "天水市/秦州区", ["water"], look=False, pol="聚福楼")
c("wechat", "朋友圈都在传新洲区化工厂要爆炸了，是谣言吧？我们问了厂里人说根本没事。就是那个厂的气味确实大，能不能查一下🙏",
  "武汉市/新洲区", ["air"])
c("wechat", "兄弟们 顺庆区今晚那么大的火光是烟花秀 别慌🎆 不过放完满地纸屑和烟味 也没人收拾",
  "南充市/顺庆区", ["air", "solid_waste"], ref=["城管", None])
c("wechat", "襄都区那个小区外面的烧烤一条街烟熏火燎😤 我们三栋楼的人天天关窗 业主 郝丹丹 15632187409",
  "邢台市/襄都区", ["air"], look=False, ref=FUME_REF, aff=A("三栋楼", "building", 3), ids=["n:郝丹丹", "p:15632187409"])
c("wechat", "汉台区小区门口聚了几十个业主开会，讨论楼下养殖场臭味的事，大家很和气，没有吵架，就是想请环保局给个说法。",
  "汉中市/汉台区", ["air"], aff=A("几十个业主", "person", None, 20, 99))

# elderly (3)
c("elderly", "我今年八十二了，老伴走得早，一个人住在东阳市。隔壁木雕厂刷油漆的味道，熏得我头疼，不是啥急事，就是难受。孙女帮我写的。老人 厉金娣",
  "金华市/东阳市", ["air"], ids=["n:厉金娣"])
c("elderly", "同志，我是海拉尔区的老职工，七十五岁。我们楼后头的锅炉房烟囱冒黑烟，冬天天天冒，煤灰落一窗台。我眼神不好，字写得不好。韩桂兰",
  "呼伦贝尔市/海拉尔区", ["air"], look=False, ids=["n:韩桂兰"])
c("elderly", "我老汉儿七十多了，住在大邑县，隔壁那个竹编厂用硫磺熏竹子，呛得人咳嗽。以前着过一回小火，现在好了。请你们管一管。我叫邬桂芳",
  "成都市/大邑县", ["air"], ids=["n:邬桂芳"])

# mixed (+ plain) to reach 65
c("mixed", "南明区这边有个 construction site 半夜 still working，打桩声 like explosion，其实不是 explosion 哈，就是很吵。我是 Jenny 龙燕 13985014762",
  "贵阳市/南明区", ["noise"], ref=BUILD_REF, ids=["n:Jenny", "n:龙燕", "p:13985014762"])
c("mixed", "我住在 Shunyi，那个 golf club 叫 Green Valley 天天用 pesticide 喷草坪，味道很大，我们小区 kids 都在旁边玩。",
  "北京市/顺义区", ["air", "soil"], look=False, pol="Green Valley")
c("plain", "格尔木市一个屠宰场，屠宰废水排到格尔木河，河边一股血腥味，但没见死鱼。屠宰场叫格尔木鑫源肉联厂。",
  "海西蒙古族藏族自治州/格尔木市", ["water"], pol="格尔木鑫源肉联厂")

assert len(L) == 65, len(L)
if __name__ == "__main__":
    W(L)
