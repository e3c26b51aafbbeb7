"""An article page on the fixture site whose content changes between fetches (edits, removal, redirect)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.support.pages import article_page, paragraphs
from tests.support.site import Reply, Request, Site


@dataclass
class EditablePage:
    """What ``path`` serves now: ``status`` 200 with title/body (and an ETag of the content when
    ``etag``), 404/410, or a 301 to ``moved_to``."""

    path: str
    title: str
    body: list[str]
    date: str = "2026-03-02T09:30:00+00:00"
    status: int = 200
    etag: bool = False
    moved_to: str | None = None
    served: list[int] = field(default_factory=list)

    def reply(self, request: Request) -> Reply:
        if self.moved_to:
            self.served.append(301)
            return Reply(301, b"", "text/html", {"Location": self.moved_to})
        if self.status != 200:
            self.served.append(self.status)
            return Reply(self.status, b"gone", "text/plain")
        html = article_page(self.title, self.date, body=self.body).encode()
        headers = {"ETag": f'"{abs(hash(html)) % 10**12}"'} if self.etag else {}
        self.served.append(200)
        return Reply(body=html, headers=headers)


def editable(site: Site, path: str, title: str, extra: list[str] = (), **options: object) -> EditablePage:  # type: ignore[assignment]
    page = EditablePage(path, title, [*paragraphs(path, 4), *extra], **options)  # type: ignore[arg-type]
    site.add(path, page.reply)
    return page
