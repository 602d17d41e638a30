"""Geometry of the quarterly grid and of the portal's IKU table, measured in the browser (issue 16, "Grid").

Presence is not enough: an operator on a 1366×768 laptop must reach every column with the programme names and
the edited row in view, and read a whole error; a citizen on a phone must read realisation and capaian without
sideways scrolling. Each test measures ``getBoundingClientRect`` against the window and the grid's scroll box
(its client area: without borders and scrollbars) and keeps a screenshot of the window in ``test-artifacts/``.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from sakip.domain.measurement.models import RealisasiAnggaran
from tests.helpers import ARTIFACTS

pytestmark = pytest.mark.browser

GRID = "/pd/wonoasih/pengukuran/2024/tw2/"
PORTAL = "/publik/kota-probolinggo/wonoasih/2024/"
EPS = 1  # sub-pixel layout against whole-pixel scrolling

# The visible part of a grid box, the sticky header's bottom and the sticky name column's right edge (the rectangles
# of sticky cells are where they are stuck).
BOX = """box => {
  const r = box.getBoundingClientRect(), t = box.querySelector("table");
  const left = r.left + box.clientLeft, top = r.top + box.clientTop;
  return {left, top, right: left + box.clientWidth, bottom: top + box.clientHeight, outerBottom: r.bottom,
          height: r.height, scrollWidth: box.scrollWidth, clientWidth: box.clientWidth,
          headBottom: t.querySelector("thead th").getBoundingClientRect().bottom,
          stickyRight: t.querySelector("tbody td:first-child").getBoundingClientRect().right,
          winWidth: document.documentElement.clientWidth, winHeight: document.documentElement.clientHeight};
}"""
RECT = "el => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; }"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"geometri-{name}.png"))


def open_grid(login, width: int, height: int):
    page = login("operator-wonoasih")
    page.set_viewport_size({"width": width, "height": height})
    page.goto(GRID)
    expect(page.get_by_role("heading", name="Pengukuran kinerja triwulan 2 tahun 2024")).to_be_visible()
    return page


def settled(page) -> None:
    """htmx has no request, swap or settle under way, and two frames were painted since (grid.js scrolls on focus)."""
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))")


def box_of(locator):
    return locator.locator("xpath=ancestor::div[contains(@class, 'gulir-grid')][1]")


def assert_clear(rect: dict, box: dict, what: str, *, beside_sticky: bool = True) -> None:
    """``rect`` lies whole in the window and in the box's visible area, below the sticky header and, unless it is
    the name column itself, right of the sticky names."""
    left = box["stickyRight"] if beside_sticky else box["left"]
    assert rect["left"] >= left - EPS, f"{what}: left edge {rect['left']:.0f} hidden under/left of {left:.0f}"
    assert rect["right"] <= box["right"] + EPS, f"{what}: right edge {rect['right']:.0f} past the box ({box['right']:.0f})"
    assert rect["top"] >= box["headBottom"] - EPS, f"{what}: top {rect['top']:.0f} under the header ({box['headBottom']:.0f})"
    assert rect["bottom"] <= box["bottom"] + EPS, f"{what}: bottom {rect['bottom']:.0f} past the box ({box['bottom']:.0f})"
    assert 0 <= rect["left"] and rect["right"] <= box["winWidth"] + EPS, f"{what}: outside the window horizontally"
    assert 0 <= rect["top"] and rect["bottom"] <= box["winHeight"] + EPS, f"{what}: outside the window vertically"


@pytest.mark.parametrize("width,height", [(1920, 1080), (1366, 768), (1024, 768), (390, 844)])
def test_every_grid_column_is_reachable_with_the_scrollbar_on_screen(alur_terbuka, login, width, height):
    page = open_grid(login, width, height)
    boxes = page.locator(".gulir-grid")
    assert boxes.count() == 2  # IKU, then programme / kegiatan / sub kegiatan
    for b in range(2):
        box = boxes.nth(b)
        box.evaluate("box => box.scrollIntoView({block: 'center'})")  # as a reader scrolls the page to it
        geo = box.evaluate(BOX)
        # The whole box fits in the window, so its horizontal scrollbar is on screen once the box is in view.
        assert geo["height"] <= geo["winHeight"], f"box {b} is {geo['height']:.0f}px tall in a {geo['winHeight']}px window"
        assert geo["outerBottom"] <= geo["winHeight"] + EPS
        if width >= 1366 and b == 1:  # the programme table, 1.373 px in a 1.168 px box before: no scrolling now
            assert geo["scrollWidth"] <= geo["clientWidth"], f"{geo['scrollWidth']}px in a {geo['clientWidth']}px box"
        if width < 1366 and b == 1:  # narrower windows scroll the figures under the sticky names
            assert geo["scrollWidth"] > geo["clientWidth"]
        headers = box.locator("thead th")
        for i in range(headers.count()):
            th = headers.nth(i)
            # Scroll the box (not the page) so the column's right edge meets the box's right edge.
            box.evaluate("(box, th) => { box.scrollLeft = th.offsetLeft + th.offsetWidth - box.clientWidth; }",
                         th.element_handle())
            geo = box.evaluate(BOX)
            rect = th.evaluate(RECT)
            name = th.inner_text().replace("\n", " ")
            assert rect["right"] <= geo["right"] + EPS, f"{width}px, box {b}: column “{name}” ends past the box"
            assert rect["right"] <= geo["winWidth"] + EPS, f"{width}px, box {b}: column “{name}” ends past the window"
            if i:
                assert rect["left"] >= geo["stickyRight"] - EPS, f"{width}px, box {b}: “{name}” under the sticky names"
            # Its cell in the first row is as far right, and the row's name beside it.
            row = box.locator("tbody tr").first
            cell = row.locator("td").nth(i).evaluate(RECT)
            assert cell["right"] <= geo["right"] + EPS
            nama = row.locator("td").first.evaluate(RECT)
            assert geo["left"] - EPS <= nama["left"] and nama["right"] <= geo["right"] + EPS
        box.evaluate("box => { box.scrollLeft = box.scrollWidth; }")
    shot(page, f"grid-kolom-{width}x{height}")


@pytest.mark.parametrize("width,height", [(1366, 768), (1024, 768)])
def test_keyboard_keeps_the_edited_cell_and_its_name_in_view(alur_terbuka, login, width, height):
    page = open_grid(login, width, height)
    fields = page.locator("input[data-kolom=anggaran]")
    assert fields.count() > 14
    fields.first.focus()
    box = box_of(fields.first)

    def check(what: str) -> None:
        settled(page)
        geo = box.evaluate(BOX)
        focused = page.evaluate_handle("document.activeElement")
        rect = focused.evaluate(RECT)
        assert_clear(rect, geo, what)
        nama = focused.evaluate("el => { const r = el.closest('tr').cells[0].getBoundingClientRect();"
                                " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; }")
        assert geo["left"] - EPS <= nama["left"] and nama["right"] <= geo["right"] + EPS, f"{what}: its name is off the box"
        assert nama["bottom"] > geo["headBottom"] and nama["top"] < geo["bottom"], f"{what}: its name is off the box"
        assert geo["outerBottom"] <= geo["winHeight"] + EPS, f"{what}: the box's scrollbar is below the window"

    check("first spending cell")
    for n in range(14):  # down the spending column, past the bottom of the box
        page.keyboard.press("ArrowDown")
        check(f"spending cell {n + 2}")
    start = page.evaluate("document.activeElement.getAttribute('aria-label')")
    for n in range(3):  # back left along the row, then to the indicator column right of the sticky names
        page.keyboard.press("Shift+Tab")
        check(f"Shift+Tab {n + 1}")
    for n in range(3):
        page.keyboard.press("Tab")
        check(f"Tab {n + 1}")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == start
    for n in range(6):  # and up again, under the sticky header
        page.keyboard.press("ArrowUp")
        check(f"ArrowUp {n + 1}")
    shot(page, f"grid-keyboard-{width}x{height}")


@pytest.mark.parametrize("width,height", [(1366, 768), (1024, 768), (390, 844)])
def test_a_spending_error_is_shown_whole(alur_terbuka, login, width, height):
    page = open_grid(login, width, height)
    field = page.locator("input[data-kolom=anggaran]").nth(5)
    row_id = field.evaluate("el => el.closest('tr').id")
    sub_id = int(field.evaluate("el => el.closest('tr').querySelector('input[name=sub_kegiatan]').value"))
    before = list(RealisasiAnggaran.objects.filter(sub_kegiatan_id=sub_id, triwulan=2).values_list("nilai", flat=True))
    row = page.locator(f"#{row_id}")
    for typed, message in (("-5", "Realisasi anggaran tidak boleh negatif."),
                           ("999.999.999.999", "Realisasi anggaran Rp 999.999.999.999 melebihi pagu Rp ")):
        row.locator("input[data-kolom=anggaran]").fill(typed)
        row.locator("input[data-kolom=anggaran]").press("Enter")  # saves the row, moves down the column
        alert = row.get_by_role("alert")
        expect(alert).to_contain_text(message)
        settled(page)
        geo = box_of(alert).evaluate(BOX)
        assert_clear(alert.evaluate(RECT), geo, f"{width}px: error “{message}”")
        # The text is not cut by its cell either: the box of the message holds all its lines.
        assert alert.evaluate("el => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight")
        shot(page, f"grid-galat-{width}x{height}")
        row.locator("input[data-kolom=anggaran]").focus()
    after = list(RealisasiAnggaran.objects.filter(sub_kegiatan_id=sub_id, triwulan=2).values_list("nilai", flat=True))
    assert after == before  # nothing saved


def test_the_portal_iku_table_reads_on_a_phone_without_sideways_scrolling(context_baru):
    page = context_baru(390, 844, is_mobile=True)
    page.goto(PORTAL)
    table = page.locator("[data-portal-iku]")
    expect(table).to_contain_text("74,21%")  # Wonoasih's TW III capaian, approved in the demo
    rows = table.locator("tbody tr")
    assert rows.count() >= 2
    win = page.evaluate("document.documentElement.clientWidth")
    assert win == 390
    for r in range(rows.count()):
        row = rows.nth(r)
        cells = row.locator("td")
        assert cells.count() == 7  # indicator, target, TW I–IV, capaian
        for c in range(1, 7):  # target, the four quarters' realisation and the capaian
            cell = cells.nth(c)
            cell.scroll_into_view_if_needed()
            rect = cell.evaluate(RECT)
            assert 0 <= rect["left"] and rect["right"] <= win + EPS, f"row {r + 1}, cell {c + 1}: {rect}"
            label = cell.evaluate("el => getComputedStyle(el, '::before').content")
            assert label.strip('"') == cell.get_attribute("data-label")  # each figure says what it is
        # The capaian comes right under the indicator's name, before the quarters.
        name, capaian, tw1 = (cells.nth(i).evaluate(RECT) for i in (0, 6, 2))
        assert name["bottom"] <= capaian["top"] + EPS <= tw1["top"] + EPS
    wrapper = table.locator("xpath=..")
    assert wrapper.evaluate("el => el.scrollWidth <= el.clientWidth"), "the IKU table scrolls sideways"
    assert page.evaluate("document.documentElement.scrollWidth") <= win
    table.scroll_into_view_if_needed()
    shot(page, "portal-iku-390x844")


def test_the_portal_iku_table_stays_a_table_on_a_laptop(context_baru):
    page = context_baru(1366, 768)
    page.goto(PORTAL)
    table = page.locator("[data-portal-iku]")
    expect(table).to_contain_text("74,21%")
    assert table.evaluate("el => getComputedStyle(el.tBodies[0].rows[0]).display") == "table-row"
    expect(table.locator("thead th")).to_have_count(7)
    for i in range(7):
        assert table.locator("thead th").nth(i).evaluate(RECT)["right"] <= 1366
    shot(page, "portal-iku-1366x768")
