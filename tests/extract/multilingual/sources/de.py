"""German pages: prose and labels written by hand."""

CASES = [
    dict(
        nn="01", cms="wp", section="Europa",
        url="https://www.rheinische-rundschau.de/politik/europa/eu-lieferkettengesetz-kompromiss-bruessel-104233.html",
        site="Rheinische Rundschau",
        title="EU-Lieferkettengesetz: Kompromiss in Brüssel steht | Rheinische Rundschau",
        h1="EU-Lieferkettengesetz: Kompromiss in Brüssel steht",
        description="Nach monatelangem Streit einigen sich Parlament und Mitgliedstaaten auf schlankere Regeln.",
        published="2026-11-12T18:42:00+01:00", precision="minute",
        authors=["Anna Schmidt"], orgs=[],
        byline='Von <a href="/autoren/anna-schmidt">Anna Schmidt</a>, Korrespondentin in Brüssel',
        m="ld:graph lda:person og apt date:time",
        caption="Verhandlungsführerin Katrin Vogelsang im Europäischen Parlament. Foto: Rheinische Rundschau",
        body=[
            "Nach mehr als acht Monaten zäher Verhandlungen haben sich Europäisches Parlament und "
            "Mitgliedstaaten in der Nacht zum Donnerstag auf eine abgeschwächte Fassung des EU-Lieferkettengesetzes "
            "geeinigt. Künftig sollen nur noch Unternehmen mit mehr als 3000 Beschäftigten verpflichtet sein, "
            "Menschenrechtsverletzungen und Umweltschäden bei ihren direkten Zulieferern zu prüfen.",
            "„Wir haben nicht alles erreicht, aber die Grundidee ist gerettet“, sagte die Verhandlungsführerin "
            "des Parlaments, Katrin Vogelsang, am Morgen in Brüssel. Die CDU-Abgeordnete aus Bonn hatte lange auf "
            "einer Schwelle von 1000 Beschäftigten bestanden, war am Ende aber dem Druck mehrerer Regierungen "
            "gewichen.",
            "Vor allem Frankreich und Italien hatten im Rat auf weitere Ausnahmen gedrängt. Die Bundesregierung "
            "enthielt sich bei der entscheidenden Abstimmung der Botschafter. Aus dem Bundeswirtschaftsministerium "
            "hieß es, man begrüße die Entlastung des Mittelstands.",
            "Kritik kam von Umweltverbänden. „Dieser Kompromiss ist ein Geschenk an die Konzerne“, erklärte Jonas "
            "Reimann von der Organisation Germanwatch. Die Haftungsregeln seien so weit verwässert worden, dass "
            "Betroffene in Bangladesch oder Pakistan kaum noch vor europäischen Gerichten klagen könnten.",
            "Der Bundesverband der Deutschen Industrie reagierte dagegen erleichtert. Hauptgeschäftsführerin "
            "Sabine Lorenz sprach von einem „Schritt in die richtige Richtung“, forderte aber eine längere "
            "Übergangsfrist. Nach dem jetzigen Text müssen die größten Unternehmen die Regeln ab 2029 anwenden.",
            "Das Plenum des Parlaments soll im Dezember in Straßburg abstimmen, die formelle Zustimmung des Rates "
            "gilt als sicher. Danach haben die Mitgliedstaaten zwei Jahre Zeit, die Richtlinie in nationales Recht "
            "umzusetzen. In Deutschland müsste dafür das bestehende Lieferkettensorgfaltspflichtengesetz angepasst "
            "werden.",
        ],
        related=["Was das deutsche Lieferkettengesetz bisher gebracht hat", "Industrie warnt vor Bürokratie"],
        most=["Bahnstreik: Was Pendler jetzt wissen müssen", "Wetter: Erster Schnee im Sauerland"],
        tags=["EU", "Lieferkettengesetz", "Wirtschaft"],
        persons=["Katrin Vogelsang", "Jonas Reimann", "Sabine Lorenz"],
        organizations=["Europäisches Parlament", "CDU", "Germanwatch", "Bundesverband der Deutschen Industrie"],
        places=["Brüssel", "Bonn", "Frankreich", "Italien", "Bangladesch", "Pakistan", "Straßburg", "Deutschland"],
        quotes=[("Wir haben nicht alles erreicht, aber die", "Katrin Vogelsang"),
                ("Dieser Kompromiss ist ein Geschenk an die", "Jonas Reimann"),
                ("Schritt in die richtige Richtung", "Sabine Lorenz")],
    ),
    dict(
        nn="02", cms="arc", section="Wirtschaft",
        url="https://www.westfalen-kurier.de/wirtschaft/deutsche-bahn-gdl-tarifverhandlungen-abgebrochen-a-7f31c2",
        site="Westfalen-Kurier",
        title="Deutsche Bahn: GDL bricht Tarifverhandlungen ab – Streiks ab Montag möglich - Westfalen-Kurier",
        h1="GDL bricht Tarifverhandlungen mit der Bahn ab",
        kicker="Tarifkonflikt",
        lead="Die Lokführergewerkschaft erklärt die Gespräche für gescheitert. Pendler müssen sich auf Ausfälle einstellen.",
        description="Die GDL erklärt die Gespräche mit der Deutschen Bahn für gescheitert.",
        published="2026-11-19T07:15:00+01:00", precision="minute",
        modified="2026-11-19T13:02:00+01:00",
        authors=["Anna Schmidt", "Jonas Weber"], orgs=["dpa"],
        byline="Von Anna Schmidt und Jonas Weber, dpa",
        m="ld:plain lda:mixed og tw apt date:time",
        body=[
            "Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat die Tarifverhandlungen mit der Deutschen Bahn "
            "nach der vierten Runde abgebrochen. Das teilte die Gewerkschaft am Mittwochabend in Frankfurt am Main "
            "mit. Streiks im Personen- und Güterverkehr seien ab Montag möglich, hieß es.",
            "„Das Angebot des Arbeitgebers ist eine Provokation für jeden Lokführer“, sagte der GDL-Vorsitzende "
            "Mario Reiß. Die Bahn habe bei der Arbeitszeit keinerlei Bewegung gezeigt. Die Gewerkschaft fordert "
            "eine Absenkung der Wochenarbeitszeit auf 35 Stunden bei vollem Lohnausgleich sowie eine "
            "Inflationsprämie.",
            "Die Deutsche Bahn wies die Vorwürfe zurück. Personalvorstand Claudia Hartmann sprach von einem "
            "„unverantwortlichen Schritt“. Das Unternehmen habe ein Angebot mit elf Prozent mehr Lohn über 30 "
            "Monate vorgelegt. „Wir sind jederzeit bereit, an den Verhandlungstisch zurückzukehren“, betonte "
            "Hartmann in Berlin.",
            "Fahrgastverbände zeigten sich besorgt. Der Verband Pro Bahn rief beide Seiten auf, eine Schlichtung "
            "zu vereinbaren. Gerade vor der Weihnachtszeit sei ein langer Arbeitskampf für Millionen Pendler "
            "kaum zumutbar, sagte Sprecher Detlef Neuhaus.",
            "Nach Angaben der GDL soll zunächst eine Urabstimmung unter den Mitgliedern vorbereitet werden. "
            "Warnstreiks sind jedoch auch ohne Urabstimmung möglich. Die Bahn kündigte an, im Fall eines Streiks "
            "einen Notfahrplan mit längeren Zügen auf den Hauptstrecken zwischen Hamburg, Köln und München "
            "anzubieten.",
        ],
        related=["Was Fahrgäste bei Zugausfällen erstattet bekommen", "Der lange Streit um die 35-Stunden-Woche"],
        most=["Kommunalwahl: Die Ergebnisse aus Ihrer Stadt", "Tatort-Kritik: Starker Auftakt"],
        tags=["Deutsche Bahn", "GDL", "Streik"],
        persons=["Mario Reiß", "Claudia Hartmann", "Detlef Neuhaus"],
        organizations=["Gewerkschaft Deutscher Lokomotivführer", "GDL", "Deutsche Bahn", "Pro Bahn"],
        places=["Frankfurt am Main", "Berlin", "Hamburg", "Köln", "München"],
        quotes=[("Das Angebot des Arbeitgebers ist eine Provokation", "Mario Reiß"),
                ("Wir sind jederzeit bereit, an den Verhandlungstisch", "Claudia Hartmann")],
        feed=dict(pubDate="Thu, 19 Nov 2026 06:15:00 GMT", feed_published_at="2026-11-19T06:15:00+00:00"),
    ),
    dict(
        nn="03", cms="drupal", section="Bayern",
        url="https://www.donau-kurier.de/bayern/passau-hochwasser-pegel-altstadt-evakuierung-9912",
        site="Donau-Kurier",
        title="Hochwasser Passau aktuell: Pegel steigt, Altstadt teilweise evakuiert - Donau-Kurier",
        og_title="Hochwasser in Passau: Altstadt teilweise evakuiert",
        h1="Passau evakuiert Teile der Altstadt",
        description="Der Pegel der Donau soll bis Sonntag auf 9,20 Meter steigen.",
        published="2026-11-21T16:05:00+01:00", precision="minute",
        authors=["Franziska Huber"], orgs=[],
        byline='<span class="author">Franziska Huber</span>',
        m="og apt mauthor date:time",
        caption="Sandsäcke an der Innpromenade in Passau.",
        body=[
            "Wegen des steigenden Hochwassers an Donau und Inn hat die Stadt Passau am Samstagnachmittag Teile der "
            "Altstadt evakuieren lassen. Betroffen sind rund 400 Bewohnerinnen und Bewohner in der Höllgasse und "
            "an der Innpromenade. Der Hochwassernachrichtendienst Bayern rechnet damit, dass der Pegel bis Sonntag "
            "auf 9,20 Meter steigt.",
            "„Wir wollen niemanden in Gefahr bringen, deshalb handeln wir früh“, sagte Oberbürgermeister Thomas "
            "Brandl bei einer Pressekonferenz im Rathaus. Für die Evakuierten stehen Notunterkünfte in der "
            "Dreiländerhalle bereit. Feuerwehr und Technisches Hilfswerk sind mit mehr als 600 Kräften im "
            "Einsatz.",
            "Auch im Landkreis Deggendorf spitzt sich die Lage zu. Dort wurde am Nachmittag der Katastrophenfall "
            "ausgerufen. Landrat Georg Wimmer bat die Bevölkerung, überflutete Straßen zu meiden und keine "
            "Schaulustigen-Fahrten zu unternehmen.",
            "Ursache sind tagelange Regenfälle in Tirol und Oberösterreich. Der Wetterdienst DWD "
            "hob die Unwetterwarnung für Niederbayern am Abend zwar auf, warnte aber, dass die Flüsse noch bis "
            "Montag weiter steigen könnten.",
            "Bayerns Umweltministerin Petra Maurer kündigte an, am Sonntag nach Passau zu reisen. „Die "
            "Hochwasserschutzmauern haben sich bisher bewährt“, sagte sie. Die Stadt hatte nach dem "
            "Jahrhunderthochwasser 2013 rund 80 Millionen Euro in den Schutz der Altstadt investiert.",
            "Geschäftsleute in der Altstadt räumten am Nachmittag ihre Erdgeschosse. Viele haben Erfahrung mit "
            "Hochwasser und lagern Waren seit Jahren nur noch in den oberen Etagen. Die Stadtwerke kündigten an, "
            "in einzelnen Straßenzügen vorsorglich den Strom abzuschalten. Die Schifffahrt auf der Donau ist "
            "zwischen Vilshofen und der österreichischen Grenze bereits seit Freitag eingestellt.",
        ],
        related=["Hochwasser 2013: Die Bilder von damals", "So schützen Sie Ihr Haus vor Wasser"],
        most=["Christkindlmarkt öffnet früher", "Eishockey: Straubing siegt in Ingolstadt"],
        persons=["Thomas Brandl", "Georg Wimmer", "Petra Maurer"],
        organizations=["Technisches Hilfswerk", "DWD", "Hochwassernachrichtendienst Bayern"],
        places=["Passau", "Deggendorf", "Tirol", "Oberösterreich", "Niederbayern"],
        quotes=[("Wir wollen niemanden in Gefahr bringen, deshalb", "Thomas Brandl"),
                ("Die Hochwasserschutzmauern haben sich bisher bewährt", "Petra Maurer")],
    ),
    dict(
        nn="04", cms="custom", section="Lokales",
        url="https://www.ostsee-bote.de/lokales/rostock/werft-warnemuende-neuer-investor-4417",
        site="Ostsee-Bote",
        title="Ostsee-Bote: Neuer Investor für die Werft in Warnemünde",
        h1="Neuer Investor für die Werft in Warnemünde",
        description="Ein norwegischer Konzern will 600 Arbeitsplätze sichern.",
        published="2026-11-09T11:30:00+01:00", precision="minute",
        authors=["Malte Jürgensen"], orgs=[],
        byline="Malte Jürgensen",
        m="date:time",
        body=[
            "Die traditionsreiche Werft in Warnemünde hat einen neuen Eigentümer gefunden. Der norwegische "
            "Offshore-Konzern Nordvik Marine übernimmt das Gelände und rund 600 der zuletzt 750 Beschäftigten, "
            "wie Insolvenzverwalter Henning Bartels am Montag in Rostock mitteilte. Der Kaufpreis wurde nicht "
            "genannt.",
            "Nordvik Marine will in Warnemünde künftig Konverterplattformen für Windparks in der Ostsee und der "
            "Nordsee bauen. „Wir sehen hier hervorragende Fachkräfte und einen idealen Standort“, sagte "
            "Konzernchef Eirik Solberg bei einem Besuch auf dem Werftgelände. Die ersten Aufträge sollen bereits "
            "im kommenden Frühjahr anlaufen.",
            "Für die Belegschaft endet damit eine monatelange Hängepartie. Die Werft hatte im Sommer Insolvenz "
            "angemeldet, nachdem ein Großauftrag für Flusskreuzfahrtschiffe geplatzt war. Die IG Metall Küste "
            "sprach von einem „Tag der Erleichterung“. Bezirksleiter Uwe Carstens sagte, nun gehe es darum, auch "
            "für die übrigen 150 Kolleginnen und Kollegen eine Perspektive zu finden.",
            "Die Landesregierung in Schwerin begleitet den Verkauf mit einer Bürgschaft über 40 Millionen Euro. "
            "Wirtschaftsminister Lars Petersen nannte die Übernahme ein wichtiges Signal für die maritime "
            "Industrie in Mecklenburg-Vorpommern. „Die Energiewende wird auch an unserer Küste gebaut“, sagte er.",
            "Die Gläubigerversammlung muss dem Verkauf noch zustimmen. Sie soll Anfang Dezember tagen. Beobachter "
            "rechnen mit einer breiten Mehrheit, weil das Angebot der Norweger deutlich über dem eines "
            "Mitbewerbers aus den Niederlanden lag. Auf dem Werftgelände sollen in den kommenden zwei Jahren "
            "zudem eine neue Montagehalle und ein Schwerlastkai entstehen.",
        ],
        related=["Werftenkrise: Eine Chronik", "Windkraft auf See: Ausbau stockt"],
        most=["Rostock: Neue Straßenbahnlinie eröffnet", "Hansa verliert in Kiel"],
        persons=["Henning Bartels", "Eirik Solberg", "Uwe Carstens", "Lars Petersen"],
        organizations=["Nordvik Marine", "IG Metall Küste"],
        places=["Warnemünde", "Rostock", "Ostsee", "Nordsee", "Schwerin", "Mecklenburg-Vorpommern"],
        quotes=[("Wir sehen hier hervorragende Fachkräfte und einen", "Eirik Solberg"),
                ("Die Energiewende wird auch an unserer Küste", "Lars Petersen")],
    ),
    dict(
        nn="05", cms="next", section="Panorama",
        url="https://www.nachrichten-mitte.de/panorama/a7-vollsperrung-kassel-lkw-unfall-id-88120",
        site="Nachrichten Mitte",
        title="Vollsperrung auf der A7 nach Lkw-Unfall bei Kassel | Nachrichten Mitte",
        h1="Vollsperrung auf der A7 nach Lkw-Unfall bei Kassel",
        description="Zwei Lastwagen sind nördlich von Kassel zusammengestoßen.",
        published="2026-11-25T06:48:00+01:00", precision="minute",
        ld_pub="2026-11-25T05:48:00Z",
        authors=[], orgs=["dpa"],
        byline="dpa",
        m="ld:array lda:org og date:time",
        body=[
            "Nach einem schweren Unfall mit zwei Lastwagen ist die Autobahn 7 nördlich von Kassel in Richtung "
            "Hannover am frühen Mittwochmorgen voll gesperrt worden. Ein 54 Jahre alter Fahrer wurde nach Angaben "
            "der Polizei Nordhessen schwer verletzt und mit einem Rettungshubschrauber in eine Klinik nach "
            "Göttingen geflogen.",
            "Der Unfall ereignete sich gegen 4.30 Uhr zwischen den Anschlussstellen Kassel-Nord und Hann. Münden. "
            "Nach ersten Erkenntnissen war ein Sattelzug aus Polen am Ende eines Staus auf einen stehenden "
            "Lastwagen aufgefahren. Dessen Ladung, mehrere Tonnen Tiefkühlware, verteilte sich auf allen drei "
            "Fahrstreifen.",
            "„Die Bergung wird sich voraussichtlich bis in den Nachmittag hinziehen“, sagte ein Sprecher der "
            "Polizei. Die Feuerwehr Kassel war mit 40 Einsatzkräften vor Ort, weil auch Diesel aus einem "
            "beschädigten Tank ausgelaufen war. Ein Gutachter wurde hinzugezogen.",
            "Der Verkehr staute sich im Berufsverkehr auf mehr als 15 Kilometer. Die Autobahn GmbH empfahl, den "
            "Bereich großräumig über die A44 und die A38 zu umfahren. Auch auf den Umleitungsstrecken durch das "
            "Kasseler Stadtgebiet kam es zu erheblichen Verzögerungen.",
            "Erst in der vergangenen Woche hatte es auf demselben Abschnitt einen ähnlichen Unfall gegeben. Der "
            "Abschnitt gilt wegen einer langen Baustelle als Unfallschwerpunkt. Die Autobahn GmbH will nun prüfen, "
            "ob die Geschwindigkeit dort weiter begrenzt wird.",
            "Die Polizei bittet Zeugen, die den Unfall beobachtet haben, sich bei der Autobahnpolizei in Baunatal "
            "zu melden. Gegen den Fahrer des Sattelzugs wird wegen des Verdachts der fahrlässigen "
            "Körperverletzung ermittelt.",
        ],
        related=["Baustellen in Hessen: Hier wird es eng", "Blitzer-Marathon in Nordhessen"],
        most=["Wetter: Glätte am Morgen", "Kassel: Neues Stadion-Konzept vorgestellt"],
        persons=[],
        organizations=["Polizei Nordhessen", "Feuerwehr Kassel", "Autobahn GmbH"],
        places=["Kassel", "Hannover", "Göttingen", "Hann. Münden", "Polen", "Baunatal"],
        quotes=[("Die Bergung wird sich voraussichtlich bis in", None)],
    ),
    dict(
        nn="06", cms="wp", section="Kultur",
        url="https://www.leipziger-abendblatt.de/kultur/2026/11/gewandhaus-neue-chefdirigentin/",
        site="Leipziger Abendblatt",
        title="Gewandhaus: Neue Chefdirigentin kommt aus Helsinki – Leipziger Abendblatt",
        h1="Gewandhaus: Neue Chefdirigentin kommt aus Helsinki",
        description="Aino Lehtinen übernimmt 2028 das Gewandhausorchester.",
        published="2026-11-04T14:20:00+01:00", precision="minute",
        authors=["Lena Hoffmann", "Tobias Krüger"], orgs=[],
        byline='Von <a rel="author" href="/autor/lena-hoffmann">Lena Hoffmann</a> und '
               '<a rel="author" href="/autor/tobias-krueger">Tobias Krüger</a>',
        m="ld:graph lda:string md:parsely-pub-date og date:text",
        body=[
            "Das Gewandhausorchester Leipzig bekommt zum ersten Mal in seiner fast 250-jährigen Geschichte eine "
            "Chefdirigentin. Die Finnin Aino Lehtinen wird das Amt zur Saison 2028/29 übernehmen, wie "
            "Gewandhausdirektor Richard Albrecht am Mittwoch mitteilte. Sie erhält einen Vertrag über zunächst "
            "fünf Jahre.",
            "Die 41-Jährige leitet derzeit das Radio-Sinfonieorchester in Helsinki und hat zuletzt mit "
            "Einspielungen der Sinfonien von Jean Sibelius internationale Preise gewonnen. In Leipzig stand sie "
            "erstmals 2023 am Pult, seitdem war sie regelmäßig zu Gast.",
            "„Dieses Orchester hat einen Klang, den man nirgendwo sonst findet“, sagte Lehtinen bei ihrer "
            "Vorstellung im Mendelssohn-Saal. Sie wolle die Tradition pflegen, aber auch mehr zeitgenössische "
            "Musik und Werke von Komponistinnen ins Programm nehmen.",
            "Die Orchestermusiker hatten sich in einer internen Abstimmung mit großer Mehrheit für Lehtinen "
            "ausgesprochen. Orchestervorstand Martin Kühn sprach von einer „Entscheidung mit Strahlkraft weit "
            "über Leipzig hinaus“.",
            "Leipzigs Kulturbürgermeisterin Ulrike Sander begrüßte die Wahl. „Das ist ein starkes Signal für die "
            "Musikstadt Leipzig“, sagte sie. Lehtinens Vorgänger wird seinen Vertrag wie geplant bis 2028 "
            "erfüllen und danach als Ehrendirigent mit dem Orchester verbunden bleiben.",
            "Schon im Frühjahr wird Lehtinen in Leipzig zwei Konzertprogramme dirigieren, darunter Gustav Mahlers "
            "dritte Sinfonie. Der Vorverkauf beginnt im Januar.",
            "Im Gewandhaus wird die Personalie als Zeichen des Aufbruchs verstanden. Die Auslastung der Konzerte "
            "lag in der vergangenen Saison bei 94 Prozent, auch das jüngere Publikum sei zuletzt deutlich "
            "gewachsen, hieß es.",
        ],
        related=["Thomanerchor: Neuer Kantor gewählt"],
        most=["Leipzig: Weihnachtsmarkt mit neuem Riesenrad", "RB Leipzig: Verletzungssorgen vor dem Derby"],
        tags=["Gewandhaus", "Klassik"],
        persons=["Aino Lehtinen", "Richard Albrecht", "Jean Sibelius", "Martin Kühn", "Ulrike Sander",
                 "Gustav Mahler"],
        organizations=["Gewandhausorchester Leipzig", "Radio-Sinfonieorchester"],
        places=["Leipzig", "Helsinki"],
        quotes=[("Dieses Orchester hat einen Klang, den man", "Aino Lehtinen"),
                ("Entscheidung mit Strahlkraft weit über Leipzig hinaus", "Martin Kühn"),
                ("Das ist ein starkes Signal für die", "Ulrike Sander")],
    ),
    dict(
        nn="07", cms="drupal", section="Baden-Württemberg",
        url="https://www.schwarzwald-anzeiger.de/2026/11/17/freiburg-gemeinderat-stadtbahn-dietenbach/",
        site="Schwarzwald-Anzeiger",
        title="Freiburg: Gemeinderat beschließt Stadtbahn nach Dietenbach | Schwarzwald-Anzeiger",
        h1="Gemeinderat beschließt Stadtbahn nach Dietenbach",
        kicker="Freiburg",
        description="Die neue Linie soll 2031 in Betrieb gehen.",
        published="2026-11-17", precision="day",
        authors=[], orgs=["dpa"],
        byline="Redaktion / dpa",
        m="date:none",
        body=[
            "Der Freiburger Gemeinderat hat am Dienstagabend mit großer Mehrheit den Bau einer neuen "
            "Stadtbahnlinie in den geplanten Stadtteil Dietenbach beschlossen. Für das Projekt stimmten 38 "
            "Stadträtinnen und Stadträte, neun votierten dagegen. Die Strecke soll rund 3,4 Kilometer lang werden "
            "und 2031 in Betrieb gehen.",
            "Oberbürgermeisterin Miriam Engesser sprach nach der Abstimmung von einem „guten Tag für den "
            "Klimaschutz in Freiburg“. Der neue Stadtteil mit bis zu 15.000 Bewohnern solle von Anfang an ohne "
            "Auto gut erreichbar sein.",
            "Die Kosten werden auf 142 Millionen Euro geschätzt. Das Land Baden-Württemberg und der Bund sollen "
            "nach dem Gemeindeverkehrsfinanzierungsgesetz den größten Teil übernehmen. Die Freiburger "
            "Verkehrs AG rechnet mit täglich rund 12.000 Fahrgästen auf der neuen Linie.",
            "Kritik kam aus der Opposition im Gemeinderat. Die Kosten seien zu optimistisch berechnet, sagte der "
            "Fraktionsvorsitzende der Fraktion Freie Wähler, Bernd Zimmermann. Er verwies auf die Preissteigerungen bei "
            "anderen Bauprojekten in der Region, etwa beim Ausbau der Rheintalbahn.",
            "Anwohner im Stadtteil Rieselfeld hatten zuletzt gegen die Streckenführung protestiert, weil sie mehr "
            "Lärm befürchten. Die Stadtverwaltung sagte zu, zusätzliche Lärmschutzmaßnahmen zu prüfen. Die "
            "Bauarbeiten sollen 2028 beginnen, sobald der Planfeststellungsbeschluss vorliegt.",
            "Während der Bauzeit müssen sich Autofahrer auf der Besançonallee auf Einschränkungen einstellen. Die "
            "Stadt will die Arbeiten so takten, dass die bestehende Linie 5 zum Rieselfeld möglichst ohne "
            "längere Unterbrechungen weiterfahren kann. Ein Bürgerdialog ist für Januar geplant.",
        ],
        related=["Dietenbach: So soll der neue Stadtteil aussehen", "Mietpreise in Freiburg steigen weiter"],
        most=["SC Freiburg: Derbysieg gegen Stuttgart", "Feldberg: Liftbetrieb startet"],
        persons=["Miriam Engesser", "Bernd Zimmermann"],
        organizations=["Freiburger Verkehrs AG", "Freie Wähler"],
        places=["Freiburg", "Dietenbach", "Baden-Württemberg", "Rieselfeld"],
        quotes=[("guten Tag für den Klimaschutz in Freiburg", "Miriam Engesser")],
    ),
    dict(
        nn="08", cms="arc", section="Österreich", htmllang="de-AT",
        url="https://www.alpenpost.at/oesterreich/politik/nationalrat-budget-2027-beschlossen/402918",
        site="Alpenpost",
        title="Nationalrat beschließt Budget 2027 nach Marathonsitzung | Alpenpost",
        h1="Nationalrat beschließt Budget 2027 nach Marathonsitzung",
        description="Nach 14 Stunden Debatte stimmte die Regierungsmehrheit für den Haushalt.",
        published="2026-11-27T22:54:00+01:00", precision="minute",
        modified="2026-11-28T08:10:00+01:00",
        authors=["Verena Pichler", "Stefan Gruber"], orgs=["APA"],
        byline="Verena Pichler, Stefan Gruber (APA)",
        m="ld:plain lda:persons og ogt:title apt date:time",
        body=[
            "Der Nationalrat in Wien hat am späten Freitagabend das Budget für das kommende Jahr beschlossen. Nach "
            "einer fast 14-stündigen Debatte stimmten die Abgeordneten der Regierungsparteien ÖVP, SPÖ und NEOS "
            "für den Haushalt, die Opposition stimmte geschlossen dagegen.",
            "Das Budget sieht Ausgaben von 128 Milliarden Euro vor. Das Defizit soll auf 3,1 Prozent der "
            "Wirtschaftsleistung sinken. „Wir sanieren, ohne die Konjunktur abzuwürgen“, sagte Finanzminister "
            "Andreas Leitner in seiner Schlussrede. Gespart wird vor allem bei Förderungen und in der Verwaltung.",
            "Die FPÖ warf der Regierung vor, die Pensionistinnen und Pensionisten zu belasten. Klubobmann Herbert "
            "Steiner sprach von einem „Belastungsbudget“. Auch die Grünen kritisierten die Kürzungen beim "
            "Klimaticket und bei der thermischen Sanierung.",
            "Der Fiskalrat hatte zuletzt gewarnt, dass die Sparpläne nicht ausreichen könnten, um das "
            "EU-Defizitverfahren rasch zu beenden. Die Europäische Kommission in Brüssel wird den Haushalt im "
            "Frühjahr bewerten.",
            "Die Sitzung war mehrfach unterbrochen worden, unter anderem wegen einer Protestaktion von "
            "Klimaaktivisten auf der Besuchergalerie. Nationalratspräsidentin Elisabeth Mayrhofer ließ die "
            "Galerie räumen. Der Bundesrat muss dem Budget noch zustimmen, das gilt als Formsache.",
            "Für die Länder und Gemeinden bringt der Haushalt ebenfalls Einschnitte. Der Städtebund warnte, viele "
            "Kommunen könnten ihre Investitionen in Kindergärten und Straßen nicht mehr finanzieren. "
            "Gemeindebund-Präsident Josef Aigner verlangte einen Zukunftsfonds für die Gemeinden, wie er im "
            "Regierungsprogramm versprochen worden sei. Die Verhandlungen über den Finanzausgleich beginnen im "
            "Jänner.",
        ],
        related=["Pensionen: Was sich 2027 ändert", "Klimaticket wird teurer"],
        most=["Schnee in Tirol: Lawinenwarnstufe 3", "Rapid trennt sich von Trainer"],
        persons=["Andreas Leitner", "Herbert Steiner", "Elisabeth Mayrhofer", "Josef Aigner"],
        organizations=["Nationalrat", "ÖVP", "SPÖ", "NEOS", "FPÖ", "Fiskalrat", "Europäische Kommission"],
        places=["Wien", "Brüssel"],
        quotes=[("Wir sanieren, ohne die Konjunktur abzuwürgen", "Andreas Leitner")],
        feed=dict(pubDate="Mon, 30 Nov 2026 09:00:00 +0100", feed_published_at="2026-11-30T09:00:00+01:00"),
    ),
    dict(
        nn="09", cms="custom", section="Schweiz", htmllang="de-CH",
        url="https://www.limmat-zeitung.ch/schweiz/zuerich-kantonsrat-lohnschutz-initiative-ld.2291",
        site="Limmat-Zeitung",
        title="Limmat-Zeitung – Kantonsrat lehnt Lohnschutz-Initiative ab",
        h1="Kantonsrat lehnt Lohnschutz-Initiative ab",
        description="Die Gewerkschaften wollen nun das Volk entscheiden lassen.",
        published="2026-11-23T17:40:00+01:00", precision="minute",
        authors=["Reto Frei"], orgs=["Keystone-SDA"],
        byline="Reto Frei, Keystone-SDA",
        m="md:date date:text",
        body=[
            "Der Zürcher Kantonsrat hat die kantonale Initiative für einen Mindestlohn von 25 Franken pro Stunde "
            "deutlich abgelehnt. Mit 112 zu 61 Stimmen folgte das Parlament am Montag der Empfehlung des "
            "Regierungsrats. Die Vorlage kommt nun im kommenden Jahr vor das Stimmvolk.",
            "Die Initiative war vom Gewerkschaftsbund des Kantons Zürich eingereicht worden. Dessen Präsidentin "
            "Nadja Keller sagte nach der Debatte: „Wer Vollzeit arbeitet, muss davon in Zürich leben können.“ "
            "Die Mieten und Krankenkassenprämien seien in den vergangenen Jahren stark gestiegen.",
            "Die bürgerliche Mehrheit aus SVP, FDP und Mitte argumentierte, ein kantonaler Mindestlohn schade dem "
            "Gewerbe und treffe vor allem die Gastronomie. „Wir gefährden damit genau die Stellen, die wir "
            "schützen wollen“, sagte FDP-Kantonsrat Urs Brunner.",
            "Volkswirtschaftsdirektorin Carmen Wyss verwies auf die Erfahrungen in Genf und Neuenburg, wo bereits "
            "Mindestlöhne gelten. Die Auswirkungen seien dort bisher gering, aber schwer mit Zürich vergleichbar.",
            "Die Städte Zürich und Winterthur hatten bereits eigene Mindestlöhne beschlossen, die jedoch nach einem "
            "Urteil des Bundesgerichts vorerst nicht angewendet werden dürfen. Die Abstimmung über die kantonale "
            "Initiative dürfte im Juni stattfinden.",
            "Im Abstimmungskampf dürfte die Frage der Grenzgänger eine wichtige Rolle spielen. Der Gewerbeverband "
            "kündigte bereits eine Kampagne an, die Gewerkschaften wollen mit Betroffenen aus der Reinigung und "
            "dem Detailhandel auftreten. Umfragen zufolge ist das Anliegen in der Stadt Zürich mehrheitsfähig, "
            "auf dem Land dagegen nicht.",
        ],
        related=["Mindestlohn: Was das Bundesgericht entschieden hat"],
        most=["Zürich: Tram-Störung legt Innenstadt lahm", "FCZ gewinnt Derby"],
        persons=["Nadja Keller", "Urs Brunner", "Carmen Wyss"],
        organizations=["Kantonsrat", "Gewerkschaftsbund des Kantons Zürich", "SVP", "FDP", "Bundesgericht"],
        places=["Zürich", "Genf", "Neuenburg", "Winterthur"],
        quotes=[("Wer Vollzeit arbeitet, muss davon in Zürich", "Nadja Keller"),
                ("Wir gefährden damit genau die Stellen, die", "Urs Brunner")],
    ),
    dict(
        nn="10", cms="next", section="Wissen",
        url="https://www.hanse-nachrichten.de/wissen/klima/nordsee-wattenmeer-seegras-rueckkehr-100731",
        site="Hanse Nachrichten",
        title="Wattenmeer: Das Seegras kehrt zurück | Hanse Nachrichten",
        tw_title="Gute Nachricht aus dem Watt: Das Seegras ist zurück 🌱",
        h1="Wattenmeer: Das Seegras kehrt zurück",
        description="Forscher zählen so viele Seegraswiesen wie seit 1930 nicht mehr.",
        published="2026-10-20T09:00:00+02:00", precision="minute",
        modified="2026-10-21T15:45:00+02:00",
        authors=["Jana Claußen"], orgs=[],
        byline='<a href="/autoren/jana-claussen">Jana Claußen</a>, Wissenschaftsredaktion',
        m="ld:graph lda:person ldtype:Article og tw date:time",
        body=[
            "Im niedersächsischen und schleswig-holsteinischen Wattenmeer wachsen so viele Seegraswiesen wie seit "
            "fast hundert Jahren nicht mehr. Das geht aus dem neuen Monitoringbericht des Alfred-Wegener-Instituts "
            "hervor, der am Dienstag in Bremerhaven vorgestellt wurde. Demnach bedecken die Wiesen inzwischen "
            "wieder rund 240 Quadratkilometer.",
            "„Das ist eine der besten Nachrichten, die wir aus dem Wattenmeer seit Langem haben“, sagte die "
            "Meeresbiologin Hanna Petersen, die den Bericht mitverfasst hat. Seegras bindet große Mengen "
            "Kohlendioxid und ist Kinderstube für Fische wie Hering und Scholle.",
            "Als Hauptgrund nennen die Forschenden die gesunkene Belastung mit Nährstoffen aus der Landwirtschaft. "
            "Seit den 1990er-Jahren sind die Stickstoffeinträge über Elbe, Weser und Ems deutlich zurückgegangen. "
            "Auch die Ausweisung des Nationalparks Niedersächsisches Wattenmeer habe geholfen.",
            "Ganz ohne Sorgen sind die Wissenschaftler aber nicht. Steigende Wassertemperaturen und häufigere "
            "Stürme könnten die Erholung wieder zunichtemachen, warnte Petersen. Zudem sei die Lage in den "
            "Niederlanden deutlich schlechter als an der deutschen Küste.",
            "Der Umweltverband WWF forderte, den Erfolg als Ansporn zu nehmen. „Wir sehen, dass Naturschutz "
            "wirkt, wenn man ihm Zeit gibt“, sagte Wattenmeer-Expertin Marlene Tjarks in Husum. Der nächste "
            "Bericht soll 2029 erscheinen.",
            "Die Forschenden wollen nun untersuchen, ob sich Seegras gezielt wieder ansiedeln lässt. Erste "
            "Versuche vor der Insel Sylt verliefen vielversprechend: Von 5000 gepflanzten Trieben überlebten "
            "mehr als zwei Drittel den ersten Winter.",
        ],
        related=["Nordsee: Schweinswale in Gefahr", "Warum Seegras das Klima schützt"],
        most=["Sturmflut-Warnung für Hamburg", "Werder Bremen holt Punkt in Freiburg"],
        persons=["Hanna Petersen", "Marlene Tjarks"],
        organizations=["Alfred-Wegener-Institut", "WWF"],
        places=["Wattenmeer", "Bremerhaven", "Elbe", "Weser", "Ems", "Niederlande", "Husum", "Sylt"],
        quotes=[("Das ist eine der besten Nachrichten, die", "Hanna Petersen"),
                ("Wir sehen, dass Naturschutz wirkt, wenn man", "Marlene Tjarks")],
        feed=dict(pubDate="Tue, 20 Oct 2026 07:00:00 GMT", feed_published_at="2026-10-20T07:00:00+00:00"),
    ),
]
