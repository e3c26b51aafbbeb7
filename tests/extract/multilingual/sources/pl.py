"""Polish pages: prose and labels written by hand.

Polish inflects names; an entity is labelled in the form the text gives it at least once (its nominative
where the text has one); ``canonical`` maps an inflected label to its nominative.
"""

CASES = [
    dict(
        nn="01",
        canonical={"Stadionem Narodowym": "Stadion Narodowy", "Dworcu Wschodnim": "Dworzec Wschodni",
                   "Unii Europejskiej": "Unia Europejska"},
        cms="next", section="Kraj",
        url="https://www.gazetawislanska.pl/kraj/warszawa-metro-trzecia-linia-przetarg,art12231",
        site="Gazeta Wiślańska",
        title="Warszawa ogłasza przetarg na trzecią linię metra | Gazeta Wiślańska",
        h1="Warszawa ogłasza przetarg na trzecią linię metra",
        description="Pierwszy odcinek ma połączyć Pragę-Południe z centrum.",
        published="2026-11-17T10:30:00+01:00", precision="minute",
        authors=["Anna Kowalska"], orgs=["PAP"],
        byline="Anna Kowalska, PAP",
        m="ld:graph lda:person og apt date:time",
        body=[
            "Metro Warszawskie ogłosiło we wtorek przetarg na budowę pierwszego odcinka trzeciej linii metra. "
            "Odcinek o długości 8 kilometrów ma połączyć Gocław na Pradze-Południe ze Stadionem Narodowym i "
            "centrum miasta. Prace mają ruszyć w 2028 roku.",
            "„To największa inwestycja transportowa w historii Warszawy”, powiedział prezydent miasta Tomasz "
            "Zieliński podczas konferencji prasowej w ratuszu. Koszt budowy szacowany jest na 9 miliardów "
            "złotych, a miasto liczy na wsparcie z funduszy Unii Europejskiej.",
            "Na trasie ma powstać siedem stacji, w tym przesiadkowa przy Dworcu Wschodnim. Według prognoz z nowej "
            "linii będzie korzystać nawet 200 tysięcy pasażerów dziennie.",
            "Radni opozycji krytykują harmonogram. „Mieszkańcy Gocławia słyszą te obietnice od dwudziestu lat”, "
            "stwierdziła radna Katarzyna Wróbel. Jej zdaniem miasto powinno najpierw dokończyć rozbudowę "
            "tramwajów.",
            "Zarząd Transportu Miejskiego zapowiada, że w czasie budowy zmieni się przebieg kilkunastu linii "
            "autobusowych. Szczegółowy plan objazdów ma zostać przedstawiony mieszkańcom na spotkaniach "
            "konsultacyjnych w styczniu.",
            "Oferty w przetargu można składać do końca marca. Metro Warszawskie zapowiada, że umowa z wykonawcą "
            "zostanie podpisana najpóźniej jesienią przyszłego roku, a tunel będzie drążony dwiema maszynami "
            "jednocześnie.",
            "Władze dzielnicy Praga-Południe liczą, że nowa linia ożywi okolice Gocławia i Saskiej Kępy. Na "
            "terenach wokół przyszłych stacji planowane są nowe mieszkania, biura i parki, a część ulic ma zostać "
            "przebudowana tak, by pierwszeństwo mieli piesi i rowerzyści. Pierwsze konsultacje w tej sprawie "
            "odbyły się już w październiku i przyciągnęły kilkaset osób.",
        ],
        related=["Druga linia metra: co dalej z Bemowem", "Tramwaj na Gocław coraz bliżej"],
        most=["Legia wygrywa w Krakowie", "Smog nad Warszawą"],
        persons=["Tomasz Zieliński", "Katarzyna Wróbel"],
        organizations=["Metro Warszawskie", "Unii Europejskiej", "Zarząd Transportu Miejskiego"],
        places=["Gocław", "Warszawa", "Stadionem Narodowym", "Dworcu Wschodnim"],
        quotes=[("To największa inwestycja transportowa w historii", "Tomasz Zieliński"),
                ("Mieszkańcy Gocławia słyszą te obietnice od", "Katarzyna Wróbel")],
    ),
    dict(
        nn="02",
        canonical={"Zarządu Morskiego Portu Gdańsk": "Zarząd Morskiego Portu Gdańsk",
                   "Uniwersytetu Gdańskiego": "Uniwersytet Gdański", "Bałtyku": "Bałtyk", "Azji": "Azja",
                   "Hamburga": "Hamburg", "Rotterdamu": "Rotterdam", "Chinami": "Chiny",
                   "Koreą Południową": "Korea Południowa", "Trasie Sucharskiego": "Trasa Sucharskiego"},
        cms="arc", section="Gospodarka",
        url="https://www.dziennikbaltycki24.pl/gospodarka/gdansk-port-terminal-kontenerowy-rozbudowa-a91124",
        site="Dziennik Bałtycki 24",
        title="Port Gdańsk: rusza rozbudowa terminalu kontenerowego - Dziennik Bałtycki 24",
        h1="Rusza rozbudowa terminalu kontenerowego w Gdańsku",
        kicker="Port",
        description="Nowe nabrzeże pozwoli obsłużyć największe statki świata.",
        published="2026-11-09T08:20:00+01:00", precision="minute",
        modified="2026-11-09T14:45:00+01:00",
        authors=["Piotr Nowicki", "Magdalena Szulc"], orgs=[],
        byline="Piotr Nowicki i Magdalena Szulc",
        m="ld:plain lda:persons og tw apt date:time",
        body=[
            "W Porcie Gdańsk rozpoczęła się rozbudowa głębokowodnego terminalu kontenerowego. Inwestycja o "
            "wartości 2,5 miliarda złotych ma zwiększyć przepustowość terminalu o połowę, do 7,5 miliona "
            "kontenerów rocznie.",
            "„Gdańsk staje się jednym z najważniejszych portów na Bałtyku”, powiedział prezes Zarządu Morskiego "
            "Portu Gdańsk Marek Lewandowski. Nowe nabrzeże o długości 720 metrów będzie gotowe w 2029 roku.",
            "Rozbudowa to odpowiedź na rosnący ruch towarów z Azji. Część ładunków, która dotąd trafiała do "
            "Hamburga i Rotterdamu, coraz częściej płynie bezpośrednio do Gdańska. Terminal obsługuje już "
            "regularne połączenia z Chinami i Koreą Południową.",
            "Problemem pozostaje dojazd do portu. Przewoźnicy skarżą się na korki na Trasie Sucharskiego i "
            "niewystarczającą przepustowość linii kolejowej. PKP Polskie Linie Kolejowe zapowiadają modernizację "
            "bocznic do 2030 roku.",
            "„Bez kolei port nie wykorzysta swojego potencjału”, ocenił ekspert ds. logistyki z Uniwersytetu "
            "Gdańskiego dr Jacek Borowski. Jego zdaniem konieczne jest także pogłębienie toru wodnego.",
            "Wojewoda pomorski zapowiedział, że rząd wesprze inwestycje w infrastrukturę dostępową do portu w "
            "ramach nowego programu morskiego.",
            "Władze miasta przypominają, że port jest jednym z największych pracodawców w regionie. Bezpośrednio i "
            "pośrednio zatrudnia ponad 20 tysięcy osób, a rozbudowa terminalu ma stworzyć kolejne tysiąc miejsc "
            "pracy. Część z nich obsadzą absolwenci szkół morskich z Gdyni i Szczecina, z którymi terminal "
            "podpisał umowy o praktykach zawodowych.",
        ],
        related=["Port w Gdyni traci ładunki", "Nowy prom na Bornholm"],
        most=["Lechia remisuje u siebie", "Sztorm na Wybrzeżu"],
        persons=["Marek Lewandowski", "Jacek Borowski"],
        organizations=["Port Gdańsk", "Zarządu Morskiego Portu Gdańsk", "PKP Polskie Linie Kolejowe",
                       "Uniwersytetu Gdańskiego"],
        places=["Gdańsk", "Bałtyku", "Azji", "Hamburga", "Rotterdamu", "Chinami", "Koreą Południową",
                "Trasie Sucharskiego"],
        quotes=[("Gdańsk staje się jednym z najważniejszych portów", "Marek Lewandowski"),
                ("Bez kolei port nie wykorzysta swojego potencjału", "Jacek Borowski")],
        feed=dict(pubDate="Mon, 09 Nov 2026 07:20:00 GMT", feed_published_at="2026-11-09T07:20:00+00:00"),
    ),
    dict(
        nn="03",
        canonical={"Krakowskiego Alarmu Smogowego": "Krakowski Alarm Smogowy", "Wieliczki": "Wieliczka",
                   "Skawiny": "Skawina", "Bronowicach": "Bronowice", "Nowej Hucie": "Nowa Huta"},
        cms="drupal", section="Kraków",
        url="https://www.malopolskanews.pl/krakow/strefa-czystego-transportu-zmiany-2027-4471",
        site="Małopolska News",
        title="Strefa Czystego Transportu Kraków 2027: zasady, mapa, wyjątki | Małopolska News",
        og_title="Kraków łagodzi zasady Strefy Czystego Transportu",
        h1="Kraków łagodzi strefę czystego transportu dla mieszkańców",
        description="Mieszkańcy ze starszymi autami dostaną dłuższy okres przejściowy.",
        published="2026-11-26T15:10:00+01:00", precision="minute",
        authors=["Michał Zając"], orgs=[],
        byline="Michał Zając",
        m="og apt mauthor date:time",
        body=[
            "Rada Miasta Krakowa przegłosowała w środę zmiany w zasadach Strefy Czystego Transportu. Mieszkańcy, "
            "którzy zapłacili w mieście podatek, będą mogli wjeżdżać starszymi samochodami do strefy aż do 2030 "
            "roku. Dla przyjezdnych zasady pozostają bez zmian.",
            "„Chcemy czystego powietrza, ale nie kosztem ludzi, których nie stać na nowe auto”, powiedział "
            "prezydent Krakowa Adam Wiśniewski. Według magistratu z okresu przejściowego skorzysta około 60 "
            "tysięcy kierowców.",
            "Krytycznie o zmianach wypowiadają się aktywiści z Krakowskiego Alarmu Smogowego. Ich zdaniem "
            "łagodzenie przepisów opóźni poprawę jakości powietrza w mieście, które wciąż należy do "
            "najbardziej zanieczyszczonych w Europie.",
            "Przedsiębiorcy z podkrakowskich gmin, m.in. z Wieliczki i Skawiny, domagają się z kolei takich "
            "samych ulg jak dla mieszkańców miasta. „Codziennie wozimy towar do centrum i nie możemy z dnia na "
            "dzień wymienić floty”, przekonuje Jerzy Mazur, właściciel firmy transportowej.",
            "Miasto zapowiada jednocześnie dopłaty do wymiany samochodów i rozbudowę parkingów Parkuj i Jedź "
            "przy pętlach tramwajowych. Pierwsze nowe parkingi powstaną w Bronowicach i Nowej Hucie.",
            "Strefa obowiązuje na terenie całego miasta od lipca 2026 roku. Zmieniona uchwała musi jeszcze zostać "
            "opublikowana w dzienniku urzędowym województwa.",
            "Według danych Małopolskiego Urzędu Wojewódzkiego stężenie dwutlenku azotu przy al. Krasińskiego spadło "
            "w tym roku o jedną piątą w porównaniu z poprzednim. Eksperci przypominają jednak, że największym "
            "źródłem zanieczyszczeń w aglomeracji pozostaje transport samochodowy, a liczba aut wjeżdżających "
            "codziennie do miasta wciąż rośnie.",
        ],
        related=["Jak sprawdzić, czy moje auto wjedzie do strefy"],
        most=["Wisła Kraków w ćwierćfinale", "Nowy most przez Wisłę otwarty"],
        persons=["Adam Wiśniewski", "Jerzy Mazur"],
        organizations=["Rada Miasta Krakowa", "Krakowskiego Alarmu Smogowego"],
        places=["Kraków", "Wieliczki", "Skawiny", "Bronowicach", "Nowej Hucie"],
        quotes=[("Chcemy czystego powietrza, ale nie kosztem ludzi", "Adam Wiśniewski"),
                ("Codziennie wozimy towar do centrum i nie", "Jerzy Mazur")],
    ),
    dict(
        nn="04",
        canonical={"Odry": "Odra"},
        cms="custom", section="Region",
        url="https://www.wiadomosciwroclaw.pl/region/wroclaw-odra-wal-przeciwpowodziowy-budowa-7781",
        site="Wiadomości Wrocław",
        title="Wiadomości Wrocław - Nowy wał przeciwpowodziowy na Odrze gotowy przed terminem",
        h1="Nowy wał przeciwpowodziowy na Odrze gotowy przed terminem",
        description="Wał chroni osiedla na Kozanowie i Maślicach.",
        published="2026-11-04T12:40:00+01:00", precision="minute",
        authors=[], orgs=["PAP"],
        byline="PAP",
        m="date:time",
        body=[
            "We Wrocławiu zakończyła się budowa nowego wału przeciwpowodziowego wzdłuż Odry. Wał o długości 4,2 "
            "kilometra chroni osiedla Kozanów i Maślice, które w czasie powodzi w 1997 roku znalazły się pod "
            "wodą. Prace zakończyły się pół roku przed terminem.",
            "„Po powodzi w 2024 roku wiemy, jak ważne jest, żeby takie inwestycje nie czekały”, powiedziała "
            "dyrektor wrocławskiego oddziału Wód Polskich Agnieszka Pawlak. Inwestycja kosztowała 310 milionów "
            "złotych i była współfinansowana przez Bank Światowy.",
            "Wał ma wysokość do 6 metrów i został wyposażony w czujniki, które na bieżąco mierzą poziom wody i "
            "wilgotność gruntu. Dane trafiają do centrum zarządzania kryzysowego miasta.",
            "Mieszkańcy Kozanowa przyjęli zakończenie prac z ulgą. „Każda wiosna i każda jesień to był dla nas "
            "stres”, mówi Barbara Kaczmarek, która mieszka na osiedlu od trzydziestu lat.",
            "Wody Polskie zapowiadają kolejne inwestycje w dorzeczu Odry, m.in. budowę suchego zbiornika "
            "Kamieniec Ząbkowicki. Eksperci zwracają jednak uwagę, że same wały nie wystarczą i potrzebna jest "
            "także retencja w górach.",
            "Na koronie wału powstała ścieżka rowerowa, która połączy się z istniejącą trasą wzdłuż rzeki.",
            "Koszt utrzymania wału ma pokrywać budżet państwa. Urzędnicy zapowiadają regularne przeglądy po każdym "
            "wezbraniu rzeki oraz ćwiczenia z udziałem straży pożarnej i mieszkańców. Pierwsze takie ćwiczenia "
            "odbędą się wiosną, gdy poziom wody w Odrze zwykle rośnie po roztopach w Sudetach.",
        ],
        related=["Powódź 1997: wspomnienia mieszkańców"],
        most=["Śląsk wygrywa derby", "Korki na obwodnicy"],
        persons=["Agnieszka Pawlak", "Barbara Kaczmarek"],
        organizations=["Bank Światowy", "Wody Polskie"],
        places=["Wrocław", "Odry", "Kozanów", "Maślice", "Kamieniec Ząbkowicki"],
        quotes=[("Po powodzi w 2024 roku wiemy, jak", "Agnieszka Pawlak"),
                ("Każda wiosna i każda jesień to był", "Barbara Kaczmarek")],
    ),
    dict(
        nn="05",
        canonical={"Władysława Reymonta": "Władysław Reymont", "Olgi Michalak": "Olga Michalak",
                   "Pawła Dudka": "Paweł Dudek", "Poznaniu": "Poznań", "Wielkopolski": "Wielkopolska",
                   "Wrocławia": "Wrocław", "Lublina": "Lublin", "Warszawie": "Warszawa", "Łodzi": "Łódź"},
        cms="wp", section="Kultura",
        url="https://www.kulturaodnowa.pl/2026/11/poznan-teatr-nowy-premiera-sezonu/",
        site="Kultura od Nowa",
        title="Teatr Nowy w Poznaniu otwiera sezon premierą „Chłopów” – Kultura od Nowa",
        h1="Teatr Nowy w Poznaniu otwiera sezon premierą „Chłopów”",
        description="Spektakl w reżyserii Olgi Michalak trwa pięć godzin.",
        published="2026-11-14T20:00:00+01:00", precision="minute",
        authors=["Joanna Lis"], orgs=[],
        byline="Autor: Joanna Lis",
        m="ld:array lda:string og date:time",
        body=[
            "Teatr Nowy w Poznaniu zainaugurował sezon pięciogodzinną adaptacją „Chłopów” Władysława Reymonta. "
            "Premiera w reżyserii Olgi Michalak zakończyła się kilkuminutową owacją na stojąco.",
            "„Chciałam pokazać, że ta powieść jest o nas, o dzisiejszej wsi i o tym, jak wspólnota potrafi "
            "wykluczać”, mówiła reżyserka po spektaklu. W roli Jagny wystąpiła Zofia Górska, dla której to "
            "pierwsza duża rola na poznańskiej scenie.",
            "Spektakl podzielono na cztery części, odpowiadające porom roku. Scenografia, zaprojektowana przez "
            "Pawła Dudka, zmienia się na oczach widzów, a muzykę na żywo wykonuje zespół grający na ludowych "
            "instrumentach z Wielkopolski.",
            "Dyrektor teatru Krzysztof Jankowski zapowiada, że przedstawienie pojedzie w przyszłym roku na "
            "festiwale do Wrocławia i Lublina. Bilety na grudniowe spektakle zostały wyprzedane w ciągu dwóch "
            "dni.",
            "To już trzecia w tym roku polska inscenizacja powieści noblisty. Wcześniej „Chłopów” wystawiły "
            "teatry w Warszawie i Łodzi, co krytycy wiążą z rosnącym zainteresowaniem tematyką wiejską.",
            "Kolejne pokazy zaplanowano na styczeń i luty. Teatr uruchomi też dodatkową pulę biletów dla "
            "uczniów szkół średnich z całego województwa wielkopolskiego.",
            "Krytycy zwracają uwagę na odważne skróty w tekście i współczesne kostiumy. Część widzów opuściła salę "
            "w przerwie, ale większość recenzentów chwali spektakl za rozmach i grę zespołu aktorskiego. "
            "Przedstawienie będzie można zobaczyć także w internecie: teatr zapowiada transmisję jednego z pokazów "
            "na swojej stronie.",
        ],
        related=["Sezon teatralny 2026/27: przewodnik"],
        most=["Lech prowadzi w tabeli", "Jarmark bożonarodzeniowy na Starym Rynku"],
        persons=["Władysława Reymonta", "Olgi Michalak", "Zofia Górska", "Pawła Dudka", "Krzysztof Jankowski"],
        organizations=["Teatr Nowy"],
        places=["Poznaniu", "Wielkopolski", "Wrocławia", "Lublina", "Warszawie", "Łodzi"],
        quotes=[("Chciałam pokazać, że ta powieść jest o", "Olgi Michalak")],
    ),
    dict(
        nn="06",
        canonical={"Unii Europejskiej": "Unia Europejska",
                   "Banku Gospodarstwa Krajowego": "Bank Gospodarstwa Krajowego", "Lublinie": "Lublin",
                   "Ukrainy": "Ukraina", "Polski": "Polska", "Lwowie": "Lwów", "Wołyniu": "Wołyń",
                   "Dorohusku": "Dorohusk", "Hrebennem": "Hrebenne", "Rzeszowie": "Rzeszów"},
        cms="next", section="Świat",
        url="https://www.gazetawislanska.pl/swiat/ukraina-odbudowa-konferencja-lublin,art12299",
        site="Gazeta Wiślańska",
        title="W Lublinie konferencja o odbudowie Ukrainy | Gazeta Wiślańska",
        h1="W Lublinie konferencja o odbudowie Ukrainy",
        description="Polskie firmy chcą zdobyć kontrakty przy odbudowie.",
        published="2026-11-20T18:25:00+01:00", precision="minute",
        authors=[], orgs=["PAP"],
        byline="PAP",
        m="ld:graph lda:org md:pubdate og ogt:title date:time",
        body=[
            "W Lublinie zakończyła się dwudniowa konferencja poświęcona odbudowie Ukrainy. Wzięło w niej udział "
            "ponad 600 przedstawicieli firm, samorządów i instytucji finansowych z Polski, Ukrainy i innych "
            "państw Unii Europejskiej.",
            "„Polska chce być nie tylko sąsiadem, ale głównym partnerem w odbudowie”, powiedział wiceminister "
            "rozwoju Grzegorz Sikora. Według resortu polskie firmy podpisały już umowy o wartości ponad 3 "
            "miliardów złotych, głównie w budownictwie i energetyce.",
            "Strona ukraińska szczególnie zabiega o inwestycje w zachodnich obwodach kraju, m.in. we Lwowie i "
            "Wołyniu. Mer Lwowa Andrij Kostenko zaprosił polskich przedsiębiorców do udziału w budowie "
            "nowych osiedli dla przesiedleńców.",
            "Przedstawiciele Banku Gospodarstwa Krajowego przypomnieli o gwarancjach dla eksporterów działających "
            "na rynku ukraińskim. Firmy wskazują jednak na problemy z logistyką i długie kolejki na przejściach "
            "granicznych w Dorohusku i Hrebennem.",
            "Kolejna edycja konferencji odbędzie się w przyszłym roku w Rzeszowie, który jest głównym węzłem "
            "logistycznym pomocy dla Ukrainy.",
            "Organizatorzy zapowiadają też utworzenie w Lublinie stałego biura doradczego dla małych i średnich "
            "firm zainteresowanych wejściem na rynek ukraiński.",
            "Uczestnicy konferencji podkreślali, że kluczowe będą inwestycje w energetykę i sieci ciepłownicze, "
            "zniszczone w wyniku ataków. Przedstawiciele samorządów z Podkarpacia i Lubelszczyzny zadeklarowali "
            "gotowość do przekazania doświadczeń z wykorzystania funduszy unijnych. Podpisano też porozumienie o "
            "współpracy uczelni technicznych z obu krajów.",
        ],
        related=["Polsko-ukraińska granica: nowe przejście"],
        most=["Kurs złotego stabilny", "Wybory w Rumunii"],
        persons=["Grzegorz Sikora", "Andrij Kostenko"],
        organizations=["Unii Europejskiej", "Banku Gospodarstwa Krajowego"],
        places=["Lublinie", "Ukrainy", "Polski", "Lwowie", "Wołyniu", "Dorohusku", "Hrebennem", "Rzeszowie"],
        quotes=[("Polska chce być nie tylko sąsiadem, ale", "Grzegorz Sikora")],
    ),
    dict(
        nn="07",
        canonical={"Solidarności": "Solidarność", "Politechniką Śląską": "Politechnika Śląska",
                   "Komisją Europejską": "Komisja Europejska", "Rudzie Śląskiej": "Ruda Śląska",
                   "Katowicach": "Katowice", "Polsce": "Polska"},
        cms="drupal", section="Śląsk",
        url="https://www.slaskiekurier.pl/2026/11/12/katowice-kopalnia-zamkniecie-gornicy/",
        site="Śląski Kurier",
        title="Kopalnia w Rudzie Śląskiej zostanie zamknięta w 2027 roku | Śląski Kurier",
        h1="Kopalnia w Rudzie Śląskiej zostanie zamknięta w 2027 roku",
        description="Górnicy mają trafić do innych zakładów.",
        published="2026-11-12", precision="day",
        authors=["Tomasz Kubica"], orgs=[],
        byline="Tomasz Kubica",
        m="date:none",
        body=[
            "Polska Grupa Górnicza zdecydowała o zamknięciu kopalni Ruda w Rudzie Śląskiej z końcem 2027 roku. "
            "Decyzję ogłoszono po spotkaniu zarządu spółki ze związkowcami w Katowicach. Pracę w kopalni ma "
            "obecnie około 2800 osób.",
            "„Nikt nie zostanie bez pracy, wszyscy górnicy dostaną propozycję przejścia do innych kopalń albo "
            "odprawy”, zapewnił prezes spółki Bartłomiej Wieczorek. Złoża w Rudzie Śląskiej są na wyczerpaniu, a "
            "wydobycie od lat przynosi straty.",
            "Związkowcy z Solidarności przyjęli decyzję z rezerwą. „Umowa społeczna mówiła o innym harmonogramie”, "
            "przypomniał szef górniczej Solidarności Dariusz Piątek. Związek domaga się gwarancji zatrudnienia na "
            "piśmie.",
            "Władze miasta obawiają się skutków dla lokalnej gospodarki. Prezydent Rudy Śląskiej zapowiedziała "
            "program przekwalifikowania pracowników we współpracy z Politechniką Śląską.",
            "Zamknięcie kopalni jest elementem uzgodnionej z Komisją Europejską transformacji górnictwa. Ostatnie "
            "kopalnie węgla energetycznego w Polsce mają zakończyć wydobycie w 2049 roku.",
            "Na terenie kopalni ma w przyszłości powstać park technologiczny oraz magazyn energii.",
            "Pierwsze rozmowy z inwestorami zainteresowanymi terenem odbyły się już w listopadzie, a miasto chce "
            "przygotować plan zagospodarowania jeszcze przed zakończeniem wydobycia.",
            "Kopalnia Ruda powstała z połączenia trzech zakładów działających w mieście od XIX wieku. W najlepszych "
            "latach wydobywała ponad cztery miliony ton węgla rocznie i zatrudniała kilkanaście tysięcy osób. "
            "Dziś jej szyby są jednym z symboli miasta, a część budynków może zostać zachowana jako zabytek "
            "techniki.",
        ],
        related=["Transformacja Śląska: co po węglu?"],
        most=["GKS Katowice w ekstraklasie", "Smog: alarm w Rybniku"],
        persons=["Bartłomiej Wieczorek", "Dariusz Piątek"],
        organizations=["Polska Grupa Górnicza", "Solidarności", "Politechniką Śląską", "Komisją Europejską"],
        places=["Rudzie Śląskiej", "Katowicach", "Polsce"],
        quotes=[("Nikt nie zostanie bez pracy, wszyscy górnicy", "Bartłomiej Wieczorek"),
                ("Umowa społeczna mówiła o innym harmonogramie", "Dariusz Piątek")],
    ),
    dict(
        nn="08",
        canonical={"Prawa i Sprawiedliwości": "Prawo i Sprawiedliwość", "Senatu": "Senat"},
        cms="arc", section="Polityka",
        url="https://www.dziennikbaltycki24.pl/polityka/sejm-ustawa-o-zwiazkach-partnerskich-glosowanie-a91301",
        site="Dziennik Bałtycki 24",
        title="Sejm przyjął ustawę o osobie najbliższej | Dziennik Bałtycki 24",
        h1="Sejm przyjął ustawę o osobie najbliższej",
        description="Ustawa trafi teraz do Senatu.",
        published="2026-11-27T13:45:00+01:00", precision="minute",
        ld_pub="2026-11-27T12:45:00Z",
        authors=["Ewa Malinowska"], orgs=[],
        byline="Ewa Malinowska, Warszawa",
        m="ld:plain lda:person og date:time",
        body=[
            "Sejm przyjął w piątek ustawę o statusie osoby najbliższej, która pozwala dwóm dorosłym osobom "
            "zawrzeć u notariusza umowę dającą im m.in. prawo do informacji medycznej i dziedziczenia. Za "
            "ustawą głosowało 241 posłów, przeciw było 198.",
            "„To krok, na który tysiące ludzi czekały od lat”, powiedziała po głosowaniu ministra ds. równości "
            "Marta Kozłowska. Podkreśliła, że z nowej instytucji mogą skorzystać nie tylko pary, ale też np. "
            "rodzeństwo czy przyjaciele.",
            "Posłowie Prawa i Sprawiedliwości głosowali przeciw. Ich zdaniem ustawa jest wstępem do "
            "wprowadzenia związków partnerskich. „To obejście konstytucji”, ocenił poseł Andrzej Rogalski.",
            "Ustawa trafi teraz do Senatu, a następnie do prezydenta. Kancelaria Prezydenta nie przesądza, czy "
            "ustawa zostanie podpisana. Organizacje pozarządowe, m.in. Kampania Przeciw Homofobii, apelują o jej "
            "szybkie przyjęcie.",
            "Według sondażu opublikowanego w tym tygodniu poparcie dla nowych przepisów deklaruje 58 procent "
            "Polaków. Przeciw jest 31 procent ankietowanych.",
            "Jeśli ustawa wejdzie w życie, pierwsze umowy będzie można zawierać od połowy przyszłego roku.",
            "Notariusze zapowiadają szkolenia dla swoich kancelarii, a ministerstwo przygotowuje wzory umów i "
            "kampanię informacyjną skierowaną do osób starszych.",
            "W debacie przed głosowaniem posłowie koalicji przekonywali, że ustawa rozwiązuje codzienne problemy "
            "ludzi żyjących w nieformalnych związkach, m.in. przy wizytach w szpitalu czy odbieraniu "
            "korespondencji. Opozycja zgłosiła kilkadziesiąt poprawek, z których większość została odrzucona "
            "jeszcze na etapie prac w komisji sejmowej.",
        ],
        related=["Co zmienia ustawa o osobie najbliższej"],
        most=["Arka awansuje", "Mróz na Pomorzu"],
        persons=["Marta Kozłowska", "Andrzej Rogalski"],
        organizations=["Sejm", "Prawa i Sprawiedliwości", "Senatu", "Kancelaria Prezydenta",
                       "Kampania Przeciw Homofobii"],
        places=[],
        quotes=[("To krok, na który tysiące ludzi czekały", "Marta Kozłowska")],
        feed=dict(pubDate="Sun, 29 Nov 2026 08:00:00 +0100", feed_published_at="2026-11-29T08:00:00+01:00"),
    ),
    dict(
        nn="09",
        canonical={"Instytucie Centrum Zdrowia Matki Polki": "Instytut Centrum Zdrowia Matki Polki",
                   "Krajowego Planu Odbudowy": "Krajowy Plan Odbudowy", "Łodzi": "Łódź",
                   "Europie Środkowej": "Europa Środkowa", "Polski": "Polska"},
        cms="custom", section="Zdrowie",
        url="https://www.zdrowienadzis.pl/zdrowie/lodz-szpital-centrum-onkologii-otwarcie-2219",
        site="Zdrowie na Dziś",
        title="Zdrowie na Dziś - W Łodzi otwarto nowe centrum onkologii dziecięcej",
        h1="W Łodzi otwarto nowe centrum onkologii dziecięcej",
        description="Centrum przyjmie rocznie 1500 małych pacjentów.",
        published="2026-11-23T11:00:00+01:00", precision="minute",
        authors=["Aleksandra Wójcik"], orgs=[],
        byline="oprac. Aleksandra Wójcik",
        m="md:dc.date date:text",
        body=[
            "W Łodzi otwarto nowe Centrum Onkologii Dziecięcej przy Instytucie Centrum Zdrowia Matki Polki. To "
            "jedna z najnowocześniejszych placówek tego typu w Europie Środkowej. Rocznie ma tu być leczonych "
            "około 1500 dzieci z całej Polski.",
            "„Dzieci nie będą już musiały wyjeżdżać na leczenie za granicę”, powiedział dyrektor instytutu prof. "
            "Marcin Olszewski. W centrum działa m.in. pracownia terapii CAR-T i oddział przeszczepiania szpiku.",
            "Budowa kosztowała 420 milionów złotych i została sfinansowana z Krajowego Planu Odbudowy. Na "
            "otwarciu obecna była ministra zdrowia Izabela Czarnecka, która zapowiedziała zwiększenie wyceny "
            "świadczeń w onkologii dziecięcej.",
            "Rodzice małych pacjentów zwracają uwagę na warunki pobytu. W nowym budynku każda sala ma łóżko dla "
            "rodzica, a na najwyższym piętrze urządzono szkołę i salę zabaw. „Wreszcie mamy miejsce, w którym "
            "da się normalnie żyć podczas leczenia”, mówi Monika Dąbrowska, mama ośmioletniego Kuby.",
            "Fundacja Gajusz, która od lat wspiera chore dzieci w regionie, przekazała na wyposażenie centrum "
            "sprzęt o wartości 5 milionów złotych.",
            "Pierwsi pacjenci zostaną przeniesieni do nowego budynku w grudniu.",
            "W nowym centrum zatrudnienie znajdzie ponad 300 osób, w tym lekarze, pielęgniarki, psycholodzy i "
            "fizjoterapeuci. Dyrekcja przyznaje, że rekrutacja pielęgniarek jest najtrudniejsza, dlatego szpital "
            "oferuje dodatki do wynagrodzeń oraz mieszkania służbowe dla osób przeprowadzających się do Łodzi z "
            "innych regionów.",
        ],
        related=["Onkologia dziecięca: gdzie szukać pomocy"],
        most=["Kolejki do specjalistów krótsze", "Grypa: szczyt zachorowań"],
        persons=["Marcin Olszewski", "Izabela Czarnecka", "Monika Dąbrowska"],
        organizations=["Centrum Onkologii Dziecięcej", "Instytucie Centrum Zdrowia Matki Polki",
                       "Krajowego Planu Odbudowy", "Fundacja Gajusz"],
        places=["Łodzi", "Europie Środkowej", "Polski"],
        quotes=[("Dzieci nie będą już musiały wyjeżdżać na", "Marcin Olszewski"),
                ("Wreszcie mamy miejsce, w którym da się", "Monika Dąbrowska")],
    ),
    dict(
        nn="10",
        canonical={"Uniwersytetu Mikołaja Kopernika": "Uniwersytet Mikołaja Kopernika", "Toruniu": "Toruń",
                   "Piwnicach": "Piwnice", "Aleksandra Wolszczana": "Aleksander Wolszczan"},
        cms="wp", section="Nauka", htmllang="",
        url="https://www.naukawpolsce24.pl/nauka/torun-astronomowie-planeta-odkrycie-umk/",
        site="Nauka w Polsce 24",
        title="Astronomowie z Torunia odkryli nową planetę | Nauka w Polsce 24",
        tw_title="🔭 Toruńscy astronomowie odkryli planetę",
        h1="Astronomowie z Torunia odkryli nową planetę",
        description="Planeta krąży wokół czerwonego karła w gwiazdozbiorze Wielkiej Niedźwiedzicy.",
        published="2026-10-22T09:30:00+02:00", precision="minute",
        modified="2026-10-22T16:00:00+02:00",
        authors=["Kamil Szymański"], orgs=[],
        byline="Kamil Szymański",
        m="ld:graph lda:person ldtype:Article og oglocale:pl_PL tw date:time",
        body=[
            "Astronomowie z Uniwersytetu Mikołaja Kopernika w Toruniu odkryli planetę krążącą wokół czerwonego "
            "karła w gwiazdozbiorze Wielkiej Niedźwiedzicy. Wyniki badań opublikowało czasopismo Astronomy & "
            "Astrophysics.",
            "Planeta jest około półtora raza większa od Ziemi i okrąża swoją gwiazdę w ciągu 23 dni. „Znajduje "
            "się na skraju strefy, w której może istnieć woda w stanie ciekłym”, powiedziała kierująca zespołem "
            "dr hab. Natalia Kamińska.",
            "Odkrycia dokonano dzięki obserwacjom z teleskopu w Piwnicach pod Toruniem oraz danym z satelity TESS "
            "należącego do NASA. Toruński zespół od kilku lat specjalizuje się w poszukiwaniu planet wokół "
            "małych, chłodnych gwiazd.",
            "Naukowcy chcą teraz zbadać atmosferę planety za pomocą Kosmicznego Teleskopu Jamesa Webba. "
            "„Jeśli uda się wykryć parę wodną, będzie to ogromny krok”, dodała Kamińska. Wniosek o czas "
            "obserwacyjny został już złożony.",
            "To czwarta planeta pozasłoneczna odkryta przez zespół z Torunia. Badania finansowało Narodowe "
            "Centrum Nauki.",
            "Rektor uczelni zapowiedział, że obserwatorium w Piwnicach otrzyma w przyszłym roku nowy spektrograf, "
            "który pozwoli prowadzić podobne badania bez korzystania z zagranicznych instrumentów.",
            "Odkrycie wpisuje się w długą tradycję toruńskiej astronomii. To właśnie w Piwnicach w 1992 roku "
            "zespół prof. Aleksandra Wolszczana potwierdził istnienie pierwszych planet poza Układem Słonecznym. "
            "Obecnie w obserwatorium pracuje kilkudziesięciu naukowców i doktorantów, a ich badania są "
            "finansowane głównie z grantów.",
        ],
        related=["Jak szuka się planet pozasłonecznych"],
        most=["Toruń: piernikowe miasteczko otwarte", "Apator wygrywa w Lesznie"],
        persons=["Natalia Kamińska", "Aleksandra Wolszczana"],
        organizations=["Uniwersytetu Mikołaja Kopernika", "Astronomy & Astrophysics", "NASA",
                       "Narodowe Centrum Nauki"],
        places=["Toruniu", "Piwnicach"],
        quotes=[("Znajduje się na skraju strefy, w której", "Natalia Kamińska"),
                ("Jeśli uda się wykryć parę wodną, będzie", "Natalia Kamińska")],
        feed=dict(pubDate=None, feed_published_at=None),
    ),
]
