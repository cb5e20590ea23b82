"""Round seven, English and mixed Chinese/English. Labels by reading the text (places in Chinese)."""
from mk import A, C, W

E, M = "english", "mixed"

C("r7-182", E, "Hello, I live in Pudong New Area, Shanghai, near Zhangjiang. Every night after 11 pm a factory across the canal releases a sour chemical smell that wakes my kids up. It has been going on for about two months. My name is Priya Raman, phone 186 2174 3390.",
  P="上海市/上海市/浦东新区", kinds=["air"], lang="en", name="Priya Raman", phone="18621743390",
  ids=[("Priya Raman", "name", "petitioner"), ("[186 2174 3390]", "phone", "petitioner")])
C("r7-183", E, "There is a construction site next to our apartment in Nanshan District, Shenzhen. They run jackhammers from 6 am and sometimes past midnight. Is this allowed? Can someone check?",
  P="广东省/深圳市/南山区", kinds=["noise"], lang="en", ref=["住建", "城管", None])
C("r7-184", E, "URGENT: a truck just overturned on the road outside our compound in Shunyi, Beijing, and some yellow liquid is pouring into the storm drain. It smells like ammonia and two security guards who went close are coughing badly and one collapsed. We called 120.",
  P="北京市/北京市/顺义区", kinds=["air", "water"], lang="en", life=True, aff=A("two security guards", "person", 2, 2, 2))
C("r7-185", E, "The river behind Jiangning University Town has turned bright green and smells rotten. I walk there every morning. Someone should test it. Nanjing, Jiangning District.",
  P="江苏省/南京市/江宁区", kinds=["water"], lang="en")
C("r7-186", E, "Dear sir/madam, I'm a teacher at an international school in Wuhou District, Chengdu. Since this morning there's thick smoke blowing into our classrooms from a fire at a plastics warehouse next door. Several students are feeling sick and we're moving them to the gym. Please send help.",
  P="四川省/成都市/武侯区", kinds=["air", "other"], lang="en", life=True, aff=A("Several students", "person", None, 3, 9))
C("r7-187", E, "The barbecue restaurant downstairs (Old Zhang's Grill) has its exhaust fan pointed at our bedroom window. The smoke smell is killing me. Gusu District, Suzhou. - Tom Becker",
  P="江苏省/苏州市/姑苏区", kinds=["air"], lang="en", ref=["城管", None], polluter="Old Zhang's Grill", name="Tom Becker",
  ids=[("Tom Becker", "name", "petitioner")])
C("r7-188", E, "We run a small guesthouse in Jinghong, Xishuangbanna. Someone has been dumping construction rubble and old paint buckets into the stream behind us. The water has a film of paint on it. Can the environment bureau help? Mrs. Lindqvist, +86 139 8791 2046",
  P="云南省/西双版纳傣族自治州/景洪市", kinds=["solid_waste", "water"], lang="en", ref=["城管", None], name="Lindqvist",
  phone="13987912046", ids=[("Mrs. [Lindqvist]", "name", "petitioner"), ("+86 [139 8791 2046]", "phone", "petitioner")])
C("r7-189", E, "All the fish in the pond of our residential compound in Laoshan District, Qingdao, died overnight. Hundreds of them are floating belly up this morning. The gardeners sprayed something yesterday.",
  P="山东省/青岛市/崂山区", kinds=["water"], lang="en", urgent=True)
C("r7-190", E, "Hi, I sent a complaint last week about noise from a KTV in Chaoyang, Beijing. Reference number BJ-2026-113478. Has anyone looked into it yet?",
  intent="status", lang="en", case="BJ-2026-113478")
C("r7-191", E, "How do I file a complaint about pollution if I don't speak Chinese? Is there an English hotline?",
  intent="info", lang="en")
C("r7-192", M, "我们小区旁边那个 data center 的冷却塔太吵了，24小时 humming，晚上根本睡不着，在余杭区未来科技城。",
  P="浙江省/杭州市/余杭区", kinds=["noise"])
C("r7-193", M, "楼下新开的 bakery 每天凌晨四点开始烤面包，排风扇对着我窗户，油烟和噪音 both，在静安区。",
  P="上海市/上海市/静安区", kinds=["air", "noise"], ref=["城管", None])
C("r7-194", M, "我是在龙岗区工作的 expat，叫 Daniel，公司隔壁的 PCB 厂一直排一种很刺鼻的 gas，同事们都说 headache，电话 13725908864。",
  P="广东省/深圳市/龙岗区", kinds=["air"], name="Daniel", phone="13725908864",
  ids=[("Daniel", "name", "petitioner"), ("13725908864", "phone", "petitioner")])
C("r7-195", M, "Emergency！番禺区我们这边的 chemical plant 起火了，black smoke 很大，好多人 evacuate 了，还有工人在里面。",
  P="广东省/广州市/番禺区", kinds=["air", "other"], life=True)
C("r7-196", M, "拱墅区运河边有个 restaurant 把 kitchen 的废水直接倒进运河，水面上一层 oil，还有剩菜，请处理一下 thanks。",
  P="浙江省/杭州市/拱墅区", kinds=["water"], ref=["城管", None])
C("r7-197", M, "那个 Golden Bay 高尔夫球场一直在抽地下水浇草，周边村子的井都快干了，崂山区这边，is this legal？",
  P="山东省/青岛市/崂山区", kinds=["water", "ecology"], ref=["水利", None], polluter="Golden Bay 高尔夫球场")

W("cases-en.jsonl")
