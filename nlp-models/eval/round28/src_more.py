"""Round twenty-eight: 25 messages that are not reports. Written by hand."""
from mk import C, A, W

def I(n): return "r28-%03d" % n

cases = [
C(I(216), "wechat", "你好 我上周反映的那个养猪场的事 有结果了吗 编号HB2026111800542 姜 13856207713", intent="status", case="HB2026111800542", ids=["n:[姜]", "p:13856207713"]),
C(I(217), "plain", "您好，我于十月份通过网上提交的投诉，至今未收到回复，请帮忙查询进度。联系人：蒋文静，电话13775208164。", intent="status", ids=["n:蒋文静", "p:13775208164"]),
C(I(218), "question", "我之前打电话投诉的噪音问题处理到哪一步了？我的电话是13911826574", intent="status", ids=["p:13911826574"]),
C(I(219), "english", "Hi, I filed a complaint about a noisy factory two weeks ago, case HB2026112100318. Any update? Emma Clarke", intent="status", en=True, case="HB2026112100318", ids=["n:Emma Clarke"]),
C(I(220), "dialect-dongbei", "俺前些日子反映那事儿咋样了，咋还没信儿呢？姓冯 13644317729", intent="status", ids=["n:姓[冯]", "p:13644317729"]),
C(I(221), "typo", "请问我投术的事情进度怎么样了，编号HB2026102600917", intent="status", case="HB2026102600917"),
C(I(222), "elderly", "我是老年人 孙女帮打的字 上个月说的那个烟囱的事 现在怎么样了 我姓蔡 电话13507318845", intent="status", ids=["n:姓[蔡]", "p:13507318845"]),
C(I(223), "plain", "请问环保投诉可以匿名吗？如果实名，我的信息会不会告诉被举报的企业？", intent="info"),
C(I(224), "question", "装修噪音归你们管还是归物业管？", intent="info"),
C(I(225), "english", "Can foreigners file environmental complaints here? Do I need a Chinese ID?", intent="info", en=True),
C(I(226), "dialect-yue", "请问投诉污染要准备啲咩资料㗎？", intent="info"),
C(I(227), "wechat", "办结了 处理得挺快 满意👍 谢谢你们", intent="evaluate"),
C(I(228), "plain", "对上次投诉的处理结果不满意，工厂只停了两天又开始生产，处理人员也没有回访。", intent="evaluate"),
C(I(229), "dialect-chuanyu", "你们那个处理结果我不认可哈，根本没得人来看过。", intent="evaluate"),
C(I(230), "plain", "我要求转人工客服，机器人回答不了我的问题。", intent="human"),
C(I(231), "wechat", "人工 人工 人工😡", intent="human"),
C(I(232), "english", "Can I speak to a real person please? Jonathan Reid, 18621637405", intent="human", en=True, ids=["n:Jonathan Reid", "p:18621637405"]),
C(I(233), "plain", "本人对案件HB2026090300126的办理结果不服，申请复查。申请人：龚建明，电话13607361825。", intent="review", case="HB2026090300126", ids=["n:龚建明", "p:13607361825"]),
C(I(234), "question", "复查结果我还是不服，可以申请复核吗？编号是HB2026071500844", intent="review", case="HB2026071500844"),
C(I(235), "wechat", "你好呀😊", intent="greeting"),
C(I(236), "dialect-other", "领导好，俺是来问个好的，没啥事。", intent="greeting"),
C(I(237), "typo", "不好意思发错了", intent="other"),
C(I(238), "mixed", "你们这个公众号做得不错，very helpful，点赞！", intent="other"),
C(I(239), "speech", "喂 喂 听得到吗 我是 那个 姓邱 我上次反映的 就是 那个事情 处理好了没有", intent="status", ids=["n:姓[邱]"]),
C(I(240), "dialect-wu", "侬好，我上趟讲个事体哪能了？我姓潘，13761825047", intent="status", ids=["n:姓[潘]", "p:13761825047"]),
]
if __name__ == "__main__":
    W(cases)
