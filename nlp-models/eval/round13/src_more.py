"""Round thirteen (blind), cases-more.jsonl: r13-231–240, a second batch written after the other files were committed:
urgent-lookalike 9 and a long letter quoting a 12345 work order. Labels by hand; pl() only spells the county's chain."""
import mk  # noqa: F401  (puts .. on the path)
from cases import A, C, W
from pl import pl

N = [230]


def K(reg, text, **kw):
    N[0] += 1
    C(f"r13-{N[0]:03d}", reg, text, **kw)


L = "urgent-lookalike"

K(L, "民和县川口镇街上的打铁铺，火星子老溅到路上，看着吓人一跳，好在没烧着什么，就是从早到晚叮叮当当的。",
  P=pl("民和回族土族自治县"), kinds=["noise"])
K(L, "贺兰县暖泉工业园宁丰生物的发酵味，毒得很，跟往鼻子里灌毒气一样，一年四季都这样。",
  P=pl("贺兰县"), polluter="宁丰生物", kinds=["air"])
K(L, "大通县桥头镇电厂昨天下午排汽，呜的一声像炸了似的，响了一分多钟，后来就停了，想问问这个正常不正常，能不能少排几次。",
  P=pl("大通回族土族自治县"), kinds=["noise"])
K(L, "清徐县晋味源醋业熏醅的烟，周边一千三百多户都闻了十来年了，大家也习惯了，就是希望能装个收集罩。",
  P=pl("清徐县"), polluter="晋味源醋业", kinds=["air"], aff=A("一千三百多户", "household", None, 1301, 1399))
K(L, "延庆区这几天办热气球节，烧火器呼呼地往上喷火，一早上五点就开始，吵得睡不成。",
  P=pl("延庆区"), kinds=["noise"])
K(L, "我是蓟州区的护林员老卢，今天在采石场下面的路上看到一头死野猪，就这一头，报一下，看要不要查查是不是吃了什么。",
  P=pl("蓟州区"), kinds=["ecology"], name="卢", ids=[("老[卢]", "name", "petitioner")])
K(L, "宝坻区下午一股子焦糊味，我以为哪儿着火了，满楼找了一圈，原来是楼下川味轩在炒辣椒，天天这个点，呛得直咳嗽。",
  P=pl("宝坻区"), polluter="川味轩", kinds=["air"])
K(L, "大兴区我们村在航线底下，飞机一架接一架，轰得跟打雷似的，说话都听不见。",
  P=pl("大兴区"), kinds=["noise"])
K(L, "听说有人在密云水库边上洗车，全北京两千多万人都喝这水库的水，会不会出事啊？建议加强巡查。",
  P=pl("密云区"), kinds=["water"], cat="建议意见", aff=A("两千多万人", "person", None, 20000001, 29999999))
K("long", "尊敬的领导：\n上个月我就高要区金渡镇金辉五金电镀车间夜间偷排的问题打过12345，工单号2026111200418，"
  "回复说已转环保部门处理。可这几天夜里十一点以后，车间后门的暗管又在往水沟里放水，水是绿色的，沟边的草全枯了。"
  "请实地夜查，不要白天去。\n反映人：邝志强 13692870345",
  P=pl("高要区"), polluter="金辉五金", kinds=["water"], name="邝志强", phone="13692870345", case="2026111200418",
  ids=[("邝志强", "name", "petitioner"), ("13692870345", "phone", "petitioner")])

W("cases-more.jsonl")
