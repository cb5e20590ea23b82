"""Round five, registers `urgent` (Art 19 in everyday words; lifeSafety where a life is in danger now) and
`urgent-lookalike` (not urgent: numbers alone, past events, fears and rumours, figurative words, fireworks,
straw burning, a fire drill, chronic mild symptoms, cancer cases, one dead animal, crops killed, a school far
away). Labels decided by reading each text."""
from mk import A, C, W

# urgent, danger to life
C("r5-149", "urgent",
  "我家对面那栋楼三楼在冒烟，窗户里面全是火，还听见有人在里面喊，北京海淀区学院路这边。",
  P="北京市/北京市/海淀区", kinds=["air", "other"], life=True)

C("r5-150", "urgent",
  "刚才化工厂那边轰的一声，我家玻璃都震碎了，现在还在冒黑烟，沧州运河区。",
  P="河北省/沧州市/运河区", kinds=["air", "other"], life=True)

C("r5-151", "urgent",
  "我们家用的是山上引下来的泉水，今天早上烧开了喝，全家四口人都吐了，泉眼上面新开了个石材厂，临沂兰陵县。",
  P="山东省/临沂市/兰陵县", kinds=["water"], life=True, aff=A("全家四口人", "person", 4, 4, 4))

C("r5-152", "urgent",
  "厂里有个工人爬到厂房顶上了，说厂里欠他工钱，还把他家的地弄坏了，说不给说法就跳下来，现在人还在上面，鹤壁淇滨区。",
  P="河南省/鹤壁市/淇滨区", kinds=["soil", "other"], life=True, ref=[None, "公安", "人社"])

C("r5-153", "urgent",
  "那个厂子天天冒黑烟，我找了一年没人管，再不停我就拿汽油去跟他们拼了，大不了一起死。邢台信都区。",
  P="河北省/邢台市/信都区", kinds=["air"], life=True)

C("r5-154", "urgent",
  "路边下水道井盖里一直往外冒气，刚才路过的两个学生闻了就倒在地上了，已经打了120，沈阳于洪区。",
  P="辽宁省/沈阳市/于洪区", kinds=["air"], life=True, aff=A("两个学生", "person", 2, 2, 2))

C("r5-155", "urgent",
  "我们几个在河里游泳，上来以后身上起了一片片红疙瘩，我弟弟喘不上气送医院了，河上游是个农药厂，襄阳襄州区。",
  P="湖北省/襄阳市/襄州区", kinds=["water"], life=True)

C("r5-156", "urgent",
  "厂里食堂中午吃完饭，十几个人都说肚子痛、头晕，有几个已经送医了，听说厂区的自来水管跟排污管接错了，东莞。",
  P="广东省/东莞市/-", kinds=["water"], life=True, aff=A("十几个人", "person", None, 11, 19))

C("r5-157", "urgent",
  "山上着火了，火往我们村这边烧过来了，村里都是老人，西昌市安哈镇，快来人！",
  P="四川省/凉山彝族自治州/西昌市", kinds=["ecology", "air"], life=True, ref=[None, "自然资源"])

C("r5-158", "urgent",
  "加油站地下的油罐好像漏了，旁边居民楼的地下室全是汽油味，有人说头晕恶心，大家都不敢开火，长春绿园区。",
  P="吉林省/长春市/绿园区", kinds=["air", "soil"], life=True)

C("r5-159", "urgent",
  "货车翻了，车上的硫酸洒了一地，冒着白烟，司机还卡在驾驶室里，就在高速出口边上，岳阳云溪区。",
  P="湖南省/岳阳市/云溪区", kinds=["air", "soil", "water"], life=True)

C("r5-160", "urgent",
  "锅炉房刚才爆了，墙塌了一块，里面还有人没出来，吕梁离石区。",
  P="山西省/吕梁市/离石区", kinds=["other", "air"], life=True)

C("r5-161", "urgent",
  "我跟你们说清楚，明天他们要是还来推我家那块被污染的地，我就从楼上跳下去，大庆让胡路区。",
  P="黑龙江省/大庆市/让胡路区", kinds=["soil"], life=True, ref=[None, "自然资源", "公安"])

C("r5-162", "urgent",
  "村里好几个小孩在废料场边上玩，捡了几个铁桶，里面的东西沾到手上起了泡，有个小孩喊眼睛疼看不见了，梧州龙圩区。",
  P="广西壮族自治区/梧州市/龙圩区", kinds=["solid_waste"], life=True, aff=A("好几个小孩", "person", None, 3, 9))

C("r5-163", "urgent",
  "车间在清理污水池，下去一个人没上来，又下去一个也倒在里面了，现在上面的人不敢下去，泰州姜堰区。",
  P="江苏省/泰州市/姜堰区", kinds=["air", "water"], life=True)

C("r5-164", "urgent",
  "隔壁塑料厂着了，那个烟是黄的，特别呛，风往我们小区吹，我妈已经咳得上不来气了，赣州南康区。",
  P="江西省/赣州市/南康区", kinds=["air"], life=True)

C("r5-165", "urgent",
  "污水处理厂门口打起来了，村民拿着锄头，厂里的人拿着棍子，已经有人流血了，快来人啊，晋城泽州县。",
  P="山西省/晋城市/泽州县", kinds=["water"], life=True, ref=[None, "公安"])

C("r5-166", "urgent",
  "水库的水今天闻着有农药味，我们全镇都喝这个水，已经有十几个人拉肚子住院了，玉溪华宁县。",
  P="云南省/玉溪市/华宁县", kinds=["water"], life=True, aff=A("十几个人", "person", None, 11, 19))

C("r5-167", "urgent",
  "公司仓库里的液氨罐阀门坏了在呲气，一大片白雾，旁边就是居民楼，已经有人喊眼睛疼喉咙疼，江门台山市。",
  P="广东省/江门市/台山市", kinds=["air"], life=True)

C("r5-168", "urgent",
  "矿上的尾矿坝好像要垮了，坝脚已经在往外冒水，下面就是村子，住着两百多口人，郴州临武县。",
  P="湖南省/郴州市/临武县", kinds=["solid_waste", "water"], life=True, ref=[None, "自然资源"],
  aff=A("两百多口人", "person", None, 201, 299))

C("r5-169", "urgent",
  "我家孩子在学校闻了隔壁工厂的气晕倒了，医生说是中毒，学校到现在还在照常上课，拉萨堆龙德庆区。",
  P="西藏自治区/拉萨市/堆龙德庆区", kinds=["air"], life=True)

C("r5-170", "urgent",
  "烧烤店的液化气罐漏气着火了，老板拿灭火器在喷，街上的人都跑了，伊宁市解放路。",
  P="新疆维吾尔自治区/伊犁哈萨克自治州/伊宁市", kinds=["air", "other"], life=True)

# urgent, not a danger to life
C("r5-171", "urgent",
  "我们村的自来水今天出来一股臭鸡蛋味，全村都不敢喝了，水厂说不知道怎么回事，阜阳颍泉区。",
  P="安徽省/阜阳市/颍泉区", kinds=["water"], urgent=True, aff=A("全村", "village", 1, 1, 1))

C("r5-172", "urgent",
  "塘里的鱼全翻白了，一池子都是，昨天下大雨，上面厂子的水漫过来了，孝感孝南区。",
  P="湖北省/孝感市/孝南区", kinds=["water"], urgent=True)

C("r5-173", "urgent",
  "我养的鹅昨天下午开始一只接一只地倒，到今天倒了一百来只，鹅都在村口水塘里放，塘边这几天有人倒了好多桶不知道什么东西，周口沈丘县。",
  P="河南省/周口市/沈丘县", kinds=["water", "solid_waste"], urgent=True)

C("r5-174", "urgent",
  "一辆油罐车在国道上侧翻了，油正往路边的河沟里流，人没事，河下游就是水厂的取水口，淮安淮阴区。",
  P="江苏省/淮安市/淮阴区", kinds=["water"], urgent=True)

C("r5-175", "urgent",
  "小学门口那块空地有人倒了好多医院的针头、输液瓶、带血的纱布，孩子们放学就在那里玩，普宁市流沙。",
  P="广东省/揭阳市/普宁市", kinds=["solid_waste"], urgent=True, ref=[None, "卫生健康"])

C("r5-176", "urgent",
  "村里一百多人现在围在化工厂门口，不让车出去，说不关厂就不走，临汾尧都区。",
  P="山西省/临汾市/尧都区", kinds=["air", "water"], urgent=True, aff=A("一百多人", "person", None, 101, 199))

C("r5-177", "urgent",
  "那个垃圾场臭了三年了没人管，我们明天一早组织全村去市政府门口讨说法，娄底娄星区。",
  P="湖南省/娄底市/娄星区", kinds=["air", "solid_waste"], urgent=True, aff=A("全村", "village", 1, 1, 1))

C("r5-178", "urgent",
  "江面上一大片油，黑乎乎的，还在往下游漂，岸边的水鸟身上都是油，飞不起来，九江浔阳区。",
  P="江西省/九江市/浔阳区", kinds=["water"], urgent=True)

C("r5-179", "urgent",
  "幼儿园隔壁在拆旧厂房，屋顶是石棉瓦，拆的时候灰直接飘进幼儿园，孩子们这会儿还在院子里活动，廊坊广阳区。",
  P="河北省/廊坊市/广阳区", kinds=["air", "solid_waste"], urgent=True, ref=[None, "住建"])

C("r5-180", "urgent",
  "河里的鸭子今天死了一大片，都漂在水面上，昨天夜里河水变红了，湛江麻章区。",
  P="广东省/湛江市/麻章区", kinds=["water"], urgent=True)

C("r5-181", "urgent",
  "暗管在往河里冒黄水，冒了一上午了，下游两公里就是我们镇的水源地，安庆怀宁县。",
  P="安徽省/安庆市/怀宁县", kinds=["water"], urgent=True)

C("r5-182", "urgent",
  "厂里探伤用的放射源丢了，厂里的人到处在找，也不告诉我们在哪丢的，辽阳文圣区。",
  P="辽宁省/辽阳市/文圣区", kinds=["radiation"], urgent=True)

C("r5-183", "urgent",
  "池塘里养的螃蟹今天早上全爬到岸上死了，满地都是，隔壁的厂子这两天在往塘里排水，盘锦大洼区。",
  P="辽宁省/盘锦市/大洼区", kinds=["water"], urgent=True)

C("r5-184", "urgent",
  "上游矿山的尾矿库漏了，河水全变成了橙黄色，下游好几个村子的人都在河里挑水吃，昌都卡若区。",
  P="西藏自治区/昌都市/卡若区", kinds=["water", "solid_waste"], urgent=True, aff=A("好几个村子", "village", None, 3, 9))

# look-alikes: not urgent
C("r5-185", "urgent-lookalike",
  "我们这片三千多户人家都受那个电厂烟囱的影响，每天早上起来车上一层灰，马鞍山花山区。",
  P="安徽省/马鞍山市/花山区", kinds=["air"], aff=A("三千多户", "household", None, 3001, 3999))

C("r5-186", "urgent-lookalike",
  "去年冬天那个厂子泄漏过一次，还死过人，这事大家都知道，现在他们又扩建了，环评公示了没有？岳阳云溪区。",
  P="湖南省/岳阳市/云溪区", kinds=["other", "air"])

C("r5-187", "urgent-lookalike",
  "听人说那个化工厂的罐子快撑不住了，随时要爆，也不知道是真是假，你们能不能去查查，淄博临淄区。",
  P="山东省/淄博市/临淄区", kinds=["other", "air"])

C("r5-188", "urgent-lookalike",
  "隔壁KTV吵得我要疯了，再这样下去我真要崩溃了，南宁青秀区。",
  P="广西壮族自治区/南宁市/青秀区", kinds=["noise"], ref=["公安", "城管", None])

C("r5-189", "urgent-lookalike",
  "每天晚上那个烧烤摊的烟熏得我们要死，整条街都是烟，跟着火了一样，银川金凤区。",
  P="宁夏回族自治区/银川市/金凤区", kinds=["air"], ref=["城管", None])

C("r5-190", "urgent-lookalike",
  "过年那几天村里放鞭炮放烟花，满地纸屑，空气里都是火药味，能不能明年禁掉，上饶广丰区。",
  P="江西省/上饶市/广丰区", kinds=["air"], cat=["申诉求决", "建议意见"], ref=["公安", None])

C("r5-191", "urgent-lookalike",
  "今天下午小区搞消防演习，放了好多烟，大家都下楼了，那个烟到现在还有点味道，这个正常吗？宜昌西陵区。",
  P="湖北省/宜昌市/西陵区", kinds=["air"])

C("r5-192", "urgent-lookalike",
  "河边漂着一条死鱼，不知道是不是水有问题，你们来测一下吧，扬州邗江区。",
  P="江苏省/扬州市/邗江区", kinds=["water"])

C("r5-193", "urgent-lookalike",
  "我家的狗这两天不吃东西，还拉稀，兽医说可能吃了不干净的东西，小区草坪刚打了药，绍兴越城区。",
  P="浙江省/绍兴市/越城区", kinds=["other", "soil"], ref=[None, "住建", "城管"])

C("r5-194", "urgent-lookalike",
  "我们村这几年得癌症的人特别多，有十几个了，村边就是那个化工厂，是不是有关系？宜宾翠屏区。",
  P="四川省/宜宾市/翠屏区", kinds=["air", "water"], aff=A("十几个", "person", None, 11, 19))

C("r5-195", "urgent-lookalike",
  "厂子排的烟把我家地里的辣椒全熏死了，叶子都焦了，一年的收成没了，遵义播州区。",
  P="贵州省/遵义市/播州区", kinds=["air"])

C("r5-196", "urgent-lookalike",
  "听说要在我们这建核电站，我们很担心辐射，万一出事就完了，防城港港口区。",
  P="广西壮族自治区/防城港市/港口区", kinds=["radiation"], cat=["申诉求决", "建议意见"])

C("r5-197", "urgent-lookalike",
  "楼下按摩店门口的音响放到120分贝，吵死了，三亚吉阳区。",
  P="海南省/三亚市/吉阳区", kinds=["noise"], ref=["公安", "城管", None])

C("r5-198", "urgent-lookalike",
  "嗓子疼了半个月了，就是那个橡胶厂的味道，一闻就疼，我们这一片的人都这样，开封祥符区。",
  P="河南省/开封市/祥符区", kinds=["air"])

C("r5-199", "urgent-lookalike",
  "我孩子的学校离那个钢铁厂有五六公里，现在一到雾霾天孩子就咳嗽，是不是厂子的原因？太原万柏林区。",
  P="山西省/太原市/万柏林区", kinds=["air"])

C("r5-200", "urgent-lookalike",
  "这个饭店的排风机噪音简直要人命，一开起来整栋楼都在震，西宁城北区。",
  P="青海省/西宁市/城北区", kinds=["noise"], ref=["城管", "公安", None], aff=A("整栋楼", "building", 1, 1, 1))

C("r5-201", "urgent-lookalike",
  "那年发洪水冲垮了上游的尾矿库，下游的鱼都死光了，到现在河里也没缓过来，铜仁碧江区。",
  P="贵州省/铜仁市/碧江区", kinds=["water", "ecology"])

C("r5-202", "urgent-lookalike",
  "刚才在网上看到一个视频说我们这个区的地下水都有毒，是真的吗？能不能来测一下我们小区的水，乌鲁木齐沙依巴克区。",
  P="新疆维吾尔自治区/乌鲁木齐市/沙依巴克区", kinds=["water"])

C("r5-203", "urgent-lookalike",
  "天天放炮炸山，吓死人了，房子都震出裂缝了，安顺西秀区。",
  P="贵州省/安顺市/西秀区", kinds=["noise", "ecology"], ref=[None, "自然资源"])

C("r5-204", "urgent-lookalike",
  "饭店爆炒的油烟从排烟管里直接喷到我们阳台，呛得人眼泪直流，日喀则桑珠孜区。",
  P="西藏自治区/日喀则市/桑珠孜区", kinds=["air"], ref=["城管", None])

C("r5-205", "urgent-lookalike",
  "附近养殖场几千只鸡天天叫，鸡粪也臭，德宏芒市。",
  P="云南省/德宏傣族景颇族自治州/芒市", kinds=["air", "noise"], ref=[None, "农业农村"])

C("r5-206", "urgent-lookalike",
  "上个月化工厂着火的事你们处理了没有？到现在那片地还是黑的，一下雨就流黑水，东营河口区。",
  P="山东省/东营市/河口区", kinds=["water", "soil"])

C("r5-207", "urgent-lookalike",
  "河里的水有点发黄，不知道正不正常，我们这儿的人不喝这个水，只拿来浇地，阿克苏市。",
  P="新疆维吾尔自治区/阿克苏地区/阿克苏市", kinds=["water"])

C("r5-208", "urgent-lookalike",
  "秋收以后到处烧秸秆，晚上出门烟大得看不见路，绥化望奎县。",
  P="黑龙江省/绥化市/望奎县", kinds=["air"], ref=[None, "农业农村"])

C("r5-209", "urgent-lookalike",
  "楼下的烧鹅店烧炭，烟天天往楼上飘，我们家的墙都熏黄了，佛山南海区。",
  P="广东省/佛山市/南海区", kinds=["air"], ref=["城管", None])

C("r5-210", "urgent-lookalike",
  "整个小区的居民对那个变电站的噪音忍无可忍了，嗡嗡声二十四小时不停，兰州七里河区。",
  P="甘肃省/兰州市/七里河区", kinds=["noise"], aff=A("整个小区", "community", 1, 1, 1))

C("r5-211", "urgent-lookalike",
  "工厂的高音喇叭每天早上六点开始放，跟打仗一样，宁德蕉城区。",
  P="福建省/宁德市/蕉城区", kinds=["noise"])

C("r5-212", "urgent-lookalike",
  "村里人都说这个厂子是颗定时炸弹，早晚要出事，我们心里很怕，白城洮北区。",
  P="吉林省/白城市/洮北区", kinds=["other", "air"])

C("r5-213", "urgent-lookalike",
  "那个化工厂门口写着严禁烟火，可是工人天天蹲在门口抽烟，太危险了，钦州钦北区。",
  P="广西壮族自治区/钦州市/钦北区", kinds=["other"])

C("r5-214", "urgent-lookalike",
  "我们这里冬天家家户户烧煤取暖，整个村子都是煤烟味，建议推广用电取暖，朔州朔城区。",
  P="山西省/朔州市/朔城区", kinds=["air"], cat=["建议意见", "申诉求决"], aff=A("整个村子", "village", 1, 1, 1))

C("r5-215", "urgent-lookalike",
  "上周小区里死了一只猫，好像是吃了老鼠药，物业到处投药，太不安全了，哈密伊州区。",
  P="新疆维吾尔自治区/哈密市/伊州区", kinds=["other"], ref=[None, "住建"])

C("r5-216", "urgent-lookalike",
  "那条河臭得能把人熏晕过去，夏天根本没法从旁边走，开封龙亭区。",
  P="河南省/开封市/龙亭区", kinds=["water"])

C("r5-217", "urgent-lookalike",
  "工地的塔吊每天晚上亮着大灯，照得我家跟白天一样，我们三百多户都睡不好，呼伦贝尔海拉尔区。",
  P="内蒙古自治区/呼伦贝尔市/海拉尔区", kinds=["other"], ref=["住建", "城管", None],
  aff=A("三百多户", "household", None, 301, 399))

C("r5-218", "urgent-lookalike",
  "我小时候那条河里还能游泳，现在成了一条臭水沟，鱼早就死光了，十堰张湾区。",
  P="湖北省/十堰市/张湾区", kinds=["water"])

C("r5-219", "urgent-lookalike",
  "焚烧厂的烟囱天天冒白烟，我们担心有二噁英，孩子要是得了病怎么办，肇庆高要区。",
  P="广东省/肇庆市/高要区", kinds=["air"])

C("r5-220", "urgent-lookalike",
  "隔壁工厂的机器声简直要把人逼疯，我的心脏病都快被吵犯了，汉中汉台区。",
  P="陕西省/汉中市/汉台区", kinds=["noise"])

W("cases-urgent.jsonl")
