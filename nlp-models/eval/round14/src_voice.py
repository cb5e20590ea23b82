"""Round fourteen (blind), cases-voice.jsonl: r14-109–176. speech, dialects, typos, questions.
Labels by hand; pl() only spells the county's official chain; idn() gives the check digit."""
import mk  # noqa: F401  (puts .. on the path)
from cases import A, C, W
from pl import pl, idn

N = [108]


def K(reg, text, **kw):
    N[0] += 1
    C(f"r14-{N[0]:03d}", reg, text, **kw)


def zh(digits):
    """digits read out one by one, as a caller would (1 as 幺 where noted by the caller's habit)"""
    return "".join("零一二三四五六七八九"[int(d)] if d != "X" else "叉" for d in digits)


PS = ["公安", None]
CG = ["城管", None]
ID1 = idn("33040219520311041")  # 南湖区, read out below
ID1ZH = zh(ID1[:6]) + " " + zh(ID1[6:14]) + " " + zh(ID1[14:])

# ---- speech (109–121)
K("speech", "喂 喂 你好 我这边是 嗯 溧水区 不对不对 是高淳区 我们村后面那个 那个化工仓库在冒烟 烟是紫色的 我老婆闻了一下就吐了 "
  "现在躺地上起不来 120我打了 你们也赶紧来看看", P=pl("高淳区"), kinds=["air"], life=True)
K("speech", "就是 那个 我在桥上看到 一辆车往河里倒东西 白色的 还冒泡 这河水是我们镇上自来水厂抽的啊 在安吉递铺这边 "
  "我姓 口天吴 吴 电话是一五八 零六二七 三九一四", P=pl("安吉县"), kinds=["water"], life=True, name="吴", phone="15806273914",
  ids=[("口天吴", "name", "petitioner"), ("口天吴 [吴]", "name", "petitioner"), ("一五八 零六二七 三九一四", "phone", "petitioner")])
K("speech", "你好 我要反映 就是我们河边那个 呃 金鑫 金鑫选矿厂 这会儿正往河里放尾矿 河水都红了 鱼都在往岸上蹦 在 在商南县",
  P=pl("商南县"), kinds=["water"], urgent=True, polluter="金鑫选矿厂")
K("speech", "嗯 我想说一下 我们小区门口那个 那个洗车店 天天往下水道倒油污 下水道都堵了 我住嘉兴南湖区 啊 我叫 叫 周 周丽萍 "
  "电话 一三九 幺幺七二 零零八五", P=pl("南湖区"), kinds=["water"], name="周丽萍", phone="13911720085",
  ids=[("周丽萍", "name", "petitioner"), ("一三九 幺幺七二 零零八五", "phone", "petitioner")])
K("speech", "我是老党员了 我叫何永福 身份证号我念一下 " + ID1ZH + " 我们南湖区新丰镇那个酱鸭作坊 杀鸭子的血水都往河浜里放 "
  "河浜臭了一个夏天了", P=pl("南湖区"), kinds=["water"], name="何永福", idn=ID1,
  ids=[("何永福", "name", "petitioner"), (ID1ZH, "id", "petitioner")])
K("speech", "我是那个 长垣的 哦不是 是封丘县的 我们那个造纸厂 天天晚上偷排 白天不排 就是专门挑晚上",
  P=pl("封丘县"), kinds=["water"])
K("speech", "就是那个 楼下 呃 那个麻将馆 天天吵到一两点 洗牌的声音 吆喝的声音 在桂林 七星区 我们都睡不着",
  P=pl("七星区"), kinds=["noise"], ref=PS)
K("speech", "喂 我想查一下我上个月报的那个事 编号是HB2026110700215 到现在也没人联系我 是不是没人管了",
  intent="status", case="HB2026110700215")
K("speech", "你这个机器人根本听不懂 给我转人工 我要跟你们领导说话", intent="human")
K("speech", "我想问一下 你们 你们几点下班啊 周六有没有人 我想过去当面说", intent="info")
K("speech", "我不说名字啊 反正就是那个 达州达川区 那个 那个砂石场 晚上拉沙的车 轰轰的 噪音特别大",
  P=pl("达川区"), kinds=["noise"])
K("speech", "那个 叫 叫什么来着 对 叫远洋水产 做鱼粉的 那个味道 臭得 舟山普陀这边 风一吹全岛都闻得到",
  P=pl("普陀区", "舟山市"), kinds=["air"], polluter="远洋水产")
K("speech", "快点快点 我们工地旁边那个 那个加气站 管子断了 在喷 声音好大 好多人在跑 在 在兰州西固区",
  P=pl("西固区"), kinds=["air"], life=True)

# ---- dialect-yue (122–126)
K("dialect-yue", "喂，我喺順德樂從度，隔籬嗰間傢俬廠成日噴油漆，啲味攻到成棟樓都係，個個頭痛，你哋幾時嚟睇吓？",
  P=pl("顺德区"), kinds=["air"])
K("dialect-yue", "唔該快啲嚟！番禺石碁鎮我哋條村有間廠着咗火，啲煙好黑，有幾個伯爺公仲未走得出嚟，困喺屋企",
  P=pl("番禺区"), kinds=["air"], life=True)
K("dialect-yue", "啲魚死晒啊，成個塘浮晒白肚，新會嗰個污水廠今朝排咗好多水落條涌度",
  P=pl("新会区"), kinds=["water"], urgent=True)
K("dialect-yue", "樓下大排檔啲油煙，熏到我阿媽咳到死，晚晚都係咁，荔灣區",
  P=pl("荔湾区"), kinds=["air"], ref=CG)
K("dialect-yue", "我哋高明條村有間叫「興旺豬場」嘅，臭到冇朋友，啲豬屎水直接流落田",
  P=pl("高明区"), kinds=["water", "air"], polluter="興旺豬場")

# ---- dialect-chuanyu (127–131)
K("dialect-chuanyu", "遭了遭了，我们这边化工厂的罐子漏了，一股子怪味道，隔壁幺爸已经倒起了，喊都喊不醒，綦江区古南街道",
  P=pl("綦江区"), kinds=["air"], life=True)
K("dialect-chuanyu", "合川这边嘉陵江边上这阵有人在倒废油，一桶一桶往江头倒，你们快点来嘛",
  P=pl("合川区"), kinds=["water"], urgent=True)
K("dialect-chuanyu", "那个砖厂天天冒黑烟，呛死个人，整得我们衣服都晒不出来，在阆中",
  P=pl("阆中市"), kinds=["air"])
K("dialect-chuanyu", "楼底下那个茶铺子麻将打到半夜，吵得脑壳痛，说了好多回都不听，万州区",
  P=pl("万州区"), kinds=["noise"], ref=PS)
K("dialect-chuanyu", "我们南部县镇上那个川北煤化，排的水黢黑，庄稼都遭了，我姓邓，电话139 8170 5526",
  P=pl("南部县"), kinds=["water"], polluter="川北煤化", name="邓", phone="13981705526",
  ids=[("我姓[邓]", "name", "petitioner"), ("139 8170 5526", "phone", "petitioner")])

# ---- dialect-dongbei (132–135)
K("dialect-dongbei", "哎呀妈呀快来人吧，俺们屯子那口井的水今天一股药味儿，俺家小子喝了一口直抽抽，嘴里冒白沫，尚志市",
  P=pl("尚志市"), kinds=["water"], life=True)
K("dialect-dongbei", "那锅炉房一天到晚冒黑烟，整得跟下了煤灰似的，嘎哈呢这是，铁西区这块儿",
  P="?铁西区", kinds=["air"])
K("dialect-dongbei", "俺们这嘎达有个养牛场，粪水横流，埋汰死了，虎林市的",
  P=pl("虎林市"), kinds=["water"])
K("dialect-dongbei", "老铁我跟你说，这KTV天天嚎到后半夜，闹心巴拉的，五大连池市",
  P=pl("五大连池市"), kinds=["noise"], ref=PS)

# ---- dialect-wu (136–139)
K("dialect-wu", "阿拉小区门口条河里向今朝一歇歇变红了，还冒泡泡，鱼也翻白了，松江区",
  P=pl("松江区"), kinds=["water"], urgent=True)
K("dialect-wu", "隔壁个厂天天夜里向开机器，吵得来困勿着，侬拉好管管伐，张家港",
  P=pl("张家港市"), kinds=["noise"])
K("dialect-wu", "伊拉个化工厂臭得来，闷煞人，吴江个盛泽镇浪向",
  P=pl("吴江区"), kinds=["air"])
K("dialect-wu", "北仑港区边浪粉尘老大个，窗门开勿得，台子浪一日就一层灰",
  P=pl("北仑区"), kinds=["air"])

# ---- dialect-minnan (140–143)
K("dialect-minnan", "緊來！阮厝邊的工廠咧漏氣，阿嬤吸着就倒落去，叫攏袂醒，石狮市",
  P=pl("石狮市"), kinds=["air"], life=True)
K("dialect-minnan", "這間石材廠規工咧磨石頭，灰塵飛歸庄，南安水頭鎮",
  P=pl("南安市"), kinds=["air"])
K("dialect-minnan", "同安這間豬舍臭甲欲死，阮攏毋敢開窗",
  P=pl("同安区"), kinds=["air"])
K("dialect-minnan", "龍海阮兜附近有人偷倒糞埽佇溪仔邊，臭甲",
  P=pl("龙海区"), kinds=["solid_waste"])

# ---- dialect-other (144–152)
K("dialect-other", "额们村后头的电石厂冒出来一股子黄烟，娃娃们咳得喘不上气，有个碎娃娃晕咧，快来人，蒲城县",
  P=pl("蒲城县"), kinds=["air"], life=True)
K("dialect-other", "那个兰炭厂一天价冒烟，把人呛得，额们这搭的庄稼叶叶都黑咧，横山区",
  P=pl("横山区"), kinds=["air"])
K("dialect-other", "咯只锰矿厂今天把废渣倒到河里去哒，水都变成黑咯哒，下面就是我屋里洗衣服的地方，花垣县",
  P=pl("花垣县"), kinds=["water"], urgent=True)
K("dialect-other", "隔壁那个养猪场臭得冒得法，天天熏起，搞么子名堂，汉寿县",
  P=pl("汉寿县"), kinds=["air"])
K("dialect-other", "那个煤矿的水流到我家田头，秧子都黄完咯，盘州市",
  P=pl("盘州市"), kinds=["water"])
K("dialect-other", "我们这边棉花加工厂的飞絮，一天到晚飘，鼻子里面都是，库车市",
  P=pl("库车市"), kinds=["air"])
K("dialect-other", "介工厂天天晚上排气，味儿忒大了，嘛玩意儿啊这是，武清区",
  P=pl("武清区"), kinds=["air"])
K("dialect-other", "俺庄上那个酱菜厂排的水，齁咸齁咸的，地都白了，沂水县",
  P=pl("沂水县"), kinds=["water", "soil"])
K("dialect-other", "阿门个了，河里的水这两天一股柴油味，洗衣裳都不敢，互助县",
  P=pl("互助土族自治县"), kinds=["water"])

# ---- typo (153–165)
K("typo", "邳洲市有个炼油厂天天冒黑烟，周围的树叶都被熏黑了，请有关部门查处",
  P=pl("邳州市"), kinds=["air"])
K("typo", "我要举抱，兴宁市有家石灰窖，灰尘很大，路过都看不清路",
  P=pl("兴宁市"), kinds=["air"])
K("typo", "刘阳的烟花厂附近河水发出一股怪味，鱼在水面翻肚皮，一大片",
  P=pl("浏阳市"), kinds=["water"], urgent=True)
K("typo", "快来人，嘉峪关有家工厂漏汽了，好几个人中独晕倒了",
  P="甘肃省/嘉峪关市/-", kinds=["air"], life=True, aff=A("好几个人", "person", None, 3, 9))
K("typo", "粱山县有家养值场粪便乱排，味道刺鼻",
  P=pl("梁山县"), kinds=["air"])
K("typo", "茅台镇的洒厂太多了，洒糟乱倒，赤水河都发臭了",
  P=pl("仁怀市"), kinds=["water"])
K("typo", "渣土车掉落物，马路上全是泥，已经反应过很多次了，东光县",
  P=pl("东光县"), kinds=["solid_waste"], ref=CG)
K("typo", "怀宁县有个采沙场在河道里日夜开采，燥声很大，还有恢尘",
  P=pl("怀宁县"), kinds=["noise", "air"], ref=["水利", None])
K("typo", "我们小区旁变的化粪池满了，污水流到路上，柳北区",
  P=pl("柳北区"), kinds=["water"])
K("typo", "哪个部门管油烟啊，饭店的排风口正对着我家窗户，熏得黑呼呼的，西乡塘区",
  P=pl("西乡塘区"), kinds=["air"], ref=CG)
K("typo", "永康市江南街道的鼎盛五金厂电渡车间废液乱倒，地都变色了",
  P=pl("永康市"), kinds=["soil"], polluter="鼎盛五金厂")
K("typo", "杨州江都区化工园区晚上偷偷排气，气未很冲，开窗就闻到",
  P=pl("江都区"), kinds=["air"])
K("typo", "赤锋松山区的稀土厂，尾矿库离村子太近，担心以后出事",
  P=pl("松山区"), kinds=["solid_waste"])

# ---- question (166–176)
K("question", "能不能管一管我们村旁边那个沥青站？一开工整个村都是沥青味，德令哈市",
  P=pl("德令哈市"), kinds=["air"], aff=A("整个村", "village", 1, 1, 1))
K("question", "你们环保局到底管不管啊？洗煤厂的黑水天天流进河里，古交市",
  P=pl("古交市"), kinds=["water"])
K("question", "这种情况是不是要打120？我们车间有人清洗罐子的时候晕倒了，罐子里装过甲苯，汕头龙湖区",
  P=pl("龙湖区", "汕头市"), kinds=["air"], life=True)
K("question", "为什么河里的鱼突然全翻白了？就是刚刚，一大片，上游是不是有厂在排污？铅山县",
  P=pl("铅山县"), kinds=["water"], urgent=True)
K("question", "楼下面包店的烤炉每天凌晨四点就开始轰轰响，这个归你们管吗？乐清市",
  P=pl("乐清市"), kinds=["noise"])
K("question", "请问一下，如果发现有人偷倒危险废物，应该打哪个电话？需要拍照留证据吗？", intent="info")
K("question", "想问问你们的举报有奖励吗？比如举报偷排的，奖励怎么算", intent="info")
K("question", "我在11月20日反映的噪音问题，编号HB2026112000087，请问处理到哪一步了？",
  intent="status", case="HB2026112000087")
K("question", "上次说十五天内答复，案件号HB2026111400391，现在都一个月了，还没消息，怎么回事？",
  intent="status", case="HB2026111400391")
K("question", "凭什么那个叫「恒旺再生」的塑料回收厂可以天天烧垃圾？没人管吗？邯郸肥乡区",
  P=pl("肥乡区"), kinds=["air"], polluter="恒旺再生")
K("question", "能不能派人晚上来看看？那个化工厂的烟囱晚上十一点以后才开始冒烟，白天根本不冒，宁国市",
  P=pl("宁国市"), kinds=["air"])

W("cases-voice.jsonl")
