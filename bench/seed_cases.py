#!/usr/bin/env python3
"""Registers N cases through the HTTP fallback of the web chat, as a petitioner would, and prints
"caseNumber code" lines: the input of the status benchmark. Usage: seed_cases.py BASE_URL N"""
import json
import re
import sys
import urllib.request


def post(url, body, token=None):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.load(r)


def main(base, n):
    answers = ["工厂夜里排放废水，河里有死鱼，已经一周了", "江苏省南京市江宁区秣陵街道", "请尽快查处",
               "匿名反映", "确认提交"]
    for i in range(n):
        conv = post(base + "/api/v1/chat/conversations", {"lang": "zh"})
        token, last = conv["token"], None
        for j, text in enumerate(answers):
            last = post(base + "/api/v1/chat/messages",
                        {"token": token, "text": text, "clientMsgId": f"b{i}-{j}"})
        receipt = "\n".join(m["text"] for m in last["messages"])
        number = re.search(r"案件编号：(HB\d{13})", receipt).group(1)
        code = re.search(r"查询码：([A-Z0-9]{8})", receipt).group(1)
        print(number, code, flush=True)


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), int(sys.argv[2]))
