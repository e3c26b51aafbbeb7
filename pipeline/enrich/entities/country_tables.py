"""Hand tables the ISO 3166 names do not cover: everyday names, nationalities, capitals and big cities.

Country *names* come from pycountry (ISO 3166-1 names, common and official names); these tables add
what news text says instead ("Turkey", "Russia", "Syrian", "Moscow"), in Russian where pycountry's Russian
names are the official ones ("Россия", "США", "Москва"), in Japanese ("アメリカ", "ロシア", "北朝鮮") and in
Chinese ("美国", "韩国", "台湾").
Keys are matched case- and accent-insensitively. One
line per country (and language) keeps the tables reviewable.
"""

from __future__ import annotations

_ROWS = """
AF|Afghanistan|Afghan,Afghans|Kabul,Kandahar
AL||Albanian,Albanians|Tirana
DZ||Algerian,Algerians|Algiers
AM||Armenian,Armenians|Yerevan
AR||Argentine,Argentinian,Argentines,Argentinians|Buenos Aires
AU||Australian,Australians|Canberra,Sydney,Melbourne
AT||Austrian,Austrians|Vienna
AZ||Azerbaijani,Azeri,Azerbaijanis|Baku
BH||Bahraini,Bahrainis|Manama
BD||Bangladeshi,Bangladeshis|Dhaka
BY|Belarus|Belarusian,Belarusians|Minsk
BE||Belgian,Belgians|Brussels
BO|Bolivia|Bolivian,Bolivians|La Paz
BA|Bosnia|Bosnian,Bosnians|Sarajevo
BR||Brazilian,Brazilians|Brasilia,Rio de Janeiro,Sao Paulo
BG||Bulgarian,Bulgarians|Sofia
MM|Burma|Burmese,Myanmar's|Naypyidaw,Yangon
CA||Canadian,Canadians|Ottawa,Toronto,Montreal
CL||Chilean,Chileans|Santiago
CN||Chinese|Beijing,Shanghai,Hong Kong
CO||Colombian,Colombians|Bogota
CD|DR Congo,DRC,Democratic Republic of Congo|Congolese|Kinshasa
HR||Croatian,Croatians,Croat,Croats|Zagreb
CU||Cuban,Cubans|Havana
CY||Cypriot,Cypriots|Nicosia
CZ|Czech Republic,Czechia|Czech,Czechs|Prague
DK||Danish,Danes|Copenhagen
EG||Egyptian,Egyptians|Cairo,Alexandria
EE||Estonian,Estonians|Tallinn
ET||Ethiopian,Ethiopians|Addis Ababa
FI||Finnish,Finns|Helsinki
FR||French|Paris,Marseille
GE||Georgian,Georgians|Tbilisi
DE||German,Germans|Berlin,Munich,Frankfurt
GR||Greek,Greeks|Athens
HU||Hungarian,Hungarians|Budapest
IN||Indian,Indians|New Delhi,Delhi,Mumbai
ID||Indonesian,Indonesians|Jakarta
IR|Iran|Iranian,Iranians,Persian|Tehran
IQ||Iraqi,Iraqis|Baghdad,Mosul,Erbil,Basra
IE||Irish|Dublin
IL||Israeli,Israelis|Jerusalem,Tel Aviv
IT||Italian,Italians|Rome,Milan
CI|Ivory Coast|Ivorian,Ivorians|Abidjan
JP||Japanese|Tokyo,Osaka
JO||Jordanian,Jordanians|Amman
KZ||Kazakh,Kazakhs,Kazakhstani|Astana,Almaty
KE||Kenyan,Kenyans|Nairobi
XK|Kosovo|Kosovar,Kosovars|Pristina
KW||Kuwaiti,Kuwaitis|Kuwait City
LV||Latvian,Latvians|Riga
LB||Lebanese|Beirut
LY||Libyan,Libyans|Tripoli,Benghazi
LT||Lithuanian,Lithuanians|Vilnius
MY||Malaysian,Malaysians|Kuala Lumpur
ML||Malian,Malians|Bamako
MX||Mexican,Mexicans|Mexico City
MD|Moldova|Moldovan,Moldovans|Chisinau
MA||Moroccan,Moroccans|Rabat,Casablanca
NL|Holland|Dutch|Amsterdam,The Hague
NZ||New Zealander,New Zealanders|Wellington,Auckland
NG||Nigerian,Nigerians|Abuja,Lagos
KP|North Korea|North Korean,North Koreans|Pyongyang
NO||Norwegian,Norwegians|Oslo
OM||Omani,Omanis|Muscat
PK||Pakistani,Pakistanis|Islamabad,Karachi,Lahore
PS|Palestine,Palestinian Territories,Gaza,West Bank|Palestinian,Palestinians|Ramallah
PE||Peruvian,Peruvians|Lima
PH||Filipino,Filipinos|Manila
PL||Polish,Poles|Warsaw
PT||Portuguese|Lisbon
QA||Qatari,Qataris|Doha
RO||Romanian,Romanians|Bucharest
RU|Russia|Russian,Russians|Moscow,St Petersburg,Saint Petersburg,Sochi
SA||Saudi,Saudis|Riyadh,Jeddah
RS||Serbian,Serbians,Serb,Serbs|Belgrade
SG||Singaporean,Singaporeans|Singapore
SK||Slovak,Slovaks|Bratislava
SI||Slovenian,Slovenians|Ljubljana
SO||Somali,Somalis|Mogadishu
ZA||South African,South Africans|Pretoria,Johannesburg,Cape Town
KR|South Korea|South Korean,South Koreans|Seoul
ES||Spanish,Spaniards|Madrid,Barcelona
SD||Sudanese|Khartoum
SE||Swedish,Swedes|Stockholm
CH||Swiss|Bern,Geneva,Zurich
SY|Syria|Syrian,Syrians|Damascus,Aleppo,Idlib,Homs,Raqqa,Deir ez-Zor
TW|Taiwan|Taiwanese|Taipei
TZ|Tanzania|Tanzanian,Tanzanians|Dodoma,Dar es Salaam
TH||Thai|Bangkok
TN||Tunisian,Tunisians|Tunis
TR|Turkey,Turkiye|Turkish,Turks|Ankara,Istanbul
UA||Ukrainian,Ukrainians|Kyiv,Kiev,Kharkiv,Odesa,Odessa
AE|UAE|Emirati,Emiratis|Abu Dhabi,Dubai
GB|UK,U.K.,Britain,Great Britain,England,Scotland,Wales,Northern Ireland|British,Britons,English,Scottish,Welsh|London
US|USA,U.S.,U.S.A.,US,America,United States of America|American,Americans|Washington,New York,Los Angeles,Chicago
VE|Venezuela|Venezuelan,Venezuelans|Caracas
VN|Vietnam|Vietnamese|Hanoi,Ho Chi Minh City
YE||Yemeni,Yemenis|Sanaa,Aden
BY|Белоруссия,Беларусь||Минск
GB|Великобритания,Британия||Лондон
RU|Россия,РФ||Москва,Санкт-Петербург,Сочи
UA|||Киев,Харьков,Одесса
US|США||Вашингтон,Нью-Йорк
JP|日本,ニッポン,ニホン|日本人|東京,大阪,京都,名古屋,横浜,札幌,福岡,神戸,那覇,仙台,広島,京都市,大阪市,横浜市,名古屋市
US|アメリカ,アメリカ合衆国,米国|アメリカ人,米国人|ワシントン,ニューヨーク,ロサンゼルス
GB|イギリス,英国|イギリス人,英国人|ロンドン
RU|ロシア|ロシア人|モスクワ
CN|中国,中華人民共和国|中国人|北京,上海,香港
KR|韓国|韓国人|ソウル,釜山
KP|北朝鮮||平壌
TW|台湾||台北
UA|ウクライナ||キーウ,キエフ
FR|フランス||パリ
DE|ドイツ||ベルリン
CN|中国大陆,中华人民共和国|中国人|北京,上海,广州,深圳,天津,重庆,武汉,杭州,南京,成都,西安,苏州,青岛,厦门,长沙,郑州,沈阳,大连,哈尔滨,合肥
US|美国,美利坚合众国|美国人|华盛顿,纽约,洛杉矶,旧金山,芝加哥,休斯敦
KR|韩国,南韩|韩国人|首尔,釜山
KP|朝鲜,北韩|朝鲜人|平壤
TW|台湾,台湾地区|台湾人|台北,高雄,台中
RU|俄罗斯,俄国|俄罗斯人|莫斯科,圣彼得堡
GB|英国|英国人|伦敦
FR|法国|法国人|巴黎
DE|德国|德国人|柏林,慕尼黑,法兰克福
JP|日本|日本人|东京,大阪,京都,横滨,名古屋
UA|乌克兰|乌克兰人|基辅,哈尔科夫,敖德萨
IN|印度|印度人|新德里,孟买
VN|越南|越南人|河内,胡志明市
IR|伊朗|伊朗人|德黑兰
SY|叙利亚||大马士革
IL|以色列||耶路撒冷,特拉维夫
BR|巴西|巴西人|巴西利亚,圣保罗,里约热内卢
AU|澳大利亚,澳洲|澳大利亚人|堪培拉,悉尼,墨尔本
"""


# Japan's prefectures, as Japanese text writes them (with 都, 道, 府 or 県): places in Japan
PREFECTURES = tuple("""北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県
新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県
奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県
熊本県 大分県 宮崎県 鹿児島県 沖縄県""".split())


# China's provinces, autonomous regions and municipalities, as Chinese text writes them (with and without 省,
# 自治区, 市): places in China
PROVINCES = tuple(f"{name}{suffix}" for names, suffixes in (
    ("河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海",
     ("", "省")),
    ("内蒙古 广西 西藏 宁夏 新疆", ("", "自治区")),
    ("北京 天津 上海 重庆", ("", "市")),
) for name in names.split() for suffix in suffixes) + ("广西壮族自治区", "宁夏回族自治区", "新疆维吾尔自治区")
CITIES = {"JP": PREFECTURES, "CN": PROVINCES}  # first-level divisions, read as places of their country


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(",") if part.strip())


def rows() -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """(alpha-2, extra country names, nationality words, cities) for every table row."""
    out = []
    for line in _ROWS.strip().splitlines():
        code, names, demonyms, cities = line.split("|")
        out.append((code, _split(names), _split(demonyms), _split(cities) + CITIES.get(code, ())))
    return out
