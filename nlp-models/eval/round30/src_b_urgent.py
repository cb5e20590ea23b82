"""Round thirty, writer B: 53 urgent cases, r30-151..203 (151-178 a danger to life, 179-203 urgent without)."""
from mk import C, W, A, ID, Q

LOOKALIKE = ()
# the new registers of this round, filed under the existing register names (README-b.md)
NEW = {"elderly": [], "voice": [], "group": [], "insider": [], "trad": []}


def tag(kind, cid):
    NEW[kind].append(cid)
    return cid


ID1 = ID(Q("黎城县"), "19480917", "026")
ID2 = ID(Q("神木市"), "19710305", "113")

cases = [
    # ---- dangers to life ----
    C(tag("insider", "r30-151"), "plain",
      "我是鑫达化工的操作工，不方便留名字。二车间的反应釜十分钟前冒黄烟，有两个同事当场晕倒，现在车间里的人都往外跑，"
      "厂里还没报警，领导在打电话说先别声张。烔炀镇工业园东区，求你们赶紧来人。", place="@烔炀镇", kinds=["air"],
      pol="鑫达化工", life=True, conf=True, aff=A("两个同事", "person", 2)),
    C(tag("voice", "r30-152"), "speech",
      "喂 我要举报 城北那个液化器站着伙了 烟特别大 好像还有人在里面没出来 地址是胡阳镇幸福路跟那个建设路路口 你们快派消防车啊",
      place="@胡阳镇", kinds=["air"], life=True),
    C(tag("elderly", "r30-153"), "elderly",
      "同志你好，我是老党员刘德福，今年七十八了。今天早上村口的池塘漂起来好多死鱼，白花花的一片，我小孙子在塘边捞着玩，"
      "回来就吐，肚子疼得直打滚，他妈已经送去练村镇卫生院了。塘上头就是皮革厂的排水口，麻烦领导赶快派人来看看。",
      place="@练村镇", kinds=["water"], life=True, ids=["n:刘德福"]),
    C(tag("trad", "r30-154"), "plain",
      "您好，我是台灣人，在廈門工作生活八年了，住集美區。社區東邊的宏達化工廠今天下午四點多傳出兩聲爆炸，現在火很大，"
      "黑煙一直往我們這邊飄，已經有鄰居被震碎的玻璃割傷，大家都在往外撤。請馬上處理！林雅婷 0592-6218835",
      place="厦门市/集美区", kinds=["air"], pol="宏達化工廠", life=True,
      ids=["n:林雅婷", "p:0592-6218835"]),
    C("r30-155", "dialect-yue",
      "喂，我哋條村後面嗰個沼氣池頭先漏咗氣，有個阿伯行過就暈低咗，而家仲喺地下瞓緊，叫咗白車未到。宝圩镇石岭村，快啲嚟啊！",
      place="@宝圩镇", kinds=["air"], life=True),
    C("r30-156", "dialect-chuanyu",
      "喂，嘞个硫酸厂的管子爆了哦，酸雾一股一股飘到学校那边，几个娃儿眼睛睁不开，咳得喘不过气，已经拉到医院去了。胜天镇的，你们快点来看一哈嘛！",
      place="@胜天镇", kinds=["air"], life=True, aff=A("几个娃儿", "person", None, 2, 9)),
    C("r30-157", "dialect-dongbei",
      "俺们屯子边上那个锅炉房刚才炸了，嘎嘎响，窗户玻璃都震碎了，俩烧锅炉的受伤了，一个满脸是血。七棵树镇前进村，赶紧来人吧！",
      place="@七棵树镇", kinds=["air"], life=True, aff=A("俩烧锅炉的", "person", 2)),
    C(tag("group", "r30-158"), "long",
      "紧急情况反映：我是妥甸镇红星村的村民代表张国华，代表全村三百多户向你们反映。今天下午三点左右，金鑫矿业的尾矿库坝体垮了一段，"
      "泥浆顺着沟冲进了村里，下面几户的房子被埋了半截，现在还有两个老人困在屋里出不来，村里的青壮年正在挖。泥浆还在往河里流，"
      "下游好几个村都吃这条河的水。我们早就反映过这个坝有裂缝，没人管。请马上派人来救人！联系电话 139 8782 4106。",
      place="@妥甸镇", kinds=["soil", "water"], pol="金鑫矿业", life=True,
      aff=A("三百多户", "household", None, 301, 399), ids=["n:张国华", "a:妥甸镇红星村", "p:139 8782 4106"]),
    C("r30-159", "wechat",
      "救命 楼下餐馆煤气泄漏了 整栋楼都是味 三楼有个阿姨已经晕了 我们在楼道里 杨行镇 友谊路那个 快快快",
      place="@杨行镇", kinds=["air"], life=True, aff=A("整栋楼", "building", 1)),
    C("r30-160", "english",
      "URGENT: a tanker carrying chemicals overturned on the road near Moxi town, Suining. Yellow liquid is pouring into "
      "the river and two people who stopped to help have fainted from the fumes. Please send help now.",
      place="@遂宁市/磨溪镇", kinds=["water", "air"], life=True, en=True, aff=A("two people", "person", 2)),
    C(tag("insider", "r30-161"), "mixed",
      "紧急！我在顺达纸业上班，刚才漂白车间chlorine leak，味道特别冲，好几个工友倒在地上了，120还没到，厂里也没开emergency广播。陵口镇，快派人！",
      place="@陵口镇", kinds=["air"], pol="顺达纸业", life=True, aff=A("好几个工友", "person", None, 3, 9)),
    C("r30-162", "typo",
      "快来人，曹王镇南边的化工场起火了，黑烟滚滚，隔壁小学的学生都在咳漱，有个孩子晕到了，老师正在疏散",
      place="@曹王镇", kinds=["air"], life=True),
    C("r30-163", "question",
      "新平堡镇加油站旁边停的那辆油罐车在漏油，地上一大滩，刚才还看到冒火星子，旁边还有人在抽烟，这样会不会炸？我们该怎么办？？",
      place="@新平堡镇", kinds=["air"], life=True),
    C(tag("elderly", "r30-164"), "long",
      "尊敬的领导：您好！我叫周秀兰，是东阳关镇中学的退休教师，家住东阳关镇河西村二组。冒昧给您写信，实在是没有办法了。"
      "我们村北面的丰收农药厂这几年一直有味道，以前写过两次信，说是整改了。今天凌晨两点多，那股味道又来了，比哪次都冲，"
      "我老伴王福林本来就有哮喘，喘不上气，嘴唇都紫了，已经叫了救护车送到县医院抢救。邻居家也有人说头晕恶心。"
      "恳请领导立即派人查处，救救我们这一片的老百姓。此致 敬礼！ 周秀兰 身份证号" + ID1 + " 十二月八日",
      place="@东阳关镇", kinds=["air"], pol="丰收农药厂", life=True,
      ids=["n:周秀兰", "a:东阳关镇河西村二组", "N:王福林", "i:" + ID1]),
    C(tag("voice", "r30-165"), "speech",
      "我跟你说啊那个我们小区后面那个垃圾站着火了火烧得很大已经烧到旁边的车棚了电动车在里面爆我们大孟庄镇幸福家园的"
      "我电话是幺五八二七三六零九四一",
      place="@大孟庄镇", kinds=["solid_waste", "air"], life=True, ids=["p:幺五八二七三六零九四一"]),
    C(tag("insider", "r30-166"), "plain",
      "我是清源水务污水处理厂的夜班工人，刚才下池子检修泵的两个人到现在没上来，下面有硫化氢，上面的人不敢下去，班长还不让打120，"
      "说要先请示。锡北镇，快来人救命。", place="@锡北镇", kinds=["water", "air"], pol="清源水务", life=True,
      aff=A("两个人", "person", 2)),
    C("r30-167", "plain",
      "张弓镇后王庄的赵金贵开的养猪场天天往我家麦地里放粪水，苗全沤死了，找了他八回，他就当没听见。你们再不管，"
      "我今天晚上就拎着汽油去他场子里，跟他同归于尽。王老三 13683708251",
      place="@张弓镇", kinds=["water", "soil"], ref=["公安"], life=True,
      ids=["N:赵金贵", "n:[王]老三", "p:13683708251"]),
    C("r30-168", "dialect-wu",
      "阿拉小区对过个化工厂着火了呀，烟老大老大，黑得看勿见对面，隔壁阿婆吸了几口就头昏跌了一跤，现在人躺辣地浪向。高东镇，侬快点派人来！",
      place="@高东镇", kinds=["air"], life=True),
    C("r30-169", "dialect-minnan",
      "阮兜邊仔彼間鞋廠咧著火，烏煙一直衝入來，阮阿媽吸著煙昏去矣，阮厝佇南埔镇，緊來救人！",
      place="@南埔镇", kinds=["air"], life=True),
    C(tag("group", "r30-170"), "long",
      "我们是锦绣花园小区业主委员会，现紧急反映：今天上午九点起，小区地下车库的燃气管道被隔壁工地打桩打破了，"
      "整个车库都是燃气味，物业关了总阀也没用，一号楼有两个住户说头晕想吐。小区两千多户，现在正在往外疏散。"
      "施工单位是恒远建设，至今没有一个负责人到场。小区位于庞各庄镇。业委会主任 孙立平 010-89281736",
      place="@庞各庄镇", kinds=["air"], pol="恒远建设", life=True,
      aff=A("两千多户", "household", None, 2001, 2999), ids=["n:孙立平", "p:010-89281736"]),
    C(tag("trad", "r30-171"), "dialect-yue",
      "我係香港人，喺深圳龍華返工。今日我哋公司隔籬嗰間電鍍廠漏咗酸，成條街都係酸味，有兩個同事吸咗之後暈低咗，已經送咗去醫院。"
      "個廠叫「金利」，求你哋即刻嚟睇下。Kelvin 周 +86 186 2043 7719",
      place="深圳市/龙华区", kinds=["air"], pol="金利", life=True,
      aff=A("兩個同事", "person", 2), ids=["n:Kelvin 周", "p:+86 186 2043 7719"]),
    C("r30-172", "plain",
      "伊丹镇西街的一家三口昨晚被隔壁砖厂窑口倒灌的烟熏了，今天早上发现都昏迷了，怀疑是一氧化碳中毒，已经送到县医院高压氧舱。"
      "这个窑离住户不到十米，烟囱比房子还矮。我是他家对门的邻居。",
      place="@伊丹镇", kinds=["air"], life=True, aff=A("一家三口", "person", 3)),
    C("r30-173", "wechat", "磨头镇木材厂粉尘爆炸 火很大 有人烧伤 快", place="@磨头镇", kinds=["air"], life=True),
    C("r30-174", "english",
      "Hi, I'm Sarah Miller, I teach English and live in Shuyuan town, Pudong. A warehouse next to our apartment block has "
      "been burning for an hour, the smoke comes into every flat and my neighbour's little boy can hardly breathe. We called "
      "120 but the fire is spreading. Please help. +86 138 1762 0495",
      place="@书院镇", kinds=["air"], life=True, en=True, ids=["n:Sarah Miller", "p:+86 138 1762 0495"]),
    C("r30-175", "dialect-other",
      "俺村东头那个化肥厂的氨气罐子漏了，白烟直冒，味儿呛死个人，俺娘跟俺婶子都晕过去了，送到乡医院了。羊册镇东关村，中不中赶紧来人！",
      place="@羊册镇", kinds=["air"], life=True),
    C("r30-176", "long",
      "领导好，我是佗城镇东坝村的村民廖桂英，有几件事要反映。第一，村口的采石场一年到头放炮，灰大得晾不了衣服。"
      "第二，拉石头的大车晚上十一二点还在跑，轰隆隆吵得睡不着。第三，也是最急的：就在刚才，一辆拉柴油的罐车在村口弯道翻了，"
      "油流了一地往鱼塘里淌，司机卡在驾驶室里出不来，车头还在冒烟。村里人都围在那里，求你们快点派人来！电话：137-2690-5318",
      place="@佗城镇", kinds=["water", "air"], life=True, ids=["n:廖桂英", "a:佗城镇东坝村", "p:137-2690-5318"]),
    C(tag("elderly", "r30-177"), "elderly",
      "我马生财一个孤老头子，今年八十一了，家里两亩地被老君坡镇那个砖厂占了挖土，挖得全是大坑，土也废了，"
      "找村里找镇上都说管不了。我这把年纪也活够了，再没人管，我就背上一瓶农药喝死在他厂门口，让大家都看看。",
      place="@老君坡镇", kinds=["soil"], ref=["公安", None], life=True, ids=["n:马生财"]),
    C(tag("voice", "r30-178"), "speech",
      "语音转文字 喂喂 你听得见吗 那个我们厂那个那个什么 氯气罐子漏了 好多人往外跑 有人倒在门口了 西吕营镇北边的 "
      "那个叫 恒泰化工 快来人",
      place="@西吕营镇", kinds=["air"], pol="恒泰化工", life=True),
    # ---- urgent without a danger to life ----
    C(tag("elderly", "r30-179"), "elderly",
      "领导同志：我是石碌镇的老渔民，打了一辈子鱼没见过这个样子。今天天一亮，河里的鱼翻着白肚皮漂了一河，大的小的都有，"
      "闻着还有股硫磺味。上游是矿上的选矿厂。请你们赶紧派人下来看看。", place="@石碌镇", kinds=["water"], urg=True),
    C(tag("group", "r30-180"), "long",
      "大保当镇柳树湾村村民代表李建军、王兰花、刘二虎联名反映：我村的吃水井从上周开始发黑发臭，烧开了上面漂一层油。"
      "村西边就是鑫源洗煤厂，洗煤水直接排到沟里渗下去了。全村二百多口人现在没水喝，只能去十几里外拉水，老人娃娃都受罪。"
      "请环保部门马上来取样化验，先给我们解决吃水问题。联系人李建军，电话15929471063。",
      place="@大保当镇", kinds=["water"], pol="鑫源洗煤厂", urg=True,
      aff=A("二百多口人", "person", None, 201, 299),
      ids=["n:李建军", "N:王兰花", "N:刘二虎", "p:15929471063"]),
    C(tag("insider", "r30-181"), "plain",
      "我是沙堰镇一家养殖场的饲养员，老板让我们把病死的猪往河里扔，今天上午又扔了十几头，现在还漂在桥墩那里。"
      "下游两公里就是镇上自来水厂的取水口。请替我保密，我还要在这干活。", place="@沙堰镇", kinds=["water", "solid_waste"],
      urg=True, conf=True),
    C(tag("trad", "r30-182"), "plain",
      "您好，我們是在平湖乍浦做生意的台商，住在工業區旁邊的社區。今天早上水龍頭放出來的水是黃色的，還有一股機油味，"
      "整個社區都一樣，大家都不敢喝也不敢洗澡。物業說不知道原因。麻煩儘快派人檢查水源。王建宏",
      place="@乍浦镇", kinds=["water"], urg=True, aff=A("整個社區", "community", 1), ids=["n:王建宏"]),
    C(tag("voice", "r30-183"), "speech",
      "就是我们村那个自来水啊今天放出来是红的有一股铁锈还有那种臭鸡蛋味全村都不敢喝了上面那个铸造厂前几天就在那里挖管子 漓渚镇的",
      place="@漓渚镇", kinds=["water"], urg=True, aff=A("全村", "village", 1)),
    C("r30-184", "question",
      "善琏镇中心小学旁边的路通沥青搅拌站今天又开工了，烟直接飘进教室，老师让孩子们捂着口鼻上课，这合法吗？你们能不能现在就派人来？",
      place="@善琏镇", kinds=["air"], pol="路通沥青搅拌站", urg=True),
    C("r30-185", "dialect-chuanyu",
      "我屋头那个鱼塘，今天早上鱼全部翻白了，几千斤鱼哦！上头那个酒厂昨天晚上放了一股黑水下来，臭得很。欧家镇的，你们快点来取样嘛，晚了水就冲走了。",
      place="@欧家镇", kinds=["water"], urg=True),
    C("r30-186", "plain",
      "火箭镇宏发生物公司门口现在已经围了一百多个村民，情绪很激动，要求工厂停产，工厂保安和村民推搡起来了，派出所来了两个人压不住。"
      "这个厂排的臭气熏了半年，大家忍不下去了。", place="@火箭镇", kinds=["air"], pol="宏发生物公司", urg=True,
      aff=A("一百多个村民", "person", None, 101, 199)),
    C(tag("group", "r30-187"), "plain",
      "我们卖酒镇新塘村的四五十个人商量好了，明天上午一起去县政府门口讨说法。村后面的木薯淀粉厂排的废水把整条河都弄臭了，"
      "告了两年没结果。我是组织的人之一，先跟你们说一声，希望有人出来接待。黄志强 18977512360",
      place="@卖酒镇", kinds=["water"], urg=True, aff=A("四五十个人", "person", None, 40, 50),
      ids=["n:黄志强", "p:18977512360"]),
    C("r30-188", "mixed",
      "urgent！！漷县镇运河支流这边大片dead fish，一直漂到闸口，smell很重，上游有个工厂pipe一直在排黄水，拍了video，怎么发给你们？",
      place="@漷县镇", kinds=["water"], urg=True),
    C("r30-189", "english",
      "Hundreds of dead ducks are floating on the big pond behind Huangzhou town, Anyi county. Farmers say a dye works "
      "upstream released something last night. The pond water is purple. - Tom",
      place="@黄洲镇", kinds=["water"], urg=True, en=True, ids=["n:Tom"]),
    C("r30-190", "dialect-dongbei",
      "抚民镇幼儿园后墙根儿那嘎达，不知道谁扔了一堆针管子、输液袋子，还带着血，小孩儿放学都扒拉着玩儿，这玩意儿可不是闹着玩的，赶紧来人收走吧！",
      place="@抚民镇", kinds=["solid_waste"], urg=True),
    C("r30-191", "dialect-wu",
      "阿拉屋里向自来水今朝放出来有股农药味道，烧开了还是有，隔壁几家人家也是一样额。竖新镇前进村。到底哪能回事体啊，阿拉勿敢吃了。",
      place="@竖新镇", kinds=["water"], urg=True, aff=A("隔壁几家人家", "household", None, 2, 9)),
    C("r30-192", "plain",
      "灯明寺镇北边的工地上，有人挖出一个铅做的小罐子，上面画着三叶草一样的黄色标志，罐子盖已经被撬开了，"
      "村里好多人围着看，还有人拿手去摸。我查了是放射性标志，求你们赶紧派专业的人来。", place="@灯明寺镇",
      kinds=["radiation"], urg=True),
    C("r30-193", "wechat",
      "丹麻镇土观村的草场上死了二十多只羊 都是喝了沟里的水 沟上头就是那个选矿厂 水是绿的 牧民们都急疯了",
      place="@丹麻镇", kinds=["water", "ecology"], urg=True),
    C(tag("insider", "r30-194"), "plain",
      "我是四铺镇一家运输公司的司机，昨晚老板让我们把一车化工废液桶拉到河滩上卸了，说有人会来收。今天我去看，桶还在那里，"
      "有几个已经破了，黑水往河里流，边上就是村里人放牛的地方。我不敢说名字，老板叫吴德胜。",
      place="@四铺镇", kinds=["solid_waste", "water"], urg=True, conf=True, ids=["N:吴德胜"]),
    C(tag("elderly", "r30-195"), "elderly",
      "我家门口的小河昨天晚上开始变成红颜色，今天早上我养的鸡鸭喝了河水，死了一院子，二十几只啊。"
      "我老太婆眼睛不好，是孙女帮我打的字。宾亨镇大塘村 陈阿婆",
      place="@宾亨镇", kinds=["water"], urg=True, ids=["n:[陈]阿婆"]),
    C(tag("group", "r30-196"), "long",
      "致环保局：我们是北七家镇观澜苑小区业主委员会。今天凌晨小区地下的污水主管爆裂，污水从地下室漫上来，3号、5号、6号三栋楼的一楼住户家里进了"
      "二十公分深的粪水，臭味整个小区都闻得到，电梯也停了。物业（恒信物业）说要等明天施工队来。请立即协调抢修，防止污水流进旁边的河道。"
      "业委会 秘书 钱晓梅",
      place="@北七家镇", kinds=["water"], urg=True, aff=A("三栋楼", "building", 3), ids=["n:钱晓梅"]),
    C("r30-197", "typo",
      "辛村乡上庄村的井水这几天变味了，喝了拉肚子，好几家都这样，有个老人还发烧，村医说可能是水的问提，上面那个选煤场天天往沟里排水",
      place="@辛村乡", kinds=["water"], urg=True, aff=A("好几家", "household", None, 3, 9)),
    C(tag("trad", "r30-198"), "dialect-yue",
      "你好，我係香港過嚟中山住嘅，我哋屋苑對面個地盤今日挖出咗一堆生鏽嘅化學桶，漏緊啲綠色嘅水，附近細路仔放學都要經過，"
      "好危險。麻煩盡快派人處理。Mrs. 何",
      place="中山市", kinds=["solid_waste", "soil"], urg=True, ids=["n:Mrs. [何]"]),
    C("r30-199", "wechat",
      "甘旗卡镇这边牛场的牛今天死了五六头 前天开始不吃草 都是喝了下面那个石料厂排出来的水 兽医来看了说像中毒",
      place="@甘旗卡镇", kinds=["water"], urg=True),
    C(tag("voice", "r30-200"), "speech",
      "那个我是同口镇阳光幼儿园的老师哈 我们幼儿园旁边那个家具厂今天在喷油漆 味道特别大 窗户关了都挡不住 "
      "好几个小朋友说头疼 我们现在把孩子们都带到后院去了 你们能不能马上过来",
      place="@同口镇", kinds=["air"], urg=True, aff=A("好几个小朋友", "person", None, 3, 9)),
    C("r30-201", "plain",
      "太师屯镇上游的一个度假村把化粪池的污水用管子直接接到了河里，这条河流进水库，下面几个村吃的就是这水库的水。"
      "今天河边一股粪臭，水面都是白沫。", place="@太师屯镇", kinds=["water"], urg=True),
    C(tag("insider", "r30-202"), "plain",
      "我是熊岳镇一家冷库的员工，库里的液氨储罐阀门坏了，从中午开始一直在漏，厂区里能闻到很大的氨味，领导说等明天厂家来修，"
      "也没疏散，旁边就是居民区。", place="@熊岳镇", kinds=["air"], urg=True),
    C("r30-203", "long",
      "乐安县环保局的同志：我是万崇镇桥头村村民邓国平，有三件事。一是村里那个石材加工厂粉尘很大，屋顶上一层白灰。"
      "二是他们切石头的泥浆水直接倒进稻田，田都板结了。三是今天最急的：石材厂上午把一池子泥浆水放进了河里，下游的鱼死了一大片，"
      "村里人都是从这条河边的井里打水吃的，现在都不敢喝了。请尽快来人。邓国平，身份证" + ID(Q("乐安县"), "19690422", "071") +
      "，电话0794-6590213。",
      place="@万崇镇", kinds=["water"], urg=True,
      ids=["n:邓国平", "a:万崇镇桥头村", "i:" + ID(Q("乐安县"), "19690422", "071"), "p:0794-6590213"]),
]

if __name__ == "__main__":
    W(cases)
