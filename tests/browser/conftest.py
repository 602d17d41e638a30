"""Playwright driving Debian's Chromium (Playwright's own browser download cannot work here).

One live server serves every browser test of the session. It shares the test thread's database
connection, so a browser test runs inside the same rolled-back transaction as any other test and sees
the demo loaded once for the session: no reload and no flush per test. The server handles one request
at a time (they share that connection); each test leaves a screenshot in ``test-artifacts/``.
"""

from __future__ import annotations

import os
import re
import shutil
import socketserver

import pytest

from tests.helpers import ARTIFACTS

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Chromium tidak ditemukan: jalankan `bash scripts/system-deps.sh test` (paket Debian chromium).")
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture(scope="session")
def server(django_db_setup, django_db_blocker):
    """The URL of a live server that answers with the test's own database connection.

    Django's test client does the same (it never closes the connection between requests); the live
    server thread otherwise would, at the end of each request, as its connection is not in autocommit
    inside the test's transaction.
    """
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import WSGIServer
    from django.db import connections
    from django.test.testcases import LiveServerThread

    class OneAtATime(WSGIServer):
        """Requests in turn, never two at once on the shared connection (Django's server then answers with
        ``Connection: close``, so a waiting browser connection never blocks the next request)."""

        def __init__(self, *args, connections_override=None, **kwargs):
            super().__init__(*args, **kwargs)

    assert not issubclass(OneAtATime, socketserver.ThreadingMixIn)

    class Thread(LiveServerThread):
        server_class = OneAtATime

    connection = connections["default"]
    connection.inc_thread_sharing()
    connection.close_if_unusable_or_obsolete = lambda: None
    thread = Thread("localhost", static_handler=StaticFilesHandler, connections_override={"default": connection})
    thread.daemon = True
    with django_db_blocker.unblock():
        thread.start()
        thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://{thread.host}:{thread.port}"
    thread.terminate()
    connection.dec_thread_sharing()
    del connection.close_if_unusable_or_obsolete


@pytest.fixture
def context_baru(request, browser, server, db):
    """``context_baru(width=…, height=…, **options)`` → a new browser page on the live server; its
    screenshot is kept when the test ends."""
    contexts = []

    def new(width: int = 1366, height: int = 900, **options):
        context = browser.new_context(viewport={"width": width, "height": height}, locale="id-ID", base_url=server,
                                      **options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield new
    ARTIFACTS.mkdir(exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    for n, context in enumerate(contexts):
        for page in context.pages:
            page.screenshot(path=str(ARTIFACTS / f"{name}{'-' + str(n) if n else ''}.png"), full_page=True)
        context.close()


@pytest.fixture
def page(context_baru):
    return context_baru()


@pytest.fixture
def login(page):
    def as_user(username: str, password: str = "sakip-demo"):
        page.goto("/masuk/")
        page.get_by_label("Nama pengguna").fill(username)
        page.get_by_label("Kata sandi").fill(password)
        page.get_by_role("button", name="Masuk").click()
        page.wait_for_url(lambda url: "/masuk/" not in url)
        return page

    return as_user
