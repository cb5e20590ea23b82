"""Round twenty-seven, messages that are not reports r27-216..240."""
from mk import C, W

cases = [
    C("r27-216", "plain", "你好，我上周反映的问题，编号HB2026112800412，现在处理到哪一步了？", intent="status", case="HB2026112800412"),
    C("r27-217", "wechat", "查下进度 HB2026120100087 谢谢😊", intent="status", case="HB2026120100087"),
    C("r27-218", "speech", "喂 你好 我想问一下 我那个 上个月 投诉的 那个 养猪场的事 有没有 结果了 我电话 幺三八 零七六二 四五幺九 姓田",
      intent="status", ids=["p:幺三八 零七六二 四五幺九", "n:姓[田]"]),
    C("r27-219", "english", "Hi, what's the status of my complaint HB2026111900235? It's been three weeks. Thanks, Peter",
      intent="status", en=True, case="HB2026111900235", ids=["n:Peter"]),
    C("r27-220", "dialect-dongbei", "俺那事儿咋样了 都一个多月了 也没个信儿 编号是HB2026102700561", intent="status", case="HB2026102700561"),
    C("r27-221", "dialect-yue", "我想问下我上次投诉嗰单嘢跟成点，编号HB2026112000913，唔该。", intent="status", case="HB2026112000913"),
    C("r27-222", "mixed", "请问 complaint 的 progress 怎么查？我的 case number 是 HB2026112400150", intent="status", case="HB2026112400150"),
    C("r27-223", "plain", "请问环保投诉电话是多少？晚上打得通吗？", intent="info"),
    C("r27-224", "question", "隔壁邻居装修吵，这个是找你们还是找物业？", intent="info"),
    C("r27-225", "english", "Can foreigners file an environmental complaint here? Do I need a Chinese ID?", intent="info", en=True),
    C("r27-226", "wechat", "举报要实名吗 怕被报复😰", intent="info"),
    C("r27-227", "dialect-chuanyu", "请问一哈 你们环保局上班是几点到几点嘛 我想过来当面说", intent="info"),
    C("r27-228", "plain", "对你们这次的处理结果很满意，工作人员当天就到了现场，厂子也停产整改了，谢谢！案件编号HB2026111000326。",
      intent="evaluate", case="HB2026111000326"),
    C("r27-229", "wechat", "回复收到了 说什么达标排放 骗鬼呢 晚上来闻闻就知道了 不满意👎", intent="evaluate"),
    C("r27-230", "dialect-other", "恁那个回复俺看了 中 说得在理 厂子也不冒烟了 给恁点个赞", intent="evaluate"),
    C("r27-231", "plain", "我对HB2026092200718号信访事项的处理意见不服，现在申请复查，理由是你们只查了白天，没查晚上。申请人：蒋文斌",
      intent="review", case="HB2026092200718", ids=["n:蒋文斌"]),
    C("r27-232", "long", "环保局：\n我于10月收到复查意见书，对复查结果仍不认可，特申请复核。原编号HB2026080500264。\n申请人 徐桂兰 电话13605127748",
      intent="review", case="HB2026080500264", ids=["n:徐桂兰", "p:13605127748"]),
    C("r27-233", "plain", "能不能转人工？机器人说不明白。", intent="human"),
    C("r27-234", "english", "I'd like to talk to a real person please.", intent="human", en=True),
    C("r27-235", "dialect-yue", "唔该转真人客服啦，同你讲唔清楚。", intent="human"),
    C("r27-236", "wechat", "在吗👋", intent="greeting"),
    C("r27-237", "plain", "您好", intent="greeting"),
    C("r27-238", "plain", "你们公众号的文章写得真好，我转发给朋友了。", intent="other"),
    C("r27-239", "typo", "不好一思，刚才发错了，那条不是投诉，是给我儿子的。", intent="other"),
    C("r27-240", "elderly", "我是帮我奶奶问的，奶奶想知道上次反映的那个事有没有人管了，她说电话是0551-63218470，姓方。",
      intent="status", ids=["p:0551-63218470", "n:姓[方]"]),
]

if __name__ == "__main__":
    W(cases)
