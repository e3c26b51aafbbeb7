"""Writers known by an account name, which no letter case tells from a word ("eseppelt", "damianduchamps", "oz"):
the author link's own ``/author/<name>``, the author's hCard name (or pen name: "der Michel"), a byline the author
tag or a profile link confirms, one word after "Posted by", the blog's own account after "by" (its
``<name>.wordpress.com``, its ``twitter:creator``), the account WordPress marks on the author's replies; never a
generic account ("admin", "wordpressadmin")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.etree import _Element

from pipeline.extract.byline_elements import AUTHOR_META, MAX_ICON_LINE, byline_elements, opened_lines
from pipeline.extract.credits import Byline, Rules, is_name, is_organisation, pen_name
from pipeline.extract.page import Page, short_text, squash, text_of, url_parts
from pipeline.extract.regions import chrome, in_comments
from pipeline.extract.visible_dates import date_in, stamp_writers

HANDLE = re.compile(r"\w[\w.-]{1,29}")  # one word: an account's name ("eseppelt", "karstenruppert")

# the formatted name of the author's hCard ("<span class="author vcard"><a class="url fn n">tlow</a>"): the
# microformat marks it a name (a comment's card is "comment-author vcard", not the author's)
HCARD_NAME = ("//*[contains(concat(' ', normalize-space(@class), ' '), ' vcard ')]"
              "[contains(concat(' ', normalize-space(@class), ' '), ' {card} ')]"
              "/descendant-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]")  # "author vcard fn"
# Blogger's "post-author vcard": its short accounts are as often initials ("cpm"), so only a pen name is read there
CARDS = (("author", False), ("post-author", True))
NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{4}(?!\d)")  # Drupal's default "Mon, 05/03/2021 - 11:51"
# the account Drupal's dated line under a node names ("<div class="submitted">Gespeichert von <span
# class="username">rasos</span> am 24. Juli 2017 - 18:55</div>"); a comment's line is marked the same way
SUBMITTED = "contains(concat(' ', normalize-space(@class), ' '), ' submitted ')"
SUBMITTED_BY = f"//*[{SUBMITTED}]//*[contains(concat(' ', normalize-space(@class), ' '), ' username ')]"


def account_name(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """A writer shown by an account name, which no letter case tells from a word: the author link's text when it
    is the link's ``/author/<name>`` itself; the formatted name of the author's hCard; a byline that gives what
    the author tag gives, links it to a profile page named after it or types it a schema.org Person; one word after
    "Posted by"; the account Drupal's dated line names; never a generic account ("admin", "redaktion")."""
    if page.tree is None:
        return Byline()
    for el in page.tree.xpath("//a[@rel='author'] | //a[contains(@href, '/author/')]"):
        text = text_of(el)
        slug = (el.get("href") or "").rstrip("/").rsplit("/", 1)[-1]
        if _account(text, r, sites) and text.casefold() == slug.casefold() and not chrome(el):
            return Byline((text,))
    for card, pen_only in CARDS:
        for el in page.tree.xpath(HCARD_NAME.format(card=card)):
            text = text_of(el)
            if ((not pen_only and _account(text, r, sites)) or pen_name(text, r, sites)) \
                    and not chrome(el, article_footer=True):
                return Byline((text,))
    if submitter := _submitter(page.tree, r, sites):
        return Byline((submitter,))
    tagged = {v.casefold() for key in AUTHOR_META for v in page.meta.get(key, ())}
    for el, text, _ in byline_elements(page)[:12]:
        opened = r.opener.match(text)
        shown = text[opened.end():].strip() if opened else text
        if _account(shown, r, sites) and (shown.casefold() in tagged or (opened and _author_link(el, shown))
                                          or _profile_link(el, shown) or _typed_person(el, shown, r)):
            return Byline((shown,))
    return _posted_by(page.tree, r, sites) + _stamped(page, r, sites) + _owners_account(page, r, sites) \
        + _replying_author(page.tree, r, sites)

POST_AUTHOR_LOGIN = re.compile(r"(?:^|\s)comment-author-(?P<login>[\w.-]{2,30})(?:\s|$)")


def _submitter(tree: _Element, r: Rules, sites: Iterable[str]) -> str | None:
    """The account in the first dated Drupal "submitted" line outside the comments: the node's writer."""
    for el in tree.xpath(SUBMITTED_BY):
        line = el.xpath(f"ancestor::*[{SUBMITTED}][1]")[0]
        shown = squash(line.text_content())
        if in_comments(el) or chrome(line, article_footer=True) or not (date_in(shown) or NUMERIC_DATE.search(shown)):
            continue
        text = text_of(el)
        return text if _account(text, r, sites) else None
    return None


def _replying_author(tree: _Element, r: Rules, sites: Iterable[str]) -> Byline:
    """The post's author by the account WordPress marks on their own replies (``<li class="comment
    comment-author-jancak bypostauthor">``), where the post shows that account outside the comments ("— jancak @
    00:11"): the writer."""
    for reply in tree.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' bypostauthor ')][1]"):
        login = POST_AUTHOR_LOGIN.search(reply.get("class") or "")
        if login is None or not _account(account := login["login"], r, sites):
            continue
        shown = re.compile(rf"(?:^|[\s—–-]){re.escape(account)}(?:[\s@,|—–-]|$)", re.IGNORECASE)
        for text in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"):
            holder = text.getparent()
            if holder is not None and shown.search(text) and len(text) < MAX_ICON_LINE and not in_comments(holder) \
                    and not chrome(holder, article_footer=True):
                return Byline((account,))
    return Byline()

# "Posted in Datenschutz by damianduchamps on August 3, 2019": the account after "by" in a short line
BY_ACCOUNT = re.compile(r"(?:^|\s)(?i:by|von)\s+@?(?P<account>\w[\w.-]{1,29})(?=\s*$|\s*[^\w\s]|\s+[a-zà-þ\d])")

BLOG_HOSTS = re.compile(r"^(?P<owner>[\w-]+)\.(?:wordpress\.com|blogspot\.[a-z.]+|tumblr\.com|medium\.com)$")


def _owners_account(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """An account in a "by"-line under the post that is the blog's own (its ``<name>.wordpress.com``, even where
    that is the site's name too) or its ``twitter:creator`` handle (not the site's): the writer, whom no letter
    case tells from a word."""
    if page.tree is None:
        return Byline()
    owned = BLOG_HOSTS.match(url_parts(page.url).hostname or "")
    tagged = {h.lstrip("@").casefold() for h in page.meta.get("twitter:creator", ())}
    if not owned and not tagged:
        return Byline()
    for el in page.tree.iter("div", "p", "span", "small", "footer"):
        if (text := short_text(el, MAX_ICON_LINE * 2)) is None or chrome(el):
            continue
        for match in BY_ACCOUNT.finditer(text):
            account = match["account"]
            if (owned and account.casefold() == owned["owner"] and _account(account, r, ())) or \
                    (account.casefold() in tagged and _account(account, r, sites)):  # the blog is its owner's
                return Byline((account,))
    return Byline()


def _profile_link(el: _Element, text: str) -> bool:
    """``el`` links ``text`` to a page named after it, the writer's profile ("<span class=author><a
    href="/user,profile,30,lars.html">Lars</a></span>")."""
    return any(text_of(a) == text and text.casefold() in re.findall(r"[^\W_]+", (a.get("href") or "").casefold())
               for a in el.iter("a"))


def _typed_person(el: _Element, text: str, r: Rules) -> bool:
    """An author item typed a schema.org Person: one capitalised word there is a name, as in a JSON-LD Person."""
    typed = (el.get("itemtype") or "").rstrip("/").casefold()
    return is_name(text, r, single=True) and el.get("itemprop") == "author" and typed.endswith("/person")

# "Konstantin @ 12:00 am", "Stadler at 12:53": the name, then its time
ONE_WORD = re.compile(r"(?P<name>[^\W\d_][\w.-]{1,29})(?:\s+(?:[@|·•–—-]|(?i:at|um|am|on|le|el|il|op)\s+\d|\d).*)?")


def _posted_by(tree: _Element, r: Rules, sites: Iterable[str]) -> Byline:
    """One capitalised word after a written-out attribution ("Posted by Konstantin", "Geschrieben von Cooper"),
    which no place or desk follows the way one may follow a bare "By" or "Von"; or after a bare one where the
    post's date follows the word ("Von Christian am 03.05.2013, 11:51"): a blog's dated byline."""
    for text in opened_lines(tree, r)[:3]:
        name = _attributed(text, r) or _dated(text, r)
        if name and _account(name, r, sites) and is_name(name, r, single=True):
            return Byline((name,))
    return Byline()


def _stamped(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """One word after "by" closing the post's date line ("06.11.2023 13:30 von Olga"): its writer."""
    for name in stamp_writers(page)[:1]:
        if _account(name, r, sites) and is_name(name, r, single=True):
            return Byline((name,))
    return Byline()


def _attributed(text: str, r: Rules) -> str | None:
    opened = r.attribution.match(text)
    found = ONE_WORD.fullmatch(text[opened.end():].strip()) if opened else None
    return found["name"] if found else None


# "Christian am 03.05.2013" (a login with a dot, "Isabella.DiBiase", is read as the name it stands for elsewhere)
DATED = re.compile(r"\s*(?P<name>[^\W\d_][\w-]{1,29})\s+(?i:am|on|le|el|il|op)\s+")


def _dated(text: str, r: Rules) -> str | None:
    """The one word after a bare "by"-word opening ``text`` where a whole date follows it."""
    opened = r.opener.match(text)
    word = DATED.match(text, opened.end()) if opened else None
    return word["name"] if word and date_in(text[word.end():][:DATE_REACH]) else None


DATE_REACH = 40  # characters after "am": a weekday, the date and its time


def _author_link(el: _Element, text: str) -> bool:
    """``el`` links ``text`` to the writer's page ("Posted by <a rel="author" href="/author/hans/">HansG</a>")."""
    return any(text_of(a) == text for a in el.xpath(".//a[@rel='author' or contains(@href, '/author/')]"))


def _account(text: str, r: Rules, sites: Iterable[str]) -> bool:
    return bool(HANDLE.fullmatch(text)) and not _generic(text, r) and not text.isdigit() \
        and not is_organisation(text, r, sites)

GENERIC_TAIL = 5  # a generic account this long ends a compound account name ("wordpressadmin", "gastautor")


def _generic(account: str, r: Rules) -> bool:
    """A generic account ("admin"), also run together with the software's or site's name ("wordpressadmin")."""
    folded = account.casefold()
    return folded in r.generic_accounts or any(folded.endswith(g) for g in r.generic_accounts if len(g) >= GENERIC_TAIL)
