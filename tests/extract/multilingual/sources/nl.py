"""Dutch pages: prose and labels written by hand."""

CASES = [
    dict(
        nn="01", cms="drupal", section="Binnenland", htmllang="nl-NL",
        url="https://www.hetnoorderdagblad.nl/binnenland/groningen-gaswinning-schadeherstel-versnelling-2281044",
        site="Het Noorder Dagblad",
        title="Kabinet trekt extra geld uit voor versterking huizen in Groningen | Het Noorder Dagblad",
        h1="Kabinet trekt extra geld uit voor versterking huizen in Groningen",
        description="Er komt 1,2 miljard euro bij om de achterstand weg te werken.",
        published="2026-11-16T10:22:00+01:00", precision="minute",
        authors=["Pieter de Vries"], orgs=["ANP"],
        byline="Door Pieter de Vries (ANP)",
        m="ld:graph lda:person og apt date:time",
        body=[
            "Het kabinet trekt de komende vijf jaar 1,2 miljard euro extra uit om de versterking van huizen in "
            "het Groningse aardbevingsgebied te versnellen. Dat heeft staatssecretaris Marieke Hoekstra van "
            "Mijnbouw maandag bekendgemaakt in Appingedam, na overleg met de provincie en de betrokken gemeenten.",
            "Ruim 11.000 woningen wachten nog op versterking. 'We hebben de Groningers beloofd dat het sneller zou "
            "gaan, en dat is niet gebeurd. Daar schaam ik me voor', zei Hoekstra. Met het geld moeten onder meer "
            "extra bouwbedrijven en inspecteurs worden ingezet.",
            "De Nationaal Coördinator Groningen krijgt meer bevoegdheden om zelf beslissingen te nemen, zonder "
            "tussenkomst van het ministerie. Ook komt er een regeling voor bewoners die al jaren in een "
            "wisselwoning zitten.",
            "Gedeputeerde Jan-Willem Bosma van de provincie Groningen is voorzichtig positief. 'Het geld is "
            "welkom, maar we hebben vaker mooie beloftes gehoord. We gaan het kabinet hier elke maand aan "
            "houden', aldus Bosma.",
            "Het Groninger Bodem Beweging, de belangenclub van gedupeerden, noemt de maatregelen een stap in de "
            "goede richting. Voorzitter Henk Dijkstra wijst er wel op dat veel bewoners inmiddels psychische "
            "klachten hebben door de lange onzekerheid.",
            "De gaswinning uit het Groningenveld is sinds 2024 definitief gestopt. De schadeafhandeling loopt via "
            "het Instituut Mijnbouwschade Groningen, dat dit jaar ruim 40.000 schademeldingen ontving. De Tweede "
            "Kamer debatteert volgende week over de plannen.",
        ],
        related=["Wachten op versterking: drie verhalen uit Loppersum", "Schadeafhandeling blijft haperen"],
        most=["FC Groningen wint van Heerenveen", "Code oranje voor gladheid in het noorden"],
        tags=["Groningen", "Gaswinning"],
        persons=["Marieke Hoekstra", "Jan-Willem Bosma", "Henk Dijkstra"],
        organizations=["Nationaal Coördinator Groningen", "Groninger Bodem Beweging",
                       "Instituut Mijnbouwschade Groningen", "Tweede Kamer"],
        places=["Groningen", "Appingedam", "Groningenveld"],
        quotes=[("We hebben de Groningers beloofd dat het", "Marieke Hoekstra"),
                ("Het geld is welkom, maar we hebben", "Jan-Willem Bosma")],
    ),
    dict(
        nn="02", cms="arc", section="Economie",
        url="https://www.dagbladvandelta.nl/economie/rotterdam-haven-overslag-daling-containers~a48821",
        site="Dagblad van de Delta",
        title="Haven Rotterdam ziet overslag dalen door zwakke Duitse industrie - Dagblad van de Delta",
        h1="Overslag in Rotterdamse haven daalt voor tweede jaar op rij",
        kicker="Haven",
        lead="Vooral de aanvoer van kolen en ijzererts loopt terug.",
        description="Vooral de aanvoer van kolen en ijzererts loopt terug.",
        published="2026-11-05T08:00:00+01:00", precision="minute",
        modified="2026-11-05T11:35:00+01:00",
        authors=["Sanne van den Berg", "Daan Janssen"], orgs=[],
        byline="Door Sanne van den Berg en Daan Janssen",
        m="ld:plain lda:persons og tw apt date:time",
        body=[
            "De overslag in de haven van Rotterdam is in de eerste negen maanden van dit jaar met 4,1 procent "
            "gedaald tot 320 miljoen ton. Dat meldt het Havenbedrijf Rotterdam donderdag. Het is het tweede jaar "
            "op rij dat de grootste haven van Europa minder goederen verwerkt.",
            "Vooral de aanvoer van kolen en ijzererts liep sterk terug, doordat de Duitse staalindustrie minder "
            "produceert. 'Onze haven is voor een groot deel afhankelijk van wat er in het Ruhrgebied gebeurt', "
            "zegt topman Ruud Verschoor. 'Als de Duitse industrie hoest, merken wij dat meteen.'",
            "De containeroverslag bleef wel ongeveer gelijk. Rederijen kiezen weer vaker voor de route door de "
            "Rode Zee, waardoor schepen regelmatiger aankomen op de Maasvlakte. Concurrent Antwerpen-Brugge zag "
            "zijn containervolume wel licht groeien.",
            "Het havenbedrijf investeert de komende jaren fors in de energietransitie. Op de Maasvlakte wordt "
            "gebouwd aan installaties voor waterstof, en de opslag van CO2 onder de Noordzee moet in 2027 van "
            "start gaan. 'De haven van de toekomst draait niet meer op olie', aldus Verschoor.",
            "Vakbond FNV Havens maakt zich zorgen over de werkgelegenheid. Bestuurder Niels Stapper waarschuwt dat "
            "automatisering en de daling van de bulkoverslag samen banen kosten. Volgens de bond zijn de "
            "afgelopen twee jaar al zo'n 600 arbeidsplaatsen verdwenen.",
            "Het Havenbedrijf verwacht dat de overslag volgend jaar stabiliseert.",
        ],
        related=["Waterstof in de haven: waar staan we?", "Stakingen bij containerterminals"],
        most=["Feyenoord verslaat PSV", "File op de A15 na ongeluk"],
        persons=["Ruud Verschoor", "Niels Stapper"],
        organizations=["Havenbedrijf Rotterdam", "FNV Havens"],
        places=["Rotterdam", "Europa", "Ruhrgebied", "Rode Zee", "Maasvlakte", "Antwerpen-Brugge", "Noordzee"],
        quotes=[("Onze haven is voor een groot deel afhankelijk", "Ruud Verschoor"),
                ("De haven van de toekomst draait niet meer", "Ruud Verschoor")],
        feed=dict(pubDate="Thu, 05 Nov 2026 07:00:00 GMT", feed_published_at="2026-11-05T07:00:00+00:00"),
    ),
    dict(
        nn="03", cms="wp", section="Regio",
        url="https://www.utrechtsnieuwsblad.nl/regio/utrecht-stationsgebied-fietsenstalling-uitbreiding/",
        site="Utrechts Nieuwsblad",
        title="Fietsenstalling Utrecht Centraal: nog eens 6.000 plekken erbij | Utrechts Nieuwsblad",
        og_title="Grootste fietsenstalling ter wereld wordt nog groter",
        h1="Grootste fietsenstalling ter wereld wordt nóg groter",
        description="Bij Utrecht Centraal komen 6000 extra plekken voor fietsen.",
        published="2026-11-23T16:40:00+01:00", precision="minute",
        authors=["Femke Smit"], orgs=[],
        byline="Femke Smit",
        m="og apt mauthor date:time",
        body=[
            "De fietsenstalling onder het Stationsplein in Utrecht, al de grootste ter wereld, krijgt er 6000 "
            "plekken bij. De gemeente Utrecht en ProRail hebben daarover maandag een akkoord gesloten. De "
            "uitbreiding komt in een nieuwe kelder onder het Jaarbeursplein en moet in 2029 klaar zijn.",
            "De huidige stalling met 12.500 plekken is op drukke dagen vol. 'Reizigers zetten hun fiets dan maar "
            "ergens op straat neer, en dat willen we niet', zegt wethouder Lotte Mulder. Dagelijks verwijdert "
            "de gemeente honderden fout geplaatste fietsen rond het station.",
            "De kosten van de uitbreiding bedragen 48 miljoen euro. Het Rijk, de provincie Utrecht en de "
            "gemeente betalen elk een deel. NS zegt dat het aantal treinreizigers op Utrecht Centraal naar "
            "verwachting met een kwart groeit tot 2035.",
            "De Fietsersbond is blij met de plannen, maar vindt dat het te lang duurt. 'Elke dag dat er geen plek "
            "is, stappen mensen in de auto', zegt woordvoerder Joris Koster. De bond wil dat er tijdelijk "
            "extra rekken bij de uitgangen komen.",
            "Tijdens de bouw verdwijnen er tijdelijk parkeerplekken voor auto's bij de Jaarbeurs. Evenementen in "
            "de beurshallen gaan gewoon door, belooft de gemeente. Omwonenden in Lombok krijgen volgend jaar een "
            "informatieavond over de werkzaamheden.",
            "Utrecht wil daarnaast de buurtstallingen in de binnenstad uitbreiden. Daar komen volgend jaar 1500 "
            "plekken bij, onder meer aan de Neude en bij de Stadsschouwburg.",
        ],
        related=["Zo vind je een plek in de stalling", "Utrecht wil minder auto's in de binnenstad"],
        most=["FC Utrecht stunt in Europa", "Tram naar Uithof weer gestoord"],
        persons=["Lotte Mulder", "Joris Koster"],
        organizations=["ProRail", "NS", "Fietsersbond", "Jaarbeurs"],
        places=["Utrecht", "Stationsplein", "Jaarbeursplein", "Utrecht Centraal", "Lombok", "Neude"],
        quotes=[("Reizigers zetten hun fiets dan maar ergens", "Lotte Mulder"),
                ("Elke dag dat er geen plek is, stappen", "Joris Koster")],
    ),
    dict(
        nn="04", cms="custom", section="België", htmllang="nl-BE",
        url="https://www.devlaamsepost.be/binnenland/gent-lez-evaluatie-verkeer-drukte-a4423189",
        site="De Vlaamse Post",
        title="De Vlaamse Post | Gent breidt lage-emissiezone uit naar de rand",
        h1="Gent breidt lage-emissiezone uit naar de rand",
        description="Vanaf 2028 geldt de LEZ binnen de hele R4.",
        published="2026-11-10T13:05:00+01:00", precision="minute",
        authors=[], orgs=["Belga"],
        byline="Belga",
        m="date:time",
        body=[
            "Gent breidt zijn lage-emissiezone uit tot het hele gebied binnen de R4. Dat heeft de gemeenteraad "
            "maandagavond beslist. Vanaf januari 2028 mogen oudere dieselwagens ook in deelgemeenten als "
            "Ledeberg, Gentbrugge en Sint-Amandsberg niet meer rijden.",
            "'De luchtkwaliteit in de binnenstad is sterk verbeterd sinds de invoering van de zone, en dat willen "
            "we ook voor de rest van de stad', zei schepen van Mobiliteit Filip Wauters. Volgens metingen "
            "van de Vlaamse Milieumaatschappij daalde de concentratie stikstofdioxide in het centrum met 30 procent.",
            "De oppositie reageerde kritisch. Gemeenteraadslid Koen Van der Veken van N-VA noemde de uitbreiding "
            "'een sociale maatregel die vooral mensen met een kleiner budget treft'. Hij vraagt een ruimere "
            "premie voor wie zijn wagen moet vervangen.",
            "De stad belooft een sloopvergoeding van maximaal 3000 euro voor inwoners met een laag inkomen. "
            "Daarnaast worden de busverbindingen van De Lijn naar de rand versterkt en komen er drie nieuwe "
            "park-and-ride-parkings langs de E40 en de E17.",
            "Unizo Gent vreest dat handelaars aan de rand klanten verliezen aan winkelcentra buiten de stad. "
            "De organisatie vraagt een overgangsperiode voor bestelwagens van zelfstandigen.",
            "Antwerpen en Brussel hebben al een lage-emissiezone voor het hele grondgebied. In Brussel werd "
            "de volgende fase van de strengere normen onlangs met twee jaar uitgesteld.",
        ],
        related=["Welke wagens mogen nog in de LEZ?"],
        most=["AA Gent wint topper", "Gentse Feesten krijgen nieuw plein"],
        persons=["Filip Wauters", "Koen Van der Veken"],
        organizations=["Vlaamse Milieumaatschappij", "N-VA", "De Lijn", "Unizo Gent"],
        places=["Gent", "Ledeberg", "Gentbrugge", "Sint-Amandsberg", "Antwerpen", "Brussel"],
        quotes=[("De luchtkwaliteit in de binnenstad is sterk", "Filip Wauters")],
    ),
    dict(
        nn="05", cms="next", section="Cultuur", htmllang="nl-BE",
        url="https://www.hetlimburgsnieuws.be/cultuur/hasselt-pukkelpop-nieuwe-locatie-kiewit-2027",
        site="Het Limburgs Nieuws",
        title="Hasselt geeft groen licht voor uitbreiding festivalterrein in Kiewit | Het Limburgs Nieuws",
        h1="Hasselt geeft groen licht voor uitbreiding festivalterrein in Kiewit",
        description="Het festival mag vanaf 2027 tot 75.000 bezoekers per dag ontvangen.",
        published="2026-11-19T19:20:00+01:00", precision="minute",
        authors=["Annelies Peeters"], orgs=[],
        byline="Annelies Peeters",
        m="ld:array lda:string og date:time",
        body=[
            "Het stadsbestuur van Hasselt heeft groen licht gegeven voor een uitbreiding van het festivalterrein "
            "in Kiewit. Het zomerfestival dat er elk jaar plaatsvindt, mag vanaf 2027 tot 75.000 bezoekers per "
            "dag ontvangen, 10.000 meer dan nu.",
            "'Dit is goed nieuws voor de hele regio, want het festival brengt jaarlijks miljoenen euro's op voor "
            "onze horeca en handelaars', zegt burgemeester Steven Vanhoof. De stad verbindt wel "
            "voorwaarden aan de vergunning: er moeten meer pendelbussen komen en het geluid moet na middernacht "
            "verder omlaag.",
            "Buurtbewoners in Kiewit en Kuringen zijn minder enthousiast. Het buurtcomité Kiewit Leefbaar vreest "
            "meer verkeersoverlast en afval in de omliggende natuurgebieden. 'Vier dagen per jaar kunnen we "
            "nog verdragen, maar de opbouw duurt nu al weken', zegt woordvoerster Marleen Jacobs.",
            "De organisatie belooft een nieuw mobiliteitsplan, met een extra station voor pendeltreinen van de "
            "NMBS en een verdubbeling van het aantal fietsenstallingen. Ook wordt een deel van het terrein na het "
            "festival heraangeplant met inheemse bomen, in samenwerking met het Agentschap voor Natuur en Bos.",
            "Het festival trok deze zomer meer dan 260.000 bezoekers over vier dagen en was voor het eerst in zijn "
            "geschiedenis volledig uitverkocht nog voor de eerste namen bekend waren.",
            "De provincie Limburg moet de milieuvergunning nog formeel bevestigen.",
        ],
        related=["Festivalzomer 2027: de eerste namen"],
        most=["KRC Genk pakt punt in Brugge", "Sneeuw verwacht op de Limburgse wegen"],
        persons=["Steven Vanhoof", "Marleen Jacobs"],
        organizations=["Kiewit Leefbaar", "NMBS", "Agentschap voor Natuur en Bos"],
        places=["Hasselt", "Kiewit", "Kuringen", "Limburg"],
        quotes=[("Dit is goed nieuws voor de hele regio", "Steven Vanhoof"),
                ("Vier dagen per jaar kunnen we nog verdragen", "Marleen Jacobs")],
    ),
    dict(
        nn="06", cms="wp", section="Binnenland",
        url="https://www.hetzuidenvandaag.nl/binnenland/eindhoven-asml-uitbreiding-woningbouw-akkoord/",
        site="Het Zuiden Vandaag",
        title="Akkoord over 20.000 woningen rond Eindhoven voor groeiende chipsector – Het Zuiden Vandaag",
        h1="Akkoord over 20.000 woningen rond Eindhoven voor groeiende chipsector",
        description="Rijk en regio sluiten een deal in het kader van Project Beethoven.",
        published="2026-11-26T11:55:00+01:00", precision="minute",
        authors=[], orgs=["ANP"],
        byline="ANP",
        m="ld:graph lda:org md:pubdate og ogt:title date:time",
        body=[
            "Het Rijk, de provincie Noord-Brabant en de gemeenten in de regio Eindhoven hebben een akkoord "
            "gesloten over de bouw van 20.000 extra woningen tot 2035. De afspraken zijn onderdeel van Project "
            "Beethoven, het plan om de chipsector rond Eindhoven in Nederland te houden.",
            "'Bedrijven als ASML kunnen alleen groeien als hun werknemers hier ook kunnen wonen', zei minister "
            "van Volkshuisvesting Karin de Groot na afloop van het overleg in Den Haag. Het kabinet trekt 1,4 "
            "miljard euro uit voor woningbouw, wegen en openbaar vervoer in Brainport.",
            "Een groot deel van de woningen komt in Eindhoven zelf, onder meer op het voormalige Philips-terrein "
            "Strijp-T en rond het station. Ook Veldhoven, Best en Helmond gaan flink bouwen. Ruim een derde van de "
            "nieuwe huizen moet betaalbaar zijn voor middeninkomens.",
            "Burgemeester Jeroen Verbeek van Eindhoven sprak van 'een historisch moment voor de regio'. "
            "Brainport Development wijst erop dat de chipsector de komende tien jaar tot 70.000 nieuwe banen kan "
            "opleveren.",
            "Critici vragen zich af of er genoeg bouwvakkers en stikstofruimte zijn om de ambitie waar te maken. "
            "Natuurorganisatie Brabants Landschap waarschuwt dat de bouw niet ten koste mag gaan van de groene "
            "zones tussen de dorpen.",
            "Ook de NS en ProRail zijn bij het plan betrokken: de treinverbinding tussen Eindhoven en Den Bosch "
            "moet vanaf 2030 vaker gaan rijden.",
        ],
        related=["Brainport groeit uit zijn jasje"],
        most=["PSV wint in Champions League", "Carnaval 2027: de data"],
        persons=["Karin de Groot", "Jeroen Verbeek"],
        organizations=["Project Beethoven", "ASML", "Brainport Development", "Brabants Landschap", "NS",
                       "ProRail"],
        places=["Noord-Brabant", "Eindhoven", "Nederland", "Den Haag", "Strijp-T", "Veldhoven", "Best", "Helmond",
                "Den Bosch"],
        quotes=[("Bedrijven als ASML kunnen alleen groeien als", "Karin de Groot")],
    ),
    dict(
        nn="07", cms="drupal", section="Noord-Holland",
        url="https://www.hetnoordhollandsdagblad.nl/2026/11/21/amsterdam-bruggen-grachten-renovatie-vertraging/",
        site="Noord-Hollands Dagblad",
        title="Renovatie grachtenbruggen Amsterdam loopt jaren vertraging op | Noord-Hollands Dagblad",
        h1="Renovatie grachtenbruggen Amsterdam loopt jaren vertraging op",
        description="De Rekenkamer spreekt van een onrealistische planning.",
        published="2026-11-21", precision="day",
        authors=[], orgs=[],
        byline="Redactie",
        m="date:none",
        body=[
            "De vernieuwing van de kademuren en bruggen in de Amsterdamse binnenstad loopt jaren vertraging op. "
            "Dat concludeert de Rekenkamer Amsterdam in een rapport dat zaterdag is verschenen. Van de 200 bruggen "
            "die tot 2030 vernieuwd moesten worden, zijn er pas 23 klaar.",
            "Volgens de Rekenkamer was de planning vanaf het begin onrealistisch en ontbreekt het de gemeente aan "
            "technisch personeel. 'De stad heeft de omvang van deze opgave onderschat', zegt directeur Sara "
            "Bouwman. De kosten zijn inmiddels opgelopen tot ruim 2 miljard euro.",
            "Wethouder Melanie van Dijk erkent de problemen. 'We moeten eerlijk zijn: dit gaat langer duren "
            "dan we hadden gehoopt', zei ze in een reactie. De gemeente wil meer samenwerken met aannemers en "
            "standaardbruggen laten bouwen die sneller te plaatsen zijn.",
            "Ondertussen moeten steeds meer bruggen worden gestut of afgesloten voor zwaar verkeer. Op de "
            "Prinsengracht en de Herengracht mogen vrachtwagens op veel plekken niet meer komen. Ondernemers "
            "klagen dat bevoorrading daardoor duurder wordt.",
            "De urgentie werd in 2020 duidelijk, toen een kademuur aan de Grimburgwal instortte. Sindsdien "
            "worden honderden kilometers kademuur met sensoren in de gaten gehouden.",
            "De gemeenteraad bespreekt het rapport in december. Oppositiepartij VVD wil dat er een "
            "parlementaire enquête komt naar de aanpak van de bruggen.",
            "Voor bewoners aan de grachten betekent de vertraging nog jaren overlast van bouwhekken, "
            "noodbruggen en omleidingen.",
        ],
        related=["Kademuren: waar wordt nu gewerkt?"],
        most=["Ajax onderuit in Alkmaar", "Nieuwe Noord/Zuidlijn-stations gepland"],
        persons=["Sara Bouwman", "Melanie van Dijk"],
        organizations=["Rekenkamer Amsterdam", "VVD"],
        places=["Amsterdam", "Prinsengracht", "Herengracht", "Grimburgwal"],
        quotes=[("De stad heeft de omvang van deze opgave", "Sara Bouwman"),
                ("We moeten eerlijk zijn: dit gaat langer", "Melanie van Dijk")],
    ),
    dict(
        nn="08", cms="arc", section="Buitenland",
        url="https://www.dagbladvandelta.nl/buitenland/duitsland-verkiezingen-nedersaksen-uitslag~a48990",
        site="Dagblad van de Delta",
        title="Nedersaksen kiest nieuw parlement: SPD nipt de grootste - Dagblad van de Delta",
        h1="Nedersaksen kiest nieuw parlement: SPD nipt de grootste",
        description="In de Duitse deelstaat is een coalitie nog ver weg.",
        published="2026-11-22T22:10:00+01:00", precision="minute",
        ld_pub="2026-11-22T21:10:00Z",
        authors=["Bart Verhoeven"], orgs=[],
        byline="Bart Verhoeven, correspondent in Berlijn",
        m="ld:plain lda:person og date:time",
        body=[
            "Bij de vervroegde verkiezingen in de Duitse deelstaat Nedersaksen is de SPD met 28 procent nipt de "
            "grootste partij geworden. De christendemocratische CDU volgt met 27 procent, blijkt uit de voorlopige "
            "uitslag die zondagavond in Hannover werd bekendgemaakt.",
            "Lijsttrekker Katharina Lohmann van de SPD sprak tegenover haar aanhangers van 'een avond om trots op "
            "te zijn'. 'De kiezers hebben gekozen voor stabiliteit, en die gaan we leveren', zei ze. Een "
            "meerderheid met alleen de Groenen heeft de SPD echter niet meer.",
            "De AfD groeide naar 19 procent en wordt de derde partij. De Groenen verloren flink en komen uit op "
            "12 procent. De liberale FDP haalde de kiesdrempel van vijf procent niet.",
            "De vervroegde verkiezingen waren nodig nadat de vorige coalitie in de zomer uit elkaar was gevallen "
            "door een ruzie over de sluiting van een Volkswagenfabriek in Emden. De autosector is de grootste "
            "werkgever van de deelstaat, die aan de Nederlandse provincies Groningen, Drenthe en Overijssel grenst.",
            "Politicoloog Hendrik Meyer van de Universiteit van Göttingen verwacht lange onderhandelingen. 'Een "
            "grote coalitie van SPD en CDU ligt het meest voor de hand, maar beide partijen hebben dat in de "
            "campagne uitgesloten', zegt hij.",
            "Voor Nederland is Nedersaksen een belangrijke handelspartner, vooral voor de havens in het noorden.",
        ],
        related=["Wat de uitslag betekent voor Berlijn"],
        most=["Brexit-akkoord over visserij", "Onrust in Frans parlement"],
        persons=["Katharina Lohmann", "Hendrik Meyer"],
        organizations=["SPD", "CDU", "AfD", "FDP", "Volkswagen", "Universiteit van Göttingen"],
        places=["Nedersaksen", "Hannover", "Emden", "Groningen", "Drenthe", "Overijssel", "Nederland"],
        quotes=[("De kiezers hebben gekozen voor stabiliteit, en", "Katharina Lohmann"),
                ("Een grote coalitie van SPD en CDU", "Hendrik Meyer")],
        feed=dict(pubDate="Wed, 25 Nov 2026 09:30:00 GMT", feed_published_at="2026-11-25T09:30:00+00:00"),
    ),
    dict(
        nn="09", cms="custom", section="Wetenschap",
        url="https://www.kennisvandaag.nl/wetenschap/leiden-onderzoek-alzheimer-bloedtest-huisarts-7712",
        site="Kennis Vandaag",
        title="Kennis Vandaag - Leidse onderzoekers: bloedtest kan alzheimer vroeg opsporen",
        h1="Leidse onderzoekers: bloedtest kan alzheimer vroeg opsporen",
        description="De test zou huisartsen kunnen helpen bij de diagnose.",
        published="2026-11-11T09:00:00+01:00", precision="minute",
        authors=["Lotte Bakker"], orgs=[],
        byline="Tekst: Lotte Bakker",
        m="md:dc.date date:text",
        body=[
            "Een eenvoudige bloedtest kan de ziekte van Alzheimer jaren voor de eerste duidelijke klachten "
            "opsporen. Dat blijkt uit onderzoek van het Leids Universitair Medisch Centrum (LUMC) en het "
            "Amsterdam UMC, dat woensdag is gepubliceerd in het wetenschappelijke tijdschrift The Lancet "
            "Neurology.",
            "De onderzoekers volgden ruim 2.300 mensen boven de 60 jaar gedurende acht jaar. Bij wie een verhoogde "
            "waarde van het eiwit p-tau217 in het bloed had, werd de ziekte veel vaker vastgesteld. 'De "
            "betrouwbaarheid van de test is vergelijkbaar met die van een ruggenprik', zegt hoofdonderzoeker "
            "Marjolein Visser.",
            "Volgens Visser zou de test huisartsen kunnen helpen om sneller door te verwijzen naar een "
            "geheugenpolikliniek. Nu duurt het gemiddeld ruim twee jaar voordat mensen met geheugenklachten een "
            "diagnose krijgen.",
            "Alzheimer Nederland reageert positief, maar waarschuwt voor te hoge verwachtingen. 'Een vroege "
            "diagnose is pas echt waardevol als er ook een behandeling is', zegt directeur Gerrit Hulst. Nieuwe "
            "medicijnen die de ziekte afremmen zijn in Europa nog nauwelijks beschikbaar.",
            "De Gezondheidsraad onderzoekt op verzoek van het ministerie van Volksgezondheid of de test in de "
            "reguliere zorg kan worden ingezet. Een advies wordt volgend jaar verwacht.",
            "In Nederland leven naar schatting 300.000 mensen met dementie, van wie ongeveer 70 procent de ziekte "
            "van Alzheimer heeft.",
        ],
        related=["Dementie: wat kun je zelf doen?"],
        most=["Griepgolf eerder dan verwacht", "Nieuwe ruimtetelescoop levert eerste beelden"],
        persons=["Marjolein Visser", "Gerrit Hulst"],
        organizations=["Leids Universitair Medisch Centrum", "LUMC", "Amsterdam UMC", "The Lancet Neurology",
                       "Alzheimer Nederland", "Gezondheidsraad", "ministerie van Volksgezondheid"],
        places=["Europa", "Nederland"],
        quotes=[("De betrouwbaarheid van de test is vergelijkbaar", "Marjolein Visser"),
                ("Een vroege diagnose is pas echt waardevol", "Gerrit Hulst")],
    ),
    dict(
        nn="10", cms="next", section="Sport", htmllang="",
        url="https://www.sportenstad.nl/schaatsen/thialf-heerenveen-renovatie-wereldbeker-2027",
        site="Sport & Stad",
        title="Thialf gaat dicht voor renovatie: wereldbeker verhuist | Sport & Stad",
        tw_title="Thialf op slot ⛸️ Wereldbeker verhuist",
        h1="Thialf gaat dicht voor renovatie: wereldbeker verhuist",
        description="De ijsbaan in Heerenveen sluit in 2027 voor anderhalf jaar.",
        published="2026-10-16T14:30:00+02:00", precision="minute",
        modified="2026-10-17T10:05:00+02:00",
        authors=["Sjoerd Hoekstra"], orgs=[],
        byline='<a href="/auteurs/sjoerd-hoekstra">Sjoerd Hoekstra</a>',
        m="ld:graph lda:person ldtype:Article og oglocale:nl_NL tw date:time",
        body=[
            "Schaatsstadion Thialf in Heerenveen gaat in het voorjaar van 2027 voor anderhalf jaar dicht voor een "
            "grondige renovatie. Daardoor verhuist de wereldbekerwedstrijd van dat seizoen naar het buitenland, "
            "heeft de KNSB vrijdag bekendgemaakt.",
            "'Het doet pijn om de wereldbeker niet in eigen land te hebben, maar Thialf moet klaar zijn voor de "
            "komende dertig jaar', zegt KNSB-directeur Wouter Kramer. De wedstrijd gaat vermoedelijk naar "
            "Inzell in Duitsland of naar het Noorse Hamar.",
            "De renovatie kost 95 miljoen euro. Het dak en de koelinstallatie worden vervangen, en er komen "
            "zonnepanelen die het stadion grotendeels zelfvoorzienend moeten maken. De provincie Fryslân en de "
            "gemeente Heerenveen dragen samen 40 miljoen bij.",
            "Voor de topschaatsers betekent de sluiting dat ze uit moeten wijken naar andere banen. De Nederlandse "
            "ploegen trainen tijdelijk in Enschede en Amsterdam. Olympisch kampioene Joy van Marle "
            "noemt het 'een flinke puzzel, maar zeker geen ramp'.",
            "Ook de recreatieschaatsers en de ijshockeyclub UNIS Flyers moeten op zoek naar een alternatief. "
            "De club speelt het komende seizoen waarschijnlijk in Leeuwarden.",
            "Thialf werd in 1967 geopend als openluchtbaan en kreeg in 1986 een dak. Het stadion geldt als de "
            "huiskamer van het Nederlandse schaatsen.",
            "Tijdens de verbouwing blijft een deel van het complex open voor kantoren en de sportschool. Na de "
            "heropening in het najaar van 2028 moet Thialf weer het EK allround en de NK afstanden organiseren.",
        ],
        related=["Thialf in tien legendarische races", "Schaatsagenda 2026-2027"],
        most=["Heerenveen verliest van Twente", "Elfstedentocht: kans nihil"],
        persons=["Wouter Kramer", "Joy van Marle"],
        organizations=["Thialf", "KNSB", "UNIS Flyers"],
        places=["Heerenveen", "Inzell", "Duitsland", "Hamar", "Fryslân", "Enschede", "Amsterdam", "Leeuwarden"],
        quotes=[("Het doet pijn om de wereldbeker niet in", "Wouter Kramer")],
        feed=dict(pubDate="Fri, 16 Oct 2026 12:30:00 GMT", feed_published_at="2026-10-16T12:30:00+00:00"),
    ),
]
