"""Round five, register `typo`: typos and homophones (头诉, 燥音, 喷七, 郑洲, 贵洋, 垃级, 昆名, 呼和浩持, 不赶,
石由, 身分证, 举抱, 隔避, 晕到, 常洲, 环保句, 株州, 兰洲, 基占, 福射, 尾旷库), pinyin and initials (sthjj, xq, zf,
hbj, yyf), full-width digits, a text in pinyin. Labels decided by reading each text."""
from mk import A, C, W

C("r5-059", "typo",
  "我要头诉临沂兰山区的鑫林木业，天天夜里开电锯，燥音太大，孩子没法学习，大人没法睡觉。",
  P="山东省/临沂市/兰山区", polluter="鑫林木业", kinds=["noise"])

C("r5-060", "typo",
  "sthjj你们好，我们xq边上的ktv天天唱到凌晨两点，zf能不能管管，地址在石家庄裕华区。",
  P="河北省/石家庄市/裕华区", kinds=["noise"], ref=["公安", "城管", None])

C("r5-061", "typo",
  "郑洲金水区有个汽修厂天天在路边喷七，味道太冲了，楼上住户都不敢开窗户。",
  P="河南省/郑州市/金水区", kinds=["air"], ref=[None, "城管"])

C("r5-062", "typo",
  "我是贵洋市花溪区的，附近的养值场废水直接排到河里，河水发绿发臭。",
  P="贵州省/贵阳市/花溪区", kinds=["water"], ref=[None, "农业农村"])

C("r5-063", "typo",
  "紧急！！南京六合区化工园边上，罐车翻了，不知道什么液体往水沟里刘，味道很呛，旁边就是小学。",
  P="江苏省/南京市/六合区", kinds=["water", "air"], urgent=True)

C("r5-064", "typo",
  "我们小区门口的垃级站太臭了，臭死人了，夏天更是熏得人受不了，昆名市五华区。",
  P="云南省/昆明市/五华区", kinds=["solid_waste", "air"], ref=["城管", None])

C("r5-065", "typo",
  "反映人：何丽，电话：１５８０７５１３３６２，南昌红谷滩区一个建材市场天天半夜卸货，噪声扰民。",
  name="何丽", phone="15807513362", P="江西省/南昌市/红谷滩区", kinds=["noise"], ref=["公安", "城管", None],
  ids=[("何丽", "name", "petitioner"), ("１５８０７５１３３６２", "phone", "petitioner")])

C("r5-066", "typo",
  "呼和浩持赛罕区，发电厂的煤灰堆在露天，一刮风满天飞，家里窗台上全是黑的。",
  P="内蒙古自治区/呼和浩特市/赛罕区", kinds=["air", "solid_waste"])

C("r5-067", "typo",
  "wo men cun de he bei wu ran le, shang you you ge zao zhi chang, mei tian pai hei shui, qing kuai lai cha. 广西贵港港北区",
  P="广西壮族自治区/贵港市/港北区", kinds=["water"])

C("r5-068", "typo",
  "那个服装厂的锅炉天天冒黑眼，熏的我们都不赶开窗户，衣服也不赶晒，台州椒江区。",
  P="浙江省/台州市/椒江区", kinds=["air"])

C("r5-069", "typo",
  "我要举报举报，东营市东营区的一家石由化工厂偷排废水到农田里，麦苗都黄了。",
  P="山东省/东营市/东营区", kinds=["water", "soil"])

C("r5-070", "typo",
  "身分证：350203197111084043 姓名：郑美玲 举抱：厦门思明区中山路附近一家KTV嗓音扰民到凌晨三点。",
  name="郑美玲", idn="350203197111084043", P="福建省/厦门市/思明区", kinds=["noise"], ref=["公安", "城管", None],
  ids=[("350203197111084043", "id", "petitioner"), ("郑美玲", "name", "petitioner")])

C("r5-071", "typo",
  "求救！！隔避工厂着火了，黑烟滚滚，我们楼里全是烟，有人晕到了，常洲武进区湖塘镇！",
  P="江苏省/常州市/武进区", kinds=["air"], life=True)

C("r5-072", "typo",
  "环保句你们好，济南历城区的一个沥青站，气味非常大，附近居民苦不堪言。",
  P="山东省/济南市/历城区", kinds=["air"])

C("r5-073", "typo",
  "去年夏天那个厂子着过一次火，现在又开工了，还是天天冒烟，株州芦淞区。",
  P="湖南省/株洲市/芦淞区", kinds=["air"])

C("r5-074", "typo",
  "兰洲安宁区，有个洗沙场把黄河边的湿地都给挖烂了，到处是大坑。",
  P="甘肃省/兰州市/安宁区", kinds=["ecology"], ref=[None, "水利", "自然资源"])

C("r5-075", "typo",
  "hbj能不能管一下，我家楼下yyf（业委会）不作为，小区污水井冒了一个月，臭得不行，宝鸡渭滨区。",
  P="陕西省/宝鸡市/渭滨区", kinds=["water"], ref=["住建", "城管", None])

C("r5-076", "typo",
  "我们小区楼顶有个基占，福射很大，家里人老是头疼失眠，青岛市北区。",
  P="山东省/青岛市/市北区", kinds=["radiation"])

C("r5-077", "typo",
  "西宁城东区，有个屠宰场，血水直接流到河里，河水都是红的，腥得很。",
  P="青海省/西宁市/城东区", kinds=["water"])

C("r5-078", "typo",
  "我家的牛吃了尾旷库边上的草，这两天倒了五六头，口吐白沫站不起来，已经死了两头，鄂尔多斯准格尔旗。",
  P="内蒙古自治区/鄂尔多斯市/准格尔旗", kinds=["solid_waste", "soil", "water"], urgent=True)

W("cases-typo.jsonl")
