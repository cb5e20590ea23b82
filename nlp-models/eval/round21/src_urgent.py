"""Round twenty-one: every urgent report, r21-001..085 (001-045 a danger to life, 046-085 urgent without it)."""
from mk import C, A, W, ID, Q, town

for _c, _t in [("乌审旗", "图克镇"), ("宁县", "早胜镇"), ("寿光市", "羊口镇"), ("金湾区", "三灶镇"), ("泗县", "草沟镇"),
               ("德令哈市", "柯鲁柯镇"), ("永康市", "古山镇"), ("同心县", "豫海镇")]:
    town(_c, _t)

_n = iter(range(1, 86))
L = []


def c(*a, **k):
    L.append(C("r21-%03d" % next(_n), *a, urg=True, **k))


PUB = ["公安", None]
# ---- danger to life (45) ----
c("plain", "今天下午三点多，如东县洋口化工园区的江苏恒诚精细化工有限公司车间爆炸了，黑烟一直往外冒，两个工人被抬出来了。我叫瞿建国，电话13962871504。",
  place="如东县", kinds=["air"], pol="江苏恒诚精细化工有限公司", life=True, aff=A("两个工人", "person", 2),
  ids=["n:瞿建国", "p:13962871504"])
c("english", "There was a loud blast at the Sunway Coatings plant in Kunshan twenty minutes ago, the fire is spreading to the warehouse next door and people are running out. Please send help. Mark Liu, +86 139 1588 2047",
  place="昆山市", kinds=["air"], pol="Sunway Coatings", life=True, en=True, ids=["n:Mark Liu", "p:+86 [139 1588 2047]"])
c("urgent", "救命！滕州市木石镇的焦化厂煤气管道漏了，整条街都是臭鸡蛋味，我婆婆闻了以后直接晕倒在院子里，已经叫了120。",
  place="滕州市", kinds=["air"], life=True)
c("wechat", "@环保局 紧急！！沙县区这边宏达化工仓库着火了🔥🔥 火苗蹿得老高，里面还有人没出来，快派人！",
  place="沙县区", kinds=["air"], pol="宏达化工", life=True)
c("speech", "喂 喂 是环保吗 那个 我们村口的 嗯 就是那个做农药的 叫丰田农化的厂子 刚才嘭的一声炸了 现在全是黄烟 好几个人在咳 有个老头倒地上了 我们在 在祁东县 步云桥镇",
  place="祁东县", kinds=["air"], pol="丰田农化", life=True, aff=A("好几个人", "person", None, 3, 9))
c("dialect-yue", "喂，我喺博罗县园洲镇，隔篱嘅金辉塑胶厂成个厂烧紧，啲黑烟冚晒成条村，有个阿婆吸咗烟晕咗，快啲嚟啊！",
  place="博罗县", kinds=["air"], pol="金辉塑胶厂", life=True, aff=A("成条村", "village", 1))
c("dialect-dongbei", "哎妈呀快来人吧，我们这旮沓铁西区，沈阳那个鑫盛化工的罐子漏氨了，味儿老冲了，邻居家俩孩子都喘不上气送医院了。",
  place="沈阳市/铁西区", kinds=["air"], pol="鑫盛化工", life=True, aff=A("俩孩子", "person", 2))
c("question", "电镀厂的废气把人熏倒了算不算急事？尖草坪区柴村这边的晋鼎电镀厂今天一早冒绿烟，我爸和隔壁王叔都晕了，现在在医院，你们能不能马上来人？",
  place="尖草坪区", kinds=["air"], pol="晋鼎电镀厂", life=True)
c("elderly", "我是个七十多岁的老头子，不会打字，让孙子帮我写。我们合川区钱塘镇的砖厂今天下午有个窑塌了，烧起来了，里面还有工人，求求你们快来。",
  place="合川区", kinds=["air"], life=True)
c("typo", "紧及！！蕲春县的华康化公厂泄露了，气味很冲，我们小区好几个老人呕土头晕被拉到医院去了，请赶快处里",
  place="蕲春县", kinds=["air"], pol="华康化公厂", life=True, aff=A("好几个老人", "person", None, 3, 9))
c("plain", "我们是乌审旗图克镇的牧民。今天上午那个煤化工项目的气化炉出事，爆了两次，毒气往我们草场这边飘，我儿子放羊回来吐了两回，现在人迷迷糊糊的。我叫巴特尔，电话15247790316。",
  place="乌审旗", kinds=["air"], life=True, ids=["a:乌审旗图克镇", "n:巴特尔", "p:15247790316"])
c("english", "URGENT: chlorine smell everywhere around the water plant on Binhai Road in Tanggu, Tianjin. Three kids at the bus stop are coughing badly and one fainted. Call me: 186 2230 5519. - Anna",
  place="滨海新区", kinds=["air"], life=True, en=True, aff=A("Three kids", "person", 3), ids=["n:Anna", "p:[186 2230 5519]"])
c("plain", "东港区日照港旁边的那家叫“海顺”的危化品仓库刚刚起火，大火烧过了围墙，看着像是化学品，仓库里还有两个看门的没出来。",
  place="东港区", kinds=["air"], pol="海顺", life=True, aff=A("两个看门的", "person", 2))
c("long", "尊敬的领导：\n您好！我是宁县早胜镇的村民石立新。一、今天凌晨村东的长庆某井场天然气管线破裂，随后起火；二、火离村子不到三百米，老人孩子都不敢在家；三、有两户已经有人被烟呛进医院。恳请立即派人处置。\n此致\n敬礼\n石立新 13909343572",
  place="宁县", kinds=["air"], life=True, aff=A("两户", "household", 2), ids=["a:宁县早胜镇", "n:石立新", "p:13909343572"])
c("urgent", "长寿区化工园区的川维助剂厂现在有个反应釜冲料了，白烟顺着风往晏家街道的居民区跑，路上有人捂着鼻子倒了，赶紧派人！",
  place="长寿区", kinds=["air"], pol="川维助剂厂", life=True)
c("dialect-chuanyu", "哎哟喂，我们简阳这边石桥镇那个搞化工的鑫蓉公司又着火了，烟子黑黢黢的，里头好像还有人没跑出来，你们快点来哦！",
  place="简阳市", kinds=["air"], pol="鑫蓉公司", life=True)
c("plain", "举报：嘉祥县的石材厂老板跟村民打起来了，他们拿着钢管和砍刀，说谁再来堵门就弄死谁，我们村有二十多个人在厂门口，马上要出人命了。",
  place="嘉祥县", kinds=["air", "noise"], life=True, ref=PUB, aff=A("二十多个人", "person", None, 21, 29))
c("wechat", "家人们谁懂啊😭 我就住永康市古山镇，隔壁五金抛光厂的粉尘爆炸了，窗户全震碎，楼下阿姨被玻璃扎伤流了好多血，120还没到……",
  place="永康市", kinds=["air"], life=True, ids=["a:永康市古山镇"])
c("mixed", "紧急求助！我们在东营区的一个chemical plant旁边，工厂叫Sino-Lube，刚刚泄漏了H2S，两个保安晕倒了，please 快来！",
  place="东营区", kinds=["air"], pol="Sino-Lube", life=True, aff=A("两个保安", "person", 2))
c("plain", "我叫马文杰，家住同心县豫海镇。今天中午同心县那个造纸厂的老板欠了我们半年的污水处理费不给，我兄弟拿着汽油站在厂门口说要点了厂子跟他同归于尽，你们快来劝劝。电话18795313870。",
  place="同心县", kinds=["water"], life=True, ref=PUB, sub=None, ids=["n:马文杰", "a:同心县豫海镇", "p:18795313870"])
c("speech", "那个 我报个警啊 不是 报环保 就是 白银区 那个 那个冶炼厂 二氧化硫 一下子放出来了 满街都是 我们这学校 体育课的娃 好几个吐了 晕了 你们快点",
  place="白银区", kinds=["air"], life=True, aff=A("好几个", "person", None, 3, 9))
c("dialect-wu", "阿拉嘉定区马陆镇个染料厂今朝着火了，烟老大老大，吾屋里向个老太婆吸了烟气透勿过来，已经叫救护车了，侬快点派人来看看。",
  place="嘉定区", kinds=["air"], life=True)
c("english", "My name is David Okafor, I work near Xixiu District in Anshun. The Qianyuan Cement plant had a kiln explosion an hour ago, two workers are badly burned and black smoke is blowing over the school next door.",
  place="西秀区", kinds=["air"], pol="Qianyuan Cement", life=True, en=True, aff=A("two workers", "person", 2), ids=["n:David Okafor"])
c("plain", "邢台襄都区这边的钢铁厂高炉煤气泄漏，下班路过的两个人晕倒在厂门口的马路上，周边都是一股臭味。我姓焦，电话0319-3617425。",
  place="襄都区", kinds=["air"], life=True, aff=A("两个人", "person", 2), ids=["n:姓[焦]", "p:0319-3617425"])
c("question", "污水池里熏死人了你们管不管？今天开发区那个（福清市融侨经济技术开发区）的恒丰皮革厂有三个工人下污水池清淤，一个都没上来，下面全是毒气！",
  place="福清市", kinds=["water", "air"], pol="恒丰皮革厂", life=True, aff=A("三个工人", "person", 3))
c("dialect-minnan", "阮厝边这间晋江安海的鞋厂火烧厝啊，烟真大，有几个工人关佇里面出袂来，紧来啊！",
  place="晋江市", kinds=["air"], life=True, aff=A("几个工人", "person", None, 2, 9))
c("plain", "大通县桥头镇的化肥厂液氨罐阀门坏了，氨气一大片往下游的村子飘，村里好几户的老人倒在炕上起不来，120都来了。举报人：祁生祥。",
  place="大通回族土族自治县", kinds=["air"], life=True, aff=A("好几户", "household", None, 3, 9), ids=["n:祁生祥"])
c("elderly", "同志你好，我老伴眼睛不好，我来写。我们住在伊宁市，昨天喝了自家水井的水，全家四口上吐下泻，今天发现是旁边屠宰场的血水渗到井里了，孙子还在输液。我叫阿依古丽，电话13899502764。",
  place="伊宁市", kinds=["water"], life=True, aff=A("全家四口", "person", 4), ids=["n:阿依古丽", "p:13899502764"])
c("urgent", "现在！江南区沙井大道边上那家叫“南宁鸿源再生资源回收站”的废品站着大火，旁边是出租屋，好多租户还在楼上！",
  place="南宁市/江南区", kinds=["air"], pol="南宁鸿源再生资源回收站", life=True)
c("plain", "我是寿光市羊口镇的村民范立强，家就在盐化工园区边上，刚才溴素厂的罐子漏了，红棕色的烟往村里飘，隔壁两个小孩眼睛疼得直哭，喘不动气，我们正往外跑。13518965042",
  place="寿光市", kinds=["air"], life=True, aff=A("两个小孩", "person", 2), ids=["a:寿光市羊口镇", "n:范立强", "p:13518965042"])
c("typo", "环保局你们好，我在仁怀是茅台镇，一个酒厂的锅炉房暴炸了，有人受伤了，现在还在冒烟，请快点派人来啊",
  place="仁怀市", kinds=["air"], life=True)
c("wechat", "【求助转发】望城区铜官街道的某锂电池回收厂起火，一直在爆，空气里全是刺鼻的味道，听说有工人被困！住附近的赶紧关窗！",
  place="望城区", kinds=["air"], life=True)
c("plain", "那曲市色尼区一家汽修厂今天的废机油桶着火，火烧到了旁边的民房，屋里还有个老阿妈。我叫次旺，电话13989060437。",
  place="色尼区", kinds=["air"], life=True, ids=["n:次旺", "p:13989060437"])
c("english", "Hi, this is Priya from Haikou. The Yuanhang Paint Factory in Meilan District caught fire and people in our building are coughing, my neighbour's baby has turned blue. Send someone now please!",
  place="美兰区", kinds=["air"], pol="Yuanhang Paint Factory", life=True, en=True, ids=["n:Priya"])
c("plain", "我是巴州库尔勒市的出租车司机艾尔肯，刚拉客经过石化园区，看见一个储油罐冒着大火，边上的加油站还有人排队加油，太危险了，电话17799653408。",
  place="库尔勒市", kinds=["air"], life=True, ids=["n:艾尔肯", "p:17799653408"])
c("dialect-other", "俺是滑县的，俺村那个叫“金鼎”的塑料颗粒厂着火咧，烟黑得很，俺娘闻了一口就倒那儿了，恁快来吧！",
  place="滑县", kinds=["air"], pol="金鼎", life=True)
c("plain", "南湖区嘉兴这家纺织印染公司的老板不给我们处理废水赔偿，村里的老周扛着一桶农药坐在他办公室里，说今天不给说法就喝下去。我是他邻居，电话15867302189。",
  place="嘉兴市/南湖区", kinds=["water"], life=True, ref=PUB, ids=["N:老[周]", "p:15867302189"])
c("long", "领导好：\n1. 事发地：淮南市潘集区架河镇；\n2. 时间：今天上午十点左右；\n3. 情况：淮化集团下游一个私人化工作坊反应锅炸了，屋顶被掀开，当场有三人受伤，现场还在冒白烟；\n4. 诉求：请马上组织处置。\n反映人：鲁爱华，电话13855431706",
  place="潘集区", kinds=["air"], life=True, aff=A("三人", "person", 3), ids=["n:鲁爱华", "p:13855431706"])
c("speech", "喂 你好 我是 嗯 长春的 朝阳区 那个 我们楼下的干洗店 叫洁丽雅干洗 四氯乙烯 漏了 一楼那个大姐 晕过去了 我们在楼上都闻得到",
  place="长春市/朝阳区", kinds=["air"], pol="洁丽雅干洗", life=True)
c("dialect-yue", "救命啊！南海区狮山有间叫“兴发”嘅铝材厂爆炸，火好大，好多工人喺度跑，有几个烧伤咗！",
  place="南海区", kinds=["air"], pol="兴发", life=True, aff=A("几个", "person", None, 2, 9))
c("plain", "武都区的一家选矿厂尾矿库出现溃坝，泥浆冲进了下游的村子，有两户房子被埋，不知道人出来没有。我叫赵守仁。",
  place="武都区", kinds=["water", "soil"], life=True, aff=A("两户", "household", 2), ids=["n:赵守仁"])
c("plain", "我们是康巴什区的居民，小区地下车库有一辆运化学品的罐车漏液，车库里全是刺鼻的雾，有人下去取车晕倒了，消防还没到。",
  place="康巴什区", kinds=["air"], life=True)
c("mixed", "大家好，我在太仓市的一家外企上班，隔壁Ruida Chemicals刚刚一声巨响，玻璃全碎了，有colleague被划伤了，现在fire很大，求助！",
  place="太仓市", kinds=["air"], pol="Ruida Chemicals", life=True)
c("plain", "吴起县一家石油井场的职工今天讨薪不成，爬上储油罐说要点火跟老板一起死，底下围了一百多人，环保和公安赶紧来。",
  place="吴起县", kinds=["air"], life=True, sub=None, ref=["公安", "人社", None], aff=A("一百多人", "person", None, 101, 199))
c("elderly", "我今年八十一了，住在江川区的老房子里。今早对面的熔炼厂冒出一股黄烟，我老伴吸了两口就抽筋倒地，现在在县医院抢救。我儿子叫李建华，这是我儿子的电话13987712403。",
  place="江川区", kinds=["air"], life=True, ids=["N:李建华", "P:13987712403"])
# ---- urgent without danger to life (40) ----
c("plain", "沭阳县的新沂河上游今天早上鱼全漂起来了，一大片白花花的，肯定是上游那个叫“远大”的印染厂夜里偷排。我叫顾春生，电话13813971205。",
  place="沭阳县", kinds=["water"], pol="远大", ids=["n:顾春生", "p:13813971205"])
c("plain", "我们栾川县潭头镇的自来水今天放出来是黄的，还有一股柴油味，全镇都在喝这个水，上游是一个钼矿的选矿厂。",
  place="栾川县", kinds=["water"], aff=A("全镇", "town", 1))
c("dialect-dongbei", "我们林甸县这嘎达的水泡子，今儿个鱼死了老鼻子了，全漂上来了，臭得没法闻，肯定是旁边那个化工厂排的污水。",
  place="林甸县", kinds=["water"])
c("english", "Hundreds of dead fish are floating in the canal behind the Oriental Dyeing factory in Shaoxing Keqiao since this morning. The water is dark purple. Please check today. Tom Chen, 13757598210",
  place="柯桥区", kinds=["water"], pol="Oriental Dyeing", en=True, ids=["n:Tom Chen", "p:13757598210"])
c("wechat", "急急急！勐海县打洛镇的茶厂把烂茶渣和废水全倒进河里了，下游寨子喝的就是这条河的水，现在水都发黑了😡",
  place="勐海县", kinds=["water"])
c("question", "村里的井水变成红色了还能喝吗？我们在东至县香隅镇，旁边就是化工园区，今天井水打上来是红的，全村都靠这口井，怎么办？",
  place="东至县", kinds=["water"], aff=A("全村", "village", 1))
c("urgent", "平度市的一辆拉废酸的罐车在国道上翻了，酸流进路边的沟里，一直流向大泽山镇的水库，赶紧派人堵！",
  place="平度市", kinds=["water"])
c("plain", "举报龙泉驿区洛带镇一家叫“金瑞”的电镀厂，昨晚把一百多桶电镀废液扔在小学后面的荒地上，桶都锈穿了，有股酸味，娃娃们放学天天从那过。",
  place="龙泉驿区", kinds=["solid_waste"], pol="金瑞")
c("dialect-yue", "喂，台山嗰边有个鱼塘啲鱼今朝死晒，反晒肚，塘主话系隔篱个养猪场啲猪屎水排落嚟，成塘都冇晒。",
  place="台山市", kinds=["water"])
c("plain", "我们桦甸市红石砬子镇有三百多户村民今天一早堵住了金矿的大门，不让拉矿石的车出来，说他们的氰化物污水把庄稼都毁了，场面很乱。",
  place="桦甸市", kinds=["water", "soil"], aff=A("三百多户", "household", None, 301, 399))
c("speech", "嗯 你好 我这边是 额尔古纳 那个 牧场 的 就是 我们的羊 今天 死了 三十多只 吃了 河边的草 河里 有那个 上游 洗矿的 水",
  place="额尔古纳市", kinds=["water"])
c("english", "The tap water in our compound in Dali City smells strongly of petrol since last night and several families had to buy bottled water. Nobody is sick yet but this is our drinking water. - Sophie Martin",
  place="大理市", kinds=["water"], en=True, aff=A("several families", "household", None, 3, 9), ids=["n:Sophie Martin"])
c("plain", "建瓯市小桥镇有一家叫闽北富康养殖场的猪场，粪水冲垮了围堰，全流进了村里的饮用水源地，水库现在一片黄，村里还在用这个水。电话13850915370，联系人：叶德胜。",
  place="建瓯市", kinds=["water"], pol="闽北富康养殖场", ids=["p:13850915370", "n:叶德胜"])
c("typo", "今天早上潜江市张金镇的龙虾田里龙侠死光了，一片一片的，旁边那个化功厂放的污水，我们好几家的虾全完了",
  place="潜江市", kinds=["water"], aff=A("好几家", "household", None, 3, 9))
c("plain", "渭源县有一家洋芋淀粉厂的污水管爆了，黑臭的水哗哗往渭河里淌，下游就是县城的取水口。",
  place="渭源县", kinds=["water"])
c("long", "给环保局的一封信：\n我叫刘桂芳，是泗县草沟镇的村民。最近的事：\n一、村里的王桥小学旁边，有人扔了二十来个化学品桶，上面画着骷髅头；\n二、桶有的倒了，地上流着绿水，学生课间就在旁边玩；\n三、已经好几天了没人管。\n请求马上派人拉走。\n刘桂芳\n18955732016",
  place="泗县", kinds=["solid_waste"], ids=["n:刘桂芳", "a:泗县草沟镇", "p:18955732016"])
c("plain", "府谷县的兰炭厂附近，村里的羊今天死了十几只，嘴边都是白沫，喝的是厂子边上那条沟里的水。",
  place="府谷县", kinds=["water"])
c("dialect-chuanyu", "我们泸县这边的玉蟾街道，水厂取水的那条河今天变成黑的了，鱼一坨一坨地翻起来，自来水还在放，哪个敢喝嘛？",
  place="泸县", kinds=["water"])
c("plain", "汝州市一家铸造厂周边，今天上午小学有二十多个学生嗓子疼、眼睛红，说是早上闻到厂里飘过来一股刺鼻的烟，学校让家长先接回去了。",
  place="汝州市", kinds=["air"], aff=A("二十多个学生", "person", None, 21, 29))
c("wechat", "明天上午九点，兴宁市罗浮镇几个村的村民约好一起去镇政府门口拉横幅，抗议那个养鸭场污水的事，群里已经两百多人报名了。",
  place="兴宁市", kinds=["water"], aff=A("两百多人", "person", None, 201, 299))
c("plain", "我叫仲伟，电话15951837620。今天高淳区固城湖边的一艘运输船漏油了，油花漂了好几百米，离水厂取水口不远。",
  place="高淳区", kinds=["water"], ids=["n:仲伟", "p:15951837620"])
c("question", "养了十年的鸭子一夜死了四百多只，是不是水被污染了？涟水县黄营镇，我家鸭棚就在一个新开的化工厂排污口下游，今天早上全趴在水边死了。",
  place="涟水县", kinds=["water"])
c("english", "About 150 villagers from Shuangliu are blocking the gate of the Tianfu Battery Recycling plant right now, they say the lead pollution made their children sick. It is getting tense. - a reporter, Lucas",
  place="双流区", kinds=["air", "soil"], pol="Tianfu Battery Recycling", en=True, aff=A("About 150 villagers", "person", 150, approx=True), ids=["n:Lucas"])
c("plain", "沁水县郑庄镇的煤层气井喷出来的水流进了村里的蓄水池，那是全村的吃水，现在水面上一层油花，还冒泡。我是村里的卫生员张淑琴。",
  place="沁水县", kinds=["water"], aff=A("全村", "village", 1), ids=["n:张淑琴"])
c("plain", "灵武市宁东那边一个叫“宁鑫”的化工企业，今天把尾气处理的碱液直接排进了苦水河，岸边死了一片鸟和几十只鸭子。",
  place="灵武市", kinds=["water"], pol="宁鑫")
c("dialect-wu", "阿拉昆山周市镇个河浜里，今朝鱼统统翻白肚皮了，臭是臭得来，隔壁厂里厢排出来的水是红颜色的。",
  place="昆山市", kinds=["water"])
c("plain", "吉木萨尔县的一家煤化工企业的废水蒸发塘渗漏了，黑水流到了下面的农田和一口灌溉兼饮用的机井里，我叫马建忠，电话13899664327。",
  place="吉木萨尔县", kinds=["water", "soil"], ids=["n:马建忠", "p:13899664327"])
c("urgent", "西乡塘区石埠的一个养殖场死猪扔了一河沟，上百头，臭气熏天，河水流到邕江去。",
  place="西乡塘区", kinds=["water", "solid_waste"])
c("plain", "我在秀英区长流镇打鱼，今天海边网箱里的石斑鱼死了一大半，海水发红，旁边码头有条船在洗舱。",
  place="秀英区", kinds=["water"])
c("elderly", "我们这些老人在德令哈市柯鲁柯镇住了一辈子，没见过这样的事。今天村里的水渠里的水是绿的，好几头牛喝了以后倒地死了。请政府赶快来人。",
  place="德令哈市", kinds=["water"], ids=["a:德令哈市柯鲁柯镇"])
c("plain", "博野县的一家化工厂把一车间的废溶剂倒进了村里的排水沟，沟边的鸡鸭死了好几十只，水沟连着村里的井。",
  place="博野县", kinds=["water"])
c("mixed", "我是在西青区上班的，今天发现我们小区的tap water有很重的chemical味道，好多邻居都不敢喝了，物业说是附近管道被施工队挖破了，混进了工厂的污水。",
  place="西青区", kinds=["water"])
c("plain", "日喀则市桑珠孜区的年楚河边，今天早上发现有人倒了一大堆医疗废物，针头、血袋都有，河边就是牧民饮牛的地方，小孩子也在那里玩。",
  place="桑珠孜区", kinds=["solid_waste"])
c("plain", "北票市有一个非法炼油的黑窝点，今天油罐裂了，几吨废油流到大凌河的支流里，沿河好几个村都从河边打井吃水。我叫宋立军，身份证" + ID(Q("北票市"), "19710422", "315") + "。",
  place="北票市", kinds=["water"], ids=["n:宋立军", "i:" + ID(Q("北票市"), "19710422", "315")])
c("english", "Our village well in Yangshuo has turned milky white since the new quarry upstream started washing stone yesterday. Forty families drink from it. Please come and test it today. Li Na",
  place="阳朔县", kinds=["water"], en=True, aff=A("Forty families", "household", 40), ids=["n:Li Na"])
c("plain", "察布查尔县的一个养牛场，最近三天死了二十多头牛，场主说喝了隔壁皮革厂排的水以后就站不起来了，现在还在死。",
  place="察布查尔锡伯自治县", kinds=["water"])
c("wechat", "📢 紧急通知！红花岗区的自来水公司说，因为上游一家酒厂的酒糟废水流进水源，今天下午起停水，请大家别喝自来水！已经有人说水有酸味。",
  place="红花岗区", kinds=["water"])
c("plain", "门头沟区一个废弃矿洞里今天流出来黄色的水，顺着沟流进了永定河，附近村民说这条沟下去就是水源保护区。举报人：郭志刚 13601287430",
  place="门头沟区", kinds=["water"], ids=["n:郭志刚", "p:13601287430"])
c("plain", "禹城市莒镇一家叫鲁信生物科技的公司，今天一车车把发酵废液拉到村西的坑塘里倒，坑塘里的鱼和鸭子死了一层，村里五十多户人家闻着都恶心。",
  place="禹城市", kinds=["water"], pol="鲁信生物科技", aff=A("五十多户人家", "household", None, 51, 59))
c("plain", "我是金湾区三灶镇的村民，几十个村民明天一早要去堵垃圾焚烧厂的门，这个厂子晚上排黑烟，大家都憋着气，我怕出事，先跟你们说一声。",
  place="金湾区", kinds=["air"], pol=None, aff=A("几十个村民", "person", None, 20, 99), ids=["a:金湾区三灶镇"])

URGENT_REG = {"r21-013", "r21-017", "r21-027", "r21-041", "r21-050", "r21-054", "r21-060", "r21-064", "r21-066",
              "r21-075", "r21-077", "r21-080"}
for _x in L:
    if _x["id"] in URGENT_REG and _x["register"] == "plain":
        _x["register"] = "urgent"

if __name__ == "__main__":
    W(L)
