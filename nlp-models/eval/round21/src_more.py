"""Round twenty-one: 25 messages that are not reports, r21-216..240."""
from mk import C, A, W

_n = iter(range(216, 241))
L = []


def c(register, text, intent, **k):
    L.append(C("r21-%03d" % next(_n), register, text, intent=intent, **k))


c("plain", "你好，我上个月反映的那个问题，案件编号HB2026110700342，现在办得怎么样了？", "status", case="HB2026110700342")
c("wechat", "查一下进度🙏 编号HB2026112000518，等了快一个月了", "status", case="HB2026112000518")
c("english", "Hello, could you tell me the status of my complaint HB2026111500087? It has been three weeks. Thanks, Olivia", "status",
  en=True, case="HB2026111500087", ids=["n:Olivia"])
c("speech", "喂 你好 我想问一下 我之前 报的那个 那个 工地噪音的 现在 处理到哪一步了 我姓 姓符 电话 幺八六 零八九八 七二五一", "status",
  ids=["n:姓[符]", "p:幺八六 零八九八 七二五一"], phone="18608987251")
c("elderly", "同志，我儿子帮我在网上报了个事，编号是HB2026100900231，不知道有没有人管，麻烦帮我看看。", "status",
  case="HB2026100900231")
c("plain", "我叫汪德福，手机13605621847，前天提交的养鸡场臭味的事有结果了吗？", "status", ids=["n:汪德福", "p:13605621847"])
c("question", "请问你们几点上班？周末能不能打电话反映问题？", "info")
c("question", "环保投诉除了网上，还能去哪里当面反映？要带什么材料？", "info")
c("english", "How long does it usually take to get a reply after I submit a complaint online?", "info", en=True)
c("plain", "我想问一下，匿名举报的话你们会告诉被举报的人是谁举报的吗？", "info")
c("wechat", "12369是不是全国都能打？我在外地出差能不能打这个号码😅", "info")
c("plain", "我不想跟机器说话，请给我转人工客服。", "human")
c("dialect-yue", "唔该帮我转个真人接线员，我讲唔清楚。", "human")
c("english", "Can I please talk to a real person? This bot doesn't understand me.", "human", en=True)
c("elderly", "我年纪大了，打字慢，能不能让个工作人员跟我说？", "human")
c("plain", "你好", "greeting")
c("dialect-dongbei", "哎，在吗？有人没？", "greeting")
c("english", "Good morning!", "greeting", en=True)
c("plain", "上次那个烧烤店的事你们处理得很快，第二天就没烟了，谢谢你们！", "evaluate")
c("plain", "对你们这次的答复不满意，说是已经整改了，可那个厂晚上还在排，根本没解决。", "evaluate")
c("wechat", "给个好评👍 噪音的问题解决了，工作人员态度也好", "evaluate")
c("long", "关于案件HB2026100300419的答复，我收到已经十天了。答复说企业排放达标，但我们小区的气味问题一直没改善。我不认可这个处理意见，现申请复查，请上级部门重新核实。\n申请人：柴玉林", "review",
  case="HB2026100300419", ids=["n:柴玉林"])
c("plain", "我对区里的处理结果不服，想申请复查，请问怎么办理？我的编号HB2026110200076。", "review", case="HB2026110200076")
c("plain", "今天天气不错啊哈哈", "other")
c("mixed", "你们这个app能不能加个dark mode？晚上看太亮了", "other")

if __name__ == "__main__":
    W(L)
