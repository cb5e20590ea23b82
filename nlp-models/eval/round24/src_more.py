"""Round twenty-four: 25 messages that are not reports (r24-216..240)."""
from mk import C, W

cases = [
    # status
    C("r24-216", "plain", "你好，我上个月反映的砖厂冒烟的事，受理编号HB2026110400217，查询码K7MPX3QR，现在办到哪一步了？",
      intent="status", case="HB2026110400217"),
    C("r24-217", "plain", "请问案件HB2026112000056有进展了吗？都快一个月了还没人联系我。",
      intent="status", case="HB2026112000056"),
    C("r24-218", "plain", "我想查一下我的信访件处理情况，编号是 HB2026100900381 ，查询码 W4TNHJ9E。我叫邱桂香，电话13877106254。",
      intent="status", case="HB2026100900381", ids=["n:邱桂香", "p:13877106254"]),
    C("r24-219", "english", "Hi, I reported a noise problem two weeks ago, my case number is HB2026111700142. Can you tell me the status? Thanks, Maria Gonzalez.",
      intent="status", case="HB2026111700142", en=True, ids=["n:Maria Gonzalez"]),
    C("r24-220", "dialect-other", "俺前几天反映那个猪场的事，单号是HB2026112500009，恁给俺查查处理哩咋样了？",
      intent="status", case="HB2026112500009"),
    C("r24-221", "plain", "查询码忘了，案件号HB2026102800733，能不能重新发一个查询码到我手机上？",
      intent="status", case="HB2026102800733"),
    C("r24-222", "wechat", "在吗在吗😊 我之前投诉的那个油烟的事有结果了吗？编号我找不到了，好像是HB开头的🙈",
      intent="status"),
    # info
    C("r24-223", "plain", "请问生态环境局的信访接待时间是几点到几点？周六能去吗？",
      intent="info"),
    C("r24-224", "plain", "你好，我想举报一家企业偷排，是打电话好还是写信好？需要带什么材料？",
      intent="info"),
    C("r24-225", "english", "Excuse me, what is the hotline number for environmental complaints? And can I write in English?",
      intent="info", en=True),
    C("r24-226", "plain", "匿名举报可以吗？匿名的话怎么知道处理结果？",
      intent="info"),
    C("r24-227", "dialect-wu", "请问一下，阿拉要去信访办当面反映，地址勒啥地方？几点钟开门？",
      intent="info"),
    # evaluate
    C("r24-228", "plain", "案件HB2026110200415处理得很及时，工作人员上门查看了，工厂也停了，非常满意，给你们点赞！",
      intent="evaluate", case="HB2026110200415"),
    C("r24-229", "plain", "你们的回复我收到了，说已经整改了，可是那个厂晚上还在排，这样处理我不满意。",
      intent="evaluate"),
    C("r24-230", "wechat", "办事效率杠杠的👍👍 问题解决了，谢谢环保局的同志们！",
      intent="evaluate"),
    C("r24-231", "english", "I received your reply about case HB2026111000088. Honestly the answer is not satisfactory, nothing has changed.",
      intent="evaluate", case="HB2026111000088", en=True),
    # review
    C("r24-232", "plain", "我对HB2026100300264号信访事项的处理意见书不服，要求复查。意见书是十一月二十日收到的。",
      intent="review", case="HB2026100300264"),
    C("r24-233", "plain", "复查的结果我还是不认可，想申请复核，应该向哪一级提交？",
      intent="review"),
    C("r24-234", "plain", "你们出的信访处理意见书认定事实不清，我申请上一级复查，请告诉我怎么办理。我叫冷建平，电话15108263974。",
      intent="review", ids=["n:冷建平", "p:15108263974"]),
    # human
    C("r24-235", "plain", "我不想跟机器说话，请帮我转人工客服。",
      intent="human"),
    C("r24-236", "english", "Can I talk to a real person please? This chatbot doesn't understand me.",
      intent="human", en=True),
    C("r24-237", "dialect-dongbei", "你这机器人整不明白，给我找个真人来唠唠！",
      intent="human"),
    # greeting
    C("r24-238", "plain", "你好，在吗？",
      intent="greeting"),
    C("r24-239", "wechat", "哈喽～早上好呀🌞",
      intent="greeting"),
    # other
    C("r24-240", "plain", "你们单位招不招临时工？我会开车。",
      intent="other"),
]

if __name__ == "__main__":
    W(cases)
