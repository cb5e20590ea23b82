"""Round thirteen (blind), cases-voice.jsonl: r13-109–176. speech, dialects, typos, questions. Labels by hand; pl() only
spells the county's official chain; idn() gives the check digit."""
import mk  # noqa: F401  (puts .. on the path)
from cases import A, C, W
from pl import pl, idn

N = [108]


def K(reg, text, **kw):
    N[0] += 1
    C(f"r13-{N[0]:03d}", reg, text, **kw)


ID1 = idn("42128119650312351")  # 赤壁市, read out in Chinese numerals below
assert ID1 == "421281196503123519"

# ---- speech (109–121)
K("speech", "喂 喂 听得到吧 嗯 我在乐清市柳市镇 就是 就是电器城后面那排仓库 着火了 烟大得看不见人 里面 里面还住着人的 有人在睡觉 你们快点",
  P=pl("乐清市"), kinds=["air"], life=True)
K("speech", "那个 我是攸县的 哦说错了 是茶陵县 我们村那个养猪场的粪池子 我侄子掉下去了 刚捞上来 不喘气了 边上一股冲鼻子的味",
  P=pl("茶陵县"), kinds=["air", "water"], life=True)
K("speech", "我姓陈 耳东陈 叫陈建国 建德市大同镇的 我们村自来水 呃 从中午开始一股柴油味 全村都喝这个水 电话一三九 五七一二 零零八六",
  P=pl("建德市"), kinds=["water"], urgent=True, name="陈建国", phone="13957120086", aff=A("全村", "village", 1, 1, 1),
  ids=[("我姓[陈]", "name", "petitioner"), ("耳东陈", "name", "petitioner"), ("陈建国", "name", "petitioner"),
       ("一三九 五七一二 零零八六", "phone", "petitioner")])
K("speech", "就是 安吉县孝丰镇那个石料厂 叫 叫鑫达 哎不对 是鑫泰石料厂 晚上轧石头 轰轰的 一直到后半夜 然后呢 然后找过村里也没用",
  P=pl("安吉县"), polluter="鑫泰石料厂", kinds=["noise"])
K("speech", "嗯 新沂市墨河街道这边搅拌站灰太大了 我电话是 一五八 六二一四 三三七零 哦不对 最后四位是三三七九 你们记一下",
  P=pl("新沂市"), kinds=["air"], phone="15862143379",
  ids=[("一五八 六二一四 三三七零", "phone", "petitioner"), ("三三七九", "phone", "petitioner")])
K("speech", "我叫 叫何春梅 赤壁市赵李桥镇的 身份证 四二一二八一 一九六五零三一二 三五一九 我们组边上那个砖厂的烟 熏得菜都黄了 这个要登记身份证是吧",
  P=pl("赤壁市"), kinds=["air"], name="何春梅", idn=ID1,
  ids=[("何春梅", "name", "petitioner"), ("四二一二八一 一九六五零三一二 三五一九", "id", "petitioner")])
K("speech", "玉环市坎门街道 那个 那个鱼粉加工的 味道 怎么说呢 就是臭 臭得衣服晒外面都是腥的 我姓赵 走肖赵",
  P=pl("玉环市"), kinds=["air"], name="赵", ids=[("我姓[赵]", "name", "petitioner"), ("走肖赵", "name", "petitioner")])
K("speech", "你好 我上个月打过一次 受理号是 HB2026110700853 就是想问问 现在办到哪一步了",
  intent="status", case="HB2026110700853")
K("speech", "哎呀你这个我说不明白 你就给我找个人接电话 真人 找个真人", intent="human")
K("speech", "我想问一下 就是 晚上 晚上几点以后的噪音算扰民啊 有没有个规定", intent="info")
K("speech", "这个事 别让厂里知道是我打的电话啊 我就在里头上班 嘉鱼县那个 华 华星 华星化工 晚上把废水直接往长江边的沟里放",
  P=pl("嘉鱼县"), polluter="华星化工", kinds=["water"], conf=True)
K("speech", "溧水区 嗯 晶桥镇 养猪场 然后呢 然后就是那个粪 直接拉到地里堆着 苍蝇 然后臭 一刮东风整个村都是",
  P=pl("溧水区"), kinds=["air", "solid_waste"], aff=A("整个村", "village", 1, 1, 1))
K("speech", "诸暨市店口镇那个 铜 铜管厂 叫什么来着 反正就是铜管厂 酸洗的水 夜里往河里放 河都绿了 我就说这个",
  P=pl("诸暨市"), kinds=["water"])

# ---- dialect-yue (122–126)
K("dialect-yue", "高明區荷城街道嗰間塑膠廠啱啱燒起嚟，黑煙好大，聽講仲有兩個工人困喺二樓出唔到嚟！",
  P=pl("高明区"), kinds=["air"], life=True, aff=A("兩個工人", "person", 2, 2, 2))
K("dialect-yue", "新会区司前镇我个鱼塘今朝啲鲩鱼全部反肚浮咗上嚟，成塘都系，隔篱个厂琴晚排咗好多黑水。",
  P=pl("新会区"), kinds=["water"], urgent=True)
K("dialect-yue", "端州区我楼下新开咗间烧腊店，啲油烟日日攻入屋，窗都唔敢开。",
  P=pl("端州区"), kinds=["air"])
K("dialect-yue", "从化区太平镇隔离村嗰个丰源畜牧嘅猪场，臭到我哋食饭都食唔落。",
  P=pl("从化区"), polluter="丰源畜牧", kinds=["air"])
K("dialect-yue", "我系何生，住增城区新塘镇，对面地盘夜晚十二点仲打桩，电话13622471905，唔该帮手。",
  P=pl("增城区"), kinds=["noise"], name="何", phone="13622471905",
  ids=[("[何]生", "name", "petitioner"), ("13622471905", "phone", "petitioner")])

# ---- dialect-chuanyu (127–131)
K("dialect-chuanyu", "遭了遭了，大足区龙水镇那个厂子不晓得放了啥子气，好几个人遭熏倒了，躺在坝子头起不来！",
  P=pl("大足区"), kinds=["air"], life=True, aff=A("好几个人", "person", None, 3, 9))
K("dialect-chuanyu", "合川区嘉陵江边边上，今天早上河头的鱼死得白花花的一大片，一直漂到码头那边。",
  P=pl("合川区"), kinds=["water"], urgent=True)
K("dialect-chuanyu", "广汉市向阳镇那个厂天天半夜排黑烟，呛得人遭不住，窗子关起都没得用。",
  P=pl("广汉市"), kinds=["air"])
K("dialect-chuanyu", "威远县连界镇鑫旺煤业的车子一天到黑跑，路上灰巴巴的，娃儿上学回来一身黑。",
  P=pl("威远县"), polluter="鑫旺煤业", kinds=["air"])
K("dialect-chuanyu", "荣县旭阳镇那个石厂轰隆轰隆的，吵得脑壳痛，晚上也不歇一哈。",
  P=pl("荣县"), kinds=["noise"])

# ---- dialect-dongbei (132–135)
K("dialect-dongbei", "台安县桑林镇咱屯子那化肥厂漏气了，老多人迷糊了，有俩都撂那儿不动弹了，快整人来！",
  P=pl("台安县"), kinds=["air"], life=True)
K("dialect-dongbei", "桦甸市夹皮沟那金矿往河套里放的水埋汰得不行，鱼都没了，咱这疙瘩人还搁那洗衣服呢。",
  P=pl("桦甸市"), kinds=["water"])
K("dialect-dongbei", "佳木斯郊区长青乡那嘎达的烧烤摊子，整宿乌烟瘴气的，嗷嗷吵吵到后半夜。",
  P=pl("郊区", "佳木斯市"), kinds=["air", "noise"], ref=["城管", None])
K("dialect-dongbei", "灯塔市柳河子镇那猪场，整个屯子都臭得够呛，夏天没法开窗户，真闹心。",
  P=pl("灯塔市"), kinds=["air"], aff=A("整个屯子", "village", 1, 1, 1))

# ---- dialect-wu (136–139)
K("dialect-wu", "锡山区东港镇阿拉屋后头河浜里向额鱼全部翻肚皮哉，一条一条浮勒水面浪，还有股怪味道。",
  P=pl("锡山区"), kinds=["water"], urgent=True)
K("dialect-wu", "越城区斗门街道伊拉厂叫金桥化纤，日里夜里排臭气，臭得来吃勿消。",
  P=pl("越城区"), polluter="金桥化纤", kinds=["air"])
K("dialect-wu", "奉化区江口街道对过工地夜里还勒拉敲，吵得来觉也困勿着，老人家心脏勿好。",
  P=pl("奉化区"), kinds=["noise"])
K("dialect-wu", "崇明区新河镇阿拉宅基后头养鸭棚，臭是臭得来，苍蝇一天到夜嗡嗡叫。",
  P=pl("崇明区"), kinds=["air"])

# ---- dialect-minnan (140–143)
K("dialect-minnan", "德化县浔中镇阮厝边彼间瓷仔厂烧窑，烟攻入来，阮阿公规个人昏去矣，叫袂醒！",
  P=pl("德化县"), kinds=["air"], life=True)
K("dialect-minnan", "云霄县莆美镇溪仔的水臭甲袂堪得，上头有养猪场一直放屎水落来。",
  P=pl("云霄县"), kinds=["water"])
K("dialect-minnan", "洛江区马甲镇石材厂的粉规日咧飞，阮厝内底桌顶擦了閣有。",
  P=pl("洛江区"), kinds=["air"])
K("dialect-minnan", "东山县铜陵镇海边的鱼粉厂，暗时煮鱼粉，规条街攏是臭腥味。",
  P=pl("东山县"), kinds=["air"])

# ---- dialect-other (144–152)
K("dialect-other", "𠊎系蕉岭县新铺镇个，屋家后背个石灰窑烟大到毋得了，𠊎兜老人家咳到夜晡都睡毋得。",
  P=pl("蕉岭县"), kinds=["air"])
K("dialect-other", "原平市崞阳镇俺们村那个焦厂，黑烟冒得圪蹴在院里都呛得慌，一天到黑不停。",
  P=pl("原平市"), kinds=["air"])
K("dialect-other", "中不中啊，沈丘县槐店镇俺村那井水今儿个一下变黑了，一股子药味儿，全村都吃这井水哩。",
  P=pl("沈丘县"), kinds=["water"], urgent=True, aff=A("全村", "village", 1, 1, 1))
K("dialect-other", "衡南县松江镇我屋隔壁那个炼锌的厂子冒黄烟，伢子闻了喊脑壳痛，现在倒在地上打摆子，嘴巴都咬紧了！",
  P=pl("衡南县"), kinds=["air"], life=True)
K("dialect-other", "兴平市阜寨镇咧个厂子一天到黑嗡嗡嗡，吵得人心里毛乱，额妈晚上就睡不着。",
  P=pl("兴平市"), kinds=["noise"])
K("dialect-other", "介嘛味儿啊，东丽区军粮城那边好嘛天天晚上烧橡胶，我们这儿嗓子眼儿都齁得慌。",
  P=pl("东丽区"), kinds=["air"])
K("dialect-other", "搞么斯啊，蔡甸区奓山街那个搅拌站的灰，个斑马，车子停一晚上就白了。",
  P=pl("蔡甸区"), kinds=["air"])
K("dialect-other", "俺那旮旯博山区山头街道陶瓷厂的烟筒冒黄烟，呛得人嗓子眼儿疼，夜里更邪乎。",
  P=pl("博山区"), kinds=["air"])
K("dialect-other", "陆良县那个造纸厂哦，水排到南盘江头去，臭得很嘛，江边边上都是白泡泡。",
  P=pl("陆良县"), kinds=["water"])

# ---- typo (153–165)
K("typo", "来源县的铁矿尾矿库挎了，泥将冲进下面的村子，有房子被埋，里头有人！",
  P=pl("涞源县"), kinds=["solid_waste", "water"], life=True)
K("typo", "务源县紫阳镇河里死鱼一大遍，上游工厂头放的，现在还在死。",
  P=pl("婺源县"), kinds=["water"], urgent=True)
K("typo", "剩州市的领带厂把印然废水头放到河里，河水变成兰色的了。",
  P=pl("嵊州市"), kinds=["water"])
K("typo", "五穴市画工园区的异未太大了，晚上睡觉都要带口照。",
  P=pl("武穴市"), kinds=["air"])
K("typo", "俊县那个养诸场鄂臭扑鼻，夏天根本没法出门，马烦管一管。",
  P=pl("浚县"), kinds=["air"])
K("typo", "毫州谯城区有家中药材加工厂烧煤帽黑烟，整条街都是烟味。",
  P=pl("谯城区"), kinds=["air"])
K("typo", "番阳县湖里采沙船半夜早音很大，轰轰响到天亮。",
  P=pl("鄱阳县"), kinds=["noise"], ref=["水利", None])
K("typo", "荣阳市我们村边上有人乱倒拉及，堆成山了，臭未熏天。",
  P=pl("荥阳市"), kinds=["solid_waste"])
K("typo", "文上县的石料厂分尘太大，庄稼叶子上全是灰，据报一下。",
  P=pl("汶上县"), kinds=["air"])
K("typo", "从阳县有个厂把勿水排进长江支流，水面一层泡沫。",
  P=pl("枞阳县"), kinds=["water"])
K("typo", "峦川县钼矿的废渣倒在河道里，还宝局能不能来看看？",
  P=pl("栾川县"), kinds=["solid_waste", "water"])
K("typo", "祈春县艾草加工厂烧锅炉的烟太呛鼻，我家小孩天天咳簌。",
  P=pl("蕲春县"), kinds=["air"])
K("typo", "wo shi ju xian xia zhuang zhen de, cun bian shang you ge hua gong chang wan shang pai fei qi, chou de shui bu zhao jiao, qing guan yi xia.",
  P=pl("莒县"), kinds=["air"])

# ---- question (166–176)
K("question", "句容市下蜀镇边上那个厂冒黄烟，把我老公熏倒了，现在喊不醒，我是先打120还是先找你们？",
  P=pl("句容市"), kinds=["air"], life=True)
K("question", "宝应县射阳湖镇我们村井水突然一股农药味，全村都在喝，这水到底还能不能入口？",
  P=pl("宝应县"), kinds=["water"], urgent=True, aff=A("全村", "village", 1, 1, 1))
K("question", "金坛区儒林镇工地半夜还在打桩，这种夜里施工到底有没有人批过？",
  P=pl("金坛区"), kinds=["noise"])
K("question", "高邮市界首镇那个鸭场的粪水直接排进湖里，难道就没有一个人看得见？",
  P=pl("高邮市"), kinds=["water"])
K("question", "凭什么金鼎化工能天天往如皋市长江镇放臭气？我们老百姓就活该闻着？",
  P=pl("如皋市"), polluter="金鼎化工", kinds=["air"])
K("question", "射阳县海边那一片风机整夜嗡嗡响，这种噪音国家有没有标准？能不能让它晚上停一停？",
  P=pl("射阳县"), kinds=["noise"])
K("question", "海安市城东镇把垃圾中转站建在我们楼底下，这到底是谁批的？",
  P=pl("海安市"), kinds=["solid_waste"])
K("question", "启东市汇龙镇烧烤摊的烟直往我家窗户里灌，这种事该找城管还是找你们？",
  P=pl("启东市"), kinds=["air"], ref=["城管", None])
K("question", "东台市弶港镇光伏板清洗的水都流进我家鱼塘了，会不会有毒？要不要来测？",
  P=pl("东台市"), kinds=["water"])
K("question", "建项目前的环评公示一般在哪里能看到？", intent="info")
K("question", "举报偷排污水有没有奖励？大概能奖多少？", intent="info")

W("cases-voice.jsonl")
