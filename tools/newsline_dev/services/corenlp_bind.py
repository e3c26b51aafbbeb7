"""Bind CoreNLP's server to one address: it has no option for it and listens on every interface.

The JDK's HTTP server picks its implementation from ``-Dcom.sun.net.httpserver.HttpServerProvider``; this
provider delegates to the JDK's own with the address replaced by ``-Dnewsline.bind``. Compiled once per source
into ``<state>/corenlp/classes`` with the JDK's ``javac``.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from newsline_dev.services.exceptions import StartError

CLASS = "newsline.LoopbackHttpServerProvider"
EXPORTS = "--add-exports=jdk.httpserver/sun.net.httpserver=ALL-UNNAMED"
SOURCE = """\
package newsline;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The JDK's HTTP server, bound to the address in -Dnewsline.bind instead of every interface. */
public final class LoopbackHttpServerProvider extends HttpServerProvider {
    private final HttpServerProvider inner = new sun.net.httpserver.DefaultHttpServerProvider();

    private static InetSocketAddress bound(InetSocketAddress addr) throws IOException {
        if (addr == null) {
            return null;
        }
        InetAddress host = InetAddress.getByName(System.getProperty("newsline.bind", "127.0.0.1"));
        return new InetSocketAddress(host, addr.getPort());
    }

    @Override
    public HttpServer createHttpServer(InetSocketAddress addr, int backlog) throws IOException {
        return inner.createHttpServer(bound(addr), backlog);
    }

    @Override
    public HttpsServer createHttpsServer(InetSocketAddress addr, int backlog) throws IOException {
        return inner.createHttpsServer(bound(addr), backlog);
    }
}
"""


def compiled(state: Path, java_home: Path) -> Path:
    """The classes dir holding the provider, compiled unless this source's build is there."""
    digest = hashlib.sha256(SOURCE.encode()).hexdigest()[:16]
    classes = state / "classes" / digest
    if (classes / "newsline" / "LoopbackHttpServerProvider.class").is_file():
        return classes
    source = state / "src" / "LoopbackHttpServerProvider.java"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(SOURCE)
    javac = java_home / "bin" / "javac"
    if not javac.is_file():
        raise StartError(f"corenlp: {javac} missing; a JDK (not a JRE) is needed to bind the server to one address")
    run = subprocess.run([str(javac), EXPORTS, "-d", str(classes), str(source)], capture_output=True, text=True,
                         timeout=120)
    if run.returncode != 0:
        raise StartError(f"corenlp: compiling the bind provider failed: {(run.stdout + run.stderr)[-2000:]}")
    return classes


def jvm_options(host: str) -> list[str]:
    """JVM options that make the provider (on the class path) the JDK HTTP server's, bound to ``host``."""
    return [EXPORTS, f"-Dcom.sun.net.httpserver.HttpServerProvider={CLASS}", f"-Dnewsline.bind={host}"]
