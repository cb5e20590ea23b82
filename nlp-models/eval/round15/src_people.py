"""Round fifteen, non-urgent reports rich in entities (r15-086..155): named polluters, names, phones, ID numbers,
addresses, categories, referrals, ambiguous places, and urgent look-alikes (marked # LA).
Written blind (see README.md): labels decided by reading each text, before any run."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mk  # noqa: E402,F401
from cases import A, C, W  # noqa: E402
from pl import pl  # noqa: E402

CG = ["城管", None]                 # catering fumes, household and construction waste
CN = ["住建", "城管", None]          # construction noise
SN = ["公安", "城管", None]          # social-life noise

C("r15-086", "plain",
  "举报北京市通州区宋庄镇的京顺达建材有限公司，每天夜里十一点以后还在用破碎机粉碎建筑垃圾，粉尘大、噪音响，附近居民根本睡不着。"
  "联系电话13911084527 张立新",
  name="张立新", phone="13911084527", P=pl("通州区", "北京市"), polluter="京顺达建材有限公司", kinds=["noise", "air"],
  ids=[("张立新", "name", "petitioner"), ("13911084527", "phone", "petitioner")])
C("r15-087", "urgent-lookalike",  # LA: a big number alone
  "我们小区一千二百多户居民，天天闻到旁边污水处理厂的臭味，夏天尤其严重，窗户都不敢开。希望督促厂里加盖除臭。天津市西青区。",
  P=pl("西青区"), kinds=["air"], aff=A("一千二百多户", "household", None, 1201, 1299))
C("r15-088", "urgent-lookalike",  # LA: a past explosion
  "去年三月园区里那次爆炸之后，化工厂停了半年，最近又悄悄开工了，晚上能闻到一股溶剂味。我们就想问清楚它到底有没有合规的手续。江苏省连云港市灌南县。",
  P=pl("灌南县"), kinds=["air"])
C("r15-089", "plain",
  "本人李秀梅，身份证号410581196508123028，家住河南省安阳市林州市桂林镇南屯村。村北的鑫旺石料厂开山采石，粉尘把我家的果树全盖住了，"
  "今年的苹果一个都卖不出去，要求厂家赔偿并整改。电话 157 3921 8846。",
  name="李秀梅", phone="15739218846", idn="410581196508123028", P=pl("林州市"), polluter="鑫旺石料厂",
  kinds=["air", "ecology"],
  ids=[("李秀梅", "name", "petitioner"), ("410581196508123028", "id", "petitioner"),
       ("桂林镇南屯村", "address", "petitioner"), ("157 3921 8846", "phone", "petitioner")])
C("r15-090", "plain",
  "我要举报我们镇分管环保的副镇长，他收了宏泰砖厂老板的好处，砖厂烟囱天天冒黑烟，每次上面来检查他都提前通风报信。请为我保密。山西省大同市云州区。",
  P=pl("云州区"), polluter="宏泰砖厂", kinds=["air"], cat="检举控告", conf=True, ref=["纪检监察", None])
C("r15-091", "plain",
  "建议在我们县城的护城河边多装几个垃圾桶，再设一些禁止往河里倒垃圾的牌子，现在河面上漂的塑料袋太多了。安徽省六安市霍山县。",
  P=pl("霍山县"), kinds=["solid_waste", "water"], cat="建议意见", ref=CG)
C("r15-092", "plain",
  "小区一楼的川味坊火锅店油烟管道直接对着我家窗户排，家里白墙都熏黄了。我是住在山东省济南市历下区燕子山小区9号楼的业主，姓鲁，电话185 6017 3342。",
  name="鲁", phone="18560173342", P=pl("历下区"), polluter="川味坊火锅店", kinds=["air"], ref=CG,
  ids=[("燕子山小区9号楼", "address", "petitioner"), ("姓[鲁]", "name", "petitioner"),
       ("185 6017 3342", "phone", "petitioner")])
C("r15-093", "plain",
  "鼓楼区那个地铁工地连续一个月通宵施工，打桩声震得人心慌，晚上十二点以后还在干，夜间施工许可到底有没有？",
  P="?鼓楼区", kinds=["noise"], ref=CN)
C("r15-094", "question",
  "我在一家环保设备公司上班，老板拖欠了我们十几个工人三个月工资，一直不给，能帮我们要吗？地点在浙江省台州市路桥区。",
  P=pl("路桥区"), kinds=["other"], ref=["人社"], sub=None, aff=A("十几个工人", "person", None, 11, 19))
C("r15-095", "question",
  "我们村跟石材厂的污染赔偿官司，法院已经判了，厂家一直拖着不执行，我想问环保局能不能督促法院强制执行？福建省莆田市仙游县。",
  P=pl("仙游县"), kinds=["other", "air", "water"], ref=["法院"], sub=None)
C("r15-096", "plain",
  "我们厂上个月被区生态环境局罚了二十万，说我们废气超标，但检测那天设备在检修，我们对处罚决定不服，想申请行政复议，该怎么办？"
  "广东省深圳市宝安区 行政部 邓敏 手机 136 3268 0194",
  name="邓敏", phone="13632680194", P=pl("宝安区"), kinds=["air"], sub=2,
  ids=[("邓敏", "name", "petitioner"), ("136 3268 0194", "phone", "petitioner")])
C("r15-097", "wechat",
  "朝阳区一家洗衣店把干洗剂的废液直接倒进下水道，整条街的下水道口都是那股味。",
  P="?朝阳区", kinds=["water", "air"])
C("r15-098", "urgent-lookalike",  # LA: chronic mild symptoms
  "家旁边的木材加工厂一开工，锯末粉尘就飘到我家院子，这两年我一直咳嗽、嗓子干痒，去医院说是慢性咽炎。黑龙江省伊春市铁力市。王淑珍 13604583217",
  name="王淑珍", phone="13604583217", P=pl("铁力市"), kinds=["air", "noise"],
  ids=[("王淑珍", "name", "petitioner"), ("13604583217", "phone", "petitioner")])
C("r15-099", "long",
  "尊敬的昆山市生态环境局领导：您好。我是周市镇青阳北路的居民，写信反映Hanford Precision Plastics这家外资厂的三个问题："
  "（一）注塑车间的有机废气每天傍晚无组织排放，塑料焦糊味很重；（二）厂区东门的雨水排口经常流出乳白色的水；"
  "（三）冷却塔风机夜间噪声超标，我家在三楼，晚上基本开不了窗。希望贵局依法检查，并向我反馈结果。此致 敬礼！"
  "居民 沈佳怡 手机 189 1263 4470 2026年12月1日",
  name="沈佳怡", phone="18912634470", P=pl("昆山市"), polluter="Hanford Precision Plastics",
  kinds=["air", "water", "noise"],
  ids=[("周市镇青阳北路", "address", "petitioner"), ("沈佳怡", "name", "petitioner"),
       ("189 1263 4470", "phone", "petitioner")])
C("r15-100", "dialect-yue",
  "楼下间发记烧腊成日喺后巷烧炭，烧到成条巷都系烟，我哋啲衫晾出去都有阵烟味，唔该你哋管下佢。广州市荔湾区。陈生 139 2288 6175",
  name="陈", phone="13922886175", P=pl("荔湾区"), polluter="发记烧腊", kinds=["air"], ref=CG,
  ids=[("[陈]生", "name", "petitioner"), ("139 2288 6175", "phone", "petitioner")])
C("r15-101", "dialect-chuanyu",  # LA: two dead fish
  "河边今天看到两条死鱼，不晓得是不是上游那个养鸭场排的水搞的，水倒是看起来还清亮，就是想请你们来测一下。四川省乐山市夹江县。",
  P=pl("夹江县"), kinds=["water"])
C("r15-102", "typo",
  "举报老城镇的富民生猪养殖场，粪污直接牌到村头的小河，河水又黑又丑，夏天苍蝇成群。海南省澄迈县。",
  P=pl("澄迈县"), polluter="富民生猪养殖场", kinds=["water", "solid_waste"])
C("r15-103", "dialect-dongbei",  # LA: chronic mild symptoms
  "俺叫赵铁柱，身份证22011319710423104X，住在吉林省长春市九台区其塔木镇。俺们村头那个宏达饲料厂天天半夜排烟，一股子糊巴味儿，呛得人嗓子疼。",
  name="赵铁柱", idn="22011319710423104X", P=pl("九台区"), polluter="宏达饲料厂", kinds=["air"],
  ids=[("赵铁柱", "name", "petitioner"), ("22011319710423104X", "id", "petitioner"), ("其塔木镇", "address", "petitioner")])
C("r15-104", "english",
  "I live in Jing'an District, Shanghai. The restaurant Bella Cucina on the ground floor of my building has moved its "
  "kitchen exhaust fan right under my bedroom window. The smell and the noise go on until 1 am every night. "
  "My name is Hannah Weiss, phone 135 6448 0921.",
  lang="en", name="Hannah Weiss", phone="13564480921", P=pl("静安区"), polluter="Bella Cucina", kinds=["air", "noise"],
  ref=CG, ids=[("Hannah Weiss", "name", "petitioner"), ("135 6448 0921", "phone", "petitioner")])
C("r15-105", "english",  # LA: a fire long ago, a fear
  "Two years ago there was a fire at the paint factory near our school in Xiangzhou District, Zhuhai. It has been "
  "rebuilt and I am worried it could happen again. Could you check whether it has the right safety and environmental permits?",
  lang="en", P=pl("香洲区"), kinds=["air", "other"])
C("r15-106", "question",
  "我们村旁边的光伏板清洗公司洗板子的水直接排进了鱼塘，能不能管一管？宁夏回族自治区吴忠市盐池县。",
  P=pl("盐池县"), kinds=["water"])
C("r15-107", "long",
  "关于城南建筑垃圾乱倒的情况反映：城南环路两侧近半年被倒了大量建筑垃圾，堆得比人还高，下雨冲到农田里。请有关部门清理并查处倾倒者。"
  "反映人：马玉兰（城南村村民） 联系方式：138-9315-6027 甘肃省平凉市崆峒区",
  name="马玉兰", phone="13893156027", P=pl("崆峒区"), kinds=["solid_waste"], ref=CG,
  ids=[("马玉兰", "name", "petitioner"), ("城南村", "address", "petitioner"), ("138-9315-6027", "phone", "petitioner")])
C("r15-108", "plain",
  "青海省海北藏族自治州门源回族自治县的一家砂石厂在河道里挖沙，河床挖得坑坑洼洼，河水浑得看不见底。我姓祁，电话１５２０９７４３３８１。",
  name="祁", phone="15209743381", P=pl("门源回族自治县"), kinds=["ecology", "water"],
  ids=[("姓[祁]", "name", "petitioner"), ("１５２０９７４３３８１", "phone", "petitioner")])
C("r15-109", "urgent-lookalike",  # LA: a rumour
  "听说隔壁电池厂的废水里有重金属，村里有人传说喝了井水会得癌，大家都很慌。请你们来化验一下我们的井水。广西壮族自治区钦州市灵山县。",
  P=pl("灵山县"), kinds=["water"])
C("r15-110", "typo",
  "环宝局你们好，我家楼下的KTV每天晚上燥音特别大，一直唱到凌晨三点，打了好多次电话都没人管。辽宁省大连市金州区。",
  P=pl("金州区"), kinds=["noise"], ref=["公安", "城管", "文化旅游", None])
C("r15-111", "urgent-lookalike",  # LA: a crowd that is no conflict
  "小区广场每天晚上几十个阿姨跳广场舞，音箱开得震天响，一直跳到十点，孩子没法写作业。安徽省合肥市蜀山区。",
  P=pl("蜀山区"), kinds=["noise"], ref=SN)
C("r15-112", "plain",
  "反映：万家福超市后门的垃圾站天天堆满了过期食品和菜叶子，臭气熏天，苍蝇老鼠乱窜。地址：云南省大理白族自治州大理市。落款：附近居民 杨文清 15987260413",
  name="杨文清", phone="15987260413", P=pl("大理市"), polluter="万家福超市", kinds=["solid_waste", "air"], ref=CG,
  ids=[("杨文清", "name", "petitioner"), ("15987260413", "phone", "petitioner")])
C("r15-113", "urgent-lookalike",  # LA: a hypothetical
  "我家离加气站只有五十米，万一哪天漏气爆炸怎么办？请你们查一查它的安全距离够不够。浙江省温州市瑞安市。",
  P=pl("瑞安市"), kinds=["other", "air"])
C("r15-114", "long",
  "关于恒昌水泥粉磨站环评批复的意见：我们对县环保局给恒昌水泥粉磨站批的环评有异议，公示期间我们提了意见没人回复，现在要求撤销这个批复。"
  "河北省承德市平泉市 村民代表 高志刚 176 3314 8852",
  name="高志刚", phone="17633148852", P=pl("平泉市"), polluter="恒昌水泥粉磨站", kinds=["air", "noise"], sub=2,
  ids=[("高志刚", "name", "petitioner"), ("176 3314 8852", "phone", "petitioner")])
C("r15-115", "plain",
  "举报市生态环境局执法支队有人每次都提前给乐康化工厂打招呼，厂里一听说检查就把废水停了，检查组一走又接着排。这个事不要让市局知道是我举报的。江西省宜春市。",
  P="江西省/宜春市/-", polluter="乐康化工厂", kinds=["water"], cat="检举控告", conf=True, ref=["纪检监察", None])
C("r15-116", "plain",
  "建议把我们小区的垃圾分类投放点从单元门口挪到小区路边，现在夏天一开门就是垃圾味。北京市丰台区。",
  P=pl("丰台区"), kinds=["solid_waste", "air"], cat="建议意见", ref=CG)
C("r15-117", "urgent-lookalike",  # LA: a past overflow
  "前年冬天我们村那个养殖场的粪池漫过一次，当时处理了，现在一到夏天还是有味，希望能彻底解决。北京市顺义区。",
  P=pl("顺义区"), kinds=["air", "water"])
C("r15-118", "question",
  "天津市宝坻区那个废旧塑料造粒的小作坊一天到晚冒烟，味道冲得很，凭什么一直没人查？",
  P=pl("宝坻区"), kinds=["air"])
C("r15-119", "urgent-lookalike",  # LA: a fire long ago
  "三年前村北的废品收购站着过一把大火，后来老板跑了，现在那里还剩一大片烧焦的废塑料和铁皮，一直没人清理，风一刮到处飞。天津市静海区。",
  P=pl("静海区"), kinds=["solid_waste"])
C("r15-120", "speech",
  "嗯 我 我想 反映 一下 就是 我们 那个 楼下 有个 汽修厂 喷漆 嗯 味道 很大 每天 都 喷 我叫陈立 耳东陈 立正的立 电话 是 一三五 七七零八 二六一三 "
  "北京 大兴 黄村 这边",
  name="陈立", phone="13577082613", P=pl("大兴区"), kinds=["air"],
  ids=[("陈立", "name", "petitioner"), ("耳东陈", "name", "petitioner"), ("立正的立", "name", "petitioner"),
       ("一三五 七七零八 二六一三", "phone", "petitioner")])
C("r15-121", "typo",
  "琢州市松林店镇的一家塑料颗粒厂天天晚上冒黑烟，烧的是废塑料，臭得人睡不着觉。",
  P=pl("涿州市"), kinds=["air"])
C("r15-122", "dialect-chuanyu",  # LA: chronic mild symptoms
  "我是成都郫都区犀浦的，屋后头那个小家具厂喷漆喷得臭烘烘的，一天到黑都是那股味道，熏得脑壳痛。我姓何，电话18380275541。",
  name="何", phone="18380275541", P=pl("郫都区"), kinds=["air"],
  ids=[("犀浦", "address", "petitioner"), ("姓[何]", "name", "petitioner"), ("18380275541", "phone", "petitioner")])
C("r15-123", "wechat",
  "实名举报：苏文斌，身份证 420102 19820115 6312，电话 13545216670。武汉市江岸区后湖那边有个搅拌站晚上十点以后还在出车，粉尘和噪音都很大。",
  name="苏文斌", phone="13545216670", idn="420102198201156312", P=pl("江岸区"), kinds=["air", "noise"],
  ids=[("苏文斌", "name", "petitioner"), ("420102 19820115 6312", "id", "petitioner"),
       ("13545216670", "phone", "petitioner")])
C("r15-124", "dialect-other",
  "介事儿您给管管吧，我们楼后边儿那修车的铺子，天天往下水道里倒废机油，一下雨满胡同都是油花儿，嘛玩意儿！天津市河北区。老街坊 孙国庆",
  name="孙国庆", P=pl("河北区"), kinds=["water", "soil"], ids=[("孙国庆", "name", "petitioner")])
C("r15-125", "dialect-wu",
  "阿拉隔壁饭店个排风机日日夜里响到十二点钟，吵得困不着觉，侬帮帮忙管管伊。上海市徐汇区。",
  P=pl("徐汇区"), kinds=["noise", "air"], ref=CG)
C("r15-126", "dialect-minnan",
  "阮兜后壁彼间石材厂，逐工切石头，声足大，粉尘飞甲规厝内，窗仔攏袂使开。福建省泉州市南安市。",
  P=pl("南安市"), kinds=["noise", "air"])
C("r15-127", "urgent-lookalike",  # LA: a chronic disease
  "我们村这十年得癌症的有二十多个，大家都怀疑跟村边的焦化厂有关系，希望政府组织做个调查。山西省晋中市介休市。",
  P=pl("介休市"), kinds=["air"], aff=A("二十多个", "person", None, 21, 29))
C("r15-128", "question",  # LA: a hypothetical
  "听说隔壁要建一个危险废物处置中心，离我们小区才三百米，万一出点事我们怎么办？请问这个项目选址合不合规？重庆市江津区。",
  P=pl("江津区"), kinds=["solid_waste"])
C("r15-129", "question",
  "请问BlueOcean Seafood水产加工厂每天把腥臭的废水排进海里，海边一股烂鱼味，有没有人管？山东省威海市荣成市。",
  P=pl("荣成市"), polluter="BlueOcean Seafood", kinds=["water"])
C("r15-130", "plain",
  "呼伦贝尔市海拉尔区的草原牧歌乳业有限公司，污水处理站常年超负荷，污水溢流到厂外的洼地里，一片白花花的。",
  P=pl("海拉尔区"), polluter="草原牧歌乳业有限公司", kinds=["water"])
C("r15-131", "urgent-lookalike",  # LA: one dead duck
  "早上在水库边遛弯，看到一只死了的野鸭子，不知道是病死的还是水有问题，心里有点不放心，麻烦你们有空来看看水质。贵州省遵义市湄潭县。",
  P=pl("湄潭县"), kinds=["water", "ecology"])
C("r15-132", "long",
  "尊敬的领导：我家住伊宁市新华东路18号，有三件事反映。1、附近热力站的燃煤锅炉一到冬天就冒黑烟；2、锅炉房的煤灰随便堆在路边，风一吹满街都是；"
  "3、夜里运煤车进进出出，喇叭声吵得人睡不着。盼早日解决。签名：阿依古丽·买买提 电话 13999235541",
  name="阿依古丽·买买提", phone="13999235541", P=pl("伊宁市"), kinds=["air", "solid_waste", "noise"],
  ids=[("新华东路18号", "address", "petitioner"), ("阿依古丽·买买提", "name", "petitioner"),
       ("13999235541", "phone", "petitioner")])
C("r15-133", "plain",
  "拉萨市堆龙德庆区一个砂石料场在拉萨河边上取砂，河边的草地被挖得乱七八糟，到处是深坑。",
  P=pl("堆龙德庆区"), kinds=["ecology"])
C("r15-134", "urgent-lookalike",  # LA: a past incident
  "林芝市巴宜区去年有个温泉酒店的污水往尼洋河排过一次，当时被处理了，我们想问问后来有没有再复查，现在还排不排。",
  P=pl("巴宜区"), kinds=["water"])
C("r15-135", "plain",
  "格尔木市一家盐化企业的尾盐堆在戈壁上越堆越高，大风天白茫茫一片往城里刮。",
  P=pl("格尔木市"), kinds=["solid_waste", "air"])
C("r15-136", "typo",
  "石嘴山市大武口区的工业园区里，每天晚上都有股刺鼻的臭鸡但味，一般到半夜最重，我们住在园区边上的都反应了很多次，一直没有结果。姓冯 13709520183",
  name="冯", phone="13709520183", P=pl("大武口区"), kinds=["air"],
  ids=[("姓[冯]", "name", "petitioner"), ("13709520183", "phone", "petitioner")])
C("r15-137", "plain",
  "嘉峪关市一家钢铁企业的烧结机头烟囱，晚上经常冒红棕色的烟，白天又看不见了，怀疑是晚上偷偷停了脱硝。",
  P="甘肃省/嘉峪关市/-", kinds=["air"])
C("r15-138", "urgent-lookalike",  # LA: a big number alone
  "我们这个片区三万多居民，冬天供暖以后空气就特别差，希望能把小锅炉都拆了集中供热。吉林省四平市铁西区。",
  P=pl("铁西区", "四平市"), kinds=["air"], aff=A("三万多居民", "person", None, 30001, 39999))
C("r15-139", "plain",
  "铁西区一个老小区旁边的钢材加工厂切割钢板的声音从早到晚不停，刺耳得很。",
  P="?铁西区", kinds=["noise"])
C("r15-140", "plain",
  "鸡西市恒山区一个洗煤厂把煤泥水直接排进穆棱河的支流，河水成了黑色。",
  P=pl("恒山区"), kinds=["water"])
C("r15-141", "wechat",
  "青山区那个钢厂附近，每天早上阳台上都能扫出一层黑灰",
  P="?青山区", kinds=["air"])
C("r15-142", "elderly",
  "我是退休教师，眼睛不好，请家里人帮着写的。岳阳市云溪区一家化工企业年年说要搬迁，到现在还没搬，那股气味一点没变。",
  P=pl("云溪区"), kinds=["air"])
C("r15-143", "plain",
  "北海市银海区海边有家海之韵海鲜大排档，把洗海鲜的污水和垃圾直接倒到沙滩上。",
  P=pl("银海区"), polluter="海之韵海鲜大排档", kinds=["solid_waste", "water"], ref=CG)
C("r15-144", "plain",
  "南山区科技园那边有个数据中心的冷却塔，晚上嗡嗡响，整栋楼都能听到。",
  P="?南山区", kinds=["noise"], aff=A("整栋楼", "building", 1, 1, 1))
C("r15-145", "plain",
  "西双版纳傣族自治州勐海县一个茶叶初制所烧柴烘茶，烟灰落满了周围农户的屋顶。",
  P=pl("勐海县"), kinds=["air"])
C("r15-146", "long",
  "情况反映：贵阳市花溪区石板镇的一家汽车拆解厂，拆下来的废机油和废电瓶在厂区院子里随地乱放，地面全是黑油，下雨就顺着厂区的沟流出来。"
  "请依法查处。举报人：吴永刚，身份证号520111198809274018，手机15285107736",
  name="吴永刚", phone="15285107736", idn="520111198809274018", P=pl("花溪区"), kinds=["solid_waste", "soil", "water"],
  ids=[("吴永刚", "name", "petitioner"), ("520111198809274018", "id", "petitioner"),
       ("15285107736", "phone", "petitioner")])
C("r15-147", "plain",
  "景德镇市昌江区的陶瓷厂窑炉一烧就冒黄烟，我们这条街晾的衣服都发黄。",
  P=pl("昌江区"), kinds=["air"])
C("r15-148", "urgent-lookalike",  # LA: a fire that is out
  "上个月我们楼下的电动车充电棚着过一次火，当时就扑灭了，可烧焦的棚子架子到现在还没拆，黑乎乎的一堆，物业说不归他们管。安徽省芜湖市镜湖区。",
  P=pl("镜湖区"), kinds=["solid_waste", "other"])
C("r15-149", "typo",
  "郑洲市中牟县有家养鸡场，鸡粪堆在露天，招了好多苍蝇，一刮风臭到几里外。",
  P=pl("中牟县"), kinds=["air", "solid_waste"])
C("r15-150", "plain",
  "西安长安区郭杜街道一个混凝土搅拌站晚上灯火通明地干活，搅拌机的声音一直响到后半夜。",
  P=pl("长安区", "西安市"), kinds=["noise"])
C("r15-151", "elderly",  # LA: chronic mild symptoms of one person
  "我是个退休工人，住在唐山市路北区，楼下那个小饭馆把炉子改成烧煤的，天天冒烟，我有老慢支，一闻就喘。",
  P=pl("路北区"), kinds=["air"], ref=CG)
C("r15-152", "urgent-lookalike",  # LA: a flare, not a fire
  "淄博市临淄区齐润化工有限公司的火炬一到晚上就烧得通红，还伴着轰轰的响声，我们离得近，看着心里发慌，想问这样正常吗，能不能少烧点。",
  P=pl("临淄区"), polluter="齐润化工有限公司", kinds=["air", "noise"])
C("r15-153", "plain",
  "西湖区有一家印刷厂的废气，闻着像香蕉水，一直飘进我们小区。",
  P="?西湖区", kinds=["air"])
C("r15-154", "typo",
  "夏门市集美区一家电子厂夜间偷排废水，排污口在杏林湾边上，白天看不到。",
  P=pl("集美区"), kinds=["water"])
C("r15-155", "question",
  "铜川市耀州区的水泥厂为什么天天晚上偷偷开窑？满天都是灰，白天环保检查的时候又不开，这合法吗？",
  P=pl("耀州区"), kinds=["air"])

W("cases-people.jsonl")
