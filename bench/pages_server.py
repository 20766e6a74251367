"""Serve a built site on loopback the way GitHub Pages serves a project site.

GitHub Pages puts a project site under /<repository>/, answers anything else with the
site's 404 page, and gzips text. Serving the same way here means the browser tests
exercise the relative links a reader's browser resolves, and the benchmark measures
the bytes a reader really downloads.

Used by bench/run.py and by the browser tests (tests/browser/conftest.py).
"""

from __future__ import annotations

import gzip
import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

SUB_PATH = "/llama4-by-the-numbers/"

# Types GitHub Pages compresses; images and archives are already compressed.
COMPRESSIBLE_TYPES = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")
# What GitHub Pages sends: pages are cached for ten minutes.
CACHE_CONTROL = "max-age=600"


@lru_cache(maxsize=512)
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    # mtime_ns is part of the cache key so a rebuilt file is compressed again.
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


def _content_type(path: Path) -> str:
    guessed, encoding = mimetypes.guess_type(path.name)
    if encoding:  # e.g. sitemap.xml.gz: served as the archive it is, not as XML
        return "application/gzip"
    if guessed is None:
        return "application/octet-stream"
    return f"{guessed}; charset=utf-8" if guessed.startswith("text/") else guessed


def is_compressible(path: Path) -> bool:
    return _content_type(path).startswith(COMPRESSIBLE_TYPES)


def file_for(root: Path, url_path: str) -> Path | None:
    """The file under root that url_path names (a directory for a path missing its final
    slash), or None when it is outside the sub-path or missing."""
    if not url_path.startswith(SUB_PATH):
        return None
    candidate = (root / url_path[len(SUB_PATH) :]).resolve()
    if not candidate.is_relative_to(root):
        return None
    if candidate.is_dir():
        if not url_path.endswith("/"):
            return candidate if (candidate / "index.html").is_file() else None
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def served_body_size(site_dir: Path, url_path: str) -> int | None:
    """Bytes of the body this server sends for url_path to a client that accepts gzip."""
    path = file_for(site_dir.resolve(), url_path)
    if path is None or path.is_dir():
        return None
    return len(_gzipped(path, path.stat().st_mtime_ns)) if is_compressible(path) else path.stat().st_size


def _make_handler(site_dir: Path, compress: bool) -> type[BaseHTTPRequestHandler]:
    root = site_dir.resolve()

    class SiteHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._respond(send_body=True)

        def do_HEAD(self) -> None:
            self._respond(send_body=False)

        def log_message(self, format: str, *args) -> None:
            pass  # one line per request would drown test and benchmark output

        def _respond(self, send_body: bool) -> None:
            url_path = unquote(urlsplit(self.path).path)
            if url_path == SUB_PATH.rstrip("/"):
                return self._redirect(SUB_PATH)
            target = file_for(root, url_path)
            if target is None:
                return self._not_found(send_body)
            if target.is_dir():
                # As GitHub Pages does: /page -> /page/ so relative links resolve.
                return self._redirect(url_path + "/")
            self._send_file(HTTPStatus.OK, target, send_body)

        def _not_found(self, send_body: bool) -> None:
            page = root / "404.html"
            if page.is_file():
                self._send_file(HTTPStatus.NOT_FOUND, page, send_body)
                return
            self.send_response(HTTPStatus.NOT_FOUND)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _redirect(self, location: str) -> None:
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _send_file(self, status: HTTPStatus, path: Path, send_body: bool) -> None:
            content_type = _content_type(path)
            gzip_it = compress and is_compressible(path) and "gzip" in self.headers.get("Accept-Encoding", "")
            body = _gzipped(path, path.stat().st_mtime_ns) if gzip_it else path.read_bytes()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", CACHE_CONTROL)
            if compress:
                self.send_header("Vary", "Accept-Encoding")
            if gzip_it:
                self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            if send_body:
                self.wfile.write(body)

    return SiteHandler


@contextmanager
def serve_site(site_dir: Path, compress: bool = True) -> Iterator[str]:
    """Serve site_dir on 127.0.0.1 at a free port; yields the site's base URL (ending in /)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(site_dir, compress))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}{SUB_PATH}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
