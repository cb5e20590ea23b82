"""Round 29, writer A: other intents r29-134..150 (status, info, evaluate, review, human, greeting, other)."""
from mk import C, W

cases = [
    C("r29-134", "wechat", "我上个月投诉的养猪场那个事 现在到哪一步了 编号HB2026110600721", intent="status",
      case="HB2026110600721"),
    C("r29-135", "speech",
      "喂 你好 我想问一下 就是我十一月份打电话反映的那个 石料厂半夜放炮的事情 一直没有人给我回电话 然后我想知道是不是转到县里去了 "
      "我叫 蒋红梅 电话幺三八 七四二六 五五零三",
      intent="status", ids=["n:蒋红梅", "p:幺三八 七四二六 五五零三"]),
    C("r29-136", "english", "Hi, any update on my complaint HB2026112000384? Nobody has contacted me yet. Thanks, Priya",
      intent="status", en=True, case="HB2026112000384", ids=["n:Priya"]),
    C("r29-137", "typo", "我反应的事有结果没有啊都二十多天了", intent="status"),
    C("r29-138", "question", "请问晚上几点以后施工算扰民？打哪个电话投诉？", intent="info"),
    C("r29-139", "dialect-yue", "想问下你哋环保局喺边度？星期六有冇人返工㗎？我想过嚟当面讲", intent="info"),
    C("r29-140", "mixed", "请问online投诉要不要实名？可以anonymous吗？会不会被被投诉的厂知道是我？", intent="info"),
    C("r29-141", "plain",
      "编号HB2026100900562的答复我收到了，说化工厂已经整改到位，但我们这几天晚上照样闻到味，这个答复我不满意，不认可。",
      intent="evaluate", case="HB2026100900562"),
    C("r29-142", "wechat", "上次反映的烧烤摊已经搬走了 处理得很快 谢谢你们 给个好评👍", intent="evaluate"),
    C("r29-143", "long",
      "尊敬的领导：\n本人于今年九月就村头砖厂粉尘问题向贵局反映（编号HB2026091800276），十月收到书面答复，称该厂已停产整顿。\n"
      "答复收到后，工作人员态度很好，也来村里看过两次，砖厂确实停了一个月，这一点我表示肯定。\n"
      "但十一月中旬以后该厂又恢复生产，粉尘与以前一样，答复中所说的“长效监管”并未落实。\n"
      "因此本人对此次处理结果评价为不满意，请贵局予以重视。\n"
      "钱文彬\n电话：0517-86432219\n2026年12月6日",
      intent="evaluate", case="HB2026091800276", ids=["n:钱文彬", "p:0517-86432219"]),
    C("r29-144", "plain",
      "我对县生态环境分局HB2026081500649号信访处理意见书不服，认为事实认定不清，依法申请复查，请告诉我需要交什么材料。"
      "申请人：曹丽华 电话：15050482913",
      intent="review", case="HB2026081500649", ids=["n:曹丽华", "p:15050482913"]),
    C("r29-145", "question", "处理意见书收到快三周了，还能不能申请复查？要向哪一级申请？", intent="review"),
    C("r29-146", "wechat", "能不能转人工 机器人说的我看不懂", intent="human"),
    C("r29-147", "dialect-dongbei", "整那些没用的干啥，给俺找个真人唠，俺说不明白打字", intent="human"),
    C("r29-148", "plain", "你好", intent="greeting"),
    C("r29-149", "english", "Hello there, good evening!", intent="greeting", en=True),
    C("r29-150", "typo", "发错了不好意思刚才那个是发给我儿子的", intent="other"),
]

if __name__ == "__main__":
    W(cases)
