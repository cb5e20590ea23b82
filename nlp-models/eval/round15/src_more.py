"""Round fifteen, messages that are not reports (r15-216..240): status queries, information requests, greetings,
requests for a person, review and evaluation requests, one other.
Written blind (see README.md): labels decided by reading each text, before any run."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mk  # noqa: E402,F401
from cases import C, W  # noqa: E402

# ---- status ----------------------------------------------------------------------------------------
C("r15-216", "speech", "喂 你好 我 想 问 一下 我 之前 那个 投诉 现在 处理 到 哪 一步 了 编号 是 HB2026110300127 查询码 是 K7MQ4TXA",
  intent="status", case="HB2026110300127")
C("r15-217", "wechat", "你好，我的案件HB2026112000845到现在还没有人联系我，已经超过15天了，请问进展如何？",
  intent="status", case="HB2026112000845")
C("r15-218", "english",
  "Hi, I filed a complaint about the noise from the factory last week. My case number is HB2026112600331. Could you "
  "tell me what is happening with it? Thanks, Marco Bianchi",
  intent="status", lang="en", case="HB2026112600331", name="Marco Bianchi",
  ids=[("Marco Bianchi", "name", "petitioner")])
C("r15-219", "dialect-yue", "唔该，我想问下我上个礼拜投诉嗰单嘢而家点呀？编号HB2026112800519。",
  intent="status", case="HB2026112800519")
C("r15-220", "elderly",
  "同志你好，我是上个月打电话反映河水发臭的老周，你们给了我一个号码HB2026110700062，我眼睛不好看不清手机，想问问现在到底处理了没有。",
  intent="status", case="HB2026110700062", name="周", ids=[("老[周]", "name", "petitioner")])
C("r15-221", "typo", "请问我的按件HB2026111500903处理的怎么样了？已经过去一个多月了，一直没有回复。",
  intent="status", case="HB2026111500903")

# ---- information -----------------------------------------------------------------------------------
C("r15-222", "question", "请问你们环保局的来访接待时间是几点到几点？周六上班吗？", intent="info")
C("r15-223", "speech", "那个 我 想 问 一下 就是 举报 污染 除了 打 电话 还能 在 哪 里 举报 网上 能 不能 举报", intent="info")
C("r15-224", "dialect-dongbei", "打听一嘴，你们这地址在哪旮沓？俺想直接上门去反映。", intent="info")
C("r15-225", "plain", "匿名举报的话，后面怎么查处理结果？", intent="info")
C("r15-226", "question", "你们多久会给答复？是不是必须在十五天内告诉我受理没受理？", intent="info")

# ---- greetings -------------------------------------------------------------------------------------
C("r15-227", "wechat", "你好呀 在吗？", intent="greeting")
C("r15-228", "dialect-minnan", "恁好，借问一下，有人佇咧无？", intent="greeting")
C("r15-229", "elderly", "领导同志们好，辛苦了！祝你们工作顺利。", intent="greeting")

# ---- a person, please ------------------------------------------------------------------------------
C("r15-230", "dialect-chuanyu", "我不想跟机器人说了，你给我转个真人嘛，说不清楚。", intent="human")
C("r15-231", "question", "能不能让工作人员直接给我打个电话？我说不清楚，电话13718862047，我姓乔。",
  intent="human", name="乔", phone="13718862047",
  ids=[("13718862047", "phone", "petitioner"), ("姓[乔]", "name", "petitioner")])
C("r15-232", "speech", "你 这个 机器 听 不 懂 我 说 话 我 要 找 人工 找 人工 客服", intent="human")
C("r15-233", "typo", "请转仁工服务，我要跟真人说话。", intent="human")

# ---- review ----------------------------------------------------------------------------------------
C("r15-234", "long",
  "关于信访事项HB2026090400218的复查申请：本人于2026年11月20日收到县生态环境分局的书面答复意见，认为该答复未查明养殖场偷排的事实，"
  "现依法向市生态环境局申请复查。申请人：蒋德明，身份证号150105199007111821，电话 159 0734 6628",
  intent="review", case="HB2026090400218", name="蒋德明", phone="15907346628", idn="150105199007111821",
  ids=[("蒋德明", "name", "petitioner"), ("150105199007111821", "id", "petitioner"),
       ("159 0734 6628", "phone", "petitioner")])
C("r15-235", "plain", "对你们那个答复我不服，我要申请复核，案件编号HB2026100900457。", intent="review", case="HB2026100900457")
C("r15-236", "dialect-other", "恁那个处理意见俺不认，俺要往上一级申请复查，编号是HB2026101600774。",
  intent="review", case="HB2026101600774")

# ---- evaluation ------------------------------------------------------------------------------------
C("r15-237", "wechat", "HB2026111000288这个案子处理得很及时，工作人员态度也好，给你们打满分。", intent="evaluate",
  case="HB2026111000288")
C("r15-238", "speech", "嗯 对 那个 回复 我 不 满意 就 来 看 了 一眼 啥 也 没 解决 我 给 差评", intent="evaluate")
C("r15-239", "typo", "对你们的处理结果非常不满以，回复全是套话，给个不满意。编号HB2026102200139。", intent="evaluate",
  case="HB2026102200139")

# ---- other -----------------------------------------------------------------------------------------
C("r15-240", "plain", "你们招聘环境监测员吗？我是环境工程专业刚毕业的。", intent="other")

W("cases-more.jsonl")
