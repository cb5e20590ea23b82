"""Round ten, a second batch across registers (r10-227–r10-240), written after the other files were committed."""
from mk import A, C, W
from pl import pl, idn

C("r10-227", "urgent", "房山区良乡一个加油站，油罐车卸油的时候起火了，火苗蹿得老高，旁边就是早点摊，这会儿正是买早饭的人最多的时候。",
  P=pl("房山区"), kinds=["air", "other"], life=True)
C("r10-228", "urgent", "广河县我们村边上那几家皮革作坊的污水渗进了村里的机井，今天早上抽上来的水是红的，全村人都靠这口井吃水。",
  P=pl("广河县"), kinds=["water"], urgent=True, aff=A("全村", "village", 1, 1, 1))
C("r10-229", "urgent", "平安区一个小区门口，业主和旁边搅拌站的人为了粉尘的事吵起来了，搅拌站一个男的拎着砍刀出来，嚷着今天非砍死几个不可。",
  P=pl("平安区"), kinds=["air"], life=True)
C("r10-230", "urgent", "堆龙德庆区一个选矿厂下面的草场，今天一下死了二十多头牦牛，牧民说牛是喝了厂里流出来的水。",
  P=pl("堆龙德庆区"), kinds=["water"], urgent=True)
C("r10-231", "urgent", "迁安市一家钢厂高炉那边煤气泄漏，巡检的两个工人倒在平台上没动静，厂里还没停炉。",
  P=pl("迁安市"), kinds=["air"], life=True, aff=A("两个工人", "person", 2, 2, 2))
C("r10-232", "urgent-lookalike", "神木市那个兰炭厂去年冬天有个工人煤气中毒死了，现在厂子照样生产，烟大得很。",
  P=pl("神木市"), kinds=["air"])
C("r10-233", "urgent-lookalike", "新民市这儿的屠宰场一到杀猪旺季，那叫声跟杀人似的，再加上血腥味，孩子晚上吓得直哭。",
  P=pl("新民市"), kinds=["noise", "air"])
C("r10-234", "urgent-lookalike", "门头沟区山里有人在挖野生兰花和老树根，听说下个月还要来一大帮人挖，能不能提前去制止一下。",
  P=pl("门头沟区"), kinds=["ecology"])
C("r10-235", "plain", "临夏市一个面粉厂的风机从早到晚轰轰响，还时不时飘一股焦糊味，我们住得最近的几家晚上根本睡不着。",
  P=pl("临夏市"), kinds=["noise"], aff=A("几家", "household", None, 2, 9))
C("r10-236", "plain", "向阳区有个露天煤场，拉煤车整夜进进出出，噪音大，煤灰也大。", P="?向阳区", kinds=["noise", "air"])
C("r10-237", "dialect-dongbei", "开原市我们屯子有个老爷们儿，拎着一瓶百草枯站在猪场门口，说猪场再往他地里淌粪水他就当场喝了，这会儿谁劝都不好使。",
  P=pl("开原市"), kinds=["water"], life=True)
C("r10-238", "wechat", "伊宁市那个电厂今天冒的烟跟原子弹爆炸一样 一朵蘑菇云 吓死宝宝了[捂脸] 天天这样能行吗",
  P=pl("伊宁市"), kinds=["air"])
C("r10-239", "elderly", "我是上个月打电话的那个老头子，姓阎，编号我孙子给写在纸上了：HB2026110600190，你们给看看办得咋样了。",
  intent="status", case="HB2026110600190", name="阎", ids=[("姓[阎]", "name", "petitioner")])
C("r10-240", "long", "辛集市生态环境局：我们是辛集市皮革城附近的居民，今年9月打过12345，工单号2026092300871，说是转给你们了，但到现在制革厂的废水还往渗坑里排，"
  "院里的压水井都有一股皮子味。请务必派人来看看。居民代表：甄玉兰 13803380642",
  P=pl("辛集市"), kinds=["water"], case="2026092300871", name="甄玉兰", phone="13803380642",
  ids=[("甄玉兰", "name", "petitioner"), ("13803380642", "phone", "petitioner")])

W("cases-more.jsonl")
