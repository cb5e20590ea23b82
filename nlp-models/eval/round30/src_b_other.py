"""Round thirty, writer B: 17 other intents, r30-284..300."""
from mk import C, W

LOOKALIKE = ()
NEW = {"elderly": ["r30-288", "r30-296"], "voice": ["r30-285"], "group": ["r30-291"], "insider": [], "trad": ["r30-289", "r30-298"]}

cases = [
    # status
    C("r30-284", "plain", "你好，我上个月反映的砖厂冒黑烟的事，编号HB2026111400372，现在处理到哪一步了？一直没人联系我。",
      intent="status", case="HB2026111400372"),
    C("r30-285", "speech",
      "喂 我想问一下 我前几天打电话说的那个 养猪场的事 有没有人去看啊 我姓蒋 电话幺八六 幺二三七 四零九六五 你们查一下",
      intent="status", ids=["n:姓[蒋]", "p:幺八六 幺二三七 四零九六五"]),
    C("r30-286", "wechat", "查进度 HB2026120300158", intent="status", case="HB2026120300158"),
    C("r30-287", "english",
      "Hi, this is Maria Gonzalez again. I reported the noisy concrete plant two weeks ago (case HB2026112200941). "
      "Has anyone been sent to check it? Nobody has contacted me.",
      intent="status", en=True, case="HB2026112200941", ids=["n:Maria Gonzalez"]),
    # info
    C("r30-288", "elderly",
      "同志，我年纪大了不会用手机上网，想问问你们环保局的信访接待室在哪里，星期六开不开门？我想当面去说。",
      intent="info"),
    C("r30-289", "plain", "請問外籍和港澳台人士可以在這裡投訴環境問題嗎？需要提供什麼證件？", intent="info"),
    C("r30-290", "question", "举报工厂偷排有奖励吗？要准备哪些材料，拍的视频算不算证据？", intent="info"),
    # evaluate
    C("r30-291", "plain",
      "我们是锦华苑业主委员会，对HB2026102900217号的答复不满意：你们说油烟净化器已经安装了，可是味道一点没少，整改就是走过场。"
      "业委会主任 钟丽华", intent="evaluate", case="HB2026102900217", ids=["n:钟丽华"]),
    C("r30-292", "wechat", "那个搅拌站现在晚上不开工了 谢谢你们 处理得很快 给五星", intent="evaluate"),
    C("r30-293", "plain",
      "上次来处理的小郑同志态度很好，但是只来看了一次就结案了，问题其实没解决，我只能打个“基本满意”。",
      intent="evaluate", ids=["N:小[郑]"]),
    # review
    C("r30-294", "long",
      "关于信访事项HB2026101500603的复查申请：本人于十一月二十日收到贵局的书面答复，认为答复中“该企业排放达标”的结论与事实不符，"
      "检测当天企业提前停产，不能代表平时的排放情况。现依法申请复查，请上一级部门重新调查。申请人：邵建新，电话 133-0591-2876。",
      intent="review", case="HB2026101500603", ids=["n:邵建新", "p:133-0591-2876"]),
    C("r30-295", "question", "对你们的处理意见书不服，我能不能申请复查？到哪里申请，期限是多长？", intent="review"),
    # human
    C("r30-296", "elderly", "我说不清楚，打字也慢，能不能叫个工作人员给我打个电话？我姓宁，电话0817-3326190",
      intent="human", ids=["n:姓[宁]", "p:0817-3326190"]),
    C("r30-297", "mixed", "不想跟robot聊了，please转人工客服", intent="human"),
    # greeting
    C("r30-298", "plain", "你們好，辛苦了！", intent="greeting"),
    C("r30-299", "wechat", "在吗", intent="greeting"),
    # other
    C("r30-300", "plain", "我的社保卡丢了去哪里补办？", intent="other"),
]

if __name__ == "__main__":
    W(cases)
