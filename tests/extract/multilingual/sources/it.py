"""Italian pages: prose and labels written by hand."""

CASES = [
    dict(
        nn="01", cms="custom", section="Cronaca",
        url="https://www.corrieredellagune.it/cronaca/venezia-mose-alta-marea-sollevamento-record-a9921.html",
        site="Corriere delle Lagune",
        title="Venezia, il Mose alzato per la decima volta in un mese | Corriere delle Lagune",
        h1="Venezia, il Mose alzato per la decima volta in un mese",
        description="Le paratoie hanno protetto la città da una marea prevista di 135 centimetri.",
        published="2026-11-22T09:40:00+01:00", precision="minute",
        authors=["Marco Rossi"], orgs=[],
        byline='di <a href="/autori/marco-rossi">Marco Rossi</a>',
        m="ld:graph lda:person og apt date:time",
        body=[
            "Le paratoie del Mose si sono alzate anche questa mattina per proteggere Venezia da una marea prevista "
            "di 135 centimetri. È la decima volta in un mese, un record dall'entrata in funzione del sistema, e "
            "Piazza San Marco è rimasta asciutta mentre in laguna l'acqua superava il livello di guardia.",
            "«Senza il Mose oggi avremmo avuto la città allagata per oltre il settanta per cento», ha dichiarato "
            "la commissaria straordinaria Chiara Dal Moro durante un sopralluogo alla bocca di porto del Lido. "
            "Ogni sollevamento costa circa 250.000 euro tra personale ed energia.",
            "Le frequenti chiusure preoccupano però il porto. L'Autorità di sistema portuale del Mare Adriatico "
            "settentrionale segnala ritardi per le navi dirette a Marghera e chiede un canale di accesso "
            "alternativo. «Così rischiamo di perdere traffici a favore di Trieste e Capodistria», ha spiegato il "
            "presidente Fulvio Zanon.",
            "Anche gli ambientalisti lanciano l'allarme: le chiusure prolungate riducono il ricambio d'acqua in "
            "laguna. Uno studio dell'Università Ca' Foscari ha rilevato un calo dell'ossigeno nelle zone più "
            "interne dopo le sequenze di sollevamenti dell'anno scorso.",
            "Il sindaco Luca Bragadin ha chiesto al governo di accelerare i lavori per rialzare la pavimentazione "
            "della basilica di San Marco, che si allaga già con maree di 90 centimetri, sotto la soglia di "
            "attivazione del Mose.",
            "Il Centro maree del Comune prevede nuovi picchi nel fine settimana, con valori fino a 120 centimetri.",
        ],
        related=["Mose, quanto costa davvero ogni sollevamento", "Acqua alta: le regole per i turisti"],
        most=["Venezia, ticket d'accesso confermato", "Reyer, vittoria a Milano"],
        tags=["Venezia", "Mose", "Acqua alta"],
        persons=["Chiara Dal Moro", "Fulvio Zanon", "Luca Bragadin"],
        organizations=["Autorità di sistema portuale del Mare Adriatico settentrionale",
                       "Università Ca' Foscari", "Centro maree"],
        places=["Venezia", "Piazza San Marco", "Lido", "Marghera", "Trieste", "Capodistria"],
        quotes=[("Senza il Mose oggi avremmo avuto la", "Chiara Dal Moro"),
                ("Così rischiamo di perdere traffici a favore", "Fulvio Zanon")],
    ),
    dict(
        nn="02", cms="arc", section="Politica",
        url="https://www.ilquotidianonazionale.it/politica/2026/11/18/manovra-senato-fiducia-pensioni-news-88431/",
        site="Il Quotidiano Nazionale",
        title="Manovra, il governo pone la fiducia al Senato: cosa cambia per le pensioni - Il Quotidiano Nazionale",
        h1="Manovra, il governo pone la fiducia al Senato",
        kicker="Legge di bilancio",
        lead="Il voto finale è atteso giovedì. Le opposizioni protestano contro i tagli alla sanità.",
        description="Il voto finale è atteso giovedì.",
        published="2026-11-18T11:05:00+01:00", precision="minute",
        modified="2026-11-18T19:22:00+01:00",
        authors=["Giulia Bianchi", "Luca Ferri"], orgs=["ANSA"],
        byline="di Giulia Bianchi e Luca Ferri (ANSA)",
        m="ld:plain lda:mixed og tw apt date:time",
        body=[
            "Il governo ha posto la questione di fiducia sulla legge di bilancio al Senato, dopo una notte di "
            "trattative con la maggioranza sulle modifiche al capitolo pensioni. Il voto finale di Palazzo Madama "
            "è atteso giovedì, poi il testo passerà alla Camera dei deputati per l'approvazione definitiva entro "
            "Natale.",
            "Il ministro dell'Economia, Roberto Valsecchi, ha difeso l'impianto della manovra, da 28 miliardi di "
            "euro. «Abbiamo scelto di concentrare le risorse sui redditi medi e sulle famiglie con figli», ha "
            "detto in aula, ricordando che il deficit dovrà scendere sotto il tre per cento.",
            "Tra le novità introdotte dagli emendamenti c'è la proroga di un anno per l'uscita anticipata con "
            "Quota 103 e un aumento delle pensioni minime di 15 euro al mese. Resta invece il taglio ai fondi per "
            "i comuni, contestato dall'Associazione nazionale comuni italiani.",
            "Le opposizioni hanno protestato contro il ricorso alla fiducia. «È l'ennesima umiliazione del "
            "Parlamento», ha affermato la capogruppo del Partito Democratico al Senato, Anna Lisa Moretti, che "
            "ha denunciato i tagli alla sanità pubblica. Il Movimento 5 Stelle ha annunciato un presidio davanti "
            "a Palazzo Madama.",
            "Secondo l'Ufficio parlamentare di bilancio, la manovra avrà un effetto limitato sulla crescita, "
            "stimato in un decimo di punto di Pil. I sindacati Cgil e Uil hanno confermato lo sciopero generale "
            "del 12 dicembre.",
        ],
        related=["Pensioni 2027, le novità punto per punto", "Sciopero generale: chi si ferma"],
        most=["Roma, chiusa la metro C per lavori", "Serie A, Inter in testa"],
        persons=["Roberto Valsecchi", "Anna Lisa Moretti"],
        organizations=["Senato", "Camera dei deputati", "Associazione nazionale comuni italiani",
                       "Partito Democratico", "Movimento 5 Stelle", "Ufficio parlamentare di bilancio", "Cgil",
                       "Uil"],
        places=["Palazzo Madama"],
        quotes=[("Abbiamo scelto di concentrare le risorse sui", "Roberto Valsecchi"),
                ("È l'ennesima umiliazione del Parlamento", "Anna Lisa Moretti")],
        feed=dict(pubDate="Wed, 18 Nov 2026 10:05:00 GMT", feed_published_at="2026-11-18T10:05:00+00:00"),
    ),
    dict(
        nn="03", cms="drupal", section="Milano",
        url="https://www.lagazzettalombarda.it/milano/metro-m4-linea-blu-completata-san-cristoforo-214778",
        site="La Gazzetta Lombarda",
        title="M4 Milano orari, fermate e percorso: la linea blu arriva a San Cristoforo - La Gazzetta Lombarda",
        og_title="Metro M4 completata: la linea blu arriva a San Cristoforo",
        h1="La linea blu è completa: da sabato la M4 arriva a San Cristoforo",
        description="Aperte le ultime sette stazioni della metropolitana M4.",
        published="2026-11-12T15:30:00+01:00", precision="minute",
        authors=["Paolo Galli"], orgs=[],
        byline="Paolo Galli",
        m="og apt mauthor date:time",
        body=[
            "Dopo undici anni di cantieri, la linea M4 della metropolitana di Milano sarà completa da sabato. Le "
            "ultime sette stazioni, da Sant'Ambrogio a San Cristoforo, apriranno al pubblico alle 12, e per tutto "
            "il fine settimana i viaggi sulla linea blu saranno gratuiti.",
            "«È un'opera che cambia la geografia della città», ha detto il sindaco Giacomo Bernardi durante il "
            "viaggio inaugurale, al quale hanno partecipato anche il presidente della Regione Lombardia e i "
            "vertici di Atm. La linea, lunga 15 chilometri, collega l'aeroporto di Linate al quartiere di "
            "Lorenteggio in circa mezz'ora.",
            "La M4 è completamente automatica e i treni passeranno ogni due minuti e mezzo nelle ore di punta. "
            "Secondo le stime di Atm, la nuova linea trasporterà 86 milioni di passeggeri all'anno e permetterà di "
            "togliere dalle strade circa 16.000 auto al giorno.",
            "Non sono mancate le polemiche per i costi, saliti a oltre 2 miliardi di euro, e per i disagi causati "
            "dai cantieri ai commercianti di via Lorenteggio. «Abbiamo resistito per anni, ora speriamo che "
            "tornino i clienti», ha raccontato Silvia Colombo, titolare di una panetteria vicino alla fermata "
            "Frattini.",
            "Il Comune ha già avviato lo studio per un prolungamento verso Buccinasco e Corsico, che "
            "richiederebbe però nuovi finanziamenti da parte del ministero delle Infrastrutture.",
        ],
        related=["M4, tutte le fermate sulla mappa", "Atm, nuovi abbonamenti dal 2027"],
        most=["Milano-Cortina, il villaggio olimpico diventa studentato", "Nebbia in pianura, traffico in tilt"],
        persons=["Giacomo Bernardi", "Silvia Colombo"],
        organizations=["Regione Lombardia", "Atm", "ministero delle Infrastrutture"],
        places=["Milano", "Sant'Ambrogio", "San Cristoforo", "Linate", "Lorenteggio", "Buccinasco", "Corsico"],
        quotes=[("È un'opera che cambia la geografia della città", "Giacomo Bernardi"),
                ("Abbiamo resistito per anni, ora speriamo che", "Silvia Colombo")],
    ),
    dict(
        nn="04", cms="wp", section="Campania",
        url="https://www.ilmattinodelgolfo.it/campania/napoli-campi-flegrei-scossa-magnitudo-pozzuoli/",
        site="Il Mattino del Golfo",
        title="Il Mattino del Golfo – Campi Flegrei, scossa di magnitudo 3.9 avvertita a Pozzuoli",
        h1="Campi Flegrei, scossa di magnitudo 3.9 avvertita a Pozzuoli",
        description="Nessun danno a persone, verifiche su alcuni edifici.",
        published="2026-11-28T03:17:00+01:00", precision="minute",
        authors=[], orgs=[],
        byline="Redazione",
        m="date:time",
        body=[
            "Una scossa di terremoto di magnitudo 3.9 è stata avvertita nella notte nell'area dei Campi Flegrei. "
            "Secondo l'Istituto nazionale di geofisica e vulcanologia, l'evento è stato registrato alle 2.41 con "
            "epicentro tra Pozzuoli e la Solfatara, a una profondità di circa due chilometri.",
            "Molti residenti sono scesi in strada e alcune decine di persone hanno trascorso il resto della notte "
            "in auto. Non si registrano feriti, ma i vigili del fuoco hanno ricevuto oltre cento richieste di "
            "verifica per crepe e calcinacci caduti, soprattutto nel Rione Terra e a Bagnoli.",
            "«Non ci sono al momento danni strutturali gravi, ma le verifiche proseguiranno per tutta la "
            "giornata», ha dichiarato il sindaco di Pozzuoli, Vincenzo Di Lauro. Le scuole della città resteranno "
            "chiuse in via precauzionale.",
            "La Protezione civile ha convocato una riunione della commissione Grandi Rischi. Il livello di allerta "
            "resta giallo, ha precisato il capo dipartimento Fabio Cirillo Serra, che ha ricordato l'importanza "
            "di conoscere il piano di evacuazione.",
            "Dall'inizio dell'anno i sismografi dell'Osservatorio Vesuviano hanno registrato oltre 4.000 eventi "
            "nell'area flegrea, legati al fenomeno del bradisismo, il lento sollevamento del suolo. Dal 2005 il "
            "suolo a Pozzuoli si è alzato di circa 1,4 metri.",
            "La Regione Campania ha stanziato nuovi fondi per la verifica sismica degli edifici privati nei "
            "comuni della zona rossa, tra cui Napoli, Quarto e Bacoli.",
        ],
        related=["Bradisismo, cosa fare in caso di scossa"],
        most=["Napoli, vittoria al Maradona", "Vesuvio, riapre il sentiero del cratere"],
        persons=["Vincenzo Di Lauro", "Fabio Cirillo Serra"],
        organizations=["Istituto nazionale di geofisica e vulcanologia", "Protezione civile",
                       "Osservatorio Vesuviano", "Regione Campania"],
        places=["Campi Flegrei", "Pozzuoli", "Solfatara", "Rione Terra", "Bagnoli", "Napoli", "Quarto",
                "Bacoli"],
        quotes=[("Non ci sono al momento danni strutturali", "Vincenzo Di Lauro")],
    ),
    dict(
        nn="05", cms="next", section="Ticino", htmllang="it-CH",
        url="https://www.lavoceticinese.ch/ticino/lugano-polo-sportivo-cornaredo-inaugurazione-1.2290341",
        site="La Voce Ticinese",
        title="Lugano inaugura il nuovo stadio di Cornaredo | La Voce Ticinese",
        h1="Lugano inaugura il nuovo stadio di Cornaredo",
        description="Dopo tre anni di lavori, il polo sportivo apre al pubblico.",
        published="2026-11-07T20:45:00+01:00", precision="minute",
        authors=["Elena Bernasconi"], orgs=[],
        byline="Elena Bernasconi",
        m="ld:array lda:string og date:time",
        body=[
            "Lugano ha inaugurato sabato sera il nuovo stadio di Cornaredo, cuore del polo sportivo e degli eventi "
            "che ha trasformato l'intero quartiere. Davanti a 9.800 spettatori, il FC Lugano ha festeggiato "
            "l'apertura con una vittoria per 2 a 0 contro il Servette.",
            "«Questa è una giornata storica per la città e per tutto il Ticino», ha detto il sindaco Michele "
            "Fontana prima del calcio d'inizio. L'investimento complessivo, sostenuto in parte da privati, supera "
            "i 200 milioni di franchi e comprende anche un palazzetto e uffici amministrativi della Città di "
            "Lugano.",
            "Il progetto era stato approvato in votazione popolare nel 2021 dopo una campagna molto combattuta. "
            "I contrari temevano che i costi sarebbero ricaduti sui contribuenti; il Municipio ha assicurato che "
            "il contratto con l'investitore privato limita il rischio per le finanze comunali.",
            "I tifosi hanno accolto con entusiasmo la nuova struttura, anche se non sono mancate le code ai "
            "tornelli e qualche disagio nei trasporti. La società TPL, che gestisce i bus cittadini, ha potenziato "
            "le corse serali, ma molti spettatori hanno raggiunto lo stadio a piedi dalla stazione di Lugano.",
            "Lo stadio ospiterà anche le partite della nazionale svizzera femminile e concerti durante l'estate. "
            "Il presidente della Federazione ticinese di calcio, Renzo Pedrazzini, ha parlato di «un'occasione "
            "per far crescere il movimento in tutto il cantone».",
        ],
        related=["Cornaredo, la storia del vecchio stadio"],
        most=["Ambrì, rimonta nel derby", "Gottardo, code al portale nord"],
        persons=["Michele Fontana", "Renzo Pedrazzini"],
        organizations=["FC Lugano", "Servette", "TPL", "Federazione ticinese di calcio"],
        places=["Lugano", "Cornaredo", "Ticino"],
        quotes=[("Questa è una giornata storica per la città", "Michele Fontana"),
                ("un'occasione per far crescere il movimento", "Renzo Pedrazzini")],
    ),
    dict(
        nn="06", cms="custom", section="Economia",
        url="https://www.giornaledeltirreno.it/economia/livorno-porto-container-darsena-europa-appalto-55310",
        site="Giornale del Tirreno",
        title="Livorno, assegnato l'appalto per la Darsena Europa | Giornale del Tirreno",
        h1="Livorno, assegnato l'appalto per la Darsena Europa",
        description="Il nuovo terminal container sarà operativo dal 2031.",
        published="2026-11-04T13:50:00+01:00", precision="minute",
        authors=[], orgs=["ANSA"],
        byline="ANSA",
        m="ld:graph lda:org md:pubdate og ogt:title date:time",
        body=[
            "L'Autorità di sistema portuale del Mar Tirreno settentrionale ha assegnato l'appalto per le opere "
            "marittime della Darsena Europa, il nuovo terminal container del porto di Livorno. La gara, del valore "
            "di 540 milioni di euro, è stata vinta da un raggruppamento di imprese guidato da Webuild.",
            "«È il progetto infrastrutturale più importante della Toscana degli ultimi decenni», ha affermato il "
            "presidente dell'Autorità portuale, Luciano Gherardini, nel corso di una conferenza stampa a Livorno. "
            "Le opere prevedono nuove dighe foranee e un canale di accesso profondo 16 metri.",
            "Il terminal potrà accogliere le grandi portacontainer da oltre 20.000 teu che oggi non possono "
            "entrare nello scalo. L'obiettivo è raddoppiare i traffici entro il 2035 e intercettare una parte "
            "delle merci che attualmente sbarcano a Genova e La Spezia.",
            "Il presidente della Regione Toscana, Enrico Giuntini, ha ricordato che la Regione contribuisce con 200 "
            "milioni. «Livorno torna a essere una porta d'Europa sul Mediterraneo», ha detto. I lavori partiranno "
            "nella primavera del 2027.",
            "Le associazioni ambientaliste hanno chiesto garanzie sulla tutela delle secche della Meloria, area "
            "marina protetta a pochi chilometri dal cantiere. Legambiente Toscana ha annunciato che seguirà da "
            "vicino la fase dei dragaggi.",
            "Soddisfatti invece gli operatori portuali, che da anni attendono l'ampliamento per competere con gli "
            "scali del Nord Europa.",
        ],
        related=["Porto di Livorno, record di passeggeri"],
        most=["Livorno, nuova linea di bus elettrici", "Serie C, il Livorno vince il derby"],
        persons=["Luciano Gherardini", "Enrico Giuntini"],
        organizations=["Autorità di sistema portuale del Mar Tirreno settentrionale", "Webuild",
                       "Regione Toscana", "Legambiente Toscana"],
        places=["Livorno", "Darsena Europa", "Toscana", "Genova", "La Spezia", "Meloria"],
        quotes=[("È il progetto infrastrutturale più importante della", "Luciano Gherardini"),
                ("Livorno torna a essere una porta d'Europa", "Enrico Giuntini")],
    ),
    dict(
        nn="07", cms="drupal", section="Sicilia",
        url="https://www.lagazzettadelletna.it/2026/11/15/catania-etna-cenere-aeroporto-voli-sospesi/",
        site="La Gazzetta dell'Etna",
        title="Etna, cenere sull'aeroporto di Catania: voli sospesi | La Gazzetta dell'Etna",
        h1="Etna, cenere sull'aeroporto di Catania: voli sospesi",
        description="Una nuova fontana di lava ha prodotto una nube alta sei chilometri.",
        published="2026-11-15", precision="day",
        authors=["Francesca Esposito"], orgs=[],
        byline="di Francesca Esposito",
        m="date:none",
        body=[
            "Una nuova fontana di lava dal cratere di Sud-Est dell'Etna ha prodotto una nube di cenere alta circa "
            "sei chilometri, costringendo l'aeroporto di Catania a sospendere i voli per gran parte della "
            "giornata. Decine di partenze sono state cancellate e alcuni arrivi dirottati su Palermo.",
            "L'Osservatorio Etneo dell'Istituto nazionale di geofisica e vulcanologia ha segnalato un forte "
            "aumento del tremore vulcanico già dalla sera precedente. «L'attività è in linea con quella degli "
            "ultimi mesi, ma la ricaduta di cenere è stata particolarmente abbondante», ha spiegato la "
            "vulcanologa Giuseppina Messina.",
            "La cenere ha coperto strade e auto nei comuni di Zafferana Etnea, Giarre e Acireale. Diversi sindaci "
            "hanno vietato la circolazione di moto e biciclette e chiesto ai cittadini di raccogliere la sabbia "
            "vulcanica negli appositi sacchi.",
            "La Sac, società che gestisce lo scalo, ha riaperto una pista in serata. «Abbiamo lavorato senza sosta "
            "con l'Enac per tornare operativi il prima possibile», ha detto l'amministratore delegato Salvo "
            "Nicosia. Migliaia di passeggeri sono rimasti a lungo in attesa nei terminal.",
            "Le associazioni di categoria chiedono lo stato di calamità per gli agricoltori, i cui raccolti di "
            "agrumi e ortaggi sono stati danneggiati dalla ricaduta di cenere. La Regione Siciliana ha annunciato "
            "un tavolo tecnico per la prossima settimana.",
        ],
        related=["Etna, le fontane di lava del 2026"],
        most=["Catania, derby vinto al Massimino", "Ponte sullo Stretto, nuovo rinvio"],
        persons=["Giuseppina Messina", "Salvo Nicosia"],
        organizations=["Osservatorio Etneo", "Istituto nazionale di geofisica e vulcanologia", "Sac", "Enac",
                       "Regione Siciliana"],
        places=["Etna", "Catania", "Palermo", "Zafferana Etnea", "Giarre", "Acireale"],
        quotes=[("L'attività è in linea con quella degli", "Giuseppina Messina"),
                ("Abbiamo lavorato senza sosta con l'Enac per", "Salvo Nicosia")],
    ),
    dict(
        nn="08", cms="arc", section="Esteri",
        url="https://www.ilquotidianonazionale.it/esteri/2026/11/10/tunisia-migranti-accordo-ue-sfax-news-87950/",
        site="Il Quotidiano Nazionale",
        title="Migranti, a Sfax dove si parte ancora | Il Quotidiano Nazionale",
        h1="Migranti, a Sfax dove si parte ancora",
        description="Reportage dal porto tunisino dopo il nuovo accordo con l'Unione europea.",
        published="2026-11-10T07:00:00+01:00", precision="minute",
        ld_pub="2026-11-10T06:00:00Z",
        authors=["Andrea Colombo"], orgs=[],
        byline="dal nostro inviato Andrea Colombo",
        m="ld:plain lda:person og date:time",
        body=[
            "Al porto di Sfax i pescatori rientrano all'alba e raccontano sempre la stessa storia: le partenze "
            "verso Lampedusa sono diminuite, ma non si sono fermate. A un anno dal nuovo accordo tra la Tunisia e "
            "l'Unione europea, la seconda città del Paese resta il principale punto di imbarco del Mediterraneo "
            "centrale.",
            "«Prima partivano ogni notte, adesso una o due volte a settimana, con barche di ferro ancora più "
            "pericolose», racconta Mohamed Trabelsi, pescatore di 52 anni. Secondo la Guardia nazionale tunisina, "
            "dall'inizio dell'anno sono state intercettate oltre 40.000 persone.",
            "Le organizzazioni umanitarie denunciano però espulsioni verso il confine con la Libia e l'Algeria. "
            "«Le persone vengono abbandonate nel deserto senza acqua», ha dichiarato Sara Lentini di EuroMed "
            "Rights, che chiede la sospensione dei fondi europei.",
            "A Roma il ministero dell'Interno rivendica il calo degli sbarchi, scesi del 35 per cento rispetto "
            "all'anno precedente. Il ministro Marco Pellegrini ha definito la collaborazione con Tunisi "
            "«un modello da estendere».",
            "Negli uliveti intorno a Sfax vivono ancora migliaia di migranti subsahariani in accampamenti di "
            "fortuna. Molti vengono dalla Guinea e dalla Costa d'Avorio e aspettano il momento giusto per "
            "ripartire, mentre le autorità locali alternano sgomberi e tolleranza.",
            "Al mercato del pesce, intanto, i prezzi sono saliti. Molti pescatori sostengono che i controlli in "
            "mare abbiano ridotto le uscite notturne e che i motori delle barche sequestrate finiscano spesso sul "
            "mercato nero.",
        ],
        related=["Lampedusa, l'hotspot di nuovo pieno"],
        most=["Ucraina, nuovi colloqui a Ginevra", "Usa, il Congresso approva il bilancio"],
        persons=["Mohamed Trabelsi", "Sara Lentini", "Marco Pellegrini"],
        organizations=["Unione europea", "Guardia nazionale", "EuroMed Rights", "ministero dell'Interno"],
        places=["Sfax", "Lampedusa", "Tunisia", "Libia", "Algeria", "Roma", "Tunisi", "Guinea", "Costa d'Avorio"],
        quotes=[("Prima partivano ogni notte, adesso una o", "Mohamed Trabelsi"),
                ("Le persone vengono abbandonate nel deserto senza", "Sara Lentini")],
        feed=dict(pubDate="Thu, 12 Nov 2026 18:30:00 +0100", feed_published_at="2026-11-12T18:30:00+01:00"),
    ),
    dict(
        nn="09", cms="wp", section="Europa",
        url="https://www.ilsole-ventiquattro-notizie.it/europa/bruxelles-patto-stabilita-italia-deficit/",
        site="Notizie 24 Europa",
        title="Bruxelles promuove i conti italiani, ma chiede riforme | Notizie 24 Europa",
        h1="Bruxelles promuove i conti italiani, ma chiede riforme",
        description="La Commissione europea valuta i documenti programmatici di bilancio.",
        published="2026-11-25T12:00:00+01:00", precision="minute",
        authors=["Alessandro Greco"], orgs=[],
        byline="Alessandro Greco, corrispondente da Bruxelles",
        m="md:dc.date date:text",
        body=[
            "La Commissione europea ha giudicato il documento programmatico di bilancio dell'Italia "
            "«sostanzialmente in linea» con le regole del nuovo Patto di stabilità. Nel pacchetto d'autunno "
            "presentato a Bruxelles, l'esecutivo Ue riconosce i progressi nella riduzione del deficit, ma chiede "
            "al governo di accelerare sulle riforme.",
            "«L'Italia sta rispettando gli impegni, ora serve continuità», ha detto il commissario all'Economia "
            "Valdis Kalnins in conferenza stampa. Il deficit italiano è previsto al 2,8 per cento del Pil il "
            "prossimo anno, sotto la soglia del 3 per cento per la prima volta dal 2019.",
            "Il debito pubblico resta però sopra il 135 per cento del Pil e Bruxelles raccomanda di rafforzare la "
            "lotta all'evasione fiscale e di rivedere le spese fiscali. Critiche anche sul ritardo di alcuni "
            "progetti del Piano nazionale di ripresa e resilienza.",
            "A Roma il ministero dell'Economia e delle Finanze ha accolto con soddisfazione la valutazione. "
            "L'Italia potrebbe uscire dalla procedura per deficit eccessivo già la prossima primavera.",
            "Diversa la situazione per la Francia e il Belgio, per i quali la Commissione ha rilevato un rischio "
            "di mancato rispetto della traiettoria di spesa concordata. L'Eurogruppo discuterà le valutazioni "
            "nella riunione di dicembre.",
            "Sul fronte interno, la Banca d'Italia ha avvertito che la spesa per interessi continuerà a crescere "
            "nei prossimi anni e che la riduzione del debito richiederà avanzi primari stabili per almeno un "
            "decennio.",
        ],
        related=["Patto di stabilità, come funzionano le nuove regole"],
        most=["Bce, tassi fermi a dicembre", "Spread in calo"],
        persons=["Valdis Kalnins"],
        organizations=["Commissione europea", "ministero dell'Economia e delle Finanze", "Eurogruppo",
                       "Banca d'Italia"],
        places=["Italia", "Bruxelles", "Roma", "Francia", "Belgio"],
        quotes=[("L'Italia sta rispettando gli impegni, ora serve", "Valdis Kalnins")],
    ),
    dict(
        nn="10", cms="next", section="Cultura", htmllang="",
        url="https://www.artequotidiana.it/cultura/firenze-uffizi-nuove-sale-caravaggio-apertura",
        site="Arte Quotidiana",
        title="Firenze, agli Uffizi aprono le nuove sale del Seicento | Arte Quotidiana",
        tw_title="Uffizi: Caravaggio e Artemisia nelle nuove sale 🎨",
        h1="Firenze, agli Uffizi aprono le nuove sale del Seicento",
        description="Quattordici sale e 120 opere, da Caravaggio ad Artemisia Gentileschi.",
        published="2026-10-29T10:00:00+01:00", precision="minute",
        modified="2026-10-29T18:30:00+01:00",
        authors=["Chiara Martelli"], orgs=[],
        byline="Chiara Martelli",
        m="ld:graph lda:person ldtype:Article og oglocale:it_IT tw date:time",
        body=[
            "Le Gallerie degli Uffizi di Firenze aprono da oggi quattordici nuove sale dedicate alla pittura del "
            "Seicento. Il percorso espone 120 opere, molte delle quali rimaste per decenni nei depositi, tra cui "
            "capolavori di Caravaggio, Artemisia Gentileschi e Guido Reni.",
            "«Restituiamo al pubblico un secolo che a Firenze era rimasto in ombra», ha spiegato il direttore "
            "delle Gallerie, Tommaso Salvini, durante la presentazione alla stampa. L'allestimento occupa il primo "
            "piano dell'ala di ponente, liberato dopo il trasferimento di alcuni uffici.",
            "Il pezzo forte è la sala dedicata ad Artemisia Gentileschi, con la Giuditta che decapita Oloferne "
            "esposta accanto ad altre tele della pittrice provenienti da collezioni private. Il restauro delle "
            "opere è stato finanziato in parte dagli Amici degli Uffizi.",
            "Il ministero della Cultura ha stanziato 12 milioni di euro per i lavori, che hanno incluso anche un "
            "nuovo impianto di climatizzazione. Per evitare il sovraffollamento, l'accesso alle nuove sale sarà "
            "contingentato nei fine settimana.",
            "L'assessora alla cultura del Comune di Firenze, Giulia Tarchi, ha sottolineato che le nuove sale "
            "potrebbero aiutare a distribuire meglio i flussi turistici. Nel 2025 gli Uffizi hanno superato i "
            "cinque milioni di visitatori tra Galleria, Palazzo Pitti e Giardino di Boboli.",
            "Le nuove sale saranno comprese nel biglietto ordinario. Nei primi mesi sono previste visite guidate "
            "gratuite per le scuole fiorentine e aperture serali il giovedì fino alle 22.",
        ],
        related=["Uffizi diffusi: le opere in Toscana", "Caravaggio, la mostra a Roma"],
        most=["Firenze, tramvia fino a Bagno a Ripoli", "Fiorentina, pari al Franchi"],
        persons=["Caravaggio", "Artemisia Gentileschi", "Guido Reni", "Tommaso Salvini", "Giulia Tarchi"],
        organizations=["Gallerie degli Uffizi", "Amici degli Uffizi", "ministero della Cultura",
                       "Comune di Firenze"],
        places=["Firenze", "Palazzo Pitti", "Giardino di Boboli"],
        quotes=[("Restituiamo al pubblico un secolo che a", "Tommaso Salvini")],
        feed=dict(pubDate=None, feed_published_at=None),
    ),
]
