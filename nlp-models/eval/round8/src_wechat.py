"""Round eight, WeChat-style short messages and elderly writers. Labels by hand."""
from mk import A, C, W

WX, OLD = "wechat", "elderly"
C("r8-201", WX, "在吗", intent="greeting")
C("r8-202", WX, "莱州 沙河镇 石材厂 又排白水了[图片][图片] 河都白了😡", P="山东省/烟台市/莱州市", kinds=["water"])
C("r8-203", WX, "招远那个金矿的尾矿车 鲁F·7K3N2 一路撒 路上全是泥[视频]", P="山东省/烟台市/招远市", kinds=["solid_waste"], ref=["交通运输", None])
C("r8-204", WX, "蓬莱这边海边一堆死海鸟 还有油 🆘🆘 刚发现的[图片]", P="山东省/烟台市/蓬莱区", kinds=["water", "ecology"], urgent=True)
C("r8-205", WX, "平度 南村镇 养鸭场 臭 🤮🤮🤮 快来", P="山东省/青岛市/平度市", kinds=["air"], ref=["农业农村", None])
C("r8-206", WX, "[语音] 胶州 着火了 塑料厂 烟好大 有人被困", P="山东省/青岛市/胶州市", kinds=["air", "other"], life=True)
C("r8-207", WX, "即墨区 楼下ktv 吵 三点了还唱 😭 明天还要上班", P="山东省/青岛市/即墨区", kinds=["noise"], ref=["公安", "文化旅游", None])
C("r8-208", WX, "谢谢你们 章丘那个搅拌站今天停了👍👍", intent="evaluate")
C("r8-209", WX, "我那个投诉咋样了 HB-2026-120055", intent="status", case="HB-2026-120055")
C("r8-210", WX, "肥城 自来水 今早发黑有味 全楼都不敢用 孩子喝了一口吐了😰", P="山东省/泰安市/肥城市", kinds=["water"], life=True, aff=A("全楼", "building", 1, 1, 1))
C("r8-211", WX, "乳山银滩 那个烧烤一条街 烟大 我小钱 15163129870", name="钱", phone="15163129870", P="山东省/威海市/乳山市", kinds=["air"], ref=["城管", None],
  ids=[("小[钱]", "name", "petitioner"), ("15163129870", "phone", "petitioner")])
C("r8-212", OLD, "我今年八十一了，眼睛不好，这是孙女帮我打的字。庄河市青堆镇我们屯子边上那个海参育苗场往沟里放药水，沟里的水都变色了，我那几只鸭子下去以后就不行了，死了好几只。老人 隋振海",
  name="隋振海", P="辽宁省/大连市/庄河市", kinds=["water"], urgent=True, ids=[("隋振海", "name", "petitioner")])
C("r8-213", OLD, "政府领导：瓦房店市复州城我们这里的石料厂放炮，我家老房子墙都震裂了，我老伴七十多了有心脏病，每次放炮都吓得不行。我身份证号210282194910030923，家住复州城镇西街，电话打给我儿子13842619005。农历十月十五 老党员 单德顺 敬上",
  name="单德顺", idn="210282194910030923", P="辽宁省/大连市/瓦房店市", kinds=["noise", "ecology"], ref=["自然资源", None],
  ids=[("单德顺", "name", "petitioner"), ("210282194910030923", "id", "petitioner"), ("复州城镇西街", "address", "petitioner"), ("13842619005", "phone", "third")])
C("r8-214", OLD, "我是一个退休老工人，住在海城市南台镇，镁矿的灰把我们的菜地都盖白了，老伴天天咳嗽。我不会打字，是让邻居小孙帮我写的。",
  P="辽宁省/鞍山市/海城市", kinds=["air"], ids=[("海城市南台镇", "address", "petitioner"), ("小[孙]", "name", "third")])
C("r8-215", OLD, "东港市孤山镇的领导：我老汉今年七十六岁，住的房子后头是个冷冻厂，那个机器日夜嗡嗡响，我这么大年纪了睡不着觉，血压老高。请帮忙。老汉 姜",
  name="姜", P="辽宁省/丹东市/东港市", kinds=["noise"], ids=[("老汉 [姜]", "name", "petitioner")])
C("r8-216", OLD, "凤城市宝山镇我们村，今天早上村里那口老井的水打上来有股汽油味，我们几个老头老太太都喝了，有的肚子疼得直打滚。我是村里的老会计，姓祁。",
  name="祁", P="辽宁省/丹东市/凤城市", kinds=["water"], life=True, aff=A("几个老头老太太", "person", None, 2, 9), ids=[("姓[祁]", "name", "petitioner")])
C("r8-217", OLD, "我八十多了，住在莱州城港路街道，旁边的小区在修，天天电钻砸墙，我耳朵都震得嗡嗡的。以前都是我儿子帮我反映，他出差了，我自己来说。老太太 申",
  name="申", P="山东省/烟台市/莱州市", kinds=["noise"], ref=["住建", "城管", "公安", None],
  ids=[("老太太 [申]", "name", "petitioner"), ("莱州城港路街道", "address", "petitioner")])
C("r8-218", OLD, "各位同志：招远市玲珑镇有个选金的小厂子，用氰化物，废水就往山沟里淌，沟下面是我们种地浇水的塘。我年纪大了，跑不动了，写几句话，请你们派人来看一看。七十九岁老农民 阎",
  name="阎", P="山东省/烟台市/招远市", kinds=["water", "soil"], ids=[("老农民 [阎]", "name", "petitioner")])
W("cases-wechat.jsonl")
