"""Round twenty-one: non-urgent reports in speech, dialect, typos, letters, questions, English, WeChat, elderly,
mixed, r21-152..215 (most of them urgent look-alikes)."""
from mk import C, A, W, ID, Q, town

for _c, _t in [("江宁区", "东山街道"), ("鹿城区", "五马街道")]:
    town(_c, _t)

_n = iter(range(152, 216))
L = []
LOOKALIKE = []
CG = ["城管", None]
SL = ["城管", "公安", None]
ZJ = ["住建", "城管", None]


def c(*a, look=True, **k):
    cid = "r21-%03d" % next(_n)
    if look:
        LOOKALIKE.append(cid)
    L.append(C(cid, *a, **k))


# speech
c("speech", "喂 你好 我想反映 就是 番禺区 那个 我们小区边上 嗯 有个烧烤档 叫 叫阿强烧烤 烟大得要命 不是着火啊 就是烟大 我姓 姓黎 黎明的黎",
  place="番禺区", kinds=["air"], pol="阿强烧烤", ref=CG, ids=["n:姓[黎]", "n:[黎]明的[黎]"])
c("speech", "那个 我是 那个 固始县的 我们那个河里 嗯 前几天有两条死鱼 就两条 也不知道咋回事 你们 有空来看看 电话 幺五九 三七六 二八 四零 五",
  place="固始县", kinds=["water"], ids=["p:幺五九 三七六 二八 四零 五"], phone="15937628405")
c("speech", "嗯 是这样的 我们 郫都区 红光镇 那个 工地 天天晚上 打那个 打桩 吵死人了 真的 吵死人了",
  place="郫都区", kinds=["noise"], ref=ZJ)
c("speech", "你好 我是 嗯 乐清的 柳市镇 那边 有个厂 叫 正泰 不是 正泰那个大的 是个小厂 叫正旺电器 晚上冲压 咣咣咣的 我电话是 一三八 五七七 零 二一 四六",
  place="乐清市", kinds=["noise"], pol="正旺电器", ids=["p:一三八 五七七 零 二一 四六"], phone="13857702146")
c("speech", "就是 那个 城厢区 采石场 放炮 隔一阵就 轰一下 不是出事 是他们 正常 开山 但是我家墙都裂了",
  place="城厢区", kinds=["noise", "ecology"], ref=["自然资源", None])
# dialect-yue
c("dialect-yue", "喂，我喺顺德大良，隔篱间五金厂日日打磨，嘈到死，不过冇人受伤冇嘢事，就系想你哋管下。",
  place="顺德区", kinds=["noise"])
c("dialect-yue", "江门蓬江区有间叫“好彩”嘅茶餐厅，啲油烟排晒落後巷，熏到我哋成栋楼，唔系火烧，系油烟。",
  place="蓬江区", kinds=["air"], pol="好彩", ref=CG, aff=A("成栋楼", "building", 1))
c("dialect-yue", "我阿妈话屋企后面条涌啲水黑过墨，臭到头都晕埋，不过冇人入院，系长期咁，佛山三水嘅。",
  place="三水区", kinds=["water"])
# dialect-dongbei
c("dialect-dongbei", "我们这旮沓沈阳大东区，有个烧烤店叫老铁烧烤，天天整到后半夜，烟呛得慌，吵吵巴火的，烦死了，但也没啥大事。",
  place="大东区", kinds=["air", "noise"], pol="老铁烧烤", ref=CG)
c("dialect-dongbei", "咱就是说，双城区那个养牛的，牛粪堆得老高了，埋了巴汰的，整个屯子都熏得够呛。",
  place="双城区", kinds=["air", "solid_waste"], aff=A("整个屯子", "village", 1))
c("dialect-dongbei", "我们公主岭市的那个饲料厂，叫吉牧饲料，一开工那动静跟打雷似的，老吓人了，其实也没爆炸啥的，就是吵。",
  place="公主岭市", kinds=["noise"], pol="吉牧饲料")
# dialect-chuanyu
c("dialect-chuanyu", "我们江津区几江街道这边，有个火锅店叫“老码头”，油烟子呛死个人，莫得着火哈，就是天天这样，搞得我们脑壳痛。",
  place="江津区", kinds=["air"], pol="老码头", ref=CG)
c("dialect-chuanyu", "绵竹市的一个磷化工厂，烟囱冒黄烟冒了好多年了，我们都习惯了，不是出啥子事，就是想问哈你们管不管得到。",
  place="绵竹市", kinds=["air"])
# dialect-wu
c("dialect-wu", "阿拉松江区泗泾镇个印花厂，一到夜里就排气，臭得来要死，勿是出事体，就是天天介。",
  place="松江区", kinds=["air"])
c("dialect-wu", "鹿城区有爿叫“阿福”个小饭店，油烟管子对牢阿拉屋里窗门，烦煞了。我是住鹿城区五马街道个居民，姓潘。",
  place="鹿城区", kinds=["air"], pol="阿福", ref=CG, ids=["a:鹿城区五马街道", "n:姓[潘]"])
# dialect-minnan
c("dialect-minnan", "阮兜佇龙海，隔壁一间木器厂逐工喷油漆，味真重，毋过人攏无代志，拜托恁来看一下。",
  place="龙海区", kinds=["air"])
c("dialect-minnan", "思明区有一间叫“海记”的海鲜店，半暝洗鱼水流规路，臭甲袂睏，毋是死鱼仔，是店里的水。",
  place="思明区", kinds=["water"], pol="海记", ref=CG)
# dialect-other
c("dialect-other", "俺们中牟县那个养鸡场，叫大鹏养殖场，鸡粪味儿中不中啊？一刮风满村都是，俺也不是说要出啥事，就是恁得管管。",
  place="中牟县", kinds=["air"], pol="大鹏养殖场", aff=A("满村", "village", 1))
c("dialect-other", "我们这儿是陕西蒲城县，那个焦化厂嘛，烟冒得嫑嫑的，咥饭都是一股煤烟味，也没啥事故，就是日子难过。",
  place="蒲城县", kinds=["air"])
# typo
c("typo", "我们小区旁边的宏达建才厂天天燥音很大，不是什么暴炸，就是机器响，在吉州区，请环宝局来看一下",
  place="吉州区", kinds=["noise"], pol="宏达建才厂")
c("typo", "乌鲁木齐米东区一个化肥厂的味到很大，头晕恶心，不过大家都没事，没人住院，就是长其这样",
  place="米东区", kinds=["air"])
c("typo", "旬阳市有个采沙场，在河里挖沙把河到都挖乱了，鱼到是没死，水浑的很",
  place="旬阳市", kinds=["ecology", "water"], ref=["水利", "自然资源", None])
c("typo", "我在桂阳县，附近有家叫“金泰”的冶练厂，烟囱冒烟，以前着过一会火，现在就是烟大，我叫何建军，电话1387355021四",
  place="桂阳县", kinds=["air"], pol="金泰", ids=["n:何建军", "p:1387355021四"], phone="13873550214")
# long
c("long", "尊敬的领导：\n您好！我是红旗区的一名退休教师。现反映以下几件事：\n一、小区东边的新乡市恒通化工有限公司，近两年一直有异味；\n二、前年这个厂着过一次小火，很快扑灭了，没有伤人；\n三、希望环保部门对其做一次全面检测。\n此致\n敬礼！\n退休教师 宋秀兰\n2026年12月5日",
  place="红旗区", kinds=["air"], pol="新乡市恒通化工有限公司", ids=["n:宋秀兰"])
c("long", "致江宁区生态环境局：\n我是江宁区东山街道的居民许亚东，电话13770825613。\n1. 附近的金陵石材厂切割噪声大；\n2. 粉尘落在车上、晾衣服都不行；\n3. 去年我们小区三十几户签名反映过，没有下文。\n请予处理，谢谢！",
  place="江宁区", kinds=["noise", "air"], pol="金陵石材厂", aff=A("三十几户", "household", None, 31, 39), look=False,
  ids=["a:江宁区东山街道", "n:许亚东", "p:13770825613"])
c("long", "领导们好，我写这封信反映嘉峪关市的问题：\n第一，酒钢的料场扬尘，每逢大风就漫天黄沙；\n第二，听人说厂里的煤气柜可能要爆，我去问过，是谣言；\n第三，希望有关部门能多洒水、加盖。\n一个老市民",
  place="嘉峪关市", kinds=["air"], pol="酒钢")
# question
c("question", "请问小区楼下的饭店油烟归你们管吗？我在蜀山区，楼下那家叫“徽州人家”的饭店油烟很大，不是急事，就是想问问该找谁。",
  place="蜀山区", kinds=["air"], pol="徽州人家", ref=CG, look=False)
c("question", "家门口的河里发现一条死鱼，要不要紧？我在北辰区，河水看着颜色正常，就是担心。",
  place="北辰区", kinds=["water"])
c("question", "工地晚上施工能不能管？任城区那个万达广场二期工地，每天晚上十点还在干，吵得我们睡不着。",
  place="任城区", kinds=["noise"], pol="万达广场二期工地", ref=ZJ, look=False)
c("question", "隔壁化工厂的火炬一晚上都在烧，这正常吗？我在泉港区，问了厂里说是正常燃烧，不是着火，但我们心里还是不踏实。",
  place="泉港区", kinds=["air"])
# wechat
c("wechat", "姐妹们，南浔区那个木地板厂又在烧边角料了🤮 烟大到看不清对面，不过没着火哈，就是呛",
  place="南浔区", kinds=["air"])
c("wechat", "[图片][图片] 这就是萧山区瓜沥镇的“飞鹰”化纤厂排的水，沟里一片白沫，鱼倒没死，先反映一下👇",
  place="萧山区", kinds=["water"], pol="飞鹰")
c("wechat", "👉 @12369 崇川区的南通星辰广场又放烟花了，放了半个小时，说是开业庆典，声音太大了，吵死了。",
  place="崇川区", kinds=["noise", "air"], pol="南通星辰广场", ref=SL)
c("wechat", "群里有人说平桥区那个化工厂要爆炸，我打听了一下，是谣言😂 不过那个厂的味道确实大，希望来测一下。",
  place="平桥区", kinds=["air"])
c("wechat", "我们楼下的“蜜雪冰城”外机噪音超大，半夜还在响，我住在海沧区，实在受不了了😫",
  place="海沧区", kinds=["noise"], pol="蜜雪冰城", ref=SL, look=False)
# elderly
c("elderly", "我是个八十岁的老太婆，住在兴宁区，不会说话，就说一件事：楼下的麻将馆天天到半夜，吵死人，不过不是啥急事，麻烦你们。",
  place="兴宁区", kinds=["noise"], ref=SL)
c("elderly", "我老汉今年七十五，在大荔县种了一辈子地，旁边那个做淀粉的厂子把黑水放到渠里，庄稼长得不好，你们来看看，不急。",
  place="大荔县", kinds=["water", "soil"], look=False)
c("elderly", "同志，我们几个老头老太太在杏花岭区住，楼下那个叫“万福”的广场舞队，音响开得老大，吵得要命，不是说要你们罚款，就是说说。",
  place="杏花岭区", kinds=["noise"], pol="万福", ref=SL)
# english
c("english", "Hi, I live in Gulou District, Fuzhou, and the bar downstairs called The Rusty Anchor plays music until 3am every night. It's killing me! Not literally, but I haven't slept in weeks. - Ben",
  place="福州市/鼓楼区", kinds=["noise"], pol="The Rusty Anchor", ref=SL, en=True, ids=["n:Ben"])
c("english", "There was a fire at the Jinlong plastics factory in Xiangzhou, Zhuhai, two years ago. It is long over, but the factory still smells terrible every evening. Could someone test the air? Emma Walsh, 13631289054",
  place="香洲区", kinds=["air"], pol="Jinlong plastics factory", en=True, ids=["n:Emma Walsh", "p:13631289054"])
c("english", "I saw one dead fish in the West Lake area near Xihu District, Hangzhou, today. The water looks okay otherwise, but I wanted to report it. Thanks, Julia.",
  place="杭州市/西湖区", kinds=["water"], en=True, ids=["n:Julia"])
c("english", "The construction site of Harbour View Towers in Nanshan, Shenzhen, runs piling machines till midnight. No one is hurt, it's just noise. - Carlos Mendes, 159-1234-8876",
  place="深圳市/南山区", kinds=["noise"], pol="Harbour View Towers", ref=ZJ, en=True, ids=["n:Carlos Mendes", "p:[159-1234-8876]"])
c("english", "Over 2,000 residents in Jiangbei, Ningbo, have signed a petition against the planned waste incinerator. We are not protesting in the streets, we just want a hearing.",
  place="宁波市/江北区", kinds=["air"], cat="建议意见", en=True, aff=A("Over 2,000 residents", "person", None, 2001, None))
c("english", "Each night there is a smell like rotten eggs in our compound in Jinniu District, Chengdu. Nobody is sick, but it is unbearable. I think it is the sewage plant nearby. Kate",
  place="金牛区", kinds=["air"], en=True, ids=["n:Kate"])
c("english", "The Lucky Star restaurant on our street in Yuexiu District, Guangzhou, dumps its cooking oil into the drain every evening. The smell is awful. Jason Wong",
  place="越秀区", kinds=["water"], pol="Lucky Star", ref=CG, en=True, look=False, ids=["n:Jason Wong"])
c("english", "A farm near Yangshuo burns straw every autumn and the smoke blows into our guesthouse. It isn't a wildfire, just field burning, but guests complain. Mike",
  place="阳朔县", kinds=["air"], en=True, ids=["n:Mike"])
c("english", "The quarry at Mount Lu, Jiujiang, does blasting several times a day. I know it's routine and not an accident, but the dust covers our village. - Helen",
  place="九江市", kinds=["air", "noise"], en=True, ref=["自然资源", None], ids=["n:Helen"])
# mixed
c("mixed", "我在历下区上班，楼下的Starbucks外面的排风机超级noisy，从早上七点到晚上十点，能不能check一下？",
  place="历下区", kinds=["noise"], pol="Starbucks", ref=SL, look=False)
c("mixed", "我们compound在海淀区，旁边的一个construction site每天晚上加班，吵死了，but 也不是emergency，就是影响休息。",
  place="海淀区", kinds=["noise"], ref=ZJ)
# plain look-alikes and other plain reports
c("plain", "沙坪坝区的一个汽修厂，喷漆味道很大。我说吵死了是夸张的说法，其实主要是气味问题，我叫冉红，电话13896152047。",
  place="沙坪坝区", kinds=["air"], ids=["n:冉红", "p:13896152047"])
c("plain", "贡井区有家叫“自贡盐帮菜”的馆子，每天晚上杀鸡杀鸭的污水直接冲到街上，不是啥大事，但是卫生太差。",
  place="贡井区", kinds=["water"], pol="自贡盐帮菜", ref=CG, look=False)
c("plain", "邯山区那个钢厂的火光晚上看着吓人，其实是出钢的正常火光，不是着火，问题是粉尘太大。",
  place="邯山区", kinds=["air"])
c("plain", "榆阳区有个养殖场死了几只鸡，场主说是天冷冻死的，我觉得是场里的粪水没处理好，环境太脏了。",
  place="榆阳区", kinds=["air", "water"])
c("plain", "集美区杏林湾的一家叫“星海”的游艇俱乐部，晚上开派对，音乐声和烟花声很大，没出什么事，就是吵。",
  place="集美区", kinds=["noise"], pol="星海", ref=SL)
c("plain", "新市区乌鲁木齐的一家洗车店，叫“车之家”，洗车水流到小区门口结冰了，没人摔伤，但很危险。",
  place="新市区", kinds=["water"], pol="车之家", ref=CG)
c("plain", "红寺堡区有个养羊户，羊圈的粪便堆在渠边上，天一热就臭。村里人说万一下大雨冲到渠里就麻烦了。",
  place="红寺堡区", kinds=["solid_waste"])
c("plain", "安宁区兰州这边，有人说附近的加油站要爆炸，其实是消防演练，冒了点烟，拉了警报。我想反映的是加油站的油气味平时也很大。",
  place="兰州市/安宁区", kinds=["air"])
c("plain", "城中区有个做塑料的小作坊，天天晚上烧废料，烟不算大，不是着火，就是一股塑料味。",
  place="?城中区", kinds=["air"])
c("plain", "吐鲁番高昌区的葡萄晾房旁边有人烧垃圾，一烧一下午，烟呛人，不过没着火。",
  place="高昌区", kinds=["air"])
c("plain", "龙华区一家叫椰风的酒吧，周末驻唱到凌晨两点，周围的居民有上百户都有意见，但没人去闹，只是希望有人管。",
  place="?龙华区", kinds=["noise"], pol="椰风", ref=SL, aff=A("上百户", "household", None, 100, None))
c("plain", "三亚市吉阳区有家叫“海天一色”的酒店，锅炉烟囱冒黑烟，游客都看得到，不是着火，是烧的东西不对。",
  place="吉阳区", kinds=["air"], pol="海天一色")
c("plain", "城关区一家藏餐馆叫“雪莲”，烧的牛粪饼烟很大，顺风刮到我们院子里，呛得慌，没什么别的事。",
  place="?城关区", kinds=["air"], pol="雪莲", ref=CG, look=False)
c("plain", "林芝巴宜区有个砂石厂在尼洋河边洗砂，河水浑了，鱼倒没见死，只是河水一直浑。",
  place="巴宜区", kinds=["water", "ecology"])
c("plain", "我是铁西区的，鞍山那个叫鞍钢附企的小厂，烟气大，还有铁粉，不过没人出事，就是脏。",
  place="鞍山市/铁西区", kinds=["air"], pol="鞍钢附企")

if __name__ == "__main__":
    W(L)
