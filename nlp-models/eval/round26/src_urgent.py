"""Round twenty-six, r26-001..085: every urgent report (Art 19).

001-045 a danger to life (001-025 outside plain written Chinese), 046-085 urgent without it (046-073 outside
plain written Chinese). Labelled by hand from the text; see README.md for the choices.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import A, C, ID, Q, W, town  # noqa: E402

for county, t in [("广饶县", "大王镇"), ("顺德区", "乐从镇"), ("綦江区", "三江街道"), ("肇东市", "昌五镇"),
                  ("金山区", "金山卫镇"), ("晋江市", "安海镇"), ("梅县区", "丙村镇"), ("蒲城县", "罕井镇"),
                  ("湘乡市", "棋梓镇"), ("常熟市", "海虞镇"), ("武清区", "杨村街道"), ("花都区", "狮岭镇"),
                  ("同安区", "莲花镇"), ("桐乡市", "濮院镇"), ("织金县", "猫场镇"), ("九原区", "哈林格尔镇"),
                  ("林州市", "横水镇"), ("南溪区", "刘家镇"), ("长葛市", "后河镇"), ("湖口县", "流泗镇"),
                  ("长寿区", "晏家街道"), ("梨树县", "郭家店镇"), ("新会区", "崖门镇"), ("宁城县", "天义镇"),
                  ("枝江市", "董市镇"), ("准格尔旗", "薛家湾镇"), ("沙河市", "白塔镇"), ("孝义市", "梧桐镇"),
                  ("界首市", "东城街道"), ("寿光市", "羊口镇"), ("仙桃市", "彭场镇"), ("个旧市", "鸡街镇"),
                  ("盘州市", "柏果镇"), ("东方市", "八所镇"), ("伊州区", "雅满苏镇"), ("江油市", "太平镇"),
                  ("当涂县", "太白镇"), ("宣威市", "羊场镇"), ("兰陵县", "向城镇"), ("乐都区", "碾伯街道"),
                  ("福泉市", "马场坪街道"), ("库车市", "牙哈镇"), ("海城市", "牌楼镇"), ("乃东区", "昌珠镇"),
                  ("高碑店市", "方官镇"), ("偃师区", "岳滩镇"), ("灵山县", "佛子镇"), ("四会市", "大沙镇"),
                  ("东莞市", "寮步镇"), ("富顺县", "琵琶镇"), ("监利市", "黄歇口镇"), ("肇州县", "永乐镇"),
                  ("蛟河市", "天岗镇"), ("诸暨市", "店口镇"), ("南安市", "水头镇"), ("五华县", "华城镇"),
                  ("青铜峡市", "叶盛镇"), ("涟源市", "杨市镇"), ("奉贤区", "柘林镇"), ("江津区", "白沙镇"),
                  ("武进区", "湖塘镇"), ("大兴区", "青云店镇"), ("顺义区", "高丽营镇"), ("鄱阳县", "凰岗镇"),
                  ("宝坻区", "大口屯镇"), ("静海区", "唐官屯镇"), ("洪洞县", "苏堡镇"), ("应城市", "杨河镇"),
                  ("浠水县", "巴河镇"), ("北流市", "城南街道"), ("陇西县", "首阳镇"), ("桂平市", "木乐镇"),
                  ("顺庆区", "潆溪街道"), ("苍南县", "炎亭镇"), ("洮南市", "瓦房镇"), ("迁安市", "野鸡坨镇"),
                  ("垫江县", "沙坪镇"), ("介休市", "义安镇"), ("长兴县", "夹浦镇"), ("岐山县", "蔡家坡镇"),
                  ("曹县", "庄寨镇"), ("呼图壁县", "大丰镇"), ("龙海区", "海澄镇"), ("开原市", "八棵树镇"),
                  ("奎屯市", "开干齐乡")]:
    town(county, t)

LIFE_PHONE = ["公安", None]

CASES = [
    # ---- danger to life, outside plain written Chinese (001-025) ----
    C("r26-001", "speech",
      "喂你好我要反映一下那个广饶县大王镇的鲁润精细化工刚才嘭的一声巨响然后就一直冒黄烟我们村好几个人闻了以后头晕倒在地上了"
      "已经打了120了你们赶紧派人过来看看我叫崔永利电话幺八六 五三四二 七七零九",
      place="广饶县", kinds=["other", "air"], pol="鲁润精细化工", urg=True, life=True,
      aff=A("好几个人", "person", None, 3, 9), ids=["n:崔永利", "p:幺八六 五三四二 七七零九"]),
    C("r26-002", "dialect-yue",
      "喂呀，顺德乐从镇嗰间宏骏家具厂着咗火啊，好大烟，仲有几个工人喺入面未走得出嚟！！我已经打咗119，你哋快啲通知埋附近啲人走。"
      "我系隔篱铺头嘅陈生 13902871456",
      place="顺德区", kinds=["air", "other"], pol="宏骏家具厂", urg=True, life=True,
      aff=A("几个工人", "person", None, 2, 9), ids=["n:[陈]生", "p:13902871456"]),
    C("r26-003", "dialect-chuanyu",
      "我跟你们说嘛，綦江三江街道那个鑫磊砂石场天天放炮，灰大得很，找了八百回都没得人管。今天我屋头老汉儿喝了酒，扛起菜刀说要去跟他们老板拼命，"
      "我拉都拉不住，人已经走到厂门口了，你们快点来人哦！",
      place="綦江区", kinds=["air", "noise"], pol="鑫磊砂石场", ref=LIFE_PHONE, urg=True, life=True),
    C("r26-004", "dialect-dongbei",
      "哎妈呀，肇东昌五镇那个顺通液化气站漏气了，整条街都是那味儿，老邻居王大娘家老头儿闻完直接晕那儿了，120刚拉走。"
      "早就说它那管道不行，就没人听。赶紧派人来瞅瞅啊，别整出大事儿！老赵 15845631207",
      place="肇东市", kinds=["air"], pol="顺通液化气站", urg=True, life=True,
      ids=["n:老[赵]", "p:15845631207", "N:[王]大娘"]),
    C("r26-005", "dialect-wu",
      "阿拉金山卫镇搿搭今朝下半日一股老重个化学气味，小囡放学回来就吐，隔壁两个老人也头昏，已经送到医院去了。听讲是旁边宏泰新材料偷排废气。"
      "侬拉快点来看看，急煞了！",
      place="金山区", kinds=["air"], pol="宏泰新材料", urg=True, life=True,
      aff=A("两个老人", "person", 2)),
    C("r26-006", "dialect-minnan",
      "紧来啦！阮晋江安海遮个福鑫鞋材厂火烧厝啊，烟足大，听讲里底猶有工人走袂出来，阮厝就佇隔壁，规条巷仔拢是烟。",
      place="晋江市", kinds=["air", "other"], pol="福鑫鞋材厂", urg=True, life=True),
    C("r26-007", "dialect-other",
      "𠊎兜梅县丙村镇个井水今朝食了以后，屋下三个细人仔都肚痛屙肚，送去卫生院吊水了。上背个养猪场日日偷排猪屎水落河，阿婆话井水都变黑咯，"
      "你兜快滴来看下。",
      place="梅县区", kinds=["water"], urg=True, life=True,
      aff=A("三个细人仔", "person", 3)),
    C("r26-008", "dialect-other",
      "额们蒲城罕井镇那个花炮厂刚才嘭一下炸咧，房顶子都掀咧，黑烟冒得老高，听说里头还有人没出来。额娃他舅就在那厂里上班，电话打不通，"
      "急死额咧，赶紧派人！",
      place="蒲城县", kinds=["other", "air"], urg=True, life=True),
    C("r26-009", "dialect-other",
      "我嘞个天，湘乡棋梓镇那个自来水厂的氯气罐子漏哒咯，一股刺鼻子的气味，路边几个细伢子咳得喘不过气，已经送到医院去哒，你们快点来啰！",
      place="湘乡市", kinds=["air"], urg=True, life=True,
      aff=A("几个细伢子", "person", None, 2, 9)),
    C("r26-010", "wechat",
      "急急急‼️ 常熟海虞镇中心小学旁边那个佳润化纤今天下午排的烟巨臭😷 我家孩子班上3个小朋友吐了 还有一个直接晕倒了 120已经来了😭😭 "
      "到底有没有人管啊",
      place="常熟市", kinds=["air"], pol="佳润化纤", urg=True, life=True,
      aff=A("3个小朋友", "person", 3)),
    C("r26-011", "wechat",
      "卧槽 刚刚武清杨村街道那边一家烧烤店炸了💥💥 窗户整个崩出来了 好像是煤气罐 里面还有人 消防车还没到 店名叫签签不舍烧烤 "
      "周围全是住户 快派人！！",
      place="武清区", kinds=["other", "air"], pol="签签不舍烧烤", urg=True, life=True),
    C("r26-012", "english",
      "Hello, there is a huge fire at a leather scrap yard in Shiling town, Huadu district, Guangzhou. Black smoke is covering the whole "
      "street, people near the market are coughing and one old man collapsed on the pavement. Firemen are not here yet. The yard "
      "belongs to Yongfa Leather Recycling. Please hurry. -- Emeka Obi, 186 2015 7734",
      place="花都区", kinds=["air", "other"], pol="Yongfa Leather Recycling", urg=True, life=True, en=True,
      ids=["n:Emeka Obi", "p:186 2015 7734"]),
    C("r26-013", "english",
      "Hi, I'm writing for my parents in Lianhua town, Tong'an district of Xiamen. Since this morning the tap water smells of diesel, "
      "and three people in their building got dizzy and threw up after drinking tea made with it. The clinic sent them to the "
      "district hospital. Upstream there is a stone-cutting workshop called Minjiang Stone that dumps slurry into the creek. Please "
      "check urgently. Kevin Lin 林凯文, WeChat same as phone 13859024617",
      place="同安区", kinds=["water"], pol="Minjiang Stone", urg=True, life=True, en=True,
      aff=A("three people", "person", 3), ids=["n:Kevin Lin", "n:林凯文", "p:13859024617"]),
    C("r26-014", "mixed",
      "紧急！！桐乡濮院镇那家Haoyu Dyeing的wastewater pit刚才三个worker下去清理，全部晕倒在下面，smell像臭鸡蛋，估计是H2S，"
      "ambulance在路上了，please马上派人来！我是隔壁厂的manager周杰森（Jason），电话13757321468",
      place="桐乡市", kinds=["water", "air"], pol="Haoyu Dyeing", urg=True, life=True,
      aff=A("三个worker", "person", 3), ids=["n:周杰森", "n:Jason", "p:13757321468"]),
    C("r26-015", "typo",
      "织金县猫场镇那个煤旷的为矿库跨坝了，泥江冲到下面的寨子里，有两户人家的房子被冲倒了，人还每找到，感紧派人来就援！！",
      place="织金县", kinds=["solid_waste", "water", "ecology"], urg=True, life=True,
      aff=A("两户人家", "household", 2)),
    C("r26-016", "typo",
      "包头九原区哈林格尔镇的金鼎稀土冶练厂今天中午冒出一大股黄颜色的烟，村里有个老汉吸了以后昏米不醒，已经送去医院抢就了，其他人也恶心想土，"
      "请环保局马上来人",
      place="九原区", kinds=["air"], pol="金鼎稀土冶练厂", urg=True, life=True),
    C("r26-017", "long",
      "尊敬的林州市生态环境局领导：\n"
      "我是横水镇东岗村的村民，想反映村北宏岩石料厂的几个问题。\n"
      "一、石料厂的破碎机从早上五点开到晚上十点，全村都能听到。\n"
      "二、运石料的大车不盖篷布，村里的路上全是灰，庄稼叶子都是白的。\n"
      "三、最要紧的是：今天早上七点多厂里放炮，一块飞石砸穿了我邻居家的屋顶，落在孩子床边，差一点就砸到人，现在他们还在接着放炮，"
      "村里人都不敢在家待。请你们今天就派人来制止！\n"
      "此致\n敬礼！\n东岗村村民 牛保国\n2026年12月6日\n电话：0372-6583 2210",
      place="林州市", kinds=["noise", "air", "other"], pol="宏岩石料厂", urg=True, life=True,
      aff=A("全村", "village", 1), ids=["a:横水镇东岗村", "n:牛保国", "p:0372-6583 2210"]),
    C("r26-018", "question",
      "宜宾南溪区刘家镇有个叫川南永盛化工的厂，罐子在冒白烟，味道呛得人喘不上气，我爸已经晕过去了，是打120还是找你们？你们到底管不管？",
      place="南溪区", kinds=["air"], pol="川南永盛化工", urg=True, life=True),
    C("r26-019", "speech",
      "就是说我们家旁边那个恒通搅拌站啊天天灰尘到处飞我找了他们多少次了没有用你们也来过就是不管今天我跟你们讲你们再不来我就从他们那个罐子上"
      "跳下去我说到做到我现在就在长葛后河镇他们厂门口",
      place="长葛市", kinds=["air"], pol="恒通搅拌站", ref=LIFE_PHONE, urg=True, life=True),
    C("r26-020", "speech",
      "喂喂听得到吧那个湖口县流泗镇这边高速下来那个路口一辆罐车翻了好像是拉什么酸的正在往河沟里流司机还卡在里面出不来味道好冲"
      "我们这边几个人眼睛都睁不开你们快点",
      place="湖口县", kinds=["water", "air"], urg=True, life=True,
      aff=A("几个人", "person", None, 2, 9)),
    C("r26-021", "dialect-chuanyu",
      "长寿晏家那边化工园区刚刚轰的一声，窗子玻璃都震烂了，黑烟冒得老高，我们这边的娃娃吓得哇哇哭，屋头老人家喘不过气，到底咋个回事嘛，"
      "哪个来管一下嘛！",
      place="长寿区", kinds=["other", "air"], urg=True, life=True),
    C("r26-022", "dialect-dongbei",
      "这都第几回了？梨树郭家店镇那个德丰淀粉厂天天往沟里放臭水，整个屯子都没法待了。我大哥今儿喝了点酒，扬言要拎汽油桶去把厂子点了，"
      "谁拦跟谁急，你们赶紧派人吧，要出大事儿了！",
      place="梨树县", kinds=["water", "air"], pol="德丰淀粉厂", ref=LIFE_PHONE, urg=True, life=True,
      aff=A("整个屯子", "village", 1)),
    C("r26-023", "dialect-yue",
      "新會崖門鎮同利五金廠啱啱爆咗條喉，啲綠色嘅水衝晒出馬路，有個伯伯踩到之後隻腳痛到企唔穩，已經送咗去醫院，附近仲有間幼稚園！快啲嚟睇下！",
      place="新会区", kinds=["water", "soil"], pol="同利五金", urg=True, life=True),
    C("r26-024", "wechat",
      "大家快来看‼️ 宁城天义镇垃圾焚烧厂门口 几百个村民堵着 厂里出来一帮保安拿着棍子 马上要打起来了🙏🙏 快叫派出所 #求扩散",
      place="宁城县", kinds=["air", "solid_waste"], ref=LIFE_PHONE, urg=True, life=True,
      aff=A("几百个村民", "person", None, 200, 999)),
    C("r26-025", "question",
      "请问一下，枝江董市镇这段长江边上漂着一大片油，上游就是长江鸿运船舶修造厂，下游500米是水厂取水口，刚刚有个钓鱼的大爷闻了一会儿就晕倒了，"
      "这种情况是找你们还是打119？",
      place="枝江市", kinds=["water"], pol="长江鸿运船舶修造厂", urg=True, life=True),
    # ---- danger to life, plain written Chinese and letters (026-045) ----
    C("r26-026", "plain",
      "准格尔旗薛家湾镇王家塔村后面的煤矸石山着火了，浓烟一直往村里飘，已有两位老人头晕送医。煤矸石是鑫泰煤业倒的，堆了好几年没人管。"
      "联系人：郝建军，15147720938。",
      place="准格尔旗", kinds=["air", "solid_waste"], pol="鑫泰煤业", urg=True, life=True,
      aff=A("两位老人", "person", 2), ids=["n:郝建军", "p:15147720938"]),
    C("r26-027", "plain",
      "沙河市白塔镇冀晶玻璃深加工厂的天然气管道起火，火苗窜了两层楼高，工人正在往外跑，厂子离居民楼不到五十米。我是附近住户，姓宋，电话13931928475。",
      place="沙河市", kinds=["air", "other"], pol="冀晶玻璃深加工厂", urg=True, life=True,
      ids=["n:姓[宋]", "p:13931928475"]),
    C("r26-028", "plain",
      "孝义市梧桐镇的晋昌焦化厂今天上午煤气泄漏，据说有三名工人中毒被送到市医院，厂区周边现在还能闻到很重的煤气味。请立即派人核查。"
      "——一名知情人",
      place="孝义市", kinds=["air"], pol="晋昌焦化厂", urg=True, life=True,
      aff=A("三名工人", "person", 3)),
    C("r26-029", "plain",
      "界首市东城街道宏大钢结构厂通宵切割钢板，噪音很大，我家楼下那户的儿子连续几天睡不着，今晚站到我们楼顶上说要跳下去，家里人正在劝，"
      "我们已经报警了，请环保部门也来人处理噪音的事。",
      place="界首市", kinds=["noise"], pol="宏大钢结构厂", ref=LIFE_PHONE, urg=True, life=True),
    C("r26-030", "plain",
      "寿光市羊口镇海盛溴素厂的储罐泄漏，红棕色的烟往南边的渔村飘，好几个村民呼吸困难，已经有人被送医。请马上处置！",
      place="寿光市", kinds=["air"], pol="海盛溴素厂", urg=True, life=True,
      aff=A("好几个村民", "person", None, 3, 9)),
    C("r26-031", "plain",
      "仙桃市彭场镇的汉江无纺布厂下午三点起火，火势很大，厂房旁边就是居民楼，现在浓烟很大。消防已经到了，请环保部门同时关注消防废水流进排湖。"
      "报告人：许春梅 13872651093",
      place="仙桃市", kinds=["air", "water", "other"], pol="汉江无纺布厂", urg=True, life=True,
      ids=["n:许春梅", "p:13872651093"]),
    C("r26-032", "plain",
      "个旧市鸡街镇有人用土法炼砷的小作坊，就在我们村上风口。今天村里两个孩子出现呕吐、抽搐，医生怀疑是砷中毒，已经转到州医院。"
      "作坊老板是外地人，大家都叫他“四川老刘”。",
      place="个旧市", kinds=["air", "soil"], urg=True, life=True,
      aff=A("两个孩子", "person", 2), ids=["N:四川老[刘]"]),
    C("r26-033", "plain",
      "盘州市柏果镇鸿达洗煤厂的煤泥池今天凌晨垮了，煤泥冲进下面的寨子，一户人家被埋了半间房，家里的老人还被困在里面，救援的人手不够。",
      place="盘州市", kinds=["solid_waste", "water"], pol="鸿达洗煤厂", urg=True, life=True,
      aff=A("一户人家", "household", 1)),
    C("r26-034", "plain",
      "东方市八所镇南洋化肥厂液氨泄漏，下风向的渔村已有十几个人流泪、咳嗽、呼吸困难，有人被抬上了救护车。现在味道还没散。",
      place="东方市", kinds=["air"], pol="南洋化肥厂", urg=True, life=True,
      aff=A("十几个人", "person", None, 11, 19)),
    C("r26-035", "plain",
      "哈密市伊州区雅满苏镇附近的金石矿业把废渣倒在我们放羊的草场上，羊吃了草死了三只。今天我们去找他们理论，矿上的人拿着刀把我们赶走，"
      "说再来就砍人。我叫努尔兰，电话15909021387。",
      place="伊州区", kinds=["solid_waste", "ecology"], pol="金石矿业", ref=LIFE_PHONE, urg=True, life=True,
      ids=["n:努尔兰", "p:15909021387"]),
    C("r26-036", "plain",
      "江油市太平镇的“江油市蜀峰氯碱化工有限公司”刚刚发生氯气泄漏，黄绿色的气体往镇上飘，街上有人捂着嘴跑，我母亲吸了几口后胸闷气短，正在镇医院抢救。",
      place="江油市", kinds=["air"], pol="江油市蜀峰氯碱化工有限公司", urg=True, life=True),
    C("r26-037", "plain",
      "当涂县太白镇佳宇新型建材厂早上八点锅炉爆炸，厂房塌了一角，听说有工人被压在下面，附近的村民都跑出来了。请环保、应急部门马上到场。",
      place="当涂县", kinds=["other", "air"], pol="佳宇新型建材厂", urg=True, life=True),
    C("r26-038", "elderly",
      "我今年七十六了，眼睛不好，让孙女帮着打的字。宣威市羊场镇我们村边上有个土焦炉，这几天烟特别大，我老伴昨晚吸了烟以后喘不上气，"
      "现在在镇卫生院吸氧。求求你们管一管。孔繁英",
      place="宣威市", kinds=["air"], urg=True, life=True, ids=["n:孔繁英"]),
    C("r26-039", "plain",
      "兰陵县向城镇顺发再生资源回收站的废旧轮胎堆着火了，黑烟几公里外都看得见，旁边有加油站和学校，学生还在上课。",
      place="兰陵县", kinds=["air", "solid_waste"], pol="顺发再生资源回收站", urg=True, life=True),
    C("r26-040", "plain",
      "海东市乐都区碾伯街道古城路的下水道井盖接连炸飞了三个，一股汽油味，旁边兴盛加油站的油罐可能漏了。路上行人很多，太危险了，请立刻处置。",
      place="乐都区", kinds=["other", "soil", "water"], pol="兴盛加油站", urg=True, life=True),
    C("r26-041", "plain",
      "我之前举报了福泉市马场坪街道的瑞丰磷化工非法倾倒磷石膏。昨天晚上厂里老板带了几个人到我家门口，说再举报就要我的命。"
      "我现在不敢出门，请对我的信息严格保密，并尽快处理。举报人：桂明辉 13595471026",
      place="福泉市", kinds=["solid_waste"], pol="瑞丰磷化工", ref=LIFE_PHONE, urg=True, life=True, conf=True,
      ids=["n:桂明辉", "p:13595471026"]),
    C("r26-042", "plain",
      "库车市牙哈镇附近塔北油气运营公司的集输管道破裂着火，火很大，离牧民的房子只有几百米，路已经封了，请环保部门一起到场。",
      place="库车市", kinds=["air", "soil", "other"], pol="塔北油气运营公司", urg=True, life=True),
    C("r26-043", "plain",
      "海城市牌楼镇鑫源镁砂窑旁边的工人宿舍，昨晚三名工人一氧化碳中毒昏迷，窑上的烟道就对着宿舍窗户。工人都是外地来的，没人管。电话：0412-3296475",
      place="海城市", kinds=["air"], pol="鑫源镁砂窑", urg=True, life=True,
      aff=A("三名工人", "person", 3), ids=["p:0412-3296475"]),
    C("r26-044", "plain",
      "山南市乃东区昌珠镇一辆运汽油的罐车在雅砻河边翻车起火，油正往河里流，下游有村子取水。",
      place="乃东区", kinds=["water", "air"], urg=True, life=True),
    C("r26-045", "plain",
      "高碑店市方官镇的一个塑料颗粒加工点着火了，就在村子中间，烟是黑的，味道很毒，已经有两个人被熏倒抬出来了。",
      place="高碑店市", kinds=["air", "other"], urg=True, life=True,
      aff=A("两个人", "person", 2)),
    # ---- urgent without danger to life, outside plain written Chinese (046-073) ----
    C("r26-046", "speech",
      "那个啥我们偃师岳滩镇这边水库里头鱼死了一大片全都翻白了臭得很嗯就是上游那个养鸭场天天往里面排鸭粪水你们快来看看吧",
      place="偃师区", kinds=["water", "ecology"], urg=True),
    C("r26-047", "speech",
      "我是灵山县佛子镇的我们村自来水今天出来是黄的有股泥腥味村里三百多户都在喝这个水上面华兴石场洗石头的泥水全排到水源那条沟里了",
      place="灵山县", kinds=["water"], pol="华兴石场", urg=True,
      aff=A("三百多户", "household", None, 301, 399)),
    C("r26-048", "dialect-yue",
      "四会大沙镇条河今朝成河嘅鱼都死晒，白雪雪咁浮喺水面，臭到冇得顶。上游嗰间金源电镀厂琴晚又偷排，我哋已经影咗相，你哋快啲嚟取样啦。",
      place="四会市", kinds=["water", "ecology"], pol="金源电镀厂", urg=True),
    C("r26-049", "dialect-yue",
      "东莞寮步镇嗰间永利塑胶厂日日烧料，臭到成条村冇得瞓。而家成班街坊喺佢门口坐低，唔俾啲货车出入，话今日唔停产就唔走，差佬都嚟咗。",
      place="东莞市", kinds=["air"], pol="永利塑胶厂", urg=True,
      aff=A("成条村", "village", 1)),
    C("r26-050", "dialect-chuanyu",
      "富顺琵琶镇那条河今天上午突然冒起一股刺鼻子的味道，水都变成乳白色的了，听说是上头一个溶剂厂的罐子漏了。关键是下头两公里就是镇上自来水厂取水的地方，"
      "你们还不快点来看哈！",
      place="富顺县", kinds=["water"], urg=True),
    C("r26-051", "question",
      "监利市黄歇口镇我们村口今天一辆化工厂的罐车侧翻了，漏出来的东西顺着灌溉渠往下流，这条渠通到下游的水库，水库是镇上的备用水源，"
      "这个你们管不管？要不要马上派人？",
      place="监利市", kinds=["water"], urg=True),
    C("r26-052", "dialect-dongbei",
      "俺家在肇州县永乐镇，养的鸡昨儿一宿死了二百来只，邻居家也死了一百多只。旁边那个炼油的小作坊半夜冒烟冒得贼拉呛，鸡就是从那以后开始死的，"
      "你们赶紧来人查查吧。",
      place="肇州县", kinds=["air", "ecology"], urg=True, ids=["a:肇州县永乐镇"]),
    C("r26-053", "dialect-dongbei",
      "蛟河天岗镇小学后身那块儿，不知道谁扔了二十多个大铁桶，桶里往外淌黑了吧唧的东西，味儿老冲了。孩子们天天放学打那过，整不好要出事，赶紧来拉走吧。",
      place="蛟河市", kinds=["solid_waste", "soil"], urg=True),
    C("r26-054", "dialect-wu",
      "诸暨店口镇阿拉村前头搿条河，今朝河里鱼死嘞交关，水也发红，老早就晓得是上头诚兴铜业偷排酸水。侬拉快眼派人来，再弗来鱼全死光嘞。",
      place="诸暨市", kinds=["water", "ecology"], pol="诚兴铜业", urg=True),
    C("r26-055", "dialect-minnan",
      "南安水头阮村个井水即两工臭酸臭酸，听讲是鸿盛石材个泥浆水渗落去，规村人拢咧食这个水，老大人囝仔拢有，恁紧来验一下。",
      place="南安市", kinds=["water"], pol="鸿盛石材", urg=True,
      aff=A("规村", "village", 1)),
    C("r26-056", "dialect-other",
      "五华华城镇𠊎兜村个水库，今朝鱼死成片，白肚都翻起来哩。上背有间选矿厂日日放黄泥水，水库个水还系全村人食个，你兜快滴来睇下。",
      place="五华县", kinds=["water", "ecology"], urg=True, aff=A("全村", "village", 1)),
    C("r26-057", "dialect-other",
      "额们青铜峡叶盛镇的渠里头漂了一层黑油，渠水是浇地还给羊喝的，这两天羊喝了已经死咧十几只，额们也不知道油是哪个厂子放的，你们赶紧来查一哈。",
      place="青铜峡市", kinds=["water", "ecology"], urg=True),
    C("r26-058", "dialect-other",
      "我们涟源杨市镇的人讲好哒，明天上午一起去市政府门口，几十个人。那个煤矸石砖厂的烟囱熏了我们两年，找哪个都冇得用，这回一定要讨个说法。",
      place="涟源市", kinds=["air"], urg=True,
      aff=A("几十个人", "person", None, 20, 99)),
    C("r26-059", "wechat",
      "奉贤柘林镇阳光幼儿园隔壁的工地今天挖出来一堆锈铁桶😱 味道超刺鼻 小朋友们还在操场上做操 老师已经把孩子带进教室了 工地是润宸·海樾府二期 "
      "求马上来人处理🙏",
      place="奉贤区", kinds=["solid_waste", "soil", "air"], pol="润宸·海樾府二期", urg=True),
    C("r26-060", "wechat",
      "江津白沙镇长江边 死鱼一大片🐟🐟🐟 从码头一直到渡口 少说几百条 水边还有一条黄颜色的带子 不知道谁排的 快来看看吧",
      place="江津区", kinds=["water", "ecology"], urg=True),
    C("r26-061", "english",
      "Dark blue liquid is pouring into the canal behind Hutang town, Wujin district (Changzhou) from the drain of Huaxing Dye Works "
      "right now, and dead fish are floating everywhere. I took a video. Please send someone today. Marco Rossi",
      place="武进区", kinds=["water"], pol="Huaxing Dye Works", urg=True, en=True, ids=["n:Marco Rossi"]),
    C("r26-062", "english",
      "Around 150 residents are blocking the road to the new asphalt mixing plant near Qingyundian, Daxing district. The smell has "
      "been unbearable for weeks and today the trucks could not pass. The police are here and people are angry. Someone should come "
      "and talk to them before it gets worse.",
      place="大兴区", kinds=["air"], urg=True, en=True,
      aff=A("Around 150 residents", "person", 150, approx=True)),
    C("r26-063", "mixed",
      "顺义高丽营镇我们村的water supply今天突然有一股chemical smell，村里的老人都不敢喝了。村东头新开了一家叫Bright Coating的涂料厂，"
      "怀疑是它的废水渗到井里了。Please尽快来检测。Amy 许 13611072685",
      place="顺义区", kinds=["water"], pol="Bright Coating", urg=True,
      ids=["n:Amy 许", "p:13611072685"]),
    C("r26-064", "mixed",
      "鄱阳凰岗镇湖边的鸭子死了一大片，like hundreds，全是农户散养的。湖里漂着一层白沫，upstream有个新开的造纸厂，check一下吧，真的很急。",
      place="鄱阳县", kinds=["water", "ecology"], urg=True),
    C("r26-065", "typo",
      "宝坻区大口屯镇的河里鱼大面积死往，水是酱油色，上游鑫宝造只厂排的，村民在河边洗衣服都起了红疹子，请环宝局马上来人",
      place="宝坻区", kinds=["water", "ecology"], pol="鑫宝造只厂", urg=True),
    C("r26-066", "typo",
      "静海区 唐官屯镇 铁路 桥下面 一个 危废 仓库 桶装 废液 泄露 流到 路边 沟里 沟里 的水 冒泡 旁边 就是 村 小学 仓库 门口 牌子 写着 "
      "华津 环保 科技",
      place="静海区", kinds=["solid_waste", "water", "soil"], pol="华津 环保 科技", urg=True),
    C("r26-067", "long",
      "主题：关于苏堡镇南庄村多项环境问题的反映\n\n"
      "洪洞县生态环境局：\n你好！写信反映村里的三件事。\n"
      "1. 村西的晋洪铸造厂冲天炉晚上冒黑烟，窗户一关都挡不住。\n"
      "2. 厂里的大车半夜进出，喇叭声不断。\n"
      "3. 上周开始，厂里把废酸直接倒进村东头的旧灌溉井，现在全村吃的井水发酸发涩，已经有人拉肚子。\n"
      "第三件最急，请先处理。\n"
      "南庄村 吕文斌\n手机 139 3572 8814",
      place="洪洞县", kinds=["water", "air", "noise"], pol="晋洪铸造厂", urg=True, aff=A("全村", "village", 1),
      ids=["n:吕文斌", "p:139 3572 8814"]),
    C("r26-068", "long",
      "应城市生态环境局：\n"
      "杨河镇的盐化工园区问题我们反映过多次：一是盐卤管道渗漏，几块稻田已经绝收；二是园区东门的焚烧炉夜里冒烟；三是国道边的货车乱停。"
      "园区管委会每次都说在整改。我们村和隔壁村已经商量好，下周一上午两个村的村民一起到市政府反映，请领导提前掌握情况，派人下来解决。\n"
      "杨河镇 新屋村 村民代表 彭德胜、彭小军",
      place="应城市", kinds=["soil", "air"], urg=True,
      aff=A("两个村", "village", 2), ids=["n:彭德胜", "n:彭小军"], name="彭德胜"),
    C("r26-069", "question",
      "浠水巴河镇我们家鱼塘的鱼一夜死光了，好几千斤，是不是上游那个叫楚澴化工的厂排水造成的？你们能不能今天就派人来取样？",
      place="浠水县", kinds=["water", "ecology"], pol="楚澴化工", urg=True),
    C("r26-070", "question",
      "北流市城南街道锦绣华庭小区的地下车库里堆了几十桶油漆稀料，桶已经漏了，车库里全是味儿，楼上住着几百户，这合法吗？会不会着火？你们能来看看吗？",
      place="北流市", kinds=["solid_waste", "air"], urg=True,
      aff=A("几百户", "household", None, 200, 999)),
    C("r26-071", "elderly",
      "领导好，我是陇西首阳镇的老汉，八十了，不会打字，这是村上大学生娃帮我写的。我们村吃的泉水这几天有一股药材厂的怪味，烧开了都有，"
      "全村都吃这个泉。药材厂叫康源中药饮片厂，就在泉眼上头。",
      place="陇西县", kinds=["water"], pol="康源中药饮片厂", urg=True, aff=A("全村", "village", 1)),
    C("r26-072", "speech",
      "喂是环保局吗我是桂平市木乐镇的那个我们这条河上游不知道是哪个养猪场把死猪全扔河里了一漂就是几十头那个水厂的取水口就在下面呢",
      place="桂平市", kinds=["water", "solid_waste"], ref=["农业农村", None], urg=True),
    C("r26-073", "wechat",
      "南充顺庆潆溪街道 小区旁边的空地 一堆医疗垃圾 针头输液管都有😡 小孩天天在那玩 拍了照片 谁来管管",
      place="顺庆区", kinds=["solid_waste"], ref=["卫生健康", None], urg=True),
    # ---- urgent without danger to life, plain written Chinese and letters (074-085) ----
    C("r26-074", "plain",
      "苍南县炎亭镇海边养殖区今天早上出现大面积死鱼死虾，养殖户损失惨重。附近新建的蓝湾海洋生物科技公司的排污口就在旁边，水面有一层红色的东西。",
      place="苍南县", kinds=["water", "ecology"], pol="蓝湾海洋生物科技公司", urg=True),
    C("r26-075", "plain",
      "洮南市瓦房镇的饮用水源地保护区里，今天有人用三轮车倒了十几桶废机油，油已经渗到地里了，离取水井不到一百米。请马上来人。",
      place="洮南市", kinds=["water", "soil"], urg=True),
    C("r26-076", "plain",
      "迁安市野鸡坨镇的村民把运钢渣的路堵上了，已经堵了一上午，一百多人，因为钢渣车撒得满路都是灰。现在车排了两公里，双方情绪激动，请有关部门尽快到场。",
      place="迁安市", kinds=["air", "solid_waste"], urg=True,
      aff=A("一百多人", "person", None, 101, 199)),
    C("r26-077", "plain",
      "垫江县沙坪镇一辆柴油罐车在水库边的弯道侧翻，柴油流进了水库，这个水库给镇上供水。司机没事，但水面上已经有一大片油。",
      place="垫江县", kinds=["water"], urg=True),
    C("r26-078", "plain",
      "介休市义安镇的焦油渣露天堆放在村小学围墙外，下雨后黑水流进了学校操场，学生们就在旁边上体育课，味道很冲。堆放的是晋义焦化的渣。",
      place="介休市", kinds=["solid_waste", "soil"], pol="晋义焦化", urg=True),
    C("r26-079", "plain",
      "长兴县夹浦镇太湖边的港口今天漂了上千条死鱼，夹浦港的水是黑绿色的，上游几家印染厂最近一直在偷排。请派人取样。联系人：沈国华 0572-6038147",
      place="长兴县", kinds=["water", "ecology"], urg=True,
      ids=["n:沈国华", "p:0572-6038147"]),
    C("r26-080", "plain",
      "岐山县蔡家坡镇初级中学旁边的岐丰汽车配件厂今天上午喷漆，味道飘进教室，十几个学生头晕恶心，学校让他们回家休息了。我是学生家长，电话18992736512。",
      place="岐山县", kinds=["air"], pol="岐丰汽车配件厂", urg=True,
      aff=A("十几个学生", "person", None, 11, 19), ids=["p:18992736512"]),
    C("r26-081", "plain",
      "曹县庄寨镇的木材加工厂粉尘和噪音问题一直没解决，庄寨镇东街两百多户已经签了名，明天早上准备一起去县政府，请相关部门提前了解情况。",
      place="曹县", kinds=["air", "noise"], urg=True,
      aff=A("两百多户", "household", None, 201, 299)),
    C("r26-082", "plain",
      "呼图壁县大丰镇的牧民反映，这几天有十多头牛喝了干渠里的水以后死了，干渠上游是一家番茄酱厂的排污口。请尽快调查。",
      place="呼图壁县", kinds=["water", "ecology"], urg=True),
    C("r26-083", "plain",
      "漳州市龙海区海澄镇九龙江边一条运输船正在漏油，油带已经漂到下游的水厂取水口附近了。船名是闽龙海货0387。",
      place="龙海区", kinds=["water"], pol="闽龙海货0387", urg=True),
    C("r26-084", "plain",
      "开原市八棵树镇自来水从昨天开始有很重的柴油味，整个镇的人都在用。听说水源井旁边的加油站在改造，挖开了地下油罐。请立刻检测水质。",
      place="开原市", kinds=["water"], urg=True,
      aff=A("整个镇", "town", 1)),
    C("r26-085", "plain",
      "奎屯市开干齐乡一个管道工地的人说，他们做探伤用的一个放射源丢了，现在还没找到，工地边上就是居民区和一所小学。请环保部门马上介入。",
      place="奎屯市", kinds=["radiation"], urg=True),
]

if __name__ == "__main__":
    W(CASES)
