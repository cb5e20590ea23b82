"""Round five, register `plain`: polluters after verbs, locatives and the writer's role; names after phones, in
signatures, after 落款 and spelled by their parts; 匿名/署名/签名 with no name; third persons' names and
phones; an ID number with spaces; addresses; counts of people, households and villages; several kinds;
referrals outside the environment system; ambiguous places; confidential requests and accusations against
officials. Labels decided by reading each text."""
from mk import A, C, W

C("r5-221", "plain",
  "举报开发区那家宏泰塑料制品有限公司，晚上偷偷烧废料，味道特别难闻，无锡新吴区。",
  P="江苏省/无锡市/新吴区", polluter="宏泰塑料制品有限公司", kinds=["air"])

C("r5-222", "plain",
  "厂子隔壁就是金利达皮革厂，排的废水是绿的，直接流进我们村的灌溉渠里。海宁市。\n署名：一位老村民",
  P="浙江省/嘉兴市/海宁市", polluter="金利达皮革厂", kinds=["water"])

C("r5-223", "plain",
  "我是永兴铸造厂的工人，厂里让我们把废砂半夜拉到河滩上倒，我不想再干这种缺德事了。请替我保密。邯郸峰峰矿区",
  P="河北省/邯郸市/峰峰矿区", polluter="永兴铸造厂", kinds=["solid_waste"], conf=True)

C("r5-224", "plain",
  "他收了瑞丰化工的钱，所以一直不管，我说的是我们镇环保站的站长。瑞丰化工的废气熏得全镇人没法过日子。匿名反映，寿光市。",
  P="山东省/潍坊市/寿光市", polluter="瑞丰化工", kinds=["air"], cat=["检举控告", "申诉求决"],
  ref=["纪检监察", None], conf=True, aff=A("全镇", "town", 1, 1, 1))

C("r5-225", "plain",
  "电话13637418295 唐\n咸宁咸安区，我们小区对面的混凝土站晚上拉料，罐车轰轰响到后半夜。",
  name="唐", phone="13637418295", P="湖北省/咸宁市/咸安区", kinds=["noise"],
  ids=[("13637418295", "phone", "petitioner"), ("13637418295 [唐]", "name", "petitioner")])

C("r5-226", "plain",
  "我姓李，木子李，单名一个峰字。和平区我们楼下的洗衣店，烘干机的热风和噪音直冲我家卧室，开了三年了。",
  name="李峰", P="?和平区", kinds=["noise", "air"], ref=["城管", "公安", None],
  ids=[("姓[李]", "name", "petitioner"), ("木子李", "name", "petitioner"), ("单名一个[峰]字", "name", "petitioner")])

C("r5-227", "plain",
  "小区地下车库的柴油发电机一停电就开，尾气全从通风口排到一楼住户家里，物业说没办法。杭州滨江区。请尽快处理。\n"
  "反映人：滨江花园业主 苗春燕\n13575289316",
  name="苗春燕", phone="13575289316", P="浙江省/杭州市/滨江区", kinds=["air"], ref=[None, "住建"],
  ids=[("苗春燕", "name", "petitioner"), ("13575289316", "phone", "petitioner"), ("滨江花园", "address", "petitioner")])

C("r5-228", "plain",
  "九龙坡区我们这边有个废品收购站，天天在后院烧电线外皮，黑烟滚滚。我邻居吴大姐知道情况，她的电话13786150244，我自己不方便留电话。",
  P="重庆市/重庆市/九龙坡区", kinds=["air", "solid_waste"],
  ids=[("[吴]大姐", "name", "third"), ("13786150244", "phone", "third")])

C("r5-229", "plain",
  "本人葛云飞，身份证320508 19770615 0196，反映姑苏区我家门口河道清淤挖出来的淤泥堆在路边半个月了，臭得要命。",
  name="葛云飞", idn="320508197706150196", P="江苏省/苏州市/姑苏区", kinds=["solid_waste", "water"],
  ref=["水利", "城管", None],
  ids=[("葛云飞", "name", "petitioner"), ("320508 19770615 0196", "id", "petitioner")])

C("r5-230", "plain",
  "城西工业园里面那个华鑫电镀厂，废水直接排进河里，车间的酸雾也大，衢州柯城区。",
  P="浙江省/衢州市/柯城区", polluter="华鑫电镀厂", kinds=["water", "air"])

C("r5-231", "plain",
  "我们是给城区扫马路的环卫工，环卫公司拖欠我们班组二十来个人三个月的工资了，去问就说等财政拨款。牡丹江东安区。",
  P="黑龙江省/牡丹江市/东安区", kinds=[], sub=None, ref=["人社"], aff=A("二十来个人", "person", 20, None, None))

C("r5-232", "plain",
  "我跟化工厂的污染赔偿官司已经判了，可厂里就是不执行判决，一分钱没给，环保局能不能帮我去催催？柳州鱼峰区。",
  P="广西壮族自治区/柳州市/鱼峰区", kinds=[], sub=None, ref=["法院"])

C("r5-233", "plain",
  "在丰台区一家建材超市买的板材，宣传说零甲醛，装完家里一测甲醛超标五倍，商家不认账，北京。",
  P="北京市/北京市/丰台区", kinds=[], sub=None, ref=["市场监管"])

C("r5-234", "plain",
  "江北区那个码头天天晚上装卸砂石，轰隆隆的，灰也大，窗户都不敢开。",
  P="?江北区", kinds=["noise", "air"])

C("r5-235", "plain",
  "我们小区后面的雨水沟被一家洗车行的泥水堵了，一下雨就漫到路上，沈阳铁西区。签名就不签了，你们也别跟洗车行说是谁反映的。",
  P="辽宁省/沈阳市/铁西区", kinds=["water"], ref=["城管", None], conf=True)

C("r5-236", "plain",
  "我们一家五口住在这，楼下早餐店凌晨四点就开始剁馅，鼓风机也响，孩子天天被吵醒，南昌东湖区。",
  P="江西省/南昌市/东湖区", kinds=["noise"], ref=["城管", "公安", None], aff=A("一家五口", "person", 5, 5, 5))

C("r5-237", "plain",
  "郑州惠济区，附近的近百户居民都受那个养猪场的臭味影响，夏天连窗户都不敢开。",
  P="河南省/郑州市/惠济区", kinds=["air"], ref=[None, "农业农村"], aff=A("近百户", "household", None, None, 100))

C("r5-238", "plain",
  "造纸厂的废水排进了干渠，下游两个村的麦田都是用这个水浇的，茌平区。聊城的。",
  P="山东省/聊城市/茌平区", kinds=["water"], aff=A("两个村", "village", 2, 2, 2))

C("r5-239", "plain",
  "曝光一下德顺石材加工厂，切石头的泥浆水直接排到溪里，整条溪都是白的。厂老板叫周建平，电话13953188047，他说随便告。惠安县。",
  P="福建省/泉州市/惠安县", polluter="德顺石材加工厂", kinds=["water"],
  ids=[("周建平", "name", "third"), ("13953188047", "phone", "third")])

C("r5-240", "plain",
  "我们学校围墙外的废品站整天切割铁皮，声音吵得学生没法上课，芜湖镜湖区。——钱老师",
  name="钱", P="安徽省/芜湖市/镜湖区", kinds=["noise"], ref=[None, "城管"],
  ids=[("[钱]老师", "name", "petitioner")])

C("r5-241", "plain",
  "我住在龙华区幸福路12号，楼下新开的湘菜馆排烟口正对着我家窗户，油烟味一天到晚散不掉。",
  P="?龙华区", kinds=["air"], ref=["城管", None], ids=[("幸福路12号", "address", "petitioner")])

C("r5-242", "plain",
  "保定竞秀区我们小区北边有个印刷厂，油墨味很大，一闻就恶心，已经好几年了。\n落款：杜文涛 2026.12.3",
  name="杜文涛", P="河北省/保定市/竞秀区", kinds=["air"], ids=[("杜文涛", "name", "petitioner")])

C("r5-243", "plain",
  "镇长的小舅子开的鑫泰洗煤厂，洗煤水直接排到河里，河都成黑的了，谁都不敢管，大同云冈区。这事千万别说是我说的。",
  P="山西省/大同市/云冈区", polluter="鑫泰洗煤厂", kinds=["water"], cat=["检举控告", "申诉求决"],
  ref=["纪检监察", None], conf=True)

C("r5-244", "plain",
  "你们好，我叫尹红梅，手机15377864402，我母亲蒋桂兰住在江门台山市广海镇，她家旁边的海鲜加工厂把下脚料堆在路边，"
  "苍蝇多，臭水横流，她年纪大了不会用手机，我替她反映。",
  name="尹红梅", phone="15377864402", P="广东省/江门市/台山市", kinds=["solid_waste", "water", "air"],
  ids=[("尹红梅", "name", "petitioner"), ("15377864402", "phone", "petitioner"), ("蒋桂兰", "name", "third"), ("广海镇", "address", "third")])

W("cases-entities.jsonl")
