"""English pages: prose and labels written by hand."""

CASES = [
    dict(
        nn="01", cms="arc", section="Politics", htmllang="en-GB",
        url="https://www.tyneherald.co.uk/news/politics/newcastle-metro-funding-row-24871",
        site="Tyne Herald",
        title="Newcastle Metro funding row: mayor accuses Treasury of broken promise | Tyne Herald",
        h1="Metro mayor accuses Treasury of broken promise over new trains",
        description="Row over £180m funding for a second batch of Tyne and Wear Metro trains.",
        published="2026-11-12T06:00:00Z", precision="minute",
        authors=["Sarah Jones"], orgs=[],
        byline="By Sarah Jones, Tyne Herald political correspondent",
        m="ld:graph lda:person og apt date:time",
        body=[
            "The mayor of the North East has accused the Treasury of breaking a promise to fund a second batch of "
            "trains for the Tyne and Wear Metro, warning that passengers face years of breakdowns on the ageing "
            "network.",
            "Speaking at a transport summit in Newcastle on Wednesday, Rachel Tennant said the government had "
            "quietly dropped £180m of support that was agreed in principle last year. \u201cWe were told this "
            "money was safe, and now it has simply vanished from the spending plans,\u201d she said.",
            "The first of 46 new trains built by Stadler entered service this year, but Nexus, the body that runs "
            "the Metro, had planned to order a further 12 units to extend services to Washington and the "
            "Sunderland coast. Without the extra money, the old fleet would have to run until at least 2032.",
            "A Treasury spokesperson said no final decision had been taken. \u201cWe remain committed to "
            "investing in transport across the North East and will set out further details in due course,\u201d "
            "the spokesperson said.",
            "Local MPs from both main parties have written to the chancellor asking for an urgent meeting. "
            "Conservative MP David Armstrong, whose constituency includes part of the Metro network, said the "
            "region was once again being asked to \u201cmake do with second best\u201d.",
            "Passenger groups said reliability had improved since the new trains arrived but remained well below "
            "target. Figures published by Nexus last month showed that one in seven services was cancelled or "
            "delayed by more than five minutes during the summer.",
            "The mayor said she would raise the issue directly with ministers when she visits London next week.",
        ],
        related=["New Metro trains: what passengers need to know", "Bus fares capped at £2 across the region"],
        most=["Newcastle United sign Brazilian winger", "Storm warning for Northumberland coast"],
        tags=["Transport", "North East", "Metro"],
        persons=["Rachel Tennant", "David Armstrong"],
        organizations=["Treasury", "Tyne and Wear Metro", "Stadler", "Nexus"],
        places=["Newcastle", "Washington", "Sunderland", "London"],
        quotes=[("We were told this money was safe, and", "Rachel Tennant"),
                ("We remain committed to investing in transport across", None),
                ("make do with second best", "David Armstrong")],
    ),
    dict(
        nn="02", cms="wp", section="Business", htmllang="en-US",
        url="https://www.lakeshoreledger.com/business/2026/11/chicago-steel-plant-reopens-gary/",
        site="The Lakeshore Ledger",
        title="Idled steel plant near Gary to reopen with 1,100 jobs | The Lakeshore Ledger",
        h1="Idled steel plant near Gary to reopen with 1,100 jobs",
        description="A Pittsburgh-based company will restart the mill's electric arc furnaces next year.",
        published="2026-11-17T14:32:00-06:00", precision="minute",
        authors=["Michael Chen", "Laura Ortiz"], orgs=["Associated Press"],
        ld_author_str="Michael Chen and Laura Ortiz, Associated Press",
        byline="By Michael Chen and Laura Ortiz, Associated Press",
        m="ld:plain lda:string og date:time",
        body=[
            "A steel mill on the southern shore of Lake Michigan that has stood idle for four years will reopen "
            "next spring, bringing back about 1,100 jobs to northwest Indiana, the company that bought the site "
            "said Tuesday.",
            "Allegheny Forge, based in Pittsburgh, plans to invest $640 million to convert the plant near Gary to "
            "electric arc furnaces, which melt scrap metal and produce far less carbon dioxide than traditional "
            "blast furnaces. Production is expected to begin in April.",
            "\u201cThis is about proving that you can make steel in America that is both competitive and clean,"
            "\u201d Allegheny Forge chief executive Thomas Whitaker said at a news conference at the plant gates. "
            "He said the company had already signed supply agreements with two automakers in Michigan.",
            "Indiana Gov. Margaret Hale called the announcement \u201ca turning point for the Region\u201d and said "
            "the state would provide $85 million in tax credits tied to hiring targets. The United Steelworkers "
            "union said it had reached a preliminary agreement with the company covering wages and pensions.",
            "\u201cA lot of our members never thought they would walk back through these gates,\u201d said Luis "
            "Navarro, president of the union local that represented workers at the mill before it closed. Many "
            "former employees have been commuting to plants in Chicago and Ohio.",
            "The reopening comes as U.S. steel demand has been lifted by federal infrastructure spending, though "
            "analysts warn that imports from Asia continue to weigh on prices.",
        ],
        related=["Northwest Indiana's long road after the mill closures", "What electric arc furnaces mean for jobs"],
        most=["Bears fall to Packers in overtime", "Snow expected across Chicago area Friday"],
        persons=["Thomas Whitaker", "Margaret Hale", "Luis Navarro"],
        organizations=["Allegheny Forge", "United Steelworkers"],
        places=["Lake Michigan", "Indiana", "Pittsburgh", "Gary", "Michigan", "Chicago", "Ohio"],
        quotes=[("This is about proving that you can make", "Thomas Whitaker"),
                ("a turning point for the Region", "Margaret Hale"),
                ("A lot of our members never thought they", "Luis Navarro")],
    ),
    dict(
        nn="03", cms="drupal", section="Manitoba", htmllang="en-CA",
        url="https://www.prairiepost.ca/news/canada/manitoba/winnipeg-transit-overhaul-routes-1.7402281",
        site="Prairie Post News",
        title="Winnipeg Transit overhaul: new routes, frequency, what changes | Prairie Post News",
        og_title="Winnipeg's transit overhaul is finally here. Here's what changes",
        h1="Winnipeg's biggest transit overhaul in 50 years starts Sunday",
        description="Dozens of bus routes will be replaced by a new network of frequent lines.",
        published="2026-11-06T05:00:00-06:00", precision="minute",
        authors=["Jenna Kowalski"], orgs=[],
        byline="Jenna Kowalski",
        m="og apt mauthor date:time",
        body=[
            "Winnipeg Transit will replace almost every bus route in the city on Sunday, launching what officials "
            "call the biggest change to the system in half a century.",
            "The new network, approved by city council in 2021 after years of consultation, trades many "
            "meandering neighbourhood routes for a grid of frequent lines that run every 10 minutes or better "
            "during the day. Three rapid transit corridors will link downtown to the University of Manitoba, "
            "Polo Park and Transcona.",
            "\u201cSome people will have to walk a little farther to their stop, but they will wait a lot less and "
            "get where they are going faster,\u201d said transit director Gord Abernathy. He acknowledged that the "
            "first few weeks could be confusing for riders.",
            "Advocacy group Functional Transit Winnipeg has welcomed the change but warned that the city does not "
            "have enough drivers to deliver the promised service. The Amalgamated Transit Union Local 1505 says "
            "about 60 positions remain vacant.",
            "\u201cA great map doesn't help anybody if the bus doesn't show up,\u201d said union president Chris "
            "Sandhu.",
            "Mayor Dana Lavallee said the city had hired 140 new operators this year and would keep recruiting. "
            "Transit staff will be stationed at major stops through November to help riders, and the old route "
            "numbers will remain on printed maps until the end of the year.",
            "Riders in St. Vital and Fort Garry, where several routes are being merged, have raised concerns about "
            "longer walks in winter. The city says it will review the changes after six months.",
        ],
        related=["How to plan your trip on the new network", "Transit fares frozen for 2027"],
        most=["Jets win fifth straight", "Extreme cold warning for southern Manitoba"],
        persons=["Gord Abernathy", "Chris Sandhu", "Dana Lavallee"],
        organizations=["Winnipeg Transit", "University of Manitoba", "Functional Transit Winnipeg",
                       "Amalgamated Transit Union Local 1505"],
        places=["Winnipeg", "Polo Park", "Transcona", "St. Vital", "Fort Garry"],
        quotes=[("Some people will have to walk a little", "Gord Abernathy"),
                ("A great map doesn't help anybody if the", "Chris Sandhu")],
    ),
    dict(
        nn="04", cms="custom", section="World",
        url="https://www.globalwirenews.com/world/europe/norway-sovereign-fund-exits-mining-firms-ethics-2026",
        site="Global Wire News",
        title="Global Wire News: Norway's wealth fund drops three mining companies over ethics concerns",
        h1="Norway's wealth fund drops three mining companies over ethics concerns",
        description="The $1.8 trillion fund cited environmental damage and human rights risks.",
        published="2026-11-25T10:47:00Z", precision="minute",
        authors=[], orgs=["Reuters"],
        byline="By Reuters",
        m="date:time",
        body=[
            "Norway's $1.8 trillion sovereign wealth fund, the world's largest, said on Wednesday it had sold its "
            "stakes in three mining companies after its ethics council found an unacceptable risk of severe "
            "environmental damage and human rights violations.",
            "The fund, managed by Norges Bank Investment Management, did not disclose the value of the holdings. "
            "The companies operate copper and nickel mines in Indonesia, Peru and the Democratic Republic of Congo, "
            "according to the Council on Ethics, which advises the fund.",
            "\u201cThe companies have not shown that they are able or willing to prevent serious harm,\u201d the "
            "council's chair, Ingrid Haugland, said in a statement released in Oslo. Two of the firms had been "
            "placed under observation in 2023.",
            "The decision adds to a list of more than 180 companies the fund has excluded on ethical grounds, "
            "including tobacco makers and producers of certain weapons. The fund invests Norway's oil and gas "
            "revenues and owns on average 1.5% of every listed company in the world.",
            "Finance Minister Erlend Solvang told reporters in Oslo that the exclusions were \u201cabout managing "
            "long-term risk, not about politics\u201d. Environmental groups welcomed the move but said the fund "
            "should apply the same standard to its oil and gas holdings.",
            "One of the companies said it was disappointed and disputed the council's findings, adding that its "
            "operations complied with local law and international standards.",
        ],
        related=["Norway's fund posts record half-year profit"],
        most=["Oil prices edge higher", "Dollar slips against euro"],
        persons=["Ingrid Haugland", "Erlend Solvang"],
        organizations=["Norges Bank Investment Management", "Council on Ethics"],
        places=["Norway", "Indonesia", "Peru", "Democratic Republic of Congo", "Oslo"],
        quotes=[("The companies have not shown that they are", "Ingrid Haugland"),
                ("about managing long-term risk, not about politics", "Erlend Solvang")],
    ),
    dict(
        nn="05", cms="next", section="Ireland", htmllang="en-IE",
        url="https://www.liffeytimes.ie/news/ireland/dublin-housing-cork-galway-planning-approval-42219873.html",
        site="The Liffey Times",
        title="Plans for 4,000 homes on Dublin docklands site approved - The Liffey Times",
        h1="Plans for 4,000 homes on Dublin docklands site approved",
        description="An Coimisiún Pleanála granted permission for the Poolbeg West scheme.",
        published="2026-11-20T12:10:00Z", precision="minute",
        modified="2026-11-20T16:45:00Z",
        authors=["Aoife Brennan", "Conor Walsh"], orgs=[],
        byline="Aoife Brennan and Conor Walsh",
        m="ld:array lda:persons og tw apt date:time",
        body=[
            "Planning permission has been granted for almost 4,000 homes on the former Irish Glass Bottle site at "
            "Poolbeg West in Dublin, one of the largest housing developments in the history of the State.",
            "An Coimisiún Pleanála approved the scheme on Friday with conditions, including a requirement that at "
            "least 900 of the homes be social or affordable housing. The first residents could move in by 2029, "
            "according to the developer, Ringsend Quay Partners.",
            "\u201cThis is exactly the kind of scale we need if we are serious about ending the housing crisis,"
            "\u201d Minister for Housing Niall Fitzgerald said in Leinster House. He said the Government would "
            "fund a new school and a Luas extension to serve the area.",
            "Local residents' groups in Ringsend and Irishtown have raised concerns about traffic and the height "
            "of some buildings, which reach 18 storeys. \u201cNobody here is against homes, but the infrastructure "
            "has to come first,\u201d said Mary Doyle, who chairs the Ringsend Residents' Alliance.",
            "Dublin City Council said it would begin work on new cycle routes and a bridge across the River "
            "Dodder next year. Uisce \u00c9ireann has also committed to upgrading the water supply.",
            "The Central Statistics Office reported last week that new home completions in the first nine months "
            "of the year were up 11% on the same period in 2025, but economists say supply remains well short of "
            "demand in Dublin, Cork and Galway.",
        ],
        related=["Rents rise again in every county", "What the new planning law means for objections"],
        most=["Leinster name side for Champions Cup", "Met \u00c9ireann issues wind warning"],
        persons=["Niall Fitzgerald", "Mary Doyle"],
        organizations=["An Coimisiún Pleanála", "Ringsend Quay Partners", "Dublin City Council",
                       "Uisce \u00c9ireann", "Central Statistics Office", "Ringsend Residents' Alliance"],
        places=["Poolbeg West", "Dublin", "Ringsend", "Irishtown", "River Dodder", "Cork", "Galway"],
        quotes=[("This is exactly the kind of scale we", "Niall Fitzgerald"),
                ("Nobody here is against homes, but the infrastructure", "Mary Doyle")],
    ),
    dict(
        nn="06", cms="wp", section="UK News", htmllang="en-GB",
        url="https://www.westcountrydaily.co.uk/news/uk-news/bristol-clean-air-zone-revenue-report-7781102/",
        site="Westcountry Daily",
        title="Bristol clean air zone raised £28m in first two years, report finds | Westcountry Daily",
        h1="Bristol clean air zone raised £28m in first two years, report finds",
        description="Nitrogen dioxide levels fell by a quarter inside the zone.",
        published="2026-11-09T00:01:00Z", precision="minute",
        authors=[], orgs=["PA Media"],
        byline="PA Media",
        m="ld:graph lda:org md:parsely-pub-date og ogt:title date:time",
        body=[
            "Bristol's clean air zone raised \u00a328 million in charges and fines in its first two years while "
            "cutting nitrogen dioxide levels in the city centre by around a quarter, according to a report "
            "published by Bristol City Council.",
            "The zone, which charges older and more polluting vehicles \u00a39 a day for cars and \u00a3100 for "
            "lorries and coaches, came into force in November 2022. The council said 94% of vehicles now entering "
            "the zone are compliant, up from 71% when it launched.",
            "\u201cThe air our children breathe on the way to school is measurably cleaner,\u201d said council "
            "leader Tom Hargreaves. He said the surplus would be spent on bus priority measures and on grants to "
            "help small businesses replace their vans.",
            "Business groups remain critical. Business West said traders in Old Market and Bedminster had lost "
            "customers who chose to shop in out-of-town retail parks instead. \u201cThe benefits are real, but the "
            "costs have fallen on those least able to bear them,\u201d said its policy director, Helen Marsh.",
            "The Department for Environment, Food and Rural Affairs said the scheme had helped Bristol meet legal "
            "limits on air pollution earlier than forecast. Similar zones operate in Birmingham, Bath and "
            "Sheffield.",
            "The council will decide next year whether the zone can be wound down once pollution levels have "
            "remained within the legal limit for two consecutive years.",
        ],
        related=["Bath's clean air zone: three years on"],
        most=["Bristol City held at home", "M5 closed after crash near Avonmouth"],
        persons=["Tom Hargreaves", "Helen Marsh"],
        organizations=["Bristol City Council", "Business West",
                       "Department for Environment, Food and Rural Affairs"],
        places=["Bristol", "Old Market", "Bedminster", "Birmingham", "Bath", "Sheffield"],
        quotes=[("The air our children breathe on the way", "Tom Hargreaves"),
                ("The benefits are real, but the costs have", "Helen Marsh")],
    ),
    dict(
        nn="07", cms="drupal", section="Local",
        url="https://www.harbourcityecho.com.au/2026/11/03/hobart-ferry-service-derwent-expansion/",
        site="Harbour City Echo",
        title="Derwent ferry service to expand to Kingston and Bellerive | Harbour City Echo",
        h1="Derwent ferry service to expand to Kingston and Bellerive",
        description="The state government will fund two new terminals.",
        published="2026-11-03", precision="day",
        authors=[], orgs=[],
        byline="Staff reporter",
        m="date:none",
        body=[
            "Ferries on Hobart's River Derwent will stop at Kingston and Bellerive from next summer under a "
            "$36 million expansion announced by the Tasmanian Government on Tuesday.",
            "Infrastructure Minister Bridget Cawthorn said the service, which has carried commuters between "
            "Bellerive and Sullivans Cove since 2022, had proved more popular than expected. \u201cPeople have voted "
            "with their feet, and they want more ferries,\u201d she said.",
            "Two new terminals will be built, one at Kingston Beach and one at Lindisfarne, and the number of "
            "vessels will increase from two to five. Services will run every 20 minutes during peak hours.",
            "Kingborough Council mayor Paula Wrenfield welcomed the announcement but said parking at the new terminal "
            "would need careful planning. \u201cWe don't want to move the traffic jam from the Southern Outlet to "
            "Kingston Beach,\u201d she said.",
            "The RACT motoring group said the ferries were a welcome addition but would not replace the need for "
            "better bus services along the Channel Highway. Metro Tasmania is expected to announce changes to "
            "its southern routes early next year.",
            "The expansion will be funded partly through the Hobart City Deal with the federal government. "
            "Construction of the terminals is due to begin in March, subject to approvals from the Tasmanian "
            "Planning Commission.",
        ],
        related=["Hobart's traffic woes: what the data says"],
        most=["Cricket: Tasmania chase down 300", "Bushfire warning for the east coast"],
        persons=["Bridget Cawthorn", "Paula Wrenfield"],
        organizations=["Tasmanian Government", "Kingborough Council", "RACT", "Metro Tasmania",
                       "Tasmanian Planning Commission"],
        places=["Hobart", "River Derwent", "Kingston", "Bellerive", "Sullivans Cove", "Kingston Beach",
                "Lindisfarne"],
        quotes=[("People have voted with their feet, and they", "Bridget Cawthorn"),
                ("We don't want to move the traffic jam", "Paula Wrenfield")],
    ),
    dict(
        nn="08", cms="arc", section="Health", htmllang="en-US",
        url="https://www.bayareasentinel.com/health/2026/11/19/california-measles-outbreak-schools-vaccination/",
        site="Bay Area Sentinel",
        title="Measles outbreak grows to 41 cases in Sacramento County - Bay Area Sentinel",
        h1="Measles outbreak grows to 41 cases in Sacramento County",
        description="Health officials urge parents to check their children's vaccination records.",
        published="2026-11-19T17:20:00-08:00", precision="minute",
        ld_pub="2026-11-20T01:20:00Z",
        authors=["Priya Raman"], orgs=[],
        byline="By Dr. Priya Raman, Health Reporter",
        m="ld:plain lda:person og date:time",
        body=[
            "A measles outbreak in Sacramento County has grown to 41 confirmed cases, health officials said "
            "Thursday, making it the largest in California since the Disneyland outbreak more than a decade ago.",
            "Most of the cases involve unvaccinated children between the ages of 2 and 12, according to the "
            "Sacramento County Public Health department. Six people have been hospitalized, including an infant "
            "too young to be vaccinated.",
            "\u201cMeasles is one of the most contagious diseases we know, and it finds every gap in our "
            "protection,\u201d said the county's public health officer, Dr. Olivia Brandt. She urged parents to "
            "check their children's records and said free vaccination clinics would open this weekend in Elk "
            "Grove and Rancho Cordova.",
            "Two elementary schools have asked unvaccinated students to stay home for 21 days. The California "
            "Department of Public Health said it was sending additional staff to help trace contacts.",
            "Vaccination rates among kindergartners in parts of the county have dropped below 90%, well short of "
            "the 95% experts say is needed to prevent outbreaks. \u201cWe have seen hesitancy grow since the "
            "pandemic, and this is the consequence,\u201d said Dr. Marcus Webb, a pediatrician at UC Davis "
            "Health.",
            "The Centers for Disease Control and Prevention has reported more than 900 measles cases nationwide "
            "this year, the highest total since 2019.",
        ],
        related=["How to check your measles vaccination status"],
        most=["49ers rally past Seahawks", "Atmospheric river to bring heavy rain"],
        persons=["Olivia Brandt", "Marcus Webb"],
        organizations=["Sacramento County Public Health", "California Department of Public Health",
                       "UC Davis Health", "Centers for Disease Control and Prevention"],
        places=["Sacramento County", "California", "Elk Grove", "Rancho Cordova"],
        quotes=[("Measles is one of the most contagious diseases", "Olivia Brandt"),
                ("We have seen hesitancy grow since the pandemic", "Marcus Webb")],
        feed=dict(pubDate="Mon, 23 Nov 2026 15:00:00 GMT", feed_published_at="2026-11-23T15:00:00+00:00"),
    ),
    dict(
        nn="09", cms="custom", section="Scotland", htmllang="en-GB",
        url="https://www.highlandcourant.co.uk/scotland/inverness-a9-dualling-contract-awarded-3318",
        site="Highland Courant",
        title="Highland Courant - A9 dualling: contract awarded for Tomatin to Moy section",
        h1="A9 dualling: contract awarded for Tomatin to Moy section",
        description="The \u00a3185m contract is the largest yet on the route.",
        published="2026-11-26T13:15:00Z", precision="minute",
        authors=["Fiona MacLeod"], orgs=[],
        byline="Fiona MacLeod, Highlands correspondent",
        m="md:dc.date date:text",
        body=[
            "A \u00a3185 million contract to dual the A9 between Tomatin and Moy, south of Inverness, has been "
            "awarded, the Scottish Government announced on Thursday.",
            "The 9.6km section, which includes a new viaduct over the River Findhorn, is the largest single "
            "contract yet in the long-delayed programme to upgrade the road between Perth and Inverness. Work "
            "is due to start in the spring and take around four years.",
            "\u201cThis is a major milestone for the Highlands and for everyone who uses this road,\u201d Transport "
            "Secretary Alasdair Munro said during a visit to the site. He said the government remained committed "
            "to completing the full dualling by 2035.",
            "The A9 has one of the worst safety records of any trunk road in Scotland, and campaigners have long "
            "argued that the single-carriageway sections encourage dangerous overtaking. \u201cEvery delay has been "
            "measured in lives,\u201d said Laura Fraser of the A9 Dualling Action Group, whose brother died in a "
            "crash near Dalwhinnie.",
            "Highland Council welcomed the contract but called for more certainty on the remaining sections. "
            "Opposition MSPs accused ministers of repeatedly missing their own deadlines, noting that the original "
            "target for completion was 2025.",
            "Transport Scotland said the contractor, Balfour Beatty, would use local suppliers where possible.",
        ],
        related=["A9: the road that divides the Highlands"],
        most=["Caley Thistle win derby", "Cairngorm funicular reopens"],
        persons=["Alasdair Munro", "Laura Fraser"],
        organizations=["Scottish Government", "A9 Dualling Action Group", "Highland Council", "Transport Scotland",
                       "Balfour Beatty"],
        places=["Tomatin", "Moy", "Inverness", "River Findhorn", "Perth", "Scotland", "Dalwhinnie"],
        quotes=[("This is a major milestone for the Highlands", "Alasdair Munro"),
                ("Every delay has been measured in lives", "Laura Fraser")],
    ),
    dict(
        nn="10", cms="next", section="Environment", htmllang="en-AU",
        url="https://www.southernstar.com.au/environment/great-barrier-reef-coral-spawning-survey-2026",
        site="The Southern Star",
        title="Great Barrier Reef coral spawning gives scientists hope | The Southern Star",
        tw_title="Scientists see 'remarkable' spawning on the reef \U0001f30a",
        h1="Great Barrier Reef coral spawning gives scientists hope",
        description="Researchers recorded strong spawning on reefs hit by bleaching last year.",
        published="2026-11-14T07:30:00+11:00", precision="minute",
        modified="2026-11-14T15:05:00+11:00",
        authors=["Tom Nguyen"], orgs=[],
        byline="Tom Nguyen, Environment reporter",
        m="ld:graph lda:person ldtype:Article og tw date:time",
        body=[
            "Scientists have recorded strong coral spawning across large parts of the Great Barrier Reef this "
            "week, including on reefs that were badly damaged by mass bleaching last summer.",
            "Researchers from the Australian Institute of Marine Science observed the annual event from research "
            "vessels off Cairns and Townsville over three nights following the full moon. \u201cWe saw remarkable "
            "spawning on reefs we had almost written off,\u201d said marine biologist Dr. Hannah Cole.",
            "Spawning is essential for the reef's recovery because it allows corals to repopulate damaged areas. "
            "But scientists cautioned that a single good season did not mean the reef was out of danger. "
            "\u201cThe corals are doing their part. The question is whether we give them enough time between "
            "heatwaves,\u201d Dr. Cole said.",
            "The Great Barrier Reef Marine Park Authority said aerial surveys earlier this year had found that "
            "more than half of the reefs in the northern and central sections had suffered bleaching.",
            "Federal Environment Minister Rebecca Hollis said the results were encouraging and pointed to the "
            "government's $1.2 billion reef protection package. The Australian Marine Conservation Society said "
            "the government needed to do more to cut emissions.",
            "Tourism operators in Port Douglas said interest in the spawning had helped bookings recover after a "
            "difficult year for the industry.",
        ],
        related=["How coral spawning works", "Reef tourism rebounds in Far North Queensland"],
        most=["Wallabies name squad for Europe tour", "Heatwave warning for Brisbane"],
        persons=["Hannah Cole", "Rebecca Hollis"],
        organizations=["Australian Institute of Marine Science", "Great Barrier Reef Marine Park Authority",
                       "Australian Marine Conservation Society"],
        places=["Great Barrier Reef", "Cairns", "Townsville", "Port Douglas"],
        quotes=[("We saw remarkable spawning on reefs we had", "Hannah Cole"),
                ("The corals are doing their part. The question", "Hannah Cole")],
        feed=dict(pubDate="Fri, 13 Nov 2026 20:30:00 GMT", feed_published_at="2026-11-13T20:30:00+00:00"),
    ),
]
