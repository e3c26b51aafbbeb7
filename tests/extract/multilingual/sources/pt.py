"""Portuguese pages (Portugal and Brazil): prose and labels written by hand."""

CASES = [
    dict(
        nn="01", cms="wp", section="Sociedade", htmllang="pt-PT",
        url="https://www.diariodotejo.pt/sociedade/lisboa-metro-linha-circular-abertura-2026-11-18/",
        site="Diário do Tejo",
        title="Linha circular do Metro de Lisboa abre em dezembro – Diário do Tejo",
        h1="Linha circular do Metro de Lisboa abre em dezembro",
        description="A nova ligação entre Rato e Cais do Sodré entra em funcionamento a 14 de dezembro.",
        published="2026-11-18T09:15:00+00:00", precision="minute",
        authors=["João Silva"], orgs=["Lusa"],
        byline="Por João Silva, com Lusa",
        m="ld:graph lda:person og apt date:time",
        body=[
            "A linha circular do Metropolitano de Lisboa vai entrar em funcionamento a 14 de dezembro, anunciou "
            "esta quarta-feira a empresa. A nova ligação entre as estações do Rato e do Cais do Sodré, com duas "
            "novas estações em Estrela e Santos, fecha o anel que passa a servir o centro da cidade.",
            "«Estamos a falar da maior alteração da rede desde a expansão para o aeroporto», afirmou o presidente "
            "do Metropolitano de Lisboa, Vítor Damasceno Santos, numa visita às obras com jornalistas. Os "
            "comboios vão circular a cada quatro minutos nas horas de ponta.",
            "A obra, que custou cerca de 330 milhões de euros e foi parcialmente financiada pelo Plano de "
            "Recuperação e Resiliência, sofreu vários atrasos por causa de problemas geológicos junto ao rio "
            "Tejo.",
            "Nem todos estão satisfeitos. A Comissão de Utentes de Odivelas critica o fim da ligação direta da "
            "linha amarela ao centro. «Quem vem de Odivelas vai passar a ter de mudar de comboio no Campo Grande», "
            "disse a porta-voz Teresa Mourão.",
            "O ministro das Infraestruturas, Miguel Cabral Antunes, garantiu que o Governo vai avaliar o impacto "
            "da mudança nos primeiros seis meses. A Câmara Municipal de Lisboa prevê reforçar as carreiras da "
            "Carris nas zonas afetadas.",
            "O Metropolitano espera transportar mais 20 milhões de passageiros por ano com a nova configuração "
            "da rede.",
        ],
        related=["Metro de Lisboa: as novas estações por dentro", "Carris alarga horário noturno"],
        most=["Benfica vence em Braga", "Chuva forte no Alentejo"],
        persons=["Vítor Damasceno Santos", "Teresa Mourão", "Miguel Cabral Antunes"],
        organizations=["Metropolitano de Lisboa", "Comissão de Utentes de Odivelas", "Câmara Municipal de Lisboa",
                       "Carris"],
        places=["Lisboa", "Rato", "Cais do Sodré", "Estrela", "Santos", "Tejo", "Odivelas", "Campo Grande"],
        quotes=[("Estamos a falar da maior alteração da rede", "Vítor Damasceno Santos"),
                ("Quem vem de Odivelas vai passar a ter", "Teresa Mourão")],
    ),
    dict(
        nn="02", cms="arc", section="Política", htmllang="pt-BR",
        url="https://www.correiodoplanalto.com.br/politica/2026/11/camara-aprova-reforma-tributaria-renda.shtml",
        site="Correio do Planalto",
        title="Câmara aprova isenção do IR para quem ganha até R$ 5 mil - Correio do Planalto",
        h1="Câmara aprova isenção do IR para quem ganha até R$ 5 mil",
        kicker="Reforma tributária",
        description="Texto segue para o Senado e pode valer a partir de 2027.",
        published="2026-11-11T21:40:00-03:00", precision="minute",
        modified="2026-11-12T08:05:00-03:00",
        authors=["Fernanda Oliveira", "Rafael Costa"], orgs=[],
        byline="Fernanda Oliveira e Rafael Costa",
        m="ld:plain lda:persons og tw apt date:time",
        body=[
            "A Câmara dos Deputados aprovou na noite desta quarta-feira o projeto que isenta do Imposto de Renda "
            "quem ganha até R$ 5 mil por mês. O texto recebeu 412 votos favoráveis e 38 contrários e segue agora "
            "para o Senado Federal.",
            "Para compensar a perda de arrecadação, estimada em R$ 27 bilhões por ano, o projeto cria uma "
            "alíquota mínima para rendas acima de R$ 50 mil mensais. «Estamos corrigindo uma injustiça histórica "
            "do sistema tributário brasileiro», afirmou o relator, deputado Paulo Henrique Barreto, no plenário.",
            "A oposição votou majoritariamente a favor da isenção, mas criticou a taxação das rendas mais altas. "
            "O líder do PL na Câmara, Sérgio Medeiros, disse que a medida «vai afugentar investimentos do país».",
            "O Ministério da Fazenda comemorou a aprovação. Em Brasília, a ministra Luciana Prado afirmou que a "
            "mudança beneficia cerca de 10 milhões de contribuintes. Economistas ouvidos pela reportagem, porém, "
            "alertam que a compensação pode ser insuficiente.",
            "No Senado, o presidente da Comissão de Assuntos Econômicos prometeu votar o texto ainda este ano. "
            "Para valer em 2027, a lei precisa ser sancionada até 31 de dezembro.",
            "Estados e municípios também acompanham o debate, já que parte da arrecadação do Imposto de Renda é "
            "repartida por meio dos fundos de participação.",
        ],
        related=["Quem ganha com a isenção do IR", "Senado deve votar até dezembro"],
        most=["Flamengo vence clássico no Maracanã", "Calor de 40 graus em São Paulo"],
        persons=["Paulo Henrique Barreto", "Sérgio Medeiros", "Luciana Prado"],
        organizations=["Câmara dos Deputados", "Senado Federal", "PL", "Ministério da Fazenda",
                       "Comissão de Assuntos Econômicos"],
        places=["Brasília"],
        quotes=[("Estamos corrigindo uma injustiça histórica do sistema", "Paulo Henrique Barreto"),
                ("vai afugentar investimentos do país", "Sérgio Medeiros")],
        feed=dict(pubDate="Thu, 12 Nov 2026 00:40:00 GMT", feed_published_at="2026-11-12T00:40:00+00:00"),
    ),
    dict(
        nn="03", cms="drupal", section="Norte", htmllang="pt-PT",
        url="https://www.jornaldonorte.pt/norte/porto-habitacao-renda-acessivel-campanha-2291034",
        site="Jornal do Norte",
        title="Habitação Porto 2027: renda acessível, candidaturas, valores | Jornal do Norte",
        og_title="Porto lança 800 casas de renda acessível",
        h1="Câmara do Porto lança concurso para 800 casas de renda acessível",
        description="As candidaturas abrem em janeiro.",
        published="2026-11-24T12:30:00+00:00", precision="minute",
        authors=["Ana Rita Ferreira"], orgs=[],
        byline="Ana Rita Ferreira",
        m="og apt mauthor date:time",
        body=[
            "A Câmara Municipal do Porto vai lançar em janeiro um concurso para 800 casas de renda acessível, "
            "distribuídas por bairros como Campanhã, Bonfim e Ramalde. As rendas vão variar entre 250 e 600 "
            "euros, consoante a tipologia e o rendimento das famílias.",
            "«O Porto não pode ser uma cidade só para turistas e para quem tem rendimentos muito altos», afirmou "
            "o presidente da câmara, Rui Teixeira Lopes, na apresentação do programa. A autarquia quer dar "
            "prioridade a jovens, famílias monoparentais e trabalhadores de serviços essenciais.",
            "As casas resultam da reabilitação de edifícios municipais e da construção de novos blocos com apoio "
            "do Instituto da Habitação e da Reabilitação Urbana. O investimento total ronda os 140 milhões de "
            "euros.",
            "A Associação dos Inquilinos do Norte de Portugal considera o número insuficiente. «Só no ano passado "
            "houve mais de 6.000 candidaturas para 300 casas», lembrou a dirigente Marta Sousa.",
            "Os preços da habitação no Porto subiram 12% no último ano, segundo o Instituto Nacional de "
            "Estatística, acima da média nacional. Em Vila Nova de Gaia e Matosinhos, as autarquias preparam "
            "programas semelhantes.",
            "As candidaturas serão feitas exclusivamente através do portal da câmara, e o sorteio está previsto "
            "para março.",
            "Quem não for sorteado ficará numa lista de espera válida por dois anos, adiantou a vereadora da "
            "Habitação.",
        ],
        related=["Rendas no Porto: quanto custa um T2", "Alojamento local volta a crescer"],
        most=["FC Porto empata em Guimarães", "Metro do Porto: linha rosa atrasa"],
        persons=["Rui Teixeira Lopes", "Marta Sousa"],
        organizations=["Câmara Municipal do Porto", "Instituto da Habitação e da Reabilitação Urbana",
                       "Associação dos Inquilinos do Norte de Portugal", "Instituto Nacional de Estatística"],
        places=["Porto", "Campanhã", "Bonfim", "Ramalde", "Vila Nova de Gaia", "Matosinhos"],
        quotes=[("O Porto não pode ser uma cidade só", "Rui Teixeira Lopes"),
                ("Só no ano passado houve mais de 6.000", "Marta Sousa")],
    ),
    dict(
        nn="04", cms="custom", section="Economia", htmllang="pt-BR",
        url="https://www.gazetadosul.com.br/economia/porto-alegre-enchente-reconstrucao-fabricas-8812",
        site="Gazeta do Sul",
        title="Gazeta do Sul: Indústria gaúcha retoma produção dois anos após enchentes",
        h1="Indústria gaúcha retoma produção dois anos após enchentes",
        description="Levantamento da Fiergs mostra recuperação desigual.",
        published="2026-11-06T07:45:00-03:00", precision="minute",
        authors=[], orgs=["Agência Brasil"],
        byline="Agência Brasil",
        m="date:time",
        body=[
            "Dois anos depois das enchentes que devastaram o Rio Grande do Sul, a indústria gaúcha voltou ao nível "
            "de produção anterior à tragédia, segundo levantamento divulgado nesta sexta-feira pela Federação das "
            "Indústrias do Estado do Rio Grande do Sul (Fiergs).",
            "A recuperação, porém, é desigual. Em Canoas e Eldorado do Sul, cidades mais atingidas, cerca de 15% "
            "das empresas ainda não retomaram totalmente as atividades. «Muitas pequenas indústrias perderam "
            "máquinas e não conseguiram crédito a tempo», disse o presidente da Fiergs, Cláudio Berger Neto.",
            "O governo do estado destaca os programas de reconstrução. O governador Eduardo Lemos afirmou em Porto "
            "Alegre que R$ 6 bilhões foram liberados em financiamentos com juros reduzidos por meio do Banco "
            "Regional de Desenvolvimento do Extremo Sul (BRDE).",
            "As obras de proteção contra cheias avançam mais devagar. O novo sistema de diques do Guaíba só deve "
            "ficar pronto em 2029. «Sem essas obras, o risco continua alto», alertou o engenheiro hidrólogo "
            "Marcelo Dutra, da Universidade Federal do Rio Grande do Sul.",
            "O setor calçadista, concentrado no Vale do Sinos, foi um dos que mais demoraram a se recuperar e "
            "ainda registra 4 mil empregos a menos do que antes das enchentes.",
            "A Fiergs pede a prorrogação das linhas de crédito especiais, que vencem em março.",
        ],
        related=["Enchentes: o que mudou no Guaíba"],
        most=["Grêmio vence Gre-Nal", "Frente fria traz chuva ao estado"],
        persons=["Cláudio Berger Neto", "Eduardo Lemos", "Marcelo Dutra"],
        organizations=["Federação das Indústrias do Estado do Rio Grande do Sul", "Fiergs",
                       "Banco Regional de Desenvolvimento do Extremo Sul", "BRDE",
                       "Universidade Federal do Rio Grande do Sul"],
        places=["Rio Grande do Sul", "Canoas", "Eldorado do Sul", "Porto Alegre", "Guaíba", "Vale do Sinos"],
        quotes=[("Muitas pequenas indústrias perderam máquinas e não", "Cláudio Berger Neto"),
                ("Sem essas obras, o risco continua alto", "Marcelo Dutra")],
    ),
    dict(
        nn="05", cms="next", section="Cultura", htmllang="pt-PT",
        url="https://www.ojornalcultural.pt/cultura/coimbra-universidade-biblioteca-joanina-restauro",
        site="O Jornal Cultural",
        title="Biblioteca Joanina reabre após restauro | O Jornal Cultural",
        h1="Biblioteca Joanina reabre após restauro",
        description="O restauro dos tetos pintados durou três anos.",
        published="2026-10-21T18:00:00+01:00", precision="minute",
        authors=["Inês Carvalho"], orgs=[],
        byline="Inês Carvalho",
        m="ld:array lda:string og date:time",
        body=[
            "A Biblioteca Joanina, na Universidade de Coimbra, reabre ao público no sábado depois de três anos de "
            "obras de restauro. Os trabalhos incidiram sobre os tetos pintados, as estantes em madeira exótica e o "
            "sistema de controlo de humidade que protege cerca de 60 mil livros antigos.",
            "«Devolvemos à biblioteca o brilho que tinha no século XVIII», afirmou a diretora do projeto de "
            "restauro, Helena Vasconcelos, durante uma visita para a imprensa. A equipa recuperou folhas de ouro "
            "que estavam escondidas sob camadas de verniz.",
            "A intervenção custou 4,2 milhões de euros, financiados pela universidade, pela Direção-Geral do "
            "Património Cultural e por mecenas privados. A famosa colónia de morcegos, que ajuda a proteger os "
            "livros de insetos, manteve-se no edifício durante as obras.",
            "O reitor da Universidade de Coimbra, Amílcar Faria Rocha, espera que o número de visitantes volte "
            "a ultrapassar os 500 mil por ano. As visitas passam a ser feitas com marcação e em grupos mais "
            "pequenos, para reduzir o impacto na conservação.",
            "A Joanina integra o conjunto classificado pela UNESCO como Património Mundial desde 2013, juntamente "
            "com o Paço das Escolas e a Rua da Sofia.",
            "Durante o primeiro fim de semana, a entrada será gratuita para os residentes em Coimbra.",
        ],
        related=["Coimbra: os segredos da Universidade"],
        most=["Académica sobe de divisão", "Feira do Livro de Coimbra"],
        persons=["Helena Vasconcelos", "Amílcar Faria Rocha"],
        organizations=["Universidade de Coimbra", "Direção-Geral do Património Cultural", "UNESCO"],
        places=["Coimbra", "Paço das Escolas", "Rua da Sofia"],
        quotes=[("Devolvemos à biblioteca o brilho que tinha", "Helena Vasconcelos")],
    ),
    dict(
        nn="06", cms="wp", section="Cidades", htmllang="pt-BR",
        url="https://www.diariocarioca.com.br/cidades/rio-de-janeiro-brt-transbrasil-passageiros/",
        site="Diário Carioca",
        title="BRT Transbrasil bate recorde de passageiros no Rio – Diário Carioca",
        h1="BRT Transbrasil bate recorde de passageiros no Rio",
        description="O corredor transportou 260 mil pessoas em um único dia.",
        published="2026-11-27T10:20:00-03:00", precision="minute",
        authors=[], orgs=["Folhapress"],
        byline="Folhapress",
        m="ld:graph lda:org md:pubdate og ogt:title date:time",
        body=[
            "O corredor BRT Transbrasil, que liga Deodoro ao centro do Rio de Janeiro pela Avenida Brasil, bateu "
            "recorde de passageiros nesta quinta-feira, com 260 mil viagens em um único dia, segundo a empresa "
            "municipal Mobi-Rio.",
            "«O carioca voltou a confiar no BRT», afirmou o secretário municipal de Transportes, Jorge Arantes "
            "Filho, ao comentar os números. Segundo ele, a frota foi renovada e o intervalo médio entre os "
            "ônibus caiu para três minutos nos horários de pico.",
            "O sistema enfrentou anos de crise, com estações depredadas e ônibus lotados. A Prefeitura do Rio "
            "assumiu a operação em 2021 e investiu na recuperação das estações e na compra de veículos novos.",
            "Passageiros reconhecem a melhora, mas reclamam da lotação. «Está melhor, mas de manhã ainda é "
            "difícil entrar no ônibus em Campo Grande», contou a técnica de enfermagem Juliana Matos, que faz o "
            "trajeto todos os dias.",
            "A prefeitura estuda integrar o BRT ao sistema de trens da SuperVia com bilhete único. O Ministério "
            "das Cidades prometeu recursos para ampliar o corredor até Santa Cruz.",
            "Especialistas em mobilidade, como os pesquisadores da Universidade Federal do Rio de Janeiro, "
            "apontam que o corredor pode reduzir o tempo de viagem da zona oeste ao centro em até 40 minutos.",
        ],
        related=["Metrô do Rio terá nova estação"],
        most=["Fluminense vence no Maracanã", "Calor: Rio registra 42 graus"],
        persons=["Jorge Arantes Filho", "Juliana Matos"],
        organizations=["Mobi-Rio", "Prefeitura do Rio", "SuperVia", "Ministério das Cidades",
                       "Universidade Federal do Rio de Janeiro"],
        places=["Deodoro", "Rio de Janeiro", "Avenida Brasil", "Campo Grande", "Santa Cruz"],
        quotes=[("O carioca voltou a confiar no BRT", "Jorge Arantes Filho"),
                ("Está melhor, mas de manhã ainda é", "Juliana Matos")],
    ),
    dict(
        nn="07", cms="drupal", section="Madeira", htmllang="pt-PT",
        url="https://www.jornaldoatlantico.pt/2026/11/13/funchal-aeroporto-vento-voos-cancelados/",
        site="Jornal do Atlântico",
        title="Vento forte cancela dezenas de voos no aeroporto da Madeira | Jornal do Atlântico",
        h1="Vento forte cancela dezenas de voos no aeroporto da Madeira",
        description="Milhares de passageiros ficaram retidos.",
        published="2026-11-13", precision="day",
        authors=[], orgs=[],
        byline="Redação",
        m="date:none",
        body=[
            "O vento forte obrigou ao cancelamento de 74 voos no Aeroporto Internacional da Madeira Cristiano "
            "Ronaldo, deixando cerca de 9.000 passageiros retidos no Funchal e em vários aeroportos do continente "
            "e do estrangeiro.",
            "As rajadas ultrapassaram os 90 quilómetros por hora ao longo do dia, acima dos limites de segurança "
            "definidos para a pista de Santa Cruz. Vários aviões que vinham de Lisboa e do Porto tiveram de "
            "divergir para o Porto Santo e para as Canárias.",
            "«Estamos a trabalhar com as companhias aéreas para garantir alojamento a todos os passageiros», "
            "disse o secretário regional do Turismo, Eduardo Gouveia Freitas. A ANA Aeroportos de Portugal montou "
            "uma zona de apoio no terminal com água e refeições.",
            "O Instituto Português do Mar e da Atmosfera manteve o aviso laranja para o arquipélago até ao fim "
            "do dia seguinte. A agitação marítima também levou ao cancelamento das ligações do ferry entre o "
            "Funchal e o Porto Santo.",
            "Os empresários do turismo voltaram a pedir a construção de um segundo aeroporto ou de medidas que "
            "reduzam o efeito do vento na aproximação à pista. A Associação Comercial e Industrial do Funchal "
            "estima perdas de vários milhões de euros sempre que o aeroporto fecha.",
            "A situação deverá normalizar ao longo do fim de semana, segundo as previsões.",
        ],
        related=["Vento na Madeira: o que dizem os pilotos"],
        most=["Marítimo vence nos Barreiros", "Nova levada reabre no Rabaçal"],
        persons=["Eduardo Gouveia Freitas"],
        organizations=["Aeroporto Internacional da Madeira Cristiano Ronaldo", "ANA Aeroportos de Portugal",
                       "Instituto Português do Mar e da Atmosfera", "Associação Comercial e Industrial do Funchal"],
        places=["Madeira", "Funchal", "Santa Cruz", "Lisboa", "Porto", "Porto Santo", "Canárias"],
        quotes=[("Estamos a trabalhar com as companhias aéreas", "Eduardo Gouveia Freitas")],
    ),
    dict(
        nn="08", cms="arc", section="Mundo", htmllang="pt-BR",
        url="https://www.correiodoplanalto.com.br/mundo/2026/11/cop31-acordo-florestas-belem-financiamento.shtml",
        site="Correio do Planalto",
        title="Países fecham fundo de US$ 25 bi para florestas tropicais | Correio do Planalto",
        h1="Países fecham fundo de US$ 25 bi para florestas tropicais",
        description="O fundo remunera países que mantêm suas florestas em pé.",
        published="2026-11-21T19:30:00-03:00", precision="minute",
        ld_pub="2026-11-21T22:30:00Z",
        authors=["Beatriz Nogueira"], orgs=[],
        byline="Beatriz Nogueira, enviada especial a Adis Abeba",
        m="ld:plain lda:person og date:time",
        body=[
            "Representantes de 42 países fecharam neste sábado, em Adis Abeba, um acordo para capitalizar com "
            "US$ 25 bilhões o fundo Florestas Tropicais para Sempre, mecanismo proposto pelo Brasil para "
            "remunerar países que preservam suas florestas.",
            "«É a primeira vez que o mundo paga para manter a floresta em pé, e não para derrubá-la», afirmou a "
            "ministra do Meio Ambiente, Cristina Albuquerque, após a reunião. Noruega, Alemanha e Emirados Árabes "
            "Unidos estão entre os maiores contribuintes.",
            "O fundo vai pagar cerca de US$ 4 por hectare preservado por ano, com descontos para cada hectare "
            "desmatado. Pelo menos 20% dos recursos devem ir diretamente para povos indígenas e comunidades "
            "tradicionais.",
            "Organizações ambientalistas elogiaram o acordo, mas lembram que o valor ainda está abaixo da meta "
            "inicial de US$ 125 bilhões. «É um começo importante, mas precisa crescer rápido», disse Mariana "
            "Pires, do Observatório do Clima.",
            "Além do Brasil, a República Democrática do Congo e a Indonésia, que abrigam as maiores florestas "
            "tropicais do planeta, devem ser os principais beneficiados. O Banco Mundial será o gestor "
            "financeiro do fundo.",
            "Os primeiros pagamentos estão previstos para 2028, com base nos dados de satélite de 2027.",
            "A próxima reunião dos países participantes, marcada para junho, vai definir as regras de "
            "verificação e o papel dos governos estaduais na distribuição dos recursos.",
        ],
        related=["Desmatamento na Amazônia cai pelo terceiro ano"],
        most=["Dólar fecha em queda", "Seleção convoca novatos"],
        persons=["Cristina Albuquerque", "Mariana Pires"],
        organizations=["Florestas Tropicais para Sempre", "Observatório do Clima", "Banco Mundial"],
        places=["Adis Abeba", "Brasil", "Noruega", "Alemanha", "Emirados Árabes Unidos",
                "República Democrática do Congo", "Indonésia"],
        quotes=[("É a primeira vez que o mundo paga", "Cristina Albuquerque"),
                ("É um começo importante, mas precisa crescer", "Mariana Pires")],
        feed=dict(pubDate="Tue, 24 Nov 2026 12:00:00 GMT", feed_published_at="2026-11-24T12:00:00+00:00"),
    ),
    dict(
        nn="09", cms="custom", section="Algarve", htmllang="pt-PT",
        url="https://www.osuldiario.pt/algarve/faro-seca-barragens-racionamento-agricultura-5523",
        site="O Sul Diário",
        title="O Sul Diário - Seca: Algarve prepara cortes na água para a agricultura",
        h1="Seca: Algarve prepara cortes na água para a agricultura",
        description="As barragens da região estão abaixo de 20% da capacidade.",
        published="2026-11-09T16:50:00+00:00", precision="minute",
        authors=["Pedro Martins"], orgs=[],
        byline="Pedro Martins, em Faro",
        m="md:dc.date date:text",
        body=[
            "O Governo vai reduzir em 25% a água disponível para a agricultura no Algarve a partir de janeiro, "
            "caso o inverno não traga chuva suficiente. As barragens da região estão abaixo de 20% da "
            "capacidade, segundo a Agência Portuguesa do Ambiente.",
            "«Temos de proteger primeiro o abastecimento às populações», afirmou em Faro a ministra do Ambiente, "
            "Sofia Calado Mendes, no final de uma reunião com os autarcas da região. O consumo urbano também "
            "terá cortes de 10%, sobretudo em regas de jardins e piscinas.",
            "Os agricultores contestam a medida. A associação de regantes do Sotavento diz que os pomares de "
            "citrinos e abacate podem não sobreviver. «Estão a condenar anos de investimento», lamentou o "
            "produtor Luís Guerreiro, de Silves.",
            "A Comunidade Intermunicipal do Algarve pede que avance rapidamente a central dessalinizadora de "
            "Albufeira, prevista para 2027, e a ligação ao rio Guadiana através do Pomarão.",
            "Os hotéis, que consomem grande parte da água no verão, comprometeram-se a reduzir gastos. A "
            "Associação dos Hotéis e Empreendimentos Turísticos do Algarve anunciou um plano de reutilização de "
            "águas residuais nos campos de golfe.",
            "Nos últimos cinco anos, a precipitação na região ficou sempre abaixo da média.",
            "Os autarcas de Loulé e Tavira admitem restringir a lavagem de ruas e a rega de espaços verdes já "
            "durante o mês de dezembro.",
        ],
        related=["Dessalinizadora: quando fica pronta"],
        most=["Portimonense perde em casa", "Aeroporto de Faro bate recorde"],
        persons=["Sofia Calado Mendes", "Luís Guerreiro"],
        organizations=["Agência Portuguesa do Ambiente", "Comunidade Intermunicipal do Algarve",
                       "Associação dos Hotéis e Empreendimentos Turísticos do Algarve"],
        places=["Algarve", "Faro", "Sotavento", "Silves", "Albufeira", "Guadiana", "Pomarão", "Loulé", "Tavira"],
        quotes=[("Temos de proteger primeiro o abastecimento às", "Sofia Calado Mendes"),
                ("Estão a condenar anos de investimento", "Luís Guerreiro")],
    ),
    dict(
        nn="10", cms="next", section="Ciência", htmllang="",
        url="https://www.cienciahoje.com.br/ciencia/butantan-vacina-dengue-aprovacao-anvisa",
        site="Ciência Hoje Brasil",
        title="Anvisa aprova vacina do Butantan contra a dengue | Ciência Hoje Brasil",
        tw_title="💉 Vacina de dose única contra a dengue aprovada",
        h1="Anvisa aprova vacina do Butantan contra a dengue",
        description="O imunizante de dose única deve chegar ao SUS em 2027.",
        published="2026-11-03T14:05:00-03:00", precision="minute",
        modified="2026-11-03T20:10:00-03:00",
        authors=["Lucas Andrade"], orgs=[],
        byline="Lucas Andrade",
        m="ld:graph lda:person ldtype:Article og oglocale:pt_BR tw date:time",
        body=[
            "A Agência Nacional de Vigilância Sanitária (Anvisa) aprovou nesta terça-feira a vacina contra a "
            "dengue desenvolvida pelo Instituto Butantan, em São Paulo. O imunizante é aplicado em dose única e "
            "teve eficácia de 79,6% nos estudos clínicos.",
            "«É uma conquista da ciência brasileira e do Sistema Único de Saúde», afirmou o diretor do Butantan, "
            "Ricardo Kesler Nunes. O instituto pretende produzir 60 milhões de doses no primeiro ano, em parceria "
            "com uma farmacêutica chinesa.",
            "O Ministério da Saúde informa que a vacina deve ser incorporada ao SUS a partir de fevereiro de 2027, "
            "começando pelas regiões com maior incidência da doença. A prioridade será a faixa etária de 15 a 59 "
            "anos.",
            "O Brasil registrou mais de 3 milhões de casos prováveis de dengue neste ano. Especialistas destacam "
            "que a vacina não substitui o combate ao mosquito Aedes aegypti. «A vacina é uma ferramenta "
            "poderosa, mas não resolve tudo sozinha», disse a infectologista Renata Figueiredo, da Fiocruz.",
            "A Organização Mundial da Saúde acompanha o processo e pode incluir a vacina na lista de "
            "pré-qualificação, o que permitiria a exportação para outros países da América Latina.",
            "O estudo clínico acompanhou mais de 16 mil voluntários durante cinco anos.",
            "A vacina poderá ser aplicada em pessoas que já tiveram dengue e também nas que nunca foram "
            "infectadas, segundo a bula aprovada.",
        ],
        related=["Dengue: como se proteger no verão"],
        most=["Corinthians vence o Palmeiras", "Onda de calor no Sudeste"],
        persons=["Ricardo Kesler Nunes", "Renata Figueiredo"],
        organizations=["Agência Nacional de Vigilância Sanitária", "Anvisa", "Instituto Butantan",
                       "Sistema Único de Saúde", "Ministério da Saúde", "SUS", "Fiocruz",
                       "Organização Mundial da Saúde"],
        places=["São Paulo", "Brasil", "América Latina"],
        quotes=[("É uma conquista da ciência brasileira e", "Ricardo Kesler Nunes"),
                ("A vacina é uma ferramenta poderosa, mas", "Renata Figueiredo")],
        feed=dict(pubDate="Tue, 03 Nov 2026 17:05:00 GMT", feed_published_at="2026-11-03T17:05:00+00:00"),
    ),
]
