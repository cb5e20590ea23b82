"""Round eighteen, messages that are not reports, r18-216..240.
Written and labelled by hand (blind18), before any run of the extractor."""
from mk import C, W

_n = [215]


def nid():
    _n[0] += 1
    return "r18-%03d" % _n[0]


CASES = [
    # status 6
    C(nid(), "plain", "你好，我上个月反映的那个砖厂冒黑烟的事，编号HB2026110300152，现在处理到哪一步了？韩梅 13870914426",
      intent="status", case="HB2026110300152", ids=["n:韩梅", "p:13870914426"]),
    C(nid(), "english", "Hi, could you tell me the status of my complaint HB2026102700088? It has been three weeks and nobody has called. Oliver Brown",
      intent="status", case="HB2026102700088", en=True, ids=["n:Oliver Brown"]),
    C(nid(), "wechat", "查下进度 HB2026111500331 谢谢[抱拳]", intent="status", case="HB2026111500331"),
    C(nid(), "speech", "喂 我想问一下 我那个案子 编号是 HB2026112000417 嗯 到现在 还没人联系我 我姓卢 电话 幺五八 三九零七 二二六一",
      intent="status", case="HB2026112000417", ids=["n:姓[卢]", "p:幺五八 三九零七 二二六一"]),
    C(nid(), "elderly", "我是上回打电话反映养鸭场的老汉，孙子帮我查了编号是HB2026093000076，想问问有没有人去看过。我叫石德旺。",
      intent="status", case="HB2026093000076", ids=["n:石德旺"]),
    C(nid(), "dialect-yue", "我想问下我上个礼拜投诉嗰单 HB2026112500209 搞成点呀？仲未有人覆我。", intent="status",
      case="HB2026112500209"),
    # evaluate 3
    C(nid(), "plain", "编号HB2026101100045的处理结果我不满意，工厂只是白天停了，晚上照样排，给个差评。", intent="evaluate",
      case="HB2026101100045"),
    C(nid(), "wechat", "你们处理得很快 烧烤店已经装了油烟净化器 非常满意 谢谢[赞] 案件号HB2026110800133 宋",
      intent="evaluate", case="HB2026110800133", ids=["n:[宋]"]),
    C(nid(), "english", "I'd give the handling of case HB2026101900266 five stars. The noise stopped within a week. Thank you!",
      intent="evaluate", case="HB2026101900266", en=True),
    # review 2
    C(nid(), "plain", "我对HB2026091200058的答复不服，按规定申请复查，工厂的监测数据是他们自己报的，不可信。申请人 龙建军 13508417729",
      intent="review", case="HB2026091200058", ids=["n:龙建军", "p:13508417729"]),
    C(nid(), "question", "收到县里的信访处理意见书已经十天了，我想向市里申请复查，编号HB2026082900174，应该怎么提交？",
      intent="review", case="HB2026082900174"),
    # info 5
    C(nid(), "question", "你们信访接待的地址在哪里？周末上班吗？", intent="info"),
    C(nid(), "question", "请问网上投诉需要提供身份证号吗？", intent="info"),
    C(nid(), "english", "What is the phone number of the environmental complaint hotline, and can I complain anonymously?",
      intent="info", en=True),
    C(nid(), "plain", "举报环境违法有奖励吗？奖励怎么领？", intent="info"),
    C(nid(), "question", "投诉以后多长时间能给答复？", intent="info"),
    # human 4
    C(nid(), "plain", "别让机器人回我了，我要跟真人说话。", intent="human"),
    C(nid(), "typo", "能不能转人公？说了半天你都听不懂", intent="human"),
    C(nid(), "elderly", "我不会打字，孙子帮我发的，能不能让工作人员给我打个电话？我叫覃桂英，电话 0778-2216053。",
      intent="human", ids=["n:覃桂英", "p:0778-2216053"]),
    C(nid(), "dialect-dongbei", "整个真人出来唠唠呗，跟你这机器说不明白。", intent="human"),
    # greeting 3
    C(nid(), "plain", "你好", intent="greeting"),
    C(nid(), "wechat", "在吗？", intent="greeting"),
    C(nid(), "plain", "早上好，辛苦了！", intent="greeting"),
    # other 2
    C(nid(), "question", "你们单位招不招临时工？", intent="other"),
    C(nid(), "plain", "今天天气怎么样？", intent="other"),
]

if __name__ == "__main__":
    assert len(CASES) == 25, len(CASES)
    W(CASES)
