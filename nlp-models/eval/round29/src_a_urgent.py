"""Round 29, writer A: urgent reports r29-001..053 (001-028 a danger to life, 029-053 urgent without)."""
from mk import A, C, ID, Q, W

ID9 = ID(Q("宁国市"), "19540917", "026")
ID24 = ID(Q("慈溪市"), "19710203", "118")
ROB = ["公安", None]

cases = [
    # ---- danger to life (001-028)
    C("r29-001", "wechat", "罕台镇工业园那边鑫达化工冒黄烟 风往我们村刮 好几个人晕倒了 快来人啊！！！",
      place="@罕台镇", kinds=["air"], pol="鑫达化工", life=True, aff=A("好几个人", "person", None, 3, 9)),
    C("r29-002", "speech",
      "喂 那个我是彭堡镇姚磨村的 就是我家娃娃喝了我们院子里的井水 然后一直吐 现在脸都白了 正往医院送 那个井边上就是养殖场的粪水坑 "
      "这几天一直往外渗 我叫马秀兰 电话幺三九 五幺七二 六六零八",
      place="@彭堡镇", kinds=["water"], life=True, ids=["n:马秀兰", "p:幺三九 五幺七二 六六零八"]),
    C("r29-003", "dialect-yue",
      "七迳镇工业区间厂叫宏发塑料，而家着咗火啊，烟黑晒成条街，听讲仲有两个工人喺入面未出嚟，快啲嚟啊！！我系附近开士多嘅梁生",
      place="@七迳镇", kinds=["air"], pol="宏发塑料", life=True, ids=["n:[梁]生"]),
    C("r29-004", "dialect-chuanyu",
      "我们桑枣镇高速下道口那儿一个槽罐车翻了，漏出来的东西臭得很，冒白烟，路边好几个老人家脑壳昏得站不稳了，有个婆婆已经倒起了，快点来人哦",
      place="@桑枣镇", kinds=["air"], life=True, aff=A("好几个老人家", "person", None, 3, 9)),
    C("r29-005", "dialect-dongbei",
      "额穆镇化肥厂那嘎达又跑氨气了，味儿老冲了，俺邻居老张刚才搁院子里直接栽那了，叫不醒，你们赶紧派人来瞅瞅吧，俺这电话13704482915",
      place="@额穆镇", kinds=["air"], life=True, ids=["N:老[张]", "p:13704482915"]),
    C("r29-006", "typo", "河西务镇油罐着货了火很大快来救命", place="@河西务镇", kinds=["air"], life=True),
    C("r29-007", "english",
      "Hello, I live in Pujin Street, Minhang. Since this morning there is a strong chemical smell coming from the "
      "factory behind our building. My two kids are dizzy and my neighbour's daughter fainted, the ambulance is coming. "
      "Please send someone now. Anna Kowalski, +86 186 2174 3390",
      place="@浦锦街道", kinds=["air"], life=True, en=True,
      ids=["n:Anna Kowalski", "p:+86 [186 2174 3390]"]),
    C("r29-008", "mixed",
      "广澳街道我们office旁边的warehouse着火了!! smoke超大，里面堆的都是化工原料，听说还有人trapped在二楼，119打了但是路被货车堵住了",
      place="@广澳街道", kinds=["air"], life=True),
    C("r29-009", "long",
      "尊敬的宁国市生态环境局领导：\n您好！我是一名退休教师，在竹峰街道居住三十余年。现将近期所见几件事反映如下：\n"
      "一、竹峰路沿线几家石材加工点粉尘较大，晴天时街面一片灰白；\n"
      "二、河沿夜市油烟与噪声影响居民休息，恳请协调城管部门加以规范；\n"
      "三、最为紧急者：今晨七时许，宁国宏远化工厂方向飘来刺鼻气味，疑为氯气，竹峰小学十几名学生咳嗽不止，已有两名孩子晕倒送医。"
      "学校尚在上课，恳请即刻派员处置！\n此致\n敬礼\n"
      f"退休教师 方敬之\n住址：竹峰街道桂花苑3栋201\n电话：0563-4021187\n身份证号：{ID9}\n2026年12月7日",
      place="@竹峰街道", kinds=["air"], pol="宁国宏远化工厂", life=True,
      aff=A("十几名学生", "person", None, 11, 19),
      ids=["n:方敬之", "a:竹峰街道桂花苑3栋201", "p:0563-4021187", f"i:{ID9}"]),
    C("r29-010", "dialect-wu",
      "阿拉华新镇搿爿油漆厂烧起来了，烟老大老大，隔壁老太吃了烟晕过去了，救护车还没来，侬快点派人来看看，阿拉一幢楼个人侪跑到楼下来了，黑烟还一直往上冲",
      place="@华新镇", kinds=["air"], life=True, aff=A("一幢楼", "building", 1)),
    C("r29-011", "dialect-minnan",
      "阮兜梧塘這邊彼間金利鞋廠火燒厝啊，烟真大，膠臭味規庄頭，有兩个阿伯昏去啊，緊來！",
      place="@梧塘镇", kinds=["air"], pol="金利鞋廠", life=True, aff=A("規庄頭", "village", 1)),
    C("r29-012", "dialect-other",
      "俺们贾峪镇北头那个宏达石料厂又放炮炸山了，这回石头蹦到俺村里头，把俺叔的头砸烂了，血流了一地，中不中赶紧来管管！",
      place="@贾峪镇", kinds=["other", "ecology", "noise"], pol="宏达石料厂", life=True),
    C("r29-013", "question",
      "塘村镇上面村里的沼气池刚才炸了，两个人被埋在下面，旁边养猪场的粪池也塌了，我们该打119还是找你们？村里的人正在用手刨土救人，孩子们还在边上看，我们把人往外拉。",
      place="@塘村镇", kinds=["other", "solid_waste", "air"], life=True),
    C("r29-014", "plain",
      "这已经是我第四次投诉了！前三次（最早一次编号HB2026091400318）都说在处理，上次来的环保局小刘还拍着胸脯说一个月解决，"
      "结果沈寨镇瑞丰淀粉厂照样天天往我鱼塘边排黑水，塘里的鱼去年就死光了，我贷款承包的塘现在一分钱收不回来，老婆也跟我闹离婚。"
      "我家住沈寨镇刘楼村东头，谁都能来看。今天再没人来，我就爬到他们厂门口水塔上跳下去，说到做到，别说我没提前讲。"
      "王建军 135-3961-0827\n我的电话一直开着。",
      place="@沈寨镇", kinds=["water"], pol="瑞丰淀粉厂", life=True, ref=ROB, case="HB2026091400318",
      ids=["N:小[刘]", "a:沈寨镇刘楼村东头", "n:王建军", "p:135-3961-0827"]),
    C("r29-015", "wechat",
      "草沟镇孙大海的猪场臭了三年了 没人管 明天我拉一桶汽油过去把它点了 大不了同归于尽",
      place="@草沟镇", kinds=["air"], life=True, ref=ROB, ids=["N:孙大海"]),
    C("r29-016", "speech",
      "我是送外卖的 刚才骑车路过益宁街道那个 就是物流园门口 路边倒了好几个蓝桶 在冒白烟 那个味道呛死人 好多路人在咳 有个大姐直接坐地上起不来了 "
      "我还得送单 你们快派人吧 我姓杨",
      place="@益宁街道", kinds=["air", "solid_waste"], life=True, ids=["n:姓[杨]"]),
    C("r29-017", "typo",
      "我工有下污水井清理掉下去没上来 井里有毒起 另一个下去救也到了 雪堰镇开发区 快来人 电话15261197032",
      place="@雪堰镇", kinds=["air", "water"], life=True, ids=["p:15261197032"]),
    C("r29-018", "dialect-yue",
      "半江镇上面间永利电镀厂半夜偷排废气，成条村嘅人都头晕呕，有个阿伯已经入咗医院抢救，而家仲系好大阵味，啲细路都唔敢出街，大家都用湿毛巾捂住个鼻，快啲嚟睇下",
      place="@半江镇", kinds=["air"], pol="永利电镀厂", life=True, aff=A("成条村", "village", 1)),
    C("r29-019", "english",
      "Urgent!! Fire at the plastic recycling yard next to our compound in Xinbu, Haikou. Thick black smoke, "
      "a family is still inside the building behind it. Firefighters not here yet. - Daniel We have called 119 twice. The yard has been burning plastic at night for weeks, but this is a real fire now.",
      place="@新埠街道", kinds=["air"], life=True, en=True, ids=["n:Daniel"]),
    C("r29-020", "plain",
      "我是百禄桥镇卫生院的护士，今天上午到现在已经接诊了五个上吐下泻的村民，都是新华村的，都说早上喝了自来水，水有一股煤油味。"
      "其中一个老人脱水很严重，已经转县医院。村医陈德明说村里的水是从后山水塘引的，前几天塘边新开了一个洗矿的场子，叫恒兴矿业，"
      "水塘边上能看到一层油花。村里还有人在喝这个水，我们已经让村干部广播通知先别喝了。请尽快派人查一下村里的水源。"
      "我下午还要值班，有事可以打卫生院电话。护士 卢婷 18973621148",
      place="@百禄桥镇", kinds=["water"], pol="恒兴矿业", life=True, aff=A("五个上吐下泻的村民", "person", 5),
      ids=["N:陈德明", "n:卢婷", "p:18973621148"]),
    C("r29-021", "wechat", "桃花镇化工园区刚刚爆炸了！！！我家玻璃全震碎了 路上有人受伤 到处是烟",
      place="?@桃花镇", kinds=["air"], life=True),
    C("r29-022", "speech",
      "喂喂 我在新建镇这边 那个 就是那个丰收农药厂 现在毒气泄漏了 黄烟 我妈闻了一下就晕倒了 我现在抱着她往外跑 你们快点",
      place="?@新建镇", kinds=["air"], pol="丰收农药厂", life=True),
    C("r29-023", "dialect-chuanyu",
      "达州桃花镇这边天然气井喷了哦，一股臭鸡蛋味，半个场镇的人都在往外跑，有两个已经晕了，快点派人！",
      place="@达州市/桃花镇", kinds=["air"], life=True),
    C("r29-024", "long",
      "环保局：\n我是胜山镇的房东，姓俞，在镇上有两栋出租房，有几件事一直想反映：\n"
      "1、隔壁铭泰电镀厂晚上排水，门口的沟一直是绿色的；\n"
      "2、厂里的冲床从早上六点响到晚上十点，租客意见很大，好几户都退租了；\n"
      "3、厂门口常年堆着废料桶，下雨就流到路上。\n"
      "今天写信是因为出了大事：刚才我三楼的租客小周在屋里晕倒了，屋里全是厂里飘过来的酸味，已经打了120，其他租客也都说头晕，"
      "请马上派人来！\n"
      f"俞国强，住胜山镇海塘路88号，身份证{ID24}，手机 138 5748 2206",
      place="@胜山镇", kinds=["air", "water"], pol="铭泰电镀厂", life=True, aff=A("好几户", "household", None, 3, 9),
      ids=["n:俞国强", "N:小[周]", "a:胜山镇海塘路88号", f"i:{ID24}", "p:138 5748 2206"]),
    C("r29-025", "mixed",
      "HELP!! 泉州罗溪镇 chemical plant 氨气 leak 了，整个村都是味，我爸 can't breathe，已经叫了ambulance",
      place="@泉州市/罗溪镇", kinds=["air"], life=True, aff=A("整个村", "village", 1)),
    C("r29-026", "dialect-other",
      "我屋隔壁那个熬废机油的作坊起火哒，火好大，黑烟子冲上天，屋里崽伢子还冇出来，桥驿镇东塘村，快来快来！作坊老板跑哒，电话打不通，火往我屋这边烧过来哒",
      place="@桥驿镇", kinds=["air"], life=True),
    C("r29-027", "wechat",
      "我是厂里的保安，不能说名字。今晚车间又在往后面河沟里偷排，池子边刚才两个工人晕倒了，老板不让打电话。董集镇华泰化工后门",
      place="@董集镇", kinds=["water", "air"], pol="华泰化工", life=True, conf=True),
    C("r29-028", "typo", "福山镇加油站着火了快来", place="@福山镇", kinds=["air"], life=True),

    # ---- urgent without danger to life (029-053)
    C("r29-029", "plain",
      "我是打鱼的，住海湾镇渔港新村，打了三十年鱼。今天早上四点和船老大林阿水一起出海，海湾镇外面海面上漂了一大片死鱼，有几里长，"
      "大的小的都有，水是红褐色的，离岸边那个排污口不远，就是旁边化工区那根往海里伸的管子。以前也见过赤潮，但是没见过死这么多鱼的，"
      "我们拍了照片和视频，网也不敢下了。麻烦派人取个水样。今天下午退潮以后滩涂上还能看到更多死鱼，附近养殖户的网箱也不知道怎么样了，大家都很着急。老郑 13062871145",
      place="@海湾镇", kinds=["water"], urg=True, ids=["a:海湾镇渔港新村", "N:林阿水", "n:老[郑]", "p:13062871145"]),
    C("r29-030", "dialect-yue",
      "玉林北市镇我哋条村嘅鱼塘一夜之间啲鱼死晒，上游间糖厂叫南宝糖厂，琴晚排咗好多黑水落河，成塘鱼浮晒上嚟，损失好大，我阿爸养咗十几年鱼都未见过咁，快啲派人嚟啦",
      place="@玉林市/北市镇", kinds=["water"], pol="南宝糖厂", urg=True),
    C("r29-031", "wechat",
      "钟秀街道这边自来水今天放出来是黄的 一股柴油味 全小区都在用这个水做饭 物业说不知道 家里老人已经喝了两天了 水龙头一打开就一股味 有没有人来检测一下 急",
      place="@钟秀街道", kinds=["water"], urg=True, aff=A("全小区", "community", 1)),
    C("r29-032", "plain",
      "亮甲店镇中心小学隔壁的顺发喷漆厂今天上午又开始喷，整个学校都是油漆味，好多学生喊头晕、恶心，老师只能关窗上课。"
      "孩子们还在学校，请马上来人。家长 何丽娟 13931582047",
      place="@亮甲店镇", kinds=["air"], pol="顺发喷漆厂", urg=True, ids=["n:何丽娟", "p:13931582047"]),
    C("r29-033", "plain",
      "周士庄镇几个村的村民现在堵在绿源垃圾焚烧厂门口，不让垃圾车进，说厂里烟囱天天冒黑烟，已经堵了两个小时，人越来越多，"
      "厂长郭振华出来说了几句就被围住了，场面有点乱。",
      place="@周士庄镇", kinds=["air"], pol="绿源垃圾焚烧厂", urg=True, ids=["N:郭振华"], aff=A("几个村", "village", None, 2, 9)),
    C("r29-034", "dialect-other",
      "礼义镇三个村的人商量好了，明天一早坐车去市政府，找领导说煤矸石山冒烟的事，都说说了几年没人管，俺先给你们说一声，俺们就是想有个说法，到时候别说俺们闹事",
      place="@礼义镇", kinds=["air", "solid_waste"], urg=True, aff=A("三个村", "village", 3)),
    C("r29-035", "wechat",
      "樵舍镇赣江边河滩上有人倒了几十个化工桶 有的在漏 黑乎乎的 附近村里小孩天天在那边玩 拍了视频 离村子就几百米 桶上的字看不清 好像写着什么酸",
      place="@樵舍镇", kinds=["solid_waste", "soil"], urg=True),
    C("r29-036", "plain",
      "团瓢庄镇村口的垃圾堆里全是针头、输液管、带血的纱布，是镇上那家康民诊所倒的，小孩子放学就从那儿过。我们跟诊所说过，他们说是垃圾车没来拉，让我们别管。",
      place="@团瓢庄镇", kinds=["solid_waste"], pol="康民诊所", urg=True),
    C("r29-037", "speech",
      "我这边是龙街街道 就是 刚才一个罐车侧翻了 柴油哗哗往路边沟里流 那个沟下去就是水库 我们喝的就是那个水库的水 你们赶紧通知一下水厂 那个 还有派人来堵一下",
      place="@龙街街道", kinds=["water"], urg=True),
    C("r29-038", "wechat",
      "宜兴埠镇永和路污水管爆了 粪水冲得满街都是 已经流到旁边的河里了 臭得不行 下水道返上来的水淹到商铺门口了 一楼好几家店都关门了 已经两个多小时没人来修",
      place="@宜兴埠镇", kinds=["water"], urg=True),
    C("r29-039", "plain",
      "我是六都乡种地养鸭的，家住六都乡樟村下屋组。家里的鸭子一晚上死了两百多只，都是喝了门口沟里的水。沟里的水从上游金鑫矿业的尾矿库流下来，"
      "这两天水发白，还有一股药味。矿老板刘金鑫的人前几天晚上开闸放过水，村里好几个人都看到了。死鸭子我都还没埋，留着给你们看，"
      "剩下的三百多只也不敢放出去了。请快点来人取样。我家鸭子是今年春天才进的苗，本钱都是借的，这一下损失好几万。村里其他几家养鸭的也有死的。周老四 15979315526",
      place="@六都乡", kinds=["water"], urg=True, pol="金鑫矿业", aff=A("几家养鸭的", "household", None, 2, 9), ids=["a:六都乡樟村下屋组", "N:刘金鑫", "n:[周]老四", "p:15979315526"]),
    C("r29-040", "typo", "四甲镇那条何里的鱼全番白了一大片一大片的上游恒丰染厂排的", place="@四甲镇", kinds=["water"], pol="恒丰染厂", urg=True),
    C("r29-041", "english",
      "The small reservoir above Longmenshan town that supplies our drinking water has an oily film on it since yesterday, "
      "and there is a dead smell. A truck was seen dumping something upstream. We are still drinking this water.",
      place="@龙门山镇", kinds=["water"], urg=True, en=True),
    C("r29-042", "dialect-dongbei",
      "俺们太平山镇屯子里的井水这两天一股子农药味儿，打上来还冒沫子，全屯子都喝这口井，你们赶紧给化验化验，俺家小孙子喝了说苦，俺们现在都不敢喝了，别整出啥事儿来",
      place="@太平山镇", kinds=["water"], urg=True, aff=A("全屯子", "village", 1)),
    C("r29-043", "dialect-wu",
      "健跳镇阿拉养殖塘里向个鱼今朝侪翻白哉，隔壁华丰水产厂昨日夜里放水放进来个，塘里十几万条鱼，现在一半侪浮起来了，一年个心血侪没了，损失交关大，侬快点派人来看看",
      place="@健跳镇", kinds=["water"], pol="华丰水产厂", urg=True),
    C("r29-044", "long",
      "开化县生态环境分局：\n本人马金镇下街村村民，反映以下问题：\n"
      "（一）镇东头的钱江竹木制品厂烘干炉烟气大，晒的衣服都是黑点；\n"
      "（二）村后山有人挖沙，马金溪河道已经挖得面目全非，岸边的树也倒了一片；\n"
      "（三）该厂的漂白废水直接排进马金溪，以前只是泛白沫，今天早上下游一两里河面全是死鱼，鸭子也不敢放下去了。\n"
      "第三件事请尽快派人，河水还在流。\n村民 汪德华 0570-6512390\n另：该厂排污口在下街村村口桥下，白天关着晚上开，村民可以带路。",
      place="@马金镇", kinds=["water", "ecology", "air"], pol="钱江竹木制品厂", urg=True,
      ids=["n:汪德华", "p:0570-6512390"]),
    C("r29-045", "speech",
      "那个 万福镇那条河 上游那个宏利化工这两天往河里倒东西 然后现在河里死鱼一片一片的 还有死鸭子 就是 你们来看一下嘛",
      place="?@万福镇", kinds=["water"], pol="宏利化工", urg=True),
    C("r29-046", "wechat", "琅琊镇自来水一股农药味 全镇都在用 孩子喝了说苦",
      place="?@琅琊镇", kinds=["water"], urg=True, aff=A("全镇", "town", 1)),
    C("r29-047", "typo", "曹村镇老刘家养鸡场的鸡死了一大片好几百只全扔在河边上臭死了也没人埋",
      place="?@曹村镇", kinds=["solid_waste", "water", "other"], urg=True, ids=["N:老[刘]"]),
    C("r29-048", "mixed",
      "聊城姚寨镇这边的irrigation channel今天全是dead fish，上游Jinhe Paper的discharge pipe还在排，水是酱油色",
      place="@聊城市/姚寨镇", kinds=["water"], pol="Jinhe Paper", urg=True),
    C("r29-049", "dialect-other",
      "宁夏官厅镇我们庄子上的水窖进了煤矿上淌下来的黑水，人和牲口都吃这个水，这两天羊死了七八只，你们快来看一哈。煤矿的人说不是他们的事，村上已经去问过两回了",
      place="@宁夏回族自治区/官厅镇", kinds=["water"], urg=True),
    C("r29-050", "question",
      "老僧堂镇化工园区排的水把我们地头沟里的鱼全毒死了，青蛙也死了，水是绿的，这个算不算紧急？你们什么时候能来？我们村二十几户都靠这条沟浇菜，现在都不敢用了。",
      place="@老僧堂镇", kinds=["water"], urg=True, aff=A("二十几户", "household", None, 21, 29)),
    C("r29-051", "dialect-chuanyu",
      "正东镇好几百人围到川南水泥厂门口了，说厂头粉尘把庄稼全部盖完了，喊老板出来，派出所的人也来了，怕要出事哦，老板一直不出来，人越来越多，路都堵死了，车子过不去",
      place="@正东镇", kinds=["air"], pol="川南水泥厂", urg=True, aff=A("好几百人", "person", None, 300, 999)),
    C("r29-052", "plain", "湖南火田镇河里死鱼一大片 快来看", place="@湖南省/火田镇", kinds=["water"], urg=True),
    C("r29-053", "english",
      "Hi, I'm a teacher at a language school in Yaqian town, Zhejiang. The canal behind our school is full of dead "
      "fish this morning, hundreds of them, and the water is bright blue. Kids are walking past it. Tom Reid",
      place="@浙江省/衙前镇", kinds=["water"], urg=True, en=True, ids=["n:Tom Reid"]),
]

if __name__ == "__main__":
    W(cases)
