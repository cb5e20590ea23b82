package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Art 19 situations as frames over word lists: each frame recognised in words no fixed phrase lists,
 * and the look-alikes that are not urgent (a figure of speech, a past event, a fear, a rumour, a number alone).
 */
class SituationsTest {
  static final Situations SITUATIONS = Situations.bundled();

  static List<String> found(String text) {
    return SITUATIONS.find(Normaliser.normalise(text)).stream().map(Situations.Hit::situation).distinct().toList();
  }

  static boolean life(String text) {
    return SITUATIONS.find(Normaliser.normalise(text)).stream().anyMatch(Situations.Hit::lifeSafety);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "屯子里那口水井今天抽上来的水发浑，一股子煤油味 | drinking_water",
      "小区水龙头放出来的水是黄的，这还能喝吗 | drinking_water",
      "the water from our kitchen tap reeks of gasoline today | drinking_water",
      "河湾里的鹅一下子死了好几十只 | mass_death",
      // branch r5fix's classes, in words of our own: a death in numbers in Minnan (a heap of them, all dead); the urgent
      // twin of a dialect stench, of a coloured river, of a safety rule broken, of children playing by dirty water
      "阮厝边的鸭仔昨昏死甲规堆，水沟的水臭臭 | mass_death",
      "塘里的鱼仔攏死了了，浮甲规片 | mass_death",
      "迭只印染厂臭得来，阿拉隔壁两个老人闻了吐了，一个昏过去了 | poisoning",
      "电镀厂偷偷往河里排水，河水变成橘红色，下游的鱼今早死了一大片 | mass_death",
      "危化品仓库门口有人抽烟把东西点着了，现在烧起来了 | fire",
      "小孩们在排污沟里玩了水，回来好几个上吐下泻，送卫生院了 | poisoning",
      // round eleven's classes, in words of our own: animals down or gone in numbers, belly up in shoals
      "厂子排的水流进了放鹅的塘，鹅一只接一只倒了，一早上没了四十多只 | mass_death",
      "放羊的赶着羊在渠边喝了水，回来倒下二十几只 | mass_death",
      "塘里的草鱼一群一群肚皮朝上漂着，水发黑 | mass_death",
      // a visit to the petitions office planned (十一个村: 一 inside a number); people blocking a gate
      "明天十一个村的村民要一起去信访办 | crowd",
      "上百号村民把焚烧厂的门口堵了，拉垃圾的车进不去 | crowd",
      // corrosive drums unloaded where children play; a waste heap sliding
      "有人把十几桶写着腐蚀性的东西卸在村小学的操场边上 | hazardous_waste",
      "暴雨冲得那片渣土整片滑下来，把下面的路都埋了 | spill_leak",
      "塘里的鲫鱼全翻白了 | mass_death",
      "dozens of sheep died near the stream this week | mass_death",
      "一辆槽车在桥上侧翻，车上的液体往桥下淌，流到了河里 | spill_leak",
      "有人把几桶废酸倒进了村边的水渠 | spill_leak",
      "卫生所把带血的针头扔在操场边，小孩在那儿玩 | hazardous_waste",
      "幼儿园隔壁有人烧旧轮胎，黑烟飘进了教室 | school",
      "车间里好多工人都说头晕，一股怪味 | people_ill",
      "几十个村民在镇政府门口静坐，不让车进出 | crowd",
      "我们明天准备一起去市政府上访 | crowd",
      "油库冒起大火了 | fire",
      "罐区那边轰的一声巨响，玻璃全碎了 | explosion",
      "厂区里嘭的一声，窗户都在抖，一股黑烟冲上天 | explosion",
      "再这样下去我就从他们厂房顶上跳下去 | threat",
      "急！！！河边有人在倒东西 | emergency",
      "县医院旁边那个厂在排废气，病房里都闻得到 | school",
      "敬老院隔壁在烧垃圾，黑烟往屋里飘 | school",
      "全村都吃水窖里的水，这几天水发黑还发臭 | drinking_water",
      "楼顶水塔放出来的水有股怪味 | drinking_water",
      "那个厂再不关我就去他们门口喝药 | threat",
      "I will take my own life if they keep dumping | threat",
      // round four's classes, in words of our own
      "厂房后面堆电瓶的库房在冒白烟，还有一股焦糊味 | fire",
      "高速出口一辆货车翻了，车厢冒烟了 | fire",
      "开发区化工园那边响警报了，社区通知大家关好门窗 | alarm",
      "the chemical plant's sirens went off and we were told to stay indoors | alarm",
      "电厂的探伤机钴源丢失了，到处在找 | spill_leak",
      "三十几个工人把矿上的大门堵起了，要老板出来 | crowd",
      "一村人都坐在路中间，不让拉煤的车过 | crowd",
      "他们说天黑前不关厂，就去砸厂子 | threat",
      "诊所把用过的针管装在纸箱里放在巷子口。巷子里的小孩天天在那玩 | hazardous_waste",
      // round six's classes, in words of our own
      // a hazard named by its everyday container (油桶, 铁桶, 化学桶)
      "河滩上丢着几个铁桶，桶底锈穿了一直在漏 | spill_leak",
      // a pond of leachate or slurry giving way (not seeping, as it does for years)
      "养猪场的沼液池塌了，沼液顺着路冲到了村里 | spill_leak",
      // a substance nobody names tipped into water where it reacts
      "有人往河沟里倒了一桶不明液体，水面直冒白气 | spill_leak",
      // children in dialect words beside hazardous waste
      "垃圾站后面堆住好多化学桶，啲细路放学就喺嗰度捉迷藏 | hazardous_waste",
      "诊所门口丢了一袋针头，娃儿们天天在那跳房子 | hazardous_waste",
      // someone pricked by the waste, or handling it
      "门诊把用过的注射器混在生活垃圾里，清运的师傅被针扎了手 | hazardous_waste",
      // a household dizzy where a gas may leak stays people taken ill (only a household's headache is a nuisance)
      "我们一家人都头晕，是不是楼道里的天然气漏了 | people_ill",
      "我们全家都头疼，是不是楼道里的天然气漏了 | people_ill",
      // a count with 多 or 来 before its measure word is several people
      "铅酸电池厂附近的村里查出来十多个小孩血铅超标 | people_ill",
      // round seven's classes, in words of our own
      "后街一间仓库火烧厝，里面的人闭牢出不来 | fire",
      "养殖场的沼液池子漏了，粪水淌进了稻田 | spill_leak",
      "那个放油漆的库房在冒浓烟，周围还有人上班 | fire",
      "承包的塘里鲫鱼一夜之间全翻了 | mass_death",
      // round eight's classes, in words of our own
      // a fire still burning in northern speech; a smell of a named gas that grows
      "后院那间柴火棚子还着着，烟老大了 | fire",
      "厨房后面那根管子一股煤气味越来越浓 | gas_leak",
      // a river that people carry home to drink is their supply
      "山里几户人家都是从溪里挑水喝的，今天溪水全浑了 | drinking_water",
      // a crowd agreed to go together to an office
      "后天我们几十户要一块去市政府讨说法 | crowd",
      // a radioactive source named by its measure word alone, lost
      "检测公司的人说仪器里那个源丢了 | spill_leak",
      // oil drifting in over the water
      "港口外面漂来好大一片油，滩涂上全黑了 | spill_leak",
      // round nine's classes, in words of our own
      // a carcass in a supply fouls it; a tank is a supply
      "楼顶蓄水箱里泡着一只死猫，整栋楼都用这水 | drinking_water",
      // people downstream drink the river
      "上游的纸厂往江里放黑水，下游三个镇都喝这江的水 | drinking_water",
      // a container on fire (X着了), a fire climbing
      "加油车后面的油罐着了 | fire",
      "一楼的杂物间烧起来，火顺着楼梯往上窜 | fire",
      // an explosion told by its bang and what it broke, where a store or chemical is
      "化肥厂的仓库刚才闷响了一下，玻璃全震碎了 | explosion",
      // a discharge seen as it happens
      "此刻就有一辆罐车在往水库边上倒东西 | spill_leak",
      "现在！有个厂子往我们村的小河里排黄水 | spill_leak",
      "right now a truck is dumping black liquid into the creek behind our estate | spill_leak",
      // hazardous chemicals kept in numbers where people live
      "小区地下室里有人囤了几十桶香蕉水 | hazardous_waste",
      // fish dying in numbers (two are few; a layer is many)
      "池塘里漂着一层死鱼 | mass_death",
      // nosebleeds where fumes are breathed
      "喷漆车间隔壁的托儿所，好几个小朋友流鼻血 | people_ill",
      "喷漆车间隔壁的托儿所，好几个小朋友流鼻血 | school",
      // round ten's classes, in words of our own
      // a carcass-fouled canal whose water is drawn downstream to drink (水…吃, the water named before the drinking)
      "死猪丢在灌渠里，下游几个屯子都拿这水窖起来吃 | drinking_water",
      // a well that smells (臭味 fouls a supply as 臭 does)
      "我家井里打上来的水一股臭味，烧开了也有 | drinking_water",
      // a discharge going on as one speaks, with no 正在 (在往…倒, 正往…流)
      "一条运砂船在往湖里倒黑乎乎的油渣 | spill_leak",
      "污水管子爆了，脏水正往旁边的小河里流 | spill_leak",
      // a tanker gone into a ditch
      "拉硫酸的罐车翻沟里了，酸往外冒 | spill_leak",
      // dead fish in English numbers
      "the pond behind the dye works is covered with dead fish, thousands of them | mass_death",
      // a heap on fire (堆着火 is no heap)
      "废品站的纸壳子堆着火了，旁边就是居民楼 | fire",
      // a well named by its age and a taste gone wrong
      "寨子里那口老井这几天的水变苦了，打上来都不敢喝 | drinking_water",
      // a pond giving way by its everyday name
      "养殖场的沉淀池塌了，粪水全往沟里冲 | spill_leak",
      // a liquid nobody names, tipped where people are
      "有人在小区门口扔了几桶不知道是什么液体，一股怪味 | spill_leak",
      // a fire not yet put out stays a fire
      "车间里着火了，灭不了，火越来越大 | fire",
      // branch urgcorpus2: the urgent twins of its look-alikes — a cry with a harm, a call for help whatever follows,
      // a leak that is no drip, a strong smell at a school, a real fire among gas words, animals poisoned in numbers
      "急！那个厂正往河里倒废液，快派人 | emergency",
      "救命！快来人！地址是东河村三组 | emergency",
      "车间的液压油管今天破了，油一直往外喷 | spill_leak",
      "今天隔壁厂放了好大一股刺鼻的气，幼儿园里全是味 | school",
      "燃气灶旁边的柜子着火了，火越来越大 | fire",
      "隔壁厂放的水把我家的鸭子毒死了一大片 | mass_death"})
  void aFrameIsFoundWhateverTheWords(String text, String situation) {
    assertThat(found(text)).contains(situation);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "我奶奶喝了那口井的水，上吐下泻，已经送到卫生院了",
      "化工厂的氯气管道破了，气味飘过来，大家捂着嘴往外跑",
      "他吃了塘里捞的鱼以后抽搐",
      "有个工人掉进了污水池",
      "加油站着火了",
      // round four's classes, in words of our own
      "厂里飘出来的气呛人得很，隔壁三个老人都说恶心头晕",
      "那股刺鼻的烟吹过来，好几个小孩头晕呕吐",
      "我老公闻了那股气就昏咗过去",
      "我哥在水沟里游泳以后全身起红疹，已经住进了镇医院",
      "5名工人出现呕吐，人送到了市医院",
      "罐车翻在国道上，药水淌了一路，过路的人都咳嗽流眼泪",
      "a pipeline burst next to the market and people are coughing with their eyes burning",
      "仓库里的锂电池在冒烟，噼里啪啦响",
      // round five's classes, in words of our own
      "车间里的味道太冲了，我爸人都迷糊了，邻居帮忙叫120送走的",
      "对面厂房二楼里面都是火，有人在窗口招手",
      "有个男的站在水塔顶上，说不赔钱就往下跳",
      "化肥厂储罐的液氨在嗤气，一股冲鼻子的味道",
      "罐车撞了护栏，酸洒在路上冒烟，开车的人被困在车里",
      "小孩在垃圾堆里翻出一个瓶子，药水溅到腿上起了水泡",
      "厂房着起来了，烟特别大，我奶奶喘不上来气",
      "水库的大坝裂了在渗水，坝下面是三个村几百口人",
      "槽罐车的阀门漏了，旁边守着的人有人说头晕",
      "我们单元\\n好多户\\n都闻到\\n液化气味\\n应该是哪里漏了",
      // a confined space: whoever goes down does not come up (a gas pocket in a pit, tank or sewer)
      "工人下到化粪池里掏东西，半天没上来，喊也不应",
      "两个人先后进了储罐清洗，都倒在里面了",
      // round six's classes, in words of our own
      // English words mixed into Chinese count their letters as a quarter of a character each in the frames' distances
      "车间里好多同事 this afternoon 突然 started vomiting",
      // a collapse in everyday words; a person falling where a thing would be tipped
      "对面化肥厂飘过来一股酸味，我妈在院子里闻了一下就瘫倒了",
      "车间里冒出一股黄烟，一个工人倒在机器旁边",
      // the emergency number with the van's coming said after it
      "那股气太冲了，隔壁大爷站都站不稳，120刚才已经来了",
      // treatment on a drip
      "喷漆房的味道太大，我儿子班上三个同学今天去卫生院打点滴了",
      // English symptoms in phrasal verbs
      "my son threw up twice after breathing the smoke from the plant",
      // blisters raised on the skin after touching
      "我家小孩手碰到那个桶里的水，马上起了一片水泡",
      // a gas named by its one character
      "肉联厂制冷机房漏氨，整个厂区都是那股味",
      // self-harm with the body or the poison as object
      "说好今天给答复又没人来，我哥说要往身上浇汽油去镇政府",
      "我妈说要是再不处理，她就把家里那瓶百草枯喝下去",
      // a fire spreading, climbing or reaching
      "后山的林子着了，火正往村里蔓延",
      "有人上坟点纸，把坡上的干草引燃了",
      "火已经从仓库烧到隔壁的居民楼",
      "装修工人切割的时候把楼道里的泡沫板烧着了",
      // fire and explosion with a homophone or pinyin typo
      "工业园一家厂房着伙了，烟好大",
      "刚才听到一声爆zha，窗户都在抖",
      // people running from a chemical works
      "化工厂那边一股白烟冲出来，街上的人都在跑",
      // round seven's classes, in words of our own
      "厂里漏出来的气飘进屋，我外公躺在床上叫不醒",
      "修路挖断了一根管子，我爸吸了两口那个气，腿一软走不动路了",
      "农药厂的白雾飘到操场上，几个学生咳了两声当场倒了",
      "五个小孩在沟里摸螺蛳，回家以后腿上起了一片水泡",
      // round eight's classes, in words of our own: dizzy and in hospital in southern speech; lead drawn out in hospital
      "工厂的气飘过来，阿嬷头眩，这阵佇病院",
      "电池厂边上的小孩查出血铅高，现在在医院排铅",
      // round nine's classes, in words of our own
      // a supply fouled by a carcass and children ill
      "小区水箱里发现死耗子，好几个孩子拉稀",
      // fits and loss of speech after drinking
      "他喝了那口井的水，一会儿就抽抽起来了",
      "我妈闻了那股药味以后说不出话，手一直抖",
      // someone shouting for help; a tailings pond giving way above people
      "河堤决口了，水冲进村里，有人在屋顶上喊救命",
      "选矿厂的尾矿库溃了，下面的村子住着好几百人",
      // a fire in a container or vehicle; a blast told by its bang
      "电动车停在楼道里充电，车着了",
      "化工园那边连着响了好几下，像打雷，我家窗户都震裂了",
      // round ten's classes, in words of our own
      // breath that will not come, and a hand on the chest
      "拉氨水的槽车翻到沟里了，一股白烟，路边的大爷捂着胸口喘不上来",
      // someone who dropped where they stood (躺那了), told in everyday words
      "矿上那个管子冒出一股怪气，一个老汉凑过去闻了闻就躺那了",
      // a poison held in hand and a drink of it threatened (no 把)
      "隔壁大叔手里攥着一瓶除草剂坐在厂门口，说再不赔钱就当着大家的面喝了",
      "我舅舅说厂里不给个说法，他就去喝百草枯",
      // pain said by how it fells, after eating
      "我爸吃了塘里捞的螺蛳，肚子疼得在地上打滚",
      // round eleven's classes, in words of our own
      // someone gone still or silent where smoke or a smell is (敲门也没人应, 叫她也不应, 人软了)
      "煤炉子的烟灌进了隔壁屋，我敲门也没人应，屋里住着个老奶奶",
      "我妈在楼下晾衣服，闻了厂里飘来的味，一下子倒在地上，叫她也不应",
      "农药厂那边冒出一股怪烟，路口一个骑车的栽地上了，人软了",
      "the factory leaked a yellow gas and my neighbour collapsed in the yard, she is not responding",
      // silence after going down into a tank or a pit
      "酒厂的发酵罐里一个工人钻进去清洗，到现在没了动静，外面的人不敢进",
      // froth at the mouth; lips gone blue; blood coughed up; carried into a clinic
      "闻了那股味以后，我叔嘴角一直冒白沫",
      "工厂排的气飘过来，几个孩子嘴唇发紫",
      "化肥厂冒出一股刺鼻的黄烟，地里几个干活的都咳出血丝了",
      "厂里的气飘进教室，两个学生被抬进医务室",
      // a waste heap that slides onto houses with someone inside; a blast in Cantonese with people not out
      "村后那个尾矿堆今早塌下来了，埋了两户人家，有人还没出来",
      "化工仓库爆咗，好大声，仲有人困喺入面未出嚟"})
  void aDangerToLifeIsSeen(String text) {
    assertThat(life(text.replace("\\n", "\n"))).isTrue();
  }

  @Test
  void fouledDrinkingWaterAndSomeoneIllIsAPoisoningWhereverBothAreTold() {
    assertThat(life("我们这边的自来水有股汽油味。昨天晚上开始，我家老人肚子痛")).isTrue();
    assertThat(life("我们这边的自来水有股汽油味")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "楼下的烧烤店吵死了，臭死了",
      "隔壁的狗天天叫，烦死了",
      "去年那个厂爆炸过一次，现在还在生产",
      "2018年那次泄漏以后厂里一直说整改",
      "加油站离学校这么近，万一着火怎么办",
      "网上有人说化工厂要爆炸了，是真的吗",
      "过年放烟花，烟太大了",
      "我们小区几百户人家都受到噪声影响",
      "上千名群众签名，要求搬迁搅拌站",
      "物业把我的个人信息泄露给了装修公司",
      "楼上漏水，把我家天花板泡坏了",
      "这个味道让人恶心，太难闻了",
      "村里有几个老人得了癌症，好多人都在生病，怀疑跟厂有关",
      "工地把渣土倒在公园里，树都被埋了",
      "猪场把死猪扔在沟里，臭得很",
      "早上校车、公交车堵在一起按喇叭，吵得很",
      "there was an explosion at the plant years ago and we still worry",
      // round four's look-alikes, in words of our own
      "There was a fire at the paint factory in Pudong, Shanghai last year; is the groundwater safe now?",
      "开发区规划建一个危废处理厂，离小学不到两公里，我们反对",
      "搅拌站的粉尘离学校还有五公里远，应该影响不到孩子吧",
      "我家的井水常年有股铁锈味，想请你们来化验一下",
      "自来水总是有消毒水的味道，长期喝有害吗",
      "上个月养殖场死了三头猪，后来查了是猪瘟",
      "隔壁天天装修，我都快气炸了",
      "烟囱天天冒烟，呛得我们不敢开窗",
      "我在县医院上班，下班回家闻到一股臭味",
      // round five's look-alikes, in words of our own
      "那个垃圾站的味道熏到死，路过都要捂鼻子",
      "臭得能让人当场昏倒，一到晚上就这样",
      "沟里都快淤死了，下雨就往外漫",
      "塘边看到一只死鸭子，不知道怎么死的",
      "我养的猫这几天一直吐，不知道是不是闻了隔壁喷的药",
      "那一年矿上塌了，河里的鱼都死了，现在好些了",
      "小区后面的水沟早就死光了，一条鱼都没有",
      "喷漆房的味儿一闻就头疼，好几年了没人管",
      "隔壁饭馆的排风口吹得跟着火了一样热",
      "楼下那家串串店的油烟，我们家衣服上都是火锅味",
      // round six's look-alikes, in words of our own
      // a time ago, or the experiential 过: it happened before
      "五年前那边的油罐车在这里侧翻过，现在路修好了",
      "这条输油管漏过好几回，每次都是修修补补",
      // a fire believed in its clause, not seen
      "厂里在试新锅炉，冒了好多烟，邻居还以为是着火了",
      // a rumour online about a supply said to be clean
      "群里说我们这片的井水有问题，可我家的水一直没异味，想问问到底能不能喝",
      // one's own household with a headache from a smell
      "隔壁印染厂的气味飘过来，我们全家都头疼，希望管一管",
      // a plea to an office to come, not a cry for help
      "环保局快来人看看，这条河都成酱油色了",
      // oil grime is fouling, no hazardous oil
      "修车铺把带油污的水直接冲进下水沟，流到小河里",
      // smoke of cooking beside a school
      "幼儿园对面那家烧烤店的烟每天傍晚都飘过来",
      // burnt until late at night is a nuisance, not a fire spreading
      "隔壁天天烧垃圾，一烧就烧到半夜，呛得睡不着",
      // leachate seeping, as it does for years
      "填埋场的渗滤液流到了田里，秧苗都黄了",
      // a school some kilometres off, in mixed words
      "我家孩子的学校离那个 chemical plant 有 5 km 左右，偶尔闻到味道",
      // a thing tipped, not a person fallen
      "工人把垃圾倒在河边，一堆一堆的",
      // a loudness, not the emergency number
      "晚上的噪声有120分贝，人来了也不管",
      // round seven's look-alikes, in words of our own
      // a figure of speech in southern speech (甲 for 得, 欲 for 要) and with a pronoun (吵得我想死)
      "隔壁鸭寮臭甲欲死，厝内拢毋敢开窗",
      "广场舞天天放到十点，吵得我想死的心都有了",
      // a feared hypothesis (要是哪天, 一旦)
      "要是哪天那个储气罐漏了，整条街都跑不掉，请提前查一查",
      // a hazard named in English is no fire
      "The bar downstairs stores gas cylinders by the exit, a fire hazard if you ask me",
      // a long illness that comes back every night
      "我爸有哮喘，一到晚上就喘不过气来，对面砖厂的烟太大了",
      // a nuisance of long standing with headaches
      "隔壁印刷厂一直往外排刺鼻的气，车间同事们都说头疼",
      "楼顶装了好几个信号塔，我总觉得头晕，想请你们测一测",
      // a well that smells since last year, no one ill
      "我家的井水从去年开始有股怪味，现在都不敢喝了",
      // round nine's look-alikes, in words of our own
      // a carcass with no supply
      "路边有只死猫，好几天没人收",
      // a well that takes waste in is no supply
      "废油渗进了后面的井里，那口是渗井",
      // a bank something runs over is no dam giving way
      "养鸡场的粪水顺着河堤流到河里，河边住着几百人",
      "屋后的沟水又流到河坝里，臭得很",
      // blasting near a bang
      "化工厂后面的山上在炸山，窗户都震裂了",
      // a wish to shout for help, an anger that leaves one speechless, a head about to burst
      "天天半夜打桩，我们都想喊救命了",
      "看到那个答复，我气得说不出话来",
      "楼上装修电钻一响，我脑袋都快炸了",
      // a discharge that is a daily habit, and one of long standing still going on
      "养猪场每天都往沟里排粪水，正在排的时候臭得不行",
      "那家印染厂一直往河里排废水，现在还在排",
      // downstream people who do not drink it
      "下游的人都在这条河里钓鱼",
      "选矿厂的废水往江里排，下游的乡亲们都担心喝水安全",
      // chemicals kept where no one lives
      "厂区仓库里存放着上百桶甲醇，离村子很远",
      // told by the news, a consequence feared (会, 容易)
      "新闻上说那种井水喝了会中毒，我们这里有没有这个问题",
      "电视里说化工厂容易爆炸，我们这边也有一个",
      // symptoms told every day, a protest someone talks of
      "车间里每天都有人说头晕，这么多年都这样",
      "群里有人说要去区政府门口拉横幅",
      // an English time past said by its season
      "A tanker overturned on the highway near our village last summer; the road is fixed now",
      // two dead fish are few
      "池塘边漂着两条死鱼",
      // a symptom slight or passed
      "女儿在新装修的教室里有点头晕，出来透透气就好了",
      "天气太干，我早上起来流鼻血",
      // a school beside a source with a daily habit (as the rounds label it: a nuisance of long standing)
      "县医院旁边那个厂天天排废气，病房里都闻得到",
      "our primary school is next to a foundry and the smoke drifts over every morning",
      // round ten's look-alikes, in words of our own
      // a simile of a threat (跟杀人似的, 像要杀人一样)
      "养猪场一到晚上猪叫得跟杀人似的，我们睡不着",
      "那个冲床一响，像要杀人一样，整栋楼都在抖",
      // plants that will not grow are no threat to live
      "灰渣落在地里，玉米都种不活了",
      // a figure of speech that would fell people (简直要把人熏晕)
      "沥青厂那股味简直要把人熏晕过去，窗户都不敢开",
      // a few dead fish (两三条, 三两只)
      "水库边上漂着两三条死鱼，麻烦来看看",
      // a death denied
      "造纸厂往河里排黄水，虾倒是没死，就是臭",
      // a stove's flame is no fire
      "楼下烤串的炉子冒着火苗，油烟全往我家飘",
      // a headache alone among several, from a smell, is a nuisance told
      "喷涂车间的气味太冲了，我们办公室的人下午都头疼",
      // a dump told as the night practice of a works, not one seen now
      "厂里晚上偷偷把废液倒进后面的小河",
      // a discharge at night of habit (晚上能看到…在往外流)
      "农家乐的污水管伸进河里，晚上能看到管子在往外淌",
      // taking sleeping pills to sleep is no threat
      "厂子的噪音让我晚上吃安眠药都睡不着",
      // a forestalled disaster (不要等出事)
      "化工园区下游就是全县的取水口，希望加强巡查，不要等出事再说",
      // a figure of speech with 都 (吵得我都想死)
      "工地打桩吵得我都想死了",
      // a pan fire put out at once
      "锅里的油着火了，赶紧盖上锅盖就灭了",
      // round eleven's look-alikes, in words of our own
      // a rumour on social media, denied
      "群里传一个视频说自来水厂出事了，后来水务局辟谣了，就是我们这边水有点漂白粉味",
      // a staged fire; 动手 as setting to work
      "有人拍电影在河边放了一把火，火光很大，是道具车，就是希望提前打招呼",
      "有几个人在群里说要去河里炸鱼，还没动手，请你们提前管一下",
      // a few dead fish described (两三条巴掌大的); some fry dead
      "今天看到河边漂着两三条巴掌大的死鱼，麻烦你们来看一下",
      "鱼塘里今年死了一些鱼，也不知道是不是旁边的厂排水，请来看看",
      // disgust, not nausea; an intensifier before 死了
      "这厂子天天往河里排黄水，看着就恶心，去年鱼少了很多",
      "养猪场的粪水全往沟里流，脏死了",
      // a grill's smoke that climbs; a heap smouldering for years
      "楼下烧烤摊每天晚上炭火的烟往楼上窜，家里全是油烟",
      "矸石山自己冒烟好多年了，烧起来的味道呛人，希望治理",
      // an office that does not answer; silence of a works after a visit down
      "邻居说厂里的人电话也没人接，反映了两个月也没动静",
      "工人下去检修以后，厂里一直没动静，也不给说法",
      // a store of hazardous waste; a works' drainage running into a field
      "园区的危废仓库离马路很近，门常开着，希望加强管理",
      "隔壁化工的排水沟冲进了我家的苞米地，苗都黄了",
      // symptoms said not serious; a school's daily smell with nobody sick (English)
      "小区里好几户人家说闻了味道眼睛流泪，不严重，就是一直这样",
      "The feedlot beside the school stinks most afternoons but nobody is sick; please look into it.",
      // froth at an outlet, not a mouth; a face gone blue with anger
      "河边排污口冒白沫，一股怪味",
      "厂长不赔钱，把我爸气得脸都青了",
      // animals gone by a predator, not dead; a place named 龙头 is no tap
      "院子里的鸡一晚上没了二十多只，可能是被黄鼠狼叼走了",
      "龙头山镇那条河发黑发臭",
      // branch r5fix's look-alikes: a heap of junk and a stench "to die of" in Minnan; a Wu stench all year with the
      // doors shut fast and nobody ill; a river coloured with nothing dead; a no-smoking rule broken and only feared; a
      // road iced by slops that makes people slip; children playing by a black ditch with nobody ill
      "伊间厂规堆烂物件，臭甲欲死",
      "搿只厂里向一年到头老臭的，阿拉门关牢也呒没用",
      "电镀厂偷偷往河里排水，河水变成了橘红色",
      "危化品仓库门口天天有人抽烟，看着真危险",
      "饭馆门口的泔水结了冰，走路的人滑倒了好几个",
      "小孩们天天在排污沟边上玩水，沟里的水黑乎乎的",
      // branch urgcorpus2 (classes of urgency holdout one's frame alarms, in words of our own): urgency denied, a cry
      // that only qualifies a question or asks about procedure; a drill in English; the weather "bursting"; a stove
      // that will not light; a daily drip; a faint smell at a school; a works' usual smell beside a ward; a fireworks
      // works feared near a school; fish left in the sun by anglers; a death wished on a dog; unboiled tap water asked
      "小区门口的路灯坏了，不是什么急事，有空来修一下",
      "Nothing urgent, but the pond in the park looks greener than usual this year.",
      "我想紧急问一下，噪音投诉要提交什么材料",
      "Urgent question: what documents does a small workshop need for a discharge permit?",
      "急急急，我上周反映的事到现在没有回复，编号也忘了",
      "We are holding a fire drill next Tuesday, please do not worry about the alarm.",
      "这两天晒得要炸了，空调外机还对着我家吹",
      "煤气灶老是点不着火，燃气公司也不来看",
      "仓库的叉车每天都有点漏油，地上一片油渍",
      "幼儿园新铺的地垫有点味道，想请人测一下",
      "卫生院后面的垃圾站平时味道大，一直都这样，能不能挪一挪",
      "镇上的烟花厂离中学不远，没出过事，大家就是不放心",
      "有人钓了鱼不要，把小鱼扔在石头上晒死了",
      "楼下的狗整夜叫，我真想把它药死，说说而已",
      "Is the tap water here safe to drink without boiling? I am new in town."})
  void aLookAlikeIsNotUrgent(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void theClassifierReadsKindsOfWordsAndNothingOfAFigureOfSpeech() {
    assertThat(SITUATIONS.features("井水发黑")).contains("@supply", "@foul", "@supply+foul");
    assertThat(SITUATIONS.features("吵死了")).isEmpty();
    assertThat(SITUATIONS.features("去年爆炸")).contains("@guarded").doesNotContain("@explosion");
    // all year long (一年到头) counts no heads of livestock; doors shut fast (门关牢) trap nobody; this one (格只) is no count
    assertThat(SITUATIONS.features("厂里一年到头臭")).doesNotContain("@mass");
    assertThat(SITUATIONS.features("阿拉门关牢")).doesNotContain("@trapped");
    assertThat(SITUATIONS.features("格只厂臭")).doesNotContain("@mass");
  }

  /**
   * Branch r22rest: round twenty-two's urgency classes, in sentences of our own. Urgent twins: events told in English
   * inside a Chinese sentence (explode 了, 被 toxic gas 熏到送 hospital); a real fainting beside a denial elsewhere; a visit
   * to the capital planned. Look-alikes: nobody ill said so (没人晕倒, 没有人住院); an urgent cry denied in a mixed text;
   * a degree told by a likeness (红得好像失火了); feathers of slaughtered poultry; 北京 opening a firm's name; an English
   * fear (might explode).
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "表哥说他们车间好几个工人被 toxic gas 熏到送 hospital 了 | poisoning",
      "镇上那个油漆仓库 explode 了，窗户都碎了 | explosion",
      "烟很大，后来有两个人晕倒了，刚送医院 | poisoning",
      "下礼拜全村的人都要去北京上访 | crowd"})
  void roundTwentyTwosClasses(String text, String situation) {
    assertThat(found(text)).contains(situation);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "附近在熬沥青，味道很冲，好在没人晕倒 | ",
      "锅炉房烟大，嗓子不舒服，但没有人住院 | ",
      "隔壁装修 电钻很吵, 不是 emergency, 麻烦有空看看 | ",
      "太阳落山的时候厂房那边红得好像失火了，其实是晚霞 | ",
      "屠宰场门口堆着一堆死鸡毛，苍蝇很多 | ",
      "北京宏达物流园的货车一早就进出，周边的人都很有意见 | ",
      "We heard the tank at the depot might explode one day, people are worried | "})
  void roundTwentyTwosLookAlikes(String text, String none) {
    assertThat(found(text)).isEmpty();
  }

  /** Nobody ill and no fire, said so, weighs as a guarded mention for the classifier too (the whole extractor). */
  @Test
  void nobodyIllSaidSoRaisesNoAlarm() {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    assertThat(x.extract("砖窑一天到晚冒黑烟，眼睛都熏红了，不过没人晕倒也没起火，就是难受").field("urgent")
        .map(Extraction.Field::value).orElse("false")).isEqualTo("false");
    assertThat(x.extract("砖窑一天到晚冒黑烟，刚才有人晕倒了，已经送医院").field("urgent")
        .map(Extraction.Field::value).orElse("false")).isEqualTo("true");
  }
}
