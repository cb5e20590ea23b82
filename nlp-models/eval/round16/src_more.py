"""Round sixteen, messages that are not reports (r16-216 to r16-240): status queries, information requests, asking for a
human, greetings, reviews, evaluations, other."""
from mk import A, C, W
from pl import pl, idn

_n = [215]


def M(reg, intent, text, **kw):
    _n[0] += 1
    C(f"r16-{_n[0]:03d}", reg, text, intent=intent, **kw)


# --- status ---
M("plain", "status", "你好，我11月3日反映的那个养猪场排污的事，受理编号HB2026110300123，现在处理到哪一步了？",
  case="HB2026110300123")
M("speech", "status", "喂我想查一下我那个案子啊编号是HB二零二六一一二零零零零四五不对我念一下字母HB2026112000045对就这个现在有人去看了没有",
  case="HB2026112000045")
M("wechat", "status", "查进度 HB2026101500871 都快两个月了 还没人联系我 我是[图片]里那个反映噪音的 电话18724490316",
  case="HB2026101500871", phone="18724490316", ids=[("18724490316", "phone", "petitioner")])
M("english", "status", "Hi, I reported a smell from a factory two weeks ago and got case number HB2026111800302. Could you tell me whether anyone has inspected it yet? Thanks, Laura Kim",
  lang="en", case="HB2026111800302", name="Laura Kim", ids=[("Laura Kim", "name", "petitioner")])
M("elderly", "status", "同志，我是上个月来反映河里有油的那个老头，姓谭，我孙女给我记了个号码HB2026110700518，我想问问你们去看了没有，结果是啥。",
  case="HB2026110700518", name="谭", ids=[("姓[谭]", "name", "petitioner")])
M("typo", "status", "请问我的信访件HB2026112500067进度怎么样了，已经过了十五天了还没有收到告之书。",
  case="HB2026112500067")
# --- information ---
M("question", "info", "请问你们环保局的信访接待时间是几点到几点？周六上班吗？")
M("plain", "info", "我想写信反映问题，请问信寄到哪个地址？要不要写身份证号？")
M("english", "info", "Hello, I am a foreigner living in Shenzhen. Can I also file an environmental complaint here, and in what language? What information do you need from me?",
  lang="en")
M("dialect-yue", "info", "想问下投诉之后几耐会有回复？可唔可以用微信查进度㗎？")
M("question", "info", "举报环境违法有没有奖励？奖励怎么领？需要什么材料？")
# --- a human ---
M("plain", "human", "我不想跟机器人说话，请给我转人工客服。")
M("dialect-dongbei", "human", "你这机器人整半天也整不明白，给我找个真人来唠，行不？")
M("mixed", "human", "Can I talk to a real person？我的问题比较复杂，机器人说不清楚。")
M("elderly", "human", "我眼睛不好，打字慢，能不能让工作人员给我回个电话？我的电话是一三九零七三一五五二八，我姓龚。",
  name="龚", phone="13907315528", ids=[("一三九零七三一五五二八", "phone", "petitioner"), ("姓[龚]", "name", "petitioner")])
# --- greetings ---
M("wechat", "greeting", "在吗？👋")
M("plain", "greeting", "你好，早上好！")
M("english", "greeting", "Hi there, good evening.")
# --- review (Art 30) ---
M("long", "review", "关于信访事项复查的申请\n我于2026年9月收到贵局对我反映的砖厂粉尘问题的书面答复（编号HB2026081200233），答复称该厂已达标排放。我对答复不服，因为当时检测是提前通知的。现根据规定，在三十日内申请复查。\n申请人：邵国华\n电话：15570481236",
  case="HB2026081200233", name="邵国华", phone="15570481236",
  ids=[("邵国华", "name", "petitioner"), ("15570481236", "phone", "petitioner")])
M("plain", "review", "我对县环保局给我的处理意见书不服，想向市里申请复查，请问我现在直接在这里提交就可以吗？我的编号是HB2026100900412。",
  case="HB2026100900412")
# --- evaluate ---
M("plain", "evaluate", "你们上次处理那个化工厂气味的事很及时，第二天就有人来了，现在味道小多了，非常满意，给你们点赞！")
M("dialect-chuanyu", "evaluate", "你们回复的那个东西我看了，说啥子达标排放，我们天天闻到臭，满意个锤子，不满意！")
M("english", "evaluate", "I got your reply about the noise from the construction site (case HB2026111000129). Honestly not satisfied: the reply says night work stopped, but it didn't. One star.",
  lang="en", case="HB2026111000129")
# --- other ---
M("plain", "other", "你们单位还招人吗？我是环境工程专业的应届毕业生。")
M("wechat", "other", "今天天气真好哈哈，你们吃饭了吗")

assert _n[0] == 240, _n[0]
W("cases-more.jsonl")
