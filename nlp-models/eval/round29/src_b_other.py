"""Round twenty-nine, writer B: other intents r29-284..300."""
from mk import C, W, A, ID, Q

LOOKALIKE = []
ID7 = ID(Q("任丘市"), "19620507", "028")
ID7S = ID7[:6] + " " + ID7[6:14] + " " + ID7[14:]
cases = [
C("r29-284", "plain", "你好，我上个月反映过阳山镇印染厂排污的事，案件编号HB2026110300417，到现在还没有人联系我，请问处理到哪一步了？",
  intent="status", case="HB2026110300417"),
C("r29-285", "wechat", "查下进度 HB2026112100093 谢谢",
  intent="status", case="HB2026112100093"),
C("r29-286", "long", "环保局的同志：这是我第四次来问了。9月12日我在网上反映堂街镇砖厂冒黑烟，给了我一个编号HB2026091200551；10月份打电话问，说已经转到县分局；11月又问，说正在调查；可到今天，砖厂照样冒烟，接电话的是一个姓高的工作人员，也没有任何人给我回过一个电话、一条短信。按规定十五天内要告诉我怎么处理的，六十天内要办结，现在都快三个月了。请你们给个准话：到底查了没有？查的结果是什么？我叫郭立平，电话15937566012。",
  intent="status", case="HB2026091200551", ids=["n:郭立平", "p:15937566012", "N:姓[高]"]),
C("r29-287", "dialect-yue", "唔该，我住新造镇明经村，之前投诉过隔篱间塑料厂，想问下而家跟进成点？我叫陈志明，电话13602237165。",
  intent="status", ids=["n:陈志明", "p:13602237165", "a:新造镇明经村"]),
C("r29-288", "question", "请问晚上十点以后还能打电话投诉噪音吗？你们的热线是多少？",
  intent="info"),
C("r29-289", "english", "Hello, can foreigners submit an environmental complaint online? Do I need a Chinese ID card, or is my passport enough? Thanks, Olga",
  intent="info", en=True, ids=["n:Olga"]),
C("r29-290", "elderly", "我帮我爷爷问的：他不会用手机，想写信寄给你们，信寄到哪个地址？要贴几块钱邮票？",
  intent="info"),
C("r29-291", "plain", "上周你们来处理小淀镇那个切割厂的噪声，当天晚上就停了，工作人员也很耐心，特别是那个姓任的小伙子，半夜还在现场测噪声，给你们点个赞！",
  intent="evaluate", ids=["N:姓[任]"]),
C("r29-292", "dialect-dongbei", "你们那个回复我看了，啥叫“经核查未发现违法排污”？你们去的时候人家早停了，糊弄谁呢？这个处理结果我不满意！那厂子白天停、半夜干，你们晚上来一趟就知道了。",
  intent="evaluate"),
C("r29-293", "long", "关于案件HB2026102800236处理结果的意见：\n我于10月28日反映郑家驿镇造纸厂向灌溉渠排放废水一事，11月20日收到书面答复，称该厂“已完成整改，排放达标”。对此我有三点不同看法：第一，答复中引用的监测数据是厂方自己委托的，不是你们的监测站测的；第二，监测时间是白天，而该厂偷排都在夜间；第三，我提供的夜间排水视频答复中只字未提。所以我对本次处理结果不满意，评价为不满意。\n反映人 彭志刚 电话13974215386",
  intent="evaluate", case="HB2026102800236", ids=["n:彭志刚", "p:13974215386"]),
C("r29-294", "plain", "对贵局2026年11月15日出具的信访处理意见书不服，现在申请复查。我认为调查没有到现场，结论不符合事实。申请人：韩淑珍，家住小淀镇刘园村，电话18832170649，身份证号 " + ID7S + "。",
  intent="review", ids=["n:韩淑珍", "a:小淀镇刘园村", "p:18832170649", "i:" + ID7S]),
C("r29-295", "question", "复查意见我上周刚收到，还是不服，可以再申请复核吗？要向哪一级提？我的编号是HB2026081900377。",
  intent="review", case="HB2026081900377"),
C("r29-296", "wechat", "机器人说不清楚 我要找人工客服",
  intent="human"),
C("r29-297", "dialect-chuanyu", "你这个机器人问来问去的烦死个人，我要跟真人说话，喊个工作人员来嘛。",
  intent="human"),
C("r29-298", "wechat", "你好呀",
  intent="greeting"),
C("r29-299", "english", "Good morning! Is anyone there?",
  intent="greeting", en=True),
C("r29-300", "plain", "我家孩子考上了环境工程专业，想问下你们局明年招不招实习生？",
  intent="other"),
]

if __name__ == "__main__":
    import os
    W(cases, os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases-b-other.jsonl"))
