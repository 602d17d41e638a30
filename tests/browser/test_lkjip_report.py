"""The camat opens the LKjIP report page, sees the figures and the checks, and downloads the Word file."""

import io

import pytest
from docx import Document
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_the_report_page_and_the_word_download(login):
    page = login("camat-wonoasih")
    page.goto("/pd/wonoasih/")
    page.get_by_role("link", name="LKjIP 2024").click()
    expect(page.get_by_role("heading", name="LKjIP 2024: angka akuntabilitas kinerja")).to_be_visible()
    expect(page.locator("[data-checks]")).to_contain_text("hal perlu diperiksa")
    expect(page.locator("body")).to_contain_text("107,14%")
    with page.expect_download() as info:
        page.get_by_role("link", name="Word").click()
    download = info.value
    assert download.suggested_filename == "LKjIP-wonoasih-2024.docx"
    doc = Document(io.BytesIO(open(download.path(), "rb").read()))
    assert "BAB IV PENUTUP" in [p.text for p in doc.paragraphs]


def test_a_slow_download_shows_that_it_runs_and_when_it_is_done(login):
    page = login("operator-wonoasih")
    page.goto("/pd/wonoasih/lkjip/2024/")
    # A warm server makes the PDF in ~0,1 s (issue 21), sooner than a look at the page: every text the status line
    # shows is recorded as it changes.
    page.evaluate("""() => {
        window.teksSibuk = [];
        new MutationObserver(() => {
            const el = document.getElementById("sibuk");
            if (el && el.textContent !== window.teksSibuk.at(-1)) window.teksSibuk.push(el.textContent);
        }).observe(document.body, {subtree: true, childList: true, characterData: true});
    }""")
    with page.expect_download():
        page.get_by_role("link", name="PDF").click()
    # It says when it is done (the answer carried the link's token back as a cookie) ...
    expect(page.locator("#sibuk")).to_contain_text("LKjIP 2024 (PDF) selesai dibuat dan diunduh.")
    # ... and before that, at once, that it runs.
    teks = page.evaluate("window.teksSibuk")
    jalan = [n for n, t in enumerate(teks) if "Sedang membuat LKjIP 2024 (PDF)" in t]
    selesai = [n for n, t in enumerate(teks) if "selesai dibuat dan diunduh" in t]
    assert jalan and selesai and jalan[0] < selesai[0], teks
