"""Round twenty: messages that are not reports, r20-216..240."""
from mk import C, A, W, ID, Q, town

L = []


def c(reg, text, intent, **kw):
    L.append(C("r20-%03d" % (216 + len(L)), reg, text, intent=intent, **kw))


# status (6)
c("plain", "你好，我上个月反映的搅拌站噪音问题，案件编号HB2026111400317，现在处理到哪一步了？", "status",
  case="HB2026111400317")
c("wechat", "查一下进度 HB2026112000862 谢谢🙏", "status", case="HB2026112000862")
c("english", "Hi, could you tell me the status of my complaint HB2026110700045? I haven't heard anything for three weeks. Thomas Weber", "status",
  en=True, case="HB2026110700045", ids=["n:Thomas Weber"])
c("elderly", "同志，我前些天让孙子帮我报了个事，编号是HB2026112600129，到现在没人来，我想问问咋样了。我叫付春英，电话13953627104。", "status",
  case="HB2026112600129", ids=["n:付春英", "p:13953627104"])
c("question", "我的查询码弄丢了，案件号是HB2026120100573，还能查到办理结果吗？", "status", case="HB2026120100573")
c("speech", "喂 我想问一下 我那个投诉 编号是 HB 二零二六 一一 二八 零零 四一一 现在咋样了", "status")

# info (5)
c("plain", "请问环保投诉除了网上还能打什么电话？晚上几点以后就没人接了？", "info")
c("english", "How do I file an environmental complaint as a foreigner? Do I need a Chinese ID card or can I use my passport?", "info", en=True)
c("question", "想问一下，信访事项一般多少天能有答复？超过时间没答复怎么办？", "info")
c("wechat", "小编你好 想问下环保局在哪里办公 周末开门吗", "info")
c("plain", "我想匿名反映问题，匿名的话还能查进度吗？", "info")

# human (4)
c("plain", "机器人说不清楚，我要找人工客服。", "human")
c("english", "Can I talk to a real person please? The bot doesn't understand me.", "human", en=True)
c("dialect-dongbei", "整啥玩意儿呢这是，给俺转个真人，俺跟机器唠不明白。", "human")
c("elderly", "我年纪大了看不懂这些字，能不能让工作人员给我打个电话？我叫刁凤珍，电话13890743126。", "human",
  ids=["n:刁凤珍", "p:13890743126"])

# greeting (3)
c("plain", "你好，在吗？", "greeting")
c("wechat", "哈喽～新年好呀🎉", "greeting")
c("dialect-yue", "你好呀，早晨！", "greeting")

# evaluate (3)
c("plain", "我的案子HB2026110300288处理得很及时，工地晚上已经不施工了，非常满意，感谢你们！", "evaluate",
  case="HB2026110300288")
c("question", "你们回复说已经整改了，可是那个厂晚上照样冒烟，这叫处理好了？我不满意。", "evaluate")
c("plain", "对HB2026102200934的答复基本满意，就是来的有点晚。落款：卜德明", "evaluate",
  case="HB2026102200934", ids=["n:卜德明"])

# review (2)
c("long", "生态环境局：\n我对贵局2026年11月20日就编号HB2026101500671作出的答复意见不服，现申请复查，理由是现场检查时厂子提前停了工。\n申请人：阎志强\n2026年12月3日", "review",
  case="HB2026101500671", ids=["n:阎志强"])
c("plain", "复查结果我收到了，还是不同意，我要申请复核，请问找哪个单位？", "review")

# other (2)
c("plain", "你们单位还招人吗？我是环境工程专业的毕业生。", "other")
c("plain", "今天天气怎么样？明天会下雨吗？", "other")

assert len(L) == 25, len(L)
if __name__ == "__main__":
    W(L)
