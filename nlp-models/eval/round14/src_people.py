"""Round fourteen (blind), cases-people.jsonl: r14-177–230. long letters, English, mixed, WeChat, elderly, plain.
Labels by hand; pl() only spells the county's official chain; idn() gives the check digit."""
import mk  # noqa: F401  (puts .. on the path)
from cases import A, C, W
from pl import pl, idn

N = [176]


def K(reg, text, **kw):
    N[0] += 1
    C(f"r14-{N[0]:03d}", reg, text, **kw)


PS = ["公安", None]
CG = ["城管", None]
ID2 = idn("53058119780214301")  # 腾冲市
ID3 = idn("22028319440806252")  # 舒兰市, written with spaces below
ID3S = ID3[:6] + " " + ID3[6:14] + " " + ID3[14:]

# ---- long (177–184)
K("long", "尊敬的集安市生态环境局领导：\n您好！我是清河镇清河村的村民，有三件事想向领导反映：\n"
  "第一，村西的石材加工点常年切割石板，粉尘飞满院子，晾的衣服一收一层白；\n"
  "第二，河滩上有人用挖掘机采砂，河道越挖越深；\n第三，村道两边垃圾成堆，没人清运。\n"
  "以上几件事恳请领导重视。\n反映人：孙淑芬\n联系电话：138-4352-6617\n住址：集安市清河镇清河村三组",
  P=pl("集安市"), kinds=["air", "ecology", "solid_waste"], name="孙淑芬", phone="13843526617",
  ids=[("孙淑芬", "name", "petitioner"), ("138-4352-6617", "phone", "petitioner"),
       ("集安市清河镇清河村三组", "address", "petitioner")])
K("long", "关于中宁县恒达硅业有限公司长期超标排放的联名信\n中卫市生态环境局：\n该公司矿热炉烟气未经有效处理即行排放，"
  "每到夜间烟尘更大，周边三个村几百户群众苦不堪言，屋顶、菜地落满灰尘，多次向企业反映均无果。"
  "请依法查处并公开监测结果。\n全体村民\n2026年11月30日",
  P=pl("中宁县"), kinds=["air"], polluter="中宁县恒达硅业有限公司", aff=A("几百户", "household", None, 200, 999))
K("long", "和田市生态环境局：\n我是城东一家养老院的负责人，本想写信反映隔壁屠宰场污水横流的问题，已经拍了照片。"
  "可就在今天午饭后，院里三十多位老人陆续呕吐腹泻，有两位已经站不起来，我们院一直用自己的井水，"
  "怀疑是屠宰场的污水渗进了井里。请你们马上派人来，我们已经打了120。",
  P=pl("和田市"), kinds=["water"], life=True, aff=A("三十多位老人", "person", None, 31, 39))
K("long", "县纪委监委：\n我实名举报隆昌市生态环境局执法大队的刘建军，他每次带队检查石灰窑之前都先打电话通知窑主，"
  "检查完还在窑主家吃饭喝酒。窑场烟尘滚滚，周边群众怨声载道，举报了十几次都是“未发现问题”。"
  "请组织调查，并对我的身份保密。\n举报人：唐德明 电话：18228307715",
  P=pl("隆昌市"), kinds=["air"], cat="检举控告", ref=["纪检监察", None], conf=True, name="唐德明",
  phone="18228307715",
  ids=[("刘建军", "name", "third"), ("唐德明", "name", "petitioner"), ("18228307715", "phone", "petitioner")])
K("long", "关于进一步做好都匀市城区生活垃圾分类的几点建议\n一、小区分类桶摆放后缺少督导员，建议每个小区配一名；\n"
  "二、厨余垃圾收运车辆应当密闭，目前沿路滴漏；\n三、建议在社区公示各小区分类达标情况。\n一名普通市民",
  P=pl("都匀市"), kinds=["solid_waste"], cat="建议意见")
K("long", "腾冲市生态环境局：\n本人李国华，身份证号" + ID2 + "，经营一家茶叶烘焙作坊。"
  "贵局于11月以我作坊锅炉烟尘超标为由作出罚款决定，但检测当天锅炉处于点火阶段，数据不能代表正常排放。"
  "本人对该处罚决定不服，请求重新核查并撤销处罚。\n联系电话：13988526041",
  P=pl("腾冲市"), kinds=["air"], sub=2, name="李国华", idn=ID2, phone="13988526041",
  ids=[("李国华", "name", "petitioner"), (ID2, "id", "petitioner"), ("13988526041", "phone", "petitioner")])
K("long", "赤水市生态环境局：\n今年九月我反映过竹浆厂夜间排放黑水的问题（编号HB2026090300128），当时答复已责令整改。"
  "但最近一个月黑水又出现了，而且比以前更多，赤水河支流的一段颜色发褐，岸边泡沫堆积。希望这次能彻底查一查，"
  "不要再只是发个整改通知。\n反映人：罗成",
  P=pl("赤水市"), kinds=["water"], case="HB2026090300128", name="罗成", ids=[("罗成", "name", "petitioner")])
K("long", "鹤山市生态环境局：\n我们是共和镇某某村的村民，村口一家叫“鸿运电镀”的厂子，晚上把废水通过暗管排进水渠，"
  "渠水流过我们的菜地，种出的菜不敢吃，拿去卖也没人要。我们已经拍到暗管的位置。请尽快处理。\n"
  "联名人：郭志强、郑秀英",
  P=pl("鹤山市"), kinds=["water"], polluter="鸿运电镀", name="郭志强",
  ids=[("郭志强", "name", "petitioner"), ("郑秀英", "name", "third")])

# ---- english (185–192)
K("english", "Please send help now! A strong chlorine smell is coming from the water treatment plant in Jinjiang, Quanzhou. "
  "My neighbours are coughing badly and an old man has collapsed on the street.",
  P=pl("晋江市"), kinds=["air"], life=True, lang="en")
K("english", "Hundreds of dead fish are floating in the canal behind Greenfield Chemical Co., Ltd. right now. "
  "This is in Kunshan, Jiangsu. The water is dark green and smells of solvent.",
  P=pl("昆山市"), kinds=["water"], urgent=True, polluter="Greenfield Chemical Co., Ltd.", lang="en")
K("english", "I live in Shunyi District, Beijing. A concrete mixing station next to our compound works all night, with "
  "trucks and machines until 3 am. My name is Daniel Hoffmann, phone +86 139 1045 7720.",
  P=pl("顺义区"), kinds=["noise"], name="Daniel Hoffmann", phone="13910457720", lang="en",
  ids=[("Daniel Hoffmann", "name", "petitioner"), ("+86 139 1045 7720", "phone", "petitioner")])
K("english", "Our hotel guests keep complaining about the smell from a pig farm up the hill from Sanya Bay. It gets "
  "worse every evening when the wind turns.",
  P=pl("天涯区"), kinds=["air"], lang="en")
K("english", "The Sunrise Paper Mill on the outskirts of Yibin dumps brown water into the Min River every night. "
  "Fishermen have stopped fishing there.",
  P="四川省/宜宾市/-", kinds=["water"], polluter="Sunrise Paper Mill", lang="en")
K("english", "This is not an emergency, but the asphalt plant near Xiaguan in Dali makes my eyes sting every afternoon. "
  "Could someone check its filters?",
  P=pl("大理市"), kinds=["air"], lang="en")
K("english", "How can a foreigner file an environmental complaint here? Do I need a Chinese ID card or can I use my "
  "passport?", intent="info", lang="en")
K("english", "I submitted a complaint last week, case number HB2026112600034. Could you tell me what has happened "
  "since?", intent="status", case="HB2026112600034", lang="en")

# ---- mixed (193–196)
K("mixed", "Help! 我们lab里的H2S报警器一直在响，有个同事已经晕倒了，我们在吴中区的一栋研发楼里，3楼",
  P=pl("吴中区"), kinds=["air"], life=True)
K("mixed", "楼下那家叫 Golden Dragon 的 car wash 天天把 foam 冲进雨水井里，深圳南山区，下水道口全是白沫",
  P=pl("南山区", "深圳市"), kinds=["water"], polluter="Golden Dragon")
K("mixed", "Hi，我是 Kevin 张，我们 compound 旁边的 construction site 每天 6am 就开工，so noisy!!! 北京朝阳区望京",
  P=pl("朝阳区", "北京市"), kinds=["noise"], name="Kevin 张", ids=[("Kevin 张", "name", "petitioner")])
K("mixed", "我们小区的 WeChat group 都在讨论，新开的 EcoPlast factory 晚上排的 smoke 特别 smelly，天津西青区",
  P=pl("西青区"), kinds=["air"], polluter="EcoPlast")

# ---- wechat (197–205)
K("wechat", "[语音转文字] 快来 厂里 氯气 泄漏了 我们 跑出来了 还有 三个人 在 里面 老河口",
  P=pl("老河口市"), kinds=["air"], life=True)
K("wechat", "[图片] 你看看这河，全是泡沫，鱼死了在漂，就现在，开平市水口镇",
  P=pl("开平市"), kinds=["water"], urgent=True)
K("wechat", "在吗", intent="greeting")
K("wechat", "谢谢你们👍 昨天已经有人来查过了，那个厂今天没再冒烟，处理得挺及时", intent="evaluate")
K("wechat", "【举报】铁山港区海边 有船偷排油污水 📍定位已发",
  P=pl("铁山港区"), kinds=["water"])
K("wechat", "亲，隔壁那家「老王烧烤」天天晚上烟熏火燎的，能管吗😭 大连沙河口区",
  P=pl("沙河口区"), kinds=["air"], polluter="老王烧烤", ref=CG)
K("wechat", "15877014368 我电话 有人在垃圾桶旁边烧电线 黑烟 怀集县城",
  P=pl("怀集县"), kinds=["air"], phone="15877014368", ids=[("15877014368", "phone", "petitioner")])
K("wechat", "@环保局 宝安福永那边 有辆蓝色罐车 每天半夜往河涌里倒废液 车牌粤B开头 我拍到了",
  P=pl("宝安区"), kinds=["water"])
K("wechat", "[视频] 这个养殖场的粪水 直接排进河里 三江县 好几年了",
  P=pl("三江侗族自治县"), kinds=["water"])

# ---- elderly (206–210)
K("elderly", "（社区网格员代写）张桂英老人，八十三岁，反映她家后面的豆腐坊每天凌晨三点开始磨豆子，烧煤炉子，"
  "烟从后窗进屋，老人有气管炎，咳得睡不着。张桂英家住延吉市河南街道，电话由网格员转达：13904436528。",
  P=pl("延吉市"), kinds=["air", "noise"], name="张桂英", phone="13904436528",
  ids=[("[张桂英]老人", "name", "petitioner"), ("[张桂英]家住", "name", "petitioner"), ("13904436528", "phone", "petitioner")])
K("elderly", "我老头子走得早，一个人住在舒兰，身份证 " + ID3S + "，叫王秀兰。屋后头米厂的烘干塔烧的是啥我也不知道，"
  "一开就是黑烟，窗台上一抹一手黑，我这岁数了也不想折腾，就是想问问能不能让它装个除尘的",
  P=pl("舒兰市"), kinds=["air"], name="王秀兰", idn=ID3,
  ids=[("王秀兰", "name", "petitioner"), (ID3S, "id", "petitioner")])
K("elderly", "领导好，我是退休的老教师，七十六了。我反映三个事：一是小区门口修路天天挖；二是对面的饭馆油烟大；"
  "三是最近自来水有时候发浑，烧开了有一层白沫。有事打我儿子电话 13589246107，他叫刘涛。平遥县城",
  P=pl("平遥县"), kinds=["water", "air", "noise"],
  ids=[("13589246107", "phone", "third"), ("刘涛", "name", "third")])
K("elderly", "本人年逾古稀，居於伊通縣城郊，宅後新建一所瀝青攪拌站，晝夜運轉，氣味刺鼻，老妻哮喘因而加重，"
  "懇請貴局派員察看。",
  P=pl("伊通满族自治县"), kinds=["air"])
K("elderly", "我们老两口住在农安县城边上，院子外头那个养鸡场一到夏天苍蝇成群，臭得饭都吃不下，孩子们都在外地，"
  "也没人帮我们说话，只好自己打这个电话",
  P=pl("农安县"), kinds=["air"], aff=A("老两口", "person", 2, 2, 2))

# ---- plain (211–230)
K("plain", "拉萨市堆龙德庆区的雪域建材公司搅拌站粉尘很大，周边居民晒的青稞都落了灰",
  P=pl("堆龙德庆区"), kinds=["air"], polluter="雪域建材公司")
K("plain", "墨竹工卡县有人在草场上私自挖矿，草皮被翻得乱七八糟，牧民的牛羊没地方吃草",
  P=pl("墨竹工卡县"), kinds=["ecology"])
K("plain", "文昌市龙楼镇的椰香食品厂把废水直接排到海边，沙滩上一片黄褐色",
  P=pl("文昌市"), kinds=["water"], polluter="椰香食品厂")
K("plain", "澄迈县老城开发区有一家沥青厂，每天下午气味很重，小区里的人都闻得到",
  P=pl("澄迈县"), kinds=["air"])
K("plain", "潜江的虾皇食品厂把小龙虾壳堆在路边的空地上，一个多月了没人拉走，臭得苍蝇乱飞",
  P=pl("潜江市"), kinds=["solid_waste"], polluter="虾皇食品厂")
K("plain", "大兴区顺捷物流园里的柴油货车整夜怠速停着，尾气和噪音都很大，对面就是居民楼",
  P=pl("大兴区"), kinds=["air", "noise"], polluter="顺捷物流园")
K("plain", "瓦房店市郊的东山湖水泥厂磨机一开，半个村子都在响，粉尘也大",
  P=pl("瓦房店市"), kinds=["noise", "air"], polluter="东山湖水泥厂")
K("plain", "贺兰县一家叫“塞上明珠”的洗煤厂，洗煤水直接排进渠里，渠水黑得像墨",
  P=pl("贺兰县"), kinds=["water"], polluter="塞上明珠")
K("plain", "凯里市的苗岭酸汤厂把发酵的废水往沟里倒，整条沟一股酸臭味",
  P=pl("凯里市"), kinds=["water"], polluter="苗岭酸汤厂")
K("plain", "舒兰市的北方米业烘干塔没有除尘设施，一开机稻壳灰满天飞",
  P=pl("舒兰市"), kinds=["air"], polluter="北方米业")
K("plain", "平遥县有一家牛肉加工厂，煮肉的污水直接排进城边的水沟，夏天味道很冲",
  P=pl("平遥县"), kinds=["water"])
K("plain", "长沙开福区我家楼下一家新疆大盘鸡店，排烟管就接在我家阳台下面",
  P=pl("开福区"), kinds=["air"], ref=CG)
K("plain", "上海普陀区我们弄堂里有一家哈尔滨红肠熏制作坊，每天熏肉的烟飘进每家每户",
  P=pl("普陀区", "上海市"), kinds=["air"])
K("plain", "乌鲁木齐米东区北京路上修管道，晚上十二点还在用破碎锤，吵得没法睡",
  P=pl("米东区"), kinds=["noise"])
K("plain", "贵阳白云区的白云铝材厂一到晚上就有刺鼻的气味，我们小区离它只有三百米",
  P=pl("白云区", "贵阳市"), kinds=["air"], polluter="白云铝材厂")
K("plain", "青山区有个钢厂的烟囱冒黄烟，已经持续好几个月了，我邻居陈玉梅也反映过",
  P="?青山区", kinds=["air"], ids=[("陈玉梅", "name", "third")])
K("plain", "襄阳樊城区的汉江纸业往汉江里排的水颜色发黄，还有一股纸浆味",
  P=pl("樊城区"), kinds=["water"], polluter="汉江纸业")
K("plain", "桑珠孜区一家酒店的污水管破了，污水顺着街边往下流，已经一个星期了",
  P=pl("桑珠孜区"), kinds=["water"])
K("plain", "太和县的太和药业提取车间排气味道很大，像中药又像化学品，周围几个小区都在抱怨",
  P=pl("太和县"), kinds=["air"], polluter="太和药业")
K("plain", "儋州市那大镇附近有一家橡胶加工厂，晒胶的臭味飘得很远，我叫黄海燕，电话0898开头的座机不方便，"
  "手机是18789562031",
  P="海南省/儋州市/-", kinds=["air"], name="黄海燕", phone="18789562031",
  ids=[("黄海燕", "name", "petitioner"), ("18789562031", "phone", "petitioner")])

W("cases-people.jsonl")
