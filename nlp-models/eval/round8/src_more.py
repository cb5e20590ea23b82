"""Round eight, a second batch across registers (written after the other files were committed, same conventions,
still before any run): more look-alikes, urgent cases outside the urgent file, named polluters. Labels by hand."""
from mk import A, C, W

C("r8-243", "plain", "大冶市还地桥镇那个叫鑫晟矿业的选矿厂，尾砂直接堆在河滩上，一下雨就冲到下游去，我们几个村的田都被淤了。",
  P="湖北省/黄石市/大冶市", polluter="鑫晟矿业", kinds=["solid_waste", "water"], aff=A("几个村", "village", None, 2, 9))
C("r8-244", "urgent-lookalike", "麻城那个石材园区去年塌过一次渣土山，埋了两间空房子，好在没伤人，现在渣土又堆得老高了，能不能让他们清一清？",
  P="湖北省/黄冈市/麻城市", kinds=["solid_waste"])
C("r8-245", "urgent-lookalike", "汉川市马口镇那几家纺织厂每天傍晚排水，河面上一层泡沫，我看了十几年了，鱼也越来越少，希望你们治一治。",
  P="湖北省/孝感市/汉川市", kinds=["water"])
C("r8-246", "urgent-lookalike", "钟祥市这边磷化工的厂子多，空气里老有一股酸味，我家里人都有点咽炎，不知道有没有关系，你们平时监测吗？",
  P="湖北省/荆门市/钟祥市", kinds=["air"])
C("r8-247", "urgent-lookalike", "宜都那个化工厂的火炬一到晚上就烧得通红，火苗子好几米高，看着怪吓人的，听说是正常的？那也太吓人了，还有一股怪味。",
  P="湖北省/宜昌市/宜都市", kinds=["air"])
C("r8-248", "urgent-lookalike", "松滋市有个养猪场，上礼拜病死了几头猪，他们拉到后山埋了，埋得很浅，狗都刨出来了，臭得很。",
  P="湖北省/荆州市/松滋市", kinds=["solid_waste", "soil"], ref=["农业农村", None])
C("r8-249", "urgent-lookalike", "丹江口水库边上有人建了个农家乐，污水管子伸到库湾里，游客吃完饭的泔水都往里倒，这是水源地啊，以后喝的人会不会出事？",
  P="湖北省/十堰市/丹江口市", kinds=["water"], ref=["文化旅游", None])
C("r8-250", "urgent-lookalike", "兴化市我们这边每年这个时候都有人在河里下药毒鱼，毒死的鱼拿去卖，我看见过两回，今年还没开始，想提前反映一下。",
  P="江苏省/泰州市/兴化市", kinds=["water", "ecology"], ref=["农业农村", "公安", None])
C("r8-251", "urgent", "东台市弶港镇那个海边化工园区，刚刚有个罐子漏了，一股氯气味飘过来，路上的人都在捂鼻子往回跑，我嗓子辣得说不出话，现在躲在车里。",
  P="江苏省/盐城市/东台市", kinds=["air"], life=True)
C("r8-252", "urgent", "句容市宝华山边上那个工地挖断了自来水厂的一根管子，泥水灌进了管网，现在好几个小区的自来水是黄泥汤，家家户户都在烧这个水做饭。",
  P="江苏省/镇江市/句容市", kinds=["water"], urgent=True, ref=["住建", None], aff=A("好几个小区", "community", None, 3, 9))
C("r8-253", "dialect-dongbei", "德惠那嘎的淀粉厂又往松花江里放水了，江边一溜儿死鱼，老鼻子了，都是今儿早上的，整个江面都是白花花的鱼肚皮。",
  P="吉林省/长春市/德惠市", kinds=["water"], urgent=True)
C("r8-254", "dialect-dongbei", "我跟你说，榆树那个酒厂的厂长要是再敢往我地里放酒糟水，我就拿刀跟他拼了，大不了一起完蛋！我是老乔，电话13596157730。",
  name="乔", phone="13596157730", P="吉林省/长春市/榆树市", kinds=["water", "soil"], life=True,
  ids=[("老[乔]", "name", "petitioner"), ("13596157730", "phone", "petitioner")])
C("r8-255", "typo", "双城区那个乳业公司的污水出理站天天往外冒臭起，我门小区离得近，窗户不敢开。联系人：谷女士 一三六 四五一二 八零九七",
  name="谷", phone="13645128097", P="黑龙江省/哈尔滨市/双城区", kinds=["air", "water"],
  ids=[("[谷]女士", "name", "petitioner"), ("一三六 四五一二 八零九七", "phone", "petitioner")])
C("r8-256", "long", "尚志市环保局：本人赫连英，身份证230183198401160044，住尚志市亚布力镇红星村。我们村外的木材加工厂有三件事：锅炉冒黑烟、锯木粉尘、夜间噪音。另：去年我打过12345，工单号 ZX20250713-0458，答复说会处理，至今没变。恳请处理。",
  name="赫连英", idn="230183198401160044", P="黑龙江省/哈尔滨市/尚志市", kinds=["air", "noise"], case="ZX20250713-0458",
  ids=[("赫连英", "name", "petitioner"), ("230183198401160044", "id", "petitioner"), ("尚志市亚布力镇红星村", "address", "petitioner")])
C("r8-257", "question", "海伦市我们屯子边上那个烧秸秆的生物质电厂，灰渣拉到哪儿去了？是不是随便倒在地里了？你们能查查吗？",
  P="黑龙江省/绥化市/海伦市", kinds=["solid_waste"])
C("r8-258", "wechat", "阿城区 金源街道 有人堵厂门口 打起来了 好几十人 有人头破了 就为那个沥青厂[视频]",
  P="黑龙江省/哈尔滨市/阿城区", kinds=["air"], life=True, aff=A("好几十人", "person", None, 20, 99))
C("r8-259", "mixed", "延吉市那个海鲜加工厂的waste water直接排到布尔哈通河，今天下午河边好多死鱼，smell很大。我是Grace金，13843307712",
  name="Grace金", phone="13843307712", P="吉林省/延边朝鲜族自治州/延吉市", kinds=["water"], urgent=True,
  ids=[("Grace金", "name", "petitioner"), ("13843307712", "phone", "petitioner")])
C("r8-260", "english", "Hi, I teach at a kindergarten in Hunchun. This morning a truck dumped some drums behind the playground, one is leaking a yellow liquid with a sharp smell, and several kids say their eyes hurt. We've kept them inside.",
  lang="en", P="吉林省/延边朝鲜族自治州/珲春市", kinds=["solid_waste", "air"], urgent=True, aff=A("several kids", "person", None, 3, 9))
C("r8-261", "elderly", "我是集安市的，今年七十有五，老伴走得早，一个人住在榆林镇。村头那个人参加工厂熏参用硫磺，一到晚上满屋子硫磺味，我这老气管炎越来越重了。我没有手机，有事打村委会。老妪 卜",
  name="卜", P="吉林省/通化市/集安市", kinds=["air"], ids=[("老妪 [卜]", "name", "petitioner"), ("榆林镇", "address", "petitioner")])
C("r8-262", "dialect-other", "俺们灌南县堆沟港那个化工园区，这两天夜里味儿可冲了，像烂苹果，俺家娃儿眼睛红红的，俺也不知道咋回事。",
  P="江苏省/连云港市/灌南县", kinds=["air"])
C("r8-263", "speech", "喂 沭阳 沭阳县 那个 花木市场 边上 有个 烧 烧木头 的 炭窑 对 炭窑 烟 冒得 黑黑的 我们 就在 下风口 天天 呛 我 我 叫 仲 仲夏的仲 仲秋 秋天的秋",
  name="仲秋", P="江苏省/宿迁市/沭阳县", kinds=["air"], ids=[("[仲] [仲夏的仲] [仲秋] [秋天的秋]", "name", "petitioner")])
C("r8-264", "urgent-lookalike", "大冶市陈贵镇那个铁矿今天下午放了一次大炮，震得我家碗柜里的碗掉了两个，别的没事，就是想问问他们放炮有没有审批。",
  P="湖北省/黄石市/大冶市", kinds=["noise", "ecology"], ref=["自然资源", None])
W("cases-more.jsonl")
