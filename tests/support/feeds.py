"""Feed and sitemap documents for the tests (messy on purpose where real ones are)."""

from __future__ import annotations

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><link>http://x/</link></item></channel></rss>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><item><title>&xxe;</title><link>http://x/</link></item></channel></rss>"""


def messy_rss() -> str:
    return """\ufeff
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>World</title><language>en</language>
<item><title>Caf&amp;eacute; owners &amp;amp; bakers&nbsp;protest</title><link> /articles/one.html </link>
  <pubDate>Mon, 02 Mar 2026 09:30:00 GMT</pubDate></item>
<item><title>Two</title><guid isPermaLink="true">http://news.example.org/articles/two.html</guid><pubDate>yesterday-ish</pubDate></item>
<item><title>Three</title><link>https://other.example.org/three</link><pubDate>2026-03-02T10:00:00Z</pubDate></item>
<item><title>Duplicate</title><link>/articles/one.html</link></item>
<item><title>No link at all</title></item>
</channel></rss>"""


def atom() -> str:
    return """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title type="html">First &lt;b&gt;bold&lt;/b&gt; item</title>
  <link rel="self" href="/self/1"/><link rel="alternate" href="/a/1"/>
  <published>2026-03-01T12:00:00Z</published><updated>2026-03-05T12:00:00Z</updated></entry>
</feed>"""


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    """``items``: (path, title, RFC 822 date)."""
    body = "".join(f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>" for p, t, d in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture</title>{body}</channel></rss>'


def urlset(base: str, paths: list[str]) -> str:
    entries = "".join(f"<url><loc>{base}{p}</loc><lastmod>2026-03-09</lastmod></url>" for p in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


def sitemap_index(paths: list[str]) -> str:
    entries = "".join(f"<sitemap><loc>{p}</loc></sitemap>" for p in paths)
    return f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'


def news_sitemap(base: str, slugs: list[str], dates: list[str] | None = None) -> str:
    dates = dates or ["2026-03-03T07:00:00Z"] * len(slugs)
    entries = "".join(
        f"<url><loc>{base}/news/{s}.html</loc><news:news><news:publication><news:name>Fixture</news:name>"
        f"<news:language>de</news:language></news:publication><news:publication_date>{d}</news:publication_date>"
        f"<news:title>Story {s}</news:title></news:news></url>"
        for s, d in zip(slugs, dates, strict=True)
    )
    return (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>'
    )
