"""Hypothesis strategies for hostile input: URL-ish strings, JSON values, YAML-ish mappings, XML-ish documents."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

SECRET = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=12, max_size=20).map(lambda s: "SECRET" + s)
SCHEMES = st.sampled_from(["http", "https", "HTTP", "ftp", "javascript", "file", "", "hTtPs", "mailto"])
HOSTS = st.one_of(
    st.sampled_from(["example.com", "EXAMPLE.com.", "news.example.org", "127.0.0.1", "[::1]", "[fe80::1%25eth0]",
                     "[x", "x]", "", "xn--bcher-kva.example", "b\u00fccher.example", "[2001:db8::1]", "localhost",
                     "a..b", "%41.example", "[::ffff:10.0.0.1]", "2130706433", "0x7f.1"]),
    st.text(min_size=0, max_size=15),
)
PORTS = st.one_of(st.none(), st.integers(-5, 100_000).map(str), st.sampled_from(["", "80", "443", "08", "x", "99999"]))
PATHS = st.one_of(st.sampled_from(["", "/", "/a/b/", "//x", "/%2F/..", "/p@x", "/a b", "/\u00e9t\u00e9"]),
                  st.text(max_size=20).map(lambda s: "/" + s))
QUERY_KEYS = st.one_of(st.sampled_from(["utm_source", "id", "token", "api_key", "Signature", "a", "", "ref", "key"]),
                       st.text(max_size=8))
QUERY = st.lists(st.tuples(QUERY_KEYS, st.text(max_size=10)), max_size=4).map(
    lambda pairs: "&".join(f"{k}={v}" for k, v in pairs))


@st.composite
def urls(draw: st.DrawFn) -> str:
    """URL-shaped strings, well-formed or not, with and without userinfo, ports, queries and fragments."""
    scheme = draw(SCHEMES)
    userinfo = draw(st.one_of(st.just(""), st.sampled_from(["bob:hunter2@", "@", "a@b@", ":@", "u%40x:p@"]),
                              st.text(max_size=8).map(lambda s: s + "@")))
    host = draw(HOSTS)
    port = draw(PORTS)
    url = f"{scheme}://{userinfo}{host}{':' + port if port is not None else ''}{draw(PATHS)}"
    if draw(st.booleans()):
        url += "?" + draw(QUERY)
    if draw(st.booleans()):
        url += "#" + draw(st.text(max_size=8))
    return url


ANY_URL = st.one_of(urls(), st.text(max_size=60))

JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70),
                         st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30))
JSON = st.recursive(JSON_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                    max_leaves=12)

YAML_SCALARS = st.one_of(JSON_SCALARS, st.floats(), st.sampled_from(["~", "yes", "no", "0x1F", "1e400", ".inf",
                                                                     "2026-01-01", "!!binary aGk=", "&a", "*a"]))
YAML_KEYS = st.one_of(st.text(max_size=12), st.integers(-3, 3), st.none(), st.booleans(), st.floats(allow_nan=False))
YAML = st.recursive(YAML_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(YAML_KEYS, inner, max_size=4)),
                    max_leaves=12)


def mapping_with(known: dict[str, Any]) -> st.SearchStrategy[dict[Any, Any]]:
    """Mappings mixing known keys (with plausible or hostile values) and random ones."""
    fields = {key: st.one_of(value, YAML) for key, value in known.items()}
    return st.fixed_dictionaries({}, optional=fields).flatmap(
        lambda base: st.dictionaries(YAML_KEYS, YAML, max_size=2).map(lambda extra: {**extra, **base}))


# News-like English: names, given names, titles, possessives, "the", role nouns, reporting verbs, punctuation.
NEWS_WORDS = st.sampled_from([
    "Hitler", "Hitler's", "Hitler’s", "house", "House", "Adolf", "Marcelo", "Claure", "Claure's", "SoftBank",
    "SoftBank's", "Moon", "Moon's", "moon", "Jae-in", "the", "The", "to", "of", "and", "for", "Mr", "Dr.", "CEO",
    "chief", "executive", "said", "added", "told", "who", "Inside", "Braunau", "am", "Inn", "Austria", "Austria's",
    "AP", "(AP)", "UN", "United", "Nations", "(UN)", "Group", "Corp", "Norvik", "Erik", "Halvorsen", "Moon.", "is",
    "NASA's", "mission", "Earth", "Mars", "Sun", "Everton", "Wolves", "Syrians", "Syrian", "2-1", "1.8", "billion",
    "Jordan", "Michael", "Kellaway", "Construction", "Defense", "Minister", "a", "an", "analyst", "at", "Bank",
    "European", "Central", "ECB", "al-Assad", "Bashar", "Reuters", "—", ",", ".", "'s", "’", "“", "”", "\n",
])


@st.composite
def news_texts(draw: st.DrawFn) -> str:
    """Texts of news-like English words (names, possessives, titles, punctuation, line breaks)."""
    words = draw(st.lists(NEWS_WORDS, min_size=1, max_size=40))
    return " ".join(words).replace(" \n ", "\n")
