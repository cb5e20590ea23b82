"""Round twenty-five, r25-216..240: messages that are not reports (status 7, info 5, evaluate 4, review 3, human 3,
greeting 2, other 1)."""
from mk import C, A, W

CASES = [
    # status
    C("r25-216", "plain", "你好，我十一月初反映的砖厂冒烟的事，受理编号HB2026110400231，现在处理到哪一步了？",
      intent="status", case="HB2026110400231"),
    C("r25-217", "speech", "喂我想问一下我那个案子办得怎么样了编号是HB二零二六一一二零零零零八七哦不对我直接打字吧HB2026112000087",
      intent="status", case="HB2026112000087"),
    C("r25-218", "dialect-yue", "唔该，我上个礼拜投诉嗰单嘢而家点呀？编号HB2026113000412，我姓温，电话13650028471。",
      intent="status", case="HB2026113000412", ids=["n:姓[温]", "p:13650028471"]),
    C("r25-219", "english", "Hi, I reported a noisy factory three weeks ago. My case number is HB2026111700356. Any update? Thanks, Julia",
      intent="status", en=True, case="HB2026111700356", ids=["n:Julia"]),
    C("r25-220", "wechat", "亲 我的投诉有结果了吗🥺 等了快一个月了 编号HB2026110900044",
      intent="status", case="HB2026110900044"),
    C("r25-221", "plain", "我之前打电话反映过养猪场的事，没记编号，登记的手机号是13907431265，能帮我查一下进度吗？",
      intent="status", ids=["p:13907431265"]),
    C("r25-222", "dialect-dongbei", "咋回事儿啊，俺那事儿报上去都一个来月了，一点动静没有，编号HB2026110600178，给俺查查呗。",
      intent="status", case="HB2026110600178"),
    # info
    C("r25-223", "plain", "请问环保投诉除了网上，还能打什么电话？周末有人接吗？", intent="info"),
    C("r25-224", "english", "How can I file an environmental complaint in English? Do I need to give my passport number?",
      intent="info", en=True),
    C("r25-225", "question", "想问一下，去你们那里当面反映要带什么材料？信访接待室在几楼，几点上班？", intent="info"),
    C("r25-226", "dialect-chuanyu", "问一哈，举报了之后好久会有回音嘛？是不是要等一个月哦？", intent="info"),
    C("r25-227", "plain", "匿名举报可以吗？会不会被厂里知道是我举报的？", intent="info"),
    # evaluate
    C("r25-228", "plain", "你们上次派人来查了洗煤厂，现在晚上不排黑水了，很满意，给你们点个赞。编号HB2026102800119。",
      intent="evaluate", case="HB2026102800119"),
    C("r25-229", "wechat", "处理结果收到了😒 说是达标排放 可是味道还是一样大 不满意 给个差评👎",
      intent="evaluate"),
    C("r25-230", "english", "The reply to my complaint was fast and clear, and the workshop now closes at 10 pm. Five stars. Ahmed Khan",
      intent="evaluate", en=True, ids=["n:Ahmed Khan"]),
    C("r25-231", "dialect-wu", "侬拉回复个结果阿拉看过了，讲得倒是清爽，就是厂里还是老样子，勿满意。", intent="evaluate"),
    # review
    C("r25-232", "plain", "我对你们10月20日出具的信访处理意见书不服，申请复查。原编号HB2026090300265，申请人冯秀兰，电话15874306219。",
      intent="review", case="HB2026090300265", ids=["n:冯秀兰", "p:15874306219"]),
    C("r25-233", "long", "关于编号HB2026081500093信访事项的复核申请：\n本人于11月10日收到复查意见，认为复查没有到现场核实，结论与事实不符，现依法申请复核。\n申请人：蒋德明\n联系电话：0731-84529170",
      intent="review", case="HB2026081500093", ids=["n:蒋德明", "p:0731-84529170"]),
    C("r25-234", "mixed", "我收到了处理意见书，但是我不agree，想申请复查，要怎么操作？我的编号是HB2026100800321。",
      intent="review", case="HB2026100800321"),
    # human
    C("r25-235", "plain", "别让机器人回了，我要跟人工说话。", intent="human"),
    C("r25-236", "english", "Can I talk to a real person please? The bot does not understand me.", intent="human", en=True),
    C("r25-237", "dialect-yue", "唔该转人工啦，我讲咗好多次你都唔明。", intent="human"),
    # greeting
    C("r25-238", "wechat", "在吗👋", intent="greeting"),
    C("r25-239", "plain", "您好，请问有人在吗？", intent="greeting"),
    # other
    C("r25-240", "plain", "请问你们这里能办理身份证补办吗？", intent="other"),
]

if __name__ == "__main__":
    W(CASES)
