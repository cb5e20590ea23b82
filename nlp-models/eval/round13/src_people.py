"""Round thirteen (blind), cases-people.jsonl: r13-177–230. long letters, English, mixed, WeChat, elderly, plain.
Labels by hand; pl() only spells the county's official chain; idn() gives the check digit."""
import mk  # noqa: F401  (puts .. on the path)
from cases import A, C, W
from pl import pl, idn

N = [176]


def K(reg, text, **kw):
    N[0] += 1
    C(f"r13-{N[0]:03d}", reg, text, **kw)


ID2 = idn("13048119710426153")  # 武安市
ID3 = idn("36048119480917202")  # 瑞昌市, written with spaces below
assert (ID2, ID3) == ("130481197104261530", "360481194809172027")

# ---- long (177–184)
K("long", "尊敬的领导：\n我村东头的家具喷漆作坊自今年三月起昼夜作业，刺鼻的油漆味弥漫全村，老人孩子多有咳嗽。"
  "作坊无任何废气处理设施，喷漆房直接朝村里开窗。恳请贵局依法查处。\n此致\n敬礼\n"
  "反映人：齐国栋\n电话：13831688420\n住址：胜芳镇东堤村五组\n2026年12月3日",
  P=pl("霸州市"), kinds=["air"], name="齐国栋", phone="13831688420",
  ids=[("齐国栋", "name", "petitioner"), ("13831688420", "phone", "petitioner"), ("胜芳镇东堤村五组", "address", "petitioner")])
K("long", "县纪委、县生态环境局：\n我要反映上犹县营前镇环保所工作人员与采砂老板的关系问题。该人员每次接到群众举报都提前给砂场通风报信，"
  "检查那天砂场准停工，检查一走又连夜开挖，河床已被挖得面目全非。据村里人讲，他逢年过节都收砂场的红包。"
  "我本人也在镇上生活，请务必为我保密，不要透露我的任何信息。\n一名知情群众",
  P=pl("上犹县"), kinds=["ecology"], cat="检举控告", ref=["纪检监察", None], conf=True)
K("long", "我是天长市汊涧镇的乡村医生，想反映几件事。一是镇上石料厂的粉尘，常年如此；二是河边的养鸭棚越建越多；"
  "三是最要紧的：就在我写这几行字的时候，诊所里接连送来五个孩子，上吐下泻，脸色发青，都是喝了学校后面那口井的水，"
  "那口井旁边上周刚有人倒过一车化工桶。请马上派人来！",
  P=pl("天长市"), kinds=["water"], life=True, aff=A("五个孩子", "person", 5, 5, 5))
K("long", "关于要求整体搬迁的申请\n武安市生态环境局：\n我们村紧邻钢铁厂料场，距最近的住户不到八十米。多年来粉尘、噪声不断，"
  "厂方多次承诺整改均未兑现。全村一百四十多户村民一致要求厂方出资整体搬迁，或厂方将料场迁离。\n"
  "村民代表：贾振山  身份证号：130481197104261530  电话：15931057726\n2026年11月28日",
  P=pl("武安市"), kinds=["air", "noise"], sub=4, name="贾振山", phone="15931057726", idn=ID2,
  aff=A("一百四十多户", "household", None, 141, 149),
  ids=[("贾振山", "name", "petitioner"), ("130481197104261530", "id", "petitioner"), ("15931057726", "phone", "petitioner")])
K("long", "关于加强瑞昌市乡镇污水管网建设的几点建议：\n1. 集镇新建小区的雨污分流应当验收后再交房；\n"
  "2. 农村污水处理站建了不少，但很多常年不开，建议纳入考核；\n3. 建议每季度公开各站点的运行数据。\n"
  "以上建议供参考。一位退休的水利工程师",
  P=pl("瑞昌市"), kinds=["water"], cat="建议意见")
K("long", "尊敬的区生态环境局：\n我们是张店区马尚街道锦华苑小区的业主，小区北侧的汽修厂长期露天喷漆、夜间敲打，"
  "附近居民苦不堪言。我们曾向街道反映，至今无果。特此联名反映，望尽快处理。\n"
  "业主代表：邵丽华（电话13964315582）、冯立民\n2026年12月1日",
  P=pl("张店区"), kinds=["air", "noise"], name="邵丽华", phone="13964315582",
  ids=[("邵丽华", "name", "petitioner"), ("13964315582", "phone", "petitioner"), ("冯立民", "name", "third"),
       ("马尚街道锦华苑小区", "address", "petitioner")])
K("long", "环保部门的同志：\n今年八月我反映过南丰县琴城镇的一家养鸡场粪水直排的问题，当时给我的受理编号是HB2026081400372。"
  "后来说整改了，可最近又照样往水渠里放，渠水发黑，下游的菜地都用这水浇。请再派人去看一下，不要只看台账。\n"
  "村民 孔祥福",
  P=pl("南丰县"), kinds=["water"], name="孔祥福", case="HB2026081400372",
  ids=[("孔祥福", "name", "petitioner")])
K("long", "致岳阳县生态环境分局的一封信\n各位领导：\n我家住在新墙镇，离宏昌纸业的排污口不到五百米。这家纸厂一是夜里偷排，"
  "新墙河下游常年一股酸臭；二是堆在厂外的污泥下雨就往沟里淌；三是烟囱冒的灰落在稻子上。\n"
  "恳请彻查。\n新墙镇居民 曹德胜 敬上",
  P=pl("岳阳县"), polluter="宏昌纸业", kinds=["water", "solid_waste"], name="曹德胜",
  ids=[("曹德胜", "name", "petitioner")])

# ---- english (185–192)
K("english", "Fire at a chemical warehouse in Zhoushi town, Kunshan, right now. Two workers are still inside, the smoke is black and it smells like burning plastic. Please send help!",
  P=pl("昆山市"), kinds=["air"], life=True, lang="en", aff=A("Two workers", "person", 2, 2, 2))
K("english", "The canal behind our compound in Minhang District, Shanghai is full of dead fish this morning, hundreds of them, and there is an oily film on the water.",
  P=pl("闵行区"), kinds=["water"], urgent=True, lang="en")
K("english", "Hi, my name is Olivia Brandt (13911872054). The bar below my flat in Chaoyang District, Beijing plays music until 3 am every weekend. I cannot sleep.",
  P=pl("朝阳区", "北京市"), kinds=["noise"], ref=["公安", None], lang="en", name="Olivia Brandt", phone="13911872054",
  ids=[("Olivia Brandt", "name", "petitioner"), ("13911872054", "phone", "petitioner")])
K("english", "Construction dust from the site of Everbright Builders in Futian, Shenzhen covers our balcony every day, they never spray water. Marco Rossi",
  P=pl("福田区"), polluter="Everbright Builders", kinds=["air"], lang="en", name="Marco Rossi",
  ids=[("Marco Rossi", "name", "petitioner")])
K("english", "I teach English in Xinji, Hebei. A tannery called Huasheng Leather dumps blue water into the ditch next to our school; the smell is terrible.",
  P=pl("辛集市"), polluter="Huasheng Leather", kinds=["water", "air"], lang="en")
K("english", "The hotel next to our apartment at Dadonghai, Sanya pumps its sewage straight onto the beach at night. The sand is grey and stinks.",
  P=pl("吉阳区"), kinds=["water"], lang="en")
K("english", "Which department should I contact about radiation from a mobile phone mast on the roof next door?", intent="info", lang="en")
K("english", "I filed a complaint last week, reference HB2026112300164. Is there any update?", intent="status", lang="en",
  case="HB2026112300164")

# ---- mixed (193–196)
K("mixed", "我们office楼下那家restaurant的厨房gas泄漏了，味道超级重，一个waiter已经晕倒了，我们在武侯区玉林那边，快来！",
  P=pl("武侯区"), kinds=["air"], life=True)
K("mixed", "Hi我是Amy林，天河区石牌那边，楼下图文print店的气味很重，每天headache，能不能check一下他们有没有排气设备？",
  P=pl("天河区"), kinds=["air"], name="Amy林", ids=[("Amy林", "name", "petitioner")])
K("mixed", "新吴区硕放那家叫BrightWave Electronics的厂，晚上排的废气有股酸味，整个community都闻得到。",
  P=pl("新吴区"), polluter="BrightWave Electronics", kinds=["air"], aff=A("整个community", "community", 1, 1, 1))
K("mixed", "滨江区我们小区会所的gym每天晚上music开得巨大声，到十点半还在蹦，物业说管不了。",
  P=pl("滨江区"), kinds=["noise"])

# ---- wechat (197–205)
K("wechat", "快来人！！！大石桥那个镁砂厂着火了🔥🔥 我爸还在车间里头没出来😭😭 [图片]",
  P=pl("大石桥市"), kinds=["air"], life=True)
K("wechat", "南县南洲镇我家鱼塘的鱼全浮起来了😱😱 [视频] 上游那个厂昨晚放的水",
  P=pl("南县"), kinds=["water"], urgent=True)
K("wechat", "淄博张店区 鲁C·3K582 这辆渣土车天天半夜往傅家镇那条沟里倒建筑垃圾[图片][图片]",
  P=pl("张店区"), kinds=["solid_waste"], ref=["城管", None])
K("wechat", "13775512093 我是丹徒区上党镇的 村口有人烧垃圾 天天烧😷😷 呛死了",
  P=pl("丹徒区"), kinds=["air"], phone="13775512093", ids=[("13775512093", "phone", "petitioner")])
K("wechat", "岳麓区小区门口那家【顺达洗车】污水天天横流到人行道上，结冰了走路直打滑[捂脸]",
  P=pl("岳麓区"), polluter="顺达洗车", kinds=["water"])
K("wechat", "亲 在吗 想反映下 宾阳县芦圩镇楼下奶茶店空调外机嗡嗡响到半夜[捂脸][捂脸]",
  P=pl("宾阳县"), kinds=["noise"])
K("wechat", "在吗？有人吗😊", intent="greeting")
K("wechat", "上次反映的那个猪场已经搬走了，谢谢你们👍👍 给你们点个赞", intent="evaluate")
K("wechat", "我那个HB2026111900512 帮忙查一下进度呗[抱拳]", intent="status", case="HB2026111900512")

# ---- elderly (206–210)
K("elderly", "我是帮我奶奶打字的。奶奶叫罗桂兰，今年八十一了，家住湘阴县鹤龙湖镇光明村，她说村后面的养牛场牛粪到处堆，臭得她不敢开门。",
  P=pl("湘阴县"), kinds=["air", "solid_waste"], name="罗桂兰",
  ids=[("罗桂兰", "name", "petitioner"), ("鹤龙湖镇光明村", "address", "petitioner")])
K("elderly", "我老汉今年七十六了，从腊月初八那天起，对门的烘干塔日夜响，睡不着觉，心慌得很。安化县东坪镇。",
  P=pl("安化县"), kinds=["noise"])
K("elderly", "我不会用手机，有事打我儿子电话13862219047。我家在乐亭县汤家河镇，后面的养殖场臭了好几年了。",
  P=pl("乐亭县"), kinds=["air"],
  ids=[("13862219047", "phone", "third")])
K("elderly", "我叫冷秋菊，身份证360481 19480917 2027，老伴走了我一个人住，瑞昌市码头镇屋后头的石灰厂灰大得很，菜都种不成。",
  P=pl("瑞昌市"), kinds=["air"], name="冷秋菊", idn=ID3,
  ids=[("冷秋菊", "name", "petitioner"), ("360481 19480917 2027", "id", "petitioner")])
K("elderly", "我们老两口住在孟州市西虢镇，旁边砖窑一烧就冒黑烟，老伴的气管炎越来越重，请你们管管。",
  P=pl("孟州市"), kinds=["air"], aff=A("老两口", "person", 2, 2, 2))

# ---- plain (211–230)
K("plain", "被投诉了好几次的鸿泰陶瓷，这个月又开始夜里烧窑了，英德市浛洸镇一到晚上就是硫磺味。",
  P=pl("英德市"), polluter="鸿泰陶瓷", kinds=["air"])
K("plain", "桂平市西山镇小区旁边的工地，施工单位是永固建设，每天早上六点就开始打桩。",
  P=pl("桂平市"), polluter="永固建设", kinds=["noise"])
K("plain", "宜都市枝城镇那个厂我们都叫它臭厂，正名叫做海润生物科技，发酵罐一开全镇都是馊味。",
  P=pl("宜都市"), polluter="海润生物科技", kinds=["air"], aff=A("全镇", "town", 1, 1, 1))
K("plain", "肥城市老城街道由辉达物流承包的那个煤堆场没有任何遮盖，一刮风满街都是黑灰。",
  P=pl("肥城市"), polluter="辉达物流", kinds=["air"])
K("plain", "寿县正阳关镇厂区大门上写着“安泰环保科技”，其实里面在炼废机油，晚上烟特别大。",
  P=pl("寿县"), polluter="安泰环保科技", kinds=["air"])
K("plain", "建瓯市紧挨着高速出口的盛源沥青，搅拌站天天冒黑烟，整个下午都是沥青味。",
  P=pl("建瓯市"), polluter="盛源沥青", kinds=["air"])
K("plain", "延吉市开发区有两家厂，一家是做轮胎的，另一家叫德隆橡胶，德隆那家晚上排的烟最臭。",
  P=pl("延吉市"), polluter="德隆橡胶", kinds=["air"])
K("plain", "尚志市亚布力镇，从利民化工开出来的罐车在我们村口洗罐，洗罐水直接流进地里。",
  P=pl("尚志市"), polluter="利民化工", kinds=["water", "soil"])
K("plain", "我举报昌达，就是昌达再生资源回收公司，在高平市三甲镇露天拆解废旧电瓶，地上全是酸水。",
  P=pl("高平市"), polluter="昌达再生资源回收公司", kinds=["soil", "solid_waste"])
K("plain", "兴义市桔山街道兴发养殖场（老板跟村里关系好）的猪粪水直接往小河里排，河水发黑。",
  P=pl("兴义市"), polluter="兴发养殖场", kinds=["water"])
K("plain", "开远市那个叫做“绿之源”的有机肥厂，说是有机肥，其实就是鸡粪堆着发酵，方圆两公里都臭。",
  P=pl("开远市"), polluter="绿之源", kinds=["air"])
K("plain", "我们宏达食品的车间被隔壁鑫源铸造的烟熏得没法干活，二十来个工人天天戴口罩，地点在西昌市安宁镇。",
  P=pl("西昌市"), polluter="鑫源铸造", kinds=["air"], aff=A("二十来个工人", "person", 20, None, None))
K("plain", "通州区一个物流园里有人每天夜里烧木托盘和塑料，烟往我们小区飘。",
  P="?通州区", kinds=["air"])
K("plain", "和平区我们这栋楼三十二户，楼下新开的火锅店排烟口正对着单元门，楼道里全是油烟味。",
  P="?和平区", kinds=["air"], aff=A("三十二户", "household", 32, 32, 32))
K("plain", "沈阳和平区南湖公园边上那个网红酒吧每晚外放音乐到一点，七八户人家都去物业说过了。",
  P=pl("和平区", "沈阳市"), kinds=["noise"], ref=["公安", None], aff=A("七八户人家", "household", None, 7, 8))
K("plain", "在彬州市买的那家装修公司的“环保板材”，装完三个月屋里甲醛味还是刺鼻，找他们退款不理，板材肯定是假的。",
  P=pl("彬州市"), kinds=None, sub=None, ref=["市场监管"])
K("plain", "达拉特旗树林召镇的植保飞防队给邻村打药，药雾飘到我家大棚，黄瓜叶子一夜全卷了。",
  P=pl("达拉特旗"), kinds=["air", "soil"], ref=["农业农村", None])
K("plain", "伊宁市我家隔壁的馕坑改烧废轮胎了，黑烟呛人。我叫阿依努尔，电话13899415627，邻居孙志刚（13504419876）也可以作证。",
  P=pl("伊宁市"), kinds=["air"], name="阿依努尔", phone="13899415627",
  ids=[("阿依努尔", "name", "petitioner"), ("13899415627", "phone", "petitioner"), ("孙志刚", "name", "third"),
       ("13504419876", "phone", "third")])
K("plain", "乃东区昌珠镇路边的洗车点把泥水全排到雅砻河边的小溪里，溪水浑得跟泥汤一样。",
  P=pl("乃东区"), kinds=["water"])
K("plain", "儋州那大镇的一家砂场晚上偷采河砂，挖掘机轰隆隆响到天亮，河岸都被掏空了。",
  P="海南省/儋州市/-", kinds=["ecology", "noise"], ref=["水利", None])

W("cases-people.jsonl")
