"""Round twelve, letters, English, mixed, WeChat, elderly writers and plain reports (r12-175–228), labelled by hand;
pl() only spells the county's chain."""
import mk  # noqa: F401
from cases import A, C, W
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pl import pl, idn  # noqa: E402

n = [174]


def R(reg, text, county, kinds, urgent=False, life=False, city=None, P=None, **kw):
    n[0] += 1
    C("r12-%03d" % n[0], reg, text, P=P or (pl(county, city) if county else None), kinds=kinds, urgent=urgent,
      life=life, **kw)


def Q(reg, text, intent, **kw):
    n[0] += 1
    C("r12-%03d" % n[0], reg, text, intent=intent, **kw)


# ---- long ----
R("long", "尊敬的领导：\n您好！我是昌吉市三工镇下营盘村的村民，写信反映两件事。一、村东头的天雄水泥有限公司（原来叫三工水泥厂）每天下午三点以后开窑，灰尘大得对面看不清人，全村三百四十多口人家里家外都是灰。二、他们的拉料车从村中间过，路被压坏了一直没人修。恳请上级派人查一查。\n此致\n敬礼！\n反映人：邵国梁\n电话：13635481207\n住址：昌吉市三工镇下营盘村四组17号\n2026年11月28日",
  "昌吉市", ["air"], name="邵国梁", phone="13635481207", polluter="天雄水泥有限公司",
  aff=A("三百四十多口人", "person", None, 341, 349),
  ids=[("邵国梁", "name", "petitioner"), ("13635481207", "phone", "petitioner"),
       ("我是昌吉市[三工镇下营盘村]的村民", "address", "petitioner"), ("三工镇下营盘村四组17号", "address", "petitioner")])
R("long", "县纪委、环保局的同志：\n我要反映南靖县船场镇一个村的党支部书记收了沙场老板的好处，任由沙场在船场溪里日夜挖沙。河床挖得一个坑接一个坑，岸边的竹林成片塌下去，去年修的护岸也被掏空了。村里人敢怒不敢言。请一定为我保密，我怕被打击报复。\n一个知情的村民",
  "南靖县", ["ecology", "water"], cat="检举控告", conf=True, ref=["纪检监察", None])
R("long", "各位领导好：\n我是寿县瓦埠镇的一名退休教师，给你们写信有三件事。第一，镇上的垃圾中转站好几个月没清运，夏天臭得不行。第二，湖边几家农家乐的污水直排，这个事我去年也反映过。第三件是最急的：今天早上起，我们组那口大家吃水的压水井打上来的水发苦、有股农药味，喝了这个水的几个孩子中午开始上吐下泻，已经送镇医院了。井边上前几天有人偷埋了一批过期农药。请你们赶快来人！\n退休教师 管振华\n2026.12.4",
  "寿县", ["water", "solid_waste"], life=True, name="管振华", aff=A("几个孩子", "person", None, 2, 9),
  ids=[("管振华", "name", "petitioner")])
R("long", "青铜峡市环保部门：\n我是青铜峡市叶盛镇地三村村民马志强，身份证号640381195507120316。我家房子离村西的蛋鸡养殖场不到一百米，鸡粪味一年四季熏着，苍蝇成群，老伴常年咳嗽。我们这几户要求：要么把养殖场搬走，要么给我们搬迁安置。\n联系电话：15209537468",
  "青铜峡市", ["air", "solid_waste"], name="马志强", idn="640381195507120316", phone="15209537468", sub=4,
  aff=A("这几户", "household", None, 2, 9),
  ids=[("马志强", "name", "petitioner"), ("640381195507120316", "id", "petitioner"),
       ("15209537468", "phone", "petitioner"), ("我是青铜峡市[叶盛镇地三村]村民", "address", "petitioner")])
R("long", "关于湖滨公园周边夜间噪声的几点建议\n随着跳广场舞和夜跑的人越来越多，应城市湖滨公园周边晚上噪声明显变大。建议：1. 在公园入口设一块噪声实时显示屏；2. 规定晚上九点半以后音响的音量；3. 在公园靠居民楼一侧增设绿化隔声带。以上建议，供有关部门参考。\n市民 柯文杰",
  "应城市", ["noise"], cat="建议意见", name="柯文杰", ids=[("柯文杰", "name", "petitioner")])
R("long", "乐清市环保局：\n我们是柳市镇长虹村的村民。村边开了一家没有招牌的电镀作坊，夜里把废水排进河里，河水泛着黄绿色，河边菜地浇了这水，菜叶子都卷了边。恳请查处。\n村民 郑光辉 林秀芝 敬上\n十一月三十日",
  "乐清市", ["water"], name="郑光辉",
  ids=[("郑光辉", "name", "petitioner"), ("林秀芝", "name", "third"),
       ("我们是[柳市镇长虹村]的村民", "address", "petitioner")])
R("long", "大冶市生态环境局：\n去年我反映过金山店镇一家选矿厂的粉尘问题（编号HB2025112000318），当时说整改，今年又恢复老样子：运矿的车一过，路边全是矿粉，村小学操场上也落一层。请你们再查一次，别再走过场。\n反映人：石建民 电话13872609415",
  "大冶市", ["air"], name="石建民", phone="13872609415", case="HB2025112000318",
  ids=[("石建民", "name", "petitioner"), ("13872609415", "phone", "petitioner")])
R("long", "长垣市蒲西街道的各位领导：\n写这封信主要说垃圾填埋场的事。填埋场的渗滤液收集池一直往外漫，黑水流进旁边的排水沟，一路臭到我们小区门口，夏天根本不敢开窗。另外，有人趁夜把装修垃圾倒在小区北边的路边，越堆越高。希望环保和城管都来看看。\n一位业主",
  "长垣市", ["water", "solid_waste", "air"], ref=["城管", None])
# ---- english ----
R("english", "Please send help to Jiading District, Shanghai: a tank at Hengli Coatings next to our office just burst, there is a sharp solvent smell on our whole floor, two colleagues have fainted and others are dizzy.",
  "嘉定区", ["air"], life=True, lang="en", polluter="Hengli Coatings")
R("english", "Hundreds of dead fish along the creek behind our villa compound in Shunyi, Beijing this morning, and the water smells of diesel. It is still spreading downstream.",
  "顺义区", ["water"], urgent=True, lang="en")
R("english", "The bar below my apartment in Jiyang District, Sanya plays live music until 3am every night. Nobody in the building can sleep. - Hannah Weiss",
  "吉阳区", ["noise"], lang="en", name="Hannah Weiss", ref=["公安", None], ids=[("Hannah Weiss", "name", "petitioner")])
R("english", "Construction dust in Nanshan District, Shenzhen: the site on Houhai Avenue runs its crushers without any water spraying. My number is 186 2093 7751. Carlos Mendes",
  "南山区", ["air"], city="深圳市", lang="en", name="Carlos Mendes", phone="18620937751",
  ids=[("Carlos Mendes", "name", "petitioner"), ("186 2093 7751", "phone", "petitioner")])
Q("english", "How long do you usually take to reply after I file a complaint? Just want to know what to expect.", "info",
  lang="en")
Q("english", "Hi, I reported smoke from a recycling yard last week, reference HB2026111200527. Any update?", "status",
  lang="en", case="HB2026111200527")
R("english", "I'm a researcher living in Changning, Shanghai. The lab building across the street vents exhaust that smells like solvent every afternoon. Yuki Tanaka",
  "长宁区", ["air"], lang="en", name="Yuki Tanaka", ids=[("Yuki Tanaka", "name", "petitioner")])
R("english", "In Wenchang, Hainan, a shrimp farm is pumping murky wastewater straight onto the beach near Longlou town. The sea there has turned brown.",
  "文昌市", ["water"], lang="en")
# ---- mixed ----
R("mixed", "救命！我们office楼下那个printing厂刚刚起fire了，smoke全冲上来，有个colleague已经晕倒了，我们在闵行区七宝这边！",
  "闵行区", ["air", "other"], life=True)
R("mixed", "Vivian郑，香洲区拱北那边有家KTV每晚noise超大，投诉了三次都没用。",
  "香洲区", ["noise"], name="Vivian郑", ref=["公安", None], ids=[("Vivian郑", "name", "petitioner")])
R("mixed", "常熟市那家叫Polaris Metals的厂，酸洗车间排的acid fog把我们整个小区的晾衣架都腐蚀了。",
  "常熟市", ["air"], polluter="Polaris Metals", aff=A("整个小区", "community", 1, 1, 1))
R("mixed", "真的很无语，楼下餐厅的exhaust fan每天开到凌晨一点，noise绝对超标，郫都区犀浦这边。",
  "郫都区", ["noise"])
# ---- wechat ----
Q("wechat", "[微笑]在吗", "greeting")
R("wechat", "救命[流泪][流泪] 厂里锅炉房那边爆了 浓烟 好多人往外跑 有人被压在底下 地址霸州市胜芳镇",
  "霸州市", ["air", "other"], life=True)
R("wechat", "[视频][视频] 扎兰屯市 河里死鱼一片一片的 就在上游那个淀粉厂排污口下面 还在排 有没有人管管啊",
  "扎兰屯市", ["water"], urgent=True)
R("wechat", "[图片][图片] 孝义市梧桐镇 这个焦化厂烟囱天天这样 黄不拉几的 ——小梁",
  "孝义市", ["air"], name="梁", ids=[("小[梁]", "name", "petitioner")])
Q("wechat", "谢谢你们，昨天来人处理了，现在好多了👍", "evaluate")
R("wechat", "车牌冀R·7K239的渣土车 天天半夜往河沟里倒建筑垃圾 涿州市码头镇 北边那条沟都快填满了",
  "涿州市", ["solid_waste"], ref=["城管", None])
R("wechat", "楼下广场舞音响开到最大[发怒][发怒] 每晚八点到十点半 东港市新兴街道",
  "东港市", ["noise"], ref=["公安", "城管", None])
R("wechat", "电话18946257103 敦化市 那个木材厂晚上锯木头 吵死了 好几个月了",
  "敦化市", ["noise"], phone="18946257103", ids=[("18946257103", "phone", "petitioner")])
Q("wechat", "上周反映的事咋样了 编号HB2026111800264", "status", case="HB2026111800264")
# ---- elderly ----
R("elderly", "我今年七十八了，眼睛不好，这是孙女帮我打的字。我姓楼，住在诸暨市店口镇湖西村，村口那个养猪场的粪水一下雨就漫到路上，走路都得踮着脚，臭得很。",
  "诸暨市", ["water", "solid_waste", "air"], name="楼",
  ids=[("我姓[楼]", "name", "petitioner"), ("住在诸暨市[店口镇湖西村]", "address", "petitioner")])
R("elderly", "长兴县煤山镇 我老汉今年八十一 腊月初八那天开始 村后的粉磨站日夜开 轰隆隆的 震得我心慌 晚上睡不着 求政府管管",
  "长兴县", ["noise"])
R("elderly", "我叫卢桂英，七十多岁了，不会用手机，有事打我儿子电话13758214690。临海市杜桥镇有个叫华港化工的厂，味道刺鼻子，我们老人家出门都要捂着嘴。",
  "临海市", ["air"], polluter="华港化工", name="卢桂英", ids=[("卢桂英", "name", "petitioner"), ("13758214690", "phone", "third")])
R("elderly", "老汉我叫吴德福，身份证 341882 19470923 0467，住广德市邱村镇。后山那个石灰厂每天烧窑，烟都落到我家茶园里，茶叶都黑了。",
  "广德市", ["air"], name="吴德福", idn="341882194709230467",
  ids=[("吴德福", "name", "petitioner"), ("341882 19470923 0467", "id", "petitioner")])
R("elderly", "天长市汊涧镇 我老头子咳嗽咳了一个冬天，医生说是支气管炎，我们家离那个化工厂就隔一条马路，是不是跟它有关系？请你们来查一查。",
  "天长市", ["air"])
# ---- plain ----
R("plain", "实名举报福清市江阴镇的东旭塑胶制品有限公司，每天夜里偷偷烧边角料，黑烟里有股焦糊的塑料味。举报人：叶振华，电话15859326147。",
  "福清市", ["air"], polluter="东旭塑胶制品有限公司", name="叶振华", phone="15859326147",
  ids=[("叶振华", "name", "petitioner"), ("15859326147", "phone", "petitioner")])
R("plain", "我家住在樟树市，卧室窗户正对着宏达药业的污水池，一到晚上就往外翻泡，那味道像烂鸡蛋拌中药。",
  "樟树市", ["air", "water"], polluter="宏达药业")
R("plain", "我在贵溪市一家铜材厂开铲车，厂子叫振铜金属，老板让我们每周把冶炼废渣拉到后山的废矿坑里倒掉，那里离信江不远。我良心过不去，才来反映。",
  "贵溪市", ["solid_waste"], polluter="振铜金属")
R("plain", "平度市南村镇有个叫Goldleaf的食品厂，晒干菜的场子上用硫磺熏，整片都是刺鼻的味。",
  "平度市", ["air"], polluter="Goldleaf")
R("plain", "13824590716 严家豪 普宁市流沙东街道有家牛仔布洗水厂，洗下来的蓝水全排进练江支流。",
  "普宁市", ["water"], name="严家豪", phone="13824590716",
  ids=[("13824590716", "phone", "petitioner"), ("严家豪", "name", "petitioner")])
R("plain", "饶平县钱东镇沿海的紫菜加工点，清洗池的废水直接排到海滩上，味道腥臭，游客都绕着走。\n反映人：詹秋生",
  "饶平县", ["water"], name="詹秋生", ids=[("詹秋生", "name", "petitioner")])
R("plain", "我不留名了。阳春市春城街道有个碎石场，机器一开震耳朵，附近也有点灰，但主要是吵，一天十几个小时。",
  "阳春市", ["noise"])
R("plain", "我们这栋楼住着九十六户，楼顶被物业租给了一个通讯基站，现在又加装了两面天线，大家担心辐射，能不能来测一下？地址在巩义市孝义街道。",
  "巩义市", ["radiation"], aff=A("九十六户", "household", 96, 96, 96))
R("plain", "安福县有一家造纸厂往泸水河排黑水，河面上全是泡沫，他们锅炉也冒点烟，但最要紧的是河水。",
  "安福县", ["water"])
R("plain", "河东区那个新开的沥青搅拌站，一开工整片都是焦油味，我们这边好几个小区都在骂。",
  None, ["air"], P="?河东区", aff=A("好几个小区", "community", None, 3, 9))
R("plain", "牡丹江市西安区温春镇一家纸浆厂的污水处理站，晚上直接停运，水直接排进牡丹江。",
  "西安区", ["water"], city="牡丹江市")
R("plain", "西安区那个洗煤厂又往河里放黑水了，就是城边上那条河，水黑得跟墨一样。",
  None, ["water"], P="?西安区")
R("plain", "有人上门推销“除甲醛空气净化器”，说能去掉化工厂飘过来的臭味，我妈花了三千八买了一台，根本没用，商家电话也打不通了。这是在沈北新区。",
  "沈北新区", None, sub=None, ref=["市场监管"])
R("plain", "苏家屯区永乐街道我家菜地旁边，邻居种的玉米地打了除草剂，风一吹全飘到我的菜地里，黄瓜、豆角叶子全焦了。",
  "苏家屯区", ["soil", "air"], ref=["农业农村", None])
R("plain", "泸水市有个小水电站在怒江的一条支流上拦了坝，下游一段河床完全干了，鱼都没了。",
  "泸水市", ["ecology", "water"], ref=["水利", None])
R("plain", "准格尔旗薛家湾镇一个煤场没有围挡，风一起煤灰漫天飞，隔壁物流园六十来个工人每天吃灰。",
  "准格尔旗", ["air"], aff=A("六十来个工人", "person", 60, None, None))
R("plain", "北安市那家热电厂的储煤场离我们小区就一道墙，一刮风整个小区都是黑的。",
  "北安市", ["air"], aff=A("整个小区", "community", 1, 1, 1))
R("plain", "我姓欧阳，叫欧阳明，住在韩城市龙门镇。镇上钢厂那边的料场粉尘太大，我家屋顶的太阳能板一天就落一层黑灰。电话13991267584。",
  "韩城市", ["air"], name="欧阳明", phone="13991267584",
  ids=[("我姓[欧阳]", "name", "petitioner"), ("欧阳明", "name", "petitioner"), ("13991267584", "phone", "petitioner")])
R("plain", "神木市大柳塔镇的一个洗煤厂，煤泥水直接往乌兰木伦河里放。我可以作证，隔壁的许大爷（电话13509271846）也见过好几次。——贺文斌",
  "神木市", ["water"], name="贺文斌",
  ids=[("贺文斌", "name", "petitioner"), ("[许]大爷", "name", "third"), ("13509271846", "phone", "third")])
R("plain", "玉门市老市区那块，亚星化工把废盐渣堆在戈壁滩上，一刮风白花花一片，吹得满街都是。",
  "玉门市", ["solid_waste", "air"], polluter="亚星化工")
W("cases-people.jsonl")
