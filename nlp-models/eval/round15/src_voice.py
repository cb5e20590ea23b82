"""Round fifteen, non-urgent reports in the voice of callers and writers (r15-156..215): speech, dialects, typos,
letters, questions, the elderly, and most of the urgent look-alikes (marked # LA).
Written blind (see README.md): labels decided by reading each text, before any run."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mk  # noqa: E402,F401
from cases import A, C, W  # noqa: E402
from pl import pl  # noqa: E402

CG = ["城管", None]
CN = ["住建", "城管", None]
SN = ["公安", "城管", None]

# ---- speech ----------------------------------------------------------------------------------------
C("r15-156", "speech",  # LA: a rumour
  "那个 我想问一下 就是 我们 村 旁边 那个 化工厂 嗯 大家 都在 传 说 它 那个 罐子 快 不行了 要 爆炸 了 嗯 我也 不知道 真的假的 "
  "就是 心里 慌 你们 能不能 去 看看 湖北 宜昌 猇亭区",
  P=pl("猇亭区"), kinds=["other", "air"])
C("r15-157", "speech",
  "喂 是 环保 热线 吧 我 要 举报 那个 叫 金利达 的 电镀厂 它 那个 废水 就 直接 往 渠 里面 排 渠 里 的 水 都 是 绿 的 在 湖北 孝感 汉川 这边 "
  "我 姓 毛 毛主席 的 毛 电话 一五九 七二零一 三八八六",
  name="毛", phone="15972013886", P=pl("汉川市"), polluter="金利达", kinds=["water"],
  ids=[("姓 [毛]", "name", "petitioner"), ("毛主席 的 [毛]", "name", "petitioner"),
       ("一五九 七二零一 三八八六", "phone", "petitioner")])
C("r15-158", "speech",  # LA: chronic mild symptoms
  "嗯 就是 我们 小区 对面 那个 垃圾 中转站 一到 下午 就 臭 嗯 我 老伴 天天 喉咙 不舒服 咳嗽 也 好几个月 了 辽宁 沈阳 于洪区",
  P=pl("于洪区"), kinds=["air", "solid_waste"], ref=CG)
C("r15-159", "speech",  # LA: a big number and a fear
  "就是 我们 这个 镇 有 两万 多 人 啊 全 靠 这个 水库 灌溉 现在 水库 边上 建 了 个 养 牛场 嗯 我们 担心 以后 水 会 被 污染 海南 琼海",
  P=pl("琼海市"), kinds=["water"], aff=A("两万 多 人", "person", None, 20001, 29999))
C("r15-160", "speech",
  "我 叫 林 秀 英 双木林 身份证 是 三五零一二八 一九七六 零三零二 二五八八 我 要 反映 福清 那个 石材 加工 的 废水 排 到 龙江 里 "
  "水 都 是 白 的",
  name="林秀英", idn="350128197603022588", P=pl("福清市"), kinds=["water"],
  ids=[("林 秀 英", "name", "petitioner"), ("双木林", "name", "petitioner"),
       ("三五零一二八 一九七六 零三零二 二五八八", "id", "petitioner")])
C("r15-161", "speech",  # LA: a past leak
  "喂 我 说 一下 啊 前 几 年 我们 那 有个 小 化工厂 漏 过 一次 氯气 当时 闹 得 挺 大 后来 厂 关了 现在 那个 地方 又 有 人 在 盖 新 厂房 "
  "不 知道 干 啥 的 江苏 常州 新北区",
  P=pl("新北区"), kinds=["air", "other"])
C("r15-162", "speech",
  "嗯 你好 我想 投诉 就是 那个 高架桥 上 的 大货车 晚上 一直 按 喇叭 我们 这 一 排 楼 都 睡不着 在 浙江 杭州 萧山区",
  P=pl("萧山区"), kinds=["noise"], ref=["公安", "交通运输"])
C("r15-163", "speech",  # LA: one dead fish
  "那个 我 今天 在 河边 钓鱼 看到 一条 死 的 大 鲤鱼 就 一条 哈 水 看 着 也 还行 就是 想 问 一下 要不要 查 一下 湖南 常德 鼎城区",
  P=pl("鼎城区"), kinds=["water"])
C("r15-164", "speech",
  "我 反映 一下 那个 养鸭场 的 鸭粪 堆 在 河边 下雨 就 冲 到 河 里 去 了 电话 是 一八七 零九 二二 六六 五三 我 是 老 刘 刘 建 军 重庆 垫江",
  name="刘建军", phone="18709226653", P=pl("垫江县"), kinds=["water", "solid_waste"],
  ids=[("一八七 零九 二二 六六 五三", "phone", "petitioner"), ("老 [刘]", "name", "petitioner"),
       ("刘 建 军", "name", "petitioner")])
C("r15-165", "speech",  # LA: a crowd that is no conflict
  "嗯 就是 每天 早上 我们 公园 里 有 上百 人 在 那 打 太极 那个 音响 开 得 很 大 声 吵 到 我们 睡觉 了 新疆 乌鲁木齐 天山区",
  P=pl("天山区"), kinds=["noise"], ref=SN)
C("r15-166", "speech",  # LA: a fear
  "那个 反映 一个 情况 就是 我们 小区 楼顶 上 装 了 个 五G 基站 大家 都 担心 有 辐射 嗯 能 不能 来 测 一下 宁夏 银川 金凤区",
  P=pl("金凤区"), kinds=["radiation"])
C("r15-167", "speech",  # LA: a hypothetical
  "我 家 门口 天天 过 那个 拉 液化气 的 槽罐车 就 怕 哪 天 翻 了 那 就 完 了 能 不能 让 它们 绕 道 走 广西 玉林 北流",
  P=pl("北流市"), kinds=["other", "air"], ref=["交通运输", "公安", None])

# ---- dialects --------------------------------------------------------------------------------------
C("r15-168", "dialect-yue",  # LA: a fire long ago
  "旧年我哋屋企对面嗰间五金厂着过火，而家重新开返工，成日有阵油漆味，唔知佢有冇牌照。广东省中山市。",
  P="广东省/中山市/-", kinds=["air"])
C("r15-169", "dialect-yue",
  "我要投诉新景豪茶餐厅，佢哋个抽油烟机对正我哋个窗口，日日闻住佢啲油烟，仲好嘈添。广西梧州市万秀区。梁太 电话 135 5742 0918",
  name="梁", phone="13557420918", P=pl("万秀区"), polluter="新景豪茶餐厅", kinds=["air", "noise"], ref=CG,
  ids=[("[梁]太", "name", "petitioner"), ("135 5742 0918", "phone", "petitioner")])
C("r15-170", "dialect-yue",  # LA: chronic mild symptoms
  "隔篱地盘成日开工，啲灰尘吹晒入屋，我个仔成个月都喺度咳，皮肤又痕。广东省珠海市斗门区。",
  P=pl("斗门区"), kinds=["air", "noise"], ref=CN)
C("r15-171", "dialect-yue",
  "我哋条村嘅河涌成日有人倒垃圾，又臭又污糟，蚊虫多到死。广东省肇庆市四会市。",
  P=pl("四会市"), kinds=["solid_waste", "water"], ref=CG)
C("r15-172", "dialect-chuanyu",  # LA: a big number, a crowd that is no conflict
  "我们小区几百个业主在群头商量，准备联名写信反映隔壁火锅店的油烟，大家都说好了周末签名。重庆市渝北区。",
  P=pl("渝北区"), kinds=["air"], ref=CG, aff=A("几百个业主", "person", None, 200, 999))
C("r15-173", "dialect-chuanyu",  # LA: a chronic nuisance
  "那个养猪场臭了好几年了，夏天一吹风就臭得人饭都吃不下，找了几回都没得结果。四川省资阳市安岳县。",
  P=pl("安岳县"), kinds=["air"])
C("r15-174", "dialect-chuanyu",  # LA: mild symptoms
  "举报一下，我们这边那个叫巴蜀红的火锅底料厂，炒料的烟子大得很，一条街都是辣椒味，呛得人流眼泪。四川省德阳市广汉市。",
  P=pl("广汉市"), polluter="巴蜀红", kinds=["air"])
C("r15-175", "dialect-dongbei",  # LA: a fire long out
  "前些年俺们村后山着过一回火，早灭了，可那片林子到现在也没人补种，光秃秃的，一下雨就冲泥。辽宁省本溪市桓仁满族自治县。",
  P=pl("桓仁满族自治县"), kinds=["ecology"], ref=["自然资源", None])
C("r15-176", "dialect-dongbei",
  "俺们小区门口那嘎达新开了个老王家铁锅炖，大烟囱直接对着俺家阳台冒烟，整得屋里全是烟火味儿，你们管不管？辽宁省抚顺市新抚区。",
  P=pl("新抚区"), polluter="老王家铁锅炖", kinds=["air"], ref=CG)
C("r15-177", "dialect-dongbei",  # LA: one dead dog
  "俺家大黄昨儿在那化工厂边上的水沟喝了水，回来就死了，就这一条狗，俺寻思是不是那水有毒，你们给化验化验呗。吉林省辽源市龙山区。",
  P=pl("龙山区"), kinds=["water"])
C("r15-178", "dialect-wu",
  "阿拉小区边浪向个工地日里夜里打桩，吵得来要死，小人作业也做勿来。浙江省杭州市拱墅区。",
  P=pl("拱墅区"), kinds=["noise"], ref=CN)
C("r15-179", "dialect-wu",
  "阿拉小区门口个垃圾箱房老是勿关门，夏天臭得来，苍蝇嗡嗡叫。上海市普陀区。",
  P=pl("普陀区", "上海市"), kinds=["solid_waste", "air"], ref=CG)
C("r15-180", "dialect-minnan",
  "阮庄仔边一间养猪场，猪屎水直接放落溪，溪水臭甲袂闻得。福建省龙岩市永定区。",
  P=pl("永定区", "龙岩市"), kinds=["water"])
C("r15-181", "dialect-other",  # LA: a past source, chronic harm
  "额们村前些年有个炼锌的土炉子，把地都弄坏咧，后来拆咧，可那块地到现在还长不出庄稼，咋弄嘛？陕西省渭南市潼关县。",
  P=pl("潼关县"), kinds=["soil"])
C("r15-182", "dialect-other",
  "恁说说这叫啥事儿，俺村西头那个福兴砖窑天天烧黑烟，一冒就是一整天，俺们晾哩衣裳都成黑哩了。河南省商丘市虞城县。",
  P=pl("虞城县"), polluter="福兴砖窑", kinds=["air"])
C("r15-183", "dialect-other",
  "我们屋门口那个洗沙场，搞得河里的水浑得要死，衣服都洗不得，你们管不管咯？湖南省长沙市望城区。",
  P=pl("望城区"), kinds=["water", "ecology"])

# ---- typos -----------------------------------------------------------------------------------------
C("r15-184", "typo",  # LA: a big number alone
  "我们村三百多户人家门前的那条河，这几年被上游的养植场弄得又黑又臭，希望环保局管一管。江西省上饶市鄱阳县。",
  P=pl("鄱阳县"), kinds=["water"], aff=A("三百多户人家", "household", None, 301, 399))
C("r15-185", "typo",
  "投诉长城机械配件厂，他们喷涂车间的废起直接往外排，附近的居民天天闻得到油漆味。山西省忻州市原平市。",
  P=pl("原平市"), polluter="长城机械配件厂", kinds=["air"])
C("r15-186", "typo",
  "邯单市永年区的标准件厂把酸洗废水偷排到地下渗坑里。",
  P=pl("永年区"), kinds=["water", "soil"])
C("r15-187", "typo",  # LA: a rumour
  "网上有人说我们这里的地下水被化工厂污然了，喝了会得病，不知道是真是假，请派人来测一下我们村的井水。江苏省泰州市靖江市。",
  P=pl("靖江市"), kinds=["water"])
C("r15-188", "typo",
  "哈尔宾市道里区一家烧烤城，每天晚上烟熏火燎，楼上住户都不敢开窗。",
  P=pl("道里区"), kinds=["air"], ref=CG)
C("r15-189", "typo",  # LA: chronic mild symptoms
  "家门口的钢材市场天天装卸钢管，叮叮当当的声音从早上五点就开始，搞得我神经衰若，晚上也睡不好。湖北省襄阳市樊城区。",
  P=pl("樊城区"), kinds=["noise"], ref=["城管", "公安", None])

# ---- letters ---------------------------------------------------------------------------------------
C("r15-190", "long",  # LA: a past leak among chronic matters
  "尊敬的县生态环境分局：我们是新疆维吾尔自治区喀什地区疏附县托克扎克镇的居民，现将几件事情反映如下：一是镇东的砖厂每天烧窑冒黑烟；"
  "二是砖厂取土把耕地挖成了大坑；三是去年砖厂的油罐曾经漏过一次油，虽已清理，但我们仍然担心。恳请查处。居民代表：艾力·吐尔逊 手机：150 9983 4412",
  name="艾力·吐尔逊", phone="15099834412", P=pl("疏附县"), kinds=["air", "soil", "ecology"],
  ids=[("托克扎克镇", "address", "petitioner"), ("艾力·吐尔逊", "name", "petitioner"),
       ("150 9983 4412", "phone", "petitioner")])
C("r15-191", "long",
  "举报信：我叫韦丽萍，身份证号450304198502144736，家住桂林市象山区二里店小区3栋2单元。小区南门的一家废品收购站长期占道堆放废纸和旧家具，"
  "招老鼠，晚上拆解旧家具叮叮咣咣响到十一点。请对我的信息保密，不要让收购站的人知道是我举报的。电话：13877325560。",
  name="韦丽萍", phone="13877325560", idn="450304198502144736", P=pl("象山区"), kinds=["solid_waste", "noise"],
  ref=CG, conf=True,
  ids=[("韦丽萍", "name", "petitioner"), ("450304198502144736", "id", "petitioner"),
       ("二里店小区3栋2单元", "address", "petitioner"), ("13877325560", "phone", "petitioner")])
C("r15-192", "long",
  "致海口市生态环境局：龙华区的夜市有三个问题想反映。1.大排档的油烟没有任何净化，顺着风往居民楼里灌；2.夜市收摊以后竹签、餐盒扔得满地都是；"
  "3.摊位的音响放歌放到凌晨两点。希望相关部门联合整治。此致敬礼 市民 符永辉 2026年11月28日 电话 139-7690-2158",
  name="符永辉", phone="13976902158", P=pl("龙华区", "海口市"), kinds=["air", "solid_waste", "noise"],
  ref=["城管", "公安", None],
  ids=[("符永辉", "name", "petitioner"), ("139-7690-2158", "phone", "petitioner")])
C("r15-193", "long",  # LA: a past fire and chronic coughs
  "尊敬的领导：我是湖北省黄冈市浠水县散花镇的村民程桂芝，反映三件事：1. 前年镇上的化工厂着过一次大火，如今厂子还在照常生产；"
  "2. 我们村好几个老人常年咳嗽，怀疑跟厂里排的气有关；3. 厂里的废渣就堆在江堤边上。希望彻底调查。程桂芝 敬上",
  name="程桂芝", P=pl("浠水县"), kinds=["air", "solid_waste"], aff=A("好几个老人", "person", None, 3, 9),
  ids=[("散花镇", "address", "petitioner"), ("程桂芝", "name", "petitioner")])
C("r15-194", "long",
  "尊敬的重庆市生态环境局：我是南岸区南坪街道的居民唐晓东。我们小区旁边的一家混凝土搅拌站去年取得了排污许可，可它离居民楼不到五十米，"
  "我们认为许可的发放不符合规定，请求依法撤销其排污许可。此致 唐晓东 电话 15823047712",
  name="唐晓东", phone="15823047712", P=pl("南岸区"), kinds=["air", "noise"], sub=2,
  ids=[("南坪街道", "address", "petitioner"), ("唐晓东", "name", "petitioner"), ("15823047712", "phone", "petitioner")])

# ---- questions -------------------------------------------------------------------------------------
C("r15-195", "question",  # LA: a hypothetical
  "如果隔壁那个电镀厂的废水池哪天漏了，我们村的井水会不会被污染？你们平时有没有去查它的防渗？内蒙古自治区乌海市海勃湾区。",
  P=pl("海勃湾区"), kinds=["water"])
C("r15-196", "question",
  "富源纺织印染有限公司每天半夜排的废水是紫红色的，顺着排污沟流进马颊河，这种情况到底有没有人管？山东省聊城市茌平区。",
  P=pl("茌平区"), polluter="富源纺织印染有限公司", kinds=["water"])
C("r15-197", "question",  # LA: a crowd that is no conflict
  "我们楼下每周六都有上百人的跳蚤市场，吆喝声、喇叭声从早到晚，能不能让他们换个地方？新疆维吾尔自治区克拉玛依市克拉玛依区。",
  P=pl("克拉玛依区"), kinds=["noise"], ref=SN)
C("r15-198", "question",
  "为什么我们村旁边那个垃圾填埋场的臭味一年比一年重？报了三次都没人来，能不能派人看一下？河南省南阳市唐河县。",
  P=pl("唐河县"), kinds=["air", "solid_waste"])
C("r15-199", "question",  # LA: a past spill
  "去年那个罐车侧翻泄漏的事故之后，我们村边的那片地还能种庄稼吗？有没有人来检测过土壤？河北省衡水市武邑县。",
  P=pl("武邑县"), kinds=["soil"])
C("r15-200", "question",
  "江北区一家叫驰通的汽车4S店，喷漆房没有任何处理设施，一整天往外排漆雾，能不能查？",
  P="?江北区", polluter="驰通", kinds=["air"])
C("r15-201", "question",  # LA: two dead hens
  "我们村东头死了两只鸡，会不会是旁边鸡场的粪水污染了水沟？要不要紧？山西省临汾市洪洞县。",
  P=pl("洪洞县"), kinds=["water"])

# ---- the elderly -----------------------------------------------------------------------------------
C("r15-202", "elderly",  # LA: chronic, no conflict
  "我八十多了，耳朵背，但这几年夜里还是能听见厂里机器响，老伴说她一听就心慌睡不着。我们不是要闹，就想让厂里夜里停停。黑龙江省齐齐哈尔市龙沙区。",
  P=pl("龙沙区"), kinds=["noise"])
C("r15-203", "elderly",
  "我是孤寡老人，腿脚不便。村里敬老院后墙外有人天天烧垃圾，烟子熏得人难受。云南省保山市隆阳区。老人 杨正富 口述，护工代写",
  name="杨正富", P=pl("隆阳区"), kinds=["air", "solid_waste"], ref=CG, ids=[("杨正富", "name", "petitioner")])

# ---- urgent look-alikes ----------------------------------------------------------------------------
C("r15-204", "urgent-lookalike",  # LA: a big number alone
  "我们这条街两千多人都被隔壁面粉厂的风机吵得睡不好觉，请尽快处理。内蒙古自治区通辽市科尔沁区。",
  P=pl("科尔沁区"), kinds=["noise"], aff=A("两千多人", "person", None, 2001, 2999))
C("r15-205", "urgent-lookalike",  # LA: a past explosion
  "五年前镇上鞭炮厂爆炸，炸塌了半条街，现在那块空地被人当成了倒垃圾的地方，一到夏天臭得很。湖南省长沙市浏阳市。",
  P=pl("浏阳市"), kinds=["solid_waste"], ref=CG)
C("r15-206", "urgent-lookalike",  # LA: straw burning
  "这几天村里到处烧秸秆，烟大得很，晚上窗户都得关着。河北省沧州市献县。",
  P=pl("献县"), kinds=["air"], ref=[None, "农业农村"])
C("r15-207", "urgent-lookalike",  # LA: fireworks, past
  "春节那几天小区里有人半夜放烟花，砰砰响到凌晨，纸屑满地，希望今年能管一管。辽宁省丹东市振兴区。",
  P=pl("振兴区"), kinds=["noise", "air", "solid_waste"], ref=SN)
C("r15-208", "urgent-lookalike",  # LA: a fire drill
  "今天上午工业园区在搞消防演练，放了很多烟，好多人以为着火了，打电话问我。建议以后演练能提前通知附近居民。浙江省嘉兴市海宁市。",
  P=pl("海宁市"), kinds=["air", "other"], cat="建议意见")
C("r15-209", "urgent-lookalike",  # LA: steam taken for poison
  "电厂冷却塔天天冒白烟，大家说是有毒的，请你们测一测到底是什么。安徽省淮南市潘集区。",
  P=pl("潘集区"), kinds=["air"])
C("r15-210", "urgent-lookalike",  # LA: a figure of speech, no threat
  "隔壁装修电钻声从早到晚，烦得我都想死了，真的快被逼疯了。江苏省扬州市邗江区。",
  P=pl("邗江区"), kinds=["noise"], ref=SN)
C("r15-211", "urgent-lookalike",  # LA: chronic mild symptoms
  "自从家门口开了个洗车场，地上老是湿漉漉的泡沫水，我家孩子鼻炎一直不好。广东省汕头市金平区。",
  P=pl("金平区"), kinds=["water"])
C("r15-212", "urgent-lookalike",  # LA: a fear
  "那个砖厂的运土车在村里开得飞快，尘土飞扬，迟早要出人命的，希望管一管。贵州省安顺市西秀区。",
  P=pl("西秀区"), kinds=["air", "noise"], ref=["交通运输", "公安", None])
C("r15-213", "urgent-lookalike",  # LA: a few dead fish
  "鱼塘里这几天陆续死了几条鱼，我估计是天热缺氧，但也想让你们来看看水。江西省吉安市吉水县。",
  P=pl("吉水县"), kinds=["water"])
C("r15-214", "urgent-lookalike",  # LA: a meeting, no conflict
  "村委会今天组织村民开会讨论垃圾站选址，来了一百多人，大家意见不统一。我们希望把垃圾站建在离村子远一点的地方。甘肃省武威市凉州区。",
  P=pl("凉州区"), kinds=["solid_waste"], cat="建议意见", ref=CG, aff=A("一百多人", "person", None, 101, 199))
C("r15-215", "urgent-lookalike",  # LA: a past illness, a fear
  "前年夏天村里有人喝了井水闹肚子，后来村里通了自来水，那口井也封了。现在井边又有人在洗农药桶，我怕污染了地下水。吉林省白城市洮北区。",
  P=pl("洮北区"), kinds=["water", "soil"])

W("cases-voice.jsonl")
