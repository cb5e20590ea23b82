import mk  # noqa: F401
from cases import A, C, W
from pl import pl

W_, AI, NO, SW, SO, EC, OT = ["water"], ["air"], ["noise"], ["solid_waste"], ["soil"], ["ecology"], ["other"]
# a second batch across registers, written after the other three files were committed
C("r9-215", "plain", "你好，我是小范，范冰的范，在陆丰市碣石镇，海边的冰厂氨味很重。", name="范", P=pl("陆丰市"), kinds=AI, ids=[("小[范]", "name", "petitioner"), ("[范]冰的范", "name", "petitioner")])
C("r9-216", "plain", "身份证441522198709132858，手机13719640285，我反映的是陆丰市东海街道一家印花厂的废水。", phone="13719640285", idn="441522198709132858", P=pl("陆丰市"), kinds=W_, ids=[("[441522198709132858]", "id", "petitioner"), ("[13719640285]", "phone", "petitioner")])
C("r9-217", "plain", "南明区一个叫黔兴汽修的店，天天在人行道上喷漆，路过的人都捂着鼻子。——罗阿姨", name="罗", P=pl("南明区"), polluter="黔兴汽修", kinds=AI, ids=[("[罗]阿姨", "name", "petitioner")])
C("r9-218", "plain", "曝光一下万州区的渝东饲料厂，粉碎机的声音和粉尘，住在旁边二十来户人家苦不堪言。", P=pl("万州区"), polluter="渝东饲料厂", kinds=NO + AI, aff=A("二十来户人家", "household", 20, None, None))
C("r9-219", "plain", "白云区那边有个黑加工点在熔铝，味道很大，晚上特别严重。", P="?白云区", kinds=AI)
C("r9-220", "plain", "杭州西湖区转塘那边有个工地夜里施工，吵得孩子睡不着。", P=pl("西湖区", "杭州市"), kinds=NO)
C("r9-221", "plain", "紧挨着我们村的就是灵山县金穗淀粉厂，酸臭的废水流进了稻田。落款：韦光明 电话：18277915063", name="韦光明", phone="18277915063", P=pl("灵山县"), polluter="灵山县金穗淀粉厂", kinds=W_ + SO, ids=[("落款：[韦光明]", "name", "petitioner"), ("电话：[18277915063]", "phone", "petitioner")])
C("r9-222", "plain", "我代表我们楼四十八户居民反映，雁塔区小区门口的垃圾转运站臭气熏天。联系人：Tony 邓子豪，电话 +86 156 2907 3418", name="Tony", phone="15629073418", P=pl("雁塔区"), kinds=SW + AI, aff=A("四十八户居民", "household", 48, 48, 48), ids=[("Tony", "name", "petitioner"), ("邓子豪", "name", "petitioner"), ("+86 [156 2907 3418]", "phone", "petitioner")])
C("r9-223", "plain", "城阳区一栋楼的人都被楼下的健身房音乐吵得受不了，我是12楼的业主蒋。", name="蒋", P=pl("城阳区"), kinds=NO, aff=A("一栋楼", "building", 1, 1, 1), ids=[("业主[蒋]", "name", "petitioner")])
C("r9-224", "urgent", "贵阳南明区一个小区的二次供水水箱里漂着死老鼠，今天住户才发现，整个小区都在用这个水，已经有小孩拉肚子了。", P=pl("南明区"), kinds=W_, life=True, aff=A("整个小区", "community", 1, 1, 1))
C("r9-225", "urgent", "金牛区一个火锅店后厨的液化气罐着了，火窜到二楼，楼上是住户，好多人在窗口喊。", P=pl("金牛区"), kinds=AI + OT, life=True)
C("r9-226", "urgent", "长安区有个废品站的几个人跟来检查的村干部打起来了，拿着钢管，有人倒地了，是西安长安区。", P=pl("长安区", "西安市"), kinds=SW, life=True, aff=A("几个人", "person", None, 2, 9))
C("r9-227", "urgent", "鼓楼区一个居民楼下面的地下车库有人在偷偷存放上百桶甲醇，已经闻到味了，福州的鼓楼区。", P=pl("鼓楼区", "福州市"), kinds=AI + SW, urgent=True)
C("r9-228", "urgent-lookalike", "我们村里的水塘上个月死过一些鱼，后来没事了，想问问原因，在灵山县。", P=pl("灵山县"), kinds=W_)
C("r9-229", "urgent-lookalike", "气死我了！隔壁养狗场的狗叫了一整夜，我快疯了，在万州区。", P=pl("万州区"), kinds=NO)
C("r9-230", "urgent-lookalike", "村里的垃圾堆经常自己冒烟，今天也在冒，一直是这样，没着起来过，在陆丰市。", P=pl("陆丰市"), kinds=SW + AI)
C("r9-231", "urgent-lookalike", "电视上说有的地方井水砷超标喝了会中毒，我们这的井水有没有检测过？在城阳区。", P=pl("城阳区"), kinds=W_)
C("r9-232", "speech", "那个 我姓 姓独孤 对 复姓 独孤 名字叫 独孤敏 我们那个 南明区 有个洗衣厂 排水 排的都是泡沫", name="独孤敏", P=pl("南明区"), kinds=W_, ids=[("姓 姓[独孤]", "name", "petitioner"), ("[独孤] 名字叫 [独孤敏]", "name", "petitioner")])
C("r9-233", "wechat", "@环保小助手 我们村口的大喇叭天天放广告🤯 城阳区的 能不能管", P=pl("城阳区"), kinds=NO)
C("r9-234", "english", "My neighbour Mrs. Huang (she doesn't use WeChat) asked me to report that the dye works beside her house in Xihu District, Nanchang dumps blue water into the lake every evening. I'm Peter Lindqvist.", lang="en", name="Peter Lindqvist", P=pl("西湖区", "南昌市"), kinds=W_, ids=[("Mrs. [Huang]", "name", "third"), ("[Peter Lindqvist]", "name", "petitioner")])
C("r9-235", "elderly", "我八十五了，一个人住在雁塔区，楼下新开的麻将馆天天吵到半夜，我血压都上去了，我孙子给我打的这几个字。", P=pl("雁塔区"), kinds=NO)
C("r9-236", "typo", "我是贵洋南明区的，楼下餐管的油烟机对着我家卧室排，油烟太大了。", P=pl("南明区"), kinds=AI)
C("r9-237", "long", "情况反映\n本人邰国庆，家住灵山县檀圩镇，电话13877705216，身份证号520103197911250616。我们镇上的糖厂榨季期间，每天把滤泥堆在河堤上，下雨后冲进河里，河水发黑，鱼虾绝迹，沿河三个村二千多人的生活用水受影响。请求：一、责令糖厂清运滤泥；二、检测河水。\n邰国庆\n2026年12月4日", name="邰国庆", phone="13877705216", idn="520103197911250616", P=pl("灵山县"), kinds=W_ + SW, aff=A("二千多人", "person", None, 2001, 2999), ids=[("本人[邰国庆]", "name", "petitioner"), ("[13877705216]", "phone", "petitioner"), ("[520103197911250616]", "id", "petitioner"), ("家住[灵山县檀圩镇]", "address", "petitioner"), ("[邰国庆]\n2026", "name", "petitioner")])
C("r9-238", "question", "我们小区好几百户人家的自来水这两天一直有消毒水味，是正常的吗？在城阳区。", P=pl("城阳区"), kinds=W_, aff=A("好几百户人家", "household", None, 300, 999))
W("cases-more.jsonl")
