"""Round eleven, letters, English and mixed text, WeChat, elderly writers, plain reports with named polluters
(r11-172–r11-226). Labels by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from mk import A, C, W  # noqa: E402
from pl import pl, idn  # noqa: E402,F401

# ---- long letters ----
G = "long"
C("r11-172", G, "尊敬的领导：您好！我是湘潭县易俗河镇的一名普通居民，写信反映三件事。一、镇东头的昌隆化工厂每天傍晚排放刺鼻气体，"
  "附近居民普遍反映头痛；二、该厂的运输车辆夜间进出，噪声扰民；三、厂区外的排水沟常年流出黄色污水，最后进了涓水。恳请派人调查处理。"
  "此致 敬礼！ 反映人：谭桂芳 电话：15873206418 住址：易俗河镇金霞路17号 2026年11月28日",
  name="谭桂芳", phone="15873206418", P=pl("湘潭县"), polluter="昌隆化工厂", kinds=["air", "noise", "water"],
  ids=[("谭桂芳", "name", "petitioner"), ("15873206418", "phone", "petitioner"), ("易俗河镇金霞路17号", "address", "petitioner")])
ID172 = idn("34088119620415283")
C("r11-173", G, "关于要求搬迁的申请。我们是桐城市孔城镇老街村的村民，村子正好夹在两家铸造厂中间，二十多年来粉尘、噪声从来没断过，"
  "村里四十三户人家几次联名，都没有结果。现在我们不再要求整改，只要求政府按规定把我们整体搬迁出去。申请人：方秀兰，身份证号"
  f"{ID172}，家住孔城镇老街村五组，联系电话13956871204。",
  name="方秀兰", phone="13956871204", idn=ID172, P=pl("桐城市"), kinds=["air", "noise"], sub=4,
  aff=A("四十三户人家", "household", 43, 43, 43),
  ids=[("方秀兰", "name", "petitioner"), (ID172, "id", "petitioner"), ("孔城镇老街村五组", "address", "petitioner"),
       ("13956871204", "phone", "petitioner")])
C("r11-174", G, "我要实名检举瓦房店市复州城镇分管环保的副镇长。去年以来，镇上的鑫海石料厂无证开采、粉尘漫天，群众多次反映，"
  "该副镇长每次都提前通风报信，检查组一来厂子就停工，人一走又开工。我听厂里的人说他在厂里有干股。请纪委和环保部门一并调查，"
  "并为我保密。检举人：于振江，13804112976。",
  name="于振江", phone="13804112976", P=pl("瓦房店市"), polluter="鑫海石料厂", kinds=["air", "ecology"],
  cat="检举控告", ref=["纪检监察", None], conf=True,
  ids=[("于振江", "name", "petitioner"), ("13804112976", "phone", "petitioner")])
C("r11-175", G, "您好，我是东坡区太和镇的退休教师，姓龚。2025年我反映过镇上一家木材加工厂的烘干废气，当时的受理编号是HB2025061800427，"
  "后来那家厂装了设备，好了半年。可从今年九月开始，他们晚上又把设备关了，味道比以前还大。请你们把这个老问题重新查一查，"
  "不要再让他们应付了。龚老师 18982137765",
  name="龚", phone="18982137765", P=pl("东坡区"), kinds=["air"], case="HB2025061800427",
  ids=[("姓[龚]", "name", "petitioner"), ("[龚]老师", "name", "petitioner"), ("18982137765", "phone", "petitioner")])
C("r11-176", G, "紧急情况报告：我是涟源市桥头河镇中心小学的班主任杨文斌。今天上午第三节课，学校南面的炼焦作坊突然冒出大量黄烟，"
  "风正好往学校吹，我们班已经有五个学生头晕呕吐，一个女生晕倒，现在全校正往北边的操场疏散，请立刻派人来处置！电话13707385529。",
  name="杨文斌", phone="13707385529", P=pl("涟源市"), kinds=["air"], life=True, aff=A("五个学生", "person", 5, 5, 5),
  ids=[("杨文斌", "name", "petitioner"), ("13707385529", "phone", "petitioner")])
C("r11-177", G, "关于城区河道管理的几点建议：一、浏阳河城区段两岸的雨水口应当定期清淤，避免初雨时污水直排；二、建议在河边增设垃圾分类收集点；"
  "三、建议每季度公开一次河道水质监测数据，方便市民监督。以上建议供参考。浏阳市集里街道居民 黎志远",
  name="黎志远", P=pl("浏阳市"), kinds=["water"], cat="建议意见", sub=None,
  ids=[("集里街道", "address", "petitioner"), ("黎志远", "name", "petitioner")])
C("r11-178", G, "领导好，我们是鼎城区灌溪镇的两户养殖户。我们的鱼塘挨着一家叫润丰饲料的厂，他们去年赔过一次钱，答应不再排水，"
  "可这两个月又开始往塘边的沟里放水，今年的鱼苗长不大，还死了一些。另外，这家厂拖欠我儿子三个月工资，也请一并过问。"
  "反映人：饶德明、饶德亮 电话：13574261390",
  name="饶德明", phone="13574261390", P=pl("鼎城区"), polluter="润丰饲料", kinds=["water"], ref=["人社", None],
  ids=[("饶德明", "name", "petitioner"), ("饶德亮", "name", "third"), ("13574261390", "phone", "petitioner")])
C("r11-179", G, "致市生态环境局：本人系应城市长江埠街道居民。长江埠盐化工业园区的企业近年扩产，夜间排放的白色烟雾带有氯味，"
  "园区下风向的几个小区居民都有咳嗽、流泪的情况，虽不严重，但持续时间长。另外园区的危废暂存库就在路边，门常开着。"
  "恳请：1. 公布园区企业的在线监测数据；2. 检查危废库管理；3. 夜间加密巡查。此致 敬礼。居民 孔令华 敬上",
  name="孔令华", P=pl("应城市"), kinds=["air", "solid_waste"], aff=A("几个小区", "community", None, 2, 9),
  ids=[("孔令华", "name", "petitioner")])

# ---- English ----
E = "english"
C("r11-180", E, "Hello, I'm a teacher living in Jiading District, Shanghai. A metal finishing workshop behind our compound on "
  "Baoan Road runs its grinders until 2 a.m. The noise is unbearable and my kids can't sleep. Could someone check it? — Daniel Hughes",
  name="Daniel Hughes", P=pl("嘉定区", "上海市"), kinds=["noise"], lang="en", ids=[("Daniel Hughes", "name", "petitioner")])
C("r11-181", E, "URGENT: there is a fire at a paint warehouse in Shunyi District, Beijing, right next to the international school on "
  "our street. Thick black smoke is blowing into the classrooms and the children are still inside. Please send help now!",
  P=pl("顺义区", "北京市"), kinds=["air", "other"], lang="en", life=True)
C("r11-182", E, "I run a guesthouse in Yangshuo. Since last week a factory called Bluewater Chemicals upstream has been releasing "
  "foamy water into the Yulong River. Guests are complaining about the smell. My number is 13977345120. Thanks, Sophie Laurent.",
  name="Sophie Laurent", phone="13977345120", P=pl("阳朔县"), polluter="Bluewater Chemicals", kinds=["water"], lang="en",
  ids=[("Sophie Laurent", "name", "petitioner"), ("13977345120", "phone", "petitioner")])
C("r11-183", E, "Hi, dozens of dead fish are floating in the canal by our apartment in Haining, Zhejiang, and more keep surfacing "
  "this morning. The water has turned reddish brown. Is anyone coming?",
  P=pl("海宁市"), kinds=["water", "ecology"], lang="en", urgent=True)
C("r11-184", E, "Could you tell me the status of my complaint HB2026111300562? I filed it two weeks ago about dust from a quarry. "
  "Regards, Priya Nair",
  intent="status", case="HB2026111300562", name="Priya Nair", lang="en", ids=[("Priya Nair", "name", "petitioner")])
C("r11-185", E, "What are the legal limits for construction noise at night in China? I just want to know before I file anything.",
  intent="info", lang="en")
C("r11-186", E, "The pig farm outside Wuming, Nanning, has been spreading manure on the fields next to the village school. "
  "The smell is awful most afternoons, though nobody has got sick. I'd like an inspection. Mark Olsen, +86 139 7713 8842",
  name="Mark Olsen", phone="13977138842", P=pl("武鸣区"), kinds=["air", "soil"], lang="en",
  ids=[("Mark Olsen", "name", "petitioner"), ("+86 [139 7713 8842]", "phone", "petitioner")])
C("r11-187", E, "Years ago there was a chemical explosion near Zhangjiagang, I read about it online. Is the industrial park in "
  "Binhai New Area, Tianjin, safe now? We are thinking of renting a flat nearby.",
  intent="info", lang="en")

# ---- mixed ----
M = "mixed"
C("r11-188", M, "我是Kelly杜，住在浦东新区张江，小区对面HXT新材料的厂房每天下午排一股塑料烧焦的味道，super strong，能不能来测一下？",
  name="Kelly杜", P=pl("浦东新区", "上海市"), polluter="HXT新材料", kinds=["air"],
  ids=[("Kelly杜", "name", "petitioner")])
C("r11-189", M, "Emergency！！合川区草街街道那个chemical plant刚刚爆了，fire很大，还有workers在里面，快来！！",
  P=pl("合川区", "重庆市"), kinds=["air", "other"], life=True)
C("r11-190", M, "hi 我们公司在余姚市，隔壁一家叫Sunrise Plastics的工厂每天晚上排黑烟，office里都是味道，请check一下，thanks",
  P=pl("余姚市"), polluter="Sunrise Plastics", kinds=["air"])
C("r11-191", M, "我是Jason，湘潭县? 不是，是岳阳县荣家湾镇，这边的河最近变成greenish，好像是上游的造纸厂，可以来取个sample吗",
  name="Jason", P=pl("岳阳县"), kinds=["water"], ids=[("Jason", "name", "petitioner")])

# ---- WeChat ----
WC = "wechat"
C("r11-192", WC, "在吗", intent="greeting")
C("r11-193", WC, "[图片][图片] 你们看 瑞安市塘下镇这个厂又在排了 水都是红的😡",
  P=pl("瑞安市"), kinds=["water"])
C("r11-194", WC, "诸暨市店口镇 有个厂房着火了🔥🔥 黑烟好大 还有人在里面没出来 快！",
  P=pl("诸暨市"), kinds=["air", "other"], life=True)
C("r11-195", WC, "谢谢你们！昨天来人把那个臭水沟处理了 现在好多了👍",
  intent="evaluate")
C("r11-196", WC, "平湖市新埭镇 养鸭的又往河里扔死鸭子了 [视频] 臭哄哄的🤮",
  P=pl("平湖市"), kinds=["water", "solid_waste"])
C("r11-197", WC, "萧县 龙城镇 自来水一股农药味 全楼都在问 能喝吗😰",
  P=pl("萧县"), kinds=["water"], urgent=True, aff=A("全楼", "building", 1, 1, 1))
C("r11-198", WC, "钟祥市 郢中街道 那个KTV天天唱到两点 [语音] 你们听听 就这个动静",
  P=pl("钟祥市"), kinds=["noise"], ref=["公安", None])
C("r11-199", WC, "荥阳 豫龙镇 搅拌站 灰太大了 车一过啥都看不见 😷😷",
  P=pl("荥阳市"), kinds=["air"])
C("r11-200", WC, "上次说的那件事 查得咋样了 编号HB2026112100087",
  intent="status", case="HB2026112100087")

# ---- elderly ----
O = "elderly"
C("r11-201", O, "我今年七十九了，眼睛不好，是孙女帮我打的字。我住在灵宝市阳平镇，村后头那个选金厂的尾矿库，风一吹沙子往村里跑，"
  "我这气管炎一年比一年重。有事打我儿子电话13837985610，他叫赵建国。",
  P=pl("灵宝市"), kinds=["air", "solid_waste"],
  ids=[("13837985610", "phone", "third"), ("赵建国", "name", "third")])
C("r11-202", O, "政府同志：老汉我叫贺成礼，八十三岁，家住嵩县田湖镇窑场村。村里那个石子厂又开了，轰隆轰隆，"
  "我耳朵背都听得见，娃们都在外头打工，没人替我说话，就自己写了这几句。贺成礼 敬上 十月初九",
  name="贺成礼", P=pl("嵩县"), kinds=["noise", "air"],
  ids=[("贺成礼", "name", "petitioner"), ("田湖镇窑场村", "address", "petitioner")])
C("r11-203", O, "我是个老婆子，不会写字，邻居家小姑娘帮我发的。清镇市站街镇我们这个寨子边上的砖厂，烧的烟黑乎乎的，我晾的菜干都熏黑了。",
  P=pl("清镇市"), kinds=["air"])
C("r11-204", O, "我老伴儿去年走了，我一个人住在桂平市西山镇。屋后那条水沟原来清清的，现在上面开了个养猪场，水臭得不得了，我七十多了挑不动水，"
  "只能用这沟水浇菜，求政府给看看。莫秀英",
  name="莫秀英", P=pl("桂平市"), kinds=["water"], ids=[("莫秀英", "name", "petitioner")])
C("r11-205", O, "我姓韦，今年八十一，住北流市民乐镇。上个月反映的那个烧塑料的事，有个编号HB2026103000744，我想问问有人去过没有？",
  intent="status", case="HB2026103000744", name="韦", ids=[("我姓[韦]", "name", "petitioner"), ("民乐镇", "address", "petitioner")])

# ---- plain: polluters in varied contexts, counts, referrals, places ----
PL = "plain"
C("r11-206", PL, "实名举报坊子区永泰化工有限责任公司，长期在夜间通过雨水管排放生产废水，厂外的小河已经发黑发臭。",
  P=pl("坊子区"), polluter="永泰化工有限责任公司", kinds=["water"])
C("r11-207", PL, "我是嘉禾食品的保安，在公主岭市范家屯镇，厂里让我们夜里看着排污口，一有车来就关阀门，车走了再开，我看不下去了。",
  P=pl("公主岭市"), polluter="嘉禾食品", kinds=["water"])
C("r11-208", PL, "隔壁那家叫永盛的粮食烘干厂，在肇东市五站镇，烘干塔一开，谷壳灰落得满院子都是，晚上风机还响。",
  P=pl("肇东市"), polluter="永盛", kinds=["air", "noise"])
C("r11-209", PL, "讷河市通江街道被丰泰物流租下的那个大仓库，最近堆了好多桶装的东西，有股化学味，车半夜进出。",
  P=pl("讷河市"), polluter="丰泰物流", kinds=["solid_waste", "air"])
C("r11-210", PL, "我们是九台区的绿源家庭农场，隔壁佳美化工的排水渠直接冲进了我们的菜地，菜根都烂了，土是黑的。",
  P=pl("九台区"), polluter="佳美化工", kinds=["soil", "water"])
C("r11-211", PL, "开原市庆云堡镇门口写着“富达石材”四个大字的那个厂，切石头的泥浆全往路边沟里放，沟都淤平了。",
  P=pl("开原市"), polluter="富达石材", kinds=["water", "solid_waste"])
C("r11-212", PL, "托克托县一家名叫昌盛再生资源的回收站，院子里露天拆废旧电瓶，酸水流了一地，离村民家不到一百米。",
  P=pl("托克托县"), polluter="昌盛再生资源", kinds=["soil", "solid_waste"])
C("r11-213", PL, "准格尔旗薛家湾镇，宏远集团下面的一个洗煤分厂，煤泥水排到了沟里，冲下来的泥把路都糊住了。",
  P=pl("准格尔旗"), polluter="宏远集团", kinds=["water", "solid_waste"])
C("r11-214", PL, "盛大纺织又在偷排了！达拉特旗树林召镇，今天下午排污口流出来的水是紫色的。",
  P=pl("达拉特旗"), polluter="盛大纺织", kinds=["water"])
C("r11-215", PL, "在瑞峰水泥厂西墙外面那条沟，霍林郭勒市的，天天有车往里倒炉渣，已经堆了半条沟。",
  P=pl("霍林郭勒市"), polluter="瑞峰水泥厂", kinds=["solid_waste"])
C("r11-216", PL, "新城区那个新开的汽修厂喷漆不在烤漆房里喷，就在马路边上喷，路过的人都要捂鼻子。",
  P="?新城区", kinds=["air"])
C("r11-217", PL, "西安新城区长乐中路有个小饭馆油烟直接往居民楼里排，没有装净化器，三楼以上都熏黄了。",
  P=pl("新城区", "西安市"), kinds=["air"], ref=["城管", None])
C("r11-218", PL, "市中区有一家洗车店把洗车水直接排到雨水口，泡沫流了一街，好几个月了。",
  P="?市中区", kinds=["water"])
C("r11-219", PL, "济南市中区七贤街道，对面的兴隆洗涤厂锅炉房烟囱太矮，烟全往我们楼里灌，我家住六楼。",
  P=pl("市中区", "济南市"), polluter="兴隆洗涤厂", kinds=["air"])
C("r11-220", PL, "双鸭山宝山区七星镇，煤矿的矸石山脚下有人偷倒生活垃圾，还点火烧，一股塑料味。",
  P=pl("宝山区", "双鸭山市"), kinds=["solid_waste", "air"])
C("r11-221", PL, "我在中宁县一家枸杞烘干厂打工，老板拖欠我们十一个工人四个月工资，厂里的烘干炉烧的是废轮胎，黑烟也很大。",
  P=pl("中宁县"), kinds=["air"], ref=["人社", None], sub=None, aff=A("十一个工人", "person", 11, 11, 11))
C("r11-222", PL, "我在网上买的一台“环保”净水器，说能去除重金属，结果检测出来什么都没去掉，商家不给退，我要投诉这个商家。在灵武市。",
  P=pl("灵武市"), kinds=None, ref=["市场监管"], sub=None)
C("r11-223", PL, "互助土族自治县威远镇有个酒厂，酒糟水排到河里，河边的两百来户人家天天闻酸臭味，洗衣服都不敢用河水了。",
  P=pl("互助土族自治县"), kinds=["water", "air"], aff=A("两百来户人家", "household", 200, None, None))
C("r11-224", PL, "我家住林周县甘丹曲果镇，反映的是县城边上的沙石料场，每天扬尘很大，运沙的车也不盖篷布。我叫次仁卓玛，电话18908915236。",
  name="次仁卓玛", phone="18908915236", P=pl("林周县"), kinds=["air"],
  ids=[("甘丹曲果镇", "address", "petitioner"), ("次仁卓玛", "name", "petitioner"), ("18908915236", "phone", "petitioner")])
C("r11-225", PL, "石河子市北泉镇那个新建的生物质电厂，烟囱冒白烟有时候发黄，晚上冷却风机的声音很大，周围几个连队都受影响。",
  P=pl("石河子市"), kinds=["noise", "air"], aff=A("几个连队", "village", None, 2, 9))
C("r11-226", PL, "嘉峪关这边有个小钢厂在讨赖河边上倒钢渣，河道都堵了一半，请来看看。",
  P="甘肃省/嘉峪关市/-", kinds=["solid_waste", "water"])

W("cases-people.jsonl")
