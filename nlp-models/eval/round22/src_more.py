"""Round twenty-two, r22-216..240: messages that are not reports."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import C, W  # noqa: E402

CASES = [
    # status (7)
    C("r22-216", "plain", "你好，我上个月反映的油烟问题，案件编号HB2026110300417，现在处理到哪一步了？",
      intent="status", case="HB2026110300417"),
    C("r22-217", "speech", "喂 我想问一下 我那个 编号是 HB2026111900058 的那个事 有人去看了没有 我姓芦 电话一五九 三三二一 八七零六",
      intent="status", case="HB2026111900058", ids=["n:姓[芦]", "p:一五九 三三二一 八七零六"]),
    C("r22-218", "dialect-yue", "唔该，我想查下 HB2026112500771 呢单嘢跟成点，等咗成个礼拜都冇人覆我。",
      intent="status", case="HB2026112500771"),
    C("r22-219", "english", "Hi, could you tell me the status of case HB2026120100236? I reported the noise from a bar two weeks ago and haven't heard anything. Thanks, James Wu",
      intent="status", case="HB2026120100236", en=True, ids=["n:James Wu"]),
    C("r22-220", "wechat", "查一下进度 HB2026112200913 谢谢🙏",
      intent="status", case="HB2026112200913"),
    C("r22-221", "plain", "我有个12345的工单号2026112812345678，是说我们小区垃圾站的，想问问现在怎么样了。",
      intent="status"),
    C("r22-222", "elderly", "同志你好，我是前些天打电话反映养猪场的老秦，那个事情有个单号HB2026111400365，我孙子帮我查不到，你们帮我看看办得咋样了。",
      intent="status", case="HB2026111400365", ids=["n:老[秦]"]),
    # info (5)
    C("r22-223", "plain", "请问你们环保信访的受理时间是几点到几点？周末能来现场反映吗？",
      intent="info"),
    C("r22-224", "question", "想问一下，反映环境问题一般多久会有答复？是不是一定要留真实姓名？",
      intent="info"),
    C("r22-225", "english", "Hello, I'm a foreigner living in Suzhou. Can I file an environmental complaint in English here, and what information do I need to give?",
      intent="info", en=True),
    C("r22-226", "mixed", "请问 online 投诉之后 有没有 SMS 通知? 还是要自己来查?",
      intent="info"),
    C("r22-227", "plain", "你们的来访接待地址在哪里？我想带着照片材料当面去反映。",
      intent="info"),
    # evaluate (5): thanks for a reply and complaints about the handling
    C("r22-228", "plain", "上次反映的洗车店排污水的事，你们的人第二天就来了，现在已经不排了，非常满意，谢谢你们！",
      intent="evaluate"),
    C("r22-229", "dialect-dongbei", "你们那个答复俺看了，啥也没解决，就说已责令整改，那厂子该冒烟还冒烟，俺不满意！",
      intent="evaluate"),
    C("r22-230", "plain", "案件HB2026110800144的处理结果收到了，工作人员态度很好，但是问题只解决了一半，我给个基本满意吧。",
      intent="evaluate", case="HB2026110800144"),
    C("r22-231", "english", "I got your written reply about the factory dust. Honestly it was useless: it just repeats that the plant has a permit. Very dissatisfied. - Helen Ma",
      intent="evaluate", en=True, ids=["n:Helen Ma"]),
    C("r22-232", "wechat", "给你们点个赞👍 噪音的事处理得很快，楼下KTV现在十点就关门了",
      intent="evaluate"),
    # review (2)
    C("r22-233", "long", "关于信访处理意见书的复查申请\n本人于2026年11月20日收到编号HB2026102700529的信访处理意见书，对其中认定的事实不服，现申请复查。\n申请人：蓝海生\n电话：0771-5362480",
      intent="review", case="HB2026102700529", ids=["n:蓝海生", "p:0771-5362480"]),
    C("r22-234", "plain", "复查的结果我也不认可，编号HB2026090500187，我要申请复核，请告诉我该交给哪里。",
      intent="review", case="HB2026090500187"),
    # human (3)
    C("r22-235", "plain", "别让机器人回了，给我转个真人客服。",
      intent="human"),
    C("r22-236", "dialect-chuanyu", "你这个机器答得牛头不对马嘴的，找个人来跟我说嘛。",
      intent="human"),
    C("r22-237", "english", "Can I speak to a real person please? This chatbot doesn't understand me.",
      intent="human", en=True),
    # greeting (2)
    C("r22-238", "plain", "你好，在吗？",
      intent="greeting"),
    C("r22-239", "dialect-minnan", "恁好，借问一下，有人佇咧无？",
      intent="greeting"),
    # other (1)
    C("r22-240", "plain", "你们单位招不招环境监测的实习生？我是环境工程专业大三的学生。",
      intent="other"),
]

if __name__ == "__main__":
    W(CASES)
