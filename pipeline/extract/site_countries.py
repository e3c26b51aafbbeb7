"""The country a site tells as its own, for the clock of its times where neither its domain nor its language does
(Spanish, Portuguese, English and French are read on many clocks):
- a region declared with the language ("es-CR", "pt-BR"), but not the language's own country ("es-ES", "fr-FR":
  the default of many templates, also on sites abroad), and not with English: English sites that declare their
  country ("en-GB", "en-AU") write their times in UTC as often as on its clock (the United States and Canada are
  read by :mod:`.site_zones`);
- else the one country the page's chrome names (its ``<title>``, navigation, header and footer): at least twice, and
  at least twice as often as any other ("Jamaica Gleaner", "Noticias de Costa Rica"), and the links to the site's
  home page wherever they stand (a menu outside any ``<nav>``: ``<a href="/index.php" title="..., lo mejor del
  fútbol de Costa Rica">``). The article's own text is not counted: a story names the countries it is about, not
  the site's.

The country whose paper a site's host names, a country and a newspaper's word ("jamaicaobserver.com"), comes
before both, and before a region declared with English ("en-US" is many a template's default).

Only countries read on one clock (or whose capital's clock nearly all their press keeps) are named here.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from lxml.etree import _Element

from pipeline.extract.page import Page, url_parts
from pipeline.extract.regions import chrome

# a declared region's zone where the domain table leaves the code out (it is read as letters there: "co")
REGION_ZONES = {"co": "America/Bogota", "jm": "America/Jamaica", "bs": "America/Nassau",
                "tt": "America/Port_of_Spain", "bb": "America/Barbados", "gy": "America/Guyana",
                "bz": "America/Belize", "ht": "America/Port-au-Prince", "sn": "Africa/Dakar",
                "ci": "Africa/Abidjan", "cm": "Africa/Douala", "ao": "Africa/Luanda", "mz": "Africa/Maputo"}
# country names as sites write them (Spanish, Portuguese, English, French) and their clock
NAMED_ZONES = {
    "Costa Rica": "America/Costa_Rica", "Panamá": "America/Panama", "Panama": "America/Panama",
    "Honduras": "America/Tegucigalpa", "Guatemala": "America/Guatemala", "El Salvador": "America/El_Salvador",
    "Nicaragua": "America/Managua", "México": "America/Mexico_City", "Mexico": "America/Mexico_City",
    "Colombia": "America/Bogota", "Venezuela": "America/Caracas", "Ecuador": "America/Guayaquil",
    "Perú": "America/Lima", "Peru": "America/Lima", "Bolivia": "America/La_Paz", "Chile": "America/Santiago",
    "Argentina": "America/Argentina/Buenos_Aires", "Uruguay": "America/Montevideo", "Paraguay": "America/Asuncion",
    "Cuba": "America/Havana", "República Dominicana": "America/Santo_Domingo",
    "Dominican Republic": "America/Santo_Domingo", "Puerto Rico": "America/Puerto_Rico",
    "Jamaica": "America/Jamaica", "Bahamas": "America/Nassau", "Trinidad": "America/Port_of_Spain",
    "Barbados": "America/Barbados", "Guyana": "America/Guyana", "Belize": "America/Belize",
    "Haiti": "America/Port-au-Prince", "Haïti": "America/Port-au-Prince",
    "Brasil": "America/Sao_Paulo", "Brazil": "America/Sao_Paulo",
    "Angola": "Africa/Luanda", "Moçambique": "Africa/Maputo", "Mozambique": "Africa/Maputo",
    "Sénégal": "Africa/Dakar", "Senegal": "Africa/Dakar", "Côte d'Ivoire": "Africa/Abidjan",
    "Cameroun": "Africa/Douala", "Cameroon": "Africa/Douala", "Nigeria": "Africa/Lagos", "Ghana": "Africa/Accra",
    "Kenya": "Africa/Nairobi", "Philippines": "Asia/Manila", "Pakistan": "Asia/Karachi", "Malaysia": "Asia/Kuala_Lumpur",
    "Singapore": "Asia/Singapore", "Sri Lanka": "Asia/Colombo", "Bangladesh": "Asia/Dhaka",
}
NAMED = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(NAMED_ZONES, key=len, reverse=True))
                   + r")(?![\w-])")
# the page's own header, navigation, footer and asides (the element itself or a container; an article's header
# is the article's)
SITE_PARTS = ("ancestor-or-self::header[not(ancestor::article)]|ancestor-or-self::footer|ancestor-or-self::nav"
              "|ancestor-or-self::aside")
# a link to the site's home page (its path; an absolute link on the page's own host): its title and text speak for
# the site
HOME_PATH = re.compile(r"/(?:index\.(?:php|html?))?")
LEAST_NAMED = 2  # a country the chrome names once may be a menu's story; twice, the site's own
# a newspaper's word after the country its host name opens with ("jamaicaobserver.com", "kenya-today.com"): the
# site is that country's paper, whatever its domain
PAPER_WORDS = ("observer", "times", "today", "news", "daily", "herald", "post", "star", "gleaner", "tribune",
               "express", "mirror", "guardian", "gazette", "chronicle", "standard", "sun", "mail", "online", "live",
               "weekly", "journal", "monitor", "reporter", "telegraph", "independent", "voice", "nation", "insider")


def _plain(name: str) -> str:
    """A country's name as a host name writes it: lower case, no accents, spaces or apostrophes."""
    letters = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in letters if c.isalnum() and not unicodedata.combining(c))


HOST_COUNTRIES = {_plain(name): zone for name, zone in NAMED_ZONES.items()}
HOST_NAMED = re.compile(r"(?P<country>" + "|".join(sorted(HOST_COUNTRIES, key=len, reverse=True)) + r")-?(?:"
                        + "|".join(PAPER_WORDS) + r")?")


def declared_region_zone(language: str, region: str, countries: dict[str, str]) -> str | None:
    """The zone of a region declared with the language, unless it is the language's own country (``countries``:
    the zones of country domains)."""
    if not region or region == language or language == "en":
        return None
    return countries.get(region) or REGION_ZONES.get(region)


def host_country_zone(host: str) -> str | None:
    """The zone of the country a site's host is the paper of ("jamaicaobserver.com", "kenya-today.com"), or None."""
    paper = HOST_NAMED.fullmatch(_host(host).partition(".")[0])
    return HOST_COUNTRIES[paper["country"]] if paper else None


def named_country_zone(page: Page) -> str | None:
    """The zone of the one country the page's chrome names (see the module's notes), or None."""
    return page.once("named_country_zone", lambda: _named_zone(page))


def _named_zone(page: Page) -> str | None:
    if page.tree is None:
        return None
    counts: Counter[str] = Counter(NAMED_ZONES[n] for n in NAMED.findall(page.tree.findtext(".//title") or ""))
    host = _host(url_parts(page.url).hostname)
    for el in page.tree.iter("*"):
        if el.tag in ("script", "style", "title") or not isinstance(el.tag, str):
            continue
        named = [n for piece in (el.text, el.get("title")) if piece for n in NAMED.findall(piece)]
        if named and (el.xpath(SITE_PARTS) or _home_link(el, host) or chrome(el)):
            counts.update(NAMED_ZONES[n] for n in named)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < LEAST_NAMED or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _home_link(el: _Element, host: str) -> bool:
    if el.tag != "a":
        return False
    link = url_parts(str(el.get("href") or "").strip())
    path = link.path or ("/" if link.netloc else "")  # "https://www.example.cr" is its home page, "#" is not
    return HOME_PATH.fullmatch(path) is not None and (not link.netloc or _host(link.hostname) == host)


def _host(name: str | None) -> str:
    return (name or "").casefold().removeprefix("www.")
