import json
from pathlib import Path

import pytest

from pipeline.models import Article
from pipeline.settings import PROJECT_ROOT
from pipeline.sources.exceptions import SourceError
from pipeline.sources.files import read_file
from pipeline.sources.replay import discover, read_all

SEED = PROJECT_ROOT / "seeds" / "000_c14a1469d1a060ad.txt"
SEED_TITLE = "Top Syrian and Turkish intelligence officials meet in Russia to discuss Idlib"
PARAGRAPHS = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The city council met on Tuesday to approve the new harbour plan after months of debate.",
        "Residents had raised concerns about noise, traffic and the cost of dredging the old basin.",
        "The mayor said the first ships would dock at the rebuilt quay before the end of next year.",
        "Opposition members voted against, arguing the budget did not include the rail connection.",
    )
)


def only(path: Path) -> Article | SourceError:
    (item,) = list(read_file(path))
    return item


def test_seed_txt_title_and_body() -> None:
    article = only(SEED)
    assert isinstance(article, Article)
    assert article.title == SEED_TITLE
    assert article.text.startswith("The heads of Turkey")
    assert article.url is None and article.source == "seeds"


def test_same_content_same_id_from_any_path(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    first, second = only(SEED), only(copy)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "file is empty"), (b"  \n\n ", "file is empty"), (b"Only a title\n", "no body"), (b"\xff\xfe\xfa", "not UTF-8")],
)
def test_bad_txt_names_the_file(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    error = only(path)
    assert isinstance(error, SourceError)
    assert reason in error.reason and str(path) in str(error)


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "folder.txt"
    path.mkdir()  # a directory is unreadable as a file, for root too
    error = only(path)
    assert isinstance(error, SourceError) and "cannot read" in error.reason


def test_missing_file(tmp_path: Path) -> None:
    error = only(tmp_path / "gone.txt")
    assert isinstance(error, SourceError) and "cannot read" in error.reason


def test_html_through_trafilatura(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Harbour plan approved</title>"
        '<link rel="canonical" href="https://news.example.com/harbour?utm_source=x">'
        '<meta name="author" content="Ana Lopez"></head><body><article><h1>Harbour plan approved</h1>'
        + PARAGRAPHS + "</article></body></html>"
    )
    article = only(page)
    assert isinstance(article, Article), article
    assert article.title == "Harbour plan approved"
    assert article.canonical_url == "https://news.example.com/harbour"
    assert article.authors == ("Ana Lopez",)
    assert article.extraction.producer == "trafilatura"


def test_html_without_article_is_a_typed_failure(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<html><body><nav><a href='/a'>A</a></nav></body></html>")
    error = only(page)
    assert isinstance(error, SourceError) and str(page) in str(error)


def test_json_list_with_one_bad_item(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    items = [
        {"title": "One", "text": "First body.", "url": "https://example.com/1"},
        {"title": "Two"},
        "not an object",
    ]
    path.write_text(json.dumps(items))
    results = list(read_file(path))
    assert isinstance(results[0], Article) and results[0].canonical_url == "https://example.com/1"
    assert isinstance(results[1], SourceError) and results[1].where.endswith("[1]")
    assert isinstance(results[2], SourceError) and "object" in results[2].reason


def test_discover_and_read_all_keep_going(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "notes.md").write_text("ignored")
    files = discover([tmp_path])
    assert [f.name for f in files] == ["empty.txt", "good.txt"]
    articles, failed = read_all(files)
    assert [a.title for a in articles] == [SEED_TITLE]
    assert failed == [(str(tmp_path / "empty.txt"), "file is empty")]
