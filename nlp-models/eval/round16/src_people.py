"""Round sixteen, non-urgent reports rich in entities (r16-086 to r16-155): polluters in many forms, names, phones,
ID numbers, home addresses, counts, ambiguous and shared county names. LA marks an urgent look-alike."""
from mk import A, C, W
from pl import pl, idn

_n = [85]
LA = []
FUMES = ["城管", None]
BUILD = ["住建", "城管", None]
LIFE = ["公安", "城管", None]


def R(reg, text, la=False, **kw):
    _n[0] += 1
    if la:
        LA.append(_n[0])
    C(f"r16-{_n[0]:03d}", reg, text, **kw)


R("plain", "我叫田志刚，家住江阴市澄江街道锦绣花园12栋。小区北面的华润达纺织印染有限公司每天晚上排放刺鼻的废气，窗户都不敢开。请环保部门查一查。电话：13812764095",
  P=pl("江阴市"), polluter="华润达纺织印染有限公司", kinds=["air"], name="田志刚", phone="13812764095",
  ids=[("田志刚", "name", "petitioner"), ("江阴市澄江街道锦绣花园12栋", "address", "petitioner"), ("13812764095", "phone", "petitioner")])
R("plain", "清徐县孟封镇的永兴石料厂天天放炮开山，粉尘落得满院子都是，庄稼叶子上一层白灰。我是孟封镇东罗村村民，姓郭，手机 159 3518 2260。",
  P=pl("清徐县"), polluter="永兴石料厂", kinds=["air", "ecology"], name="郭", phone="15935182260",
  ids=[("姓[郭]", "name", "petitioner"), ("159 3518 2260", "phone", "petitioner"), ("孟封镇东罗村", "address", "petitioner")])
R("plain", "举报洪洞县大槐树镇一家没有名字的小作坊，老板叫贾二虎，专门熬废机油，味道大得很，晚上偷偷干。我不想留名，请为我保密。",
  P=pl("洪洞县"), kinds=["air"], conf=True, ids=[("贾二虎", "name", "third")])
R("plain", "潞州区英雄中路街道那家川香阁火锅店的油烟管道直接对着我们家卧室，油烟大得很，晚上十二点还在排。联系人：聂女士 18634521907",
  P=pl("潞州区"), polluter="川香阁火锅店", kinds=["air"], ref=FUMES, name="聂", phone="18634521907",
  ids=[("[聂]女士", "name", "petitioner"), ("18634521907", "phone", "petitioner")])
R("plain", "介休市义安镇有个个体户开的废品收购站叫“刘记废品站”，天天在院子里烧电线外皮提铜，黑烟滚滚。已经烧了半年了。",
  P=pl("介休市"), polluter="刘记废品站", kinds=["air", "solid_waste"])
R("plain", "孝义市兑镇镇老王家的猪场就建在河边，猪粪直接冲到河里，夏天臭得不得了，下游的村民都有意见。",
  P=pl("孝义市"), polluter="老王家的猪场", kinds=["water"], ids=[("老[王]", "name", "third")])
R("long", "尊敬的领导：\n您好！我是准格尔旗薛家湾镇的居民，反映两个问题：\n一是我们小区旁边的兴隆洗煤厂，煤泥水沉淀池没有防渗，周边地下水发黑；\n二是运煤车不苫盖，一路撒煤，路上全是煤灰。\n这个情况已经持续两年多了。\n反映人：白玉梅\n2026年11月28日\n电话：15847763281",
  P=pl("准格尔旗"), polluter="兴隆洗煤厂", kinds=["water", "air"], name="白玉梅", phone="15847763281",
  ids=[("白玉梅", "name", "petitioner"), ("15847763281", "phone", "petitioner"), ("准格尔旗薛家湾镇", "address", "petitioner")])
R("plain", "托克托县双河镇工业园区里的金马化工有限责任公司，这几年年年说整改，可排放的气味一点没少，尤其是夜里。我家住双河镇南坪村，电话13904713358，姓名韩建军。",
  P=pl("托克托县"), polluter="金马化工有限责任公司", kinds=["air"], name="韩建军", phone="13904713358",
  ids=[("双河镇南坪村", "address", "petitioner"), ("13904713358", "phone", "petitioner"), ("韩建军", "name", "petitioner")])
R("plain", "松山区穆家营子镇的红星砖厂还在用土窑烧砖，烟囱冒黄烟，地方上说早该关了。我是镇上的村民。",
  P=pl("松山区", "赤峰市"), polluter="红星砖厂", kinds=["air"])
R("plain", "铁西区的一家汽车4S店把洗车废水直接排到路边雨水井，泡沫流得到处都是，已经好几个月了。",
  P="?铁西区", kinds=["water"])
R("plain", "沈阳市铁西区兴华街道有个速洁洗车店，洗车水不经过沉淀直接排进雨水管，冬天路面结冰，行人老摔跤。",
  P=pl("铁西区", "沈阳市"), polluter="速洁洗车店", kinds=["water"])
R("plain", "大连市金州区大孤山街道附近有家海产品加工厂，叫Blue Ocean Seafood Processing，加工废水带着腥臭味排到海里，海边的礁石上全是白沫。",
  P=pl("金州区"), polluter="Blue Ocean Seafood Processing", kinds=["water"])
R("plain", "鲅鱼圈区熊岳镇有个绿源生猪养殖场，存栏好几千头，粪污就堆在露天场地，下雨就流到旁边的苹果园。请派人来看看。联系人：孙丽 电话158-4171-2288",
  P=pl("鲅鱼圈区"), polluter="绿源生猪养殖场", kinds=["water", "soil"], name="孙丽", phone="15841712288",
  ids=[("孙丽", "name", "petitioner"), ("158-4171-2288", "phone", "petitioner")])
R("plain", "梨树县郭家店镇的丰收玉米种植专业合作社用飞机喷农药，不打招呼，我们养的蜂死了一部分，人在地里干活也被喷到了。我叫吴长林，电话 139-4344-0817。",
  la=True, P=pl("梨树县"), polluter="丰收玉米种植专业合作社", kinds=["ecology", "air"], name="吴长林", phone="13943440817",
  ids=[("吴长林", "name", "petitioner"), ("139-4344-0817", "phone", "petitioner")])
R("plain", "延吉市进学街道我们楼下新开了一家KTV，叫“金色年华KTV”，每天半夜两三点还在唱，低音炮震得楼板都响。",
  P=pl("延吉市"), polluter="金色年华KTV", kinds=["noise"], ref=LIFE)
R("plain", "吉林市丰满区江南街道松花江边上有一个工地，建设单位是中恒置业有限公司，晚上十一点以后还在打桩，严重影响附近居民休息。",
  P=pl("丰满区"), polluter="中恒置业有限公司", kinds=["noise"], ref=BUILD)
R("plain", "前郭县长山镇的化工园区有一个企业叫吉盛石化，排放的废气有一股臭鸡蛋味，风一吹整个镇子都能闻到，已经好几年了。",
  la=True, P=pl("前郭尔罗斯蒙古族自治县"), polluter="吉盛石化", kinds=["air"], aff=A("整个镇子", "town", 1, 1, 1))
R("plain", "北京市昌平区南口地区有一个混凝土搅拌站，叫恒通混凝土搅拌站，二十四小时生产，运输车半夜进出，噪音加扬尘。联系人张海燕（业主），电话13701126684，家住南口地区南口花园小区。",
  P=pl("昌平区"), polluter="恒通混凝土搅拌站", kinds=["noise", "air"], name="张海燕", phone="13701126684",
  ids=[("张海燕", "name", "petitioner"), ("13701126684", "phone", "petitioner"), ("南口地区南口花园小区", "address", "petitioner")])
R("plain", "北京朝阳区的一个小区里，楼下烤串店的油烟直冲我家窗户，找物业也没用，请转相关部门处理。",
  P=pl("朝阳区", "北京市"), kinds=["air"], ref=FUMES)
R("plain", "朝阳区双龙路上的一个小铸造厂晚上偷偷开工，烟尘很大，麻烦查一下。",
  P="?朝阳区", kinds=["air"])
R("plain", "房山区城关街道我们村旁边有个沙场，叫河东沙场，挖沙挖到河道里去了，河床都被挖成了大坑，采砂船天天开。",
  P=pl("房山区"), polluter="河东沙场", kinds=["ecology"], ref=["水利", "自然资源", None])
R("plain", "天津市武清区杨村街道有一家美家家具厂，在露天喷漆，油漆味很重，我们小区几百户都能闻到。请尽快处理。杜先生 132 0222 6417",
  la=True, P=pl("武清区"), polluter="美家家具厂", kinds=["air"], name="杜", phone="13202226417",
  aff=A("几百户", "household", None, 200, 999),
  ids=[("[杜]先生", "name", "petitioner"), ("132 0222 6417", "phone", "petitioner")])
R("plain", "蓟州区渔阳镇的福满园食品加工厂，污水站的气味一年四季都有，周围几个小区的居民都在投诉。",
  P=pl("蓟州区"), polluter="福满园食品加工厂", kinds=["air", "water"], aff=A("几个小区", "community", None, 2, 9))
R("plain", "藁城区廉州镇的一个塑料颗粒作坊，名字叫顺发塑料颗粒作坊，用废旧塑料造粒，味道刺鼻，污水往地里渗。",
  P=pl("藁城区"), polluter="顺发塑料颗粒作坊", kinds=["air", "soil"])
R("plain", "迁安市夏官营镇的宏远钢铁集团，高炉出铁的时候黄烟很大，我们村就在厂子下风向。我是夏官营镇李庄村的村民马春生，身份证" + idn("13028319700521301") + "，手机13930571126。",
  P=pl("迁安市"), polluter="宏远钢铁集团", kinds=["air"], name="马春生", phone="13930571126", idn=idn("13028319700521301"),
  ids=[("马春生", "name", "petitioner"), (idn("13028319700521301"), "id", "petitioner"), ("13930571126", "phone", "petitioner"), ("夏官营镇李庄村", "address", "petitioner")])
R("plain", "武安市午汲镇的焦化厂周边，我们村有二十几个人得了肺病，大家都怀疑跟厂子有关，希望环保部门做个调查。",
  la=True, P=pl("武安市"), kinds=["air"], aff=A("二十几个人", "person", None, 21, 29))
R("plain", "举报：任丘市西环路街道一家叫“大口九”的烧烤店，天天在店门口露天烧烤，烟熏得整条街都是。",
  P=pl("任丘市"), polluter="大口九", kinds=["air"], ref=FUMES)
R("plain", "昆山市周市镇有一家外资企业，英文名叫Sunway Electronics (Suzhou) Co., Ltd.，晚上排放的废气有很重的溶剂味。我是隔壁小区的业主陈思远，电话17751236608。",
  P=pl("昆山市"), polluter="Sunway Electronics (Suzhou) Co., Ltd.", kinds=["air"], name="陈思远", phone="17751236608",
  ids=[("陈思远", "name", "petitioner"), ("17751236608", "phone", "petitioner")])
R("plain", "我家在大丰区草堰镇，我们村里有个康发屠宰场，血水直接排进村里的河沟，河沟黑臭，苍蝇成群。",
  P=pl("大丰区"), polluter="康发屠宰场", kinds=["water"], ids=[("大丰区草堰镇", "address", "petitioner")])
R("plain", "如东县洋口镇的化工园区，有几家企业晚上排放异味，我们附近三个村的村民都受影响，已经反映过好多次。",
  la=True, P=pl("如东县"), kinds=["air"], aff=A("三个村", "village", 3, 3, 3))
R("plain", "萧山区新塘街道靠近我们小区的一家印染厂，名叫宏达印染有限公司，废水颜色是紫的，排进旁边的河里。我住新塘街道东方花园，姓俞，电话 189 5712 0036。",
  P=pl("萧山区"), polluter="宏达印染有限公司", kinds=["water"], name="俞", phone="18957120036",
  ids=[("新塘街道东方花园", "address", "petitioner"), ("姓[俞]", "name", "petitioner"), ("189 5712 0036", "phone", "petitioner")])
R("plain", "温岭市泽国镇的一个个体户在家里开了个电镀作坊，老板叫林阿土，废水倒进屋后的河里，河水都变绿了。",
  P=pl("温岭市"), kinds=["water"], ids=[("林阿土", "name", "third")])
R("plain", "瑞安市上望街道有一家做鞋底的企业，叫瑞丰鞋材厂，胶水味很大，工人说车间里都熏得睁不开眼。我不是工人，是对面住的。",
  P=pl("瑞安市"), polluter="瑞丰鞋材厂", kinds=["air"])
R("plain", "海宁市许村镇的经编企业太多了，晚上机器声很响，我们村离厂子只有几十米，每天都睡不好。",
  P=pl("海宁市"), kinds=["noise"])
R("plain", "桐城市孔城镇老街附近有个养鸡场，是刘二家的养鸡场，鸡粪堆在路边发臭，招苍蝇。",
  P=pl("桐城市"), polluter="刘二家的养鸡场", kinds=["air", "solid_waste"], ids=[("刘二", "name", "third")])
R("plain", "当涂县黄池镇的螃蟹养殖户用药清塘，把塘里的水直接放到河里，河里的鱼死了几条。",
  la=True, P=pl("当涂县"), kinds=["water"])
R("plain", "芜湖市繁昌区荻港镇的水泥厂，名字我说不上来，厂边粉尘很大，家里晾的衣服都是灰。",
  P=pl("繁昌区"), kinds=["air"])
R("plain", "长乐区漳港街道的一家纺织厂，福州恒宇纺织有限公司，锅炉烧的是生物质颗粒，但经常掺着烧垃圾，烟是黑的。我是附近的居民，叫郑美玲，电话 135 9931 4472。",
  P=pl("长乐区"), polluter="福州恒宇纺织有限公司", kinds=["air"], name="郑美玲", phone="13599314472",
  ids=[("郑美玲", "name", "petitioner"), ("135 9931 4472", "phone", "petitioner")])
R("plain", "仙游县榜头镇的木雕家具厂很多，打磨粉尘和油漆味很大，我们家孩子常年咳嗽、鼻炎。",
  la=True, P=pl("仙游县"), kinds=["air"])
R("plain", "新建区长堎街道有个物流园，叫通达物流园，大货车整夜进出，喇叭按个不停，路上灰尘也多。",
  P=pl("新建区"), polluter="通达物流园", kinds=["noise", "air"], ref=["公安", "交通运输", None])
R("plain", "南昌市西湖区的一个小区门口新开了一家洗衣店，干洗剂的味道很刺鼻，请查一下有没有环评。",
  P=pl("西湖区", "南昌市"), kinds=["air"])
R("plain", "西湖区的餐馆油烟太大了，我们整栋楼都被熏，谁来管管？",
  P="?西湖区", kinds=["air"], ref=FUMES, aff=A("整栋楼", "building", 1, 1, 1))
R("plain", "湖口县马影镇的金砂湾工业园里，一家叫江西金泰新材料有限公司的企业排放的废水呈黄色，流进鄱阳湖的支流。我是马影镇湖东村居民余志强，电话：13979267701。",
  P=pl("湖口县"), polluter="江西金泰新材料有限公司", kinds=["water"], name="余志强", phone="13979267701",
  ids=[("余志强", "name", "petitioner"), ("13979267701", "phone", "petitioner"), ("马影镇湖东村", "address", "petitioner")])
R("plain", "樟树市临江镇的盐化工企业附近，土地盐碱化越来越严重，种的菜都长不起来，希望查一查是不是卤水渗漏。",
  P=pl("樟树市"), kinds=["soil"])
R("plain", "章丘区明水街道有个做铝型材的厂，院子里堆着好多铝灰，没有遮盖，一刮风就满天飞。",
  P=pl("章丘区"), kinds=["solid_waste", "air"])
R("plain", "寿光市化龙镇的蔬菜大棚用过的农药瓶、棚膜都扔在沟里，没人收。这不是哪一家的事，整个镇都这样。",
  la=True, P=pl("寿光市"), kinds=["solid_waste"], aff=A("整个镇", "town", 1, 1, 1))
R("plain", "济南市市中区的一个小区里，底商饭店的空调外机和排风扇噪音很大，晚上睡不着觉。",
  P=pl("市中区", "济南市"), kinds=["noise"], ref=LIFE)
R("plain", "市中区一家汽修厂天天喷漆，味道呛人，希望环保局去查一查。",
  P="?市中区", kinds=["air"])
R("plain", "中牟县官渡镇有个砂石料厂，名字叫鑫源砂石，破碎机一开粉尘漫天，附近的麦子叶子都是白的。联系电话：一三八零三七一六二五九，我姓常。",
  P=pl("中牟县"), polluter="鑫源砂石", kinds=["air"], name="常", phone="13803716259",
  ids=[("一三八零三七一六二五九", "phone", "petitioner"), ("姓[常]", "name", "petitioner")])
R("plain", "辉县市百泉镇的一个石灰窑，叫百泉石灰厂，烟囱没有任何处理，周边的山上都是白的。",
  P=pl("辉县市"), polluter="百泉石灰厂", kinds=["air"])
R("plain", "枣阳市琚湾镇的一家造纸厂，厂长叫何建国，他家厂子的废水一到晚上就直排。我是附近的村民，不方便透露姓名。",
  P=pl("枣阳市"), kinds=["water"], conf=True, ids=[("何建国", "name", "third")])
R("plain", "望城区丁字湾街道的一家沥青搅拌站，叫路友沥青搅拌站，每天冒的烟有一股焦油味，离小学只有五百米。",
  la=True, P=pl("望城区"), polluter="路友沥青搅拌站", kinds=["air"])
R("plain", "资兴市东江街道东江湖边有一家农家乐，叫“湖畔人家”，厨房污水直接排入东江湖，东江湖可是饮用水源保护区。",
  P=pl("资兴市"), polluter="湖畔人家", kinds=["water"])
R("plain", "广州市白云区的一个城中村里，有很多制衣厂的布碎被随意丢弃，堆成了小山。",
  P=pl("白云区", "广州市"), kinds=["solid_waste"], ref=["城管", None])
R("plain", "白云区有家铝厂夜里排废气，眼睛都被熏得难受，请你们查查。",
  P="?白云区", kinds=["air"])
R("plain", "深圳市宝安区沙井街道的一家线路板厂，叫鸿运电路板有限公司，有一根暗管通到河里，周末晚上排。我手上有视频。请对我的身份保密。",
  P=pl("宝安区"), polluter="鸿运电路板有限公司", kinds=["water"], conf=True)
R("plain", "东莞市长安镇有一家五金厂，叫东莞市利丰五金制品有限公司，抛光粉尘从排风口直接排出来，整条街都是灰。我叫黎伟强，电话136-2290-5871。",
  P="广东省/东莞市/-", polluter="东莞市利丰五金制品有限公司", kinds=["air"], name="黎伟强", phone="13622905871",
  ids=[("黎伟强", "name", "petitioner"), ("136-2290-5871", "phone", "petitioner")])
R("plain", "中山市小榄镇的一家灯饰厂，喷漆房的废气没有任何处理设施，附近几栋楼的居民都闻得到。",
  P="广东省/中山市/-", kinds=["air"], aff=A("几栋楼", "building", None, 2, 9))
R("plain", "北流市民安镇有个陶瓷厂叫兴业陶瓷，窑炉烧的是煤，烟囱冒黑烟。我是民安镇石窝村村民刘桂芳，手机号18977561203。",
  P=pl("北流市"), polluter="兴业陶瓷", kinds=["air"], name="刘桂芳", phone="18977561203",
  ids=[("刘桂芳", "name", "petitioner"), ("18977561203", "phone", "petitioner"), ("民安镇石窝村", "address", "petitioner")])
R("plain", "平果市果化镇的铝土矿开采区，复垦做得很差，山上大片裸露，下雨泥沙冲进农田。",
  P=pl("平果市"), kinds=["ecology", "soil"], ref=["自然资源", None])
R("plain", "海口市龙华区的一个工地，施工单位是谁我不清楚，晚上打灯施工到凌晨，噪音吵得睡不着。",
  P=pl("龙华区", "海口市"), kinds=["noise"], ref=BUILD)
R("plain", "琼海市博鳌镇的一家酒店，叫蓝海湾度假酒店，生活污水直排到海里，海边的沙滩上都是黑水沟。",
  P=pl("琼海市"), polluter="蓝海湾度假酒店", kinds=["water"])
R("plain", "江津区双福街道的一家汽车配件厂，厂名叫双福汽配，喷涂车间的废气很大。我家住双福街道福星小区，电话15923817740，唐女士。",
  P=pl("江津区"), polluter="双福汽配", kinds=["air"], name="唐", phone="15923817740",
  ids=[("双福街道福星小区", "address", "petitioner"), ("15923817740", "phone", "petitioner"), ("[唐]女士", "name", "petitioner")])
R("plain", "宁波市江北区的一家小型化工企业，我不知道名字，晚上排放的废气有一股酸味。",
  P=pl("江北区", "宁波市"), kinds=["air"])
R("plain", "江北区观音桥那边的商业街，晚上的音响声太大，一直闹到半夜。",
  P=pl("江北区", "重庆市"), kinds=["noise"], ref=LIFE)
R("plain", "什邡市马井镇的磷化工企业周边，磷石膏堆场越堆越高，下雨的时候渗滤液流到河里。我叫蒋晓燕，电话+8613981045523。",
  P=pl("什邡市"), kinds=["solid_waste", "water"], name="蒋晓燕", phone="13981045523",
  ids=[("蒋晓燕", "name", "petitioner"), ("+86[13981045523]", "phone", "petitioner")])
R("plain", "南充市顺庆区西城街道的一家医院，叫仁爱医院，医疗废物暂存间没有标识，转运也不及时，有时候一个多星期才拉走一次，不知道合不合规定。",
  P=pl("顺庆区"), polluter="仁爱医院", kinds=["solid_waste"])
R("plain", "五通桥区牛华镇的盐卤化工企业多，空气里经常有一股氯气味，老人孩子咽喉发痒。",
  la=True, P=pl("五通桥区"), kinds=["air"])
R("plain", "花溪区青岩镇附近有个采石场，叫青岩采石场，每天放炮，房子的墙都震裂了。我家住青岩镇龙井村，姓罗，电话13985067724。",
  P=pl("花溪区"), polluter="青岩采石场", kinds=["noise", "ecology"], name="罗", phone="13985067724",
  ids=[("青岩镇龙井村", "address", "petitioner"), ("姓[罗]", "name", "petitioner"), ("13985067724", "phone", "petitioner")])
R("plain", "仁怀市茅台镇周边的小酒厂太多，酒糟乱倒在赤水河边，发酸发臭。",
  P=pl("仁怀市"), kinds=["solid_waste", "water"])
R("plain", "个旧市鸡街镇有个选矿厂，尾矿渣直接倒在山沟里，下游的水渠是红色的，不过这个情况已经很多年了，现在稍微好一点。",
  la=True, P=pl("个旧市"), kinds=["solid_waste", "water"])
R("plain", "澄江市右所镇抚仙湖边上有人在违规建房，开挖山体，泥土往湖里冲。",
  P=pl("澄江市"), kinds=["ecology", "water"], ref=["自然资源", None])
R("plain", "拉萨市城关区的一个小区里，楼下餐馆的油烟和噪音扰民。我叫次仁卓玛，电话13989001247。",
  P=pl("城关区", "拉萨市"), kinds=["air", "noise"], ref=FUMES, name="次仁卓玛", phone="13989001247",
  ids=[("次仁卓玛", "name", "petitioner"), ("13989001247", "phone", "petitioner")])
R("plain", "城关区一个锅炉房今年冬天烧的煤不好，烟很大，我们小区都能闻到煤烟味。",
  P="?城关区", kinds=["air"])
R("plain", "兴平市马嵬街道的一家化肥厂，叫兴化化肥厂，氨味很重，我们小区的人都在家里关窗。请转交相关部门处理，谢谢。——马嵬街道团结社区居民 王丽娟",
  P=pl("兴平市"), polluter="兴化化肥厂", kinds=["air"], name="王丽娟", ids=[("王丽娟", "name", "petitioner"), ("马嵬街道团结社区", "address", "petitioner")])

assert _n[0] == 160, _n[0]
print("look-alikes", len(LA), LA)
W("cases-people.jsonl")
