"""Word lists the entity rules and the quote attribution share: roles, titles, descriptors, designators."""

from __future__ import annotations

import re

# Nouns for what a person is or does: "an analyst at", "the minister told", "Bernstein analyst Stacy Liang".
ROLE_NOUNS = frozenset("""
analyst economist expert strategist researcher scientist professor academic historian lecturer
minister president premier chancellor senator governor mayor lawmaker legislator mp councillor
spokesman spokeswoman spokesperson official diplomat ambassador envoy negotiator delegate
judge prosecutor lawyer attorney barrister solicitor defendant witness
chief executive ceo cfo founder co-founder chairman chairwoman chair director manager boss head owner
coach captain striker midfielder defender goalkeeper winger player referee forward
leader commander general colonel officer secretary adviser advisor aide
reporter correspondent editor columnist author
seismologist meteorologist engineer astronaut
""".split())
MULTI_WORD_ROLES = ("chief executive", "chief financial officer", "finance director", "managing director",
                    "director general", "foreign minister", "prime minister", "political scientist")

# Honorifics and titles that precede a person's name and are not part of it.
TITLES = frozenset("""
President Vice-President Prime Premier Minister Chancellor Senator Sen. Governor Gov. Mayor Judge King Queen
Prince Princess Pope Sheikh Gen. Col. Colonel Captain Capt. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Prof. Professor Sir
Dame Lord Lady Rep. Representative Coach Manager Boss Commissioner Secretary Ambassador Defence Defense Foreign
Finance Interior Former former Acting Deputy Chief Executive Founder Co-founder CEO Analyst Economist Referee
Striker Winger Midfielder Defender Goalkeeper
""".split())

# Descriptors news copy puts before an organisation's name: "Chipmaker Veltrix", "Founder of Baltic Freight".
DESCRIPTORS = frozenset("""
chipmaker carmaker automaker drugmaker planemaker retailer lender insurer broker brokerage airline carrier
miner rival regulator operator conglomerate startup start-up firm group company founder co-founder boss head
""".split())

# Last words that make a name an organisation (not a person): "App Store", "Kellaway Construction".
ORG_DESIGNATORS = frozenset("""
Agency Airlines Airways Association Authority Bank Bureau Capital Club Co Co. Commission Committee Company
Construction Corp Corp. Corporation Council Court Department Federation Forces Foundation Fund Group Holdings
Inc Inc. Industries Institute League Limited Lines Ltd Ltd. Media Ministry Network News Office Organization
Organisation Party Partners plc Police Press Service Services Shipping Society Store Systems Technologies Times
Union United University Wanderers
""".split())
CORPORATE_DESIGNATORS = frozenset("""
Co Co. Company Construction Corp Corp. Corporation Group Holdings Inc Inc. Industries Limited Lines Ltd Ltd.
plc Partners Semiconductor Shipping Systems Technologies
""".split())
PLACE_WORDS = frozenset("Valley River Mountains Mountain Sea Ocean Bay Island Islands Peninsula Street Square".split())

# Prepositions a headline puts before a name that the model takes into a person's name ("Inside Hitler's House").
PREPOSITIONS = frozenset("""
about above across after against along among around before behind below beneath beside between beyond despite
during inside into near outside over since through toward towards under until upon versus via within without
""".split())

FUNCTION_WORDS = frozenset("that which who whose whom and or of for in on at to with by from as".split())

PRONOUNS = frozenset({"he", "she", "they"})

ROLE_ALTERNATION = "|".join(sorted((re.escape(r) for r in (*MULTI_WORD_ROLES, *ROLE_NOUNS)), key=len, reverse=True))
ROLE_PATTERN = re.compile(rf"\b({ROLE_ALTERNATION})s?\b", re.IGNORECASE)


def role_in(text: str) -> str | None:
    """The first role noun in ``text`` (lower case), if any."""
    found = ROLE_PATTERN.search(text)
    return found.group(1).casefold() if found else None
