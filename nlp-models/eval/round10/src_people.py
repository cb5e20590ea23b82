"""Round ten, letters, English, mixed, WeChat, elderly and plain reports (r10-172–r10-226), labelled by hand."""
from mk import A, C, W
from pl import pl, idn

LG = "long"
C("r10-172", LG, "尊敬的领导：您好！我是句容市下蜀镇桥头村村民，现将我村存在的问题反映如下：一、村西头的恒泰建材有限公司每天夜里生产，"
  "破碎机噪声很大，全村老少都睡不好；二、该公司的粉尘把周边二十多亩麦子都盖了一层灰；三、厂里的洗料废水直接排进村里的池塘，池塘里的水发臭。"
  "恳请领导派人调查处理。此致 敬礼！反映人：蒋德胜 电话：13852917406 住址：句容市下蜀镇桥头村五组18号 2026年12月3日",
  P=pl("句容市"), kinds=["noise", "air", "water"], polluter="恒泰建材有限公司", name="蒋德胜", phone="13852917406",
  aff=A("全村老少", "village", 1, 1, 1),
  ids=[("蒋德胜", "name", "petitioner"), ("13852917406", "phone", "petitioner"),
       ("住址：[句容市下蜀镇桥头村五组18号]", "address", "petitioner"), ("我是句容市[下蜀镇桥头村]村民", "address", "petitioner")])
C("r10-173", LG, "丹阳市纪委、生态环境局：我实名举报我们镇分管环保的副镇长，他长期收受开发区宏业电镀厂老板的好处，每次检查前都给厂里通风报信，"
  "这家厂常年夜里偷排含铬废水，下游的沟渠都是黄绿色。我有照片和录音为证。请对我的身份严格保密。举报人：卞立群 13962038715",
  P=pl("丹阳市"), kinds=["water"], cat="检举控告", ref=["纪检监察", None], conf=True, polluter="宏业电镀厂",
  name="卞立群", phone="13962038715", ids=[("卞立群", "name", "petitioner"), ("13962038715", "phone", "petitioner")])
C("r10-174", LG, "各位领导：我是一名退休教师，今年七十一岁，住在溧阳市天目湖镇桂林村。去年5月我就反映过村口那个采石场的问题（当时的编号是HB2025051400734），"
  "后来停了两个月又开了。现在每天放炮，震得我家墙都裂了，粉尘也大，矿区的泥水冲到下面的茶园里，茶叶都没法卖。希望这次能真正解决。"
  "退休教师 史国华 敬上 手机15952613804",
  P=pl("溧阳市"), kinds=["noise", "air"], case="HB2025051400734", name="史国华", phone="15952613804",
  ids=[("史国华", "name", "petitioner"), ("15952613804", "phone", "petitioner"),
       ("住在溧阳市[天目湖镇桂林村]", "address", "petitioner")])
C("r10-175", LG, "领导你们好，我在金坛区一家叫华晟新材料的厂里上班，有几件事必须说：1. 车间的废气没有处理就从窗户排出去，我们二十几个工人天天闻着；"
  "2. 晚上厂里偷偷把废液倒进厂后面的河；3. 厂里已经拖欠我们三个月工资了。我不敢留名字，怕被开除。",
  P=pl("金坛区"), kinds=["water", "air"], polluter="华晟新材料", ref=["人社", None],
  aff=A("二十几个工人", "person", None, 21, 29))
C("r10-176", LG, "紧急情况！我是德清县一所小学的老师，学校东边那家化工厂十分钟前开始排一股白烟，现在教室里全是刺激性气味，已经有六个学生呕吐，"
  "一个晕倒了，我们正在把学生往操场西边疏散，请马上派人来！王敏 18767230951",
  P=pl("德清县"), kinds=["air"], life=True, name="王敏", phone="18767230951", aff=A("六个学生", "person", 6, 6, 6),
  ids=[("王敏", "name", "petitioner"), ("18767230951", "phone", "petitioner")])
C("r10-177", LG, "关于加强长兴县蓄电池企业周边土壤监测的几点建议：一、建议每年公布企业周边农田的铅镉检测结果；二、建议对停产企业的旧厂址做土壤修复后再开发；"
  "三、建议设立群众可以参与的监督员制度。以上建议供参考。建议人：钮建平",
  P=pl("长兴县"), kinds=["soil"], cat="建议意见", name="钮建平", ids=[("钮建平", "name", "petitioner")])
C("r10-178", LG, "安吉县生态环境分局：我家离村里的养殖场只有五十来米，猪粪的臭味一年四季都有，夏天根本不能开窗，孩子经常过敏。我已经反映过多次，"
  "现在要求政府协调把我们家搬走，或者让养殖场搬走。申请人：郎秀英，身份证号330523198305214419，电话13575261198。",
  P=pl("安吉县"), kinds=["air"], sub=4, name="郎秀英", idn="330523198305214419", phone="13575261198",
  ids=[("郎秀英", "name", "petitioner"), ("330523198305214419", "id", "petitioner"), ("13575261198", "phone", "petitioner")])
C("r10-179", LG, "反映苍南县灵溪镇横河的问题：这条河以前能洗衣服，这两年两岸的小作坊越来越多，废水都往河里排，河水发黑发臭，夏天臭得窗户都不能开。"
  "另外河边的垃圾也没人清。我们这一排的十二户人家联名反映，盼复。联名人：林小燕、林德福",
  P=pl("苍南县"), kinds=["water"], name="林小燕", aff=A("十二户人家", "household", 12, 12, 12),
  ids=[("林小燕", "name", "petitioner"), ("林德福", "name", "third")])

EN = "english"
C("r10-180", EN, "Hello, there's a factory next to our compound on Jinfeng Road in Minhang, Shanghai that runs its generators all night. "
  "The noise is unbearable and my kids can't sleep. My name is Laura Becker, phone 186 2187 3345.",
  P=pl("闵行区"), kinds=["noise"], lang="en", name="Laura Becker", phone="18621873345",
  ids=[("Laura Becker", "name", "petitioner"), ("186 2187 3345", "phone", "petitioner")])
C("r10-181", EN, "URGENT: a chemical tanker has crashed on the road near Yantian, Shenzhen, and a yellow gas is drifting into the village. "
  "Two people passed out at the bus stop. Please send help now!",
  P=pl("盐田区"), kinds=["air"], lang="en", life=True, aff=A("Two people", "person", 2, 2, 2))
C("r10-182", EN, "I live in the Chengdu High-tech Zone. The hotpot restaurant downstairs vents its oily exhaust right under our windows, "
  "and the whole building smells of chili oil all day. Who can I complain to?",
  P="四川省/成都市/-", kinds=["air"], lang="en", ref=["城管", None])
C("r10-183", EN, "Hi, I submitted a complaint last week, reference number HB2026112600781. Could you tell me how it is going?",
  intent="status", lang="en", case="HB2026112600781")
C("r10-184", EN, "A company called BrightWave Plastics in Kunshan burns plastic scraps behind its workshop every night. "
  "The smoke is black and smells like burning tyres.",
  P=pl("昆山市"), kinds=["air"], lang="en", polluter="BrightWave Plastics")
C("r10-185", EN, "They just put up a big 5G antenna on the roof of my building in Longhua District, Haikou. "
  "I'm worried about the radiation for my newborn baby. Can someone come and measure it?",
  P=pl("龙华区", "海口市"), kinds=["radiation"], lang="en")
C("r10-186", EN, "Hello? Is anyone there?", intent="greeting", lang="en")
C("r10-187", EN, "The river behind our apartment in Caidian, Wuhan is covered with dead fish this morning, thousands of them, "
  "and the water smells of chemicals.",
  P=pl("蔡甸区"), kinds=["water"], lang="en", urgent=True)

MX = "mixed"
C("r10-188", MX, "我住在厦门海沧区，楼下那个factory每天night shift，机器noise很大，please help！我是Tom黄，电话13959268840",
  P=pl("海沧区"), kinds=["noise"], name="Tom黄", phone="13959268840",
  ids=[("Tom黄", "name", "petitioner"), ("13959268840", "phone", "petitioner")])
C("r10-189", MX, "隔壁那家GreenTech Coatings的喷漆房smell太重了，我们office的人下午都headache，地址在苏州吴中区。",
  P=pl("吴中区"), kinds=["air"], polluter="GreenTech Coatings")
C("r10-190", MX, "Hi 你好，我想check一下我的case HB2026090200215有没有update？", intent="status", case="HB2026090200215")
C("r10-191", MX, "Help!! 天津和平区我们building楼下gas leak了，味道很重，一个old lady已经faint了！！",
  P=pl("和平区", "天津市"), kinds=["air"], life=True)

WC = "wechat"
C("r10-192", WC, "在吗在吗[呲牙]", intent="greeting")
C("r10-193", WC, "[图片][图片] 看看这个烟囱 黑成啥样了😡😡 德化县浔中镇 做陶瓷的 叫瑞德瓷业",
  P=pl("德化县"), kinds=["air"], polluter="瑞德瓷业")
C("r10-194", WC, "[视频] 刚拍的！！长汀县河田镇那个稀土厂的池子漫出来了 水都流到河里了 河里的鱼都在翻白😱😱",
  P=pl("长汀县"), kinds=["water"], urgent=True)
C("r10-195", WC, "楼下烧烤店天天烟熏火燎🔥 霞浦县松城街道 我家二楼 窗户都不敢开 电话15880632217 小叶",
  P=pl("霞浦县"), kinds=["air"], ref=["城管", None], name="叶", phone="15880632217",
  ids=[("15880632217", "phone", "petitioner"), ("小[叶]", "name", "petitioner")])
C("r10-196", WC, "谢谢你们！！上次说的那个猪场已经停了👍👍👍", intent="evaluate")
C("r10-197", WC, "古田县 食用菌厂 菌渣 堆路边 发臭 [语音] 我打字慢 就这些 你们看着办吧", P=pl("古田县"), kinds=["solid_waste", "air"])
C("r10-198", WC, "救命🆘🆘 福安市赛岐镇 电机厂车间起火了 烟好大 我在三楼下不去了 楼梯全是烟", P=pl("福安市"), kinds=["air", "other"], life=True)
C("r10-199", WC, "@环保 麻烦看下 武夷山市星村镇 有茶厂烧木柴烘茶 烟雾弥漫 游客都在抱怨 我是开民宿的 姓钟",
  P=pl("武夷山市"), kinds=["air"], name="钟", ids=[("姓[钟]", "name", "petitioner")])
C("r10-200", WC, "我们小区群里都在说 漳浦县旧镇那个养鲍鱼的排水 海边臭得要死[捂脸][捂脸] 我代表业主群二百来户反映一下",
  P=pl("漳浦县"), kinds=["water", "air"], aff=A("二百来户", "household", 200, None, None))

EL = "elderly"
C("r10-201", EL, "我今年八十二了，眼睛不好，让孙女帮我打的字。我住在惠安县螺城镇东园村，屋后那个石材厂天天锯石头，响得我心慌，灰也大。黄阿婆",
  P=pl("惠安县"), kinds=["noise", "air"], name="黄",
  ids=[("[黄]阿婆", "name", "petitioner"), ("我住在惠安县[螺城镇东园村]", "address", "petitioner")])
C("r10-202", EL, "政府同志：我是老党员，今年七十六岁，住阳春市春城街道。附近那个水泥厂的粉尘落得屋顶上一层，我老伴的哮喘越来越重。"
  "我儿子电话13725611840，有事找他。老莫",
  P=pl("阳春市"), kinds=["air"], name="莫",
  ids=[("老[莫]", "name", "petitioner"), ("13725611840", "phone", "third"), ("住阳春市[春城街道]", "address", "petitioner")])
C("r10-203", EL, "我老了，身子骨不行了，化州市那个砖厂的烟呛得我喘不上气，晚上咳一宿，医生说是老慢支，能不能叫它别再冒烟了。",
  P=pl("化州市"), kinds=["air"])
C("r10-204", EL, "我叫谢桂英，今年七十四岁，身份证号码440882195203116429。雷州市我们村边上的虾塘换水的时候，臭水都排到我家菜地旁边的沟里，菜都烂根了。",
  P=pl("雷州市"), kinds=["water", "soil"], name="谢桂英", idn="440882195203116429",
  ids=[("谢桂英", "name", "petitioner"), ("440882195203116429", "id", "petitioner")])
C("r10-205", EL, "我是英德市浛洸镇的黎伯，七十多岁了，不会写字，请人帮我写。村后山上那个采石场每天放炮，我家的老房子梁都震歪了，晚上睡觉都不安心。",
  P=pl("英德市"), kinds=["noise", "ecology"], name="黎", ids=[("[黎]伯", "name", "petitioner")])

PL = "plain"
C("r10-206", PL, "举报连州市一家叫金源铅锌选矿厂的企业，把尾矿渣直接倒进山下的小河，河水都成了灰白色。",
  P=pl("连州市"), kinds=["water", "solid_waste"], polluter="金源铅锌选矿厂")
C("r10-207", PL, "我是在公主岭开饭店的，对面的恒发塑胶厂一直冒黑烟，客人都不愿意来了。请替我保密，不然以后没法在这儿做生意。",
  P=pl("公主岭市"), kinds=["air"], polluter="恒发塑胶厂", conf=True)
C("r10-208", PL, "青山区钢厂附近这一片，夜里总是一股硫磺味，闻着嗓子发紧，请查一下是谁在排。", P="?青山区", kinds=["air"])
C("r10-209", PL, "城中区一家商场的空调外机正对着我们的卧室，嗡嗡响到半夜。", P="?城中区", kinds=["noise"])
C("r10-210", PL, "连云港海州区新浦这边一个垃圾中转站，垃圾堆了好几天没清运，渗出来的黑水流到人行道上。",
  P=pl("海州区", "连云港市"), kinds=["solid_waste"])
C("r10-211", PL, "永定区有个采石场，运石头的车把路压坏了，灰尘飞扬，附近的果树都蒙了一层灰。", P="?永定区", kinds=["air"])
C("r10-212", PL, "张家界永定区天门山脚下好几家民宿的污水直接排进澧水的支流，水面上漂着泡沫。",
  P=pl("永定区", "张家界市"), kinds=["water"])
C("r10-213", PL, "我在弥勒市买的空气净化器，说能除甲醛，用了两个月检测一点没降，商家不给退也不给换，你们能不能管管。",
  P=pl("弥勒市"), kinds=[], ref=["市场监管"], sub=None)
C("r10-214", PL, "景洪市法院去年就判了曼弄橡胶加工厂赔我们鱼塘的损失，到现在一分钱没给，厂子还在往河里排胶水。",
  P=pl("景洪市"), kinds=["water"], polluter="曼弄橡胶加工厂", ref=["法院", None], sub=None)
C("r10-215", PL, "我叫杨春来，这个请匿名处理。腾冲市有个硅厂，冒的烟是黄的，附近的茶叶都长不好了。",
  P=pl("腾冲市"), kinds=["air"], name="杨春来", ids=[("杨春来", "name", "petitioner")])
C("r10-216", PL, "山南乃东区雅砻河边有个叫宏远砂石的料场，把河道挖得乱七八糟，洗砂的泥水直接排进河里。",
  P=pl("乃东区"), kinds=["ecology", "water"], polluter="宏远砂石", ref=["水利", None])
C("r10-217", PL, "芒市有家甘蔗糖厂榨季一到就往南宛河排废水，河水又酸又臭。电话18988321764 岩温",
  P=pl("芒市"), kinds=["water"], name="岩温", phone="18988321764",
  ids=[("18988321764", "phone", "petitioner"), ("岩温", "name", "petitioner")])
C("r10-218", PL, "安宁市太平新城我们小区六百多户，被旁边工业园的臭味熏了一整年，到底是哪个厂排的，能不能给个说法。",
  P=pl("安宁市"), kinds=["air"], aff=A("六百多户", "household", None, 601, 699))
C("r10-219", PL, "沙县区小吃街的油烟直接从店后面排到居民楼，楼上的墙都是黑的。", P=pl("沙县区"), kinds=["air"], ref=["城管", None])
C("r10-220", PL, "我是庞阿姨，住在冷水江市锡矿山街道，附近的锑矿渣堆在河边，下雨就冲到河里，河边的菜地都种不活了。",
  P=pl("冷水江市"), kinds=["soil", "water", "solid_waste"], name="庞",
  ids=[("[庞]阿姨", "name", "petitioner"), ("住在冷水江市[锡矿山街道]", "address", "petitioner")])
C("r10-221", PL, "肇东市昌五镇一个酒精厂的糟液排到路边的沟里，又酸又臭。电话是一五三七三八零二六四一，姓伍。",
  P=pl("肇东市"), kinds=["water", "air"], name="伍", phone="15373802641",
  ids=[("一五三七三八零二六四一", "phone", "petitioner"), ("姓[伍]", "name", "petitioner")])
C("r10-222", PL, "中宁县一个枸杞烘干厂的洗果废水都排到渠里，水又黑又臭，下游的地还用这个水浇。", P=pl("中宁县"), kinds=["water"])
C("r10-223", PL, "奎屯市北边那个化工厂晚上排的气有股氨水味。我叫艾力，身份证 654003 19790818 2031，电话13899661275。",
  P=pl("奎屯市"), kinds=["air"], name="艾力", idn="654003197908182031", phone="13899661275",
  ids=[("艾力", "name", "petitioner"), ("654003 19790818 2031", "id", "petitioner"), ("13899661275", "phone", "petitioner")])
C("r10-224", PL, "瓦房店市有人往我们村的农田里倒工业污泥，黑乎乎的，一股臭味，地里的玉米苗全黄了。",
  P=pl("瓦房店市"), kinds=["soil", "solid_waste"])
C("r10-225", PL, "安达市有人往城边的大泡子里倒建筑垃圾填湿地，准备盖房子，水鸟都没了，还一股臭味。",
  P=pl("安达市"), kinds=["ecology", "solid_waste"])
C("r10-226", PL, "我姓姜，替邻居于大海反映，他不识字。庄河市青堆镇他家后面的海参养殖池换水，把臭泥排在路边，电话是他的13940871652。",
  P=pl("庄河市"), kinds=["water", "solid_waste"], name="姜",
  ids=[("姓[姜]", "name", "petitioner"), ("于大海", "name", "third"), ("13940871652", "phone", "third")])

W("cases-people.jsonl")
