"""Round five, register `question`: reports written as questions (能不能管一管…？ 是不是…？ 谁来管管…？) and real
questions (info, status with case numbers, review, evaluate, human, other, greeting). Labels decided by reading
each text."""
from mk import A, C, W

C("r5-089", "question",
  "能不能管一管桂林七星区那个洗车场？污水天天流到马路上，冬天一结冰好几个人在那摔过跤。",
  P="广西壮族自治区/桂林市/七星区", kinds=["water"], ref=["城管", None], aff=A("好几个人", "person", None, 3, 9))

C("r5-090", "question",
  "汕头龙湖区的电镀厂晚上偷排，你们到底查不查？是不是要等出了人命才管？",
  P="广东省/汕头市/龙湖区", kinds=["water"])

C("r5-091", "question",
  "为什么我们小区旁边的养狗场没人管？狗叫一整夜，臭味也大，南阳宛城区的。",
  P="河南省/南阳市/宛城区", kinds=["noise", "air"], ref=[None, "公安", "城管", "农业农村"])

C("r5-092", "question",
  "请问工厂把废机油倒进下水道算不算违法？就是昆明官渡区我上班的那个厂，老板让我们这么干的。",
  P="云南省/昆明市/官渡区", kinds=["water", "solid_waste", "soil"])

C("r5-093", "question",
  "韶关浈江区那个烧石灰的窑，冒的烟呛得人直咳嗽，难道没有排放标准吗？",
  P="广东省/韶关市/浈江区", kinds=["air"])

C("r5-094", "question",
  "这种情况你们能不能来看看：宁波鄞州区我们村边上有人往河里倒建筑垃圾，河道都快堵死了？",
  P="浙江省/宁波市/鄞州区", kinds=["solid_waste", "water"], ref=["城管", "水利", None])

C("r5-095", "question",
  "谁来管管楼上天天半夜蹦迪的？杭州拱墅区的小区，报警了几次，警察来了就停一会儿。",
  P="浙江省/杭州市/拱墅区", kinds=["noise"], ref=["公安", None])

C("r5-096", "question",
  "新乡红旗区那个化工厂的罐子在冒白烟，味道特别冲，我们眼睛辣得睁不开，好多人都在咳，是不是漏了？要不要撤离？",
  P="河南省/新乡市/红旗区", kinds=["air"], life=True)

C("r5-097", "question",
  "三明三元区这边的河今天漂了好多死鱼，一眼望去全是，是不是上游造纸厂放水了？",
  P="福建省/三明市/三元区", kinds=["water"], urgent=True)

C("r5-098", "question",
  "请问辐射检测在哪里可以做？我家离变电站只有三十米，长沙天心区，想测一下有没有超标，你们能派人来测吗？",
  P="湖南省/长沙市/天心区", kinds=["radiation"])

C("r5-099", "question",
  "有没有人管管二七区的渣土车啊？晚上拉土撒一路，灰大得吓人，郑州的。",
  P="河南省/郑州市/二七区", kinds=["air", "solid_waste"], ref=["城管", "住建", "交通运输", None])

C("r5-100", "question", "你好，想问一下环境信访可以网上提交吗？需要准备什么材料？", intent="info")

C("r5-101", "question", "请问生态环境部门的举报电话是多少？是12369吗？晚上打有人接吗？", intent="info")

C("r5-102", "question", "我的投诉编号HB2026111800052，查询码忘了，能帮我查一下进度吗？",
  intent="status", case="HB2026111800052")

C("r5-103", "question", "上周在微信上反映的油烟问题，受理编号 HB2026112500913，怎么到现在还显示待处理？",
  intent="status", case="HB2026112500913")

C("r5-104", "question", "对你们的处理意见不服，编号HB2026100900288，我要申请复查，怎么申请？",
  intent="review", case="HB2026100900288")

C("r5-105", "question", "你们给我的答复我看了，说实话不太满意，厂子还是照样排，这个评价我给不满意。",
  intent="evaluate")

C("r5-106", "question", "我不想跟机器人说，能不能转人工？我要跟真人讲。", intent="human")

C("r5-107", "question", "你们环保局今年招不招人？我是环境工程专业的应届生。", intent="other")

C("r5-108", "question", "你好，在吗？", intent="greeting")

W("cases-question.jsonl")
