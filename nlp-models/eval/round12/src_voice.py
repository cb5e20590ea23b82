"""Round twelve, speech, dialects, typos and questions (r12-107–174), labelled by hand; pl() only spells the county's chain."""
import mk  # noqa: F401
from cases import A, C, W
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pl import pl, idn  # noqa: E402

n = [106]


def R(reg, text, county, kinds, urgent=False, life=False, city=None, P=None, **kw):
    n[0] += 1
    C("r12-%03d" % n[0], reg, text, P=P or (pl(county, city) if county else None), kinds=kinds, urgent=urgent,
      life=life, **kw)


def Q(reg, text, intent, **kw):
    n[0] += 1
    C("r12-%03d" % n[0], reg, text, intent=intent, **kw)


# ---- speech ----
R("speech", "喂 你好 那个 我要反映个事儿 就是我们 嗯 灌南县堆沟港那边 化工园区 今天下午 一股子 那个 大蒜味儿 飘过来 我们村好几个人头晕 我 我婆婆刚才直接就 就倒在地上了 嘴里吐白沫 你们快派人啊",
  "灌南县", ["air"], life=True, aff=A("好几个人", "person", None, 3, 9))
R("speech", "那个 我实名举报啊 我姓程 禾字旁一个呈现的呈 叫程立军 我们 平邑 哦不对 是费县 探沂镇 有个石材厂 叫什么来着 金利达 不对 是金立达石材 天天晚上切石头 吵到两点",
  "费县", ["noise"], name="程立军", polluter="金立达石材",
  ids=[("我姓[程]", "name", "petitioner"), ("禾字旁一个呈现的呈", "name", "petitioner"), ("程立军", "name", "petitioner")])
Q("speech", "喂 我问一下啊 我上个月二十七号报的那个 编号是 HB2026102700415 到现在都没人联系我 你们到底办没办", "status",
  case="HB2026102700415")
Q("speech", "你这个 你这个机器我跟它说不清楚 能不能让个真人来接 我要跟人说话", "human")
R("speech", "我留个电话啊 幺三九 零七五二 八八六一 哎不对 最后是八八一六 对 八八一六 我姓孙 高邮市 车逻镇 那边有个 养鸭场 鸭粪直接往河里冲 整条河绿的",
  "高邮市", ["water"], name="孙", phone="13907528816",
  ids=[("幺三九 零七五二 八八六一", "phone", "petitioner"), ("八八一六", "phone", "petitioner"), ("我姓[孙]", "name", "petitioner")])
R("speech", "我跟你说 你们可千万别把我名字透出去 我就在这个厂里上班 禹城市 有个 叫鲁恒生物的 发酵车间的废水 晚上全抽到 徒骇河 里头 厂里人都知道",
  "禹城市", ["water"], polluter="鲁恒生物", conf=True)
Q("speech", "我就想问问 那个 装修的话 周末几点到几点可以打电钻 有没有规定", "info")
R("speech", "我叫 尹秀兰 身份证号码是 三四零一二一 一九六八零三一五 二零四四 我要反映的是 巢湖 中庙街道 湖边有人在 洗 洗那个 沙子 水浑得跟泥汤一样",
  "巢湖市", ["water", "ecology"], name="尹秀兰", idn="340121196803152044",
  ids=[("尹秀兰", "name", "petitioner"), ("三四零一二一 一九六八零三一五 二零四四", "id", "petitioner")])
R("speech", "我们 安化县 东坪镇 后山 有个 熬 熬那个 熬茶油的 作坊 嗯 烟熏得 我们这一片二十几户 衣服都没法晒",
  "安化县", ["air"], aff=A("二十几户", "household", None, 21, 29))
R("speech", "就是 鱼塘 我跟你讲 全都 全都漂起来了 白白的一片 昨天还好好的 隔壁那个 洗煤厂 夜里放的黑水 进了我塘里 这是在 介休市 义安镇",
  "介休市", ["water"], urgent=True)
R("speech", "我叫王 三横一竖的王 王德顺 电话 幺五零 六三八二 四七零九 青州市 高柳镇 有个 养殖场的 大风机 一天到晚嗡嗡的 晚上更响",
  "青州市", ["noise"], name="王德顺", phone="15063824709",
  ids=[("我叫[王]", "name", "petitioner"), ("三横一竖的王", "name", "petitioner"), ("王德顺", "name", "petitioner"),
       ("幺五零 六三八二 四七零九", "phone", "petitioner")])
R("speech", "着火了着火了 那个 泰兴市 经济开发区 那个 罐区 对 罐区 冒大火 我在厂门口 里面还有人 哎呀又响了一声",
  "泰兴市", ["air", "other"], life=True)
R("speech", "啊 我说一下 就是 那个 瑞丰 瑞丰纸箱厂 它那个 锅炉啊 在 邹平市 好生街道 烧的那个 什么东西 烟是黄的 一股塑料味",
  "邹平市", ["air"], polluter="瑞丰纸箱厂")
# ---- dialect-yue ----
R("dialect-yue", "救命啊，新會區司前鎮嗰間化工廠爆咗，而家成個天都係黑煙，我哋屋企後面有人俾炸飛嘅嘢打中咗，流緊血。",
  "新会区", ["air", "other"], life=True)
R("dialect-yue", "中山小榄嗰度有间喷油厂，日日喷到成条街都系天拿水味，啲细路返学都要戴口罩。",
  None, ["air"], P="广东省/中山市/-")
R("dialect-yue", "顺德区均安镇啲鱼塘，今朝啲鲩鱼死晒，浮到成塘都系，隔篱嗰间漂染厂琴晚又偷排。",
  "顺德区", ["water"], urgent=True)
R("dialect-yue", "高要区金利镇有间叫做力丰五金嘅厂打磨，啲粉尘飞到我屋企阳台，一日抹三次都唔够。",
  "高要区", ["air"], polluter="力丰五金")
R("dialect-yue", "开平市嗰边啲烧猪店，每朝四点钟就开始烧，啲烟同埋味攻晒入屋，我都唔知点算好。",
  "开平市", ["air"])
# ---- dialect-chuanyu ----
R("dialect-chuanyu", "我们永川区那个陶瓷厂天然气管子漏了，整条巷子都是气，一个婆婆闻了直接晕过去了，你们快点来嘛，莫得火星子哦！",
  "永川区", ["air"], life=True)
R("dialect-chuanyu", "南部县升钟湖网箱里头的鱼今天早上死得遍河都是，白花花的，上游那个屠宰场昨晚上放了一夜的血水。",
  "南部县", ["water"], urgent=True)
R("dialect-chuanyu", "大足区龙水镇那些打刀的作坊，叮叮当当搞到半夜，吵得人脑壳都大了。",
  "大足区", ["noise"])
R("dialect-chuanyu", "我是江津区德感街道的，跟到粮油公司背后住，那个叫金穗粮油的厂一天到晚冒黑烟，喊都喊不听。",
  "江津区", ["air"], polluter="金穗粮油")
R("dialect-chuanyu", "顺庆区那个夜市的烧烤摊子，烟子大得很，楼上住起的人硬是遭不住。",
  "顺庆区", ["air"])
# ---- dialect-dongbei ----
R("dialect-dongbei", "双城区那旮旯化肥厂刚才一股子氨水味儿，整个屯子都是，俺家老爷子咳着咳着就背过气去了，赶紧的吧！",
  "双城区", ["air"], life=True, aff=A("整个屯子", "village", 1, 1, 1))
R("dialect-dongbei", "海城市那菱镁矿粉面子扬得哪哪都是，俺家大棚膜上都一层白，嘎嘎难受。",
  "海城市", ["air"])
R("dialect-dongbei", "公主岭市范家屯那个玉米加工厂半夜嗷嗷响，整宿整宿睡不着觉，贼闹心。",
  "公主岭市", ["noise"])
R("dialect-dongbei", "珲春市那啥，海鑫水产往图们江里排臭水，江边钓鱼的都不去了，这玩意儿谁管呐？",
  "珲春市", ["water"], polluter="海鑫水产")
# ---- dialect-wu ----
R("dialect-wu", "张家港市杨舍镇阿拉小囡学堂隔壁化工厂，今朝一股臭气，老师讲教室里交关小朋友眼睛痛来兮，门窗侪关牢了。",
  "张家港市", ["air"], urgent=True)
R("dialect-wu", "海宁市许村镇搿爿丽华印染厂，夜里头偷偷摸摸排废水，河浜里水侪是红颜色。",
  "海宁市", ["water"], polluter="丽华印染厂")
R("dialect-wu", "慈溪市周巷一爿塑料厂，味道臭得来，熏得人头昏脑涨。",
  "慈溪市", ["air"])
R("dialect-wu", "松江区泗泾搿搭工地，夜里向打桩，吵得来觉也困不着。",
  "松江区", ["noise"])
# ---- dialect-minnan ----
R("dialect-minnan", "漳浦县古雷遐个石化厂今仔日着火啊，火足大，烟乌乌，阮厝边有人吸着烟昏去啊！",
  "漳浦县", ["air", "other"], life=True)
R("dialect-minnan", "长泰区兴泰开发区一间厂逐工烧物件，臭甲袂喘气。",
  "长泰区", ["air"])
R("dialect-minnan", "集美区灌口彼间宏源石材厂锯石头的声，吵甲阮暗时仔睏袂去。",
  "集美区", ["noise"], polluter="宏源石材厂")
R("dialect-minnan", "永春县达埔遐间香厂，粉尘飞甲规庄头。",
  "永春县", ["air"])
# ---- dialect-other ----
R("dialect-other", "龙川县佗城𠊎屋家后背个石场，日日放炮，屋都震到裂开哩。",
  "龙川县", ["noise"])
R("dialect-other", "清徐县那个醋厂后头排下的水臭得不行，圪蹴在院儿里都闻见。",
  "清徐县", ["water", "air"])
R("dialect-other", "郸城县俺庄东头那个养牛场，牛粪堆成山，一下雨都流到坑里头，臭哩很，恁说中不中？",
  "郸城县", ["solid_waste", "water"])
R("dialect-other", "祁东县我屋门口那个兴旺砖厂，冇得一天冇冒黑烟，呛得人咳个冇停。",
  "祁东县", ["air"], polluter="兴旺砖厂")
R("dialect-other", "三原县那个皮革厂把臭水往清河里头放，一河滩都是死鱼，今儿个早上还在放，还有娃在河边耍哩。",
  "三原县", ["water"], urgent=True)
R("dialect-other", "北辰区宜兴埠那嘛一个回收废油的，天天熬油，味儿倍儿大，介么下去可不行。",
  "北辰区", ["air"])
R("dialect-other", "江夏区纸坊那个搅拌站灰大得很，我屋里窗户一开，一桌子都是灰，烦死个人。",
  "江夏区", ["air"])
R("dialect-other", "临淄区俺这噶达那个鼎盛化工，夜来黑喽一股子怪味，嗓子眼齁得慌。",
  "临淄区", ["air"], polluter="鼎盛化工")
R("dialect-other", "播州区鸭溪镇那个电厂背后的煤气管子炸了哦，好几个人遭冲倒了，现在人还在地上，快点来！",
  "播州区", ["air", "other"], life=True, aff=A("好几个人", "person", None, 3, 9))
# ---- typo ----
R("typo", "我们腾州市西岗镇的那个化公厂，排的肺水把河都染黑了，河里鱼都死光了，现在还在排。",
  "滕州市", ["water"], urgent=True)
R("typo", "武按市冶陶镇一个焦化厂刚才暴扎了，火很大，有人受伤，还在着。",
  "武安市", ["air", "other"], life=True)
R("typo", "千安市那个钢铁厂烟葱天天冒黄烟，刺笔的很。",
  "迁安市", ["air"])
R("typo", "海们区三厂街道有个叫华纶的染厂，废水偷牌，河水发臭。",
  "海门区", ["water"], polluter="华纶")
R("typo", "单阳市眼镜厂酸洗的气味大的不得了，操音也大。",
  "丹阳市", ["air", "noise"])
R("typo", "太苍市港区那边的垃级堆场臭气熏天，苍蝇乱飞。",
  "太仓市", ["solid_waste", "air"])
R("typo", "纯安县千岛湖边上有人在挖沙，湖水全浑了，举保。",
  "淳安县", ["ecology", "water"])
R("typo", "支江市有个养猪场粪水直接排到农田，臭味很重，环保据的人来过一次，没用。",
  "枝江市", ["water"])
R("typo", "蓬来区海边有个鱼粉厂，饿臭绕民。",
  "蓬莱区", ["air"])
R("typo", "浪中市古城边上有个采石场，份尘很大，投素了好几次。",
  "阆中市", ["air"])
R("typo", "都江燕这边有个搅拌站半夜还在作业，操音很大，影响休息。",
  "都江堰市", ["noise"])
R("typo", "章秋区明水有个铸造厂乌染严重，黑灰到处都是，减测一下吧。",
  "章丘区", ["air"])
R("typo", "wo yao tousu, yixing shi dingshu zhen you ge taoci chang, yancong tiantian mao heiyan, qing huanbao bumen guan yi guan",
  "宜兴市", ["air"])
# ---- question ----
R("question", "涟水县那个皮革厂（好像叫隆兴皮业）天天往河里放臭水，到底有没有人管？",
  "涟水县", ["water"], polluter="隆兴皮业")
R("question", "响水县陈家港这烟是什么东西啊？黄色的，我家孩子闻了就吐，现在嘴唇发青，要不要去医院？厂子还在放！",
  "响水县", ["air"], life=True)
R("question", "滦州市我们村的井水今天怎么变成蓝色的了？还能喝吗？全村都在用这口井。",
  "滦州市", ["water"], urgent=True, aff=A("全村", "village", 1, 1, 1))
R("question", "遵化市那个养殖场的粪堆在路边，一堆就是半年，这样合法吗？",
  "遵化市", ["solid_waste"])
R("question", "安宁市那个炼油厂晚上的火炬，为什么一烧就是一整夜，还呼呼响？",
  "安宁市", ["noise", "air"])
Q("question", "请问家里装修产生的建筑垃圾应该扔到哪里？", "info")
Q("question", "你们这个平台能举报外地的污染吗？比如我出差路过看到的。", "info")
R("question", "大理市洱海边上有家客栈的污水管子直接通到湖里，你们知道吗？",
  "大理市", ["water"])
R("question", "请问这种情况归谁管：北流市一个陶瓷厂把废釉倒在山沟里。",
  "北流市", ["solid_waste"])
R("question", "桂平市西山镇这个石场每天放炮，我家墙都裂了，能不能让他们赔？",
  "桂平市", ["noise"])
R("question", "合浦县我们三四十户人家门口那个沙场整天轰轰响，谁来管管？",
  "合浦县", ["noise"], aff=A("三四十户人家", "household", None, 30, 40))
W("cases-voice.jsonl")
