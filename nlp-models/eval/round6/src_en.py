"""Round six, English and mixed text. Labels by hand (places in Chinese, names as written)."""
from mk import A, C, W

E, M = "english", "mixed"
C("r6-175", E, "Hello, I live in Xuhui District, Shanghai. A bakery on the ground floor of my building runs its exhaust fan all night and the hum keeps me awake. Could someone check it? Lucas Moreau, 13761924508",
  P="上海市/上海市/徐汇区", kinds=["noise"], ref=["城管", None], lang="en", name="Lucas Moreau", phone="13761924508",
  ids=[("Lucas Moreau", "name", "petitioner"), ("13761924508", "phone", "petitioner")])
C("r6-176", E, "URGENT: the creek behind our villa compound in Nanshan, Shenzhen turned bright orange this morning and there are dead fish everywhere along the bank. Kids play there every afternoon.",
  P="广东省/深圳市/南山区", kinds=["water"], urgent=True, lang="en")
C("r6-177", E, "There is a strong smell of burning plastic every night around 11pm near Wangcheng, Changsha. I think it comes from a recycling yard called Xinglong Recycling. My wife and I both have sore throats for weeks.",
  P="湖南省/长沙市/望城区", kinds=["air"], polluter="Xinglong Recycling", lang="en")
C("r6-178", E, "Hi, a tanker just crashed on the ring road near Haidian, Beijing and something is leaking and fuming, people nearby are coughing and one man collapsed on the pavement. Please send help now!",
  P="北京市/北京市/海淀区", kinds=["air", "other"], life=True, lang="en", ref=[None, "公安", "交通运输"])
C("r6-179", E, "Dear Sir or Madam, construction at the site opposite Laoshan District Government in Qingdao starts at 5 am with jackhammers. Is that allowed? Regards, Mr. Hendriks",
  P="山东省/青岛市/崂山区", kinds=["noise"], ref=["住建", "城管", None], lang="en", name="Hendriks",
  ids=[("Mr. [Hendriks]", "name", "petitioner")])
C("r6-180", E, "The noise from the bar street in Jinjiang District, Chengdu is killing me. Bass until 3 am every weekend. Please do something.",
  P="四川省/成都市/锦江区", kinds=["noise"], ref=["公安", "文化旅游", None], lang="en")
C("r6-181", E, "I reported a dust problem last month, reference number SZ-EN-2026-0441. Any update?",
  intent="status", case="SZ-EN-2026-0441", lang="en")
C("r6-182", E, "How can I file a complaint in English? Is there a hotline with English speakers?",
  intent="info", lang="en")
C("r6-183", E, "Someone dumps oily waste and broken batteries in the green belt behind Haizhu Wetland Park, Guangzhou. It has been going on for weeks. Please keep my name private. - Priya",
  P="广东省/广州市/海珠区", kinds=["solid_waste", "soil", "ecology"], conf=True, lang="en", name="Priya",
  ids=[("Priya", "name", "petitioner")])
C("r6-184", E, "Our tap water in Gusu District, Suzhou smells like diesel since this morning and my daughter threw up after drinking a glass. The whole building has the same water.",
  P="江苏省/苏州市/姑苏区", kinds=["water"], life=True, lang="en", aff=A("The whole building", "building", 1, 1, 1))
C("r6-185", M, "我住在Pudong浦东新区金桥，楼下那个data center的冷却塔 24小时 noise 很大，大概 70 dB，晚上根本睡不着。",
  P="上海市/上海市/浦东新区", kinds=["noise"])
C("r6-186", M, "福田区车公庙那边有个restaurant的kitchen exhaust直接对着我们office的窗，每天中午smoke很大，同事都在咳。",
  P="广东省/深圳市/福田区", kinds=["air"], ref=["城管", None])
C("r6-187", M, "秦淮区那个construction site晚上还在pour concrete，truck进进出出，能不能check一下他们有没有night permit？",
  P="江苏省/南京市/秦淮区", kinds=["noise"], ref=["住建", "城管", None])
C("r6-188", M, "厦门思明区 Golden Harbor Seafood 的 wastewater 直接排到海边，沙滩上一股 fishy smell，还有很多 foam。",
  P="福建省/厦门市/思明区", kinds=["water"], polluter="Golden Harbor Seafood")
C("r6-189", M, "武侯区这边 chemical lab 的 fume hood 排气口对着小区，今天下午味道特别大，好几个邻居 feel dizzy 还 vomit，有一个 already 去了 hospital。",
  P="四川省/成都市/武侯区", kinds=["air"], life=True, aff=A("好几个邻居", "person", None, 3, 9))
C("r6-190", M, "hi 我是 Anna Kowalski，住在越秀区，楼顶有个 base station 天线，我担心 radiation 超标，能不能来 test 一下？电话 186 2041 7735",
  P="广东省/广州市/越秀区", kinds=["radiation"], name="Anna Kowalski", phone="18620417735",
  ids=[("Anna Kowalski", "name", "petitioner"), ("186 2041 7735", "phone", "petitioner")])
W("cases-en.jsonl")
