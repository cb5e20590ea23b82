"""Round five, registers `english` and `mixed` (Chinese with English words; lang zh when Chinese carries the
sentences). Gold places in Chinese. Labels decided by reading each text."""
from mk import A, C, W

C("r5-109", "english",
  "Hi, I live in Laoshan District, Qingdao. A restaurant below my apartment vents its kitchen exhaust right under our "
  "windows, oily smell every evening. Please help. - Anna Müller, +86 156 6542 0913",
  name="Anna Müller", phone="15665420913", P="山东省/青岛市/崂山区", kinds=["air"], ref=["城管", None], lang="en",
  ids=[("Anna Müller", "name", "petitioner"), ("+86 [156 6542 0913]", "phone", "petitioner")])

C("r5-110", "english",
  "Urgent: there is a strong chemical smell in our compound in Kunshan, Jiangsu. My neighbor's kids are vomiting and two "
  "elderly people have been taken to hospital. It seems to come from the factory next door.",
  P="江苏省/苏州市/昆山市", kinds=["air"], life=True, lang="en", aff=A("two elderly people", "person", 2, 2, 2))

C("r5-111", "english",
  "The noise from the construction site next to us is killing me. They work until midnight every single day. "
  "Nanshan District, Shenzhen.",
  P="广东省/深圳市/南山区", kinds=["noise"], ref=["住建", "城管", None], lang="en")

C("r5-112", "english",
  "The fish market behind our building smells like a stink bomb every morning, and the waste water runs into the street. "
  "Longhua District, Haikou.",
  P="海南省/海口市/龙华区", kinds=["air", "water", "solid_waste"], ref=["城管", "市场监管", None], lang="en")

C("r5-113", "english",
  "Dead fish everywhere along the river bank in Wanzhou, Chongqing this morning, hundreds of them. Locals say a factory "
  "upstream discharged something last night.",
  P="重庆市/重庆市/万州区", kinds=["water"], urgent=True, lang="en")

C("r5-114", "english",
  "Hello, I filed a complaint last week, case number HB2026112000671. Could you tell me where it stands?",
  intent="status", case="HB2026112000671", lang="en")

C("r5-115", "english",
  "Is it legal for a factory to burn plastic waste at night? There is one in Jiangyin, Wuxi, and the smoke comes straight "
  "into our homes.",
  P="江苏省/无锡市/江阴市", kinds=["air", "solid_waste"], lang="en")

C("r5-116", "english",
  "Dear Sir or Madam, I would like to report illegal sand mining on the river near Pingjiang County, Yueyang. Trucks come "
  "day and night and the riverbank is collapsing. Best regards, Tom Baker",
  name="Tom Baker", P="湖南省/岳阳市/平江县", kinds=["ecology"], ref=[None, "水利", "自然资源"], lang="en",
  ids=[("Tom Baker", "name", "petitioner")])

C("r5-117", "english",
  "Two years ago there was an explosion at the chemical park in Liuhe, Nanjing. I am worried it might happen again. "
  "Is anyone checking the safety of these plants?",
  P="江苏省/南京市/六合区", kinds=["other", "air"], lang="en")

C("r5-118", "english",
  "What are your office hours for walk-in visits? And can I file a complaint in English?",
  intent="info", lang="en")

C("r5-119", "english",
  "Our tap water tastes like gasoline since this morning, the whole building is affected. Huangdao District, Qingdao. "
  "They are building a gas station right next to us.",
  P="山东省/青岛市/黄岛区", kinds=["water"], urgent=True, lang="en", aff=A("the whole building", "building", 1, 1, 1))

C("r5-120", "english",
  "Mr. Patel here, 139 2260 7715. The karaoke bar on the ground floor of our building in Baiyun District, Guangzhou "
  "plays music until 3 am.",
  name="Patel", phone="13922607715", P="广东省/广州市/白云区", kinds=["noise"], ref=["公安", "城管", None], lang="en",
  ids=[("Mr. [Patel]", "name", "petitioner"), ("139 2260 7715", "phone", "petitioner")])

C("r5-121", "mixed",
  "我们office楼下那个restaurant的油烟太大了，every day都有，空调外机上全是油，上海静安区。",
  P="上海市/上海市/静安区", kinds=["air"], ref=["城管", None])

C("r5-122", "mixed",
  "Hi 你好，我是外国人，住在成都武侯区，楼下工地每天6am就开始施工，太吵了，please help！",
  P="四川省/成都市/武侯区", kinds=["noise"], ref=["住建", "城管", None])

C("r5-123", "mixed",
  "紧急！！小区里的transformer着火了，烟很大，还有人被困在电梯里，昆明盘龙区！",
  P="云南省/昆明市/盘龙区", kinds=["air", "other"], life=True)

C("r5-124", "mixed",
  "今天PM2.5又爆表了，AQI四百多，县城边上的steel plant还在照常生产，邯郸武安市。",
  P="河北省/邯郸市/武安市", kinds=["air"])

C("r5-125", "mixed",
  "我们WeChat group里大家都在说那个landfill的leachate流进了river，臭得不行，东莞的。",
  P="广东省/东莞市/-", kinds=["water", "solid_waste"])

C("r5-126", "mixed",
  "联系人Lily王丽丽，tel 18688123590，深圳龙华区民治街道一家PCB厂晚上偷排废气。",
  name="Lily", phone="18688123590", P="广东省/深圳市/龙华区", kinds=["air"],
  ids=[("Lily", "name", "petitioner"), ("王丽丽", "name", "petitioner"), ("18688123590", "phone", "petitioner")])

C("r5-127", "mixed",
  "举报Greenfield Chemical (Jiaxing) Co., Ltd.在嘉兴南湖区的厂区偷偷往河里排水，水都变成紫色了。",
  P="浙江省/嘉兴市/南湖区", polluter="Greenfield Chemical (Jiaxing) Co., Ltd.", kinds=["water"])

C("r5-128", "mixed",
  "我们学校离一个paint factory大概3 km，有时候能闻到味道，想问下有没有risk？太原尖草坪区。",
  P="山西省/太原市/尖草坪区", kinds=["air"])

W("cases-en.jsonl")
