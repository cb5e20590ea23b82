#!/usr/bin/env python3
"""Registers N cases through the HTTP fallback of the web chat, as a petitioner would, and prints
"caseNumber code" lines: the input of the status benchmark. Usage: seed_cases.py BASE_URL N

The petitioner answers whatever the dialog asks, reading only what a person reads (the text of the last
reply and its buttons), like bench's Java Petitioner: a free-text report first, then each question by what
it asks for (place, time, who, how many, request, name, address, phone), buttons by preference ("yes" to a
check, the complaint path, named or anonymous, do not disclose, confirm). So it keeps working when the
dialogs change; a question asked three times running is reported and the petitioner starts over."""
import json
import random
import re
import sys
import urllib.request

CASE = re.compile(r"HB\d{13}")
CODE = re.compile(r"(?:查询码|[Qq]uery code)[：:]\s*([23456789A-HJ-NP-Z]{8})")
SUMMARY_LINE = re.compile(r"(?m)^\s*([^：:\n]{1,12})[：:]")
REPORTS = [
    "村口的电镀厂每天夜里往河里排黄色的废水，水都发黑了，河里还有死鱼，已经一个多月了，请尽快查处。",
    "我家楼下的烧烤店油烟很大，每天晚上从六点到凌晨一直排，窗户都不敢开，希望管一管。",
    "工地晚上十一点以后还在打桩施工，噪声很大，附近小区的老人孩子都睡不着觉。",
    "镇上的化工厂最近半个月经常在夜里排放刺鼻的气体，闻了头晕恶心，周围几个村都能闻到。",
    "小区旁边的养殖场粪便直接排进水渠，臭味很大，水渠的水都变绿了，请环保部门来看看。",
]
PLACES = ["江苏省南京市江宁区秣陵街道", "浙江省杭州市萧山区城厢街道", "广东省广州市天河区石牌街道"]
RULES = [  # (words in the question, answer); the most specific first
    (("电话", "手机"), lambda r: "139%08d" % r.randrange(10 ** 8)),
    (("姓名", "名字"), lambda r: "测试者" + chr(ord("甲") + r.randrange(10))),
    (("住址", "地址"), lambda r: r.choice(PLACES) + "幸福小区%d栋" % r.randrange(1, 30)),
    (("哪里", "地点", "位置", "哪个市", "省、市"), lambda r: r.choice(PLACES)),
    (("什么时候", "日期", "开始"), lambda r: "上个月"),
    (("多少人", "人数"), lambda r: str(r.randrange(1, 200))),
    (("检举", "工作人员"), lambda r: "镇环保所的一名工作人员对偷排视而不见"),
    (("谁造成", "单位", "工厂", "店铺"), lambda r: "村口的化工厂"),
    (("怎样处理", "诉求", "建议", "希望"), lambda r: "请尽快查处，让他们停止排放"),
    (("发生了什么", "描述", "情况"), lambda r: r.choice(REPORTS)),
]


def post(url, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def button(buttons, *words):
    for w in words:
        for b in buttons:
            if w in b["label"]:
                return b
    return None


def answer(question, buttons, rnd):
    """The next message for the last reply: a button's value or a free-text answer."""
    labels = SUMMARY_LINE.findall(question)
    confirm = button(buttons, "确认", "提交", "Submit", "Confirm")
    if len(labels) >= 3 and (confirm or "修改" in question):
        return confirm["value"] if confirm else "确认提交"
    if buttons:
        if "对吗" in question:
            pick = button(buttons, "是", "对")
        elif "匿名" in question or "姓名" in question:
            pick = button(buttons, "匿名" if rnd.random() < 0.3 else "实名")
        elif "透露" in question:
            pick = button(buttons, "不同意", "不")
        else:
            pick = button(buttons, "投诉", "诉求", "继续", "确认", "是")
        return (pick or buttons[0])["value"]
    for words, make in RULES:
        if any(w in question for w in words):
            return make(rnd)
    return "不清楚"


def intake(base, i, rnd):
    token = post(base + "/api/v1/chat/conversations", {"lang": "zh"})["token"]
    text, last_question, repeats = rnd.choice(REPORTS), None, 0
    for j in range(60):
        replies = [m for m in post(base + "/api/v1/chat/messages",
                                   {"token": token, "text": text, "clientMsgId": f"s{i}-{j}"})["messages"]
                   if m.get("direction") == "out"]
        everything = "\n".join(m["text"] for m in replies)
        number, code = CASE.search(everything), CODE.search(everything)
        if number and code:
            return number.group(0), code.group(1)
        last = replies[-1] if replies else {"text": "", "buttons": []}
        repeats = repeats + 1 if last["text"] == last_question else 0
        last_question = last["text"]
        if repeats >= 2:
            print(f"stuck on: {last_question!r}", file=sys.stderr)
            return None
        text = answer(last["text"], last.get("buttons") or [], rnd)
    print("no receipt after 60 answers", file=sys.stderr)
    return None


def main(base, n):
    rnd = random.Random(7)
    done = attempts = 0
    while done < n and attempts < n * 2:
        attempts += 1
        got = intake(base, attempts, rnd)
        if got:
            print(*got, flush=True)
            done += 1
    if done < n:
        sys.exit(f"registered only {done} of {n} cases")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), int(sys.argv[2]))
