"""Round fourteen (blind), cases-more.jsonl: r14-231–240. a second batch written after the others were committed:
urgent look-alikes (231–239) and a long letter (240). Labels by hand; pl() only spells the county's official chain."""
import mk  # noqa: F401  (puts .. on the path)
from cases import A, C, W
from pl import pl

N = [230]


def K(reg, text, **kw):
    N[0] += 1
    C(f"r14-{N[0]:03d}", reg, text, **kw)


L = "urgent-lookalike"

K(L, "隔壁工地的强夯机一砸地，整栋楼都跟着抖，吓死宝宝了，能不能限制一下时间，日照东港区",
  P=pl("东港区"), kinds=["noise"])
K(L, "县医院今天上午搞危化品泄漏演练，救护车鸣着笛开进开出，这个正常吗？顺便说一下，医院锅炉房的烟囱平时老冒黑烟，岚县",
  P=pl("岚县"), kinds=["air"])
K(L, "我们这个工业园两万多名工人每天闻着这股橡胶味上班，园区管委会说正常，天门市",
  P=pl("天门市"), kinds=["air"], aff=A("两万多名工人", "person", None, 20001, 29999))
K(L, "村里那头二十多岁的老黄牛前天老死了，有人说是喝了河里的水，其实就是老了，不过河水确实一年比一年浑，隆德县",
  P=pl("隆德县"), kinds=["water"])
K(L, "十几年前我们村有人喝井水中毒过，那个农药厂早就关了，可厂房里到现在还堆着几十个废料桶，没人处理，西吉县",
  P=pl("西吉县"), kinds=["solid_waste"])
K(L, "要是哪天这个厂子爆炸了，我们住在旁边的人找谁？它的储罐离我们家围墙只有二十米，卡若区",
  P=pl("卡若区"), kinds=["air"])
K(L, "隆兴洗砂场又把泥浆排到河里去了，气死我了，说了多少回也不改，香格里拉市",
  P=pl("香格里拉市"), kinds=["water"], polluter="隆兴洗砂场")
K(L, "热电厂的冷却塔噪音要命啊，白天晚上都嗡嗡响，长白县城",
  P=pl("长白朝鲜族自治县"), kinds=["noise"])
K(L, "昨天晚上垃圾中转站的火已经被消防扑灭了，今天也没烟了，可烧剩的一地垃圾还没清，渌口区",
  P=pl("渌口区"), kinds=["solid_waste"])
K("long", "汨罗市生态环境局：\n我是新市镇某村的村民谭桂香，想反映两件事。一是老板是外地人的那家宏图塑胶，"
  "每天把废塑料洗过的水排进门口的塘里，塘里的鱼早就没了；二是村主任谭新民说这个厂是招商引资来的，"
  "叫我们别闹。我们不是闹，只是想要干净的水。\n电话：173 0730 5812",
  P=pl("汨罗市"), kinds=["water"], polluter="宏图塑胶", name="谭桂香", phone="17307305812",
  ids=[("谭桂香", "name", "petitioner"), ("谭新民", "name", "third"), ("173 0730 5812", "phone", "petitioner")])

W("cases-more.jsonl")
