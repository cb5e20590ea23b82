"""Round seven, a second batch across registers (written after the first files, same conventions): more
look-alikes outside the urgent file, third persons, and urgent cases in dialect, speech and English."""
from mk import A, C, W

C("r7-236", "english", "The karaoke bar under our flat in Tianhe District, Guangzhou, is open until 4 am every night. The bass is deafening, and with everyone smoking inside it looks like a fire hazard waiting to happen. Please do something.",
  P="广东省/广州市/天河区", kinds=["noise"], lang="en", ref=["公安", "城管", None])
C("r7-237", "mixed", "我室友 Kevin 刚才在实验楼闻了隔壁 lab 漏出来的 gas，直接晕倒了，现在在校医院抢救，楼里还有味道，西安长安区这边的大学城，please hurry！",
  P="陕西省/西安市/长安区", kinds=["air"], life=True, ids=[("Kevin", "name", "third")])
C("r7-238", "dialect-wu", "杭州上城区阿拉隔壁装修，电钻从早上七点钻到夜里八点，吵煞人哉，阿拉老太婆讲要死快哉。",
  P="浙江省/杭州市/上城区", kinds=["noise"], ref=["住建", "城管", None])
C("r7-239", "dialect-minnan", "芗城遮一间工厂火烧厝啊，烟真大，听讲内底犹闭牢几若个工人，消防车犹未到，紧咧！",
  P="福建省/漳州市/芗城区", kinds=["air", "other"], life=True)
C("r7-240", "dialect-dongbei", "吉林市龙潭区那疙瘩化工厂前年爆炸那回，俺们屯死了好几头牛，现在听说又要开工了，俺们都不同意，心里直突突。",
  P="吉林省/吉林市/龙潭区", kinds=["air", "water"])
C("r7-241", "plain", "我是楼上的住户，姓白。一楼的马国庆在院子里养了三十多条狗，白天晚上叫个不停，狗屎满院子，夏天臭得没法开窗，回民区这边。",
  P="内蒙古自治区/呼和浩特市/回民区", kinds=["noise", "air"], ref=["公安", "城管", None], name="白",
  ids=[("姓[白]", "name", "petitioner"), ("马国庆", "name", "third")])
C("r7-242", "wechat", "[视频]\n这是刚拍的\n浠水县我们村那条河\n全是死鸭子😱\n上百只",
  P="湖北省/黄冈市/浠水县", kinds=["water"], urgent=True)
C("r7-243", "elderly", "老汉我叫何守义，今年七十九了，家住田家庵区洞山街道。我们这后山的煤矸石堆了几十年，这几年老是自己冒烟，一股硫磺味，我这老气管炎一闻就咳。请政府把它治一治。",
  P="安徽省/淮南市/田家庵区", kinds=["air", "solid_waste"], name="何守义",
  ids=[("何守义", "name", "petitioner"), ("田家庵区洞山街道", "address", "petitioner")])
C("r7-244", "question", "要是哪天张店区那个厂的液氨罐漏了，我们周边这几百户人家跑都来不及，你们就不能提前去查查他们的安全措施吗？",
  P="山东省/淄博市/张店区", kinds=["air", "other"], aff=A("几百户", "household", None, 200, 999))
C("r7-245", "speech", "喂 我们学校 那个 食堂后面 有人在倒那个 那个废机油 一桶一桶的 就倒在学校的水井旁边 那个井是学生喝水用的 现在还在倒 汇川区这边",
  P="贵州省/遵义市/汇川区", kinds=["water", "solid_waste"], urgent=True)
C("r7-246", "typo", "邯丹丛台区那家KTV烧音太大，每天开到后半夜，楼上住户都睡不着觉，投塑了也没人管。",
  P="河北省/邯郸市/丛台区", kinds=["noise"], ref=["公安", "城管", None])
C("r7-247", "english", "Our village well turned black this morning and smells of diesel. About 300 people drink from it every day. Shuangliu District, Chengdu. Please send someone to test it today.",
  P="四川省/成都市/双流区", kinds=["water"], lang="en", urgent=True, aff=A("300 people", "person", 300, None, None))
C("r7-248", "plain", "向你们反映一下嘉峪关市宏远铸造有限公司的问题：厂里冲天炉晚上不开除尘，铁锈色的灰落满周边好几个小区的车顶。——市民 骆先生 15593720418",
  P="甘肃省/嘉峪关市/-", kinds=["air"], polluter="嘉峪关市宏远铸造有限公司", name="骆", phone="15593720418",
  aff=A("好几个小区", "community", None, 3, 9),
  ids=[("[骆]先生", "name", "petitioner"), ("15593720418", "phone", "petitioner")])
C("r7-249", "mixed", "我们 office building 楼下的备用 generator 每周五下午 test 一个小时，diesel 味道很重，窗户关上也挡不住，在福田区。",
  P="广东省/深圳市/福田区", kinds=["air"])
C("r7-250", "dialect-chuanyu", "成都锦江区我们楼下那个烧烤摊摊，烟子大得吓死个人，熏得眼泪花花都出来了，天天晚上搞到两三点。",
  P="四川省/成都市/锦江区", kinds=["air"], ref=["城管", None])

W("cases-more.jsonl")
