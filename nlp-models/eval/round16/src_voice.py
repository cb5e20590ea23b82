"""Round sixteen, non-urgent reports in many voices (r16-161 to r16-215): speech, dialects, typos, letters, questions,
English, WeChat, elderly writers; most are urgent look-alikes (LA)."""
from mk import A, C, W
from pl import pl, idn

_n = [160]
LA = []
FUMES = ["城管", None]
BUILD = ["住建", "城管", None]
LIFE = ["公安", "城管", None]


def R(reg, text, la=False, **kw):
    _n[0] += 1
    if la:
        LA.append(_n[0])
    C(f"r16-{_n[0]:03d}", reg, text, **kw)


# --- speech ---
R("speech", "喂你好我是那个哈尔宾呼兰区康金街道的啊我想说一下就是去年我们这边那个化工厂不是爆炸了嘛那个事过去一年多了厂子现在又要复产了我们老百姓心里不踏实能不能让它搬走啊我姓冯电话一五九四五一二八零三六",
  la=True, P=pl("呼兰区"), kinds=["air", "other"], name="冯", phone="15945128036",
  ids=[("姓[冯]", "name", "petitioner"), ("一五九四五一二八零三六", "phone", "petitioner")])
R("speech", "嗯那个就是我们小区楼下那个烧烤摊啊每天晚上烟大得很呛得人要死我们楼上十几户人家都受不了了你们能不能管一下我们是格尔木市昆仑路街道的",
  la=True, P=pl("格尔木市"), kinds=["air"], ref=FUMES, aff=A("十几户", "household", None, 11, 19))
R("speech", "你好我反映一个情况我是上海宝山区罗店镇的我们这边有个采石场不是采石场是那个渣土码头每天那个卸渣土的声音就跟放炮一样轰轰的从早到晚没停过",
  la=True, P=pl("宝山区", "上海市"), kinds=["noise", "air"], ref=BUILD)
R("speech", "那个我想问一下就是我们那个金昌永昌县城关镇旁边的那个河里我看到有两条死鱼漂着是不是水有问题啊也不是很多就两条你们有空来看一下",
  la=True, P=pl("永昌县"), kinds=["water"])
R("speech", "喂我是青铜峡的不对我是吴忠利通区的哦不是我家在青铜峡小坝镇那个我要说的是我们这边那个电厂的灰场风一刮全是灰已经刮了好几年了嗓子老是干痒",
  la=True, P=pl("青铜峡市"), kinds=["air", "solid_waste"], ids=[("青铜峡小坝镇", "address", "petitioner")])
# --- dialects ---
R("dialect-yue", "我喺佛山顺德北滘，听讲隔篱嗰间化工厂个储罐好旧，随时会爆，搞到成条村都人心惶惶，其实我都唔知真定假，你哋可唔可以去检查下？",
  la=True, P=pl("顺德区"), kinds=["air", "other"])
R("dialect-yue", "深圳南山区蛇口嗰边有间茶餐厅，个抽油烟机对正我屋企个窗，日日都好大油烟味，我都冇办法开窗，我个仔成日咳，唔知系咪同呢个有关，我姓麦，电话 138-2651-0947。",
  la=True, P=pl("南山区", "深圳市"), kinds=["air"], ref=FUMES, name="麦", phone="13826510947",
  ids=[("姓[麦]", "name", "petitioner"), ("138-2651-0947", "phone", "petitioner")])
R("dialect-yue", "阿伯我今年七十几，住喺广州番禺沙头，隔篱村嗰个养鸡场死咗一只鸡就掉喺路边，臭到死，冇人执，你哋叫人嚟执下啦。",
  la=True, P=pl("番禺区"), kinds=["solid_waste"], ids=[("广州番禺沙头", "address", "petitioner")])
R("dialect-chuanyu", "我们合川区草街街道楼底下那家麻将馆，一天到黑哗啦哗啦的，吵得人想跳楼，跟老板说了好多回都不听，你们管不管嘛？",
  la=True, P=pl("合川区"), kinds=["noise"], ref=LIFE)
R("dialect-chuanyu", "自贡富顺那边有个养猪的老板叫曾大毛，猪粪水全部往沱江边上放，臭得遭不住，我不想说我是哪个，你们莫说是我举报的哈。",
  P=pl("富顺县"), kinds=["water"], conf=True, ids=[("曾大毛", "name", "third")])
R("dialect-dongbei", "老铁我跟你说，咱大庆让胡路区那个锅炉房一到冬天就冒黑烟，那烟整得跟着火了似的，其实没着火，就是烧的煤太次，整个小区都是煤烟味儿。",
  la=True, P=pl("让胡路区"), kinds=["air"], aff=A("整个小区", "community", 1, 1, 1))
R("dialect-dongbei", "齐齐哈尔龙沙区湖滨街道这嘎达，有个收破烂的老刘头，院子里堆了一院子的旧电瓶，也没个苫布，下雨就往地里淌水，这玩意儿咋整？",
  P=pl("龙沙区"), kinds=["solid_waste", "soil"], ids=[("老[刘]头", "name", "third")])
R("dialect-dongbei", "东宁市三岔口镇那嘎达前两天着过一次火，是个木材加工厂，火早灭了，没伤着人，就是现在那一大堆烧剩下的玩意儿还堆着呢，下雨一冲黑水都流沟里了。",
  la=True, P=pl("东宁市"), kinds=["solid_waste", "water"])
R("dialect-wu", "阿拉是上海普陀区长风额，隔壁小区今朝下半天搞消防演习，放了老多烟雾弹，阿拉还以为着火了，后来晓得是演习。不过侬讲一声，搿种演习能勿能提前通知一下？",
  la=True, P=pl("普陀区", "上海市"), kinds=["air"], cat="建议意见")
R("dialect-wu", "苏洲吴江那边，阿拉屋里后头额小河浜，水老早就发黑发臭了，讲了好几年了，一点勿改，侬拉好好叫查一查。",
  la=True, P=pl("吴江区"), kinds=["water"])
R("dialect-wu", "杭州萧山区靖江街道额机场附近，飞机噪音老大，轰隆隆像打雷，心脏侪要跳出来了，阿拉一家五口人夜里困勿着，小囡读书也受影响。",
  la=True, P=pl("萧山区"), kinds=["noise"], ref=["交通运输", None], aff=A("一家五口人", "person", 5, 5, 5))
R("dialect-minnan", "阮兜佇晋江梅岭，厝边彼间卤味店逐暗头仔攏咧煮卤肉，油烟足重，阮阿公讲熏甲欲死，阮窗仔攏袂使开，请恁来处理一下。",
  la=True, P=pl("晋江市"), kinds=["air"], ref=FUMES, ids=[("晋江梅岭", "address", "petitioner")])
R("dialect-minnan", "厦门同安新民这，早起时仔看着水沟内底一只死鸭仔，毋知是毋是水有问题，我嘛无闻着啥物味。",
  la=True, P=pl("同安区"), kinds=["water"])
R("dialect-minnan", "阮是龙海角美的，听人讲村仔边欲起一间化工厂，阮足惊以后会污染咱的水，毋过这马犹未动工。",
  la=True, P=pl("龙海区"), kinds=["water", "air"])
R("dialect-other", "俺是河南郑洲中牟县的，俺村边上那个养牛场，牛粪堆得跟山一样，一到夏天那个味能把人熏死，村里老少爷们都有意见。",
  la=True, P=pl("中牟县"), kinds=["air", "solid_waste"])
R("dialect-other", "额是陕西延安宝塔区的，额们这搭有个炼油的小厂子，一天到晚冒黑烟，额婆说闻着心慌，也不知道是啥原因，你们给瞅一哈。",
  la=True, P=pl("宝塔区"), kinds=["air"])
R("dialect-other", "天津河东区那个菜市场门口，一大早就有卸货的大车，喇叭滴滴滴的，跟打仗似的，吵得人心烦，你说这算嘛事儿啊。",
  la=True, P=pl("河东区", "天津市"), kinds=["noise"], ref=["公安", "交通运输", None])
# --- typos and homophones ---
R("typo", "和肥肥西县三河镇有个养猪场，粪水直接排道河里，河水发绿，鱼都快没了，但是现在还没见到死鱼，请你们赶紧管管。",
  la=True, P=pl("肥西县"), kinds=["water"])
R("typo", "兰洲西固区那个石化厂附近，一到晚上就有股臭味，大家都说是有毒气体，可是也没有人不舒服，就是怕以后得病。",
  la=True, P=pl("西固区"), kinds=["air"])
R("typo", "乌鲁目齐米东区古牧地东路街道的一家沥青厂，每天烟囱冒烟，我们的嗓子疼了好几个月了，咳嗽也不好。",
  la=True, P=pl("米东区"), kinds=["air"])
R("typo", "石家装藁城区有个钢构厂，晚上电焊打磨声音太大，火花四贱，看着跟着火了一样，其实没着火，就是影像我们休息。联系人：赵国庆，电话：1 3 9 3 1 1 8 6 5 0 2。",
  la=True, P=pl("藁城区"), kinds=["noise"], name="赵国庆", phone="13931186502",
  ids=[("赵国庆", "name", "petitioner"), ("1 3 9 3 1 1 8 6 5 0 2", "phone", "petitioner")])
R("typo", "我们村的水井听说被上游的厂子污染了，村里传得很凶，说喝了会得爱症，我家的水看着清清的，也没什么味道，想请你们来检侧一下。我是鄱阳县谢家滩镇的村民。",
  la=True, P=pl("鄱阳县"), kinds=["water"])
R("typo", "鼓楼区有家饭店的厨房排风扇对着我们的阳台，噪音和油烟都很大，已经反应过好几次了，没有结果。",
  P="?鼓楼区", kinds=["air", "noise"], ref=FUMES)
# --- long letters ---
R("long", "尊敬的南京市鼓楼区生态环境局领导：\n您好！我是鼓楼区宁海路街道的居民周文海，现就以下几件事情反映：\n一、小区南侧的工地夜间施工，噪音扰民；\n二、小区北侧的饭店油烟直排；\n三、去年夏天小区门前河道里曾经出现过大量死鱼，当时你们来处理过，现在水质好了很多，在此表示感谢。\n希望前两件事情能够尽快处理。\n此致\n敬礼！\n周文海\n2026年12月1日\n联系电话：13505176289",
  la=True, P=pl("鼓楼区", "南京市"), kinds=["noise", "air"], ref=BUILD, name="周文海", phone="13505176289",
  ids=[("周文海", "name", "petitioner"), ("13505176289", "phone", "petitioner"), ("鼓楼区宁海路街道", "address", "petitioner")])
R("long", "致贵溪市生态环境局：\n我们是雄石街道的几位退休职工，想提几点建议：\n1. 冶炼厂周边的绿化带建议加宽，多种一些吸附粉尘的树；\n2. 建议在我们小区门口设一个空气质量显示屏；\n3. 建议每年组织一次企业开放日，让居民了解企业的环保设施。\n以上建议仅供参考。\n退休职工代表 汪德胜 夏桂英",
  P=pl("贵溪市"), kinds=["air"], cat="建议意见", name="汪德胜", aff=A("几位退休职工", "person", None, 2, 9),
  ids=[("汪德胜", "name", "petitioner"), ("夏桂英", "name", "petitioner")])
R("long", "尊敬的领导：\n我是济宁邹城市香城镇的村民卢庆山，身份证号" + idn("37088319620304121") + "。我反映的问题是：\n2019年的时候镇上的煤矿塌陷区把我家的房子震裂了，至今没有赔偿；\n镇里说归煤矿管，煤矿说归镇里管，推来推去。\n另外，塌陷区积水里倒了很多垃圾，现在一到夏天就臭。\n希望领导能帮我们解决。\n卢庆山\n手机：152 6378 9914",
  la=True, P=pl("邹城市"), kinds=["solid_waste", "ecology"], name="卢庆山", phone="15263789914", idn=idn("37088319620304121"),
  cat="申诉求决", sub=4, ref=["自然资源", None],
  ids=[("卢庆山", "name", "petitioner"), (idn("37088319620304121"), "id", "petitioner"), ("152 6378 9914", "phone", "petitioner"), ("济宁邹城市香城镇", "address", "petitioner")])
R("long", "关于对我公司行政处罚决定的申诉\n我公司（伊州区东河街道 天山机械加工厂）于2026年10月被哈密市生态环境局处以罚款五万元，理由是喷漆房未批先建。我公司认为喷漆房已于2025年报备，处罚依据不足，请求复核并撤销处罚决定。\n联系人：厂长 马海军\n电话：13899603472",
  P=pl("伊州区"), polluter="天山机械加工厂", kinds=["air"], sub=2, name="马海军", phone="13899603472",
  ids=[("马海军", "name", "petitioner"), ("13899603472", "phone", "petitioner")])
# --- questions ---
R("question", "请问一下，我们小区边上要建一个垃圾中转站，离幼儿园只有一百米，会不会对孩子有影响？我们是大武口区长胜街道的居民。",
  la=True, P=pl("大武口区"), kinds=["solid_waste", "air"], ids=[("大武口区长胜街道", "address", "petitioner")])
R("question", "楼下那家洗车店天天把水冲到马路上，冬天结冰了好几次有人摔倒，这个归不归你们管？地址在独山子区金山路街道。",
  P=pl("独山子区"), kinds=["water"], ref=["城管", None])
R("question", "我们这儿的电视塔旁边要装5G基站，网上都说有辐射，会得癌症，是真的吗？你们能不能来测一下？我住在湟中区鲁沙尔镇。",
  la=True, P=pl("湟中区"), kinds=["radiation"], ids=[("湟中区鲁沙尔镇", "address", "petitioner")])
R("question", "为什么我们举报了三次，那个叫天成石材的加工厂还在偷偷切石头？粉尘满天飞，工人连口罩都不戴，去年有个老工人查出了尘肺。麦积区社棠镇的。",
  la=True, P=pl("麦积区"), polluter="天成石材", kinds=["air"])
R("question", "长期吃用污水浇的菜会不会中毒？我们村边上的菜地都是用排污沟里的水浇的，天水麦积区甘泉镇，现在还没人生病。",
  la=True, P=pl("麦积区"), kinds=["water", "soil"])
R("question", "通州区那个新开的搅拌站能不能让它晚上别干了？每天半夜大车进出，我们小区两百多户都睡不好。",
  la=True, P="?通州区", kinds=["noise"], aff=A("两百多户", "household", None, 201, 299))
# --- English ---
R("english", "Hi, I live in Pudong, Lujiazui area. The restaurant downstairs has a smell so strong it is literally killing me, haha. Not really, but it is every night and my kids can't sleep. Can someone check their exhaust? Thanks, Mark Tan",
  la=True, lang="en", P=pl("浦东新区"), kinds=["air"], ref=FUMES, name="Mark Tan", ids=[("Mark Tan", "name", "petitioner"), ("Pudong, Lujiazui area", "address", "petitioner")])
R("english", "Yesterday there was a fire drill at the chemical plant near our apartment in Dushanzi, lots of smoke and sirens, no one was hurt and they said it was planned. I just want to say they should inform residents first, many people panicked.",
  la=True, lang="en", P=pl("独山子区"), kinds=["air"], cat="建议意见")
R("english", "Found one dead bird near the lake in Haidian... sorry, in Changping, Beijing, near Shahe. Probably nothing, but the water looks greenish lately. Maybe worth a look. - Sophie",
  la=True, lang="en", P=pl("昌平区"), kinds=["water", "ecology"], name="Sophie", ids=[("Sophie", "name", "petitioner")])
R("english", "I run a guesthouse in Yangshuo. Bamboo rafts with loud speakers pass every day from 8am to 6pm, the noise is non-stop. Hundreds of tourists, it's a crowd but friendly, it's just the music. Can there be a rule for this?",
  la=True, lang="en", P=pl("阳朔县"), kinds=["noise"], ref=["文化旅游", None])
R("english", "There is a factory called Greenfield Chemicals in Shuangliu, Chengdu. If it ever leaks it could poison the whole town, people say. Nothing has happened yet, but I think its storage tanks are too close to the school. My email is not needed, call me: (+86) 133-0802-7719. Daniel Wu",
  la=True, lang="en", P=pl("双流区"), polluter="Greenfield Chemicals", kinds=["air", "other"], name="Daniel Wu", phone="13308027719",
  ids=[("Daniel Wu", "name", "petitioner"), ("(+86) [133-0802-7719]", "phone", "petitioner")])
# --- mixed ---
R("mixed", "每天晚上七点，楼下广场上几百个阿姨跳广场舞，speaker开得超级大声，我们不是要吵架，只是想请她们turn down一点。地址：南宁市武鸣区城厢镇。",
  la=True, P=pl("武鸣区"), kinds=["noise"], ref=LIFE)
R("mixed", "我们group里两百多个业主都在讨论楼下那个KFC旁边的垃圾站臭的问题，大家准备联名写一封letter给你们，不会去闹事，就想要个回复。我们是兰山区银雀山街道某小区的。",
  la=True, P=pl("兰山区"), kinds=["solid_waste", "air"], aff=A("两百多个业主", "person", None, 201, 299))
R("mixed", "Hello我是在奉贤区南桥镇工作的外企员工Kevin，公司附近有个河道常年有foam漂着，有点smell，不算严重，想问问有没有人在monitor。",
  la=True, P=pl("奉贤区"), kinds=["water"], name="Kevin", ids=[("Kevin", "name", "petitioner")])
# --- WeChat ---
R("wechat", "救命啊😭楼上装修三个月了 电钻从早到晚 周末也不停 我快疯了 青浦区夏阳街道 业主群里都炸锅了 物业说管不了",
  la=True, P=pl("青浦区"), kinds=["noise"], ref=LIFE)
R("wechat", "[图片][图片] 你们看这个烟囱 滨海新区大沽街道 天天冒白烟 是不是着火了？后来问了人说是水蒸气 不是烟 但是还是想请你们确认一下有没有污染",
  la=True, P=pl("滨海新区"), kinds=["air"])
R("wechat", "举报 举报 静海区独流镇 有个废塑料加工点 晚上偷偷开 味儿特别大 能把人毒死 老板是外地的 姓韦 大家都叫他韦老板",
  la=True, P=pl("静海区"), kinds=["air"], ids=[("姓[韦]", "name", "third"), ("[韦]老板", "name", "third")])
# --- elderly ---
R("elderly", "我是个八十岁的老太太，不会打字，孙子帮我写的。我家住在巴宜区八一镇，楼下开了个小饭馆，烟子冒到我屋里，我这个老气管炎这几年越来越厉害了，咳嗽吐痰。请领导给管一管。余秀珍",
  la=True, P=pl("巴宜区"), kinds=["air"], ref=FUMES, name="余秀珍",
  ids=[("余秀珍", "name", "petitioner"), ("巴宜区八一镇", "address", "petitioner")])
R("elderly", "领导同志：我是一名老党员，今年七十六岁，住在堆龙德庆区东嘎街道。有人说我们这儿的地下水有毒，可我喝了一辈子也没事。我就是想请你们来化验一下，给大家吃个定心丸。",
  la=True, P=pl("堆龙德庆区"), kinds=["water"], ids=[("堆龙德庆区东嘎街道", "address", "petitioner")])
# --- accusations, referrals and other categories ---
R("plain", "实名举报乌鲁木齐米东区某环保所所长收了化工厂老板的好处，每次检查前都提前通知企业，企业一查就停，一走就排。希望纪委介入。举报人：阿不都热合曼，身份证 650105 19750811 005X，电话 13579843021，请对我的信息保密。",
  P=pl("米东区"), kinds=["air", "water"], cat="检举控告", ref=["纪检监察", None], conf=True, name="阿不都热合曼", phone="13579843021", idn="65010519750811005X",
  ids=[("阿不都热合曼", "name", "petitioner"), ("650105 19750811 005X", "id", "petitioner"), ("13579843021", "phone", "petitioner")])
R("plain", "我在汉中勉县的一家化工厂干了两年，老板欠了我们十几个工人三个月的工资不给，厂子还偷排废水，工资的事你们能帮我们要吗？",
  P=pl("勉县"), kinds=["water"], sub=None, ref=["人社", None], aff=A("十几个工人", "person", None, 11, 19))
R("plain", "我和长安区的一家建材厂因为粉尘污染打官司，法院一审判了，我不服，你们环保局能不能出面帮我改判？",
  P="?长安区", kinds=["air"], sub=None, ref=["法院"])
R("question", "门源县那个电站把河道截断了，下游的河滩全干了，鱼也没了，这种情况能不能要求他们放生态水？我们是浩门镇的。",
  P=pl("门源回族自治县"), kinds=["ecology", "water"], ref=["水利", None])

assert _n[0] == 215, _n[0]
print("look-alikes", len(LA), LA)
W("cases-voice.jsonl")
