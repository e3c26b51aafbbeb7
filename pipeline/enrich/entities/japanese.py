"""Japanese entity names as an editor writes them, from the spans of GiNZA's ``ja_ginza`` model.

The model tags Sekine's extended named entities (about 190 kinds); :data:`ENE_LABELS` maps the ones newsline keeps
to its labels (a party, a ministry, a university and an international body are organisations; a prefecture and a
city are places). Its rules:
- a role the model tagged with the name it follows ("林芳正官房長官", "ドナルド・トランプ大統領") gives the person,
  the role cut off; a role alone ("官房長官", "同社社長", "米国大統領") gives no one;
- a person's title or honorific goes ("岸田氏" -> "岸田", "鈴木優磨選手" -> "鈴木優磨"); a name the model took
  for something else is a person when a title only people carry follows it ("ペスコフ" + "報道官");
- a word of ideographs with a kana ending ("利上げ", a rate rise) is no organisation or place, and an
  "organisation" ending in "after" ("閣議後", after the cabinet meeting) is a time;
- a place written as the one-character short forms of two or more countries ("日米", "米中") is a pair of
  countries, not a place, and is dropped;
- a name ending in an organisation's word ("党", "協会", "銀行", "大学", "省", "庁", "局"...) is an organisation
  (not a prefecture: "京都府"), whatever kind the model gave it ("自由民主党" as a product, "日本サッカー協会" as a region);
- a prefecture and a city written together ("茨城県鹿嶋市") are two places; a descriptor before a place ("首都
  キーウ") goes;
- quotation brackets and punctuation at a name's edges go.
Names stay as written (no case, no inflection), so they are grounded in the text like any other language's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.enrich.entities.countries import is_known_place, is_nationality
from pipeline.enrich.entities.country_tables import PREFECTURES
from pipeline.enrich.entities.mention import Mention, country_pair, strip_edges

ROLE = "ROLE"  # a position or job; kept past the model only for the rules below
OTHER = "OTHER"  # every other kind the model tags (products, events...): kept for the suffix rule below
_KINDS = {
    "PERSON": "Person",
    "ORG": """Organization_Other Show_Organization Sports_Organization_Other Pro_Sports_Organization Sports_League
              Corporation_Other Company Company_Group Government Cabinet Military International_Organization
              Political_Organization_Other Political_Party Public_Institution School Research_Institute GOE_Other""",
    "GPE": "City Province Country County GPE_Other",
    "LOC": """Location_Other Region_Other Continental_Region Domestic_Region Geological_Region_Other Mountain Island
              River Lake Sea Bay""",
    "NORP": "Nationality Ethnic_Group_Other Religion",
    ROLE: "Position_Vocation",
}
ENE_LABELS = {kind: label for label, kinds in _KINDS.items() for kind in kinds.split()}
NOT_NAMES = frozenset("""Date Time Period_Day Period_Month Period_Time Period_Week Period_Year Periodx_Other Timex_Other
Time_Top_Other Day_Of_Week Era Money Percent Numex_Other Ordinal_Number Rank Age Frequency Physical_Extent Weight
Volume Speed Temperature Calorie Intensity Multiplication Countx_Other Measurement_Other Point N_Event N_Person
N_Organization N_Location_Other N_Country N_Facility N_Product N_Animal N_Flora N_Natural_Object_Other Phone_Number
Postal_Address Email URL ID_Number Latitude_Longtitude Unit_Other School_Age Title_Other""".split())

# an organisation's last word, whatever the model called the name ("自由民主党" as a product, "参議院" as a place)
ORG_ENDINGS = tuple("""党 協会 連盟 連合会 機構 銀行 証券 大学 省 庁 裁判所 地裁 高裁 委員会 財団 研究所 議院 府警
県警 警察 組合 労働組合 ホールディングス 局 鉄道 取引所 府 理事会 協議会 会議所 公社 機関""".split())
PREFECTURE_CITY = re.compile(rf"^({'|'.join(sorted(PREFECTURES))})(.{{1,6}}[市区町村郡])$")  # '茨城県鹿嶋市'
PLACE_DESCRIPTORS = re.compile(r"^(?:首都|首府|州都|県都|市内|同市|同県|同国)")  # '首都キーウ' -> 'キーウ'
EDGES = "「」『』（）()［］【】〈〉《》、。，．・：；！？!?\"'“”‘’ 　"
MINISTRIES = """官房 外務 財務 経済産業 経産 厚生労働 厚労 国土交通 国交 農林水産 農水 文部科学 文科 環境 総務
法務 防衛 復興 デジタル 経済再生 経済安全保障 少子化 地方創生 国家公安委員 内閣府 外 法 農 蔵""".split()
TITLES = """氏 さん 様 君 ちゃん 容疑者 被告 被告人 受刑者 死刑囚 被害者 選手 監督 投手 捕手 内野手 外野手
主将 コーチ 横綱 大関 力士 首相 総理 総理大臣 大統領 副大統領 国家主席 主席 首席 議長 副議長
委員長 長官 大臣 副大臣 政務官 相 次官 事務次官 報道官 大使 総領事 知事 副知事 市長 副市長 町長
村長 区長 議員 衆院議員 参院議員 代表 共同代表 党首 幹事長 政調会長 総務会長 書記長 総裁 副総裁
会長 副会長 社長 副社長 専務 常務 取締役 頭取 理事長 事務総長 事務局長 最高経営責任者 CEO 教授
准教授 名誉教授 博士 医師 弁護士 裁判長 裁判官 検事 検事総長 署長 本部長 局長 部長 課長 司令官
国王 女王 皇太子 首長 王子 王女 アナウンサー 作家 俳優 歌手 記者 容疑者ら""".split()
PREFIXES = "前 元 副 次期 新 現 故 初代".split()
# titles only a person carries (not a company's "社長", "会長"): a name right before one is a person's
PERSONAL = re.compile("|".join("氏 さん 様 容疑者 被告 選手 監督 投手 大統領 首相 報道官 知事 市長 議員 教授".split()))
INFLECTED = re.compile(r"[\u4e00-\u9fff][\u3041-\u3096]+$")  # ideographs then kana endings: '利上げ', '値上がり'
TIME_AFTER = ("後", "以降", "以来")  # '閣議後' (after the cabinet meeting), tagged as a government: a time, no name


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


TITLE = re.compile(rf"(?:{_alternation(PREFIXES)})?(?:{_alternation(MINISTRIES)})?(?:{_alternation(TITLES)})$")
KANJI_NAME = re.compile(r"^[\u4e00-\u9fff々]{2,5}$")
KANA_NAME = re.compile(r"^[\u30a1-\u30fa\u30fc]{2,}(?:[・=＝][\u30a1-\u30fa\u30fc]{2,})*$")
LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)*$")
NOT_A_NAME = re.compile(r"^(?:同|各|両|当|本|我が)|[国省庁県市町都府党社局課署所団軍会協連行隊官]$")
COUNTRY_CHARS = frozenset("日米中韓露ロ英仏独印豪伊加朝台欧比越泰")


def _name_shaped(name: str) -> bool:
    if NOT_A_NAME.search(name) or is_known_place(name) or is_nationality(name):
        return False
    return bool(KANJI_NAME.match(name) or KANA_NAME.match(name) or LATIN_NAME.match(name))


def _without_title(mention: Mention) -> Mention | None:
    """The person named before a title or role ("加藤財務相" -> "加藤"); None when no name stands there."""
    found = TITLE.search(mention.text)
    if found is None:
        return None if mention.label == ROLE else mention  # a role of no title known; a person as the model saw it
    name = mention.text[: found.start()]
    if not _name_shaped(name):
        return None  # a role alone ("官房長官", "同社社長", "米国大統領")
    end = mention.start + len(name) if mention.start >= 0 else -1
    return replace(mention, text=name, label="PERSON", end=end)


def _relabelled(mention: Mention, text: str) -> Mention | None:
    """An organisation by its last word, a person by the title after it; another kind of the model's (a date, a
    product) and a word with an inflected ending ("利上げ", a rate rise, tagged as a government) is no name."""
    if len(mention.text) >= 3 and mention.text.endswith(ORG_ENDINGS) and not is_known_place(mention.text):
        return replace(mention, label="ORG")  # not '京都府', a prefecture
    if mention.label in ("ORG", OTHER) and _name_shaped(mention.text) and 0 <= mention.end < len(text) \
            and PERSONAL.match(text, mention.end):
        return replace(mention, label="PERSON")  # 'ペスコフ' (tagged a government) + '報道官'
    if mention.label == OTHER or (mention.label != "PERSON" and INFLECTED.search(mention.text)):
        return None
    if mention.label == "ORG" and mention.text.endswith(TIME_AFTER):
        return None
    return mention


def _places(mention: Mention) -> list[Mention]:
    """A prefecture and a city written together are two places; a descriptor before a place goes."""
    if mention.label not in ("GPE", "LOC"):
        return [mention]
    descriptor = PLACE_DESCRIPTORS.match(mention.text)
    if descriptor and len(mention.text) - descriptor.end() >= 2:
        cut = descriptor.end()
        mention = replace(mention, text=mention.text[cut:], start=mention.start + cut if mention.start >= 0 else -1)
    found = PREFECTURE_CITY.match(mention.text)
    if found is None:
        return [mention]
    cut = found.end(1)
    start = mention.start
    return [replace(mention, text=found.group(1), end=start + cut if start >= 0 else -1),
            replace(mention, text=found.group(2), start=start + cut if start >= 0 else -1)]


def label_of(ene: str) -> str:
    """newsline's label for one of the model's kinds (OTHER for the rest that may be names; the kind itself for
    dates, amounts and other non-names, which the rules then ignore)."""
    return ENE_LABELS.get(ene, ene if ene in NOT_NAMES else OTHER)


def _fixed(mention: Mention, text: str) -> list[Mention]:
    trimmed = strip_edges(mention, EDGES)
    relabelled = _relabelled(trimmed, text) if trimmed is not None else None
    if relabelled is None or country_pair(relabelled, COUNTRY_CHARS):
        return []
    if relabelled.label in ("PERSON", ROLE):
        person = _without_title(relabelled)
        return [person] if person is not None else []
    return _places(relabelled)


def normalise(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions of one Japanese article as names an editor records (order kept); roles without a name go."""
    return [fixed for m in mentions for fixed in _fixed(m, text)]
