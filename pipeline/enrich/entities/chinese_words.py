"""jieba's tagged words read into names: a name the dictionary cuts into several words made one.

- an institution named over several words ends in an institution's word ("国家/防汛/抗旱/总指挥部",
  "安徽省/经济/和/信息化/厅"); a company's words start from a proper name ("索尼/集团", not "科技/公司");
- a ministry or bureau written as one noun ("水利部"), and an abbreviation of a body ("证监会", "发改委"), is an
  organisation;
- a province's or a city's body carries its name ("广东省/商务厅");
- a venue or a site ends in a facility's word ("凤凰山/体育场", "文昌/航天/发射场"): a place;
- a person's name jieba cut in two after a title is one ("董事长/魏/哲家", "教授/周/启航");
- the parts of a transliterated name are joined across a middle dot ("约翰" "·" "瓦德普尔"), and a last
  syllable the dictionary left alone comes with them ("阿尔梅" "达").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from pipeline.enrich.entities.countries import country_of_name

Word = tuple[str, str]  # (word, jieba's tag)

PERSONS = frozenset({"nr", "nrt", "nrfg"})
HAN = re.compile(r"^[\u4e00-\u9fff]+$")
TAGS = {"nr": "PERSON", "nrt": "PERSON", "nrfg": "PERSON", "ns": "GPE", "nt": "ORG"}
NAME_JOINERS = frozenset("·・•‧")  # between the parts of a transliterated name
# the characters of names transliterated from other languages ("特朗普", "普京", "泽连斯基")
TRANSLITERATION = frozenset("".join("""阿埃艾爱安昂奥巴拜班邦鲍贝本比彼宾波伯博布察查达戴丹道德登邓迪蒂丁东杜多厄恩尔
法范菲费芬丰弗福富盖甘冈高戈哥格根古瓜圭哈海汉豪赫黑亨洪胡华霍基吉季加贾杰捷金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒
雷蕾里利莉丽连列林琳卢鲁伦罗洛吕马玛迈麦曼梅门蒙米密敏明莫默姆穆纳娜奈南内尼涅宁纽努诺欧帕潘庞佩彭皮珀普齐奇乔切钦
丘屈热日荣若瑞萨塞赛桑瑟森沙莎善舍申什施史斯松苏索塔泰坦汤唐特滕图托瓦万旺威韦维温文沃乌伍武西希锡夏谢辛休雅亚扬耶
伊因英尤约扎泽詹兹佐龙夫娃芙丝茨朔勃孔蓬让京""".split()))
# a transliterated name in parts parted by a middle dot ("约瑟夫·姆万加"), however the dictionary cut it
_SOUNDS = "".join(sorted(TRANSLITERATION))
DOTTED = re.compile(rf"[{_SOUNDS}]{{2,}}(?:[{''.join(NAME_JOINERS)}][{_SOUNDS}]+)+")
# about 320 common surnames (compound ones apart): a Chinese person's name starts with one
COMPOUND_SURNAMES = tuple("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 长孙 宇文 司徒 端木".split())
SURNAMES = frozenset("""王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾
肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟
熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛
邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童
凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时
穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟
邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 官 封 谈 匡 鞠 惠 荆
乐 冀 郁 胥 南 班 储 原 栗 燕 楚 鄢 劳 谌 奚 皮 粟 冼 蔺 楼 盘 满 闻 位 厉 伊 仝 区 郜 海 阚 花 权 强 帅 屠 豆 朴
鲜 冒 狄 廉 井 晋 乌 糜 逄""".split())
# characters a given name hardly has, common in the words jieba's guesses run into ("欧方同")
NOT_IN_NAMES = frozenset("的了在是和与同对将把被从向于等称说表示方")
# a person's title or job right before the name: "董事长/魏/哲家", "教授/周/启航", "队长/吴/海峰", where jieba cut
# the name in two
TITLE_ENDS = ("教授", "记者", "主席", "队长", "董事长", "主任", "经理", "市长", "教练", "分析师", "局长", "部长", "总裁",
              "院长", "小将", "大臣", "知事", "书记", "省长", "长官", "发言人", "总理", "总统", "主帅", "球员", "选手",
              "审判长", "法官", "研究员", "医生", "院士", "专家", "负责人", "总监", "创始人", "外长", "大使", "秘书长",
              "厅长", "处长", "县长", "区长", "州长", "议员", "理事长", "会长", "行长", "校长", "工程师")
SAYING = ("表示", "说", "称", "指出", "强调", "认为", "透露", "宣布", "回应", "介绍", "告诉")  # verbs of saying
# an institution's last word, after the words that name it
INSTITUTION_ENDS = ("委员会", "研究院", "研究所", "研究中心", "服务中心", "协会", "联合会", "基金会", "总局", "指挥部",
                    "管理部", "管理局", "监督局", "促进局", "办公室", "法院", "检察院", "大学", "学院", "医院", "俱乐部",
                    "厅")
COMPANY_ENDS = ("公司", "集团", "银行", "控股", "股份有限公司", "有限公司")
FACILITY_ENDS = ("体育场", "体育中心", "体育馆", "发射场", "发射中心", "机场", "火车站", "港口")
ABBREVIATION_ENDS = ("会", "委", "协", "办", "局", "部", "院", "行")  # "证监会", "发改委", "足协"
EVENTS = ("运会", "博会", "峰会", "大会", "年会", "展会")  # "奥运会", "世博会": events, not bodies
PROPER = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "eng"})
NOUNISH = PROPER | {"n", "vn", "b", "an"}
JOINING = frozenset({"和", "与"})  # "国家/发展/和/改革/委员会"; not after a name: "财政部/与/外交部" are two
NUMERALS = frozenset("0123456789一二三四五六七八九十百千万亿两几")
LOCAL = ("省", "市", "县", "区", "自治区", "州")  # a province's or a city's own body carries its name
MAX_WORDS = 7  # words before the last one


def _ministry(word: str, flag: str) -> bool:
    """A ministry or bureau written as one noun ("水利部"), not a region, a rank or a count ("东南部", "干部",
    "千万部"); an abbreviation of a body ("证监会")."""
    if flag == "j":
        return word.endswith(ABBREVIATION_ENDS) and not word.endswith(EVENTS)
    return (flag == "n" and len(word) >= 3 and word.endswith(("部", "局")) and word[-2] not in "东南西北中内外全干总分"
            and not NUMERALS.intersection(word))


def _end_kind(word: str, flag: str) -> str | None:
    """The tag the name ending in ``word`` gets ("nt", "ns"), None when ``word`` ends no name."""
    if flag == "nt":
        return "nt"  # a local body may follow its province or city: "广东省/商务厅"
    if flag in TAGS:
        return None
    if word.endswith(FACILITY_ENDS):
        return "ns"
    if word.endswith(INSTITUTION_ENDS + COMPANY_ENDS) or _ministry(word, flag):
        return "nt"
    return None


def _run_start(words: Sequence[Word], end: int) -> int:
    """Index of the first of the noun-like words right before ``words[end]`` (``end`` when there are none)."""
    first = end
    i = end - 1
    while i >= 0 and end - i <= MAX_WORDS:
        word, flag = words[i]
        if flag in NOUNISH:
            first = i
        elif not (word in JOINING and first < end and i > 0 and words[i - 1][1] in NOUNISH - set(TAGS)):
            break
        i -= 1
    return first


def _name_start(words: Sequence[Word], end: int) -> int | None:
    """Index of the first word of the name whose last word is ``words[end]``, or None."""
    word, flag = words[end]
    kind = _end_kind(word, flag)
    if kind is None:
        return None
    first = _run_start(words, end)
    if flag == "nt":
        return _owner(words, first, end)
    if kind == "ns":  # a venue is named from the last place before it: not "四川省/成都市/凤凰山/体育场"
        return next((k for k in range(end - 1, first - 1, -1) if words[k][1] == "ns"), first)
    proper = next((k for k in range(first, end) if words[k][1] in PROPER), None)
    if first == end:
        return end if _ministry(word, flag) else None
    if word.endswith(COMPANY_ENDS) and not word.endswith(INSTITUTION_ENDS):
        return proper  # a company is named by a proper name
    return first if proper is None else proper  # the run from its first proper name: not "合作伙伴/中国/排球/协会"


def _owner(words: Sequence[Word], first: int, end: int) -> int | None:
    """Where a body the dictionary knows ("商务厅", "商学院") starts with what owns it: the university before its
    school ("南京大学/商学院"), a province or a city ("江苏省/住房/和/城乡/建设厅"), a foreign country ("德国/外交部";
    not China's own: "中国/商务部" is the ministry)."""
    if end > 0 and words[end - 1][1] == "nt":
        return end - 1
    place = next((k for k in range(first, end) if words[k][1] == "ns"), None)
    if place is None:
        return None
    name = words[place][0]
    return place if name.endswith(LOCAL) or (name != "中国" and country_of_name(name)) else None


def _titled_name(words: Sequence[Word], i: int) -> bool:
    """Whether ``words[i]`` and the next word are one person's name cut in two, a title right before them: a
    surname, then one or two characters that are no name of another kind, no verb of saying, no function word."""
    if i == 0 or i + 1 >= len(words) or not words[i - 1][0].endswith(TITLE_ENDS):
        return False
    (word, flag), (rest, rest_flag) = words[i], words[i + 1]
    # a surname alone ("周" + "启航"), or a surname and one character ("李家" + "超"); a name of three already stands
    surname = word in SURNAMES or word in COMPOUND_SURNAMES or (flag in PERSONS and len(word) == 2 and word[0] in SURNAMES)
    name = word + rest
    return (surname and len(rest) <= 2 and 2 <= len(name) <= 3 + (word in COMPOUND_SURNAMES) and HAN.match(name) is not None
            and rest_flag not in ("ns", "nt") and not rest.startswith(SAYING) and not NOT_IN_NAMES.intersection(rest))


def names_after_titles(words: list[Word]) -> list[Word]:
    """The words with each person's name jieba cut in two after a title made one word tagged ``nr``."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        if _titled_name(words, i):
            out.append((words[i][0] + words[i + 1][0], "nr"))
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def compounds(words: list[Word]) -> list[Word]:
    """The words with each name written over several made one word, tagged ``nt`` or ``ns``."""
    out: list[Word] = []
    starts: list[int] = []  # index in ``words`` of each word of ``out``
    for end, (word, flag) in enumerate(words):
        first = _name_start(words, end)
        kind = _end_kind(word, flag)
        if first is None or kind is None or (first == end and flag == "nt"):
            out.append((word, flag))
            starts.append(end)
        elif first == end:
            out.append((word, kind))
            starts.append(end)
        else:
            keep = next((k for k, index in enumerate(starts) if index >= first), len(out))
            joined = "".join(w for w, _ in out[keep:]) + word
            del out[keep:], starts[keep:]
            out.append((joined, kind))
            starts.append(first)
    return out


def _spans(words: Iterable[Word]) -> list[tuple[str, str | None, int, int]]:
    out = []
    offset = 0
    for word, flag in words:
        out.append((word, TAGS.get(flag), offset, offset + len(word)))
        offset += len(word)
    return out


def tagged(words: Iterable[Word]) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) of each tagged word, a transliterated name's parts joined across a middle dot."""
    spans = _spans(words)
    i = 0
    while i < len(spans):
        _, label, start, end = spans[i]
        i += 1
        if label is None:
            continue
        dotted = False
        while label == "PERSON" and i < len(spans):
            word, next_label, _, next_end = spans[i]
            if next_label == "PERSON":
                end, i = next_end, i + 1
            elif word in NAME_JOINERS and i + 1 < len(spans) and spans[i + 1][1] == "PERSON":
                end, i, dotted = spans[i + 1][3], i + 2, True
            elif dotted and len(word) == 1 and word in TRANSLITERATION:
                end, i = next_end, i + 1  # "阿尔梅" + "达"
                break
            else:
                break
        yield label, start, end


def with_dotted_names(line: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The spans with each transliterated name written with a middle dot made one person, with the person spans
    it overlaps ("阿米" "娜" "·" "基" "巴卡": the dictionary knew none of it as one name)."""
    out = list(spans)
    for found in DOTTED.finditer(line):
        start, end = found.span()
        overlapping = [s for s in out if s[1] < end and start < s[2]]
        if any(label != "PERSON" and (s < start or e > end) for label, s, e in overlapping):
            continue  # part of a longer name of another kind
        start = min([start, *(s for _, s, _ in overlapping)])
        end = max([end, *(e for _, _, e in overlapping)])
        out = [s for s in out if s not in overlapping] + [("PERSON", start, end)]
    return sorted(out, key=lambda span: span[1])
