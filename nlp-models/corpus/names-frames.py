#!/usr/bin/env python3
"""Writes corpus/names.txt and corpus/names-heldout.txt: petition-like sentences with every person's name marked
[[…]], for the learned name finder (nlp/LearnedNames, trained by TrainModels … names).

Frames and fillers were written by hand for branch namefind (2026-12-06), fresh, from no evaluation text. Each frame
is filled several times with names, phones, places and firms drawn by a seeded generator (the same files every run).
Every fifth frame (index % 5 == 4) and a name pool of its own (given names and surnames the training lines never use
together) make the held-out fifth: sentences whose shape AND names the model never saw.

Slots: {P} the writer's full name, {T} {U} third persons' full names, {S} {R} a surname alone (an honorific or a
title after it: 老{S}, {S}阿姨, {S}局长; marked), {E} {F2} an English full name / given name, {M} a minority name,
{PH} a phone, {PL} a place, {FM} a firm, {D} a date. Negative slots (never marked): {NW} a word that starts with a
surname's character, {PLS} a place whose head looks like a surname, {FMS} a firm whose head looks like a surname.
"""
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SURNAMES = list("扶郇蓟王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿关焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "司徒", "夏侯", "令狐", "慕容"]
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚",
         "辉", "玲", "桂英", "秀英", "建华", "建国", "志强", "志明", "海燕", "春梅", "秋菊", "红霞", "丽华", "玉兰", "淑珍", "凤英",
         "国庆", "卫东", "爱民", "德明", "宏伟", "晓东", "晓燕", "小红", "文博", "子涵", "梓轩", "欣怡", "浩然", "宇航", "一鸣",
         "雨桐", "思远", "家豪", "俊杰", "美玲", "金花", "福生", "长林", "有才", "根生", "水生", "大伟", "新民", "振华", "永强",
         "春生", "冬梅", "翠花", "金凤", "月娥", "素芬", "惠芳", "少华", "立新", "学军", "庆华", "秀珍", "桂兰", "德胜", "建平",
         "红梅", "玉珍", "国华", "海涛", "文静", "佳琪", "子豪", "天佑", "梦洁", "秀梅", "淑华", "长福", "老三", "二妹"]
# The held-out fifth's own pool: its full names never occur in names.txt.
H_SURNAMES = list("禤隗郗逄蔚佘揭邝麦冼") + list("王李张刘陈周吴郑孙马")
H_COMPOUND = ["南宫", "公孙", "宇文"]
H_GIVEN = ["兰芝", "瑞祥", "雪松", "晓梅", "绍辉", "春燕", "光荣", "茂林", "秀凤", "满仓", "金宝", "慧敏", "嘉怡", "俊豪", "晨曦",
           "志刚", "丽娟", "卫国", "玉凤", "德才", "锦涛", "婉清", "明轩", "桂芳", "新华", "彩霞", "建军", "翠英", "会", "珊", "鹏",
           "琳", "斌", "倩", "毅", "蓉"]
MINORITY = ["扎西多吉", "阿不都热合曼", "古丽娜尔·吐尔逊", "买买提·艾力", "巴特尔", "其其格", "旦增卓玛", "阿依古丽", "热依拉·买合木提",
            "努尔兰", "格桑曲珍", "达瓦次仁", "乌兰图雅", "次仁央宗", "帕丽旦", "阿迪力·吾守尔", "图尔洪", "苏和", "宝音德力格尔", "尼玛顿珠"]
H_MINORITY = ["洛桑丹增", "艾尔肯·吐逊", "迪丽拜尔", "哈斯巴根", "卓玛措", "米热古丽·阿不力孜", "那仁花", "索朗旺姆"]
ENGLISH = ["John Smith", "Mary Chen", "David Miller", "Anna Kowalski", "Peter Brown", "Sarah Johnson", "Kevin Tan", "Emily Wang",
           "Michael Green", "Laura Garcia", "Tom Becker", "Li Wei", "Zhang Min", "Olga Petrova", "James O'Neil", "Lucy Park"]
H_ENGLISH = ["Daniel Fischer", "Rachel Moore", "Hiroshi Sato", "Wang Jun", "Priya Nair", "Marco Rossi", "Chen Lan"]
EN_GIVEN = ["Tom", "Anna", "Kevin", "Lucy", "Mike", "Sara", "Jake", "Nina", "Alex", "Emma"]
H_EN_GIVEN = ["Paul", "Ivy", "Oscar", "Mia"]
PLACES = ["城关镇", "新华村", "东湖街道", "龙泉驿区", "江宁区", "南岸区", "白云区", "沙坪坝", "桃源县", "青山镇", "河西村", "双流",
          "鼓楼区", "红旗社区", "柳树屯", "花园小区", "滨江花园", "城东村三组", "金沙镇", "北关村", "南湖新村", "铁西区", "道外区",
          "顺德大良", "番禺", "闵行", "嘉定", "思明区", "同安", "晋江", "武侯区", "渝北", "九龙坡", "香坊区", "沈河区", "临平"]
PLACES_SURNAME = ["张家港", "李家庄", "王家坝", "周口", "高邮", "马鞍山", "石家庄", "何家湾村", "陈家桥镇", "黄石", "宋庄", "林芝",
                  "金华", "常州", "江都", "赵家沟", "刘家营", "孙家寨", "郑州", "许昌", "钟祥", "汤阴", "韩城", "曹县", "邓州", "叶县",
                  "梁山", "谢家集", "龙岗", "方家胡同", "白沙洲", "于家堡", "潘家园", "朱家角", "罗湖", "吴江", "杨浦", "胡家庄"]
FIRMS = ["宏达化工", "鑫旺陶瓷厂", "顺发砂场", "绿源养殖场", "恒通铸造厂", "永利电镀厂", "华星塑料厂", "新兴建材公司", "东方纸业",
         "金鼎冶炼厂", "大成饲料厂", "天宇印染厂", "兴隆搅拌站", "富强石材厂", "联合制药", "明珠洗车场", "红星砖厂", "蓝天化肥厂"]
FIRMS_SURNAME = ["高氏化工", "王记烧烤", "周大福金店", "马氏铸造", "刘家湾砖厂", "陈氏电镀", "张记面馆", "李家坝石料厂",
                 "黄河啤酒厂", "金龙鱼粮油", "万达广场", "华润燃气", "何记大排档", "孙家沟养猪场", "杨林化工园", "宋城景区",
                 "林海木业", "江南皮革厂", "赵庄煤矿", "方圆混凝土", "鲁花油厂", "老王家卤肉店"]
NEG_WORDS = ["高兴", "周边", "马上", "全村", "都是", "许多", "常年", "黄色", "白天", "江边", "金属", "林地", "石头", "胡乱", "何时",
             "方便", "安全", "连续", "严重", "任何", "于是", "关于", "时候", "成片", "明显", "平时", "包括", "管道", "施工",
             "宁可", "路边", "车间", "单位", "和谐", "文明", "原来", "程序", "毛病", "田里", "杨树", "柳树", "梁上", "钱都"]
SPELL = {"张": "弓长张", "李": "木子李", "吴": "口天吴", "陈": "耳东陈", "章": "立早章", "吕": "双口吕", "胡": "古月胡",
         "黄": "草头黄", "王": "三横王", "杨": "木易杨", "徐": "双人徐", "许": "言午许", "江": "三点水的江", "周": "周总理的周"}
DATES = ["2026年11月3日", "2026.10.28", "十一月五号", "2026年12月1日", "11月20日", "2026-11-16"]


def phone(rng):
    p = rng.choice(["13", "15", "18", "17", "19"]) + "".join(rng.choice("0123456789") for _ in range(9))
    form = rng.random()
    if form < 0.15:
        return p[:3] + " " + p[3:7] + " " + p[7:]
    if form < 0.25:
        return p[:3] + "-" + p[3:7] + "-" + p[7:]
    return p


# Frames: (register, text). Every frame is filled several times.
POSITIVE = [
    # plain
    ("plain", "我叫{P}，家住{PL}，{FM}天天晚上偷排废水，河里的鱼都死了，电话{PH}。"),
    ("plain", "举报人：{P}，联系电话：{PH}。{PL}的{FM}烟囱一直冒黑烟，{NW}的人都受不了。"),
    ("plain", "{FM}的噪音太大了，晚上根本睡不着，希望你们马上来查一下。{P} {PH}"),
    ("plain", "本人{P}，{PL}村民，反映村东头的养猪场粪水直排进水渠。"),
    ("plain", "您好，我是{PL}的居民{P}，想反映一下{FM}半夜排放刺鼻气体的问题。"),
    ("plain", "反映人{P}（电话{PH}），住在{PL}，{FMS}把废渣倒在了河滩上。"),
    ("plain", "联系人：{P}，{PH}。{PL}这边的{FM}把污水排到农田里。"),
    ("plain", "我姓{S}，叫{P}，是{PL}的种粮户，地里的庄稼被{FM}的废气熏黄了。"),
    ("plain", "邻居{T}家的孩子这几天一直咳嗽，都是{FM}的粉尘闹的。我是{P}，电话{PH}。"),
    ("plain", "我们村的村主任{T}收了{FM}老板的好处，对排污的事不闻不问。"),
    ("plain", "{FM}的老板叫{T}，他说谁举报就找谁麻烦。"),
    ("plain", "{S}局长上次来看过一次，说会处理，到现在也没动静。"),
    ("plain", "老{S}家的鸭子死了一大片，就在{FM}排污口下游。"),
    ("plain", "隔壁{S}阿姨说她晚上闻到一股烂鸡蛋味，头晕得厉害。"),
    ("plain", "{S}师傅是厂里的司机，他说每天半夜往沟里倒废液。"),
    ("plain", "这个事情{T}和{U}都可以作证，他们就住在厂子旁边。"),
    ("plain", "我和爱人{T}都退休了，天天在家闻这个味道实在受不了。落款：{P}"),
    ("plain", "我是{P}，{PL}人，{FMS}的冷却塔白天也在冒白烟，周边居民意见很大。"),
    ("plain", "麻烦转告{S}科长，我们{PL}的问题还没解决。{P}，{PH}"),
    ("plain", "厂长{T}亲口说他们没有环评手续。"),
    ("plain", "负责人{T}的电话是{PH}，你们可以直接找他。"),
    ("plain", "我是{PL}{FMS}附近的住户{P}，想问问排污许可证的事。"),
    ("plain", "村里{T}、{U}、{P}三户人家的井水都变色了，我是{P}。"),
    ("plain", "业主代表：{P}，{PL}业主委员会，联系方式{PH}。"),
    ("plain", "我是{PL}的网格员{P}，帮村民反映{FM}噪音扰民的问题。"),
    ("plain", "{FM}法人代表{T}，实际控制人是他小舅子{U}。"),
    ("plain", "{T}是{FM}的环保专员，他承认设备一直没开。"),
    ("plain", "我叫{P}，我爸{T}在{FM}干了十年，现在肺不好。"),
    ("plain", "如有需要请联系{P}，手机{PH}，白天都能接。"),
    ("plain", "特此反映。\n反映人：{P}\n{D}"),
    ("plain", "{P}，男，五十六岁，{PL}人，现反映如下：{FM}长期偷排。"),
    ("plain", "{P}（{PL}村民）实名举报{FM}非法采砂。"),
    ("plain", "{S}老板的{FM}一到晚上就开工，粉尘满天飞。"),
    ("plain", "我找过{PL}的{S}书记，他让我来这里反映。"),
    ("plain", "上周{S}镇长带人来看过，{NW}没有下文。"),
    # WeChat chat
    ("chat", "在吗在吗 我是{P} 上次跟你们说的那个厂又开始排了"),
    ("chat", "亲 {FM}又冒烟了[捂脸] 我{P} 电话{PH}"),
    ("chat", "@{T} 你不是说环保局会来吗 咋还没人"),
    ("chat", "{P}：楼下烧烤店油烟太大了，群里好几家都在说"),
    ("chat", "转发一下{T}发的视频，{PL}河边全是死鱼"),
    ("chat", "我是{PL}的{P}哈，想问下上次投诉的怎么样了"),
    ("chat", "{S}哥说明天一起去拍照取证，{NW}大家都去"),
    ("chat", "收到，我是{P}，{PH}，有事随时打我"),
    ("chat", "群主{T}让我来这里反映，{FM}天天晚上偷排"),
    ("chat", "小{S}你好，我是{P}，就是前天打电话那个"),
    ("chat", "嗯嗯 好的 谢谢{S}老师 我叫{P}"),
    ("chat", "[图片][图片] 这是{FM}排污口 拍摄人{P}"),
    # speech without punctuation
    ("speech", "喂你好我叫{P}我是{PL}的我要举报一个厂子天天往河里排黑水我电话是{PH}你们快来看一下"),
    ("speech", "那个我姓{S}叫{P}就是住在{PL}那边的那个厂啊一到晚上就臭得不行"),
    ("speech", "我跟你说我们那个村长{T}跟老板是亲戚所以根本没人管"),
    ("speech", "你记一下啊我的名字是{P}电话{PH}对就是这个号"),
    ("speech", "嗯我是{P}嗯就是上回打过电话的那个{PL}的你们说来看结果没来"),
    ("speech", "隔壁老{S}也说了那个水不能喝了他们家孩子喝了拉肚子"),
    ("speech", "我们这边有个叫{T}的人开了个小作坊专门熬胶臭得很"),
    ("speech", "我老伴{T}身体不好闻了那个味就喘不上气你们能不能快点"),
    ("speech", "然后那个{S}主任就说让我们自己去找厂里我说这不是推吗"),
    ("speech", "对对就是{P}三个字你记好了你们一定要保密"),
    ("speech", "我叫那个{P}啊{PH}就这个电话"),
    # typos and homophones
    ("typo", "我交{P}，住{PL}，{FM}排污很严重，练习电话{PH}"),
    ("typo", "举抱人{P}，{FM}天天晚上偷偷排放费水"),
    ("typo", "我是{P}，村里的井水发黄有一股汽油味，已经好几天了，请尽快处里"),
    ("typo", "{T}那个厂子又在烧垃几了，呛死人了，我叫{P}"),
    ("typo", "联细人{P} 电话{PH} 地址{PL}"),
    ("typo", "本人{P}反应一下{FM}噪声扰民的问题，希望尽快解绝"),
    ("typo", "我姓{S}，叫{P}，{NW}的情况是这样滴"),
    # long letters with signatures
    ("letter", "尊敬的领导：\n你们好！我们是{PL}的村民，{FM}自去年开工以来，废水直排，庄稼减产，井水发臭。多次反映无果，特此来信。\n此致\n敬礼！\n村民代表：{P}\n{D}"),
    ("letter", "致{PL}生态环境局：\n我叫{P}，{PL}人。{FM}的烟囱每天冒黑烟，我母亲有哮喘，住院好几次了。恳请贵局依法查处。\n反映人：{P}\n电话：{PH}"),
    ("letter", "各位领导好：\n{FMS}在我们小区边上建了搅拌站，日夜施工。我们去找过{S}经理，他说手续齐全。请核实。\n联名人：{P}、{T}、{U}\n{D}"),
    ("letter", "关于{FM}违法排污的举报信\n……以上情况属实，如有不实愿承担责任。\n举报人：{P}\n身份证后四位已略\n{D}"),
    ("letter", "尊敬的领导：\n我是退休教师{P}，今年七十二岁。{PL}{FM}的粉尘问题已经持续三年。\n                          {P}\n                          {D}"),
    ("letter", "领导您好，\n我们小区全体业主委托我反映{FM}油烟扰民问题。\n业主代表 {P} {PH}\n{D}"),
    ("letter", "此信由{T}代笔，反映人{P}不识字，按手印为证。\n{D}"),
    ("letter", "您好！\n  关于{FM}的问题我已经写过三封信。第一次是{S}科长接的，第二次是{T}接的。\n  请给个说法。\n  {P} 敬上\n  {D}"),
    ("letter", "…恳请调查处理。\n\n{PL}村民 {P}\n{PH}"),
    ("letter", "以上。\n签名：{P}\n日期：{D}"),
    # dialects
    ("yue", "我叫{P}，住喺{PL}，呢间{FM}成日排啲臭水出嚟，搞到成条村都好臭。打我电话{PH}。"),
    ("yue", "系咪环保局啊？我系{P}啊，{FM}又喺度烧嘢，好大阵味。"),
    ("yue", "隔篱屋{S}生话佢个仔成日咳，都系呢间厂搞出嚟嘅。"),
    ("yue", "{S}太同我讲佢哋嗰边啲水黑晒，唔该快啲嚟睇下。"),
    ("yue", "阿{S}话佢见到啲车半夜倒泥头，我系{P}，{PH}。"),
    ("sc", "我是{P}，我们{PL}那个{FM}天天半夜偷偷排污，臭得遭不住，你们管不管嘛。"),
    ("sc", "老子喊{S}主任来看，他硬是不来，你们环保局来管一哈嘛。我{P}。"),
    ("sc", "{T}那个砂石厂灰大得很，屋头晒的衣服全是灰，我叫{P}。"),
    ("sc", "嬢嬢{T}说她屋头的鸡都遭毒死了，就是那个厂排的水。"),
    ("db", "俺叫{P}，俺们{PL}屯子边上那个{FM}整天冒黑烟，贼呛人。"),
    ("db", "老{S}头说那厂子半夜偷排，俺也瞅见了，嘎哈呢这是。"),
    ("db", "我是{P}，你们赶紧来整整吧，{FM}那味儿老大了，孩子都熏吐了。"),
    ("db", "{S}大哥说这事儿得找你们，俺就打过来了，俺叫{P}，电话{PH}。"),
    ("wu", "阿拉是{PL}额居民，我叫{P}，隔壁厂里向天天放臭气，吃不消了。"),
    ("wu", "{S}家姆妈讲夜里向臭得睏不着，侬拉快点来看看。"),
    ("wu", "我是{P}，{PL}额，{FM}噪音老大额，小囡睏不着觉。"),
    ("mn", "阮是{PL}人，阮叫{P}，{FM}规暝攏咧放臭水。"),
    ("mn", "{S}伯仔讲溪仔的鱼攏死了了，阮真煩惱。"),
    # questions
    ("question", "你们能不能管一管{FM}？我是{P}，电话{PH}。"),
    ("question", "请问{S}科长在吗？上次他说会给我回电话，我是{P}。"),
    ("question", "{FM}这样排污合法吗？谁来管？{P}"),
    ("question", "我叫{P}，想问一下我上个月举报的事有结果了吗？"),
    ("question", "为什么{T}的厂子查了又开？是不是有人保护？"),
    ("question", "是不是要{T}签字才能处理？我是{P}，{PH}"),
    # English and mixed
    ("en", "My name is {E}, I live in {PL}. The factory next to our compound releases black smoke every night. Contact: {PH}."),
    ("en", "Hello, this is {E}. The noise from {FM} is unbearable after midnight. Please help."),
    ("en", "Our neighbour {E} saw trucks dumping waste into the river. Regards, {E2}"),
    ("en", "I am writing on behalf of residents of {PL}. The bar downstairs plays music until 3 am.\n- {E}"),
    ("en", "Please contact me at {PH}. Thanks, {E}"),
    ("en", "The manager, a man called {E2}, refused to let us in. Reported by {E}."),
    ("en", "Mr. {ES} from the property office said it is not his job. Sincerely, {E}"),
    ("mixed", "我是{E}，住在{PL}，the factory behind us 每天晚上 burning plastic，味道很大。"),
    ("mixed", "你好，my name is {E}，我在{PL}上班，公司旁边的河水 smells terrible。"),
    ("mixed", "我室友{F2}说楼下餐厅的油烟 every day 都很大，我叫{P}，{PH}"),
    ("mixed", "Hi 我是{F2}，{PL}那个工地 24 hours 施工，能不能管一下？"),
    ("mixed", "联系人：{E}，电话{PH}，the smell is like 臭鸡蛋。"),
    # elderly writers
    ("elderly", "我是个退休老工人，今年七十三了，名叫{P}，眼睛不好写字慢，{FM}的烟把我们这里熏坏了。"),
    ("elderly", "老汉{P}，{PL}人，八十岁了，河里的水黑了，孙子不敢下去玩了。"),
    ("elderly", "我是{P}的老伴，他身体不好我来写，{FM}天天放炮。"),
    ("elderly", "我叫{P}，孩子都在外地，就我和老头子{T}两个人在家，这个味道实在受不了。"),
    ("elderly", "麻烦你们了同志，我是{PL}的{P}，不会用手机，这是孙女帮我打的字。"),
    # minority names
    ("minority", "我叫{M}，是{PL}的牧民，草场被{FM}的废渣压坏了。"),
    ("minority", "反映人：{M}，电话{PH}。"),
    ("minority", "村里的{M}说他家的羊喝了河水就死了。"),
    ("minority", "我是{M}，在{PL}开民宿，旁边的{FM}噪音太大了，游客都投诉。"),
    ("minority", "我们牧民{M}和{M2}都看到了卡车半夜倒废料。"),
    # spelled names
    ("spelled", "我叫{P}，{SPELL}，电话{PH}。"),
    ("spelled", "我姓{S}，{SPELLS}，叫我{S}师傅就行。"),
    ("spelled", "记一下名字，{P}，{SPELL}，对。"),
    # names before and after phones
    ("phone", "{PH} {P}"),
    ("phone", "{PH}（{P}）"),
    ("phone", "有事打{PH}找{P}。"),
    ("phone", "电话{PH}，{P}，{PL}。"),
    ("phone", "{P}{PH}"),
    ("phone", "{PH}，联系人{S}先生。"),
    ("phone", "{PH}找{S}女士就行。"),
    ("phone", "打{T}的电话{PH}也可以，他是我儿子。"),
    # roles
    ("role", "养殖户{P}反映：{FM}排的水把我的鱼塘毁了。"),
    ("role", "村民代表{P}、{T}联名反映{FMS}的污染问题。"),
    ("role", "我是{PL}的人大代表{P}，受群众委托反映情况。"),
    ("role", "网格员{T}已经上报过两次了，一直没人来。"),
    ("role", "我们组长{T}带着大家去厂里讲理，被保安推了出来。"),
    ("role", "环保局的{T}科长到现场看过，说要等检测结果。"),
    ("role", "技术员{T}告诉我，他们的在线监测是假的。"),
    ("role", "{PL}派出所的{S}警官也来看过。"),
]

NEGATIVE = [
    ("plain", "匿名反映，{FM}半夜偷排废水，{NW}的人都知道，请保密。"),
    ("plain", "我不方便署名，{PLS}那边的{FMS}粉尘很大，请你们去看看。"),
    ("plain", "我们全村都是受害者，{FMS}的污水流进了水库。"),
    ("plain", "局长、镇长都不管，{PLS}的{FM}还在生产。"),
    ("plain", "{PLS}化工园区的味道越来越大了，周边的居民都在抱怨。"),
    ("plain", "马上就要下雨了，{FMS}的废渣还露天堆着。"),
    ("plain", "高兴得太早了，{FM}停了两天又开了。"),
    ("plain", "{FMS}门口的下水道常年冒黑水，许多人绕着走。"),
    ("plain", "关于{PLS}的{FM}，我们希望环保部门尽快处理。"),
    ("plain", "请不要公开我的姓名和电话，{FMS}的老板很凶。"),
    ("plain", "老板不在，老板娘说她不管这些事。"),
    ("plain", "村支书和村主任都说这是上面批的项目。"),
    ("plain", "{PLS}那边的河水变成了黄色，江边的鱼死了不少。"),
    ("plain", "周末和周一{FM}排得最多，白天不敢排。"),
    ("plain", "{FMS}把林地推平了堆放石头，严重破坏生态。"),
    ("plain", "实名举报不方便，留个电话{PH}，有事打这个。"),
    ("plain", "我们是{PLS}的村民，{FM}的废气熏得人头疼。"),
    ("plain", "环保局的工作人员来了一趟，说{NW}要等领导批示。"),
    ("plain", "{FMS}旁边的管道破了，一直在往外冒臭水。"),
    ("plain", "希望领导高度重视，{NW}问题不解决群众没法生活。"),
    ("plain", "签名就不签了，怕被报复。"),
    ("plain", "本地的居民都知道这个厂，{PLS}一带全是这种小作坊。"),
    ("plain", "你们的工作人员态度很好，谢谢！"),
    ("plain", "去年{PLS}的{FMS}被罚过一次，今年又犯了。"),
    ("chat", "在吗 {FMS}又冒黑烟了 快来人啊"),
    ("chat", "[语音] 群里都在说{PLS}的水不能喝了"),
    ("chat", "哈哈 高兴 终于有人管了"),
    ("chat", "楼主说的是真的，{FMS}那边我也去过"),
    ("speech", "喂你好我要举报就是{PLS}那边有个厂子天天晚上排黑水然后全村人都闻得到"),
    ("speech", "那个那个就是说马上就要过年了他们还在偷排你们能不能来看一下"),
    ("speech", "我不想说名字你们就记这个电话{PH}就行"),
    ("typo", "匿名举抱{FMS}偷排废水，周边的人都受不了"),
    ("typo", "{PLS}的河水发臭了，请尽快处里"),
    ("letter", "尊敬的领导：\n{PLS}的{FMS}长期违法排污，群众苦不堪言。特此反映，请依法查处。\n此致\n敬礼！\n一群受害的村民\n{D}"),
    ("letter", "各位领导：\n我们是{PLS}的居民，{FM}的问题已经反映多次。\n全体业主\n{D}"),
    ("letter", "此致敬礼\n知情群众\n{D}"),
    ("yue", "呢间{FMS}成日排臭气，我哋成条村都好嬲。"),
    ("yue", "唔该你哋快啲嚟睇下，{PLS}啲水黑晒。"),
    ("sc", "{PLS}那个{FM}灰大得很，你们管不管嘛。"),
    ("db", "俺们{PLS}那疙瘩的厂子整天冒黑烟，贼呛人。"),
    ("wu", "{PLS}额厂里向天天放臭气，阿拉吃不消了。"),
    ("mn", "阮{PLS}的溪仔攏黑了了。"),
    ("question", "请问{FMS}的环评报告在哪里可以查到？"),
    ("question", "你们局长是谁？为什么没人管？"),
    ("question", "怎么匿名举报？会不会泄露我的信息？"),
    ("en", "I wish to remain anonymous. The {FMS} plant in {PLS} dumps waste at night."),
    ("en", "Dear Sir or Madam, the river near Green Valley Chemical is black. Thank you."),
    ("en", "The Environmental Protection Bureau never answered. Please help us."),
    ("mixed", "{PLS}那个 factory 每天晚上都 smell 很大，please check。"),
    ("elderly", "我是个老人，不会写字，孙女帮我打的，{PLS}的厂子太吵了。"),
    ("role", "养殖户们都说{FMS}排的水有问题。"),
    ("role", "村民代表已经去过镇政府了，没有结果。"),
    ("role", "网格员说这事归环保局管。"),
    ("phone", "电话{PH}，请尽快回复。"),
    ("phone", "{PH}，随时可以联系。"),
    ("plain", "{FMS}的{NW}问题一直没解决，{PLS}的群众意见很大。"),
    ("plain", "这家{FMS}的老板是外地人，听说后台很硬。"),
    ("plain", "镇里的领导说要等县里的{NW}意见。"),
    ("plain", "{PLS}中学的学生都在捂着鼻子上课。"),
]


# Characters of given names: a training given name is one or two of them drawn at random, so the model learns names
# by their surroundings and surnames, not by a short list of given names.
GIVEN_CHARS = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉玲桂英秀华建国志海燕春梅秋菊红兰玉淑珍凤庆卫东爱民德宏晓小文博"
               "子涵梓轩欣怡浩然宇航一鸣雨桐思远家豪俊美金花福生长林有才根水大新振永冬翠月娥素芬惠少立学成荣光耀祥瑞嘉琪"
               "佳鑫鹏飞云雪冰丹青翔健康宁安乐喜贵富宝珠莲荷芝萍莉琳琴婷婉媛妍倩颖慧聪睿智勤诚信义仁忠孝廉毅坚武斌彬松柏"
               "森波洪江川山峰岩石阳晨曦昊旭晖朗亮星辰天泽润源清泉溪瀚湘蓉巧彩虹雁莺锦绣香馨满仓田双喜来顺发旺财根宝")


def given_name(rng, held):
    if held:
        return rng.choice(H_GIVEN)
    for _ in range(50):
        g = rng.choice(GIVEN) if rng.random() < 0.3 else "".join(
            rng.choice(GIVEN_CHARS) for _ in range(1 if rng.random() < 0.3 else 2))
        if g not in H_GIVEN:
            return g
    return g


# Pieces for sentences composed at random (all training): a clause, the words before a name, the name, the words after.
BEFORE = ["我叫", "我是", "本人", "我姓名是", "名字叫", "俺叫", "我名叫", "反映人：", "举报人", "投诉人：", "联系人", "联系人：",
          "落款：", "署名：", "签名：", "村民", "居民", "业主", "市民", "村民代表", "业主代表", "养殖户", "种植户", "承包户",
          "退休职工", "老党员", "网格员", "村医", "老师", "邻居", "隔壁的", "我邻居", "对门的", "楼上的", "我老公", "我爱人",
          "我老伴", "我儿子", "我女儿", "我爸", "我妈", "我哥", "我弟", "我表哥", "我同事", "我朋友", "老板", "老板叫",
          "负责人", "厂长", "经理", "法人", "法人代表", "村主任", "村支书", "组长", "队长", "主任", "站长", "技术员", "保安",
          "司机", "工人", "镇长", "副镇长", "书记", "所长", "科长", "局长", "执法队员", "工作人员", "一个叫", "有个叫",
          "名叫", "叫", "找", "和", "跟", "告诉", "问过", "联系", "打电话给", "举报", "控告", "投诉", "是", "就是",
          "还有", "以及", "、", "，", "。", "\\n", "：", "（", "我们这里的", "他们厂的", "我们村的", "我们小区的"]
AFTER = ["，电话{PH}", "，手机{PH}", " {PH}", "{PH}", "（{PH}）", "，联系电话{PH}", "说", "说过", "亲口说", "跟我说", "也说",
         "告诉我", "看见了", "拍了视频", "家里", "家的孩子", "家的地", "他们家", "的鱼塘", "的厂子", "的老婆", "在厂里上班",
         "在村里", "当时也在", "可以作证", "知道这事", "收了钱", "不管", "不作为", "包庇他们", "签的字", "打的招呼", "带人来过",
         "来看过", "管这个事", "身体不好", "住院了", "咳嗽", "头晕", "，男，", "，女，", "，六十岁", "，今年五十", "等人", "等村民",
         "和我", "跟我", "我们", "都是", "也是", "是我", "是厂里的", "是负责人", "，住{PL}", "，家住{PL}", "，{PL}人",
         "（{PL}村民）", "\\n{D}", " {D}", "。", "，", "！", "？", "的电话是{PH}", "敬上", "谨上", "呈", "反映", "举报",
         "投诉", "实名举报", "代表全体村民", "等三十户"]
HON_BEFORE = ["老", "小", "阿"]
HON_AFTER = ["阿姨", "师傅", "大爷", "大妈", "大姐", "大哥", "叔", "婶", "伯", "先生", "女士", "老师", "医生", "老板", "总",
             "经理", "局长", "科长", "主任", "书记", "镇长", "村长", "所长", "队长", "警官", "工", "姐", "哥", "奶奶", "爷爷",
             "嫂", "太", "生", "老头", "老太"]
CLAUSES = ["{FM}天天晚上偷排废水", "{FM}的烟囱一直冒黑烟", "{PL}的河水发黑发臭", "{FMS}的噪音吵得人睡不着", "全村的井水都不能喝了",
           "周边的田里全是灰", "马上要下雨了废渣还露天堆着", "{PLS}那边的鱼死了一大片", "高兴了没两天又开始排了",
           "搅拌站的粉尘满天飞", "都是{FMS}惹的祸", "许多老人咳嗽头晕", "常年有一股烂鸡蛋味", "请你们尽快来查",
           "希望领导重视", "多次反映都没有结果", "厂子半夜偷偷开工", "黄色的污水流进了水库", "白天不敢排晚上排",
           "江边的树都死了", "管道破了一直在漏", "施工队夜里还在打桩", "林地被推平了", "原来的鱼塘全废了",
           "这事{PLS}的人都知道", "我匿名反映一下", "不方便署名请保密", "我们全体村民联名反映", "油烟熏得窗户全黑了",
           "{FMS}把垃圾倒在河边", "局长和镇长都来过", "村里领导说归上面管", "周末排得最凶", "孩子天天流鼻血",
           "狗喝了沟里的水就死了", "请尽快处理谢谢", "拜托你们管一管", "去年罚过一次今年又犯", "环评手续根本没有",
           "在线监测是假的", "他们把监控都关了", "我们没办法才来这里反映", "味道大得很遭不住", "俺们屯子都熏坏了",
           "阿拉吃不消了", "啲水黑晒", "我们这儿问题严重"]


def composed(rng, taken):
    """One training sentence from the pieces above."""
    r = rng.random()
    sur = SURNAMES
    if r < 0.6:
        name = "[[" + fullname(rng, False, taken) + "]]"
    elif r < 0.85:
        if rng.random() < 0.35:
            name = rng.choice(HON_BEFORE) + "[[" + rng.choice(sur) + "]]"
        else:
            name = "[[" + rng.choice(sur) + "]]" + rng.choice(HON_AFTER)
    elif r < 0.93:
        name = "[[" + rng.choice(MINORITY) + "]]"
    else:
        name = "[[" + rng.choice(ENGLISH + EN_GIVEN) + "]]"
    piece = rng.choice(BEFORE) + name + rng.choice(AFTER)
    if rng.random() < 0.25:
        piece += rng.choice(["、", "和", "，还有"]) + "[[" + fullname(rng, False, taken) + "]]" + rng.choice(AFTER)
    c = rng.choice(CLAUSES)
    form = rng.random()
    text = (c + "，" + piece if form < 0.4 else piece + "，" + c if form < 0.8 else c + "。" + piece + "。")
    return text


def pools(held):
    if held:
        return H_SURNAMES, H_COMPOUND, H_GIVEN, H_MINORITY, H_ENGLISH, H_EN_GIVEN
    return SURNAMES, COMPOUND, GIVEN, MINORITY, ENGLISH, EN_GIVEN


def fullname(rng, held, taken):
    sur, comp, given, _, _, _ = pools(held)
    for _ in range(100):
        # held out: a rare surname (five of them in no lexicon: 禤隗郗逄蔚) one time in four, as rare as they are
        s = (rng.choice(comp) if rng.random() < 0.06 else rng.choice(sur[10:]) if held and rng.random() < 0.75
             else rng.choice(sur[:10]) if held else rng.choice(sur))
        n = s + given_name(rng, held)
        if n not in taken.get(not held, set()):
            taken.setdefault(held, set()).add(n)
            return n
    return n


def fill(frame, rng, held, taken):
    """The frame with its slots filled, persons marked [[…]]."""
    sur, _, _, minority, english, en_given = pools(held)
    vals = {}
    p = fullname(rng, held, taken)
    vals["P"] = "[[" + p + "]]"
    vals["P2X"] = ""
    vals["T"] = "[[" + fullname(rng, held, taken) + "]]"
    vals["U"] = "[[" + fullname(rng, held, taken) + "]]"
    s = rng.choice(sur[10:]) if held and rng.random() < 0.75 else rng.choice(sur)
    vals["S"] = "[[" + s + "]]"
    vals["R"] = "[[" + rng.choice(sur) + "]]"
    e = rng.choice(english)
    vals["E"] = "[[" + e + "]]"
    vals["E2"] = "[[" + rng.choice([x for x in english if x != e]) + "]]"
    vals["ES"] = "[[" + e.split()[-1] + "]]"
    vals["F2"] = "[[" + rng.choice(en_given) + "]]"
    m = rng.choice(minority)
    vals["M"] = "[[" + m + "]]"
    vals["M2"] = "[[" + rng.choice([x for x in minority if x != m]) + "]]"
    vals["PH"] = phone(rng)
    vals["PL"] = rng.choice(PLACES + PLACES_SURNAME)
    vals["PLS"] = rng.choice(PLACES_SURNAME)
    vals["FM"] = rng.choice(FIRMS + FIRMS_SURNAME)
    vals["FMS"] = rng.choice(FIRMS_SURNAME)
    vals["NW"] = rng.choice(NEG_WORDS)
    vals["D"] = rng.choice(DATES)
    spelled_s = rng.choice(sorted(SPELL))
    vals["SPELLS"] = SPELL[spelled_s]
    if "{SPELLS}" in frame:
        vals["S"] = "[[" + spelled_s + "]]"
    sp = p[0]
    vals["SPELL"] = SPELL.get(sp, sp + "是" + rng.choice(["百家姓里的", "那个"]) + sp)
    if frame.startswith("对对"):
        vals["P2X"] = ""
    return frame.format(**vals)


def main():
    rng = random.Random(20261206)
    taken = {}
    train, held = [], []
    per = 10
    for kind, frames, reps in (("pos", POSITIVE, per), ("neg", NEGATIVE, 6)):
        for i, (register, frame) in enumerate(frames):
            h = i % 5 == 4
            seen = set()
            for _ in range(reps):
                line = fill(frame, rng, h, taken)
                if line in seen:
                    continue
                seen.add(line)
                (held if h else train).append(register + "\t" + line.replace("\n", "\\n"))
    for _ in range(1500):
        line = composed(rng, taken)
        vals = {"PH": phone(rng), "PL": rng.choice(PLACES + PLACES_SURNAME), "PLS": rng.choice(PLACES_SURNAME),
                "FM": rng.choice(FIRMS + FIRMS_SURNAME), "FMS": rng.choice(FIRMS_SURNAME), "D": rng.choice(DATES)}
        for k, v in vals.items():
            line = line.replace("{" + k + "}", v)
        train.append("composed\t" + line)
    for _ in range(300):
        vals = {"PH": phone(rng), "PL": rng.choice(PLACES + PLACES_SURNAME), "PLS": rng.choice(PLACES_SURNAME),
                "FM": rng.choice(FIRMS + FIRMS_SURNAME), "FMS": rng.choice(FIRMS_SURNAME), "D": rng.choice(DATES)}
        line = rng.choice(CLAUSES) + rng.choice(["，", "。", "！"]) + rng.choice(CLAUSES) + "。"
        for k, v in vals.items():
            line = line.replace("{" + k + "}", v)
        train.append("composed\t" + line)
    header = ("# Learned name finder corpus (branch namefind, 2026-12-06): register TAB sentence; every person's name\n"
              "# marked [[…]] (a surname alone before an honorific or a title too: [[王]]阿姨); \\n a line break.\n"
              "# Written by nlp-models/corpus/names-frames.py from hand-written frames; see corpus/README.md.\n")
    (HERE / "names.txt").write_text(header + "\n".join(train) + "\n", encoding="utf-8")
    (HERE / "names-heldout.txt").write_text(header + "\n".join(held) + "\n", encoding="utf-8")
    print(len(train), "training lines,", len(held), "held out", file=sys.stderr)


if __name__ == "__main__":
    main()
