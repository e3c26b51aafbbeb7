"""Russian names put in the nominative (pipeline.enrich.entities.russian, pymorphy3's dictionary), and the fold that
keys them."""

from __future__ import annotations

import pytest

from pipeline.enrich.entities.countries import fold
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.russian import normalise


def _one(name: str, label: str, text: str) -> str:
    start = text.index(name)
    return normalise([Mention(name, label, start, start + len(name))], text)[0].text


@pytest.mark.parametrize(("name", "label", "text", "expected"), [
    ("Хаканом Фиданом", "PERSON", "Лавров встретился с Хаканом Фиданом. Фидан заявил...", "Хакан Фидан"),
    ("Сергея Лаврова", "PERSON", "Слова Сергея Лаврова.", "Сергей Лавров"),
    ("Олафом Шольцем", "PERSON", "Встреча с Олафом Шольцем.", "Олаф Шольц"),  # not pymorphy's guess 'Шолец'
    ("Мерца", "PERSON", "Фридрих Мерц поддержал. Позиция Мерца ясна.", "Мерц"),  # the text writes it
    ("Эльвиры Набиуллиной", "PERSON", "Слова Эльвиры Набиуллиной.", "Эльвира Набиуллина"),
    ("Касым-Жомарт Токаев", "PERSON", "Касым-Жомарт Токаев поздравил.", "Касым-Жомарт Токаев"),  # not 'токай'
    ("Марк Рютте", "PERSON", "Марк Рютте встретился.", "Марк Рютте"),  # indeclinable
    ("Урсулой фон дер Ляйен", "PERSON", "с Урсулой фон дер Ляйен", "Урсула фон дер Ляйен"),
    ("Москве", "GPE", "в Москве", "Москва"),
    ("Шымкенте", "GPE", "в Алматы и Шымкенте", "Шымкент"),  # GeoNames knows it; pymorphy3 guesses 'Шымкента'
    ("Самаре", "GPE", "сыграют в Самаре", "Самара"),  # GeoNames lists 'Самаре' too, as the same city
    ("Алматы", "GPE", "в Алматы и Шымкенте", "Алматы"),
    ("Казахстане", "GPE", "Президент Казахстана. Старт в Казахстане.", "Казахстан"),  # not the genitive written
    ("Южном Кавказе", "GPE", "положение на Южном Кавказе", "Южный Кавказ"),
    ("Европейского союза", "GPE", "страны Европейского союза", "Европейский союз"),  # the adjective agrees
    ("Организации Объединённых Наций", "ORG", "участие Организации Объединённых Наций",
     "Организация Объединённых Наций"),  # the genitive complement stays
    ("Банка России", "ORG", "совет директоров Банка России", "Банк России"),
    ("МИД", "ORG", "представитель МИД России", "МИД"),
    ("Финам", "ORG", "аналитики компании «Финам» отмечают", "Финам"),  # in apposition: not inflected
    ("Зенита", "ORG", "тренер «Зенита» похвалил", "Зенит"),
    # read on real Russian pages, with no labels
    ("Анзорова", "PERSON", "Абдулах Анзоров напал. Семья Анзорова уехала.", "Анзоров"),  # not the woman 'Анзорова'
    ("Автодоре", "ORG", "глава госкомпании «Автодор» сказал. Отметили в «Автодоре».", "Автодор"),
    ("Автодора", "ORG", "глава госкомпании «Автодор» сказал. В сообщении «Автодора».", "Автодор"),
    ("Автодор", "ORG", "глава госкомпании «Автодор» сказал.", "Автодор"),  # in apposition
    ("Эльзасе", "GPE", "уроженец города Висамбур в Эльзасе", "Эльзас"),  # not the dative of a woman's name
    ("Звенигорода", "GPE", "разгрузит уличную сеть Звенигорода", "Звенигород"),  # 'сеть' without quotation marks
    ("Эммануэль Макрону", "PERSON", "письмо Эммануэль Макрону. Эммануэль Макрон ответил.", "Эммануэль Макрон"),
    ("Сами Амимура", "PERSON", "брат Сами Амимура", "Сами Амимур"),
])
def test_names_take_the_nominative(name: str, label: str, text: str, expected: str) -> None:
    assert _one(name, label, text) == expected


def test_a_name_already_in_the_nominative_and_latin_names_are_left_alone() -> None:
    text = "Владимир Путин и компания Axiom Space"
    found = normalise([Mention("Владимир Путин", "PERSON", 0, 14), Mention("Axiom Space", "ORG", 27, 38)], text)
    assert [m.text for m in found] == ["Владимир Путин", "Axiom Space"]


def test_fold_keeps_the_letters_of_other_scripts_and_folds_latin_as_before() -> None:
    assert fold("Путин") == "путин" and fold("Путин") != fold("Лавров")
    assert fold("Ελλάδα") == "ελλαδα" and fold("北京") == "北京"
    assert fold("São Paulo") == "sao paulo" and fold("Straße") == "strae" and fold("The Hague") == "hague"
    assert fold("Café – 😀 x") == "cafe x"
