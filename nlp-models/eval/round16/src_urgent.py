"""Round sixteen, urgent reports (r16-001 to r16-085): every case here is urgent under Art 19; lifeSafety where
life is in danger now. Labels decided by reading each text (see README.md)."""
from mk import A, C, W
from pl import pl, idn

_n = [0]


def U(reg, text, **kw):
    _n[0] += 1
    kw.setdefault("urgent", True)
    C(f"r16-{_n[0]:03d}", reg, text, **kw)


# --- danger to life ---
U("urgent", "紧急！合肥市肥西县上派镇工业园里的华源精细化工有限公司刚才一声巨响，车间炸了，现在冒黑烟起火，旁边宿舍还有工人没出来。我是附近住户，电话13956218704。",
  P=pl("肥西县"), polluter="华源精细化工有限公司", kinds=["air"], life=True, phone="13956218704",
  ids=[("13956218704", "phone", "petitioner")])
U("speech", "喂喂你好我这边是徐州铜山区利国街道那个村子啊我们村口那个化粪池旁边有个小孩掉进去了不是不是是那个沼气池子有人下去清理晕倒了两个人到现在还没拉上来快点派人来吧",
  P=pl("铜山区"), kinds=["air", "other"], life=True, aff=A("两个人", "person", 2, 2, 2))
U("dialect-yue", "喂，我喺番禺大石街道，楼下嗰间五金厂着咗火啊！啲烟好黑好臭，成栋楼啲人都走唔出，有个阿婆喺六楼行唔郁，快啲嚟啦！",
  P=pl("番禺区"), kinds=["air"], life=True, aff=A("成栋楼", "building", 1, 1, 1))
U("dialect-chuanyu", "我们富顺县琵琶镇这边河坝头那个厂子今天中午放了好多黄汤汤的水，下午我老汉儿喝了井水就开始吐，吐了好几回，人都站不稳了，现在送到镇卫生院了，你们快点来看一哈嘛！",
  P=pl("富顺县"), kinds=["water"], life=True)
U("dialect-dongbei", "我跟你说啊，我们让胡路区这旮旯有个管道漏气了，那味儿老冲了，我家邻居老太太闻完直接就晕倒了，整个楼道都是那股味，这可咋整啊，赶紧的来人！",
  P=pl("让胡路区"), kinds=["air"], life=True)
U("urgent", "我叫廖春梅，家住南康区唐江镇幸福村。我们村今天早上自来水有一股农药味，我家两个孩子喝了以后肚子疼、吐，已经送到区人民医院了，村里还有别的人家也这样。请马上查水源！联系电话：15879431026",
  P=pl("南康区"), kinds=["water"], life=True, name="廖春梅", phone="15879431026", aff=A("两个孩子", "person", 2, 2, 2),
  ids=[("廖春梅", "name", "petitioner"), ("南康区唐江镇幸福村", "address", "petitioner"), ("15879431026", "phone", "petitioner")])
U("wechat", "救命😭😭 西青区中北镇这边仓库着火了！！浓烟都飘到我们小区了 好多老人孩子 眼睛辣的睁不开 有人咳到喘不上气 已经打119了 你们环保也快来看看烧的是什么东西",
  P=pl("西青区"), kinds=["air"], life=True)
U("typo", "我门这里临淄区的化肥厂刚才发生爆诈，玻璃都震碎了，有人受伤流血，空气里一股阿摸尼亚的味道，大家都在往外跑",
  P=pl("临淄区"), kinds=["air"], life=True)
U("urgent", "我在大冶市金湖街道，那个冶炼厂的老板欠我们村的污染补偿好几年了，今天我把汽油都准备好了，再不给说法我就在他厂门口点火，大不了一起死。",
  P=pl("大冶市"), kinds=["other", "air"], life=True)
U("english", "URGENT. There is a tanker truck overturned on the road near Haicang, no, near Jiaomei town in Longhai, Zhangzhou. Some chemical is pouring out and people nearby are coughing and one man collapsed. Please send help. — Tom Becker, +86 186 5963 2217",
  lang="en", P=pl("龙海区"), kinds=["air", "water"], life=True, name="Tom Becker", phone="18659632217",
  ids=[("Tom Becker", "name", "petitioner"), ("+86 [186 5963 2217]", "phone", "petitioner")])
U("mixed", "紧急情况！我们公司在昆山市花桥镇，隔壁那家叫Kingstar Coating的工厂有个储罐在泄漏，气味很刺鼻，我们好几个同事头晕恶心，有一个已经faint了，现在全部evacuate到停车场。",
  P=pl("昆山市"), polluter="Kingstar Coating", kinds=["air"], life=True, aff=A("好几个同事", "person", None, 3, 9))
U("elderly", "同志你好，我是个七十多岁的老头子，住在涪陵区李渡街道。今天早上我们楼下那个锅炉房冒出好大一股煤气味，我老伴闻了以后头痛得厉害，刚刚昏过去了，儿子不在家，我不晓得怎么办，求求你们。",
  P=pl("涪陵区"), kinds=["air"], life=True, ids=[("涪陵区李渡街道", "address", "petitioner")])
U("question", "是不是应该先打120？我们湘潭县易俗河镇有个电镀作坊，刚才倒酸的时候冒出一大团黄烟，我和我妹妹吸了几口现在胸口疼、喘不上气，这个烟有没有毒？你们能不能马上派人来？",
  P=pl("湘潭县"), kinds=["air"], life=True)
U("speech", "嗯你好那个我要报警不是我要反映就是我们这个鄠邑区余下街道那个钢厂旁边嘛有几个人拿着刀和棍子在堵厂门口说厂里排的灰害死他们家娃了厂里保安也出来了马上就要打起来了",
  P=pl("鄠邑区"), kinds=["air"], life=True)
U("dialect-minnan", "阮这是晋江市灵源街道，厝边彼间鞋厂今仔日下晡着火矣，烟足大，阮阿嬷佇厝内底走袂出来，紧来救人！",
  P=pl("晋江市"), kinds=["air"], life=True)
U("dialect-wu", "侬好，阿拉是松江区永丰街道额居民，小区后头额化工仓库刚刚爆脱了，声音老响额，窗玻璃侪震碎了，有人受伤了，烟还勒冒，快点派人来！",
  P=pl("松江区"), kinds=["air"], life=True, ids=[("松江区永丰街道", "address", "petitioner")])
U("urgent", "我是枝江市董市镇的养殖户王德明。上游的宏昌化工把废水直接排进沟里，我的鱼塘三万多斤鱼全死了，我找他们几次没人理，我现在就站在他们厂的楼顶，今天不给我个说法我就跳下去。",
  P=pl("枝江市"), polluter="宏昌化工", kinds=["water"], life=True, name="王德明",
  ids=[("王德明", "name", "petitioner")])
U("long", "尊敬的环保局领导：\n我是汨罗市新市镇的一名教师。今天上午九点多，学校东边那家再生塑料厂烧废料，黑烟直接灌进教室，有十几个学生头晕、呕吐，其中三个晕倒，被120拉走了。学校已经停课。\n另外这家厂以前就经常夜里偷烧，我们反映过好几次。\n请你们立刻来人！\n此致\n敬礼\n汨罗市新市镇中学 黄文斌\n电话 138 7301 6625",
  P=pl("汨罗市"), kinds=["air"], life=True, name="黄文斌", phone="13873016625", aff=A("十几个学生", "person", None, 11, 19),
  ids=[("黄文斌", "name", "petitioner"), ("138 7301 6625", "phone", "petitioner")])
U("english", "Help, I live in Xixia District, Yinchuan. A gas pipe broke at the construction site next to our building, it smells very strong and my neighbour's child fainted. Police are not here yet. What should we do?",
  lang="en", P=pl("西夏区"), kinds=["air"], life=True)
U("wechat", "在吗在吗 急!!! 米东区石化街道这边的化工厂在放气 整条街都是臭鸡蛋味 我妈和我闻了都头晕想吐 我妈刚才直接软在地上了",
  P=pl("米东区"), kinds=["air"], life=True)
U("urgent", "盘州市红果街道某洗煤厂的尾矿库坝体正在垮，泥浆冲进了下面的村子，有几户房子被冲了，还有人没找到。",
  P=pl("盘州市"), kinds=["ecology", "soil", "water"], life=True, aff=A("几户", "household", None, 2, 9))
U("typo", "神木市西沙街到有个焦化厂刚才泄露，一股刺鼻气味，路上有人倒地了，我已经叫了幺幺零，你们快来",
  P=pl("神木市"), kinds=["air"], life=True)
U("dialect-other", "俺是邓州市穰东镇哩，俺庄东头那个造纸厂哩锅炉炸了，火老大，俺庄上人都跑出来了，还有俩工人在里头没出来，恁赶紧来人吧！",
  P=pl("邓州市"), kinds=["air"], life=True, aff=A("俩工人", "person", 2, 2, 2))
U("mixed", "Hi 我是在北仑区小港街道上班的Jessica Lin，码头附近一个storage tank着火了，黑烟很大，我们office已经有人吸入浓烟送医院了，电话 +86-139-5742-8816",
  P=pl("北仑区"), kinds=["air"], life=True, name="Jessica Lin", phone="13957428816",
  ids=[("Jessica Lin", "name", "petitioner"), ("+86-[139-5742-8816]", "phone", "petitioner")])
U("question", "你们到底管不管？济源市克井镇那个铅冶炼厂边上，我们村好几个娃娃验血铅超标，今天我孙子抽搐了送进了医院，医生说是铅中毒，还要等到啥时候？",
  P=pl("济源市"), kinds=["air", "soil"], life=True)
U("elderly", "我今年八十一了，耳朵不好，是我孙女帮我打字。我们住在偃师区翟镇镇，今天早上村东头那个垃圾站着起了大火，烧的塑料，烟往村里飘，我气管炎犯了喘不过来，邻居好几个老人也是。",
  P=pl("偃师区"), kinds=["air", "solid_waste"], life=True, aff=A("好几个老人", "person", None, 3, 9),
  ids=[("偃师区翟镇镇", "address", "petitioner")])
U("speech", "对对对就在这个库尔勒市天山街道那个加油站后面那个危化品仓库啊它现在冒火了我们在对面小区都能看到有爆炸的声音嘭嘭的你们快通知一下",
  P=pl("库尔勒市"), kinds=["air"], life=True)
U("dialect-chuanyu", "我给你们说，綦江区古南街道那个砖厂老板找了一帮人，拿起钢管说要来收拾我们这些去告他的人，现在就在村口头，要出人命了！",
  P=pl("綦江区"), kinds=["air", "other"], life=True)
U("urgent", "我姓孟，在大理市喜洲镇开民宿。今天中午洱海边一个施工队在清理一批旧桶，桶里的液体洒出来，刚好一群游客路过，有三个人当场眼睛和喉咙灼伤，现在还在现场等救护车。电话18608726634。",
  P=pl("大理市"), kinds=["solid_waste", "water"], life=True, name="孟", phone="18608726634", aff=A("三个人", "person", 3, 3, 3),
  ids=[("姓[孟]", "name", "petitioner"), ("18608726634", "phone", "petitioner")])
U("english", "This is Rahul Mehta from Songjiang... sorry, I am in Jiading District, Anting town. A factory roof is on fire and there is black smoke over the kindergarten across the road. Teachers are carrying kids out. Please hurry. My number 13761294508.",
  lang="en", P=pl("嘉定区"), kinds=["air"], life=True, name="Rahul Mehta", phone="13761294508",
  ids=[("Rahul Mehta", "name", "petitioner"), ("13761294508", "phone", "petitioner")])
U("wechat", "【紧急】格尔木市郭勒木德镇一个盐化厂，刚才有个工人掉进卤水池了，其他人下去救也倒了，现在池边全是气味，谁都不敢靠近",
  P=pl("格尔木市"), kinds=["water", "air"], life=True)
U("dialect-dongbei", "哎呀妈呀，呼兰区腰堡街道这疙瘩着大火了，是那个收破烂的院子，里头堆的都是旧电瓶啥的，烟老呛人了，旁边就是咱住的平房，老头老太太都往外跑呢！",
  P=pl("呼兰区"), kinds=["air", "solid_waste"], life=True)
U("urgent", "实名举报并求救：我是海勃湾区新华街道居民李秀兰，身份证号" + idn("15030219680719552") + "。我丈夫在福泰焦化厂上班，今天下班回家后一直说头痛，刚才开始抽筋口吐白沫，厂里说是一氧化碳泄漏，很多工人都送医了。手机15647382091。",
  P=pl("海勃湾区"), polluter="福泰焦化厂", kinds=["air"], life=True, name="李秀兰", phone="15647382091",
  idn=idn("15030219680719552"),
  ids=[("李秀兰", "name", "petitioner"), (idn("15030219680719552"), "id", "petitioner"),
       ("15647382091", "phone", "petitioner"), ("海勃湾区新华街道", "address", "petitioner")])
U("typo", "紧集！陵水县英州镇海边有个冷库的氨气管子爆了，一股浓浓的氨水味，好几个工人头晕倒地，附近渔民也在咳，请赶快来",
  P=pl("陵水黎族自治县"), kinds=["air"], life=True, aff=A("好几个工人", "person", None, 3, 9))
U("question", "一个人在厂门口说要喝农药，我们该怎么办？他是被鼎盛石材厂占了地的村民，在安宁市青龙街道，他手里真拿着一瓶，村里人正在拉着他。",
  P=pl("安宁市"), polluter="鼎盛石材厂", kinds=["other", "ecology"], life=True)
U("dialect-yue", "我喺顺德容桂，屋企隔离嗰间电镀厂今晚又偷排，啲气味呛到我个仔喘唔到气，家下送咗去医院急诊，佢本身有哮喘㗎！",
  P=pl("顺德区"), kinds=["air"], life=True)
U("long", "致宣威市生态环境分局：\n一、今天下午三点，我们板桥街道的电厂灰场边上一辆罐车翻了，车上的东西流进了路边水沟；\n二、下游小学的孩子放学在沟边玩，有两个孩子手上脚上起泡，喊疼，已经送医；\n三、水沟通到我们的饮用水塘。\n请立即派人处理，并通知村里不要用水。\n板桥街道居民 杨光荣（电话 187-8746-3310）",
  P=pl("宣威市"), kinds=["water", "soil"], life=True, name="杨光荣", phone="18787463310", aff=A("两个孩子", "person", 2, 2, 2),
  ids=[("杨光荣", "name", "petitioner"), ("187-8746-3310", "phone", "petitioner")])
U("speech", "你好我是那个张家口张北县那个公会镇的啊我们这个村有一户人家用那个煤炉子烧那个厂子里拉来的废料烧出来的烟把一家三口都熏倒了现在人都拉到县医院去了你们查查那个厂子给的是啥东西",
  P=pl("张北县"), kinds=["air", "solid_waste"], life=True, aff=A("一家三口", "person", 3, 3, 3))
U("mixed", "紧急！我们在文昌市龙楼，不是，是在文昌市东路镇的一个villa工地，工人在挖地基的时候挖到几个锈掉的drum，里面流出来的液体一碰皮肤就发红起泡，已经有两个worker被送医院了。",
  P=pl("文昌市"), kinds=["solid_waste", "soil"], life=True, aff=A("两个worker", "person", 2, 2, 2))
U("dialect-other", "额是宝鸡陈仓区阳平镇的，额们村里那个炼锌的小作坊今早上又开了，冒的烟是绿黄的，额娘闻了一口就咳得背过气去了，现在躺炕上不动弹，你们赶紧来！",
  P=pl("陈仓区"), kinds=["air"], life=True)
U("english", "My name is Olga Petrova. I'm staying at a hotel in Jiyang District, Sanya. The water from the tap smells like petrol and after I brushed my teeth I vomited twice and my husband too. Other guests say the same. Is the water supply contaminated? Call me: 199 8976 5520",
  lang="en", P=pl("吉阳区"), kinds=["water"], life=True, name="Olga Petrova", phone="19989765520",
  ids=[("Olga Petrova", "name", "petitioner"), ("199 8976 5520", "phone", "petitioner")])
U("wechat", "大家注意！！宝坻区周良街道那个物流园刚才有辆拉液氯的车漏了 黄绿色的气 已经有人呛倒了 附近的赶紧往上风跑 环保局快来",
  P=pl("宝坻区"), kinds=["air"], life=True)
U("question", "我该找谁？乃东区泽当街道我们单位对面的汽修店老板跟隔壁餐馆的人为了排油污的事吵起来了，刚才老板拿了把菜刀出来，说谁再举报他就砍谁，已经打起来了。",
  P=pl("乃东区"), kinds=["water", "other"], life=True)
# --- urgent, no danger to life stated ---
U("urgent", "门源县浩门镇北边的河里今天早上漂满了死鱼，白花花一片，沿河好几公里都是，上游有个选矿厂。",
  P=pl("门源回族自治县"), kinds=["water"])
U("dialect-yue", "台山大江镇嗰条涌今朝啲鱼死晒，浮到成条涌都系，仲有阵怪味，我哋村饮嘅水都系上游攞嘅，点算？",
  P=pl("台山市"), kinds=["water"])
U("speech", "喂那个我是江油市青莲镇这边养鸡的我跟你讲我们这个养鸡场旁边那个化工厂昨晚上排了好大的味今天早上起来鸡死了三百多只还在死你们快来看看",
  P=pl("江油市"), kinds=["air"], aff=None)
U("dialect-chuanyu", "万州区太白街道那个小区的自来水今天放出来是黑的，一股机油味，整栋楼都不敢用了，物业说是二次供水的水箱旁边有人在倒废油，你们快来查一下。",
  P=pl("万州区"), kinds=["water"], aff=A("整栋楼", "building", 1, 1, 1))
U("urgent", "举报：凤台县顾桥镇淮河边上有人正在往河里倒一桶一桶的废机油，河面上全是油花，下游就是自来水厂的取水口。",
  P=pl("凤台县"), kinds=["water"])
U("typo", "界首市光武镇有个电瓶回收点把废酸水倒进灌溉渠，渠里的鸭子死了一大片，村民的地也要用这个水浇，请尽快出理",
  P=pl("界首市"), kinds=["water", "soil"])
U("wechat", "速看！！！宁德福安赛岐镇的江面上全是死鱼 上游那个电镀园区 估计昨晚又偷排了 渔民都在捞 好几千斤",
  P=pl("福安市"), kinds=["water"])
U("english", "Hello, I'm a teacher at an international school in Huangdao District, Qingdao. Since this morning there is a strong chemical smell in the classrooms from the plant across the road. Several pupils complained of headaches and nausea and we kept them inside with windows shut. Please check urgently. Emma Clarke",
  lang="en", P=pl("黄岛区"), kinds=["air"], name="Emma Clarke", aff=A("Several pupils", "person", None, 3, 9),
  ids=[("Emma Clarke", "name", "petitioner")])
U("dialect-dongbei", "九台区营城街道那个化工厂把好几十个桶扔在我们村东头的沟里了，桶上画着骷髅头，小孩放学都从那过，有的桶还在往外淌黑水，你们麻溜来拉走！",
  P=pl("九台区"), kinds=["solid_waste", "soil"])
U("long", "各位领导：\n我们是醴陵市白兔潭镇某村的村民，有三件事反映：\n1. 村后山上新开的烟花原料仓库离小学只有两百米，今天发现仓库外面堆着几十袋硝酸盐，袋子破了撒了一地，学生放学就从旁边走；\n2. 去年起仓库就晚上进出货；\n3. 村委说不归他们管。\n第一件事最急，请今天就来人处理。\n村民代表 钟国强 13807339275",
  P=pl("醴陵市"), kinds=["solid_waste", "other"], name="钟国强", phone="13807339275",
  ids=[("钟国强", "name", "petitioner"), ("13807339275", "phone", "petitioner"), ("醴陵市白兔潭镇某村", "address", "petitioner")])
U("urgent", "玉门市老君庙镇一辆油罐车在312国道上侧翻，柴油流了一路，往旁边的疏勒河支渠里流，现场暂时没有人受伤。",
  P=pl("玉门市"), kinds=["water", "soil"])
U("elderly", "我老伴儿和我都七十好几了，住在耒阳市灶市街街道，家里喝的是自己打的井。这两天井水一股煤油味，烧开了也有，我们不敢喝了，左右邻居也有好几家这样，旁边新建了个加油站，求你们来看一看。",
  P=pl("耒阳市"), kinds=["water"], aff=A("好几家", "household", None, 3, 9),
  ids=[("耒阳市灶市街街道", "address", "petitioner")])
U("question", "村里的猪一晚上死了几十头，是不是跟上游那个屠宰场排的水有关？桂平市木乐镇的，猪都是喝河里的水，现在还在死。",
  P=pl("桂平市"), kinds=["water"])
U("mixed", "我们在顺义区天竺这边的一个compound，今天早上发现小区的water supply有一股很重的chlorine味，水是黄的，整个小区都不敢用，物业也说不清楚。",
  P=pl("顺义区"), kinds=["water"], aff=A("整个小区", "community", 1, 1, 1))
U("urgent", "青铜峡市叶盛镇沿黄河的一家造纸企业今天下午大量排放黑色废水，排污口下游黄河水面出现大片泡沫和死鱼。",
  P=pl("青铜峡市"), kinds=["water"])
U("dialect-wu", "阿拉金山区朱泾镇额村里，今早有部卡车勒河浜边浪倒了老多桶，桶里额物事流到河里，河里额鱼侪翻白肚皮了，阿拉饮水额自来水厂就勒下游。",
  P=pl("金山区"), kinds=["water", "solid_waste"])
U("speech", "就是那个我们这个仙桃市毛嘴镇嘛我们村有个养鸭的专业户他的鸭子今天一下子死了一两千只他说是上游那个排水的问题现在鸭子还堆在路边臭得不得了",
  P=pl("仙桃市"), kinds=["water"])
U("wechat", "有没有人管啊 阳朔县兴坪镇漓江边上 有人往江里倒建筑垃圾和一车车的黑泥 水都变色了 游船还在开 下游就是村里取水的地方",
  P=pl("阳朔县"), kinds=["water", "solid_waste"])
U("urgent", "我们是项城市水寨街道锦华小区的业主，二百多户。开发商和物业因为小区污水站的事跟业主起了冲突，现在楼下聚集了上百人，拉横幅堵住了小区大门，有人推搡，情绪很激动，请马上派人来。",
  P=pl("项城市"), kinds=["water"], aff=A("二百多户", "household", None, 201, 299),
  ids=[("项城市水寨街道锦华小区", "address", "petitioner")])
U("typo", "沙坡头区镇罗镇有家养殖场把病死的猪扔进黄河边的干渠里，有十几头，已经发涨了，旁边就是村民的饮水井，请尽快来处里",
  P=pl("沙坡头区"), kinds=["water", "solid_waste"])
U("english", "Dear officer, this is Carlos Mendes, I run a small coffee shop in Shuangliu District, Chengdu. Since an hour ago the tap water is brown and smells of oil. All the shops on our street have the same. People are buying bottled water. Please check the pipes. WhatsApp or phone 156 0812 4437.",
  lang="en", P=pl("双流区"), kinds=["water"], name="Carlos Mendes", phone="15608124437",
  ids=[("Carlos Mendes", "name", "petitioner"), ("156 0812 4437", "phone", "petitioner")])
U("dialect-minnan", "阮是同安区西柯街道的，阮兜附近彼条溪今仔日规条攏是死鱼，足臭，溪水是阮菜园咧用的，嘛有人咧溪边洗衫。",
  P=pl("同安区"), kinds=["water"])
U("urgent", "都匀市墨冲镇一个废弃的化工厂里面堆着上百个化学品桶，这几天下雨，桶里的东西漏出来流进了旁边的小河，下游两个村的人在河里洗衣服、牲口也喝这个水。",
  P=pl("都匀市"), kinds=["solid_waste", "water"], aff=A("两个村", "village", 2, 2, 2))
U("question", "医疗垃圾能这样扔吗？英德市英城街道人民医院后门的垃圾堆里全是针头、输液管、带血的纱布，就在菜市场旁边，好多小孩在那里翻着玩。",
  P=pl("英德市"), kinds=["solid_waste"])
U("long", "关于卡若区俄洛镇河段死鱼的紧急报告\n报告人：周扎西\n联系方式：13908953327\n情况：今天上午在俄洛镇附近的澜沧江支流发现大量死鱼，绵延约两公里；上游有一个在建的矿山项目，这几天在冲洗矿石；附近的牧民的牛羊都在这条河里饮水。\n请求：立即派人取样，通知下游牧民暂停饮水。",
  P=pl("卡若区"), kinds=["water"], name="周扎西", phone="13908953327",
  ids=[("周扎西", "name", "petitioner"), ("13908953327", "phone", "petitioner")])
U("dialect-other", "我是个河南人在修武县七贤镇干活，俺们这儿那个小铝厂又往后沟倒灰渣了，下雨一冲全冲到下面村子的吃水窖里了，窖里的水都是白的，村里人这两天都不敢吃水。",
  P=pl("修武县"), kinds=["water", "solid_waste"])
U("mixed", "有个Tesla车主在渝北区回兴街道的地下停车场充电时电池冒烟，整个车库都是白烟，物业把出口封了，楼上住户在往下走，不知道有没有毒。",
  P=pl("渝北区"), kinds=["air"], life=True)
U("urgent", "新洲区阳逻街道的长江边，一艘运输船正在往外漏油，江面上一条长长的油带往下游漂，下游有水厂的取水口。",
  P=pl("新洲区"), kinds=["water"])
U("speech", "喂你好啊我们这边是监利市朱河镇的我们这里有一百多个村民现在都堵在那个养殖场门口不让他们的车进出因为他们把粪水全排到我们的田里了刚才还跟他们的人推了起来你们快点派人过来",
  P=pl("监利市"), kinds=["water", "soil"], aff=A("一百多个村民", "person", None, 101, 199))
U("dialect-chuanyu", "翠屏区白沙湾街道那个加油站旁边的排水沟着了火，是沟头有油，火一下子窜起好高，旁边就是幼儿园，娃娃们都在里头哦！",
  P=pl("翠屏区"), kinds=["water", "air"], life=True)
U("wechat", "明天村里准备组织全村去县政府上访，因为灌溉水被厂子污染了几年都没人管，大家说好了早上八点在村口集合，包了三辆车。我们是乐都区高庙镇的。我怕出事，先跟你们说一声。",
  P=pl("乐都区"), kinds=["water", "soil"], aff=A("全村", "village", 1, 1, 1))
U("plain", "原州区三营镇的水库是全镇的饮用水源，今天发现水库里有大片绿色的东西，水面还漂着死鱼，自来水放出来有一股腥臭味。",
  P=pl("原州区"), kinds=["water"])
U("urgent", "报告：肇东市昌五镇一家生物质发电厂的灰渣堆放场今晚起火，火势在蔓延，附近有一个粮库，暂时不知道有没有人员伤亡。",
  P=pl("肇东市"), kinds=["air", "solid_waste"], life=True)
U("typo", "柳江区拉堡镇我们小区隔壁那个工地的放射源不见了，工人说是探伤用的，牌子上写着当心电离幅射，现在到处在找，会不会有人捡走了？",
  P=pl("柳江区"), kinds=["radiation"])
U("english", "Urgent: in Yiwu (Houzhai subdistrict), a truck just dumped several drums of a liquid with a skull label by the canal, near the apartments where many families live. Children play there. The drums are leaking into the canal.",
  lang="en", P=pl("义乌市"), kinds=["solid_waste", "water"])
U("dialect-dongbei", "我们这嘎达是凌海市余积镇，村里好几百号人都聚到镇政府门口了，就为了那个垃圾焚烧厂的事，今儿有人说要把路给堵上，看这架势怕要出事儿。",
  P=pl("凌海市"), kinds=["air", "solid_waste"], aff=A("好几百号人", "person", None, 300, 999))
U("elderly", "环保局的同志，我是个退休工人，住在永昌县河西堡镇。今天下午刚下过雨，镇边上那个化工厂的水冲到了街上，黄颜色的，冒着白气，地上的草都枯了，有几个老头闻了说头晕，我叫他们都回家关窗了。",
  P=pl("永昌县"), kinds=["water", "air"], aff=A("几个老头", "person", None, 2, 9),
  ids=[("永昌县河西堡镇", "address", "petitioner")])
U("question", "自来水变成红色的还能喝吗？我是潜江市园林街道的，刚刚家里的自来水突然变红，有股铁锈和药水味，邻居家也一样，是不是哪里的水源被污染了？",
  P=pl("潜江市"), kinds=["water"])
U("urgent", "阜康市准东街道一处化工园区的污水池溢出，污水顺着路面流向附近的牧民定居点，已经淹到了羊圈，有羊死掉了几十只。",
  P=pl("阜康市"), kinds=["water", "soil"])
U("mixed", "Emergency：桑珠孜区城南街道一个酒店的锅炉房有柴油泄漏，流到了旁边的小学操场，孩子们正在上体育课，味道很大。",
  P=pl("桑珠孜区"), kinds=["soil", "air"])
U("dialect-yue", "我系儋州嘅，我哋条村后面个鱼塘今日啲鱼全部浮晒头，仲有啲鸭都死咗，塘边有啲人偷倒咗好多黑油桶。",
  P="海南省/儋州市/-", kinds=["water"])
U("plain", "涿州市松林店镇京港澳高速附近一辆危化品运输车追尾，车上装的硫酸在泄漏，流进了路边的排水沟。",
  P=pl("涿州市"), kinds=["water", "soil"])

assert _n[0] == 85, _n[0]
W("cases-urgent.jsonl")
