import mk  # noqa: F401
from cases import A, C, W
from pl import pl

W_, AI, NO, SW, SO, EC, OT = ["water"], ["air"], ["noise"], ["solid_waste"], ["soil"], ["ecology"], ["other"]
LG = "long"
C("r9-164", LG, "尊敬的领导：\n您好！我是琼海市嘉积镇的居民，反映以下情况：一、我家附近的海鲜加工厂每天把下脚料和污水倒进排水沟，沟里发臭；二、该厂夜间冷库机组噪声很大；三、已向镇里反映两次，没有结果。恳请上级部门调查处理。\n此致\n敬礼\n反映人：符爱华\n电话：13976042815\n2026年12月3日", name="符爱华", phone="13976042815", P=pl("琼海市"), kinds=W_ + NO + SW, ids=[("[符爱华]", "name", "petitioner"), ("[13976042815]", "phone", "petitioner")])
C("r9-165", LG, "环保局的同志：我叫马福成，家住大通县桥头镇，身份证号630121198204170310。我们村西头的铁合金厂多年来烟尘不断，村民的房顶、院子全是黑灰，去年村里联名写过信，厂里装了个除尘器，但晚上不开。希望你们晚上来突击检查。马福成 手机 18997120546", name="马福成", phone="18997120546", idn="630121198204170310", P=pl("大通回族土族自治县"), kinds=AI, ids=[("[马福成]", "name", "petitioner"), ("[马福成] 手机", "name", "petitioner"), ("[630121198204170310]", "id", "petitioner"), ("[18997120546]", "phone", "petitioner")])
C("r9-166", LG, "我是堆龙德庆区的一名退休教师，今年六十七岁。我们小区东边新开了一个沥青搅拌站，每天早上开始熬沥青，味道呛人，我老伴有气管炎，这一个月咳得比往年都厉害。我去找过搅拌站的负责人，他说手续齐全。我想请你们核实一下他们有没有环评，有没有在居民区旁边建的资格。谢谢。", P=pl("堆龙德庆区"), kinds=AI)
C("r9-167", LG, "关于文昌市某养殖场污染的举报信\n举报对象：文昌市海丰水产养殖有限公司\n问题：该公司的高位虾塘尾水未经处理直排入海，附近海滩发臭，珊瑚死亡。\n诉求：依法查处，责令整改。\n举报人：林（请为我保密）", name="林", P=pl("文昌市"), polluter="文昌市海丰水产养殖有限公司", kinds=W_ + EC, conf=True, ids=[("举报人：[林]", "name", "petitioner")])
C("r9-168", LG, "各位领导：\n我们是江宁区某小区的业主，全小区一千二百多户。小区南面的汽车喷涂中心从今年五月开始生产，油漆味一天比一天重，业主群里每天都有人说头疼、孩子过敏。我们前后打过十几次热线，每次都说已转交，但至今未见改善。现在业主们情绪很大，有人说要去厂门口拉横幅。请尽快派人来处理，避免矛盾激化。\n业主代表 戚文军 15951837264", name="戚文军", phone="15951837264", P=pl("江宁区"), kinds=AI, aff=A("一千二百多户", "household", None, 1201, 1299), ids=[("[戚文军]", "name", "petitioner"), ("[15951837264]", "phone", "petitioner")])
C("r9-169", LG, "建议：兴庆区很多餐馆的油烟净化器装了不开，建议环保部门搞一个在线监控，数据公开，让老百姓也能看到，这样比一家一家查省事。另外建议夜市的摊位统一用电不用炭。提建议的是一个普通市民，不留名了。", P=pl("兴庆区"), kinds=AI, cat="建议意见")
C("r9-170", LG, "紧急情况！我是海曙区一所小学的老师，今天中午食堂吃过饭后，我们班有十几个学生肚子疼、呕吐，校医说可能跟学校旁边那条河有关，食堂用的是河边井里的水。现在已经有五个孩子送到医院了，其他班也有人不舒服。请环保部门立刻来取水样！老师 姓应 手机 13857460193", name="应", phone="13857460193", P=pl("海曙区"), kinds=W_, life=True, aff=A("十几个学生", "person", None, 11, 19), ids=[("姓[应]", "name", "petitioner"), ("[13857460193]", "phone", "petitioner")])
C("r9-171", LG, "我以前反映过的那个石材厂问题（当时给我的编号是HB-2025-118407），厂子停了半年，现在换了个牌子又开了，叫金湾区恒泰石业，锯石头的泥浆水照样往海里排，声音也大。请你们再来看看。反映人 黄志坚", name="黄志坚", case="HB-2025-118407", P=pl("金湾区"), polluter="金湾区恒泰石业", kinds=W_ + NO, ids=[("[黄志坚]", "name", "petitioner")])
# english / mixed
E, M = "english", "mixed"
C("r9-172", E, "Hi, I live in Shekou, Nanshan District, Shenzhen. A restaurant downstairs vents its kitchen exhaust right under my window every night until 2am. The smell and the fan noise make it impossible to sleep.", lang="en", P=pl("南山区", "深圳市"), kinds=AI + NO)
C("r9-173", E, "URGENT: a truck just crashed near our factory gate in Kunshan and it's leaking some chemical onto the road. Two workers who went close are vomiting and one collapsed. Please send someone now.", lang="en", P=pl("昆山市"), kinds=AI + SO, life=True, aff=A("Two workers", "person", 2, 2, 2))
C("r9-174", E, "The river behind our village in Jiangyin turned bright orange this morning and thousands of fish are floating dead. Farmers downstream are still pumping from it.", lang="en", P=pl("江阴市"), kinds=W_, urgent=True)
C("r9-175", E, "My name is Daniel Okafor, phone 13681924570. There's a construction site in Chaoyang District, Beijing, that runs pile drivers past midnight. I'd like it to stop.", lang="en", name="Daniel Okafor", phone="13681924570", P="北京市/北京市/朝阳区", kinds=NO, ids=[("[Daniel Okafor]", "name", "petitioner"), ("[13681924570]", "phone", "petitioner")])
C("r9-176", E, "Could you tell me what the noise limits are for residential areas at night?", lang="en", intent="info")
C("r9-177", E, "I filed a complaint last week, case HB-2026-052331. Any update?", lang="en", intent="status", case="HB-2026-052331")
C("r9-178", E, "There was a fire at a plastics warehouse near us in Yiwu last spring. The burnt stuff is still piled there and smells when it rains. Nobody has cleaned it up.", lang="en", P=pl("义乌市"), kinds=SW)
C("r9-179", E, "Our kids' kindergarten in Xiangzhou, Zhuhai shares a wall with a car paint shop. The paint smell comes in every afternoon. Is that even allowed?", lang="en", P=pl("香洲区"), kinds=AI)
C("r9-180", M, "我是Sarah刘，住在徐汇区，楼下那家bakery每天凌晨四点开烤箱，排风机noise特别大，能帮忙处理吗？", name="Sarah刘", P=pl("徐汇区"), kinds=NO, ids=[("Sarah刘", "name", "petitioner")])
C("r9-181", M, "工厂那个chimney一直在冒smoke，黑色的，在长沙县星沙，my kids keep coughing。", P=pl("长沙县"), kinds=AI)
C("r9-182", M, "Help！我们小区gas leak了，整个楼道都是煤气味，有个old lady晕倒了，在锦江区！", P=pl("锦江区", "成都市"), kinds=AI, life=True)
C("r9-183", M, "举报GreenLeaf Recycling，就是那个回收厂，在增城区，他们晚上偷偷burn塑料，味道很大。", P=pl("增城区"), polluter="GreenLeaf Recycling", kinds=AI)
# wechat / elderly
WC, EL = "wechat", "elderly"
C("r9-184", WC, "在吗[微笑]", intent="greeting")
C("r9-185", WC, "[图片][图片] 你看这水黑成啥样了😭 屋后那条沟 祁东县的", P=pl("祁东县"), kinds=W_)
C("r9-186", WC, "亲 想问下 楼下奶茶店的空调外机 对着我家卧室窗 天天嗡嗡嗡🙉 能管不 在吴中区", P=pl("吴中区"), kinds=NO)
C("r9-187", WC, "[视频] 快看！！厂里着火了🔥🔥 烟老大了 里面还有人在喊 在龙泉驿区", P=pl("龙泉驿区"), kinds=AI + OT, life=True)
C("r9-188", WC, "收到，谢谢你们👍 昨天来的工作人员很负责，点赞", intent="evaluate")
C("r9-189", WC, "[语音] 转文字：那个鸭棚的臭味 又来了 我们整条街都闻到了 在高邮", P=pl("高邮市"), kinds=AI)
C("r9-190", WC, "姐妹们 我们村井水今天变浑了 有股怪味😱 全村都喝这个 在射阳县 谁来看看", P=pl("射阳县"), kinds=W_, urgent=True, aff=A("全村", "village", 1, 1, 1))
C("r9-191", WC, "车牌苏N·3K7M2的渣土车 每天半夜在河边倒建筑垃圾 [图片] 宿豫区", P=pl("宿豫区"), kinds=SW)
C("r9-192", WC, "打起来了！！！卸货的跟村民为了粉尘打起来了 好多人 有人被砖头砸了头 在砀山[大哭]", P=pl("砀山县"), kinds=AI, life=True)
C("r9-193", EL, "我今年七十六了，眼睛不好，叫孙女帮我打字。我家住在大通县，村口那个养殖场太臭了，天天熏，请领导管一管。老汉 马", name="马", P=pl("大通回族土族自治县"), kinds=AI, ids=[("老汉 [马]", "name", "petitioner")])
C("r9-194", EL, "我是老党员，八十一岁，住在海城市。我们院后面有个小锻造厂，从早响到晚，我的心脏受不了，请政府关心。谢谢。王德顺敬上", name="王德顺", P=pl("海城市"), kinds=NO, ids=[("[王德顺]", "name", "petitioner")])
C("r9-195", EL, "同志你好，我老太婆不会写字，隔壁小伙子帮我打的。我们这冷水江市锑矿下面的田，种出来的稻子都不能吃，有人说是镉米。有事打我儿子电话13807387246。", P=pl("冷水江市"), kinds=SO, ids=[("[13807387246]", "phone", "third")])
C("r9-196", EL, "我老两口住在郧西县，屋后面的山被挖掉一大块，下雨就往下滚石头，我们害怕，已经好几个月了，请派人来看看。", P=pl("郧西县"), kinds=EC)
C("r9-197", EL, "领导您好，老朽今年八十有二，腊月初三写这封信，为的是我们村边那条河。河里以前有鱼有虾，现在一股子药味，牲口都不愿意喝。住址：平原县恩城镇，名字：褚学礼，身份证33010619580309442X", name="褚学礼", idn="33010619580309442X", P=pl("平原县"), kinds=W_, ids=[("名字：[褚学礼]", "name", "petitioner"), ("[33010619580309442X]", "id", "petitioner"), ("住址：[平原县恩城镇]", "address", "petitioner")])
# plain: names, polluters, counts, referrals, ambiguous places
P_ = "plain"
C("r9-198", P_, "举报江西赣锋化工有限责任公司，在新干县，天天晚上偷排废气。", P=pl("新干县"), polluter="江西赣锋化工有限责任公司", kinds=AI)
C("r9-199", P_, "那个叫“顺达塑料制品厂”的小作坊，就在我们小区后门，熔塑料的味道很大，在城关区。", P="?城关区", polluter="顺达塑料制品厂", kinds=AI)
C("r9-200", P_, "我是宏远建材的工人，我们厂的粉尘根本不处理，车间外面全是灰，在博兴县。", P=pl("博兴县"), polluter="宏远建材", kinds=AI)
C("r9-201", P_, "我姓闫，双名晓东，电话15034628917。我们村旁边的石膏厂粉尘大，在应县。", name="闫晓东", phone="15034628917", P=pl("应县"), kinds=AI, ids=[("我姓[闫]，双名[晓东]", "name", "petitioner"), ("[15034628917]", "phone", "petitioner")])
C("r9-202", P_, "17789542036 欧阳春燕 我们这边的洗砂场把河水弄浑了，在桂平市。", name="欧阳春燕", phone="17789542036", P=pl("桂平市"), kinds=W_ + EC, ids=[("[欧阳春燕]", "name", "petitioner"), ("[17789542036]", "phone", "petitioner")])
C("r9-203", P_, "隔壁就是永盛钢构，每天切割钢板的声音很刺耳，在普陀区。", P="?普陀区", polluter="永盛钢构", kinds=NO)
C("r9-204", P_, "我们这栋楼六十多户人家都被楼下的冷链仓库压缩机吵得睡不好，在桥西区。", P="?桥西区", kinds=NO, aff=A("六十多户人家", "household", None, 61, 69))
C("r9-205", P_, "小卖部卖的“绿色无污染”蔬菜其实打了很多农药，在大邑县，谁管？", P=pl("大邑县"), kinds=[], ref=["市场监管"], sub=None)
C("r9-206", P_, "挂着“华康生物”牌子的那个厂，排出来的水发酵味特别重，在鄄城县，附近五个村都闻得到。", P=pl("鄄城县"), polluter="华康生物", kinds=W_ + AI, aff=A("五个村", "village", 5, 5, 5))
C("r9-207", P_, "老板拖欠我们三个月工资，厂里还往河里排污，在泗水县，先说排污的事。", P=pl("泗水县"), kinds=W_, ref=[None, "人社"])
C("r9-208", P_, "我是村民代表老温，我们全镇的人都反对在镇上建危废处置中心，在大埔县。", name="温", P=pl("大埔县"), kinds=SW, aff=A("全镇", "town", 1, 1, 1), ids=[("老[温]", "name", "petitioner")])
C("r9-209", P_, "镇副镇长收了养殖场的钱，养殖场污水随便排，我要实名举报，在岳西县。我叫查建平，电话13956218437。", name="查建平", phone="13956218437", P=pl("岳西县"), kinds=W_, conf=True, cat="检举控告", sub=None, ref=["纪检监察", None], ids=[("[查建平]", "name", "petitioner"), ("[13956218437]", "phone", "petitioner")])
C("r9-210", P_, "庐山市有个叫什么“蓝天环保”的公司，收了危废不处理，全堆在仓库里。", P=pl("庐山市"), polluter="蓝天环保", kinds=SW)
C("r9-211", P_, "我们一家五口住在这个水泥厂的下风向，灰大得不敢开窗，在都江堰市。", P=pl("都江堰市"), kinds=AI, aff=A("一家五口", "person", 5, 5, 5))
C("r9-212", P_, "西宁城东区有个洗车点的污水流到人行道上，结冰了很滑。", P=pl("城东区", "西宁市"), kinds=W_)
C("r9-213", P_, "匿名反映：港口的散货码头煤堆没有苫盖，刮风的时候煤灰满天飞，在鲅鱼圈区。", P=pl("鲅鱼圈区"), kinds=AI)
C("r9-214", P_, "我邻居常大爷（电话15840372691）让我替他反映，他家后面的屠宰场血水乱流，在新民市。", P=pl("新民市"), kinds=W_, ids=[("[常]大爷", "name", "third"), ("[15840372691]", "phone", "third")])
W("cases-people.jsonl")
