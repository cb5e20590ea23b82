"""Round eight, English and mixed Chinese/English. Gold places in Chinese. Labels by hand."""
from mk import A, C, W

E, M = "english", "mixed"
C("r8-183", E, "Hello, I live in Pudong, Shanghai, near Zhangjiang. A factory behind our compound runs loud fans all night and I can't sleep. Could someone check? - Martin Kowalski",
  lang="en", name="Martin Kowalski", P="上海市/上海市/浦东新区", kinds=["noise"], ids=[("Martin Kowalski", "name", "petitioner")])
C("r8-184", E, "URGENT: there is a chemical smell all over the Huangpu district of Guangzhou right now, near the port. My neighbour's kids are vomiting and my wife fainted in the kitchen. Ambulance called. Please send someone!",
  lang="en", P="广东省/广州市/黄埔区", kinds=["air"], life=True)
C("r8-185", E, "Hi, the restaurant downstairs in Wuhou District, Chengdu, vents its kitchen smoke straight into our building. Every evening the stairwell is full of oily smoke. My number is +86 186 8123 4470. Thanks, Aisha",
  lang="en", name="Aisha", phone="18681234470", P="四川省/成都市/武侯区", kinds=["air"], ref=["城管", None],
  ids=[("[Aisha]", "name", "petitioner"), ("+86 [186 8123 4470]", "phone", "petitioner")])
C("r8-186", E, "Construction on the lot next to our school in Binjiang, Hangzhou goes on past midnight with pile driving. Dozens of families in our building have complained to the site manager. Nothing changes.",
  lang="en", P="浙江省/杭州市/滨江区", kinds=["noise"], ref=["住建", "城管", None], aff=A("Dozens of families", "household", None, 24, 99))
C("r8-187", E, "Dead fish everywhere along the creek in Huangdao, Qingdao this morning - hundreds of them, belly up. There's an oily sheen coming from a pipe near the industrial park.",
  lang="en", P="山东省/青岛市/黄岛区", kinds=["water"], urgent=True)
C("r8-188", E, "I'm a tourist staying in Jiyang, Sanya. A hotel nearby dumps its sewage straight onto the beach at night, it smells terrible and kids are playing in that water. Is this legal?",
  lang="en", P="海南省/三亚市/吉阳区", kinds=["water"], ref=["文化旅游", None])
C("r8-189", E, "Hello. I filed a complaint last week about dust from a quarry. Case number HB-2026-121904. Any update?", lang="en", intent="status", case="HB-2026-121904")
C("r8-190", E, "How do I submit a complaint in English? Do I need a Chinese ID card or is a passport ok?", lang="en", intent="info")
C("r8-191", E, "There's a fire at a warehouse on the east side of Yanta district, Xi'an - thick black smoke and small explosions every few minutes, people are still inside the flats next to it.",
  lang="en", P="陕西省/西安市/雁塔区", kinds=["air", "other"], life=True)
C("r8-192", E, "A paint shop under our flat in Hongshan, Wuhan sprays cars with the doors open. The fumes give me headaches. Not an emergency, just a long-running problem. Regards, Olga Petrenko (Jiangxia Rd)",
  lang="en", name="Olga Petrenko", P="湖北省/武汉市/洪山区", kinds=["air"], ids=[("Olga Petrenko", "name", "petitioner")])
C("r8-193", E, "We have about 40 households in Jiangning, Nanjing, next to a waste transfer station. The smell is unbearable in summer. Could it at least be covered?",
  lang="en", P="江苏省/南京市/江宁区", kinds=["air", "solid_waste"], cat="申诉求决", aff=A("about 40 households", "household", 40, None, None))
C("r8-194", M, "我住深圳南山区，楼下那家bar每天晚上live music到两点，bass震得我窗户都在抖，能不能管一下？thx",
  P="广东省/深圳市/南山区", kinds=["noise"], ref=["公安", "文化旅游", None])
C("r8-195", M, "厦门思明区的那个construction site，白天dust好大，晚上还在施工，我是Kevin陈，电话13906012287。",
  name="Kevin陈", phone="13906012287", P="福建省/厦门市/思明区", kinds=["air", "noise"], ref=["住建", "城管", None],
  ids=[("Kevin陈", "name", "petitioner"), ("13906012287", "phone", "petitioner")])
C("r8-196", M, "Emergency！昆明五华区一个小区的地下室gas泄漏了，好多人闻到，有个保安已经晕倒了，fire brigade还没到。",
  P="云南省/昆明市/五华区", kinds=["air", "other"], life=True)
C("r8-197", M, "北京昌平那个data center的冷却塔noise很大，24小时不停，我们整个小区都受影响，已经complain很多次了。",
  P="北京市/北京市/昌平区", kinds=["noise"], aff=A("整个小区", "community", 1, 1, 1))
C("r8-198", M, "我们公司隔壁的factory(叫Greenfield Plating)排的waste water是蓝色的，直接进雨水管。地点苏州吴中区。",
  P="江苏省/苏州市/吴中区", polluter="Greenfield Plating", kinds=["water"])
C("r8-199", M, "Hi 我是Linda王，住上海闵行区，家门口那条河今天全是死鱼，smell很重，快来看看！",
  name="Linda王", P="上海市/上海市/闵行区", kinds=["water"], urgent=True, ids=[("Linda王", "name", "petitioner")])
C("r8-200", M, "广州番禺那个工厂的烟囱每天晚上排黑烟，我已经拍了video，跟你们report一下，不用回电话，谢谢。",
  P="广东省/广州市/番禺区", kinds=["air"])
W("cases-en.jsonl")
