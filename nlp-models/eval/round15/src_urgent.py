"""Round fifteen, urgent cases (Art 19): r15-001..045 a danger to life, r15-046..085 urgent without one.
Written blind (see README.md): labels decided by reading each text, before any run."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mk  # noqa: E402,F401  (puts ../ on the path)
from cases import A, C, W  # noqa: E402
from pl import pl  # noqa: E402

# ---- danger to life --------------------------------------------------------------------------------
C("r15-001", "urgent",
  "今天早上喝了村里那口老井的水，全家五口人都上吐下泻，现在都在镇卫生院挂水。井边上个月新开了个电镀作坊，水今天有股怪味。"
  "地点是河北省邢台市威县贺营镇。我叫郭瑞芳，电话15133207846。",
  name="郭瑞芳", phone="15133207846", P=pl("威县"), kinds=["water"], life=True,
  aff=A("五口人", "person", 5, 5, 5),
  ids=[("郭瑞芳", "name", "petitioner"), ("15133207846", "phone", "petitioner")])
C("r15-002", "speech",
  "喂 你好 我这边是 那个 江苏省盐城市响水县 陈家港 这边 化工园区 刚刚 嗯 砰的一声 一个厂子 炸了 玻璃全震碎了 天上全是黄烟 "
  "好多人往外跑 你们赶紧派人来啊",
  P=pl("响水县"), kinds=["air", "other"], life=True)
C("r15-003", "dialect-dongbei",
  "俺们屯子边上那个丰禾化肥厂今儿下午跑氨气了，一股子呛鼻子味儿，隔壁老爷子搁院里直接撂倒了，人事不省，这会儿120刚拉走。"
  "整个屯子的人都捂着鼻子往外跑呢，赶紧来人瞅瞅吧！黑龙江绥化市望奎县。",
  P=pl("望奎县"), polluter="丰禾化肥厂", kinds=["air"], life=True, aff=A("整个屯子", "village", 1, 1, 1))
C("r15-004", "typo",
  "紧急！！我们小区门口一辆装硫酸的灌车侧番了，酸液流的满地都是，冒白烟，有个路过的电动车司机被溅到腿上，现在疼的在地上打滚。"
  "地址江西省九江市濂溪区。",
  P=pl("濂溪区"), kinds=["soil", "air", "water", "other"], life=True)
C("r15-005", "dialect-yue",
  "喂，我哋条村后面个塑胶厂而家着咗火啊，啲黑烟好劲，成条村都系燶味，有几个阿婆喺屋企行唔郁，你哋快啲派人嚟啦！"
  "广东省江门市开平市赤坎镇。我姓关，电话13726458190。",
  name="关", phone="13726458190", P=pl("开平市"), kinds=["air", "other"], life=True,
  aff=A("几个阿婆", "person", None, 2, 9),
  ids=[("姓[关]", "name", "petitioner"), ("13726458190", "phone", "petitioner")])
C("r15-006", "elderly",
  "我今年七十三了，养了一辈子的鱼塘让上游纸厂的黑水全毁了，找了村里镇里没人理。我跟你们说，这个礼拜再没人来，"
  "我就喝了农药死在他厂门口。湖南省益阳市沅江市。刘长根",
  name="刘长根", P=pl("沅江市"), kinds=["water"], life=True, ids=[("刘长根", "name", "petitioner")])
C("r15-007", "dialect-chuanyu",
  "那个砂石场天天放炮震得我屋头墙都裂了，老子找他们老板好几回了，他还喊人来打我。今天晚上他再敢开工，"
  "老子就提起菜刀去跟他拼了，大不了同归于尽！四川省达州市渠县。",
  P=pl("渠县"), kinds=["noise", "ecology", "other"], life=True)
C("r15-008", "english",
  "Urgent: there is a strong chlorine smell coming from the water treatment chemicals depot next to our apartment block "
  "in Haidian District, Beijing. My wife and my neighbour's son are coughing badly and can't breathe properly, we called "
  "an ambulance. Please send someone now. — Daniel Okafor, +86 186 1042 7735",
  lang="en", name="Daniel Okafor", phone="18610427735", P=pl("海淀区"), kinds=["air"], life=True,
  ids=[("Daniel Okafor", "name", "petitioner"), ("+86 [186 1042 7735]", "phone", "petitioner")])
C("r15-009", "mixed",
  "救命啊，我们厂区隔壁的 warehouse 着火了，里面堆的都是 solvent 和油漆桶，火越烧越大，宿舍楼里还有工人在睡觉！浙江省宁波市北仑区。",
  P=pl("北仑区"), kinds=["air", "other"], life=True)
C("r15-010", "urgent",
  "刚才我儿子在学校打电话说，学校围墙外面有人在倒一桶一桶的东西，气味刺鼻，班上好几个同学都吐了，有一个晕过去了，老师叫了救护车。"
  "学校是云南省曲靖市陆良县三岔河镇中心小学。",
  P=pl("陆良县"), kinds=["air", "solid_waste"], life=True, aff=A("好几个同学", "person", None, 3, 9))
C("r15-011", "question",
  "污水处理厂的沼气池旁边有两个工人下去清淤，到现在都没上来，喊也不答应，是不是中毒了？你们能不能马上派人来？我在安徽省阜阳市颍上县。",
  P=pl("颍上县"), kinds=["air", "water", "other"], life=True, aff=A("两个工人", "person", 2, 2, 2))
C("r15-012", "wechat",
  "[语音转文字] 环保局吗 我们这边燃气管子被挖掘机挖断了 嘶嘶的往外喷 整条街都是煤气味 有个老太太已经晕在楼道里了 "
  "地址是山西省长治市潞州区英雄南路",
  P=pl("潞州区"), kinds=["air", "other"], life=True)
C("r15-013", "typo",
  "我们村的自来水今天早上放出来是兰色的，有股农要味，喝过的人好几个头晕呕吐，已经有三个送到县医院了。甘肃省天水市甘谷县。",
  P=pl("甘谷县"), kinds=["water"], life=True, aff=A("好几个", "person", None, 3, 9))
C("r15-014", "dialect-other",
  "俺庄东头那个小炼油厂今儿后晌冒了一股子黄烟，恁呛人，俺娘闻了一口就上不来气儿，嘴唇都发紫了，搁诊所输氧哩。"
  "恁们快点来管管吧！河南省周口市郸城县。",
  P=pl("郸城县"), kinds=["air"], life=True)
C("r15-015", "speech",
  "那个 我跟你说啊 就是 我们这个 河北 沧州 渤海新区 那个 港口 有个 储罐 正在 漏 那个 好像是 苯 反正 味道特别冲 工人都撤了 "
  "周边 村子里 还有人 头晕倒地的 你们 赶紧",
  P="河北省/沧州市/-", kinds=["air"], life=True)
C("r15-016", "dialect-minnan",
  "阮兜边仔彼间鞋厂今仔日火烧厝矣，烟足大，阮阿公困佇二楼走袂出来，恁紧来！福建省泉州市晋江市。",
  P=pl("晋江市"), kinds=["air", "other"], life=True)
C("r15-017", "long",
  "尊敬的领导：您好！我是贵州省黔南布依族苗族自治州都匀市墨冲镇的村民罗光明，有三件事反映。一、村后的磷化工厂渣场今年雨季一直往河里渗黄水；"
  "二、厂里夜间排放的废气很刺鼻；三、也是最急的：昨天半夜渣场挡墙垮了一截，黄泥水冲进下面的寨子，现在还在往下淌，坎下还住着六户人家，"
  "老人孩子都没撤出来，随时可能再垮。恳请立即派人。联系电话：139 8540 2267。罗光明 敬上 12月5日",
  name="罗光明", phone="13985402267", P=pl("都匀市"), kinds=["solid_waste", "water", "soil", "ecology"], life=True,
  aff=A("六户人家", "household", 6, 6, 6),
  ids=[("罗光明", "name", "petitioner"), ("139 8540 2267", "phone", "petitioner"), ("墨冲镇", "address", "petitioner")])
C("r15-018", "urgent",
  "城东垃圾填埋场刚刚发生爆燃，一声巨响后起了大火，填埋场旁边的棚户区已经有人被烧伤，火还在往民房那边蔓延。内蒙古自治区赤峰市松山区。",
  P=pl("松山区"), kinds=["solid_waste", "air", "other"], life=True)
C("r15-019", "urgent",
  "采石场今天中午放炮，飞石砸穿了我们家的屋顶，我婆婆头被砸破了正在流血，他们说下午还要接着炸。广西壮族自治区贵港市桂平市。"
  "我姓韦，手机18977541302",
  name="韦", phone="18977541302", P=pl("桂平市"), kinds=["ecology", "noise", "other"], life=True,
  ids=[("姓[韦]", "name", "petitioner"), ("18977541302", "phone", "petitioner")])
C("r15-020", "dialect-chuanyu",
  "我们这儿一个废品站在烧电线皮皮，烟子黑黢黢的，隔壁幼儿园的娃儿些咳得遭不住，有两个娃儿都吐了，老师喊救护车了。重庆市綦江区。",
  P=pl("綦江区"), kinds=["air"], life=True, aff=A("两个娃儿", "person", 2, 2, 2))
C("r15-021", "english",
  "Hello, a truck carrying liquid ammonia has overturned on the road outside our village near Shouguang, Shandong. A white "
  "cloud is drifting towards the houses and people are running away with wet towels over their faces. Two old people "
  "collapsed. Please help immediately.",
  lang="en", P=pl("寿光市"), kinds=["air"], life=True, aff=A("Two old people", "person", 2, 2, 2))
C("r15-022", "wechat",
  "我已经站在化工厂的楼顶上了，你们环保局三年都没把它关掉，今天不给个说法我就从这跳下去。吉林省吉林市龙潭区。",
  P=pl("龙潭区"), kinds=["air", "water", "other"], life=True)
C("r15-023", "typo",
  "我们镇上的自来水厂取水口上游有个农药厂，今天河里飘着一层白沫，镇上好多人喝了自来水以后肚子疼、拉肚子，我外婆己经昏迷送医院抢就了。"
  "湖北省荆州市监利市。",
  P=pl("监利市"), kinds=["water"], life=True)
C("r15-024", "speech",
  "喂喂 听得到吗 我是 东莞 长安镇 的 一个 厂里 那个 我们 车间 隔壁 那个 电镀厂 今天 那个 氰化物 好像 泄漏了 我们 车间 倒了 "
  "四五个 工人 现在 送医院了 我叫 黄 黄色的黄 黄志强 电话 幺三八 零二六九 四七七一",
  name="黄志强", phone="13802694771", P="广东省/东莞市/-", kinds=["air", "water"], life=True,
  aff=A("四五个", "person", None, 4, 5),
  ids=[("黄志强", "name", "petitioner"), ("幺三八 零二六九 四七七一", "phone", "petitioner")])
C("r15-025", "dialect-dongbei",
  "哎呀妈呀，俺家楼下那烧烤店后厨那液化气罐子呲呲漏气，一屋子味儿，老板也不管，楼上住着老些人呢，整不好要炸，快来人吧！辽宁省鞍山市铁东区。",
  P=pl("铁东区", "鞍山市"), kinds=["air", "other"], life=True)
C("r15-026", "urgent",
  "县人民医院旁边那家恒信化工下午排出一大股刺鼻的黄烟，飘进了住院部，好多病人喘不上气，护士在一间间关窗户，有个哮喘的老人已经在抢救了。"
  "青海省海东市民和回族土族自治县。",
  P=pl("民和回族土族自治县"), polluter="恒信化工", kinds=["air"], life=True)
C("r15-027", "urgent",
  "厂里雇了二三十个拿着钢管的社会人员堵在村口，我们村民也聚了一百多人，两边已经推搡起来了，马上要打起来，求求你们快来！"
  "事情是因为他们的尾矿往我们田里倒。湖南省郴州市临武县。",
  P=pl("临武县"), kinds=["solid_waste", "soil"], life=True, aff=A("一百多人", "person", None, 101, 199))
C("r15-028", "mixed",
  "Hi，我是住在 Pudong 的 expat，我们 compound 旁边的 factory 刚才 explode 了，very loud，windows 全碎了，有人受伤流血。"
  "上海市浦东新区。Please hurry!",
  P=pl("浦东新区"), kinds=["air", "other"], life=True)
C("r15-029", "urgent",
  "有人在废品收购站卖了一个铅罐子，收废品的老张把罐子撬开了，里面一个亮晶晶的小金属棒，他拿手上玩了半天，现在手上起大泡、一直呕吐，"
  "罐子上有个三叶的标志。陕西省咸阳市兴平市。",
  P=pl("兴平市"), kinds=["radiation"], life=True, ids=[("老[张]", "name", "third")])
C("r15-030", "question",
  "河对岸那个烟花爆竹厂的仓库现在正冒火苗，离我们村小学不到两百米，孩子们还在上课，要不要赶紧疏散？谁来管？江西省萍乡市上栗县。",
  P=pl("上栗县"), kinds=["air", "other"], life=True)
C("r15-031", "dialect-yue",
  "我哋屋企附近个污水井啱啱有个清洁工落咗去之后冇再上嚟，第二个落去救佢嘅都晕低咗，好大阵臭鸡蛋味，快啲嚟啊！广西南宁市青秀区。",
  P=pl("青秀区"), kinds=["air", "water", "other"], life=True)
C("r15-032", "elderly",
  "我是个老党员，今年八十了。我们村后山的采矿场尾矿库这几天下雨渗水渗得厉害，今早坝体开了一条大口子，泥浆往村里淌，村里还有三十多户没撤。"
  "我打了好几个电话没人接，请政府赶紧。云南省红河哈尼族彝族自治州个旧市。王德顺",
  name="王德顺", P=pl("个旧市"), kinds=["solid_waste", "water", "ecology", "soil"], life=True,
  aff=A("三十多户", "household", None, 31, 39), ids=[("王德顺", "name", "petitioner")])
C("r15-033", "plain",
  "文昌市一个小型化工仓库今天下午起火，火里有桶在一声一声地炸，周边几十户居民正在撤离，消防还没到。",
  P=pl("文昌市"), kinds=["air", "other"], life=True, aff=A("几十户", "household", None, 20, 99))
C("r15-034", "typo",
  "宁厦银川市西夏区有个橡胶厂正在着大火，黑烟把半个城都遮了，旁边宿舍楼还有人没出来，快打119吧",
  P=pl("西夏区"), kinds=["air", "other"], life=True)
C("r15-035", "english",
  "I work at a kindergarten in Lhasa (Chengguan District). Since 10 am there is a sharp burning smell from the asphalt "
  "plant across the road. Four children have vomited and one fainted; we are taking them to hospital. — Priya Nair, "
  "139 0891 5524",
  lang="en", name="Priya Nair", phone="13908915524", P=pl("城关区", "拉萨市"), kinds=["air"], life=True,
  aff=A("Four children", "person", 4, 4, 4),
  ids=[("Priya Nair", "name", "petitioner"), ("139 0891 5524", "phone", "petitioner")])
C("r15-036", "dialect-dongbei",
  "那养猪场的粪水都淌俺家炕沿底下了，找他八百回了还跟俺瞪眼。今儿俺把话撂这儿，明儿他再往外放，俺就拎汽油桶过去把他猪圈点了，"
  "谁拦都不好使！吉林省松原市前郭尔罗斯蒙古族自治县。",
  P=pl("前郭尔罗斯蒙古族自治县"), kinds=["water", "solid_waste", "soil", "air"], life=True)
C("r15-037", "wechat",
  "@环保局 刚才高速上一辆拉苯的槽罐车和货车追尾起火了，浓烟顺着风往我们镇上飘，大家都呛得眼泪直流，已经有人呼吸困难。"
  "位置：安徽省滁州市定远县炉桥镇附近",
  P=pl("定远县"), kinds=["air", "other"], life=True)
C("r15-038", "speech",
  "我 我实在是 没办法了 那个 采砂场 把我们家的 地 全挖塌了 找谁 都没用 我 现在 就在 河边上 我 不想活了 你们 再不来 我就 跳下去 "
  "四川 南充 嘉陵区",
  P=pl("嘉陵区"), kinds=["ecology", "soil", "water"], life=True)
C("r15-039", "urgent",
  "镇上新开的生物质锅炉房排烟口正对着我们的出租屋窗户，今晚两家人都头疼得厉害，一个小孩抽搐吐白沫了，已经打了120。西藏自治区日喀则市桑珠孜区。",
  P=pl("桑珠孜区"), kinds=["air"], life=True, aff=A("两家人", "household", 2, 2, 2))
C("r15-040", "question",
  "那个 农药厂 的 氯气罐 是不是漏了？我们 厂房 外面 一片 黄绿色的雾，好几个 工友 咳血了，应该打119还是找你们？"
  "新疆维吾尔自治区昌吉回族自治州玛纳斯县。",
  P=pl("玛纳斯县"), kinds=["air"], life=True, aff=A("好几个", "person", None, 3, 9))
C("r15-041", "dialect-wu",
  "阿拉弄堂里向有家小作坊，今朝下半天伊拉烧油漆桶，着火了，火老大额，楼上还有老人家困勒屋里向，侬快点叫人来！上海市黄浦区。",
  P=pl("黄浦区"), kinds=["air", "other"], life=True)
C("r15-042", "plain",
  "天津市滨海新区大港一个危化品堆场里的桶罐泄漏，流到旁边沟里起了化学反应，冒着黄烟，下风口的居民区已经有人晕倒，物业在广播让大家别出门。",
  P=pl("滨海新区"), kinds=["air", "soil", "water", "solid_waste"], life=True)
C("r15-043", "typo",
  "毫州市谯城区一个医药中间体厂刚才反应釜冲料了，一股刺鼻气味，厂里工人跑出来好几个都在吐，周边村民也头昏。",
  P=pl("谯城区"), kinds=["air"], life=True, aff=A("好几个", "person", None, 3, 9))
C("r15-044", "mixed",
  "我们 village 的 water supply 今天被 contaminated 了，自来水一开就是一股 diesel 的味道，我妈喝了半杯现在在 ER 洗胃。黑龙江省哈尔滨市阿城区。",
  P=pl("阿城区"), kinds=["water"], life=True)
C("r15-045", "long",
  "致市生态环境局：我们是山东省临沂市兰陵县下村乡的村民，就以下问题联名反映：1. 村西的炼焦厂常年冒黑烟；2. 运渣车夜间穿村，噪音扰民，"
  "道路损毁；3. 厂方拒不公开环评。村民情绪已经到了极点，有人扬言备好了汽油，谁要是再敢把渣车开进村就一起烧了，大家同归于尽。"
  "请务必在出事前介入！村民代表：孔繁荣 电话18653947120",
  name="孔繁荣", phone="18653947120", P=pl("兰陵县"), kinds=["air", "noise", "solid_waste"], life=True,
  ids=[("孔繁荣", "name", "petitioner"), ("18653947120", "phone", "petitioner"), ("下村乡", "address", "petitioner")])

# ---- urgent, no danger to life ---------------------------------------------------------------------
C("r15-046", "dialect-yue",
  "我承包嗰个鱼塘今朝成塘鱼都反晒肚，死晒啦，上游个永发漂染厂琴晚偷排咗啲红色嘅水落涌度。广东省佛山市顺德区均安镇。阿梁 13690428751",
  name="梁", phone="13690428751", P=pl("顺德区"), polluter="永发漂染厂", kinds=["water"], urgent=True,
  ids=[("阿[梁]", "name", "petitioner"), ("13690428751", "phone", "petitioner")])
C("r15-047", "speech",
  "嗯 我是 养鸡的 我们 那个 鸡场 旁边 那个 兴盛焦化厂 昨天晚上 冒了一晚上 的 烟 今天早上 起来 死了 三百多只 鸡 剩下的 也 蔫了 "
  "山西 吕梁 孝义市",
  P=pl("孝义市"), polluter="兴盛焦化厂", kinds=["air"], urgent=True)
C("r15-048", "typo",
  "村里刚给玉米地用无人机打了农药，我养的三十几箱蜜峰今天死的满地都是，蜂箱门口一层，问了打药的公司说跟他们没关系。黑龙江省牡丹江市宁安市。",
  P=pl("宁安市"), kinds=["ecology", "soil", "other"], ref=["农业农村", None], urgent=True)
C("r15-049", "dialect-other",
  "我们村的羊娃子喝了沟里的水，一下午倒了十几只，沟上头是个洗煤厂，水黑得跟墨汁一样。陕西省榆林市神木市。",
  P=pl("神木市"), kinds=["water"], urgent=True)
C("r15-050", "question",
  "养殖场的猪这两天接连死了四十多头，兽医说像是中毒，我们用的是井水，井就在造纸厂排污口下游两百米，是不是该查一查井水？河南省新乡市原阳县。",
  P=pl("原阳县"), kinds=["water"], urgent=True)
C("r15-051", "urgent",
  "镇上水厂的取水水库今天漂着一大片油花，上游有辆运油车掉进了库尾，全镇的自来水还在照常供，请马上通知停水。浙江省丽水市缙云县。",
  P=pl("缙云县"), kinds=["water"], urgent=True, aff=A("全镇", "town", 1, 1, 1))
C("r15-052", "dialect-chuanyu",
  "我们院坝头那口井今天早上打起来的水黢黑的，一股机油味，全院子十几家人都吃这口井的水。四川省眉山市仁寿县。",
  P=pl("仁寿县"), kinds=["water"], urgent=True, aff=A("十几家人", "household", None, 11, 19))
C("r15-053", "plain",
  "桂林市灵川县漓江边上一个工地的柴油罐破了，柴油正哗哗地往漓江里流，江面上的油带已经拖了几百米。",
  P=pl("灵川县"), kinds=["water"], urgent=True)
C("r15-054", "wechat",
  "主干污水管爆了！！粪水从井盖里往外冒，已经淌进了小区地下车库和菜市场，臭得不行，哪个部门管？湖南省长沙市雨花区",
  P=pl("雨花区"), kinds=["water"], ref=[None, "住建", "城管"], urgent=True)
C("r15-055", "plain",
  "村口垃圾池旁边有人扔了好几袋医疗垃圾，针头、输液管、带血的棉球撒了一地，放学的孩子天天从那经过，还有小孩捡输液管玩。河北省保定市涞水县。",
  P=pl("涞水县"), kinds=["solid_waste"], urgent=True)
C("r15-056", "dialect-dongbei",
  "俺们村道边上让人半夜卸下来二十来个大铁桶，桶都锈穿了，往外淌绿了吧唧的水，一股药味，离小学就隔一条道。辽宁省锦州市黑山县。",
  P=pl("黑山县"), kinds=["solid_waste", "soil"], urgent=True)
C("r15-057", "question",
  "为什么学校对面的沥青搅拌站上课时间一直在冒烟？现在整个教学楼都是沥青味，孩子们捂着鼻子上课，能不能马上让它停下来？我是重庆市合川区一所初中的老师。",
  P=pl("合川区"), kinds=["air"], urgent=True, aff=A("整个教学楼", "building", 1, 1, 1))
C("r15-058", "mixed",
  "幼儿园隔壁的工地在烧废轮胎，黑烟直接灌进教室，小朋友们都在咳嗽，老师已经关了窗，但味道还是很重。Location：江苏省苏州市吴江区。请立刻处理 ASAP！",
  P=pl("吴江区"), kinds=["air"], urgent=True)
C("r15-059", "urgent",
  "现在有两百来个村民堵在新建垃圾焚烧厂的门口，不让施工车进出，镇里的干部也到了，双方在对峙。福建省漳州市龙海区。",
  P=pl("龙海区"), kinds=["solid_waste", "air"], urgent=True, aff=A("两百来个村民", "person", 200, None, None))
C("r15-060", "dialect-other",
  "我们三个村的人商量好了，礼拜一一起到省环保厅去上访，稀土矿的废水把田都搞坏了，讲了好几年冒得人理。湖南省永州市江华瑶族自治县。",
  P=pl("江华瑶族自治县"), kinds=["water", "soil"], urgent=True, aff=A("三个村", "village", 3, 3, 3))
C("r15-061", "urgent",
  "今天上午开始，化工园区飘过来一股烂白菜味，我们小区好几个老人说头晕、恶心，我自己也胸口发闷，一直到现在都没散。江苏省南京市六合区。",
  P=pl("六合区"), kinds=["air"], urgent=True, aff=A("好几个老人", "person", None, 3, 9))
C("r15-062", "typo",
  "县城边的河水今天变成血红色，下游两公里就是县自来水厂的取水口，估计是上游联丰印染厂牌的，请赶快采样。浙江省绍兴市新昌县。",
  P=pl("新昌县"), polluter="联丰印染厂", kinds=["water"], urgent=True)
C("r15-063", "speech",
  "喂 你好 我在 那个 G 四五 高速 江西 赣州 信丰县 这边 有个 油罐车 翻沟里了 油 一直往 旁边的 小河里 流 现在 没人 管",
  P=pl("信丰县"), kinds=["water", "soil"], urgent=True)
C("r15-064", "plain",
  "包头市昆都仑区我们小区隔壁的废品站，从今天早上起一个印着电离辐射标志的黄色铁罐就敞着口扔在门口，小孩子上学都从旁边走，也没人知道是哪来的。",
  P=pl("昆都仑区"), kinds=["radiation"], urgent=True)
C("r15-065", "dialect-chuanyu",
  "搅拌站的车子天天压坏路，今天上午村头聚了几十号人，把路口堵起了，一个车都不准过，派出所都来了。四川省宜宾市南溪区。",
  P=pl("南溪区"), kinds=["air", "noise", "other"], urgent=True, aff=A("几十号人", "person", None, 20, 99))
C("r15-066", "dialect-wu",
  "阿拉屋里养额鸭子，今朝一早死脱交关，塘里向额水发臭发黑，隔壁厂里昨日夜里放过水。江苏省无锡市宜兴市。",
  P=pl("宜兴市"), kinds=["water"], urgent=True)
C("r15-067", "typo",
  "雎宁县王集镇的大沙河今天漂了一层死鱼，白花花的看不到头，河边还有股柴油味。",
  P=pl("睢宁县"), kinds=["water"], urgent=True)
C("r15-068", "long",
  "尊敬的生态环境局领导：我叫孟庆华，家住包头市东河区和平路7号院。反映三件事：第一，小区北边空地上这两天被倒了几百个装过废机油的塑料桶，"
  "桶里还有残油，天热往外渗，小孩们放学就在那捉迷藏；第二，附近速洁洗车行的污水直接排进雨水井；第三，晚上大货车鸣笛扰民。"
  "请尽快先处理第一件。手机：158 4721 0936",
  name="孟庆华", phone="15847210936", P=pl("东河区"), polluter="速洁洗车行", kinds=["solid_waste", "soil"], urgent=True,
  ids=[("孟庆华", "name", "petitioner"), ("158 4721 0936", "phone", "petitioner"), ("和平路7号院", "address", "petitioner")])
C("r15-069", "plain",
  "青铜峡市一家硅铁厂外的草滩上，牧民的羊这两天死了六十多只，剖开肚子全是黑的，牧民怀疑是厂里排的废渣水。",
  P=pl("青铜峡市"), kinds=["water", "soil", "solid_waste"], urgent=True)
C("r15-070", "english",
  "Around eighty residents of our compound in Chengdu's Wuhou District are gathering tomorrow morning to go to the "
  "municipal government together about the mobile-phone masts on our roof. Some are very angry.",
  lang="en", P=pl("武侯区"), kinds=["radiation"], urgent=True, aff=A("Around eighty residents", "person", 80, None, None))
C("r15-071", "wechat",
  "水库边上那个养猪场昨晚下大雨漫了，粪水全冲进水库里了，这个水库是我们全乡吃水的水源！！贵州省毕节市织金县",
  P=pl("织金县"), kinds=["water"], urgent=True, aff=A("全乡", "town", 1, 1, 1))
C("r15-072", "speech",
  "我是 那个 学生家长 孩子 学校 旁边 的 化工厂 今天 一直 在 排 那个 酸味 的 气 孩子 回来 说 眼睛 疼 上课 都 睁不开 眼 是 在 广西 柳州 柳江区",
  P=pl("柳江区"), kinds=["air"], urgent=True)
C("r15-073", "dialect-yue",
  "今日下昼开始，工业区嗰边传过嚟一阵好臭嘅胶味，我哋成栋楼好多人都头痛、喉咙痛，有几个街坊仲话想呕。广东省惠州市惠阳区。",
  P=pl("惠阳区"), kinds=["air"], urgent=True, aff=A("几个街坊", "person", None, 2, 9))
C("r15-074", "urgent",
  "矿山的尾矿库渗漏，灰白色的泥浆水从排洪沟流进了清水河，下游就是两个村的饮用水水源地。西藏自治区山南市措美县。",
  P=pl("措美县"), kinds=["water", "solid_waste"], urgent=True, aff=A("两个村", "village", 2, 2, 2))
C("r15-075", "elderly",
  "我今年七十多了，在湖边住了一辈子，没见过这样：今早湖边一溜都是死鱼死虾，翻着白肚皮，臭得人站不住。旁边新开了个电池回收的厂子。"
  "湖北省鄂州市梁子湖区。老余",
  name="余", P=pl("梁子湖区"), kinds=["water"], urgent=True, ids=[("老[余]", "name", "petitioner")])
C("r15-076", "question",
  "栾城鑫源化工有限公司的输酸管道是不是破了？从墙根底下往外冒黄水，顺着路边流进了稻田，冒着白气。谁能马上来看看？河北省石家庄市栾城区。",
  P=pl("栾城区"), polluter="栾城鑫源化工有限公司", kinds=["soil", "water"], urgent=True)
C("r15-077", "wechat",
  "现在小区门口已经聚了一百来号业主，拉着横幅不让变电站施工队进场，吵得很凶，物业叫了警察。海南省海口市琼山区",
  P=pl("琼山区"), kinds=["radiation", "other"], urgent=True, aff=A("一百来号业主", "person", 100, None, None))
C("r15-078", "typo",
  "我们小区的二次供水水厢里发现了死老鼠，水有异味，整个小区还在用这个水做饭。河南省洛阳市涧西区。",
  P=pl("涧西区"), kinds=["water"], ref=[None, "卫生健康", "住建"], urgent=True, aff=A("整个小区", "community", 1, 1, 1))
C("r15-079", "dialect-dongbei",
  "俺们这旮沓铁道边上一节拉柴油的罐车漏油了，哗哗往下淌，都流进边上的水泡子里了。黑龙江省大庆市让胡路区。",
  P=pl("让胡路区"), kinds=["water", "soil"], urgent=True)
C("r15-080", "plain",
  "我们牧场的牛昨晚到今天死了七头，都是喝了渠里的水以后倒下的，渠上游有个叫恒源皮革的厂在排水。新疆维吾尔自治区阿克苏地区阿瓦提县。",
  P=pl("阿瓦提县"), polluter="恒源皮革", kinds=["water"], urgent=True)
C("r15-081", "plain",
  "甘肃省兰州市西固区某中学东侧的化工装置今天上午放空，操场上正在上体育课的学生闻到一股臭鸡蛋味，学校临时把学生都赶回了教室。",
  P=pl("西固区"), kinds=["air"], urgent=True)
C("r15-082", "elderly",
  "我是村里的老人，腿脚不好跑不动，只能打电话。我们村五十多户人家吃的是山泉水，前几天山上开了个采石场，今天泉水池里全是浑浊的白泥浆，"
  "还有机油，老人们没水喝了。青海省西宁市湟中区。",
  P=pl("湟中区"), kinds=["water", "ecology"], urgent=True, aff=A("五十多户人家", "household", None, 51, 59))
C("r15-083", "urgent",
  "明天上午我们几个村准备一起开着拖拉机去把钢厂大门堵了，已经通知了各家各户，您们最好先来处理。山西省运城市河津市。",
  P=pl("河津市"), kinds=["air"], urgent=True, aff=A("几个村", "village", None, 2, 9))
C("r15-084", "typo",
  "加油站的地下油罐漏了，旁边好几户人家的压水井里都能压出汽油，味道很冲，现在还在用着。云南省昆名市呈贡区。",
  P=pl("呈贡区"), kinds=["water", "soil"], urgent=True, aff=A("好几户", "household", None, 3, 9))
C("r15-085", "dialect-minnan",
  "阮厝后壁彼口鱼池，今仔日规池的鱼攏死了了，浮规片，水臭臭，边仔工厂昨暗有放水。福建省漳州市长泰区。",
  P=pl("长泰区"), kinds=["water"], urgent=True)

W("cases-urgent.jsonl")
