"""Write the multilingual set's pages and expected values from the hand-written sources.

Each file in ``sources/`` holds, per article, the prose and the labels written by hand (headline, times,
authors, entities, quotes) together with the metadata pattern the page is to show (which JSON-LD shape,
which meta tags, which CMS layout). This script only lays those out as HTML and JSON; it never extracts
anything, so the labels stay what was written down. Run it from the repository root:

    python -m tests.extract.multilingual.write_pages

Pages are gzipped with a zero mtime, so the bytes only change when a source does.
"""

from __future__ import annotations

import gzip
import html
import importlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
LANGUAGES = ("de", "es", "fr", "en", "it", "nl", "pt", "pl")

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}

BOILER: dict[str, dict[str, Any]] = {
    "de": dict(
        nav=["Startseite", "Politik", "Wirtschaft", "Regional", "Sport", "Kultur", "Panorama"],
        cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu "
        "analysieren. Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.",
        accept="Alle akzeptieren", settings="Einstellungen", share="Artikel teilen", related="Mehr zum Thema",
        most="Meistgelesen", newsletter="Der Morgen-Newsletter: Die wichtigsten Nachrichten täglich um 6 Uhr.",
        subscribe="Jetzt abonnieren", updated="Aktualisiert am", published="Veröffentlicht am",
        footer=["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "Abo", "Barrierefreiheit"],
        rights="Alle Rechte vorbehalten.", read_also="Lesen Sie auch", tags="Themen", comments="Kommentare",
    ),
    "es": dict(
        nav=["Portada", "España", "Internacional", "Economía", "Deportes", "Cultura", "Opinión"],
        cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad "
        "relacionada con sus preferencias. Puede aceptar todas o configurarlas.",
        accept="Aceptar todas", settings="Configurar", share="Compartir", related="Noticias relacionadas",
        most="Lo más leído", newsletter="Recibe cada mañana nuestra newsletter con las claves del día.",
        subscribe="Suscríbete", updated="Actualizado", published="Publicado",
        footer=["Aviso legal", "Política de privacidad", "Política de cookies", "Contacto", "Publicidad"],
        rights="Todos los derechos reservados.", read_also="Lee también", tags="Temas", comments="Comentarios",
    ),
    "fr": dict(
        nav=["Accueil", "France", "International", "Économie", "Sport", "Culture", "Régions"],
        cookie="Avec votre accord, nous et nos partenaires utilisons des cookies pour stocker et accéder à des "
        "informations sur votre appareil.",
        accept="Accepter et fermer", settings="Paramétrer", share="Partager", related="Sur le même sujet",
        most="Les plus lus", newsletter="Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
        subscribe="S'inscrire", updated="Mis à jour le", published="Publié le",
        footer=["Mentions légales", "Données personnelles", "Gestion des cookies", "Contact", "Publicité"],
        rights="Tous droits réservés.", read_also="Lire aussi", tags="Mots-clés", comments="Commentaires",
    ),
    "en": dict(
        nav=["Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion"],
        cookie="We use cookies to give you the best experience on our website and to show you relevant adverts. "
        "You can change your cookie settings at any time.",
        accept="Accept all cookies", settings="Manage settings", share="Share this article",
        related="Related stories", most="Most read", newsletter="Sign up for our morning briefing, "
        "delivered to your inbox every weekday.", subscribe="Sign up", updated="Updated", published="Published",
        footer=["About us", "Contact us", "Terms of use", "Privacy policy", "Cookies", "Advertise"],
        rights="All rights reserved.", read_also="Read more", tags="Topics", comments="Comments",
    ),
    "it": dict(
        nav=["Home", "Politica", "Cronaca", "Economia", "Esteri", "Sport", "Cultura"],
        cookie="Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione propri e di "
        "terze parti. Chiudendo il banner acconsenti solo ai cookie tecnici.",
        accept="Accetta tutti", settings="Personalizza", share="Condividi", related="Leggi anche",
        most="I più letti", newsletter="Iscriviti alla newsletter: ogni mattina le notizie più importanti.",
        subscribe="Iscriviti", updated="Aggiornato il", published="Pubblicato il",
        footer=["Chi siamo", "Contatti", "Privacy", "Cookie policy", "Pubblicità", "Note legali"],
        rights="Riproduzione riservata.", read_also="Potrebbe interessarti", tags="Argomenti",
        comments="Commenti",
    ),
    "nl": dict(
        nav=["Home", "Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Regio"],
        cookie="Wij gebruiken cookies en vergelijkbare technieken om onze website te verbeteren en om "
        "advertenties af te stemmen op jouw interesses.",
        accept="Akkoord", settings="Instellingen aanpassen", share="Deel dit artikel", related="Lees ook",
        most="Meest gelezen", newsletter="Ontvang elke ochtend het belangrijkste nieuws in je mailbox.",
        subscribe="Aanmelden", updated="Bijgewerkt", published="Gepubliceerd",
        footer=["Over ons", "Contact", "Privacyverklaring", "Cookiebeleid", "Adverteren", "Colofon"],
        rights="Alle rechten voorbehouden.", read_also="Lees meer", tags="Onderwerpen", comments="Reacties",
    ),
    "pt": dict(
        nav=["Início", "Portugal", "Mundo", "Economia", "Desporto", "Cultura", "Opinião"],
        cookie="Utilizamos cookies para melhorar a sua experiência de navegação e apresentar publicidade "
        "personalizada. Pode aceitar ou gerir as suas preferências.",
        accept="Aceitar tudo", settings="Gerir preferências", share="Partilhar", related="Artigos relacionados",
        most="Mais lidas", newsletter="Receba todas as manhãs as notícias mais importantes do dia.",
        subscribe="Subscrever", updated="Atualizado", published="Publicado",
        footer=["Ficha técnica", "Contactos", "Política de privacidade", "Termos de utilização", "Publicidade"],
        rights="Todos os direitos reservados.", read_also="Leia também", tags="Temas", comments="Comentários",
    ),
    "pl": dict(
        nav=["Strona główna", "Kraj", "Świat", "Gospodarka", "Sport", "Kultura", "Opinie"],
        cookie="Używamy plików cookies, aby zapewnić najlepszą jakość usług oraz wyświetlać dopasowane reklamy. "
        "Możesz zaakceptować wszystkie lub zmienić ustawienia.",
        accept="Akceptuję", settings="Ustawienia", share="Udostępnij", related="Czytaj także",
        most="Najczęściej czytane", newsletter="Zapisz się na newsletter i otrzymuj najważniejsze informacje.",
        subscribe="Zapisz się", updated="Aktualizacja", published="Opublikowano",
        footer=["Regulamin", "Polityka prywatności", "Kontakt", "Reklama", "Redakcja"],
        rights="Wszelkie prawa zastrzeżone.", read_also="Zobacz też", tags="Tematy", comments="Komentarze",
    ),
}

AND = {"de": " und ", "es": " y ", "fr": " et ", "en": " and ", "it": " e ", "nl": " en ", "pt": " e ", "pl": " i "}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def visible_date(lang: str, value: str) -> str:
    """A date as the page's language writes it; the time only when the value has one."""
    if "T" not in value:
        day = datetime.fromisoformat(value)
        hm = ""
    else:
        day = datetime.fromisoformat(value)
        hm = day.strftime("%H:%M")
    month = MONTHS[lang].split()[day.month - 1]
    if lang == "de":
        text = f"{day.day}. {month} {day.year}"
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {hm} Uhr" if hm else text
    if lang == "en":
        text = f"{day.day} {month} {day.year}"
        return f"{text} at {hm}" if hm else text
    if lang == "fr":
        text = f"{day.day} {month} {day.year}"
        return f"{text} à {hm.replace(':', 'h')}" if hm else text
    if lang == "es":
        text = f"{day.day} de {month} de {day.year}"
        return f"{text} - {hm}" if hm else text
    if lang == "it":
        text = f"{day.day} {month} {day.year}"
        return f"{text} ore {hm}" if hm else text
    if lang == "pt":
        text = f"{day.day} de {month} de {day.year}"
        return f"{text}, {hm}" if hm else text
    if lang == "pl":
        text = f"{day.day} {month} {day.year}"
        return f"{text}, {hm}" if hm else text
    text = f"{day.day} {month} {day.year}"
    return f"{text}, {hm}" if hm else text


def flags(spec: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for token in spec.get("m", "").split():
        key, _, value = token.partition(":")
        out[key] = value or "1"
    return out


def ld_author(spec: dict[str, Any], style: str) -> Any:
    people = [{"@type": "Person", "name": name} for name in spec.get("ld_authors", spec["authors"])]
    orgs = [{"@type": "Organization", "name": name} for name in spec["orgs"]]
    if style == "person":
        return people[0]
    if style == "persons":
        return people
    if style == "org":
        return orgs[0] if len(orgs) == 1 else orgs
    if style == "mixed":
        return people + orgs
    if style == "string":
        return spec.get("ld_author_str") or AND[spec["lang"]].join(spec["authors"] + spec["orgs"])
    raise ValueError(style)


def json_ld(spec: dict[str, Any], f: dict[str, str]) -> str:
    kind = f.get("ld", "none")
    if kind == "none":
        return ""
    article: dict[str, Any] = {
        "@type": f.get("ldtype", "NewsArticle"),
        "headline": spec.get("ld_headline", spec["h1"]),
        "description": spec["description"],
        "url": spec["url"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": spec["url"]},
        "inLanguage": spec.get("htmllang") or spec["lang"],
        "image": [spec["url"].rsplit("/", 1)[0] + "/media/lead-1200x675.jpg"],
    }
    if f.get("ldpub") != "no":
        article["datePublished"] = spec.get("ld_pub", spec["published"])
    if spec.get("modified") and f.get("ldmod") != "no":
        article["dateModified"] = spec.get("ld_mod", spec["modified"])
    if f.get("lda", "none") != "none":
        article["author"] = ld_author(spec, f["lda"])
    publisher = {"@type": "NewsMediaOrganization", "name": spec["site"],
                 "logo": {"@type": "ImageObject", "url": f"https://{host(spec)}/static/logo.png"}}
    if kind == "graph":
        article["publisher"] = {"@id": f"https://{host(spec)}/#organization"}
        publisher["@id"] = f"https://{host(spec)}/#organization"
        doc: Any = {"@context": "https://schema.org", "@graph": [
            publisher,
            {"@type": "WebSite", "@id": f"https://{host(spec)}/#website", "name": spec["site"],
             "url": f"https://{host(spec)}/"},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": BOILER[spec["lang"]]["nav"][0],
                 "item": f"https://{host(spec)}/"},
                {"@type": "ListItem", "position": 2, "name": spec.get("section", BOILER[spec["lang"]]["nav"][1]),
                 "item": spec["url"].rsplit("/", 1)[0] + "/"},
            ]},
            article,
        ]}
    elif kind == "array":
        article["@context"] = "https://schema.org"
        article["publisher"] = publisher
        doc = [{"@context": "https://schema.org", "@type": "WebPage", "name": spec["title"], "url": spec["url"]},
               article]
    else:
        article = {"@context": "https://schema.org", **article, "publisher": publisher}
        doc = article
    return f'<script type="application/ld+json">{json.dumps(doc, ensure_ascii=False)}</script>'


def host(spec: dict[str, Any]) -> str:
    return spec["url"].split("/")[2]


def head(spec: dict[str, Any], f: dict[str, str]) -> str:
    og_title = spec["title"] if f.get("ogt") == "title" else spec.get("og_title", spec["h1"])
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(spec['title'])}</title>",
        f'<meta name="description" content="{esc(spec["description"])}">',
        f'<link rel="canonical" href="{esc(spec["url"])}">',
        f'<link rel="stylesheet" href="https://{host(spec)}/assets/main.{spec["nn"]}a7f3.css">',
        f'<link rel="alternate" type="application/rss+xml" title="{esc(spec["site"])}" href="https://{host(spec)}/feed/">',
    ]
    if "og" in f:
        parts += [
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{esc(og_title)}">',
            f'<meta property="og:description" content="{esc(spec["description"])}">',
            f'<meta property="og:url" content="{esc(spec["url"])}">',
            f'<meta property="og:image" content="https://{host(spec)}/media/og-{spec["nn"]}.jpg">',
        ]
        if f.get("ogsite") != "no":
            parts.append(f'<meta property="og:site_name" content="{esc(spec["site"])}">')
        if "oglocale" in f:
            parts.append(f'<meta property="og:locale" content="{esc(f["oglocale"])}">')
    if "tw" in f:
        parts += [
            '<meta name="twitter:card" content="summary_large_image">',
            f'<meta name="twitter:title" content="{esc(spec.get("tw_title", og_title))}">',
            f'<meta name="twitter:site" content="@{"".join(c for c in spec["site"] if c.isalnum())[:15]}">',
        ]
    if "apt" in f:
        parts.append(f'<meta property="article:published_time" content="{spec.get("meta_pub", spec["published"])}">')
        if spec.get("modified"):
            parts.append(f'<meta property="article:modified_time" content="{spec.get("meta_mod", spec["modified"])}">')
        parts.append(f'<meta property="article:section" content="{esc(spec.get("section", "News"))}">')
    if "md" in f:
        parts.append(f'<meta name="{f["md"]}" content="{spec.get("meta_pub", spec["published"])}">')
    if "mauthor" in f:
        parts.append(f'<meta name="author" content="{esc(spec.get("meta_author", ", ".join(spec["authors"])))}">')
    parts.append(json_ld(spec, f))
    parts.append(f'<script async src="https://{host(spec)}/assets/app.{spec["nn"]}.js"></script>')
    parts.append('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article"});</script>')
    return "\n".join(p for p in parts if p)


def date_block(spec: dict[str, Any], f: dict[str, str], css: str) -> str:
    lang, b = spec["lang"], BOILER[spec["lang"]]
    mode = f.get("date", "time")
    out = ""
    if mode == "time":
        out = (f'<time class="{css}" datetime="{spec.get("time_pub", spec["published"])}">'
               f"{visible_date(lang, spec['published'])}</time>")
    elif mode == "text":
        out = f'<span class="{css}">{b["published"]} {visible_date(lang, spec["published"])}</span>'
    if spec.get("modified") and mode != "none":
        mod = visible_date(lang, spec["modified"])
        if mode == "time":
            out += f' <span class="{css}-updated">{b["updated"]} <time datetime="{spec["modified"]}">{mod}</time></span>'
        else:
            out += f' <span class="{css}-updated">{b["updated"]} {mod}</span>'
    return out


def body_html(spec: dict[str, Any], p_class: str = "") -> str:
    b = BOILER[spec["lang"]]
    attr = f' class="{p_class}"' if p_class else ""
    paras = []
    for i, para in enumerate(spec["body"]):
        if para.startswith("## "):
            paras.append(f"<h2>{esc(para[3:])}</h2>")
        else:
            paras.append(f"<p{attr}>{esc(para)}</p>")
        if i == 2 and spec.get("related"):
            first = spec["related"][0]
            paras.append(f'<div class="inline-teaser"><strong>{b["read_also"]}:</strong> '
                         f'<a href="/{spec["nn"]}/teaser">{esc(first)}</a></div>')
    return "\n".join(paras)


def related_html(spec: dict[str, Any], with_times: bool) -> str:
    b = BOILER[spec["lang"]]
    items = []
    for i, title in enumerate(spec.get("related", [])):
        stamp = ""
        if with_times:
            stamp = f' <time datetime="2026-10-{10 + i:02d}T{7 + i:02d}:15:00+02:00">{10 + i}.10.</time>'
        items.append(f'<li><a href="/news/{spec["nn"]}{i}">{esc(title)}</a>{stamp}</li>')
    return f'<aside class="related"><h3>{b["related"]}</h3><ul>{"".join(items)}</ul></aside>'


def share_html(spec: dict[str, Any]) -> str:
    b = BOILER[spec["lang"]]
    nets = "".join(f'<a class="share-{n.lower()}" href="https://share.example/{n.lower()}?u={esc(spec["url"])}">{n}</a>'
                   for n in ("Facebook", "X", "WhatsApp", "LinkedIn", "E-Mail"))
    return f'<div class="share-bar"><span>{b["share"]}</span>{nets}</div>'


def chrome_top(spec: dict[str, Any], style: str) -> str:
    b = BOILER[spec["lang"]]
    nav = "".join(f'<li><a href="/{n.lower()}/">{esc(n)}</a></li>' for n in b["nav"])
    cookie = (f'<div id="cookie-consent" class="cmp-{style}" role="dialog"><p>{esc(b["cookie"])}</p>'
              f'<button>{esc(b["accept"])}</button><button>{esc(b["settings"])}</button></div>')
    return (f'{cookie}\n<header class="site-header"><a class="logo" href="/">{esc(spec["site"])}</a>'
            f'<nav class="main-nav"><ul>{nav}</ul></nav></header>')


def chrome_bottom(spec: dict[str, Any]) -> str:
    b = BOILER[spec["lang"]]
    most = "".join(f"<li>{esc(t)}</li>" for t in spec.get("most", []))
    links = " · ".join(f'<a href="/{x.lower().replace(" ", "-")}">{esc(x)}</a>' for x in b["footer"])
    return (f'<section class="most-read"><h3>{b["most"]}</h3><ol>{most}</ol></section>\n'
            f'<div class="newsletter-box"><p>{esc(b["newsletter"])}</p><button>{esc(b["subscribe"])}</button></div>\n'
            f'<footer class="site-footer"><p>{links}</p><p>© 2026 {esc(spec["site"])}. {b["rights"]}</p></footer>')


def figure(spec: dict[str, Any]) -> str:
    cap = spec.get("caption")
    if not cap:
        return ""
    return (f'<figure class="lead-image"><img src="/media/{spec["nn"]}-lead.jpg" alt="" width="1200" height="675">'
            f'<figcaption>{esc(cap)}</figcaption></figure>')


def byline_html(spec: dict[str, Any], css: str) -> str:
    if not spec.get("byline"):
        return ""
    return f'<div class="{css}">{spec["byline"]}</div>'


def kicker(spec: dict[str, Any], css: str) -> str:
    return f'<span class="{css}">{esc(spec["kicker"])}</span>' if spec.get("kicker") else ""


def lead(spec: dict[str, Any], css: str) -> str:
    return f'<p class="{css}">{esc(spec["lead"])}</p>' if spec.get("lead") else ""


def tags(spec: dict[str, Any]) -> str:
    b = BOILER[spec["lang"]]
    t = "".join(f'<a rel="tag" href="/thema/{i}">{esc(x)}</a> ' for i, x in enumerate(spec.get("tags", [])))
    return f'<div class="tags"><span>{b["tags"]}:</span> {t}</div>' if t else ""


def layout_wp(spec: dict[str, Any], f: dict[str, str]) -> str:
    posted = f'<span class="posted-on">{date_block(spec, f, "entry-date published")}</span>'
    return f"""<body class="post-template-default single single-post postid-{spec['nn']}4821 single-format-standard">
{chrome_top(spec, "wp")}
<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{spec['nn']}4821" class="post type-post status-publish format-standard hentry">
<header class="entry-header">{kicker(spec, "entry-kicker")}<h1 class="entry-title">{esc(spec['h1'])}</h1>
<div class="entry-meta">{byline_html(spec, "byline author vcard")} {posted}</div>
</header>
{figure(spec)}
<div class="entry-content">
{lead(spec, "has-medium-font-size")}
{body_html(spec)}
<div class="sharedaddy sd-sharing-enabled">{share_html(spec)}</div>
<div id="jp-relatedposts" class="jp-relatedposts">{related_html(spec, False)}</div>
</div>
<footer class="entry-footer">{tags(spec)}</footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">{BOILER[spec['lang']]['comments']} (0)</h2></div>
</main></div>
<aside id="secondary" class="widget-area">{related_html(spec, True)}</aside>
</div></div>
{chrome_bottom(spec)}
</body>"""


def layout_arc(spec: dict[str, Any], f: dict[str, str]) -> str:
    stamp = f'<div class="c-timestamp">{date_block(spec, f, "c-date")}</div>'
    fusion = f'window.Fusion=window.Fusion||{{}};Fusion.arcSite="{host(spec).split(".")[1]}";'
    return f"""<body>
<div id="fusion-app" class="layout-section">
{chrome_top(spec, "arc")}
<div class="ad-slot" data-slot="top-leaderboard"></div>
<main class="article-layout">
<div class="c-article-header">{kicker(spec, "c-overline")}
<h1 class="c-headline" data-testid="headline">{esc(spec['h1'])}</h1>
{lead(spec, "c-subheadline")}
<div class="c-attribution">{byline_html(spec, "c-byline")}{stamp}</div>
</div>
{figure(spec)}
{share_html(spec)}
<article class="c-article-body" data-testid="article-body">
{body_html(spec, "c-paragraph")}
</article>
{tags(spec)}
{related_html(spec, True)}
</main>
<div class="ad-slot" data-slot="bottom"></div>
{chrome_bottom(spec)}
</div>
<script id="fusion-metadata" type="application/javascript">{fusion}</script>
</body>"""


def layout_drupal(spec: dict[str, Any], f: dict[str, str]) -> str:
    crumbs = f'<li><a href="/">{BOILER[spec["lang"]]["nav"][0]}</a></li><li>{esc(spec.get("section", ""))}</li>'
    return f"""<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip</a>
<div class="dialog-off-canvas-main-canvas">
{chrome_top(spec, "drupal")}
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol>{crumbs}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
{kicker(spec, "field--name-field-kicker")}
<h1 class="page-title"><span class="field field--name-title">{esc(spec['h1'])}</span></h1>
<div class="node__meta">{byline_html(spec, "field field--name-field-author")}
<div class="field field--name-field-date">{date_block(spec, f, "datetime")}</div></div>
{figure(spec)}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
{lead(spec, "intro")}
{body_html(spec)}
</div>
{tags(spec)}
{share_html(spec)}
</article>
</div></main>
<div class="region region-sidebar">{related_html(spec, True)}</div>
{chrome_bottom(spec)}
</div>
</body>"""


def layout_custom(spec: dict[str, Any], f: dict[str, str]) -> str:
    top = chrome_top(spec, "custom").replace('<a class="logo" href="/">', '<h1 class="logo"><a href="/">', 1)
    top = top.replace("</a><nav", "</a></h1><nav", 1)
    return f"""<body id="articolo" class="detail">
{top}
<div id="ticker"><marquee>{esc(' +++ '.join(spec.get('most', [])))}</marquee></div>
<div id="wrapper"><div id="colonna-sx">
<div class="articolo-testata">{kicker(spec, "occhiello")}
<h1 class="titolo">{esc(spec['h1'])}</h1>
{lead(spec, "sommario")}
</div>
<div class="articolo-info">{byline_html(spec, "autore")} {date_block(spec, f, "data")}</div>
{figure(spec)}
<div class="articolo-corpo" itemprop="articleBody">
{body_html(spec)}
</div>
{share_html(spec)}
{tags(spec)}
</div>
<div id="colonna-dx">{related_html(spec, True)}<div class="banner">ADV</div></div></div>
{chrome_bottom(spec)}
</body>"""


def layout_next(spec: dict[str, Any], f: dict[str, str]) -> str:
    stamp = date_block(spec, f, "ArticleMeta_date__2f")
    data = json.dumps({"props": {"pageProps": {"id": f"{spec['nn']}-a91c", "section": spec.get("section", "")}},
                       "page": "/[section]/[slug]", "buildId": "x7Kq2"}, ensure_ascii=False)
    return f"""<body>
<div id="__next"><div class="sc-1x0 App">
{chrome_top(spec, "next")}
<main class="sc-8fd3 ArticlePage">
<header class="ArticleHeader_header__3kd9">{kicker(spec, "ArticleHeader_kicker__1b2")}
<h1 class="ArticleHeader_title__9x1">{esc(spec['h1'])}</h1>
{lead(spec, "ArticleHeader_lead__4a1")}
<div class="ArticleMeta_meta__x1">{byline_html(spec, "ArticleMeta_authors__7c")}{stamp}</div>
</header>
{figure(spec)}
<div class="ArticleBody_body__5d2">
{body_html(spec, "ArticleBody_paragraph__k3")}
</div>
{share_html(spec)}
{tags(spec)}
{related_html(spec, True)}
</main>
{chrome_bottom(spec)}
</div></div>
<script id="__NEXT_DATA__" type="application/json">{data}</script>
</body>"""


LAYOUTS = {"wp": layout_wp, "arc": layout_arc, "drupal": layout_drupal, "custom": layout_custom, "next": layout_next}


def page(spec: dict[str, Any]) -> str:
    f = flags(spec)
    lang_attr = spec.get("htmllang", spec["lang"])
    html_open = f'<html lang="{lang_attr}">' if lang_attr else "<html>"
    return (f"<!DOCTYPE html>\n{html_open}\n<head>\n{head(spec, f)}\n</head>\n"
            f"{LAYOUTS[spec['cms']](spec, f)}\n</html>\n")


def expected(spec: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "url": spec["url"],
        "language": spec["lang"],
        "headline": spec["h1"],
        "page_title": spec["title"],
        "published_at": spec["published"],
        "published_precision": spec["precision"],
        "modified_at": spec.get("modified"),
        "authors": spec["authors"],
        "author_organizations": spec["orgs"],
        "entities": {
            "persons": spec["persons"],
            "organizations": spec["organizations"],
            "places": spec["places"],
        },
        "pattern": spec["m"],
        "layout": spec["cms"],
    }
    if spec.get("canonical"):
        out["entities"]["canonical"] = spec["canonical"]
    if spec["lang"] in ("en", "fr", "de"):
        out["entities"]["quotes"] = [{"text": t, "speaker": s} for t, s in spec["quotes"]]
    if "feed" in spec:
        out["feed"] = spec["feed"]
    return out


def word_count(spec: dict[str, Any]) -> int:
    paras = [spec.get("lead", "")] + [p for p in spec["body"] if not p.startswith("## ")]
    return sum(len(p.split()) for p in paras)


def main() -> None:
    for lang in LANGUAGES:
        try:
            module = importlib.import_module(f"tests.extract.multilingual.sources.{lang}")
        except ModuleNotFoundError:
            continue
        for spec in module.CASES:
            spec["lang"] = lang
            name = f"{lang}-{spec['nn']}"
            words = word_count(spec)
            if not 200 <= words <= 450:
                print(f"SHORT {name}: body has {words} words, want 200-450")
            raw = page(spec).encode("utf-8")
            (HERE / "pages" / f"{name}.html.gz").write_bytes(gzip.compress(raw, mtime=0))
            (HERE / "expected" / f"{name}.json").write_text(
                json.dumps(expected(spec), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(f"wrote {name} words={words}")


if __name__ == "__main__":
    main()
