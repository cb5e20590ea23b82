from mk import C, W, A
E, M = "english", "mixed"
C("r4-112", E, "Hi, I live in Chaoyang District, Beijing. The restaurant downstairs runs its exhaust fan until 2am and the smoke comes straight into our bedroom. My name is Laura Fischer, phone +86 139 1057 2286.",
  lang="en", name="Laura Fischer", phone="13910572286", P="北京市/北京市/朝阳区", kinds=["air"], ref=["城管", None],
  ids=[("Laura Fischer", "name", "petitioner"), ("+86 [139 1057 2286]", "phone", "petitioner")])
C("r4-113", E, "There is a factory in Kunshan (Suzhou) dumping something white into the canal behind our compound every night. The water smells like chemicals.",
  lang="en", P="江苏省/苏州市/昆山市", kinds=["water"])
C("r4-114", E, "Urgent!! A tanker truck overturned on the road near the airport in Xiaoshan, Hangzhou, and yellow liquid is leaking into the ditch. People nearby are coughing and covering their noses.",
  lang="en", P="浙江省/杭州市/萧山区", kinds=["water", "air"], life=True)
C("r4-115", E, "How do I file a complaint in English? Is there an email address I can write to?", lang="en", intent="info")
C("r4-116", E, "The construction site next to our hotel in Haitang Bay, Sanya goes on all night, pile driving at 3am. Our guests cannot sleep.",
  lang="en", P="海南省/三亚市/海棠区", kinds=["noise"], ref=["住建", "城管", None])
C("r4-117", E, "I am writing on behalf of an international school in Shunyi, Beijing. Since this morning the air smells of burning plastic during recess, and several children have complained of headaches and nausea today.",
  lang="en", P="北京市/北京市/顺义区", kinds=["air"], urgent=True, aff=A("several children", "person", None, 3, 9))
C("r4-118", E, "Status check please: case HB2026111800077", lang="en", intent="status", case="HB2026111800077")
C("r4-119", M, "我们公司楼下的那个data center的冷却塔noise太大了，24 hours不停，在深圳福田区。",
  P="广东省/深圳市/福田区", kinds=["noise"])
C("r4-120", M, "Hello，我是住在成都高新区的外国人，my neighbor每天晚上在院子里burning garbage，smoke很大，窗户关上也能闻到。",
  P="四川省/成都市/-", kinds=["air"], ref=[None, "城管"])
C("r4-121", E, "Dear Sir or Madam, I teach at a primary school in Qixing District, Guilin. This morning the river by our school is covered in foam and dead fish, hundreds of them floating.",
  lang="en", P="广西壮族自治区/桂林市/七星区", kinds=["water"], urgent=True)
C("r4-122", E, "My name is Tom O'Brien. I want to report illegal dumping of construction waste on the beach in Zhifu District, Yantai. Contact: 18653509127",
  lang="en", name="Tom O'Brien", phone="18653509127", P="山东省/烟台市/芝罘区", kinds=["solid_waste"], ref=["城管", None],
  ids=[("Tom O'Brien", "name", "petitioner"), ("18653509127", "phone", "petitioner")])
C("r4-123", E, "Is there a real person I can talk to? I don't want a bot.", lang="en", intent="human")
C("r4-124", E, "The karaoke bar on the ground floor of our building in Nanshan, Shenzhen is extremely loud every night until 4am. Please help! - Mr. Kim",
  lang="en", name="Kim", P="广东省/深圳市/南山区", kinds=["noise"], ref=["公安", "城管", None],
  ids=[("Mr. [Kim]", "name", "petitioner")])
C("r4-125", E, "A mobile phone tower was installed on the roof of our apartment building in Yanta District, Xi'an, right above my baby's room. I'm worried about radiation. Can someone come and measure it?",
  lang="en", P="陕西省/西安市/雁塔区", kinds=["radiation"])
C("r4-126", E, "Thank you for the quick response, the factory has stopped the smell. 5 stars from me.", lang="en", intent="evaluate")
C("r4-127", M, "我在Guangzhou天河区，楼下construction site晚上十一点还在drilling，吵到baby睡不着，我的WeChat就是手机号13725508816",
  phone="13725508816", P="广东省/广州市/天河区", kinds=["noise"], ref=["住建", "城管", None],
  ids=[("13725508816", "phone", "petitioner")])
C("r4-128", M, "举报一下，上海嘉定区有个factory叫Shanghai Jiali Plating Co., Ltd.，晚上偷排wastewater，河里一股酸味。",
  P="上海市/上海市/嘉定区", polluter="Shanghai Jiali Plating Co., Ltd.", kinds=["water"])
C("r4-129", E, "I live in Gulou District and the river behind my apartment smells terrible, black water is flowing in from a pipe.",
  lang="en", P="?鼓楼区", kinds=["water"])
C("r4-130", M, "Hi，我是在义乌做生意的外国人，这边有个recycling plant天天烧plastic，很臭，my name is Ahmed Hassan。",
  name="Ahmed Hassan", P="浙江省/金华市/义乌市", kinds=["air"], ids=[("Ahmed Hassan", "name", "petitioner")])
C("r4-131", E, "There was a big fire at a chemical warehouse in Binhai New Area, Tianjin last year, and I still worry about the soil near my home. Has anyone tested it?",
  lang="en", P="天津市/天津市/滨海新区", kinds=["soil"])
C("r4-132", E, "My employer, a shoe factory in Dongguan, hasn't paid my salary for 2 months. Who can help me?",
  lang="en", P="广东省/东莞市/-", sub=None, ref=["人社"])
C("r4-264", M, "我们在苏州工业园区的office building旁边有个restaurant，kitchen exhaust直接对着我们楼的新风口，整个office都是油烟味。",
  P="江苏省/苏州市/苏州工业园区", kinds=["air"], ref=["城管", None])
C("r4-265", M, "Emergency！我们factory隔壁的warehouse着火了，smoke很黑，一直往我们这边飘，在宁波北仑区。",
  P="浙江省/宁波市/北仑区", kinds=["air"], life=True)
C("r4-266", E, "Phone: 15210087743. Name: Julia Santos. Problem: the canal next to my apartment in Minhang, Shanghai turned milky white today and smells like paint.",
  lang="en", name="Julia Santos", phone="15210087743", P="上海市/上海市/闵行区", kinds=["water"],
  ids=[("15210087743", "phone", "petitioner"), ("Julia Santos", "name", "petitioner")])
C("r4-267", E, "Suggestion: please add English signs about garbage sorting in the residential compounds of Xuhui District, Shanghai. Many foreigners don't know the rules.",
  lang="en", P="上海市/上海市/徐汇区", kinds=["solid_waste"], cat="建议意见", ref=[None, "城管"])
C("r4-268", E, "Hello there!", lang="en", intent="greeting")
C("r4-269", M, "上次的reply说problem solved，但是那个factory还是every night在排smoke，case number HB2026100900214，我要appeal，请重新查。",
  intent="review", case="HB2026100900214")
W("cases-en.jsonl")
