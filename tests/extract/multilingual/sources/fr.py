"""French pages: prose and labels written by hand."""

CASES = [
    dict(
        nn="01", cms="wp", section="Régions",
        url="https://www.quotidien-ouest.fr/regions/nantes-tramway-ligne-6-enquete-publique-20261118/",
        site="Le Quotidien de l'Ouest",
        title="Nantes : la ligne 6 du tramway soumise à enquête publique – Le Quotidien de l'Ouest",
        h1="Nantes : la ligne 6 du tramway soumise à enquête publique",
        description="Le projet de 420 millions d'euros doit relier Rezé à Carquefou d'ici 2031.",
        published="2026-11-18T07:05:00+01:00", precision="minute",
        authors=["Jean Dupont"], orgs=["AFP"],
        byline='Par <a href="/auteur/jean-dupont">Jean Dupont</a> avec AFP',
        m="ld:graph lda:person og apt date:time",
        body=[
            "L'enquête publique sur la future ligne 6 du tramway de Nantes s'ouvre ce mercredi et durera six "
            "semaines. Le projet, estimé à 420 millions d'euros, doit relier Rezé à Carquefou en passant par l'île "
            "de Nantes et le quartier de la gare, avec 24 stations sur près de 14 kilomètres.",
            "« C'est le plus grand chantier de transport de la métropole depuis vingt ans », a déclaré la "
            "présidente de Nantes Métropole, Isabelle Morvan, lors d'une réunion publique mardi soir. Elle espère "
            "une mise en service complète en 2031, avec une fréquence d'un tram toutes les quatre minutes aux "
            "heures de pointe.",
            "Le tracé suscite toutefois des inquiétudes chez les commerçants du centre-ville. L'association Nantes "
            "Centre Commerces redoute plusieurs années de travaux et une baisse de fréquentation. « Nous ne sommes "
            "pas contre le tram, mais nous demandons des indemnisations claires », a expliqué son président, "
            "Patrick Le Goff.",
            "Les associations d'usagers saluent au contraire un projet attendu. Selon la Semitan, l'opérateur du "
            "réseau, les lignes existantes transportent déjà plus de 300 000 voyageurs par jour et arrivent à "
            "saturation sur certains tronçons.",
            "La Région Pays de la Loire et l'État doivent participer au financement à hauteur de 30 %. Le préfet "
            "de Loire-Atlantique, Hervé Garnier, a indiqué que la déclaration d'utilité publique pourrait être "
            "signée à l'automne 2027 si l'enquête ne soulève pas d'objection majeure.",
            "Les habitants peuvent consulter le dossier à l'hôtel de ville et dans les mairies de Rezé et de "
            "Carquefou, ou déposer leurs observations en ligne jusqu'au 30 décembre.",
        ],
        related=["Nantes : le Busway bientôt électrique", "Vélo : la métropole double ses pistes"],
        most=["FC Nantes : le coach menacé", "Tempête : vigilance orange en Vendée"],
        tags=["Nantes", "Tramway", "Transports"],
        persons=["Isabelle Morvan", "Patrick Le Goff", "Hervé Garnier"],
        organizations=["Nantes Métropole", "Nantes Centre Commerces", "Semitan", "Région Pays de la Loire"],
        places=["Nantes", "Rezé", "Carquefou", "Loire-Atlantique"],
        quotes=[("C'est le plus grand chantier de transport", "Isabelle Morvan"),
                ("Nous ne sommes pas contre le tram, mais", "Patrick Le Goff")],
    ),
    dict(
        nn="02", cms="arc", section="Politique",
        url="https://www.lejournaldeparis.fr/politique/article/2026/11/24/assemblee-budget-securite-sociale-49-3_61234.html",
        site="Le Journal de Paris",
        title="Budget de la Sécu : le gouvernement engage sa responsabilité – Le Journal de Paris",
        h1="Budget de la Sécurité sociale : le gouvernement engage sa responsabilité",
        kicker="Assemblée nationale",
        lead="La Première ministre a utilisé l'article 49.3. Deux motions de censure ont été déposées.",
        description="La Première ministre a utilisé l'article 49.3 pour faire adopter le texte.",
        published="2026-11-24T16:48:00+01:00", precision="minute",
        modified="2026-11-24T21:30:00+01:00",
        authors=["Claire Martin", "Hugo Bernard"], orgs=[],
        byline="Par Claire Martin et Hugo Bernard",
        m="ld:plain lda:persons og tw apt date:time",
        body=[
            "Faute de majorité, le gouvernement a de nouveau engagé sa responsabilité sur le projet de loi de "
            "financement de la Sécurité sociale, mardi après-midi à l'Assemblée nationale. La Première ministre, "
            "Nathalie Cordier, a invoqué l'article 49.3 de la Constitution après trois semaines de débats et plus "
            "de 2 000 amendements.",
            "« Nous ne pouvions pas laisser le pays sans budget pour ses hôpitaux et ses retraités », a affirmé "
            "Mme Cordier dans l'hémicycle, sous les huées d'une partie de l'opposition. Le texte prévoit de "
            "ramener le déficit de la Sécurité sociale à 16 milliards d'euros l'an prochain.",
            "La France insoumise et le Rassemblement national ont immédiatement annoncé le dépôt de motions de "
            "censure. « Ce gouvernement gouverne contre le Parlement et contre les Français », a dénoncé le "
            "député Mathieu Roussel, qui accuse l'exécutif de faire payer les malades avec la hausse des "
            "franchises médicales.",
            "Les socialistes, dont les voix pourraient être décisives, n'ont pas encore arrêté leur position. "
            "Leur premier secrétaire, Olivier Fabre, a indiqué que le groupe se réunirait mercredi matin. « Nous "
            "jugerons sur les actes, notamment sur l'hôpital public », a-t-il déclaré à la sortie de l'hémicycle.",
            "Les motions de censure devraient être examinées jeudi. Pour faire tomber le gouvernement, elles "
            "doivent recueillir au moins 289 voix. Le Sénat examinera ensuite le texte à partir du 2 décembre.",
            "Depuis le début de la législature, le gouvernement a eu recours au 49.3 à sept reprises, un rythme "
            "que ses opposants jugent contraire à l'esprit des institutions.",
        ],
        related=["Ce que contient le budget de la Sécu", "Motion de censure : le mode d'emploi"],
        most=["Inflation : les prix repartent à la hausse", "Ligue 1 : le PSG s'impose à Lille"],
        tags=["Assemblée nationale", "Budget", "49.3"],
        persons=["Nathalie Cordier", "Mathieu Roussel", "Olivier Fabre"],
        organizations=["Sécurité sociale", "Assemblée nationale", "La France insoumise", "Rassemblement national",
                       "Sénat"],
        places=[],
        quotes=[("Nous ne pouvions pas laisser le pays sans", "Nathalie Cordier"),
                ("Ce gouvernement gouverne contre le Parlement et", "Mathieu Roussel"),
                ("Nous jugerons sur les actes, notamment sur", "Olivier Fabre")],
        feed=dict(pubDate="Tue, 24 Nov 2026 15:48:00 GMT", feed_published_at="2026-11-24T15:48:00+00:00"),
    ),
    dict(
        nn="03", cms="drupal", section="Lyon",
        url="https://www.rhone-eclair.fr/lyon/grand-lyon-zfe-voitures-crit-air-3-interdiction-118842",
        site="Rhône Éclair",
        title="ZFE Lyon 2027 : Crit'Air 3 interdites, dérogations, carte - Rhône Éclair",
        og_title="ZFE : la Métropole de Lyon repousse l'interdiction des Crit'Air 3",
        h1="La Métropole de Lyon repousse d'un an l'interdiction des Crit'Air 3",
        description="La zone à faibles émissions sera assouplie pour les artisans et les ménages modestes.",
        published="2026-11-13T11:20:00+01:00", precision="minute",
        authors=["Camille Perrin"], orgs=[],
        byline="Camille Perrin",
        m="og apt mauthor date:time",
        body=[
            "La Métropole de Lyon a annoncé jeudi le report d'un an de l'interdiction des véhicules classés "
            "Crit'Air 3 dans sa zone à faibles émissions. Les voitures diesel immatriculées avant 2011 et les "
            "modèles essence d'avant 2006 pourront donc circuler jusqu'au 1er janvier 2028.",
            "« Nous maintenons le cap, mais nous devons tenir compte des difficultés réelles des habitants », a "
            "déclaré le vice-président chargé des mobilités, Julien Carrel, lors d'une conférence de presse à "
            "l'hôtel de la Métropole. Selon lui, près de 70 000 véhicules sont encore concernés.",
            "Le report s'accompagne d'un renforcement des aides. La prime à la conversion versée par la Métropole "
            "passera à 5 000 euros pour les ménages modestes, et les artisans pourront bénéficier d'une dérogation "
            "jusqu'en 2029 pour leurs utilitaires.",
            "Les associations environnementales regrettent une décision « qui retarde encore l'amélioration de la "
            "qualité de l'air ». L'observatoire Atmo Auvergne-Rhône-Alpes rappelle que les seuils de dioxyde "
            "d'azote sont toujours dépassés le long du périphérique et sur l'axe de la Part-Dieu.",
            "À l'inverse, la Chambre de métiers et de l'artisanat du Rhône salue un « geste de bon sens ». Sa "
            "présidente, Sandrine Vallet, a toutefois appelé à simplifier les démarches pour obtenir les "
            "dérogations, jugées trop complexes.",
            "D'autres métropoles, comme Strasbourg et Grenoble, ont déjà adopté un calendrier similaire. Le "
            "gouvernement doit présenter début 2027 un bilan national des zones à faibles émissions.",
        ],
        related=["ZFE : qui a droit à une dérogation ?", "Pollution : Lyon en vigilance"],
        most=["OL : un nouveau défenseur", "Fête des Lumières : le programme"],
        persons=["Julien Carrel", "Sandrine Vallet"],
        organizations=["Métropole de Lyon", "Atmo Auvergne-Rhône-Alpes",
                       "Chambre de métiers et de l'artisanat du Rhône"],
        places=["Lyon", "Part-Dieu", "Strasbourg", "Grenoble"],
        quotes=[("Nous maintenons le cap, mais nous devons", "Julien Carrel"),
                ("qui retarde encore l'amélioration de la qualité", None)],
    ),
    dict(
        nn="04", cms="custom", section="Belgique", htmllang="fr-BE",
        url="https://www.lechodelameuse.be/belgique/liege-trams-mise-en-service-retard-4478811",
        site="L'Écho de la Meuse",
        title="L'Écho de la Meuse | Tram de Liège : nouveau retard pour le tronçon vers Seraing",
        h1="Tram de Liège : nouveau retard pour le tronçon vers Seraing",
        description="La prolongation ne sera pas en service avant 2029.",
        published="2026-11-20T14:02:00+01:00", precision="minute",
        authors=[], orgs=["Belga"],
        byline="Belga",
        m="date:time",
        body=[
            "Le prolongement du tram de Liège vers Seraing ne sera pas mis en service avant 2029, soit un an plus "
            "tard que prévu. L'Opérateur de Transport de Wallonie (OTW) l'a confirmé vendredi devant la commission "
            "Mobilité du Parlement de Wallonie, évoquant des difficultés géotechniques le long de la Meuse.",
            "« Les sondages ont révélé des sols beaucoup plus instables qu'attendu », a expliqué le directeur "
            "général de l'OTW, Marc Delhaye. Des travaux de consolidation supplémentaires sont nécessaires sur "
            "environ deux kilomètres, pour un surcoût estimé à 38 millions d'euros.",
            "Le ministre wallon de la Mobilité, François Hennuy, s'est dit « déçu mais pas surpris ». Il a assuré "
            "que le financement était garanti et que la Région ne renoncerait pas au projet. « Seraing mérite "
            "d'être reliée au centre de Liège par un transport moderne », a-t-il affirmé.",
            "Dans l'opposition, le député Ecolo Thomas Lenoir a dénoncé « une gestion de projet calamiteuse » et "
            "demandé un audit de la Cour des comptes. Le bourgmestre de Seraing, Alain Decerf, regrette de "
            "son côté que les commerçants de sa commune subissent les travaux plus longtemps.",
            "La première ligne du tram, entre Sclessin et Coronmeuse, circule depuis 2025. Elle transporte en "
            "moyenne 45 000 voyageurs par jour, un chiffre supérieur aux prévisions initiales.",
            "Les travaux du tronçon vers Herstal, l'autre extension prévue, ne sont pas concernés par ce retard "
            "et devraient s'achever fin 2027.",
        ],
        related=["Liège : le tram en chiffres"],
        most=["Standard : victoire à Charleroi", "Météo : des gelées en Ardenne"],
        persons=["Marc Delhaye", "François Hennuy", "Thomas Lenoir", "Alain Decerf"],
        organizations=["Opérateur de Transport de Wallonie", "OTW", "Parlement de Wallonie", "Ecolo",
                       "Cour des comptes"],
        places=["Liège", "Seraing", "Meuse", "Sclessin", "Coronmeuse", "Herstal"],
        quotes=[("Les sondages ont révélé des sols beaucoup", "Marc Delhaye"),
                ("Seraing mérite d'être reliée au centre de", "François Hennuy"),
                ("une gestion de projet calamiteuse", "Thomas Lenoir")],
    ),
    dict(
        nn="05", cms="next", section="Québec", htmllang="fr-CA",
        url="https://www.lavoixduquebec.ca/actualites/2026-11-11/montreal-grève-enseignants-ecoles-fermees.php",
        site="La Voix du Québec",
        title="Grève des enseignants : 400 écoles fermées à Montréal | La Voix du Québec",
        h1="Grève des enseignants : 400 écoles fermées à Montréal",
        description="Les syndicats de l'enseignement déclenchent une grève de trois jours.",
        published="2026-11-11T06:30:00-05:00", precision="minute",
        authors=["Marie-Ève Tremblay"], orgs=[],
        byline="Marie-Ève Tremblay, La Voix du Québec",
        m="ld:array lda:string og date:time",
        body=[
            "Plus de 400 écoles primaires et secondaires de la région de Montréal sont fermées depuis mercredi "
            "matin en raison d'une grève de trois jours déclenchée par la Fédération autonome de l'enseignement "
            "(FAE). Près de 200 000 élèves sont touchés, selon le Centre de services scolaire de Montréal.",
            "« On ne fait pas la grève de gaieté de cœur, mais les classes débordent et nos membres sont à bout », "
            "a déclaré la présidente de la FAE, Geneviève Pelletier, devant une école du quartier Rosemont. Le "
            "syndicat réclame notamment une réduction du nombre d'élèves par classe et davantage de soutien pour "
            "les élèves en difficulté.",
            "Le ministre de l'Éducation, Simon Gagnon, a qualifié la grève de « prise d'otage des parents » et "
            "invité le syndicat à revenir à la table de négociation. Québec propose une hausse salariale de 12,5 % "
            "sur cinq ans, jugée insuffisante par les enseignants.",
            "De nombreux parents ont dû s'organiser à la dernière minute. « J'ai pris trois jours de congé, mais "
            "tout le monde ne peut pas le faire », a raconté Karim Benali, père de deux enfants à Longueuil, sur la "
            "Rive-Sud, où plusieurs écoles sont aussi touchées.",
            "La Centrale des syndicats du Québec, qui représente d'autres enseignants de la province, n'exclut pas "
            "de se joindre au mouvement en décembre si aucune entente n'est conclue d'ici là.",
            "Les services de garde scolaires restent fermés pendant la grève, mais la Ville de Montréal a ouvert "
            "des activités gratuites dans ses bibliothèques et centres sportifs.",
        ],
        related=["Négociations : où en sont les pourparlers?", "Pénurie d'enseignants : le portrait"],
        most=["Canadiens : victoire en prolongation", "Première neige sur Québec"],
        persons=["Geneviève Pelletier", "Simon Gagnon", "Karim Benali"],
        organizations=["Fédération autonome de l'enseignement", "FAE", "Centre de services scolaire de Montréal",
                       "Centrale des syndicats du Québec", "Ville de Montréal"],
        places=["Montréal", "Rosemont", "Longueuil", "Rive-Sud"],
        quotes=[("On ne fait pas la grève de gaieté", "Geneviève Pelletier"),
                ("J'ai pris trois jours de congé, mais", "Karim Benali")],
    ),
    dict(
        nn="06", cms="wp", section="Bretagne",
        url="https://www.courrierdebretagne.fr/bretagne/brest-arsenal-naval-group-fregates-contrat/",
        site="Le Courrier de Bretagne",
        title="Brest : Naval Group décroche un contrat pour trois frégates - Le Courrier de Bretagne",
        h1="Brest : Naval Group décroche un contrat pour trois frégates",
        description="Le contrat de 2,4 milliards d'euros assure plusieurs années de charge au site brestois.",
        published="2026-11-03T10:45:00+01:00", precision="minute",
        authors=[], orgs=["AFP"],
        byline="La rédaction avec AFP",
        m="ld:graph lda:org md:pubdate og ogt:title date:time",
        body=[
            "Naval Group a remporté un contrat de 2,4 milliards d'euros pour la construction de trois frégates "
            "destinées à la marine grecque, a annoncé mardi le ministère des Armées. Une partie importante de "
            "l'assemblage sera réalisée à Lorient, tandis que les systèmes de combat seront intégrés à Brest.",
            "« C'est une excellente nouvelle pour l'emploi industriel en Bretagne », a réagi le président de la "
            "Région Bretagne, Loïc Kerhervé, dans un communiqué. Le contrat devrait mobiliser environ 1 500 "
            "salariés et sous-traitants pendant cinq ans.",
            "Les négociations avec Athènes duraient depuis près de deux ans. Le ministre grec de la Défense, Nikos "
            "Andreou, a salué à Athènes « un partenariat stratégique de long terme » avec la France. La première "
            "frégate doit être livrée en 2030.",
            "Les syndicats du site brestois accueillent l'annonce avec soulagement, mais restent prudents. « Il "
            "faudra recruter rapidement des soudeurs et des électriciens, et la main-d'œuvre manque déjà », "
            "a souligné Yannick Le Bras, délégué CGT chez Naval Group.",
            "Le groupe, détenu majoritairement par l'État, a enregistré l'an dernier un chiffre d'affaires record "
            "de 4,8 milliards d'euros. Il construit également les sous-marins nucléaires d'attaque de la Marine "
            "nationale à Cherbourg.",
            "La mairie de Brest prévoit de son côté d'accélérer la construction de logements pour accueillir les "
            "nouveaux salariés attendus dans la métropole.",
        ],
        related=["Lorient : la construction navale recrute"],
        most=["Stade brestois : qualification en Coupe", "Tempête Bert : 30 000 foyers privés d'électricité"],
        persons=["Loïc Kerhervé", "Nikos Andreou", "Yannick Le Bras"],
        organizations=["Naval Group", "ministère des Armées", "Région Bretagne", "CGT", "Marine nationale"],
        places=["Lorient", "Brest", "Bretagne", "Athènes", "France", "Cherbourg"],
        quotes=[("C'est une excellente nouvelle pour l'emploi industriel", "Loïc Kerhervé"),
                ("un partenariat stratégique de long terme", "Nikos Andreou"),
                ("Il faudra recruter rapidement des soudeurs et", "Yannick Le Bras")],
    ),
    dict(
        nn="07", cms="drupal", section="Provence",
        url="https://www.lasentinelle-provence.fr/2026/11/27/marseille-incendie-entrepot-port-autonome/",
        site="La Sentinelle de Provence",
        title="Marseille : un entrepôt ravagé par les flammes sur le port | La Sentinelle de Provence",
        h1="Marseille : un entrepôt ravagé par les flammes sur le port",
        description="Aucun blessé n'est à déplorer selon les marins-pompiers.",
        published="2026-11-27", precision="day",
        authors=["Karim Haddad"], orgs=[],
        byline="Karim Haddad",
        m="date:none",
        body=[
            "Un important incendie a ravagé dans la nuit de jeudi à vendredi un entrepôt de 5 000 mètres carrés "
            "situé dans l'enceinte du Grand Port maritime de Marseille, près de la digue du large. Une épaisse "
            "fumée noire était visible depuis les quartiers nord de la ville jusqu'à l'Estaque.",
            "Près de 120 marins-pompiers ont été mobilisés. « Le feu est désormais circonscrit, mais les "
            "opérations de refroidissement vont durer toute la journée », a indiqué le commandant Frédéric "
            "Aubert, porte-parole du Bataillon de marins-pompiers de Marseille. Aucun blessé n'est à déplorer.",
            "Le bâtiment abritait des pneus et des emballages en plastique destinés à l'exportation. La "
            "préfecture des Bouches-du-Rhône a demandé aux habitants des 15e et 16e arrondissements de garder leurs "
            "fenêtres fermées par précaution, le temps que les mesures de qualité de l'air soient réalisées.",
            "Le maire de Marseille, Benoît Pellegrin, s'est rendu sur place au petit matin. « Nous devons "
            "comprendre comment un tel stock a pu prendre feu aussi vite », a-t-il déclaré. Une enquête a été "
            "ouverte par le parquet de Marseille pour déterminer l'origine du sinistre.",
            "Le trafic des ferries vers la Corse et l'Algérie n'a pas été perturbé, a précisé la direction du "
            "port. C'est le troisième incendie d'entrepôt dans la zone portuaire depuis le début de l'année.",
        ],
        related=["Pollution de l'air : que mesure AtmoSud ?"],
        most=["OM : victoire au Vélodrome", "Calanques : le sentier rouvert"],
        persons=["Frédéric Aubert", "Benoît Pellegrin"],
        organizations=["Grand Port maritime de Marseille", "Bataillon de marins-pompiers de Marseille",
                       "préfecture des Bouches-du-Rhône", "parquet de Marseille"],
        places=["Marseille", "l'Estaque", "Bouches-du-Rhône", "Corse", "Algérie"],
        quotes=[("Le feu est désormais circonscrit, mais les", "Frédéric Aubert"),
                ("Nous devons comprendre comment un tel stock", "Benoît Pellegrin")],
    ),
    dict(
        nn="08", cms="arc", section="Suisse", htmllang="fr-CH",
        url="https://www.letempslemanique.ch/suisse/geneve-votation-logement-loyers-resultat-8841",
        site="Le Temps lémanique",
        title="Genève accepte le plafonnement des loyers après rénovation | Le Temps lémanique",
        h1="Genève accepte le plafonnement des loyers après rénovation",
        description="L'initiative de l'ASLOCA a été acceptée par 54 % des votants.",
        published="2026-11-29T17:25:00+01:00", precision="minute",
        ld_pub="2026-11-29T16:25:00Z",
        authors=["Sophie Lambert"], orgs=[],
        byline="Sophie Lambert, correspondante à Genève",
        m="ld:plain lda:person og date:time",
        body=[
            "Les Genevois ont accepté dimanche, par 54,2 % des voix, l'initiative cantonale visant à plafonner les "
            "hausses de loyer après des travaux de rénovation énergétique. La participation s'est élevée à 46 %, "
            "un niveau élevé pour un scrutin cantonal.",
            "« C'est une victoire pour tous les locataires qui craignaient d'être chassés de leur logement », a "
            "réagi Christian Roulet, président de l'Association suisse des locataires (ASLOCA) à Genève. "
            "L'initiative limite à 10 % la hausse de loyer autorisée après une rénovation.",
            "Les milieux immobiliers, qui avaient mené une campagne très active, parlent d'un « mauvais signal » "
            "pour la transition énergétique. « Les propriétaires vont tout simplement reporter les travaux », a "
            "estimé Pierre Dufour, secrétaire général de la Chambre genevoise immobilière.",
            "Le Conseil d'État, qui recommandait le rejet du texte, devra désormais adapter la législation. La "
            "conseillère d'État chargée du territoire, Anne Morel, a promis de « respecter la volonté populaire » "
            "tout en trouvant des solutions pour ne pas freiner l'assainissement du parc immobilier.",
            "Le résultat contraste avec celui du canton de Vaud, où un texte similaire avait été rejeté en mars. "
            "À Lausanne comme à Genève, la pénurie de logements reste aiguë, avec un taux de vacance inférieur à "
            "0,5 %.",
            "Les régies immobilières genevoises devront appliquer les nouvelles règles dès l'entrée en vigueur de "
            "la loi, prévue au printemps. Les locataires dont le loyer a été augmenté après des travaux en cours "
            "pourront contester la hausse devant la commission de conciliation.",
        ],
        related=["Logement : la pénurie en chiffres"],
        most=["Servette : qualification européenne", "Bise noire sur le Léman"],
        persons=["Christian Roulet", "Pierre Dufour", "Anne Morel"],
        organizations=["Association suisse des locataires", "ASLOCA", "Chambre genevoise immobilière",
                       "Conseil d'État"],
        places=["Genève", "Vaud", "Lausanne"],
        quotes=[("C'est une victoire pour tous les locataires", "Christian Roulet"),
                ("Les propriétaires vont tout simplement reporter les", "Pierre Dufour")],
        feed=dict(pubDate="Tue, 01 Dec 2026 06:00:00 GMT", feed_published_at="2026-12-01T06:00:00+00:00"),
    ),
    dict(
        nn="09", cms="custom", section="Alsace",
        url="https://www.lalsaciennedumatin.fr/strasbourg/parlement-europeen-session-pleniere-ia-3321",
        site="L'Alsacienne du matin",
        title="Strasbourg : les eurodéputés adoptent la directive sur le travail via plateformes - L'Alsacienne du matin",
        h1="Les eurodéputés adoptent la directive sur le travail via plateformes",
        description="Le texte présume le statut de salarié pour les livreurs et chauffeurs.",
        published="2026-11-19T15:10:00+01:00", precision="minute",
        authors=["Sophie Klein"], orgs=[],
        byline="Sophie Klein, correspondante à Strasbourg",
        m="md:date date:text",
        body=[
            "Réuni en session plénière à Strasbourg, le Parlement européen a adopté jeudi la révision de la "
            "directive sur le travail via les plateformes numériques. Le texte renforce la présomption de salariat "
            "pour les livreurs et les chauffeurs qui travaillent pour des applications comme Uber ou Deliveroo.",
            "« Aucun algorithme ne devrait pouvoir licencier un travailleur sans intervention humaine », a "
            "déclaré la rapporteure du texte, l'eurodéputée luxembourgeoise Martine Weber. La directive impose "
            "aussi aux plateformes d'expliquer le fonctionnement des systèmes qui attribuent les courses.",
            "Le vote a été acquis par 401 voix contre 212. Le groupe du Parti populaire européen s'est divisé, une "
            "partie de ses membres estimant que le texte menace un modèle économique apprécié des "
            "consommateurs. « Nous allons détruire des milliers d'emplois flexibles », a mis en garde "
            "l'eurodéputé néerlandais Pieter van Dijk.",
            "Les syndicats européens ont salué une avancée historique. La Confédération européenne des syndicats "
            "estime que près de 5 millions de travailleurs pourraient être requalifiés comme salariés dans "
            "l'Union européenne.",
            "Les États membres disposeront de deux ans pour transposer le texte. En France, où le gouvernement "
            "avait longtemps freiné les négociations, la ministre du Travail a indiqué qu'un projet de loi serait "
            "présenté au printemps.",
            "À Strasbourg, plusieurs dizaines de livreurs s'étaient rassemblés devant le bâtiment Louise-Weiss "
            "pour suivre le vote.",
        ],
        related=["Livreurs : le combat pour un statut"],
        most=["Marché de Noël : affluence record", "Racing : défaite à Lens"],
        persons=["Martine Weber", "Pieter van Dijk"],
        organizations=["Parlement européen", "Uber", "Deliveroo", "Parti populaire européen",
                       "Confédération européenne des syndicats", "Union européenne"],
        places=["Strasbourg", "France"],
        quotes=[("Aucun algorithme ne devrait pouvoir licencier un", "Martine Weber"),
                ("Nous allons détruire des milliers d'emplois flexibles", "Pieter van Dijk")],
    ),
    dict(
        nn="10", cms="next", section="Sciences", htmllang="",
        url="https://www.sciences-et-cite.fr/sciences/toulouse-cnes-satellite-climat-lancement-kourou",
        site="Sciences et Cité",
        title="Depuis Kourou, un satellite toulousain pour mesurer le climat | Sciences et Cité",
        tw_title="🚀 Lancement réussi pour le satellite climatique du CNES",
        h1="Depuis Kourou, un satellite toulousain pour mesurer le climat",
        description="Le satellite Aerotherm mesurera les échanges de chaleur entre océans et atmosphère.",
        published="2026-10-14T22:40:00+02:00", precision="minute",
        modified="2026-10-15T09:15:00+02:00",
        authors=["Léa Roussel"], orgs=[],
        byline="Léa Roussel",
        m="ld:graph lda:person ldtype:Article og oglocale:fr_FR tw date:time",
        body=[
            "Le satellite Aerotherm a été lancé avec succès mardi soir depuis le Centre spatial guyanais de Kourou, "
            "à bord d'une fusée Vega-C. Conçu à Toulouse par le Centre national d'études spatiales (CNES) et "
            "Thales Alenia Space, il doit mesurer pendant sept ans les échanges de chaleur entre les océans et "
            "l'atmosphère.",
            "« Ces données nous manquaient pour affiner les modèles climatiques à l'échelle régionale », a "
            "expliqué la responsable scientifique de la mission, Hélène Vidal, depuis la salle de contrôle de "
            "Toulouse. Les premières mesures sont attendues d'ici la fin de l'année.",
            "Le satellite, d'une masse de 850 kilogrammes, a été placé sur une orbite héliosynchrone à 700 "
            "kilomètres d'altitude. Ses instruments infrarouges, mis au point au laboratoire de Météo-France, "
            "permettront de suivre l'évolution des vagues de chaleur marines en Méditerranée.",
            "Pour Arianespace, ce lancement marque le retour en grâce de Vega-C après plusieurs années de "
            "difficultés. « La fiabilité est de retour », s'est félicité son directeur général, Philippe Moreau, "
            "qui annonce six lancements pour l'an prochain.",
            "Le coût total de la mission atteint 320 millions d'euros, financés pour moitié par l'Agence spatiale "
            "européenne. Les données seront mises gratuitement à disposition des chercheurs du monde entier.",
            "À Toulouse, plus de 300 ingénieurs et techniciens ont travaillé sur le projet pendant huit ans. Le "
            "CNES prévoit déjà une mission successeure, plus légère, dont la décision de lancement doit être prise "
            "lors du prochain conseil ministériel de l'Agence spatiale européenne, à Brême, en novembre 2027.",
        ],
        related=["Ariane 6 : le calendrier 2027", "Climat : les océans se réchauffent plus vite"],
        most=["Airbus : les livraisons accélèrent", "Toulouse : le métro ligne C en test"],
        persons=["Hélène Vidal", "Philippe Moreau"],
        organizations=["Centre spatial guyanais", "Centre national d'études spatiales", "CNES",
                       "Thales Alenia Space", "Météo-France", "Arianespace", "Agence spatiale européenne"],
        places=["Kourou", "Toulouse", "Méditerranée", "Brême"],
        quotes=[("Ces données nous manquaient pour affiner les", "Hélène Vidal"),
                ("La fiabilité est de retour", "Philippe Moreau")],
        feed=dict(pubDate=None, feed_published_at=None),
    ),
]
