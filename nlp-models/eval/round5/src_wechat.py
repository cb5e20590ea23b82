"""Round five, registers `wechat` (short lines sent one after another, emoji, [图片]/[语音]/[视频] placeholders)
and `elderly` (old people's letters: apologies for the handwriting, ages, a grandchild typing, formal closings,
lunar dates). Labels decided by reading each text."""
from mk import A, C, W

# WeChat fragments
C("r5-129", "wechat",
  "在吗\n[图片]\n[图片]\n你看这个河\n黑的😭\n就在我们村边 乌鲁木齐米东区\n上游那个皮革厂排的",
  P="新疆维吾尔自治区/乌鲁木齐市/米东区", kinds=["water"])

C("r5-130", "wechat",
  "亲 你们管不管噪音\n楼上装修\n电钻从早上七点钻到现在🙃\n北京朝阳区望京\n周末都不让人睡",
  P="北京市/北京市/朝阳区", kinds=["noise"], ref=[None, "城管", "住建", "公安"])

C("r5-131", "wechat",
  "快!!!\n[视频]\n我家养鸡场的鸡一早上死了三四百只😱\n隔壁那个厂昨晚放了什么东西 味道很大\n喀什疏附县",
  P="新疆维吾尔自治区/喀什地区/疏附县", kinds=["air", "water"], urgent=True)

C("r5-132", "wechat",
  "[语音] 转文字：那个我们小区的垃圾站又满了 一个礼拜没人清\n🤮🤮🤮\n拉萨城关区",
  P="西藏自治区/拉萨市/城关区", kinds=["solid_waste"], ref=["城管", None])

C("r5-133", "wechat",
  "气死我了😤\n对面烧烤店又开到三点\n烟大得要命\n划拳声吵死\n杭州上城区",
  P="浙江省/杭州市/上城区", kinds=["air", "noise"], ref=["城管", "公安", None])

C("r5-134", "wechat",
  "👍\n谢谢你们 昨天来人处理了\n现在不排了 满意",
  intent="evaluate")

C("r5-135", "wechat",
  "救命😭😭\n我家楼下着火了\n烟往上冒 下不去\n南京玄武区 7栋\n快叫119",
  P="江苏省/南京市/玄武区", kinds=["air", "other"], life=True)

C("r5-136", "wechat",
  "我叫古丽娜尔\n电话 13899176284\n[图片]\n天山区这个工地晚上大灯照着我家 机器还一直在响\n睡不着",
  name="古丽娜尔", phone="13899176284", P="新疆维吾尔自治区/乌鲁木齐市/天山区", kinds=["noise", "other"],
  ref=["住建", "城管", None],
  ids=[("古丽娜尔", "name", "petitioner"), ("13899176284", "phone", "petitioner")])

C("r5-137", "wechat",
  "鼓楼区\n那个菜市场杀鸡的\n血水鸡毛到处都是\n臭\n[图片]",
  P="?鼓楼区", kinds=["solid_waste", "water", "air"], ref=["城管", "市场监管", None])

C("r5-138", "wechat",
  "我们这栋楼\n三十几户\n都闻到了\n煤气味\n不知道哪里漏的\n有个阿姨说头好晕 站不住\n江宁区 南京",
  P="江苏省/南京市/江宁区", kinds=["air", "other"], life=True, aff=A("三十几户", "household", None, 31, 39))

C("r5-139", "wechat",
  "[图片]\n我们小区一千多户都签了名\n反对在旁边建变电站\n成都金牛区",
  P="四川省/成都市/金牛区", kinds=["radiation"], cat=["申诉求决", "建议意见"],
  aff=A("一千多户", "household", None, 1001, 1999))

C("r5-140", "wechat",
  "hi\n问下\n我上次那个单子\nHB2026112900045\n到哪了",
  intent="status", case="HB2026112900045")

# Elderly writers
C("r5-141", "elderly",
  "环保局的同志们：你们好！我是一个退休老工人，今年七十八岁了，眼睛不好，字写得不好请原谅。我们家属院后面新开了一家炼油的小作坊，"
  "天天烧东西，那个烟呛得我老伴咳个不停，晾的衣服都是黑点子。恳请你们抽空来看一看。衡阳市雁峰区 退休职工 钟振华 敬上",
  name="钟振华", P="湖南省/衡阳市/雁峰区", kinds=["air"], ids=[("钟振华", "name", "petitioner")])

C("r5-142", "elderly",
  "我是孙子帮奶奶打的字。奶奶说：我们村那个水库是全村吃水的地方，这几天有人在水库边上养鸭子，几千只，水都绿了，臭了，"
  "大家都不敢吃了，你们快来管管。惠州惠城区",
  P="广东省/惠州市/惠城区", kinds=["water"], urgent=True, ref=[None, "农业农村"], aff=A("全村", "village", 1, 1, 1))

C("r5-143", "elderly",
  "本人年逾八旬，亲历过当年的大炼钢铁，那时候到处冒烟，比现在大多了，可如今我们楼后头这个铸造厂的烟也实在不像话，"
  "白天黑夜地冒。合肥庐阳区一老者",
  P="安徽省/合肥市/庐阳区", kinds=["air"])

C("r5-144", "elderly",
  "俺今年七十三了，不识几个字，这是俺闺女帮着写的。俺家地里让人半夜倒了一大堆黑乎乎的东西，一股子油漆味，种的麦子全死了。"
  "济南槐荫区的。",
  P="山东省/济南市/槐荫区", kinds=["soil", "solid_waste"])

C("r5-145", "elderly",
  "致领导的一封信\n我叫鲍庆元，身份证号430102195803142071，家住长沙市芙蓉区东屯渡街道桂花社区4栋2单元。我们楼下车库的排风机一到夜里"
  "就轰轰响，我有高血压，整夜整夜睡不着。物业说是开发商的事，开发商说是物业的事。望领导为我们老人做主。",
  name="鲍庆元", idn="430102195803142071", P="湖南省/长沙市/芙蓉区", kinds=["noise"], ref=[None, "住建", "城管"],
  ids=[("鲍庆元", "name", "petitioner"), ("430102195803142071", "id", "petitioner"),
       ("东屯渡街道桂花社区4栋2单元", "address", "petitioner")])

C("r5-146", "elderly",
  "我老头子今天早上在河边钓鱼，闻了那个厂子排出来的气，回来就吐，嘴唇发紫，现在人在县医院躺着，你们要管啊。河池宜州区",
  P="广西壮族自治区/河池市/宜州区", kinds=["air", "water"], life=True)

C("r5-147", "elderly",
  "我们这些老头老太太每天早上在公园打太极，公园边上那个工地的灰太大了，打一套拳下来满身是土，二十几个老人都有意见。泉州鲤城区",
  P="福建省/泉州市/鲤城区", kinds=["air"], ref=["住建", "城管", None], aff=A("二十几个老人", "person", None, 21, 29))

C("r5-148", "elderly",
  "尊敬的领导：每年秋收以后，村里都有人在田里烧稻草，烟雾弥漫，我们老年人气管不好，咳嗽不止。恳请政府加强宣传，禁止焚烧。此致敬礼\n"
  "无锡市锡山区东港镇老年协会 会长 殷福林\n农历十月廿三",
  name="殷福林", P="江苏省/无锡市/锡山区", kinds=["air"], cat=["申诉求决", "建议意见"], ref=[None, "农业农村"], ids=[("殷福林", "name", "petitioner")])

W("cases-wechat.jsonl")
