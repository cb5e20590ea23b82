"""Round eleven, a second batch written after the others were committed (r11-227–r11-240). Labels by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from mk import A, C, W  # noqa: E402
from pl import pl, idn  # noqa: E402,F401

U, L = "urgent", "urgent-lookalike"
C("r11-227", L, "朋友圈里传一个视频，说泰兴市经济开发区泰和兴化工泄漏了，我问了在那上班的表弟，他说根本没这回事，是外地几年前的旧视频。"
  "不过话说回来，这个厂平时夜里排的那股甜腥味确实大，麻烦你们去测一下。",
  P=pl("泰兴市"), polluter="泰和兴化工", kinds=["air"])
C("r11-228", L, "德兴市泗洲镇那个铜矿的尾矿库，我有时候想，设想一下要是坝塌了，下面三个村一个都跑不掉。现在倒是好好的，就是想请你们看看安全评估做了没有。",
  P=pl("德兴市"), kinds=["solid_waste", "water"], aff=A("三个村", "village", 3, 3, 3))
C("r11-229", L, "宁国市港口镇全镇三万二千多人，喝的都是港口湾水库的水，水库边上这两年盖了好几个农家乐，污水往哪儿排没人说得清，请查一下。",
  P=pl("宁国市"), kinds=["water"], aff=A("三万二千多人", "person", None, 32001, 32999))
C("r11-230", L, "华容县1998年发大水那阵，镇上那个农药厂被淹过，药水流得到处都是，厂子早就倒闭了，可那一片地到现在还是种啥死啥，想请你们检测一下土壤。",
  P=pl("华容县"), kinds=["soil"])
C("r11-231", L, "永登县城关镇那个混凝土站的事我反映了三回了，我这火气实在压不住了，你们再不来，我就天天打电话。",
  P=pl("永登县"), kinds=["air", "noise"])
C("r11-232", L, "玉门市老市区，我父亲今年体检查出肺上有结节，医生说跟长期吸烟和空气都有关系，我们家离炼油厂不远，想问问这一片的空气监测数据能不能公开。",
  P=pl("玉门市"), kinds=["air"])
C("r11-233", U, "太和县旧县镇，一家叫Tianyu Electronics（天宇电子）的厂今天上午把一车废酸桶卸在我们村篮球场边上，桶上贴着腐蚀品标志，有的盖子都没拧紧，孩子们放学就在那打球。",
  P=pl("太和县"), polluter="Tianyu Electronics", kinds=["solid_waste"], urgent=True)
C("r11-234", U, "额济纳旗达来呼布镇北边，我们家的骆驼昨天喝了油井旁边水坑里的水，今天已经倒了十几峰，还有好几峰站不起来了。",
  P=pl("额济纳旗"), kinds=["water", "ecology"], urgent=True)
C("r11-235", "plain", "乐平市塔山工业园的江南化工，大家都简称江化，这个月开始夜里放一种烂白菜味的气体，塔山街道好几个小区都闻得到。",
  P=pl("乐平市"), polluter="江南化工", kinds=["air"], aff=A("好几个小区", "community", None, 3, 9))
C("r11-236", "speech", "喂 我要投诉 就是 投诉那个 鸿运 鸿运彩印 在富顺县 富世街道 他们印东西那个 油墨味 嗯 一天到晚的 我们楼上楼下 都受不了",
  P=pl("富顺县"), polluter="鸿运彩印", kinds=["air"])
C("r11-237", "dialect-dongbei", "俺们北林区津河镇屯子东头，老刘家开的那个鑫鑫木业，一天到黑刨木头，刨花子满天飞，嘎嘎响，整得人脑瓜子嗡嗡的。",
  P=pl("北林区"), polluter="鑫鑫木业", kinds=["noise", "air"])
C("r11-238", "wechat", "仙游县榜头镇 华艺漆业 又在后门倒油漆桶了 [图片] 地上一大摊😤",
  P=pl("仙游县"), polluter="华艺漆业", kinds=["solid_waste", "soil"])
C("r11-239", "long", "诸城市生态环境局：今年九月我通过12345反映过舜王街道一家屠宰场的血水直排问题，工单号2026091500632，"
  "当时回复说已责令整改。可那个屠宰场现在改了名字叫福源肉食，换汤不换药，每天凌晨还往潍河支流里放血水，河边臭得走不了人。"
  "请不要再简单回复了事，派人凌晨来看。反映人：臧丽娜，13563627810。",
  name="臧丽娜", phone="13563627810", P=pl("诸城市"), polluter="福源肉食", kinds=["water", "air"], case="2026091500632",
  ids=[("臧丽娜", "name", "petitioner"), ("13563627810", "phone", "petitioner")])
ID240 = "42058319480921042X"
C("r11-240", "elderly", "我叫田桂珍，七十八岁了，身份证 420583 19480921 042X，家住枝江市问安镇关庙村三组。我们组后面那个养猪场，"
  "猪粪水流到塘里，塘里的水发绿发臭，我年纪大了走不动，请你们派人来看看。",
  name="田桂珍", idn=ID240, P=pl("枝江市"), kinds=["water"],
  ids=[("田桂珍", "name", "petitioner"), ("420583 19480921 042X", "id", "petitioner"),
       ("问安镇关庙村三组", "address", "petitioner")])

W("cases-more.jsonl")
