"""Round seventeen, r17-216..240: messages that are not reports (status, info, human, greeting, evaluate, review,
other). None names a problem's place, so place, kinds and category are null."""
from mk import C, W

cases = [
    # status
    C("r17-216", "plain", "你好，我上个月反映的水泥厂粉尘的事，受理编号HJ202611040027，到现在还没人联系我，请问办到哪一步了？我叫秦玉芬，电话13706351148。",
      intent="status", case="HJ202611040027", ids=["n:秦玉芬", "p:13706351148"]),
    C("r17-217", "speech", "喂 那个 我想问一下 我前几天 打电话 说的那个事 那个 养猪场的 有 有结果了没 我姓殷 电话是 幺八七 零五五二 三九一六",
      intent="status", ids=["n:姓[殷]", "p:幺八七 零五五二 三九一六"], phone="18705523916"),
    C("r17-218", "wechat", "请问件号XF-2026-08813的处理进度？都快两个月了🙏",
      intent="status", case="XF-2026-08813"),
    C("r17-219", "english", "Hi, I submitted a complaint about the noisy factory three weeks ago, reference number 20261114-0392. Could you tell me where it stands? Thanks, Olivia Brown",
      intent="status", en=True, case="20261114-0392", ids=["n:Olivia Brown"]),
    C("r17-220", "dialect-chuanyu", "我上回跟你们说的那个事情，到底啷个样了嘛？等了好久都没得人回我。",
      intent="status"),
    C("r17-221", "typo", "您好，我11月20号在网上提交的投诉，编号是2026112000417，一直显示“待受理”，请问什么时候能受里？",
      intent="status", case="2026112000417"),
    # info
    C("r17-222", "question", "请问除了打电话，还能通过什么方式反映环境问题？可以写信吗？信寄到哪里？",
      intent="info"),
    C("r17-223", "elderly", "同志，我不会用手机打字，想当面去说个事，你们单位在哪里？星期六上不上班？",
      intent="info"),
    C("r17-224", "mixed", "想问一下反映问题的时候可以匿名吗？需要upload身份证吗？",
      intent="info"),
    C("r17-225", "dialect-yue", "请问你哋几点开门？我想拎啲相过嚟俾你哋睇，使唔使预约？",
      intent="info"),
    C("r17-226", "plain", "投诉以后多少天之内会给答复？超过了期限找谁？",
      intent="info"),
    # human
    C("r17-227", "plain", "我不想跟机器说话，麻烦转人工客服。",
      intent="human"),
    C("r17-228", "dialect-dongbei", "你这机器人唠不明白，整个真人来跟俺说，俺叫于长江，电话一三九零四五一二八七六。",
      intent="human", ids=["n:于长江", "p:一三九零四五一二八七六"], phone="13904512876"),
    C("r17-229", "plain", "我想找一下上次来我们村调查的那个李科长，他说有事可以直接找他，能把电话给我吗？",
      intent="human", ids=["N:[李]科长"]),
    C("r17-230", "wechat", "人工！人工！人工！",
      intent="human"),
    # greeting
    C("r17-231", "plain", "你好，在吗？",
      intent="greeting"),
    C("r17-232", "dialect-wu", "侬好呀，有人伐？",
      intent="greeting"),
    C("r17-233", "plain", "早上好，辛苦了！",
      intent="greeting"),
    # evaluate
    C("r17-234", "plain", "对案件号HB20261009031的答复很满意，工作人员第二天就到现场了，厂子现在也不排了，谢谢你们！葛红英",
      intent="evaluate", case="HB20261009031", ids=["n:葛红英"]),
    C("r17-235", "wechat", "你们的回复完全是敷衍，说“已责令整改”，可厂子照样天天冒烟，这个答复我不满意，打一星⭐",
      intent="evaluate"),
    C("r17-236", "question", "收到你们的回复了，说监测达标，可是我们明明天天闻到味儿，达标就等于没问题吗？这样的答复我不认可。编号2026-HJ-3307。",
      intent="evaluate", case="2026-HJ-3307"),
    # review
    C("r17-237", "long", "市生态环境局：\n我对贵局2026年11月28日就我反映的屠宰场污水问题作出的答复意见（编号HJF2026-1128-05）不服，现申请复查。理由：答复称“未发现直排”，但我有当晚拍摄的排污视频。\n申请人：尤志刚\n电话：15862437719",
      intent="review", case="HJF2026-1128-05", ids=["n:尤志刚", "p:15862437719"]),
    C("r17-238", "plain", "我对区里的处理结果不服，要求市里复核，原来的件号是QS2026-0571。",
      intent="review", case="QS2026-0571"),
    # other
    C("r17-239", "plain", "你们招不招环保志愿者？我是大学生，周末有空。",
      intent="other"),
    C("r17-240", "mixed", "你们website的首页一直loading不出来，是不是server挂了？顺便说一声，手机版的字太小了。",
      intent="other"),
]

if __name__ == "__main__":
    W(cases)
