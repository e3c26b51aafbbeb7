"""Spanish pages: prose and labels written by hand."""

CASES = [
    dict(
        nn="01", cms="arc", section="España", htmllang="es-ES",
        url="https://www.diariodelmeridiano.es/espana/2026-11-16/congreso-aprueba-ley-vivienda-alquiler_3982.html",
        site="Diario del Meridiano",
        title="El Congreso aprueba la reforma de la ley de vivienda | Diario del Meridiano",
        h1="El Congreso aprueba la reforma de la ley de vivienda",
        lead="La norma limita los alquileres de temporada y amplía las zonas tensionadas.",
        description="La norma limita los alquileres de temporada y amplía las zonas tensionadas.",
        published="2026-11-16T13:27:00+01:00", precision="minute",
        authors=["María López"], orgs=["EFE"],
        byline="Por María López | EFE",
        m="ld:graph lda:mixed og apt date:time",
        body=[
            "El Congreso de los Diputados aprobó este lunes la reforma de la ley de vivienda con 178 votos a favor, "
            "165 en contra y cuatro abstenciones. El texto limita los contratos de alquiler de temporada, que en "
            "los últimos años se habían multiplicado en ciudades como Madrid, Barcelona y Málaga, y obliga a "
            "justificar su uso con un motivo laboral o de estudios.",
            "«Hoy damos un paso decisivo para que los jóvenes puedan emanciparse», afirmó la ministra de Vivienda, "
            "Elena Castaño, durante el debate en el pleno. La ministra defendió que la reforma no interviene el "
            "mercado, sino que cierra los resquicios que habían dejado las anteriores normas.",
            "El Partido Popular votó en contra y anunció que recurrirá la ley ante el Tribunal Constitucional. Su "
            "portavoz de Vivienda, Alberto Serrano, aseguró que la norma «reducirá todavía más la oferta de pisos "
            "en alquiler» y acusó al Gobierno de invadir competencias de las comunidades autónomas.",
            "Las asociaciones de inquilinos celebraron la votación, aunque reclamaron sanciones más duras para los "
            "propietarios que incumplan. El Sindicato de Inquilinas de Madrid recordó que el precio medio del "
            "alquiler en la capital ha subido un 38 % en cinco años.",
            "Por su parte, la Asociación de Propietarios de Viviendas en Alquiler advirtió de que muchos pequeños "
            "caseros retirarán sus pisos del mercado. «Se está tratando a los propietarios como sospechosos», "
            "declaró su presidente, Fernando Ibarra.",
            "La ley pasará ahora al Senado, donde el PP tiene mayoría absoluta y podrá introducir enmiendas. Sin "
            "embargo, el Congreso tendrá la última palabra, por lo que se espera que la norma entre en vigor antes "
            "del verano. Las comunidades autónomas dispondrán de seis meses para declarar nuevas zonas "
            "tensionadas.",
        ],
        related=["Cuánto cuesta alquilar un piso en cada capital", "Los jóvenes se emancipan a los 30 años"],
        most=["La AEMET activa avisos por nieve en el norte", "El Real Madrid gana en Vigo"],
        tags=["Vivienda", "Congreso", "Alquiler"],
        persons=["Elena Castaño", "Alberto Serrano", "Fernando Ibarra"],
        organizations=["Congreso de los Diputados", "Partido Popular", "Tribunal Constitucional",
                       "Sindicato de Inquilinas de Madrid", "Asociación de Propietarios de Viviendas en Alquiler",
                       "Senado"],
        places=["Madrid", "Barcelona", "Málaga"],
        quotes=[("Hoy damos un paso decisivo para que", "Elena Castaño"),
                ("reducirá todavía más la oferta de pisos", "Alberto Serrano"),
                ("Se está tratando a los propietarios como", "Fernando Ibarra")],
    ),
    dict(
        nn="02", cms="wp", section="Nacional", htmllang="es-MX",
        url="https://www.heraldodelnorte.com.mx/nacional/monterrey-sequia-presa-el-cuchillo-reservas/",
        site="El Heraldo del Norte",
        title="El Heraldo del Norte | Monterrey enfrenta nuevos recortes de agua por la sequía",
        h1="Monterrey enfrenta nuevos recortes de agua por la sequía",
        description="La presa El Cuchillo está al 21 % de su capacidad.",
        published="2026-11-10T19:05:00-06:00", precision="minute",
        authors=["Ricardo Garza", "Ana Sofía Treviño"], orgs=[],
        byline="Por Ricardo Garza y Ana Sofía Treviño",
        m="ld:plain lda:string og date:time",
        body=[
            "Las autoridades de Nuevo León anunciaron este martes nuevos cortes programados en el suministro de "
            "agua para la zona metropolitana de Monterrey, ante el bajo nivel de las presas que abastecen a la "
            "ciudad. A partir del lunes, más de 40 colonias recibirán agua solo entre las 4:00 y las 10:00 horas.",
            "El director de Servicios de Agua y Drenaje de Monterrey, Héctor Villarreal, explicó que la presa El "
            "Cuchillo se encuentra al 21 % de su capacidad y la presa Cerro Prieto apenas supera el 9 %. «No "
            "podemos esperar a que se vacíen para actuar», señaló en conferencia de prensa.",
            "El gobernador Samuel Elizondo pidió a la población reducir el consumo y anunció que se acelerará la "
            "construcción del acueducto El Realito, que deberá aportar 5.000 litros por segundo. La obra lleva dos "
            "años de retraso por problemas con los contratistas.",
            "Vecinos de colonias del poniente como San Bernabé denunciaron que desde hace semanas reciben el agua "
            "de forma irregular. «Aquí los cortes empezaron mucho antes de que los anunciaran», dijo Rosa María "
            "Cantú, quien vende comida en un mercado local y tiene que comprar garrafones cada día.",
            "La Comisión Nacional del Agua (Conagua) informó que las lluvias de este año en el noreste del país "
            "fueron un 45 % inferiores al promedio histórico. Los especialistas advierten de que el problema se "
            "repetirá mientras no se modernice la red, que pierde casi un tercio del agua por fugas.",
            "Organizaciones empresariales de Nuevo León, donde se concentran numerosas plantas industriales, "
            "pidieron que los recortes no afecten a la producción y ofrecieron reutilizar agua tratada.",
        ],
        related=["¿Qué colonias tendrán cortes de agua esta semana?", "Así avanza el acueducto El Realito"],
        most=["Rayados vence a Tigres en el clásico regio", "Frente frío traerá heladas a la sierra"],
        persons=["Héctor Villarreal", "Samuel Elizondo", "Rosa María Cantú"],
        organizations=["Servicios de Agua y Drenaje de Monterrey", "Comisión Nacional del Agua", "Conagua"],
        places=["Nuevo León", "Monterrey", "El Cuchillo", "Cerro Prieto", "El Realito", "San Bernabé"],
        quotes=[("No podemos esperar a que se vacíen", "Héctor Villarreal"),
                ("Aquí los cortes empezaron mucho antes de que", "Rosa María Cantú")],
    ),
    dict(
        nn="03", cms="drupal", section="Andalucía",
        url="https://www.lavozdelsur.es/andalucia/sevilla-metro-linea-3-obras-adjudicacion-188231",
        site="La Voz del Sur",
        title="Metro de Sevilla línea 3: la Junta adjudica las obras del tramo norte - La Voz del Sur",
        og_title="La Junta adjudica las obras de la línea 3 del Metro de Sevilla",
        h1="Luz verde a la línea 3 del metro: las obras empezarán en primavera",
        description="La Junta de Andalucía adjudica por 412 millones el tramo norte.",
        published="2026-11-05T10:12:00+01:00", precision="minute",
        authors=["Carmen Ruiz"], orgs=[],
        byline="Carmen Ruiz",
        m="og apt mauthor date:time",
        body=[
            "La Junta de Andalucía adjudicó este jueves las obras del tramo norte de la línea 3 del Metro de "
            "Sevilla por 412 millones de euros a una unión temporal de empresas encabezada por Acciona. Los "
            "trabajos comenzarán en primavera y tendrán un plazo de ejecución de cuatro años.",
            "El consejero de Fomento, Antonio Requena, presentó el proyecto en San Telmo junto al alcalde de la "
            "ciudad, Manuel Ortega. «Es la mayor inversión en transporte público de la historia de Sevilla», "
            "aseguró Requena, que recordó que la línea lleva casi dos décadas en los planes de la administración.",
            "El tramo adjudicado tiene 7,5 kilómetros y 12 estaciones entre Pino Montano y el Prado de San "
            "Sebastián. Según las previsiones, transportará a unos 60.000 viajeros diarios y reducirá en 20.000 "
            "el número de coches que entran cada día en el centro.",
            "El alcalde pidió al Gobierno central que cumpla su compromiso de financiar el 50 % de la obra. «No "
            "vamos a permitir que la línea 3 se quede otra vez en un cajón», afirmó Ortega. El Ministerio de "
            "Transportes ha confirmado una primera partida en los presupuestos, pero no el calendario completo.",
            "Los vecinos de la Macarena, uno de los barrios más afectados por las obras, han pedido que se "
            "minimicen los cortes de tráfico. La asociación vecinal Macarena Viva reclamó reuniones periódicas "
            "con la empresa adjudicataria para conocer el plan de desvíos.",
            "La línea 1 del metro, la única en funcionamiento, transportó el año pasado más de 19 millones de "
            "viajeros, una cifra récord desde su inauguración en 2009.",
        ],
        related=["Las otras líneas del metro que siguen en el papel", "Tussam amplía su flota eléctrica"],
        most=["El Betis remonta en el descuento", "Tiempo en Sevilla: vuelve el calor en noviembre"],
        persons=["Antonio Requena", "Manuel Ortega"],
        organizations=["Junta de Andalucía", "Metro de Sevilla", "Acciona", "Ministerio de Transportes",
                       "Macarena Viva"],
        places=["Sevilla", "San Telmo", "Pino Montano", "Prado de San Sebastián", "Macarena"],
        quotes=[("Es la mayor inversión en transporte público", "Antonio Requena"),
                ("No vamos a permitir que la línea 3", "Manuel Ortega")],
    ),
    dict(
        nn="04", cms="custom", section="Galicia",
        url="https://www.atlanticogalego.es/galicia/vigo-puerto-pesca-flota-cuotas-bruselas-77120",
        site="Atlántico Galego",
        title="Atlántico Galego - La flota de Vigo teme el recorte de cuotas de merluza",
        h1="La flota de Vigo teme el recorte de cuotas de merluza",
        description="Bruselas propone reducir un 18 % las capturas en aguas del Gran Sol.",
        published="2026-11-24T08:50:00+01:00", precision="minute",
        authors=[], orgs=[],
        byline="Redacción",
        m="date:time",
        body=[
            "Los armadores del puerto de Vigo mostraron este martes su preocupación por la propuesta de la Comisión "
            "Europea de reducir un 18 % las cuotas de merluza en el caladero de Gran Sol para el próximo año. La "
            "medida afectaría a más de 70 barcos con base en Galicia y a cerca de 2.000 tripulantes.",
            "«Si se aplica este recorte, muchos barcos tendrán que amarrar durante meses», advirtió el gerente de "
            "la Cooperativa de Armadores de Pesca del Puerto de Vigo, Xosé Manuel Varela. A su juicio, los informes "
            "científicos muestran que la población de merluza se ha recuperado en los últimos años.",
            "La conselleira do Mar, Rosa Castro Lema, viajará a Bruselas la próxima semana para defender la "
            "posición del sector ante el comisario de Pesca. «Pedimos decisiones basadas en datos y no en "
            "calendarios políticos», declaró la conselleira en Santiago de Compostela.",
            "El Ministerio de Agricultura, Pesca y Alimentación también rechaza la propuesta y buscará aliados "
            "entre Francia e Irlanda, países que comparten el caladero. El reparto definitivo se decidirá en el "
            "Consejo de Ministros de Pesca de la Unión Europea a mediados de diciembre.",
            "Las organizaciones ecologistas, en cambio, apoyan la reducción. La fundación Oceana sostiene que "
            "algunas poblaciones de merluza siguen por debajo de los niveles recomendados y pide reforzar el "
            "control de los descartes.",
            "En la lonja de Vigo, la merluza de Gran Sol se vendió esta semana a una media de 7,40 euros el kilo, "
            "un precio que el sector considera insuficiente para cubrir el aumento del gasóleo.",
        ],
        related=["La lonja de Vigo bate su récord de ventas", "El relevo generacional, la otra crisis del mar"],
        most=["Vigo enciende las luces de Navidad", "El Celta suma un punto en Mestalla"],
        persons=["Xosé Manuel Varela", "Rosa Castro Lema"],
        organizations=["Comisión Europea", "Cooperativa de Armadores de Pesca del Puerto de Vigo",
                       "Ministerio de Agricultura, Pesca y Alimentación", "Oceana", "Unión Europea"],
        places=["Vigo", "Gran Sol", "Galicia", "Bruselas", "Santiago de Compostela", "Francia", "Irlanda"],
        quotes=[("Si se aplica este recorte, muchos barcos", "Xosé Manuel Varela"),
                ("Pedimos decisiones basadas en datos y no", "Rosa Castro Lema")],
    ),
    dict(
        nn="05", cms="next", section="Economía", htmllang="es-AR",
        url="https://www.elcronistadelplata.com.ar/economia/inflacion-octubre-indec-dato-n1129931",
        site="El Cronista del Plata",
        title="La inflación de octubre fue de 1,9% y acumula 24% en el año - El Cronista del Plata",
        h1="La inflación de octubre fue de 1,9% y acumula 24% en el año",
        description="El INDEC informó el dato más bajo desde 2021.",
        published="2026-11-13T16:02:00-03:00", precision="minute",
        modified="2026-11-13T18:40:00-03:00",
        authors=["Martín Acosta", "Julieta Benítez"], orgs=[],
        byline="Martín Acosta y Julieta Benítez",
        m="ld:array lda:persons og tw apt date:time",
        body=[
            "El Instituto Nacional de Estadística y Censos (INDEC) informó este jueves que la inflación de octubre "
            "fue de 1,9% mensual, el registro más bajo desde mediados de 2021. En los primeros diez meses del año, "
            "los precios acumulan un alza del 24%, y la variación interanual se ubicó en el 31%.",
            "Los rubros que más subieron fueron Educación y Vivienda, agua y electricidad, impulsados por los "
            "ajustes de tarifas en el Área Metropolitana de Buenos Aires. Alimentos y bebidas, el componente de "
            "mayor peso para los hogares de menores ingresos, aumentó un 1,5%.",
            "«Estamos consolidando el proceso de desinflación», afirmó el ministro de Economía, Gustavo Ferreyra, "
            "en una publicación en redes sociales. El funcionario sostuvo que el dato confirma la efectividad del "
            "ancla fiscal y anticipó que noviembre mostraría una cifra similar.",
            "Los economistas consultados coinciden en la tendencia, pero advierten sobre los riesgos. «La "
            "inflación núcleo todavía está por encima del 2%, y eso muestra que queda trabajo por hacer», explicó "
            "Carolina Duarte, directora de la consultora Ecolatina. También señaló que los salarios registrados "
            "apenas empataron con los precios en lo que va del año.",
            "El Banco Central de la República Argentina podría reducir nuevamente la tasa de política monetaria en "
            "su próxima reunión, según fuentes del mercado. En la city porteña, los bonos en dólares subieron "
            "hasta un 2% tras conocerse el dato.",
            "En Córdoba y Rosario, las cámaras de comercio reportaron que las ventas minoristas siguen por debajo "
            "del nivel del año pasado, pese a la desaceleración de los precios.",
        ],
        related=["Cuánto aumentan las prepagas en diciembre", "El dólar blue cerró estable"],
        most=["Boca empató en La Plata", "Alerta por tormentas en el AMBA"],
        persons=["Gustavo Ferreyra", "Carolina Duarte"],
        organizations=["Instituto Nacional de Estadística y Censos", "INDEC", "Ecolatina",
                       "Banco Central de la República Argentina"],
        places=["Buenos Aires", "Córdoba", "Rosario"],
        quotes=[("Estamos consolidando el proceso de desinflación", "Gustavo Ferreyra"),
                ("La inflación núcleo todavía está por encima", "Carolina Duarte")],
    ),
    dict(
        nn="06", cms="wp", section="Sociedad",
        url="https://www.lagacetadelebro.es/sociedad/zaragoza-hospital-miguel-servet-urgencias-gripe/",
        site="La Gaceta del Ebro",
        title="Las urgencias del Miguel Servet, al límite por la gripe – La Gaceta del Ebro",
        h1="Las urgencias del Miguel Servet, al límite por la gripe",
        description="El hospital zaragozano activa su plan de contingencia.",
        published="2026-11-30T12:35:00+01:00", precision="minute",
        authors=[], orgs=["Europa Press"],
        byline="Europa Press",
        m="ld:graph lda:org md:pubdate og ogt:title date:time",
        body=[
            "El Hospital Universitario Miguel Servet de Zaragoza activó este lunes su plan de contingencia ante el "
            "aumento de casos de gripe, que ha disparado la presión sobre el servicio de urgencias. Durante el fin "
            "de semana se atendieron más de 900 pacientes y algunos esperaron más de doce horas para ser "
            "ingresados.",
            "El consejero de Sanidad del Gobierno de Aragón, Javier Lasheras Ruiz, anunció la apertura de 60 camas "
            "adicionales y el refuerzo de las plantillas con personal de otros servicios. «La situación es "
            "exigente, pero está controlada», señaló en declaraciones a los medios en las Cortes de Aragón.",
            "Los sindicatos sanitarios denunciaron que el plan llega tarde. Desde el sindicato de enfermería SATSE "
            "recordaron que en octubre ya advirtieron de la falta de personal. «Cada invierno se repite la misma "
            "historia», lamentó su secretaria general en Aragón, Pilar Gimeno.",
            "Según los datos del sistema de vigilancia epidemiológica, la incidencia de gripe en la comunidad se "
            "sitúa en 180 casos por cada 100.000 habitantes, el doble que hace dos semanas. Los grupos más "
            "afectados son los menores de cinco años y los mayores de 80.",
            "La consejería pidió a la población que acuda a los centros de salud en lugar de a urgencias si los "
            "síntomas son leves, y recordó que la campaña de vacunación sigue abierta. Hasta ahora se ha vacunado "
            "el 58 % de los mayores de 65 años, por debajo del objetivo del Ministerio de Sanidad.",
            "El Hospital Clínico Lozano Blesa también ha ampliado su capacidad, aunque su situación es menos "
            "grave, según fuentes del centro.",
        ],
        related=["Dónde vacunarse de la gripe en Zaragoza"],
        most=["El Real Zaragoza cae en casa", "Cierzo: rachas de 90 kilómetros por hora"],
        persons=["Javier Lasheras Ruiz", "Pilar Gimeno"],
        organizations=["Hospital Universitario Miguel Servet", "Gobierno de Aragón", "Cortes de Aragón", "SATSE",
                       "Ministerio de Sanidad", "Hospital Clínico Lozano Blesa"],
        places=["Zaragoza", "Aragón"],
        quotes=[("La situación es exigente, pero está controlada", "Javier Lasheras Ruiz"),
                ("Cada invierno se repite la misma historia", "Pilar Gimeno")],
    ),
    dict(
        nn="07", cms="drupal", section="Comunitat Valenciana",
        url="https://www.levantealdia.es/2026/11/08/valencia-albufera-plan-regeneracion-arrozales/",
        site="Levante al Día",
        title="Valencia aprueba un plan para regenerar la Albufera | Levante al Día",
        h1="Valencia aprueba un plan para regenerar la Albufera",
        description="El plan destina 95 millones a depurar el agua del lago.",
        published="2026-11-08", precision="day",
        authors=["Javier Ruiz"], orgs=[],
        byline="Por Javier Ruiz",
        m="date:none",
        body=[
            "El Ayuntamiento de Valencia y la Generalitat Valenciana presentaron este domingo un plan conjunto para "
            "regenerar el lago de la Albufera, que destinará 95 millones de euros durante los próximos seis años a "
            "mejorar la calidad del agua y recuperar zonas húmedas degradadas.",
            "La alcaldesa, Teresa Vilanova, explicó que el plan incluye nuevas depuradoras en los municipios de "
            "l'Horta Sud y la creación de filtros verdes junto a los arrozales. «La Albufera no puede seguir "
            "recibiendo los vertidos de medio millón de personas», afirmó durante la presentación en El Palmar.",
            "Los agricultores acogieron el plan con cautela. La Unió de Llauradors i Ramaders advirtió de que la "
            "reducción del caudal para el riego podría poner en riesgo la campaña del arroz. Su portavoz, Vicent "
            "Sanchis, reclamó compensaciones para los productores que deban dejar parcelas inundadas en invierno.",
            "Los grupos ecologistas valoraron positivamente la inversión, aunque pidieron que se garantice el agua "
            "procedente del río Júcar. La Confederación Hidrográfica del Júcar tiene previsto revisar el caudal "
            "ecológico del lago el próximo año.",
            "La Albufera, parque natural desde 1986, sufrió graves daños tras las inundaciones de 2024, que "
            "arrastraron lodo y residuos hasta el lago. Desde entonces, los científicos de la Universitat de "
            "València han detectado una lenta recuperación de la vegetación acuática.",
            "El plan se someterá a información pública durante dos meses antes de su aprobación definitiva.",
        ],
        related=["Un año después de la dana: así está l'Horta Sud"],
        most=["El Valencia CF presenta su nuevo estadio", "Las Fallas 2027 ya tienen cartel"],
        persons=["Teresa Vilanova", "Vicent Sanchis"],
        organizations=["Ayuntamiento de Valencia", "Generalitat Valenciana", "La Unió de Llauradors i Ramaders",
                       "Confederación Hidrográfica del Júcar", "Universitat de València"],
        places=["Valencia", "Albufera", "l'Horta Sud", "El Palmar", "Júcar"],
        quotes=[("La Albufera no puede seguir recibiendo los vertidos", "Teresa Vilanova")],
    ),
    dict(
        nn="08", cms="arc", section="Internacional",
        url="https://www.diariodelmeridiano.es/internacional/2026-11-26/bolivia-elecciones-segunda-vuelta_4011.html",
        site="Diario del Meridiano",
        title="Bolivia irá a segunda vuelta por primera vez | Diario del Meridiano",
        h1="Bolivia irá a segunda vuelta por primera vez",
        description="Ningún candidato superó el umbral del 40 % con diez puntos de ventaja.",
        published="2026-11-26T03:10:00+01:00", precision="minute",
        ld_pub="2026-11-26T02:10:00Z",
        authors=["Diego Mendoza"], orgs=[],
        byline="Diego Mendoza, corresponsal en La Paz",
        m="ld:plain lda:person og date:time",
        body=[
            "Bolivia celebrará por primera vez en su historia una segunda vuelta presidencial. Con el 97 % de las "
            "actas escrutadas, el Tribunal Supremo Electoral informó en la madrugada que el exalcalde de Santa "
            "Cruz, Rodrigo Saavedra, obtiene el 34 % de los votos, frente al 29 % del senador Luis Choque.",
            "«El pueblo ha pedido un cambio y vamos a responder», declaró Saavedra ante sus seguidores en Santa "
            "Cruz de la Sierra. Choque, por su parte, llamó a la unidad de los movimientos sociales y aseguró en "
            "El Alto que «la segunda vuelta se gana en las calles».",
            "La jornada transcurrió con normalidad, según la misión de observación de la Organización de los "
            "Estados Americanos, aunque se registraron retrasos en la apertura de mesas en Cochabamba y Potosí. "
            "La participación alcanzó el 88 %, una cifra alta incluso para un país con voto obligatorio.",
            "La crisis económica marcó la campaña. La escasez de dólares y de combustible ha provocado largas colas "
            "en las gasolineras durante meses, y la inflación supera el 20 % anual. Ambos candidatos prometieron "
            "renegociar la deuda externa y atraer inversiones para explotar el litio del salar de Uyuni.",
            "Los analistas prevén una segunda vuelta muy disputada. «Los votos del tercer candidato serán "
            "decisivos», explicó la politóloga Verónica Rojas, de la Universidad Mayor de San Andrés. El balotaje "
            "está previsto para el 20 de diciembre.",
        ],
        related=["Quiénes son los candidatos en Bolivia", "El litio, la gran apuesta de Bolivia"],
        most=["El Mercosur cierra su cumbre", "Huracán en el Caribe: alerta en Cuba"],
        persons=["Rodrigo Saavedra", "Luis Choque", "Verónica Rojas"],
        organizations=["Tribunal Supremo Electoral", "Organización de los Estados Americanos",
                       "Universidad Mayor de San Andrés"],
        places=["Bolivia", "Santa Cruz de la Sierra", "El Alto", "Cochabamba", "Potosí", "Uyuni", "La Paz"],
        quotes=[("El pueblo ha pedido un cambio y vamos", "Rodrigo Saavedra"),
                ("la segunda vuelta se gana en las calles", "Luis Choque"),
                ("Los votos del tercer candidato serán decisivos", "Verónica Rojas")],
        feed=dict(pubDate="Sat, 28 Nov 2026 10:00:00 GMT", feed_published_at="2026-11-28T10:00:00+00:00"),
    ),
    dict(
        nn="09", cms="custom", section="Cultura",
        url="https://www.elfarodecantabria.es/cultura/santander-centro-botin-exposicion-chillida-5521",
        site="El Faro de Cantabria",
        title="El Centro Botín reúne 90 obras de Eduardo Chillida - El Faro de Cantabria",
        h1="El Centro Botín reúne 90 obras de Eduardo Chillida",
        description="La muestra podrá visitarse en Santander hasta abril.",
        published="2026-11-06T18:15:00+01:00", precision="minute",
        authors=["Lucía Fernández"], orgs=[],
        byline="Texto: Lucía Fernández / Fotos: Pablo Gil",
        m="md:dc.date date:text",
        body=[
            "El Centro Botín de Santander inaugura este sábado la mayor exposición dedicada a Eduardo Chillida en "
            "una década. La muestra reúne 90 obras del escultor vasco, entre piezas de hierro, alabastro y "
            "grabados, muchas de ellas procedentes del museo Chillida Leku de Hernani.",
            "«Chillida pensaba el espacio como un material más, igual que el acero o la piedra», explicó la "
            "comisaria, Marta Echeverría, durante la visita para la prensa. La exposición recorre seis décadas de "
            "trabajo y dedica una sala a los proyectos que nunca llegaron a construirse, como la montaña "
            "de Tindaya en Fuerteventura.",
            "Entre las piezas más llamativas figura una maqueta del Peine del Viento, la obra que el artista "
            "instaló en 1977 en la bahía de San Sebastián. También se exhiben cuadernos de trabajo inéditos, "
            "cedidos por la familia del escultor.",
            "El director del centro, Íñigo Sainz, destacó la relación del artista con Cantabria y con el mar. "
            "«Traer a Chillida frente a la bahía de Santander tiene un sentido especial», afirmó. La Fundación "
            "Botín espera superar los 150.000 visitantes durante los cinco meses que estará abierta la muestra.",
            "La exposición podrá visitarse hasta el 11 de abril. Los menores de 16 años y los residentes en "
            "Cantabria tendrán entrada gratuita los martes. El programa incluye además conferencias, talleres "
            "para escolares y un ciclo de cine sobre escultura contemporánea.",
        ],
        related=["Santander, capital del arte contemporáneo en el norte"],
        most=["El Racing sueña con el ascenso", "Temporal en la costa cántabra"],
        persons=["Eduardo Chillida", "Marta Echeverría", "Íñigo Sainz"],
        organizations=["Centro Botín", "Chillida Leku", "Fundación Botín"],
        places=["Santander", "Hernani", "Tindaya", "Fuerteventura", "San Sebastián", "Cantabria"],
        quotes=[("Chillida pensaba el espacio como un material", "Marta Echeverría"),
                ("Traer a Chillida frente a la bahía", "Íñigo Sainz")],
    ),
    dict(
        nn="10", cms="next", section="Catalunya",
        url="https://www.noticiesdelport.es/es/catalunya/barcelona-puerto-cruceros-tasa-turistica-aumento",
        site="Noticias del Port",
        title="Barcelona duplicará la tasa turística a los cruceristas | Noticias del Port",
        h1="Barcelona duplicará la tasa turística a los cruceristas",
        description="Los pasajeros que pasen menos de doce horas en la ciudad pagarán 8 euros.",
        published="2026-11-02T09:30:00+01:00", precision="minute",
        modified="2026-11-02T17:05:00+01:00",
        authors=["Núria Puig"], orgs=[],
        byline="Núria Puig",
        m="ld:graph lda:person ldtype:Article og apt date:time",
        body=[
            "El Ayuntamiento de Barcelona duplicará a partir de enero la tasa turística que pagan los pasajeros de "
            "cruceros que pasan menos de doce horas en la ciudad. El recargo pasará de cuatro a ocho euros por "
            "persona, según anunció este lunes el teniente de alcalde de Economía, Jordi Valls Ferrer.",
            "«Queremos que quien visita Barcelona unas horas contribuya a los servicios que utiliza», afirmó Valls, "
            "que calcula que la medida aportará unos 12 millones de euros adicionales al año. El dinero se "
            "destinará a la limpieza y al transporte público en los barrios más visitados, como Ciutat Vella.",
            "La Asociación Internacional de Líneas de Cruceros (CLIA) criticó la decisión y advirtió de que algunas "
            "navieras podrían trasladar escalas a otros puertos del Mediterráneo, como Marsella o Génova. «Se "
            "castiga a un sector que genera miles de empleos», señaló su director en España, Alfredo Serra.",
            "El Port de Barcelona recibió el año pasado 3,6 millones de cruceristas, una cifra récord. Las "
            "asociaciones vecinales llevan años reclamando limitar el número de barcos que atracan al mismo "
            "tiempo. La Federació d'Associacions Veïnals de Barcelona consideró la subida «insuficiente».",
            "La Generalitat de Catalunya, que gestiona el impuesto autonómico sobre estancias turísticas, estudia "
            "por su parte una reforma para gravar también los apartamentos turísticos de forma más intensa.",
            "La medida se aprobará de forma definitiva en el pleno municipal de diciembre.",
        ],
        related=["Cuántos cruceros llegan a Barcelona cada día"],
        most=["El Barça golea en Montjuïc", "Rodalies: nuevas incidencias en la R2"],
        persons=["Jordi Valls Ferrer", "Alfredo Serra"],
        organizations=["Ayuntamiento de Barcelona", "Asociación Internacional de Líneas de Cruceros", "CLIA",
                       "Port de Barcelona", "Federació d'Associacions Veïnals de Barcelona",
                       "Generalitat de Catalunya"],
        places=["Barcelona", "Ciutat Vella", "Marsella", "Génova", "España"],
        quotes=[("Queremos que quien visita Barcelona unas horas", "Jordi Valls Ferrer"),
                ("Se castiga a un sector que genera miles", "Alfredo Serra")],
        feed=dict(pubDate="Mon, 02 Nov 2026 08:30:00 GMT", feed_published_at="2026-11-02T08:30:00+00:00"),
    ),
]
