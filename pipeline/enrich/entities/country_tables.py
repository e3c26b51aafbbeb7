"""Hand tables the ISO 3166 names do not cover: everyday names, nationalities, capitals and big cities.

Country *names* come from pycountry (ISO 3166-1 names, common and official names); these tables add
what news text says instead ("Turkey", "Russia", "Syrian", "Moscow"), in Russian where pycountry's Russian
names are the official ones ("Россия", "США", "Москва"), and in Japanese ("アメリカ", "ロシア", "北朝鮮").
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
"""


# Japan's prefectures, as Japanese text writes them (with 都, 道, 府 or 県): places in Japan
PREFECTURES = tuple("""北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県
新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県
奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県
熊本県 大分県 宮崎県 鹿児島県 沖縄県""".split())


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(",") if part.strip())


def rows() -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """(alpha-2, extra country names, nationality words, cities) for every table row."""
    out = []
    for line in _ROWS.strip().splitlines():
        code, names, demonyms, cities = line.split("|")
        out.append((code, _split(names), _split(demonyms), _split(cities) + (PREFECTURES if code == "JP" else ())))
    return out
