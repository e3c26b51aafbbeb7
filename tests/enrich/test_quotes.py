"""Quote extraction and speaker attribution: the seed, the labelled articles, each rule on a small text."""

from pipeline.enrich import enrich
from pipeline.enrich.quotes import find_quotes, quote_spans
from pipeline.models import Entity
from tests.enrich.helpers import fixture_article, seed


def _people(*names: str, forms: tuple[str, ...] = ()) -> list[Entity]:
    return [Entity(name=n, label="PERSON", kind="person", count=1, surface_forms=(n, *forms)) for n in names]


def test_seed_quotes_go_to_kyle_orton_and_through_the_analyst_to_omer_ozkizilcik() -> None:
    quotes = enrich(seed()).enrichment.quotes
    assert [(q.text.split(" does")[0], q.speaker, q.verb, q.cue) for q in quotes][:1] == [
        ("It [the meeting]", "Kyle Orton", "told", "name")]
    assert quotes[1].text.startswith("In fact, what comes out of this meeting")
    assert (quotes[1].speaker, quotes[1].cue) == ("Omer Ozkizilcik", "role")
    assert len(quotes) == 2 and not [q for q in quotes if "safe zone" in q.text]  # a scare quote is not a quote


def test_labelled_articles_quotes_with_speakers() -> None:
    quotes = enrich(fixture_article("politics-coalition")).enrichment.quotes
    assert [q.speaker for q in quotes] == ["Sabine Kogler", "Markus Eder", "Markus Eder", "Markus Eder", "Lena Hofbauer"]
    assert [q.cue for q in quotes] == ["name", "name", "role", "continuation", "pronoun"]
    assert not [q for q in quotes if q.text == "circus"]


def test_scare_quotes_of_one_to_three_words_are_not_quotes() -> None:
    text = "Officials called it a “safe zone” and said talks were “difficult” but “not yet over”."
    assert find_quotes(text, []) == []
    assert len(quote_spans(text)) == 3


def test_straight_curly_and_french_marks() -> None:
    text = ('"We will win this match easily," Ann Lee said. « Nous ne céderons pas ici », a dit Ann Lee. '
            "“This is a very good day,” Ann Lee added.")
    quotes = find_quotes(text, _people("Ann Lee"))
    assert [q.text for q in quotes] == ["We will win this match easily", "Nous ne céderons pas ici",
                                        "This is a very good day"]
    assert [q.speaker for q in quotes] == ["Ann Lee"] * 3
    assert [q.cue for q in quotes] == ["name", "continuation", "name"]  # 'a dit' is not an English reporting verb


def test_reporting_verb_before_or_after_and_inverted() -> None:
    text = ("Ann Lee said: “Prices will fall next year for sure.” "
            "“Regulators will want remedies here,” said Jefferies analyst Bo Chan. "
            "According to Bo Chan, “the market is far too calm now.”")
    quotes = find_quotes(text, _people("Ann Lee", "Bo Chan"))
    assert [(q.speaker, q.verb) for q in quotes] == [("Ann Lee", "said"), ("Bo Chan", "said"), ("Bo Chan", "according to")]


def test_quote_across_paragraphs_is_one_quote_continuing_the_speaker() -> None:
    text = ("Karim Fahmy spoke. “Egypt has negotiated in good faith,” Fahmy told reporters.\n\n"
            "“We will not accept any measure that threatens us.\n\n“We ask only for a binding agreement.”")
    quotes = find_quotes(text, _people("Karim Fahmy", forms=("Fahmy",)))
    assert len(quotes) == 2
    assert quotes[1].text == "We will not accept any measure that threatens us. We ask only for a binding agreement."
    assert (quotes[1].speaker, quotes[1].cue) == ("Karim Fahmy", "continuation")


def test_pronoun_and_role_nouns_resolve_to_the_nearest_matching_person() -> None:
    text = ("Judge Mia Holt sentenced Tom Ash. “You treated the budget as your own,” the judge said. "
            "Lena Hof disagreed. “Both sides have too much to lose,” she said.")
    quotes = find_quotes(text, _people("Mia Holt", "Tom Ash", "Lena Hof"))
    assert [(q.speaker, q.cue) for q in quotes] == [("Mia Holt", "role"), ("Lena Hof", "pronoun")]


def test_unattributed_quote_far_from_any_other_has_no_speaker() -> None:
    quotes = find_quotes("A sign read “no entry for anyone after dark” at the gate.", _people("Ann Lee"))
    assert [(q.text, q.speaker) for q in quotes] == [("no entry for anyone after dark", None)]


def test_entities_as_stored_dicts_work_like_models() -> None:
    text = "“We expect orders to recover soon,” Dana Whitfield said."
    stored = [e.model_dump(mode="json") for e in _people("Dana Whitfield")]
    assert find_quotes(text, stored) == find_quotes(text, _people("Dana Whitfield"))


def test_german_marks_verbs_pronouns_and_the_so_attribution() -> None:
    text = ("„Wenn die Mittel weiter sinken, werden Tausende Höfe aufgeben müssen“, erklärte Joachim Rukwied.\n\n"
            "Olaf Scholz sagte: „Wir werden eine gemeinsame Lösung mit Paris finden.“\n\n"
            "»Das ist ein schwerer Fehler der Regierung«, so Friedrich Merz.\n\n"
            "„Die Betriebe brauchen jetzt Planungssicherheit“, fügte er hinzu.\n\n"
            "Laut Olaf Scholz „ist die Lage in Brüssel noch offen“.\n\n"
            "Er sagte so viel: „Darüber sprechen wir später noch einmal.“")
    people = _people("Joachim Rukwied", "Olaf Scholz", "Friedrich Merz")
    quotes = find_quotes(text, people, "de")
    assert [(q.speaker, q.verb, q.cue) for q in quotes] == [
        ("Joachim Rukwied", "erklärte", "name"), ("Olaf Scholz", "sagte", "name"), ("Friedrich Merz", "so", "name"),
        ("Friedrich Merz", "fügte", "pronoun"), ("Olaf Scholz", "laut", "name"), ("Olaf Scholz", "sagte", "pronoun")]
    assert quotes[0].text == "Wenn die Mittel weiter sinken, werden Tausende Höfe aufgeben müssen"
    assert quotes[2].text == "Das ist ein schwerer Fehler der Regierung"


def test_german_so_counts_only_right_after_the_quote() -> None:
    text = "„Wir sind zufrieden mit dem Ergebnis heute“, und das war so gemeint von Olaf Scholz."
    assert find_quotes(text, _people("Olaf Scholz"), "de")[0].speaker is None


def test_french_verbs_and_pronouns() -> None:
    text = ("« Nous ne céderons rien sur les retraites », a déclaré Élisabeth Borne.\n\n"
            "« La réforme est indispensable pour le pays », a-t-elle ajouté.\n\n"
            "Selon Laurent Berger, « le gouvernement fait fausse route ».")
    quotes = find_quotes(text, _people("Élisabeth Borne", "Laurent Berger"), "fr")
    assert [(q.speaker, q.verb, q.cue) for q in quotes] == [
        ("Élisabeth Borne", "a déclaré", "name"), ("Élisabeth Borne", "ajouté", "pronoun"),
        ("Laurent Berger", "selon", "name")]


def test_hungarian_marks_verbs_szerint_and_the_implied_subject() -> None:
    text = ("„Nem fogadjuk el a további halasztást, mert minden feltételt teljesítettünk” – mondta Orbán Viktor.\n\n"
            "Gulyás Gergely szerint „a kormány kész újabb javaslatokat benyújtani”.\n\n"
            "„A jogállamisági aggályok továbbra is fennállnak” – hangsúlyozta Tineke Strik.\n\n"
            "„A tárgyalások jövő hónapban folytatódnak Luxembourgban” – tette hozzá.\n\n"
            "Magyar Péter a parlamentben arról beszélt, hogy „a kormány saját hibáiért Brüsszelt hibáztatja”.")
    quotes = find_quotes(text, _people("Orbán Viktor", "Gulyás Gergely", "Tineke Strik", "Magyar Péter"), "hu")
    assert [(q.speaker, q.verb, q.cue) for q in quotes] == [
        ("Orbán Viktor", "mondta", "name"), ("Gulyás Gergely", "szerint", "name"),
        ("Tineke Strik", "hangsúlyozta", "name"), ("Tineke Strik", "tette hozzá", "pronoun"),
        ("Magyar Péter", "beszélt", "name")]
    assert quotes[0].text == "Nem fogadjuk el a további halasztást, mert minden feltételt teljesítettünk"
    assert [q.speaker for q in find_quotes(text, _people("Orbán Viktor"), "de")] == [None] * 5  # German's cues


def test_russian_marks_verbs_po_slovam_and_names_in_any_case() -> None:
    text = ("«Москва готова вернуться к обсуждению зерновой сделки», — сказал Лавров журналистам.\n\n"
            "Фидан заявил: «Турция продолжит посреднические усилия вместе с партнёрами».\n\n"
            "По словам Лаврова, «переговоры прошли в конструктивном ключе и были полезны».\n\n"
            "«Мы ждём ответа от наших западных партнёров уже давно», — отметила Захарова. "
            "«Нам нужно время, чтобы всё обдумать», — добавила она.")
    people = _people("Сергей Лавров", "Хакан Фидан", "Мария Захарова")
    quotes = find_quotes(text, people, "ru")
    assert [(q.speaker, q.verb, q.cue) for q in quotes] == [
        ("Сергей Лавров", "сказал", "name"), ("Хакан Фидан", "заявил", "name"),
        ("Сергей Лавров", "по словам", "name"),  # 'Лаврова': the genitive of the entity's 'Лавров'
        ("Мария Захарова", "отметила", "name"), ("Мария Захарова", "добавила", "pronoun")]
    assert quotes[0].text == "Москва готова вернуться к обсуждению зерновой сделки"
    assert [q.speaker for q in find_quotes(text, people, "en")] == [None] * 5  # English cues


def test_polish_dash_quotes_verbs_roles_and_names_in_any_case() -> None:
    text = ("Premier Donald Tusk mówił w Sejmie o budżecie. – To obietnica, którą złożyliśmy wyborcom – mówił szef "
            "rządu. – Dotrzymamy jej w tym roku.\n\n"
            "– Nie ogłaszamy cyklu obniżek stóp procentowych – zastrzegła Anna Nowak.\n\n"
            "Według Kowalskiego „inflacja wróci do celu dopiero w przyszłym roku”.\n\n"
            "Ekonomista Jan Kowalski ocenił, że – jak to ujął – rynek nie jest gotowy na cięcia. "
            "Szef klubu Mariusz Błaszczak zarzucił rządowi, że „łata dziury kosztem pacjentów”.")
    people = _people("Donald Tusk", "Anna Nowak", "Jan Kowalski", "Mariusz Błaszczak", forms=())
    quotes = find_quotes(text, people, "pl")
    assert [(q.text[:24], q.speaker, q.verb, q.cue) for q in quotes] == [
        ("To obietnica, którą złoż", "Donald Tusk", "mówił", "role"),  # "szef rządu": the person named before
        ("Dotrzymamy jej w tym rok", "Donald Tusk", "mówił", "continuation"),
        ("Nie ogłaszamy cyklu obni", "Anna Nowak", "zastrzegła", "name"),
        ("inflacja wróci do celu d", "Jan Kowalski", "według", "name"),  # 'Kowalskiego': the genitive
        ("łata dziury kosztem pacj", "Mariusz Błaszczak", "zarzucił", "name")]
    # a dash inside a sentence ("że – jak to ujął – rynek") opens no quote; without the dash rule, no dash quote
    assert [q.text[:8] for q in find_quotes(text, people, "de")] == ["inflacja", "łata dzi"]
    assert len(quote_spans(text)) == 2 and len(quote_spans(text, dash=True)) == 5


def test_english_cues_are_not_used_for_german() -> None:
    text = "„Wir werden diese Wahl ganz sicher gewinnen“, said Olaf Scholz."
    assert find_quotes(text, _people("Olaf Scholz"), "de")[0].speaker is None
    assert find_quotes(text, _people("Olaf Scholz"), "en")[0].speaker == "Olaf Scholz"


def test_spanish_italian_portuguese_and_dutch_verbs_pronouns_and_according_words() -> None:
    cases = [
        ("es", "«No vamos a subir los impuestos este año», dijo Pedro Sánchez.\n\n"
               "Según Alberto Núñez Feijóo, «el Gobierno ha perdido la mayoría en el Congreso».\n\n"
               "«La economía española crece más que la media europea», añadió él.",
         ("Pedro Sánchez", "Alberto Núñez Feijóo"),
         [("Pedro Sánchez", "dijo", "name"), ("Alberto Núñez Feijóo", "según", "name"),
          ("Alberto Núñez Feijóo", "añadió", "pronoun")]),
        ("it", "«Il governo non arretrerà sulla riforma della giustizia», ha detto Giorgia Meloni.\n\n"
               "Secondo Elly Schlein, «la maggioranza sta dividendo il Paese».",
         ("Giorgia Meloni", "Elly Schlein"),
         [("Giorgia Meloni", "ha detto", "name"), ("Elly Schlein", "secondo", "name")]),
        ("pt", "“O Brasil precisa recuperar a confiança dos investidores”, afirmou Fernando Haddad.\n\n"
               "Segundo Gabriel Galípolo, “a inflação deve voltar à meta no próximo ano”.",
         ("Fernando Haddad", "Gabriel Galípolo"),
         [("Fernando Haddad", "afirmou", "name"), ("Gabriel Galípolo", "segundo", "name")]),
        ("nl", "„We moeten de woningnood sneller aanpakken dan gepland”, zei Dick Schoof.\n\n"
               "„Dit kabinet laat de huurders volledig in de steek”, aldus Frans Timmermans.\n\n"
               "Volgens Dilan Yeşilgöz „is de coalitie nog altijd stabiel genoeg”.",
         ("Dick Schoof", "Frans Timmermans", "Dilan Yeşilgöz"),
         [("Dick Schoof", "zei", "name"), ("Frans Timmermans", "aldus", "name"),
          ("Dilan Yeşilgöz", "volgens", "name")]),
    ]
    for lang, text, names, expected in cases:
        quotes = find_quotes(text, _people(*names), lang)
        assert [(q.speaker, q.verb, q.cue) for q in quotes] == expected, lang
        assert [q.speaker for q in find_quotes(text, _people(*names), "en")] == [None] * len(expected)  # English cues


def test_japanese_brackets_the_speaker_first_and_the_left_out_subject() -> None:
    text = ("植田総裁は記者会見で「賃上げの動きが中小企業にも広がっている」と述べた。\n\n"
            "「物価の見通しは引き続き不確実性が高い」と強調した。\n\n"
            "植田総裁は「追加の利上げを急ぐ必要はない」と笑顔で話した。\n\n"
            "加藤勝信財務相によると、「為替の動向を緊張感を持って注視している」という。\n\n"
            "市場では「様子見」との声もある。\n\n"
            "トランプ大統領は「日本の利上げを歓迎したいと思う」と述べた。\n\n"
            "日銀の幹部は「次の会合まで時間をかけて判断する」と話している。")
    people = [Entity(name="植田和男", label="PERSON", kind="person", count=2, surface_forms=("植田和男", "植田")),
              *_people("加藤勝信", "ドナルド・トランプ")]
    quotes = find_quotes(text, people, "ja")
    assert [(q.speaker, q.verb, q.cue) for q in quotes] == [
        ("植田和男", "と述べた", "name"), ("植田和男", "と強調した", "pronoun"), ("植田和男", "と笑顔で話した", "name"),
        ("加藤勝信", "によると", "name"),
        ("ドナルド・トランプ", "と述べた", "name"),  # 'トランプ': the katakana name's last part
        (None, None, None)]  # an official the sentence names, no person of the article's
    assert quotes[0].text == "賃上げの動きが中小企業にも広がっている"  # '様子見' (three characters): a scare quote


def test_romance_languages_leave_the_subject_out_and_name_a_speaker_by_a_role() -> None:
    cases = [
        ("es", "El técnico Carlo Ancelotti habló de una noche mágica.\n\n"
               "«Ha sido uno de los mejores partidos de la temporada», dijo el técnico italiano.\n\n"
               "«El equipo ha respondido en los momentos difíciles», afirmó.",
         ("Carlo Ancelotti",), [("Carlo Ancelotti", "dijo", "role"), ("Carlo Ancelotti", "afirmó", "pronoun")]),
        ("es", "Feijóo acusó al Gobierno de ceder ante Junts y su líder, Carles Puigdemont.\n\n"
               "«Usted ha vendido la igualdad de los españoles», afirmó el dirigente popular.",
         ("Alberto Núñez Feijóo", "Carles Puigdemont"), [(None, None, None)]),  # no one is called 'dirigente'

        ("pt", "O treinador Rúben Amorim elogiou a equipa.\n\n"
               "“Foi uma vitória merecida de todo o grupo”, afirmou.",
         ("Rúben Amorim",), [("Rúben Amorim", "afirmou", "pronoun")]),
        ("it", "L'allenatore Carlo Ancelotti ha parlato dopo la partita.\n\n"
               "«Abbiamo giocato con grande personalità stasera», ha detto l'allenatore.",
         ("Carlo Ancelotti",), [("Carlo Ancelotti", "ha detto", "role")]),
        ("nl", "Paul Magnette reageerde fel. Hij noemde de plannen „een aanval op de gewone werknemer”.",
         ("Paul Magnette",), [("Paul Magnette", "noemde", "pronoun")]),
    ]
    for lang, text, names, expected in cases:
        quotes = find_quotes(text, _people(*names), lang)
        assert [(q.speaker, q.verb, q.cue) for q in quotes] == expected, lang
    text = "«Ha sido uno de los mejores partidos de la temporada», dijo el técnico italiano."
    assert find_quotes(text, [], "es")[0].speaker is None  # no person in the article: no one to resolve to


def test_chinese_speaker_before_or_after_the_quote_and_no_word_boundaries() -> None:
    text = ("外交部发言人毛宁在例行记者会上表示，“中方希望欧方同中方相向而行，共同维护自由贸易。”\n\n"
            "“我们重视同中国的关系，但希望市场更加开放。”瓦德普尔说。他补充道：“德国企业在中国的投资仍在增长。”\n\n"
            "“这是一次非常成功的访问，双方都很满意。”他说。“市场准入”仍是难题。")
    ents = [{"kind": "person", "name": "毛宁", "surface_forms": ["毛宁"]},
            {"kind": "person", "name": "约翰·瓦德普尔", "surface_forms": ["约翰·瓦德普尔", "瓦德普尔"]}]
    found = [(q.speaker, q.verb, q.cue) for q in find_quotes(text, ents, "zh")]
    assert found == [("毛宁", "表示", "name"), ("约翰·瓦德普尔", "说", "name"),
                     ("约翰·瓦德普尔", "补充道", "pronoun"), ("约翰·瓦德普尔", "说", "pronoun")]  # no scare quote
