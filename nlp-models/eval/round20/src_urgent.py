"""Round twenty: every urgent report, r20-001..085 (001-046 a danger to life, 047-085 urgent without it)."""
from mk import C, A, W, ID, Q, town

L = []
POL = ["公安", None]


def c(reg, text, place, kinds, **kw):
    L.append(C("r20-%03d" % (1 + len(L)), reg, text, place=place, kinds=kinds, urg=True, **kw))


town("唐山市/丰南区", "黄各庄镇")
town("株洲市/渌口区", "南洲镇")

# ---- danger to life (001-046)
c("plain", "临淄区的淄博鑫瑞化工有限公司刚才发生爆炸，车间房顶都掀了，有三个工人被抬出来，满身是血。我是附近村民吴德顺，电话15806327741。",
  "淄博市/临淄区", ["air"], pol="淄博鑫瑞化工有限公司", life=True, aff=A("三个工人", "person", 3),
  ids=["n:吴德顺", "p:15806327741"])
c("urgent", "泉港区南埔镇那边一个储罐着火了，黑烟滚滚，罐区旁边还有值班的人没出来，快叫消防！",
  "泉州市/泉港区", ["air"], life=True)
c("english", "Explosion at the Hengtai Precision Metal plant in Kunshan, Jiangsu, about twenty minutes ago. Windows in our street are broken and two men from the plant are lying on the pavement, not moving. Daniel Brooks, 13862047719",
  "苏州市/昆山市", ["air"], pol="Hengtai Precision Metal", life=True, en=True,
  aff=A("two men", "person", 2), ids=["n:Daniel Brooks", "p:13862047719"])
c("dialect-yue", "喂，我哋南海狮山镇嗰间做油漆嘅厂着咗火啊，烟好大，有几个工人仲喺入面出唔到嚟，快啲嚟啊！我姓麦，电话13928374650。",
  "佛山市/南海区", ["air"], life=True, aff=A("几个工人", "person", None, 2, 9),
  ids=["n:姓[麦]", "p:13928374650"])
c("speech", "喂 我跟你说 我们村口那个 嗯 叫宏达的化工厂 刚才一股黄烟飘过来 我家老头子 闻了就倒地上了 叫不醒 献县的 我叫张桂芝 弓长张 电话幺三九 零三一七 二二八五",
  "沧州市/献县", ["air"], pol="宏达", life=True,
  ids=["n:张桂芝", "n:弓长张", "p:幺三九 零三一七 二二八五"])
c("elderly", "同志你好，我今年七十三了，不会打字，孙子帮我写的。今天早上村东头的晋丰焦化厂不知道放了啥气，臭鸡蛋味，我老伴出去倒水就晕倒了，邻居家娃也吐了，求求你们快来。我们是云州区的。郝玉兰",
  "大同市/云州区", ["air"], pol="晋丰焦化厂", life=True, ids=["n:郝玉兰"])
c("wechat", "【紧急】金山卫镇那边化工区刚刚爆炸了！！窗户玻璃都震碎了，楼下有人被玻璃划伤在流血😭快派人来",
  "上海市/金山区", ["air"], life=True)
c("typo", "六合区的化公园区那边一个厂房着伙了，烟全往我们小曲飘，好几个老人喘不上气送医院了，环宝局快来人",
  "南京市/六合区", ["air"], life=True, aff=A("好几个老人", "person", None, 3, 9))
c("question", "望城区铜官那个叫湘达的陶瓷釉料厂冒出来的气是不是有毒啊？我儿子闻了以后一直抽筋，现在在去医院的路上，你们能不能马上去查？",
  "长沙市/望城区", ["air"], pol="湘达", life=True)
c("dialect-dongbei", "俺们呼兰这屯子边上那破皮革厂天天往河里排黑水，找了八百回没人管，俺哥今儿个拎着汽油桶上厂子门口去了，说再不管就点了跟他们同归于尽，你们赶紧的吧！",
  "哈尔滨市/呼兰区", ["water"], life=True, ref=POL)
c("english", "Gas leak in our apartment building in Daxing, Beijing. The smell comes from the dry cleaner on the ground floor, \"Snow White Laundry\". My neighbour collapsed in the stairwell and we called 120. Emma Wilson, 13661029384",
  "北京市/大兴区", ["air"], pol="Snow White Laundry", life=True, en=True, ids=["n:Emma Wilson", "p:13661029384"])
c("urgent", "惠农区的宁北电石厂电石炉喷料了，火星子溅到旁边仓库，现在仓库也烧起来了，里面好像还有人。",
  "石嘴山市/惠农区", ["air"], pol="宁北电石厂", life=True)
c("long", "尊敬的县生态环境局领导：\n我反映三件事。一、今天中午村里的井水突然变黄发臭，三个孩子喝了以后上吐下泻，已经送到县医院。井边上就是株洲市振华化工有限公司的排污沟。二、这个厂晚上机器响到半夜。三、厂门口堆的废渣下雨就往田里流。\n我住在渌口区南洲镇杨柳村七组。\n落款：彭建国\n2026年12月6日",
  "株洲市/渌口区", ["water", "solid_waste"], pol="株洲市振华化工有限公司", life=True, aff=A("三个孩子", "person", 3),
  ids=["a:渌口区南洲镇杨柳村七组", "n:彭建国"])
c("dialect-chuanyu", "我们长寿区晏家那边那个化工厂又在漏氨气哦，臭得遭不住，我妈闻了脑壳晕，倒在地上了，喊了120，你们快点来看一哈嘛！我姓向，电话18996025371。",
  "重庆市/长寿区", ["air"], life=True, ids=["n:姓[向]", "p:18996025371"])
c("wechat", "救命啊 宝安区沙井这边的电镀厂着火了 浓烟把整栋宿舍楼都包住了 好多人在楼顶等救援",
  "深圳市/宝安区", ["air"], life=True, aff=A("整栋宿舍楼", "building", 1))
c("elderly", "我们老两口都快八十了，住在龙潭区。今天早上闻到一股怪味，是江对面那个化肥厂飘过来的，老伴站都站不住，吐了两回，我也心慌气短，孩子不在家，求你们帮帮忙。",
  "吉林市/龙潭区", ["air"], life=True)
c("plain", "颍上县那个鑫泰造纸厂把我家鱼塘毁了，赔偿一直不给，我今天就带着农药去他们老板办公室，不给说法我就当场喝了。",
  "阜阳市/颍上县", ["water"], pol="鑫泰造纸厂", life=True, ref=POL)
c("plain", "沈丘县刘庄店镇四五十个村民跟旺丰牧业的人在猪场门口对峙，两边手里都拿着铁锹棍子，马上要打起来了，这个猪场臭了一年没人管。",
  "周口市/沈丘县", ["air"], pol="旺丰牧业", life=True, ref=POL, aff=A("四五十个村民", "person", None, 40, 50))
c("mixed", "紧急！黄埔区云埔街道一家做 lithium battery 的厂 fire 了，黑烟很大，我 colleague 吸了烟现在昏迷，已经打了120。公司叫 Volta Power，在开发大道旁边。我是黄启明 Kevin，13711920483",
  "广州市/黄埔区", ["air"], pol="Volta Power", life=True,
  ids=["n:黄启明", "n:Kevin", "p:13711920483"])
c("speech", "喂 那个 安宁那个 嗯 磷化工厂 黄磷着火了 烟是白的 好呛 我们村好多人咳得不行 有个老人晕过去了 你们赶紧 赶紧来",
  "昆明市/安宁市", ["air"], life=True)
c("urgent", "湖口县金砂湾工业园区的九江华瑞新材料有限公司反应釜冲料，一股刺鼻的黄烟往村里飘，两个老人已经晕倒送医院了。",
  "九江市/湖口县", ["air"], pol="九江华瑞新材料有限公司", life=True, aff=A("两个老人", "person", 2))
c("typo", "柳江区那个化肥场漏了液安，味道冲得人睁不开眼，我隔壁阿婆昏倒了，快来人",
  "柳州市/柳江区", ["air"], life=True)
c("english", "Fire and explosions at a warehouse in the port area of Binhai New Area, Tianjin. I hear a blast every few minutes and black smoke is over our compound. People on my street are running. Sofia Martins, +86 139 2031 4587",
  "天津市/滨海新区", ["air"], life=True, en=True, ids=["n:Sofia Martins", "p:+86 [139 2031 4587]"])
c("question", "猇亭区那个做农药的厂子刚才是不是爆炸了？轰的一声我家窗户都碎了，楼下好像有人受伤躺着，怎么还没人来？",
  "宜昌市/猇亭区", ["air"], life=True)
c("dialect-wu", "伲吴江盛泽镇搿爿印染厂烟囱里向冒出来个烟老呛个，隔壁阿婆吸仔两口就昏过去哉，救护车刚刚拉走，倷快点派人来看看。厂叫恒丰印染。",
  "苏州市/吴江区", ["air"], pol="恒丰印染", life=True)
c("dialect-minnan", "阮海沧遮爿化工厂今仔日漏气，味真臭，阮阿母鼻着头殼晕，倒落去矣，已经叫救护车矣。",
  "厦门市/海沧区", ["air"], life=True)
c("urgent", "洪洞县那个焦化厂天天冒黑烟，我们村的人受不了了，有人说今晚要去把厂子点了，里面还有值班的工人，你们快来管管，别出人命。",
  "临汾市/洪洞县", ["air"], life=True, ref=POL)
c("urgent", "达拉特旗的鄂尔多斯市联煌煤化工有限公司气化炉出事了，天上全是黑烟，厂里跑出来的工人说有人被埋在里面，周边村子的人都往外跑。",
  "鄂尔多斯市/达拉特旗", ["air"], pol="鄂尔多斯市联煌煤化工有限公司", life=True)
c("plain", "让胡路区西边一个采油站着火了，火苗子一人多高，听说里头有个看站的师傅没出来。我叫孙凤霞，电话13936821470。",
  "大庆市/让胡路区", ["air"], life=True, ids=["n:孙凤霞", "p:13936821470"])
c("wechat", "柯桥滨海那边一家印染厂的污水池，两个工人下去清淤到现在没上来，上面的人说闻到硫化氢了😱",
  "绍兴市/柯桥区", ["water", "air"], life=True, aff=A("两个工人", "person", 2))
c("elderly", "我是蒲城县的一个退休教师，今年七十一岁。今天下午秦晖化肥厂方向传来两声巨响，我家玻璃全碎了，街上有人头上流血。\n落款：退休教师 雷振邦",
  "渭南市/蒲城县", ["air"], pol="秦晖化肥厂", life=True, ids=["n:雷振邦"])
c("english", "There is a strong chlorine smell from the water treatment station next to our school in Xindu, Chengdu. Three kids in my class threw up and one fainted; the ambulance just left. Laura Chen, teacher",
  "成都市/新都区", ["air"], life=True, en=True, aff=A("Three kids", "person", 3), ids=["n:Laura Chen"])
c("urgent", "福泉市马场坪那个磷化工厂储罐破了，黄磷一见空气就烧起来，整个镇子都是白烟，镇上的人都在往外跑。",
  "黔南布依族苗族自治州/福泉市", ["air"], life=True, aff=A("整个镇子", "town", 1))
c("plain", "西固区的陇原石化储运公司一根输油管线爆了，油喷得到处是，还起了火，旁边就是居民楼。举报人 马学军 电话 0931-7563218",
  "兰州市/西固区", ["air", "water", "soil"], pol="陇原石化储运公司", life=True,
  ids=["n:马学军", "p:0931-7563218"])
c("urgent", "湟中区多巴镇的青原铁合金厂电炉爆炸了，几个炉前工被烫伤，救护车还没到。",
  "西宁市/湟中区", ["air"], pol="青原铁合金厂", life=True, aff=A("几个炉前工", "person", None, 2, 9))
c("urgent", "石河子市北工业园区的绿洲化纤厂着大火了，风往西刮，二十几户人家在下风口，有个老人吸了烟被送医了。",
  "石河子市", ["air"], pol="绿洲化纤厂", life=True, aff=A("二十几户", "household", None, 21, 29))
c("plain", "堆龙德庆区一个加油站漏油着火了，旁边就是我们的甜茶馆，好多人在里面喝茶，火快烧过来了！我是扎西次仁，电话13989012457",
  "拉萨市/堆龙德庆区", ["air"], life=True, ids=["n:扎西次仁", "p:13989012457"])
c("urgent", "儋州洋浦那边的化工码头管道破了，冒白色的气，我们渔船上的两个兄弟闻了就晕了。",
  "儋州市", ["air"], life=True, aff=A("两个兄弟", "person", 2))
c("speech", "营口鲅鱼圈 钢厂那边 煤气 泄漏了 我们小区 好几个人 头晕 呕吐 有一个 已经昏迷了 快 快派人",
  "营口市/鲅鱼圈区", ["air"], life=True, aff=A("好几个人", "person", None, 3, 9))
c("plain", "寿光市羊口镇的寿光润溴化工有限公司溴素罐子漏了，红棕色的烟一大片，我爸在地里干活吸了几口，现在喘不上来，已经送医院。我叫郑晓东 15963478201",
  "潍坊市/寿光市", ["air"], pol="寿光润溴化工有限公司", life=True, ids=["n:郑晓东", "p:15963478201"])
c("urgent", "灌云县临港产业区一家化工厂刚才闪爆，两名工人被烧伤，黑烟往圩丰镇方向飘。",
  "连云港市/灌云县", ["air"], life=True, aff=A("两名工人", "person", 2))
c("plain", "丰南区的钢厂高炉煤气管道漏了，我们村离得近，我老婆孩子都头痛恶心，孩子刚才还晕了一下。我叫刘振海，住在丰南区黄各庄镇前营村，电话13785076412。",
  "唐山市/丰南区", ["air"], life=True,
  ids=["n:刘振海", "a:丰南区黄各庄镇前营村", "p:13785076412"])
c("plain", "我是福鼎市永盛电镀有限公司的员工，老板偷排废水被查了，就不给我们发工资，现在我的一个工友站在厂房楼顶说要跳下去，你们快来！",
  "宁德市/福鼎市", ["water", "other"], pol="福鼎市永盛电镀有限公司", life=True, ref=["公安", "人社", None], sub=None)
c("urgent", "义安区的铜冶炼厂硫酸罐泄漏，酸雾飘到了旁边的小学，学生们咳嗽流泪，有几个晕倒被送去医院了。",
  "铜陵市/义安区", ["air"], life=True, aff=A("几个", "person", None, 2, 9))
c("dialect-yue", "茂南区石化工业区嗰个储罐着火，火苗窜到好高，消防车仲未到，我屋企就喺对面，阿妈吓到晕咗。",
  "茂名市/茂南区", ["air"], life=True)
c("urgent", "绿园区一个小区地下室的废品站着火了，浓烟往楼上窜，楼上还有老人被困。这个废品站大家都叫牛老三废品站。",
  "长春市/绿园区", ["air"], pol="牛老三废品站", life=True)

# ---- urgent without danger to life (047-085)
c("plain", "兴化市戴南镇的河里鱼全翻白了，上游就是戴南恒通不锈钢酸洗厂，这几天晚上一直往河里放水。",
  "泰州市/兴化市", ["water"], pol="戴南恒通不锈钢酸洗厂")
c("plain", "潜江市浩口镇的自来水今天一放出来就是一股农药味，全镇都在喝这个水。",
  "潜江市", ["water"], aff=A("全镇", "town", 1))
c("urgent", "仁怀市一家酒厂的酒糟废水漏到赤水河里了，河面一片白沫，下游不远就是取水口。",
  "遵义市/仁怀市", ["water"])
c("plain", "临海市杜桥镇的医化园区臭味太重，现在三个村三百多个村民堵在园区门口，不让车进出。",
  "台州市/临海市", ["air"], aff=A("三百多个村民", "person", None, 301, 399))
c("urgent", "获嘉县一个村小学后面的沟里被人倒了几十个废油漆桶，还往外渗，孩子们下课就在那边玩。",
  "新乡市/获嘉县", ["solid_waste"])
c("english", "Dead fish everywhere along the river mouth near our hotel in Tianya District, Sanya. Thousands of them are floating and the water smells of diesel. Mark Jensen, a guest",
  "三亚市/天涯区", ["water"], en=True, ids=["n:Mark Jensen"])
c("urgent", "南丹县的一座选矿厂尾矿库渗漏，黄水流进了刁江，下游的村子就喝这条江的水。",
  "河池市/南丹县", ["water"])
c("plain", "九原区我家羊圈里一晚上死了四十多只羊，旁边稀土厂的尾矿水漫过来了。我叫其木格，电话15147280316。",
  "包头市/九原区", ["water", "solid_waste"], ids=["n:其木格", "p:15147280316"])
c("plain", "任泽区一所中学旁边的宏远橡胶今天在烧胶，学生在教室里都闻得到，好多学生嗓子疼眼睛红，老师让大家捂着鼻子上课。",
  "邢台市/任泽区", ["air"], pol="宏远橡胶")
c("wechat", "涪陵长江边上 一艘船漏油了 江面一大片油花 下游就是水厂取水口😭😭",
  "重庆市/涪陵区", ["water"])
c("plain", "泽州县我们村的井水今天变黑了，有一股煤味，是附近的金盛洗煤厂排水渗下去了。全村五百多口人都吃这口井。",
  "晋城市/泽州县", ["water"], pol="金盛洗煤厂", aff=A("五百多口人", "person", None, 501, 599))
c("dialect-dongbei", "开原俺们屯儿的鸭子一早上死了老鼻子了，得有二百来只，旁边那小造纸厂往河套里放黑水，你们快来瞅瞅。",
  "铁岭市/开原市", ["water"])
c("typo", "肥西县桃花镇的小河里死鱼漂了一大片，白花花的，附近化工厂晚上偷排废水，环宝局赶紧派人来取洋。我是附近居民，手机159 5513 6204，姓葛",
  "合肥市/肥西县", ["water"], ids=["p:159 5513 6204", "n:姓[葛]"])
c("plain", "云溪区的化工园区又在排臭气，明天上午两个村的村民准备集体去区政府上访，大概一百来人。",
  "岳阳市/云溪区", ["air"], aff=A("一百来人", "person", 100, approx=True))
c("english", "Someone dumped about thirty rusty drums with skull signs next to the playground of our compound in Pudong, Shanghai. Some are leaking a green liquid and children play there every afternoon. Hannah Becker, 13816472093",
  "上海市/浦东新区", ["solid_waste"], en=True, ids=["n:Hannah Becker", "p:13816472093"])
c("urgent", "个旧市一家冶炼厂的废水管道爆了，水流进了旁边的鱼塘和稻田，鱼塘里的鱼全死了。",
  "红河哈尼族彝族自治州/个旧市", ["water"])
c("question", "什邡市那个磷化工厂的废水是不是又漏了？我们镇上的自来水今天一股臭味还发黄，这水还能不能喝啊？",
  "德阳市/什邡市", ["water"])
c("plain", "龙南市一个稀土矿的浸矿液漏进了村里的水库，这个水库是全村吃水的，水面上全是泡沫。",
  "赣州市/龙南市", ["water"], aff=A("全村", "village", 1))
c("plain", "神木市店塔镇一百多个村民把煤矿的运煤车全拦在路上了，说煤尘太大庄稼都毁了，现场大家情绪很激动。",
  "榆林市/神木市", ["air"], aff=A("一百多个村民", "person", None, 101, 199))
c("plain", "白银区的冶炼厂排的污水进了农灌渠，下游几个村用这个水浇地，有人家的牛喝了渠里的水，死了三头。",
  "白银市/白银区", ["water"], aff=A("几个村", "village", None, 2, 9))
c("plain", "青铜峡市一家造纸厂往黄河支渠里放黑水，渠里的鱼死了一大片，下游村子的饮用水源就在旁边。举报人：马玉梅，电话13895367204",
  "吴忠市/青铜峡市", ["water"], ids=["n:马玉梅", "p:13895367204"])
c("plain", "民和县川口镇的一家铁合金厂把废渣倒在湟水河边，下雨冲进河里，这两天河里的死鱼不少。",
  "海东市/民和回族土族自治县", ["water", "solid_waste"])
c("plain", "桑珠孜区一个沙场把油污和泥浆排进年楚河，村里的牛羊喝了这个水，已经死了十几头。",
  "日喀则市/桑珠孜区", ["water"])
c("plain", "独山子区一个加油站的地下油罐漏了，我们小区地下室全是汽油味，物业说可能渗到水管里了，现在自来水也有油味。",
  "克拉玛依市/独山子区", ["water", "soil"])
c("wechat", "龙海那个做电镀的又偷排了！！！九龙江边上的鱼死了一大片🐟🐟快来人看看",
  "漳州市/龙海区", ["water"])
c("dialect-yue", "新会区睦洲镇嗰条涌啲鱼全部反肚啦，上游有间叫“利达”嘅漂染厂日日排水，今日啲水都系红色嘅。",
  "江门市/新会区", ["water"], pol="利达")
c("plain", "静海区大邱庄镇一家钢管厂的酸洗池漏了，酸水流进了村里的排水沟，沟边的鸡鸭死了二十多只，村里孩子平时就在沟边玩。",
  "天津市/静海区", ["water"])
c("plain", "房山区燕山那边一辆化工厂的罐车在路上翻了，拉的不知道是什么，流了一地，还冒着白烟，路过的人都绕着走。",
  "北京市/房山区", ["water", "air", "soil"])
c("plain", "宁安市镜泊湖边上的镜湖冷水鱼养殖场把死鱼和药水都倒进湖里了，湖边死鱼漂了一大片。",
  "牡丹江市/宁安市", ["water"], pol="镜湖冷水鱼养殖场")
c("plain", "大冶市一个铜矿的尾矿水漫出来，流进了村里的水塘，塘里的鸭子死了一片，这个塘的水我们还用来洗菜做饭。",
  "黄石市/大冶市", ["water"])
c("plain", "临江市一家硅藻土厂往鸭绿江的支流里排白色泥浆，江里的冷水鱼死了不少。",
  "白山市/临江市", ["water"])
c("long", "致县生态环境局的一封信\n领导好！有几件事要反映：\n一、兰陵县的鲁兴化工厂今天凌晨往河里放了一大股红水，今早河里的鱼虾全死了，下游就是我们镇的水源地；\n二、这个厂晚上机器声音很大；\n三、厂外堆着一大片废渣，没有盖。\n村民 王德福\n电话：13854906127",
  "临沂市/兰陵县", ["water"], pol="鲁兴化工厂", ids=["n:王德福", "p:13854906127"])
c("mixed", "江阴那边的 dyeing factory 刚刚 discharge 了一大股蓝色的水进河里，河里的 fish 全死了，我拍了 video。工厂名字是 Jiangyin Blue Ocean Textile。我叫周涛 (Tom)",
  "无锡市/江阴市", ["water"], pol="Jiangyin Blue Ocean Textile", ids=["n:周涛", "n:Tom"])
c("elderly", "我是长兴县的一个老太婆，八十岁了，儿子在外地打工。屋后头的蓄电池厂今天又冒白烟，家里养的鸡死了一大半，三十多只，邻居说这烟里有铅，我不懂，请你们来看看。",
  "湖州市/长兴县", ["air"])
c("speech", "喂 是环保局吗 我们新安县这个村 嗯 那个吃水的水窖 今天被上面那个铝矾土矿冲下来的泥水灌了 全村二百多口人 现在没水吃了",
  "洛阳市/新安县", ["water"], aff=A("二百多口人", "person", None, 201, 299))
c("plain", "铁山港区的海边滩涂上大片死螺死蚌，养殖户说是旁边新开的北部湾林浆纸排的水。",
  "北海市/铁山港区", ["water"], pol="北部湾林浆纸")
c("plain", "德兴市一个铜矿的酸性废水进了乐安河，河里鱼翻白，下游几个村都从这条河取水做饭。",
  "上饶市/德兴市", ["water"], aff=A("几个村", "village", None, 2, 9))
c("urgent", "连山区一座钼矿的尾矿库漏了，黄泥水冲进了下游村子的水源井，今天早上水龙头里放出来都是黄汤。",
  "葫芦岛市/连山区", ["water"])
c("english", "A crowd of about 200 residents is blocking the gate of the steel plant in Qingshan, Wuhan right now, angry about the soot. Police are arriving. Priya Nair",
  "武汉市/青山区", ["air"], en=True, aff=A("about 200 residents", "person", 200, approx=True), ids=["n:Priya Nair"])

assert len(L) == 85, len(L)
if __name__ == "__main__":
    W(L)
