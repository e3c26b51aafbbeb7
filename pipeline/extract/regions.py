"""Where on a page an element sits, told by its ancestors' tags and class/id words: page chrome (navigation, footer,
aside), a list of other stories, readers' comments, a picture and its caption. What is found there is not the
article's: not its byline, not its date."""

from __future__ import annotations

import re
from itertools import islice

from lxml.etree import _Element

from pipeline.extract.page import containers

# a container of comments or of other stories (class/id words): bylines there are not the article's
ELSEWHERE = re.compile(r"(?:^|[-_])(?:comments?|commentlist|respond|replies|related|recommended|recommendations|"
                       r"popular|trending|most-?read|sidebar|widget|teasers?|promo|outbrain|taboola|"
                       r"signatures|signaturelist|signers)(?:[-_]|$)"  # a petition's list of who signed it
                       r"|^thumbnails?(?:[-_]|$)")  # a story's card ("thumbnail__author"), not "has-post-thumbnail"
# a reader's comment or a list of them (class/id words): "comment-author-link", "recentcomments", "commentlist"
COMMENTS = re.compile(r"(?:^|[-_]|recent)comments?(?:[-_]|list|$)")
POSTS_WIDGET = {"widget", "blog"}  # Blogger's column of posts (``<div class="widget Blog">``), no sidebar widget
# the marks of a post itself (WordPress's ``post_class``): its other words tell its layout ("sidebar-on sidebar-right")
POST_MARKS = {"hentry", "type-post"}
# containers of other articles' times or of quoted posts (a looser match than ELSEWHERE: any part of a class word)
OTHER_TIMES = re.compile(r"related|comment|recommend|suggest|widget|sidebar|more-|trending|popular", re.I)
CAPTION = re.compile(r"caption|credit|image|photo|picture|gallery|media|figure")


# a page builder's layout wrappers ("elementor-widget-container" around every block): no sidebar widget; its
# widgets listing other posts ("elementor-widget-posts", "elementor-widget-loop-grid") still are
BUILDER_LAYOUT = re.compile(r"elementor-(?!widget-(?:posts|archive-posts|loop|portfolio|comments|related))"
                            # a wrapper around the content and its sidebar, no sidebar ("content-sidebar-wrap",
                            # "layoutTwoColumnsRightSidebar")
                            r"|content.*sidebar|layout.*sidebar|(?:has|with|no)-sidebar")


# the wrapper of the main column ("mainwrap", "main-wrapper", "page-container"): a "sidebar" beside it in its
# classes tells the layout ("<div class="mainwrap single-default sidebar">"), not a sidebar
MAIN_WRAPPER = re.compile(r"^(?:main|page|site)[\w-]*(?:wrap|container)|^main$")


# a layout holding a sidebar beside the content ("mzp-has-sidebar"): its other "sidebar" words tell where the
# sidebar goes ("mzp-l-sidebar-left"), not that this is it
HAS_SIDEBAR = re.compile(r"(?:^|[-_])(?:has|with)[-_]sidebar(?:[-_]|$)")


def _words(el: _Element) -> list[str]:
    words = [w for w in " ".join(el.get(a) or "" for a in ("class", "id")).casefold().split()
             if not BUILDER_LAYOUT.match(w)]
    if "sidebar" in words and any(MAIN_WRAPPER.match(w) and "sidebar" not in w for w in words):
        words.remove("sidebar")
    if any(HAS_SIDEBAR.search(w) for w in words):
        words = [w for w in words if "sidebar" not in w]
    return words


def chrome(el: _Element, article_footer: bool = False) -> bool:
    """In navigation, a footer or an aside, or in a container of comments or other stories; ``article_footer``:
    an article's own footer (``<article>…<footer class="entry-meta">``: its date, tags, the writer's hCard) is
    the article's, not the page's."""
    footer = "ancestor::footer[not(ancestor::article)]" if article_footer else "ancestor::footer"
    if el.xpath(f"{footer}|ancestor::nav|ancestor::aside"):
        return True
    for up in containers(el):
        words = _words(up)
        if any(ELSEWHERE.search(w) for w in words) and not POSTS_WIDGET <= set(words) and not POST_MARKS & set(words):
            return True
    return False


def chrome_or_own(el: _Element) -> bool:
    """In page chrome, or itself a container of comments or other stories."""
    return any(ELSEWHERE.search(w) for w in _words(el)) or chrome(el)


BLOCK_LEVELS = 4  # levels up to the nearest common container: the credits of one article's byline sit together


def in_one_block(first: _Element, other: _Element, levels: int = BLOCK_LEVELS) -> bool:
    """``other`` sits within ``levels`` levels of ``first`` (one byline block), not in another story's teaser."""
    ups = [first, *islice(first.iterancestors(), levels)]
    return any(up in ups for up in [other, *islice(other.iterancestors(), levels)])


def in_comments(el: _Element) -> bool:
    return any(COMMENTS.search(w) for up in (el, *containers(el)) for w in _words(up))


def other_times(el: _Element, headline_block: frozenset[_Element] = frozenset()) -> bool:
    """Inside a list of other articles, a comment thread or a similar container, whose times are theirs; not when
    a block around the element holds the page's one headline before such a container does (an infinite scroll
    whose first item is the article itself: "ajax-load-more-wrap" › "alm-single-post" › ``<h1>`` and its date).
    ``headline_block``: the headline's ancestors (:func:`headline_ancestors`)."""
    for up in containers(el):
        if holds_other_times(up):
            return True
        if up in headline_block:
            return False
    return False


def headline_ancestors(tree: _Element | None) -> frozenset[_Element]:
    """The ancestors of the page's ``<h1>``, where it has exactly one (none otherwise)."""
    found = tree.xpath("(//h1)[position() < 3]") if tree is not None else []
    return frozenset(found[0].iterancestors()) if len(found) == 1 else frozenset()


# a navigation bar named by its class or id ("navtop", "navbar", "top-nav", "main-navigation"): a date there is the
# site's today ("<div class="navtop"><time datetime="…">Mittwoch, 01. November 2023</time>")
NAV_BAR = re.compile(r"^(?:top|main|site|header)?[-_]?nav(?:igation|bar|top|wrap|[-_](?:top|bar|wrap|main))?$")


def in_nav_bar(el: _Element) -> bool:
    """Inside a ``<nav>`` or a block its class or id names a navigation bar."""
    return bool(el.xpath("ancestor::nav")) or any(NAV_BAR.match(w) for up in containers(el) for w in _words(up))


def holds_other_times(el: _Element) -> bool:
    """``el`` is a list of other articles, a comment thread or a similar container (by its class or id); Blogger's
    column of posts (``<div class="widget Blog">``) holds the post itself."""
    words = _words(el)
    return OTHER_TIMES.search(" ".join(words)) is not None and not POSTS_WIDGET <= set(words)


def pictured(el: _Element) -> bool:
    """Inside a ``<figure>`` or its ``<figcaption>``."""
    return bool(el.xpath("ancestor::figcaption|ancestor::figure"))


QUOTE_LEVELS = 2  # the element's own box, or the box holding a pulled quote and its speaker


def quoted(el: _Element) -> bool:
    """A quotation's speaker: inside a ``<blockquote>``, or in or beside one by its box's class ("<div
    class='pull-quote__author'><span class='author'>Boris Kingma</span>")."""
    ups = [el, *islice(el.iterancestors(), QUOTE_LEVELS)]
    return any(up.tag == "blockquote" or "quote" in (up.get("class") or "").casefold() for up in ups) \
        or bool(el.xpath("ancestor::blockquote"))


def caption(el: _Element) -> bool:
    """A picture's caption or credit: in a figure, or marked so by its or a near ancestor's class or id."""
    if el.xpath("ancestor-or-self::figure|ancestor-or-self::figcaption"):
        return True
    return any(CAPTION.search(" ".join(_words(up))) for up in [el, *list(el.iterancestors())[:3]])


PICTURE_BLOCK = 500  # characters: a block holding a picture and no more text than its caption


def beside_picture(el: _Element) -> bool:
    """Within a few levels of a picture, in a block of little more than its caption: the picture's credit."""
    return any(up.xpath(".//img") and len(up.text_content()) < PICTURE_BLOCK for up in list(el.iterancestors())[:3])
