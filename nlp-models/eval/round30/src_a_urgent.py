"""Round thirty, writer A: 53 urgent cases, r30-001..053 (001-028 a danger to life, 029-053 urgent without)."""
from mk import C, W, A

N = lambda n: "r30-%03d" % n
# the new voices of this round (the brief), filed under the existing register names: id -> voice
VOICE = {}


def v(tag, *ns):
    for n in ns:
        VOICE[N(n)] = tag


v("older", 2, 19, 30, 42)
v("voice-input", 3, 15, 31, 48)
v("representative", 13, 32)
v("insider", 7, 20, 33, 49)
v("hk-tw", 5, 24, 34, 50)

L = dict(life=True)
cases = [
    C(N(1), "plain", "救命啊，我们村口的鑫泰化工刚才嘭的一声炸了，火还在烧，黑烟往村里飘，好几个工人被抬出来了，赶紧派人来！临猗县孙吉镇东街村",
      place="临猗县", kinds=["air", "other"], pol="鑫泰化工", aff=A("好几个工人", "person", None, 3, 9), **L),
    C(N(2), "elderly", "环保局领导同志：您好！我是城南村的老党员王德林，今年七十有六。今晨五时许，村西沟里不知何人倒了几桶药水，气味呛人，"
      "我老伴闻了以后头晕倒地，现已送往乡卫生院抢救。恳请领导速派人查看，以免再有人受害。另据村民讲，前几日夜里曾见一辆无牌三轮车往沟边去，车上装的正是蓝色塑料桶。沟下游即是村民浇地取水之处，万望速查，老伴安危未卜，心急如焚，拜托了。此致 敬礼！梁家庄乡城南村 王德林 敬上 电话13903547716",
      place="@梁家庄乡", kinds=["air", "solid_waste", "soil"], ids=["n:王德林", "p:13903547716"], **L),
    C(N(3), "speech", "喂喂你好我要举报那个我们这边的电度厂有个池子漏了绿色的水往河里流好几个小孩在河边玩现在有一个小孩说头云吐了已经在送医院了"
      "地址是合肥肥东的常临河镇河湾村我叫曹兵曹操的曹电话是一五八五一二三四六七八",
      place="肥东县", kinds=["water"], aff=A("好几个小孩", "person", None, 3, 9), ids=["n:曹兵", "p:一五八五一二三四六七八"], **L),
    C(N(4), "wechat", "快来人！！鸿达物流的仓库着火了 里面堆的都是塑料桶和油漆 烟是黑的 隔壁就是幼儿园 小孩还没疏散完😭 西营城街道兴隆路这边",
      place="@西营城街道", kinds=["air", "other"], pol="鸿达物流", **L),
    C(N(5), "dialect-yue", "本人係香港人，現居觀湖街道。今晚九點左右，樓下工地嘅柴油發電機房突然冒出大量濃煙，有陣好刺鼻嘅味，我老公同個仔吸咗之後頭暈嘔吐，"
      "已經叫咗白車。唔該盡快派人嚟處理！梁太 138 2654 7730",
      place="@观湖街道", kinds=["air"], ids=["n:[梁]太", "p:138 2654 7730"], **L),
    C(N(6), "plain", "旺达养殖场的粪水第三次漫进我家鱼塘，鱼全死光了，找了村里镇里都没人管。我现在就站在养殖场门口，今天再没人来，我就喝了这瓶农药死在这里！八义镇 刘建军",
      place="@八义镇", kinds=["water"], pol="旺达养殖场", ref=["公安", None], ids=["n:刘建军"], **L),
    C(N(7), "plain", "我是厂里的工人，不方便说名字，别说是我打的。今天下午车间氯气管道阀门坏了，一直在漏，班长叫我们别声张接着干，已经有两个同事晕倒被拉走了。"
      "厂子是象州县的金海化工。求你们赶紧来！",
      place="象州县", kinds=["air"], pol="金海化工", conf=True, aff=A("两个同事", "person", 2), **L),
    C(N(8), "english", "Urgent: a tanker truck overturned on the road next to Dongyang Village, Huangchi Town, Dangtu. Some liquid with a very "
      "strong smell is spreading into the ditch and two people walking past collapsed. Please send help now. - Mark Evans, 139 0555 2841",
      place="当涂县", kinds=["air", "water"], en=True, aff=A("two people", "person", 2), ids=["n:Mark Evans", "p:139 0555 2841"], **L),
    C(N(9), "long", "尊敬的领导：我家住象山县爵溪街道海景花园12幢302室，有几件事反映一下。一是小区东面的永盛水产加工厂夜里烘干鱼粉，臭味一直飘进小区，"
      "已经好几年了；二是厂门口的排水沟常年发黑，物业经理赵立新说跟他们讲过没用；三是最要紧的：今天傍晚厂里的液氨罐好像漏了，一股冲鼻子的味道，"
      "三楼的邻居老太太呛得喘不上气，刚被120拉走，现在整个小区的人都跑到楼下不敢回家。请马上派人！住户 郑雅琴 13805744219 2026年12月7日",
      place="象山县", kinds=["air"], pol="永盛水产加工厂", aff=A("整个小区", "community", 1),
      ids=["a:象山县爵溪街道海景花园12幢302室", "N:赵立新", "n:郑雅琴", "p:13805744219"], **L),
    C(N(10), "typo", "救名！我们这的金盛炼油厂着火了，火好大，还有爆扎声，村里人都在跑，在八面城镇东头", place="@八面城镇", kinds=["air", "other"], pol="金盛炼油厂", **L),
    C(N(11), "dialect-dongbei", "哎妈呀快来人吧，俺们屯子边上那个选矿厂的尾矿坝塌了一块，泥汤子哗哗往下淌，把老孙家房子冲了，人还在里头没出来呢！浓桥镇这嘎达的",
      place="@浓桥镇", kinds=["solid_waste", "soil", "water"], ids=["N:老[孙]"], **L),
    C(N(12), "dialect-chuanyu", "喂 我们这边那个兴旺砖厂背后的山垮了 好几户人家的房子遭埋了 都说是挖沙挖空了 人还在里头 快点来人哦 色尔古镇这边",
      place="@色尔古镇", kinds=["ecology", "soil"], pol="兴旺砖厂", aff=A("好几户人家", "household", None, 3, 9), **L),
    C(N(13), "plain", "我们是下坝乡坪上村的村民代表。今天早上村里自来水是浑的，有股煤油味，全村好多人喝了以后拉肚子，已经有五个老人和小孩送到县医院了，"
      "其中一个还在抢救。上游那个宏发采石场最近在河里洗设备，前几天就有人说水有味，村支书钟德华说烧开了喝没事，今天就出了这样的事。现在村里的人都不敢用自来水，小卖部的矿泉水都卖光了。请立即派人来检测水源，给村里送水，查清楚原因！村民代表：钟林生、钟秀英 电话13659712033",
      place="@下坝乡", kinds=["water"], pol="宏发采石场", aff=A("五个老人和小孩", "person", 5), ids=["N:钟德华", "n:钟林生", "n:钟秀英", "p:13659712033"], **L),
    C(N(14), "wechat", "那个德胜石料厂老板周德胜刚带了十几个人拿着钢管过来，说谁再去举报就打断谁的腿，现在村民跟他们在厂门口对峙，马上要打起来了，赶紧叫人来！刘营伍乡",
      place="@刘营伍乡", kinds=["air", "noise"], pol="德胜石料厂", ref=["公安", None], ids=["N:周德胜"], **L),
    C(N(15), "speech", "我跟你说啊那个加油站旁边那个下水道刚刚冒火了轰的一下景盖都飞起来了有个骑电动车的被砸到了现在躺在地上我在回龙铺镇这边那个大路上",
      place="@回龙铺镇", kinds=["other", "air"], **L),
    C(N(16), "mixed", "Help！我们office楼下的化学品仓库起火了，smoke very thick，整栋楼都在疏散，有同事说闻到有毒的味道头很晕。地址合肥磨店街道。我是Jason 吴 18655120398",
      place="@磨店街道", kinds=["air", "other"], aff=A("整栋楼", "building", 1), ids=["n:Jason 吴", "p:18655120398"], **L),
    C(N(17), "dialect-wu", "阿拉弄堂口头格小化工厂刚刚烧起来了，烟黑得来，隔壁阿婆吸了两口就昏过去了，快点派人来！殷行街道", place="@殷行街道",
      kinds=["air", "other"], **L),
    C(N(18), "dialect-minnan", "阮村邊仔彼間塑膠工場著火矣，火真大，烏煙攏飄入來厝內，阮阿公喘袂過氣，已經叫救護車矣！金星鄉", place="@金星乡",
      kinds=["air", "other"], **L),
    C(N(19), "elderly", "政府同志：老汉我住在藕团乡，后山那个金岭锰矿的渣子库今早垮了个口子，泥水冲下来把我家猪圈冲倒了，隔壁吴老三被埋在泥里头，大伙正在挖，"
      "求政府赶快来人救命！杨正发", place="@藕团乡", kinds=["solid_waste", "soil"], pol="金岭锰矿", ids=["a:藕团乡", "N:[吴]老三", "n:杨正发"], **L),
    C(N(20), "plain", "我在这家电池回收厂上夜班，车间里铅烟特别大，刚才有个工友抽搐倒下了，老板黄建明不让叫120，说自己拉去诊所。我偷偷打的，别说是我举报的。"
      "厂在湖屯镇工业园，叫恒通再生资源。", place="@湖屯镇", kinds=["air"], pol="恒通再生资源", conf=True, ids=["N:黄建明"], **L),
    C(N(21), "plain", "杨家庄镇这边的恒源焦化厂煤气柜漏气了，周围好几个村都闻到臭鸡蛋味，已经有人晕倒了，快来！", place="?@杨家庄镇", kinds=["air"], pol="恒源焦化厂",
      aff=A("好几个村", "village", None, 3, 9), **L),
    C(N(22), "question", "请问煤矿透水该找谁？我们大川镇的兴发煤矿刚刚透水，下面还有二十几个矿工没上来，矿上不让报，黑水还在往外冒，流进田里，你们环保管不管？",
      place="?@大川镇", kinds=["water", "other"], pol="兴发煤矿", aff=A("二十几个矿工", "person", None, 21, 29), **L),
    C(N(23), "plain", "乐山千佛镇的一家叫丰泰酒业的酒精厂，发酵罐爆了，巨响，附近玻璃全震碎了，有人受伤流血，现在空气里全是酒糟味。", place="@乐山市/千佛镇", pol="丰泰酒业",
      kinds=["other", "air"], **L),
    C(N(24), "long", "各位長官好：我是台灣人，嫁來福州已經十年，住在金峰鎮華陽村。想反映幾件事：第一，村口宏利染廠排出的廢水顏色很怪，河裡已經沒有魚蝦；"
      "第二，夜裡機器聲音很吵，孩子睡不好；第三，剛剛（晚上八點）工廠的鍋爐房傳出爆炸聲，現在冒著大火，風往我們村吹，我先生陳志明跟鄰居去幫忙救火，"
      "有一個工人被燒傷，消防車還沒到，附近的村民都站在路邊看，很危險，拜託了。請立刻派人！林怡君 137 0591 2284", place="@福州市/金峰镇", kinds=["air", "other", "water"], pol="宏利染厂",
      ids=["a:金峰鎮華陽村", "N:陳志明", "n:林怡君", "p:137 0591 2284"], **L),
    C(N(25), "wechat", "【转发求助】玉林南江街道这边有个“桂通”液化气站的罐车卸气的时候管子爆了 气一直在喷 周围已经封路了 有人头晕 大家千万别过去！！",
      place="@南江街道", kinds=["air", "other"], pol="桂通", **L),
    C(N(26), "english", "Hi, I'm Priya Nair, I live in Xinya Street, Huadu, Guangzhou. Right now the warehouse of a plastics recycling yard near "
      "our compound is on fire and the black smoke is blowing straight in. My neighbour's kid is coughing badly and an old man fainted. "
      "Please send someone immediately.", place="@新雅街道", kinds=["air", "other"], en=True,
      ids=["n:Priya Nair", "a:Xinya Street, Huadu, Guangzhou"], **L),
    C(N(27), "dialect-other", "俺们米坪镇那个宏森冶炼厂今儿个冒黄烟，呛得人睁不开眼，俺家小孙子喘不上气，脸都紫了，正往县医院送哩！", place="@米坪镇",
      kinds=["air"], pol="宏森冶炼厂", **L),
    C(N(28), "wechat", "化肥厂漏氨了 人晕倒了 荫子镇 快", place="@荫子镇", kinds=["air"], **L),
    # urgent without a danger to life
    C(N(29), "plain", "高韦庄镇的东沟河今天早上漂了一河死鱼，白花花一片，上游的鑫源造纸厂昨晚偷排了黑水。", place="@高韦庄镇", kinds=["water"],
      pol="鑫源造纸厂", urg=True),
    C(N(30), "elderly", "领导您好，我是退休教师，老伴儿和我住在汪营镇。这几日自来水发黄，烧开后浮一层油花，全镇几千口人都喝这个水。盼速查为盼。钱永年 叩首",
      place="@汪营镇", kinds=["water"], aff=A("几千口人", "person", None, 2000, 9999), ids=["a:汪营镇", "n:钱永年"], urg=True),
    C(N(31), "speech", "我是那个实验小学的老师我们学校旁边的立青站今天又在熬沥青那个烟直接飘到教室里面好多学生都在咳嗽眼睛疼我们现在还在上课地址是五台街道在长安区",
      place="@五台街道", kinds=["air"], urg=True),
    C(N(32), "plain", "我们是牛家牌镇后营村全体村民的代表。绿源环保的垃圾焚烧厂选址定在村边没征求过意见，现在村里二百多人堵在工地门口不让车进，情绪很激动，"
      "请环保和政府领导马上来对话。代表 王春来 王建华", place="@牛家牌镇", kinds=["solid_waste", "air"], pol="绿源环保",
      aff=A("二百多人", "person", None, 201, 299), ids=["n:王春来", "n:王建华"], urg=True),
    C(N(33), "plain", "本人是运输公司的司机，老板刘大军让我们把瑞丰化工的废液桶拉到冶西镇的山沟里倒掉，今天拉了三车，桶都是破的在流，山沟下面就是村里的水井。",
      place="@冶西镇", kinds=["solid_waste", "water", "soil"], pol="瑞丰化工", ids=["N:刘大军"], urg=True),
    C(N(34), "dialect-yue", "我係香港人，住喺祝橋鎮。今日下晝我哋附近條河啲魚全部反晒肚，成條河都係死魚，仲有陣好臭嘅化學味，唔知係咪旁邊嗰間化工廠排咗嘢。",
      place="@祝桥镇", kinds=["water"], urg=True),
    C(N(35), "english", "Dear officer, the stream behind our guesthouse in Yuanma, Yuanmou is full of dead fish this morning, hundreds of them, "
      "and the water smells of diesel. Our guests drink the well water, and so do the families in the village. My neighbour Mr Yang says a truck washed its tank at the bridge upstream last night. Please come and test the water today. Tom Becker", place="@元马镇", kinds=["water"], en=True,
      ids=["N:Mr [Yang]", "n:Tom Becker"], urg=True),
    C(N(36), "typo", "杏坛镇光华村鱼糖里的鱼一夜之间死了几千斤，养殖户都哭了，旁边那个叫振华的电度厂天天往外排水", place="@杏坛镇", kinds=["water"], pol="振华", urg=True),
    C(N(37), "wechat", "小区垃圾站旁边堆了一大堆医疗垃圾 针头输液管都有 小孩放学都从那过 已经有娃捡针头玩了 方松街道 快来处理", place="@方松街道",
      kinds=["solid_waste"], urg=True),
    C(N(38), "dialect-dongbei", "俺家养鸡场挨着那个鑫达皮革厂，这两天鸡死老鼻子了，一天死好几百只，兽医说是中毒，水沟里全是蓝汤子。松岭子镇的",
      place="@松岭子镇", kinds=["water"], pol="鑫达皮革厂", urg=True),
    C(N(39), "dialect-chuanyu", "我们这儿自来水今天放出来是黑的，一股机油味，整个镇都在喝这个水，娃儿都不敢让他喝，酉酬镇的，哪个来管一下嘛",
      place="@酉酬镇", kinds=["water"], aff=A("整个镇", "town", 1), urg=True),
    C(N(40), "question", "请问河里突然漂满死鸭子是不是水被污染了？我们香达镇这条河今天死了好几十只鸭子，上游在修路往河里倒了好多东西，能不能快点来查？",
      place="@香达镇", kinds=["water", "ecology"], urg=True),
    C(N(41), "mixed", "海边今天好多oil，沙滩全是黑的，还有死鱼死海鸟，应该是港口那边的船漏油了，莺歌海镇这边。Please check ASAP", place="@莺歌海镇",
      kinds=["water", "ecology"], urg=True),
    C(N(42), "long", "致县环保局领导：本人系退伍老兵，家住新富乡新富村三组，年近七旬。有三件事向组织汇报：其一，村东酒厂的酒糟露天堆放，一到中午酸臭难闻；"
      "其二，孙有才村主任家的猪场粪水直排进排干，说了多次，他只说“再等等”；其三，最为紧要，因为猪场的事迟迟无人过问，全村一百多户人家已经商量好，"
      "明天一早要包车去县政府集体上访。老朽担心闹出事来，特此先行报告，恳请领导今日就来村里看看。此致 敬礼 邹国庆 0468-7123345",
      place="@新富乡", kinds=["water", "air"], aff=A("一百多户人家", "household", None, 101, 199),
      ids=["a:新富乡新富村三组", "N:[孙]有才", "n:邹国庆", "p:0468-7123345"], urg=True),
    C(N(43), "plain", "华银氧化铝厂的赤泥库在渗漏，红水流进了下面的农田和水渠，下游两个村的灌溉水都是红的。那拔镇", place="@那拔镇", kinds=["soil", "water", "solid_waste"], pol="华银氧化铝厂", aff=A("两个村", "village", 2), urg=True),
    C(N(44), "plain", "上庄镇北边那条河今天死了好多鱼，一片片的白肚皮，附近的养殖户说昨晚看见罐车往河里放水。", place="?@上庄镇", kinds=["water"],
      urg=True),
    C(N(45), "wechat", "田心镇今天自来水有一股农药味 全村都不敢喝了 有没有人管", place="?@田心镇", kinds=["water"], aff=A("全村", "village", 1),
      urg=True),
    C(N(46), "plain", "甘肃石堡镇这边山上的金鼎铅锌矿选矿废水冲下来了，河里的鱼全死了，下游几个村子吃的就是这条河的水。", place="@甘肃省/石堡镇",
      kinds=["water"], pol="金鼎铅锌矿", aff=A("几个村子", "village", None, 2, 9), urg=True),
    C(N(47), "plain", "潍坊下营镇海边化工园区有个叫海润化学的厂晚上偷排，今早虾池里的虾死了一大片，好几十户养殖户都损失惨重。", place="@潍坊市/下营镇",
      kinds=["water"], pol="海润化学", aff=A("好几十户", "household", None, 30, 99), urg=True),
    C(N(48), "speech", "我是学生家长那个学校后面的垃圾场在烧垃圾烟特别大孩子们都在操长上体育课呛得受不了老师也不管你们快去看看吧在项里街道宿城区",
      place="@项里街道", kinds=["air", "solid_waste"], urg=True),
    C(N(49), "plain", "我是污水处理厂的运行工。这两天进水超负荷，站长让我们把没处理的污水直接从旁通管排进长皋乡水库的支流，那个水库是全乡的饮用水源。我不敢署名，请保密。",
      place="@长皋乡", kinds=["water"], conf=True, aff=A("全乡", "town", 1), urg=True),
    C(N(50), "plain", "您好，我是台灣來的茶農，在天柱山鎮租地種茶。今天發現山坡下有人傾倒大量標示「危險廢物」的鐵桶，有幾個桶在漏，流到小學旁邊的水溝，"
      "學生放學都經過那裡。請趕快處理。蔡先生 15855620913", place="@天柱山镇", kinds=["solid_waste", "soil"],
      ids=["n:[蔡]先生", "p:15855620913"], urg=True),
    C(N(51), "english", "About a hundred residents are blocking the gate of Hengyuan Concrete on Jiuzhou Road, Qibin, Hebi right now, the dust and "
      "the night trucks have gone on for a year. Police are there, people are angry. Please send someone to talk to them.",
      place="@九州路街道", kinds=["air", "noise"], pol="Hengyuan Concrete", en=True,
      aff=A("About a hundred residents", "person", 100, approx=True), urg=True),
    C(N(52), "wechat", "水库死鱼一大片 丰盛镇 速来", place="@丰盛镇", kinds=["water"], urg=True),
    C(N(53), "dialect-other", "我们祖师殿镇的溪里头今天翻了好多死鱼，上头的龙兴锑矿在放水，水都是黄的，屋里吃的井水也变味哒", place="@祖师殿镇",
      kinds=["water"], pol="龙兴锑矿", urg=True),
]
assert len(cases) == 53
if __name__ == "__main__":
    W(cases)
