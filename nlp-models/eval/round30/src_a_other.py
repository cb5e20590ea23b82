"""Round thirty, writer A: 17 other intents, r30-134..150."""
from mk import C, W, A

N = lambda n: "r30-%03d" % n
VOICE = {}


def v(tag, *ns):
    for n in ns:
        VOICE[N(n)] = tag


v("older", 136, 145)
v("voice-input", 137, 148)
v("hk-tw", 140, 149)
v("representative", 144)
v("insider", 147)

cases = [
    C(N(134), "plain", "你好，我上个月反映的那个砂石场扬尘的问题，受理编号HB2026110300418，到现在还没有人联系我，请问处理到哪一步了？柳青 13987023315",
      intent="status", case="HB2026110300418", ids=["n:柳青", "p:13987023315"]),
    C(N(135), "wechat", "查下进度 HB2026112000107", intent="status", case="HB2026112000107"),
    C(N(136), "elderly", "同志，我是上回写信反映养鸭场臭气的那个老头子，姓符，信寄出去半个多月了，也不知道领导收到没有，有没有个回音，劳烦给查一查。",
      intent="status", ids=["n:姓[符]"]),
    C(N(137), "speech", "喂你好我想问一下我前几天打电话投诉的那个事就是那个工地晚上施工的编号我记不住了我叫尹凤霞电话幺三五零八七二六六四一九",
      intent="status", ids=["n:尹凤霞", "p:幺三五零八七二六六四一九"]),
    C(N(138), "question", "请问企业排污许可证的信息在哪里可以查到？我想看看我们附近那个厂有没有证。", intent="info"),
    C(N(139), "english", "Hi, which office handles noise complaints about construction at night, the environment bureau or urban management? "
      "I don't want to file in the wrong place. The site near my flat runs concrete pumps until 1 a.m. and I have recordings. Also, can I write in English or do I need a Chinese translation? Thanks, Daniel", intent="info", en=True, ids=["n:Daniel"]),
    C(N(140), "plain", "請問台灣居民在大陸可以用台胞證在網上提交環境投訴嗎？需要填哪些資料？", intent="info"),
    C(N(141), "plain", "上次反映的猪场臭味问题，环保局的小周来看过以后，猪场装了除臭设备，现在好多了，谢谢你们！", intent="evaluate",
      ids=["N:小[周]"]),
    C(N(142), "wechat", "处理结果不满意 就来拍了几张照片走了 厂子照样排 一星", intent="evaluate"),
    C(N(143), "mixed", "想给这次的处理打个分：response 很快，第二天就来人了，但最后的结果只说“已责令整改”，没有 details，给3分吧。", intent="evaluate"),
    C(N(144), "long", "关于编号HB2026102600233答复意见的复核申请\n我们是锦华小区业主委员会。贵局十一月二十日的答复说小区旁边搅拌站的噪声“经监测达标”，"
      "但监测是在白天搅拌站停工时做的，夜里十点以后的作业根本没有测。业主对这个答复不认可，特依照规定申请复核，请求在夜间重新监测，并在监测时通知业委会派人到场。附：业主夜间录音及时间记录十五份，监测点位示意图一张。"
      "业委会主任 贺伟 电话 0731-84526617", intent="review", case="HB2026102600233", ids=["n:贺伟", "p:0731-84526617"]),
    C(N(145), "elderly", "对你们上回的答复，老汉我不服。说什么“未发现异常”，那是你们来的那天厂子停了。我要求上级再查一回。", intent="review"),
    C(N(146), "wechat", "能不能转人工 机器人答的都不对", intent="human"),
    C(N(147), "plain", "我是厂里的员工，有些情况不方便在这里打字，能不能给我一个工作人员的电话，我当面说。", intent="human"),
    C(N(148), "speech", "喂你好在吗", intent="greeting"),
    C(N(149), "plain", "您好，打擾了。", intent="greeting"),
    C(N(150), "wechat", "你们单位招不招临时工啊 我会开车", intent="other"),
]
assert len(cases) == 17
if __name__ == "__main__":
    W(cases)
