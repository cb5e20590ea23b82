"""Round nineteen: 25 messages that are not reports, r19-216..240."""
from mk import C, W

cases = [
    # status 6
    C("r19-216", "plain", "你好，我11月20日反映的那个养猪场臭味的事，编号HB2026112000318，现在处理到哪一步了？",
      intent="status", case="HB2026112000318"),
    C("r19-217", "wechat", "查一下进度 HB2026111500742 谢谢🙏", intent="status", case="HB2026111500742"),
    C("r19-218", "english", "Hi, could you tell me the status of my complaint HB2026110300569? I reported the paint smell three weeks ago and haven't heard back. Thanks, Helen Moore",
      intent="status", en=True, case="HB2026110300569", ids=["n:Helen Moore"]),
    C("r19-219", "elderly", "我上个月打电话说了楼下饭店油烟的事，到现在也没人来，也没人给我回话，我想问问办得怎么样了。我姓葛，电话0871-65324718。",
      intent="status", ids=["n:姓[葛]", "p:0871-65324718"]),
    C("r19-220", "speech", "喂 那个 我想问一下 我上礼拜反映的那个 工地噪音的事 嗯 有没有结果啊 我叫 嗯 房 房立伟 电话 一八九 零二七 三一 四五六",
      intent="status", ids=["n:房立伟", "p:一八九 零二七 三一 四五六"]),
    C("r19-221", "question", "我的投诉编号是HB2026100900081，查询码弄丢了，能不能重新发一个到我手机上？", intent="status",
      case="HB2026100900081"),
    # info 5
    C("r19-222", "question", "请问环保投诉除了打12369，还可以在网上哪里提交？周末有人接电话吗？", intent="info"),
    C("r19-223", "english", "How do I file a noise complaint in English? Do you accept photos and videos as evidence?",
      intent="info", en=True),
    C("r19-224", "plain", "想咨询一下，投诉以后多少天内会给答复？", intent="info"),
    C("r19-225", "wechat", "请问匿名举报可以吗 会不会泄露我的信息", intent="info"),
    C("r19-226", "elderly", "我不会用手机上网，想投诉的话能不能直接去环保局？地址在哪里？几点上班？", intent="info"),
    # human 4
    C("r19-227", "plain", "不要机器人回复，请转人工客服，谢谢。", intent="human"),
    C("r19-228", "dialect-yue", "唔该帮我转个真人接线员啦，我讲唔清楚。", intent="human"),
    C("r19-229", "english", "Can I talk to a real person please? Your bot doesn't understand me.", intent="human", en=True),
    C("r19-230", "question", "有没有人工？我要跟工作人员直接说，电话13845720619，姓甄。", intent="human",
      ids=["p:13845720619", "n:姓[甄]"]),
    # greeting 3
    C("r19-231", "plain", "您好，在吗？", intent="greeting"),
    C("r19-232", "wechat", "哈喽 有人在吗😊", intent="greeting"),
    C("r19-233", "dialect-dongbei", "哎妈呀，你好你好，俺先打个招呼哈。", intent="greeting"),
    # evaluate 3
    C("r19-234", "plain", "上次反映的砖厂冒烟问题，你们第二天就来查了，现在烟小多了，给你们点个赞！案件编号HB2026101200276。",
      intent="evaluate", case="HB2026101200276"),
    C("r19-235", "plain", "处理我这件事的工作人员很耐心，楼下的噪音也停了，五星好评！——吴俊杰", intent="evaluate",
      ids=["n:吴俊杰"]),
    C("r19-236", "elderly", "你们的答复我看了，说已经整改了，可是味道一点没少，我对这个处理结果不满意。", intent="evaluate"),
    # review 2
    C("r19-237", "long", "关于编号HB2026090500134的信访处理意见书，我于11月2日收到，对其中“排放达标”的结论不服，现依法申请复查，请上一级机关重新调查。申请人：邵文斌 13506713382",
      intent="review", case="HB2026090500134", ids=["n:邵文斌", "p:13506713382"]),
    C("r19-238", "plain", "对复查意见还是不服，我要申请复核，材料应该交到哪里？", intent="review"),
    # other 2
    C("r19-239", "plain", "你们招不招环境监测的实习生？我是环境工程专业大三的学生。", intent="other"),
    C("r19-240", "mixed", "test测试，请忽略这条message。", intent="other"),
]

assert [c["id"] for c in cases] == ["r19-%03d" % n for n in range(216, 241)]
if __name__ == "__main__":
    W(cases)
