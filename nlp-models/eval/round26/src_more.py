"""Round twenty-six, r26-216..240: 25 messages that are not reports (status 7, info 5, evaluate 4, review 3,
human 3, greeting 2, other 1). Labelled by hand; see README.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import C, W  # noqa: E402

CASES = [
    # ---- status (216-222) ----
    C("r26-216", "wechat", "我上个月投诉的那个事 HB2026110400218 咋样了 一点动静都没有😑",
      intent="status", case="HB2026110400218"),
    C("r26-217", "dialect-dongbei", "俺那案子HB2026112000571到底查没查啊？都半个月了也没个信儿。老孙 13604512238",
      intent="status", case="HB2026112000571", ids=["n:老[孙]", "p:13604512238"]),
    C("r26-218", "english",
      "Could you tell me the status of case HB2026111700093? I reported the quarry noise in Jiutai two weeks ago. Julia Weber",
      intent="status", case="HB2026111700093", en=True, ids=["n:Julia Weber"]),
    C("r26-219", "plain", "我用13598761204这个号码登记过一个投诉，编号忘了，能帮我查一下进度吗？",
      intent="status", ids=["p:13598761204"]),
    C("r26-220", "dialect-yue", "想问下我之前报嘅HB2026102800764处理成点？有冇人去过嗰间厂？",
      intent="status", case="HB2026102800764"),
    C("r26-221", "speech", "喂我想问一下我那个投诉编号是HB2026112500036现在到哪一步了有没有人去看过",
      intent="status", case="HB2026112500036"),
    C("r26-222", "plain", "请问受理编号HB2026110900412的办理结果什么时候出来？已经超过15天了，还没收到任何告知。",
      intent="status", case="HB2026110900412"),
    # ---- info (223-227) ----
    C("r26-223", "plain", "你好，请问你们信访接待室的地址在哪里？周六周日有人接待吗？", intent="info"),
    C("r26-224", "english", "Hello, can I file an environmental complaint in English here? Is there also a hotline I can call?",
      intent="info", en=True),
    C("r26-225", "wechat", "匿名举报可以吗🤔 会不会把我的信息泄露给被举报的人", intent="info"),
    C("r26-226", "question", "环保投诉一般多少天会有答复？是按工作日算还是按自然日算？", intent="info"),
    C("r26-227", "dialect-chuanyu", "请问一哈，楼上装修吵到半夜，到底是找你们还是找派出所嘛？", intent="info"),
    # ---- evaluate (228-231) ----
    C("r26-228", "plain",
      "对HB2026100800155的处理结果很满意，工作人员来得很快，态度也好，那家厂已经装了除尘设备。给你们点赞！",
      intent="evaluate", case="HB2026100800155"),
    C("r26-229", "wechat", "处理结果收到了 不满意👎 说是整改完了 其实晚上照排不误", intent="evaluate"),
    C("r26-230", "english",
      "Thanks for the quick response on my complaint about the pottery kiln, the smoke has stopped. Five stars from me.",
      intent="evaluate", en=True),
    C("r26-231", "dialect-wu", "侬拉上趟派人来处理得老好个，厂里现在夜里向勿开机器了，谢谢侬拉！", intent="evaluate"),
    # ---- review (232-234) ----
    C("r26-232", "plain",
      "本人对HB2026090300288号信访事项的处理意见不服，认为事实没有查清，现申请复查。申请人：龚立新，电话13908271564。",
      intent="review", case="HB2026090300288", ids=["n:龚立新", "p:13908271564"]),
    C("r26-233", "long",
      "市生态环境局：\n"
      "我于十月收到区分局对我反映的养殖场污染问题的复查意见（编号HB2026080600731），复查仍然认定“达标排放”，"
      "但监测是在养殖场停产当天做的，我不能接受。根据规定，我在收到复查意见后三十日内向你局申请复核，请重新调查。\n"
      "申请人 谭秀兰\n2026年11月20日",
      intent="review", case="HB2026080600731", ids=["n:谭秀兰"]),
    C("r26-234", "mixed", "我要申请review，对你们的reply不满意，检测的时候厂子根本没开工。编号HB2026101500921", intent="review",
      case="HB2026101500921"),
    # ---- human (235-237) ----
    C("r26-235", "wechat", "转人工 转人工 转人工‼️", intent="human"),
    C("r26-236", "elderly", "我年纪大了不会打字，能不能让工作人员给我打个电话？我的电话是13707319526，姓廖。",
      intent="human", ids=["p:13707319526", "n:姓[廖]"]),
    C("r26-237", "english", "Can I talk to a real person please? The bot keeps asking me the same question.", intent="human",
      en=True),
    # ---- greeting (238-239) and other (240) ----
    C("r26-238", "wechat", "在吗👋", intent="greeting"),
    C("r26-239", "plain", "早上好，请问有人在吗？", intent="greeting"),
    C("r26-240", "plain", "你们单位今年招人吗？我是环境工程专业的应届毕业生，想问问怎么报名。", intent="other"),
]

if __name__ == "__main__":
    W(CASES)
