"""Charts for documents and pages, drawn with matplotlib (Agg, no display) as PNG bytes.

Numbers on the axes and labels use Indonesian formatting; colours and hatching survive grey-scale
printing.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Mapping, Sequence
from decimal import Decimal

from sakip.core.teks import bersihkan
from sakip.rumus.angka import format_angka


@functools.cache
def _siapkan() -> None:
    """Set matplotlib up once, before a chart first imports pyplot. matplotlib is imported here and in the
    functions that draw, not at the top: a builder imports this module at start-up (the SKM's) and pays nothing
    until it draws."""
    import matplotlib

    matplotlib.use("Agg")
    # Labels are names users typed: "Rp $5 – $10" or "$\\frac{" is text, never mathtext (which would fail to draw).
    matplotlib.rcParams["text.parse_math"] = False


def _teks(teks: str) -> str:
    """A label as matplotlib can draw it: no control character, and a carriage return or tab (which it shows as
    a missing glyph) as a space."""
    return bersihkan(teks).replace("\r\n", "\n").replace("\r", " ").replace("\t", " ")


def garis(judul: str, label: Sequence[str], nilai: Sequence[Decimal | None], *, satuan: str = "",
          batas: tuple[float, float] | None = None) -> bytes:
    """A line chart of one series (e.g. the IKM over survey periods), each point labelled with its value."""
    _siapkan()
    from matplotlib import pyplot as plt
    from matplotlib.ticker import FuncFormatter

    fig, ax = plt.subplots(figsize=(6.4, 3.2), dpi=150)
    xs = list(range(len(label)))
    points = [(x, v) for x, v in zip(xs, nilai, strict=True) if v is not None]
    if points:  # a point without a value is a gap in the line (NaN), never a 0
        ax.plot(xs, [float(v) if v is not None else float("nan") for v in nilai], color="#0b5cad", marker="o",
                linewidth=2)
        for x, v in points:
            ax.annotate(f"{format_angka(v, 2)}{satuan}", (x, float(v)), textcoords="offset points",
                        xytext=(0, 7), ha="center", fontsize=8)
    ax.set_xticks(xs, [_teks(t) for t in label], fontsize=8)
    if batas:
        ax.set_ylim(*batas)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_angka(Decimal(str(round(v, 2))))))
    ax.set_title(judul, fontsize=10)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    return _png(fig, ax)


def batang(judul: str, label: Sequence[str], nilai: Sequence[Decimal], *, garis_acuan: float | None = 100) -> bytes:
    """A horizontal bar chart (e.g. capaian per indicator) with each bar labelled; a reference line at 100."""
    import textwrap

    _siapkan()
    from matplotlib import pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 0.5 + 0.55 * max(len(label), 1)), dpi=150)
    ys = list(range(len(label)))
    values = [float(v) for v in nilai]
    ax.barh(ys, values, color="#7fa7d6", edgecolor="#1b3f66", hatch="//")
    for y, v in zip(ys, values, strict=True):
        ax.annotate(f"{format_angka(Decimal(str(v)), 2)}", (v, y), textcoords="offset points", xytext=(4, -3),
                    fontsize=7)
    ax.set_yticks(ys, [textwrap.shorten(_teks(t), 60, placeholder="…") for t in label], fontsize=7)
    ax.invert_yaxis()
    if garis_acuan is not None:
        ax.axvline(garis_acuan, color="#444444", linewidth=0.8, linestyle="--")
    ax.set_xlim(0, max([*values, garis_acuan or 0]) * 1.15 or 1)
    ax.set_title(judul, fontsize=10)
    return _png(fig, ax)


def _png(fig, ax) -> bytes:
    """Finish a chart the same way everywhere (no top/right frame) and return it as PNG bytes."""
    from matplotlib import pyplot as plt
    from matplotlib.text import Text

    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for text in fig.findobj(Text):  # titles, annotations, legends: no control character (sakip.core.teks);
        text.set_text(_teks(text.get_text()))  # tick labels are drawn later from their lists, cleaned there
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out.getvalue()


BAGAN_KOTAK = (1.6, 0.9)  # an organisation chart's box, width and height, in chart units
BAGAN_JARAK = (1.8, 1.25)  # the distance between box centres, across and down


def _letak_bagan(pimpinan: str, staf: Sequence[tuple[str, Sequence[str]]],
                 lini: Sequence[tuple[str, Sequence[str]]], bawah: Sequence[str]):
    """Where :func:`bagan` puts its boxes, (x, y, label, bold), and its connecting lines, in chart units."""
    (w, h), (dx, dy) = BAGAN_KOTAK, BAGAN_JARAK
    boxes: list[tuple[float, float, str, bool]] = []
    lines: list[tuple[float, float, float, float]] = []

    def spread(n: int) -> list[float]:
        return [(i - (n - 1) / 2) * dx for i in range(n)]

    def column(x: float, y: float, name: str, subs: Sequence[str]) -> None:
        boxes.append((x, y, name, False))
        for k, sub in enumerate(subs, start=1):
            lines.append((x, y - dy * (k - 1) - h / 2, x, y - dy * k + h / 2))
            boxes.append((x, y - dy * k, sub, False))

    top, gap = 0.0, 0.3  # gap: from a row's bus line down to the top of its boxes
    boxes.append((0, top, pimpinan, True))
    y_staf = top - dy
    trunk_bottom = top - h / 2
    for (name, subs), x in zip(staf, [-dx, dx, -2 * dx, 2 * dx][: len(staf)], strict=False):
        lines.append((0, y_staf, x, y_staf))
        column(x, y_staf, name, subs)
        trunk_bottom = min(trunk_bottom, y_staf)
    bus = (y_staf - dy * max([len(subs) for _, subs in staf] + [0]) if staf else top) - h / 2 - gap
    y_lini = bus - gap - h / 2
    xs = spread(len(lini))
    if lini:
        lines.append((min(xs), bus, max(xs), bus))
        trunk_bottom = bus
    for (name, subs), x in zip(lini, xs, strict=True):
        lines.append((x, bus, x, y_lini + h / 2))
        column(x, y_lini, name, subs)
    if bawah:
        depth = max([len(subs) for _, subs in lini] + [0])
        bus_bawah = (y_lini - dy * depth if lini else bus + gap + h / 2) - h / 2 - gap
        xb = spread(len(bawah))
        side = max([*xs, *xb, dx]) + w / 2 + 0.35
        lines += [(min(xb), bus_bawah, max(xb), bus_bawah),
                  (0, top - h / 2 - 0.15, side, top - h / 2 - 0.15),  # the kelurahan answer to the head directly
                  (side, top - h / 2 - 0.15, side, bus_bawah), (max(xb), bus_bawah, side, bus_bawah)]
        for name, x in zip(bawah, xb, strict=True):
            lines.append((x, bus_bawah, x, bus_bawah - gap))
            boxes.append((x, bus_bawah - gap - h / 2, name, False))
    lines.append((0, top - h / 2, 0, trunk_bottom))
    return boxes, lines


def _baris_label(lebar_pt, text: str, room: tuple[float, float], size: float, bold: bool) -> list[str] | None:
    """``text`` wrapped between its words to lines no wider than ``room[0]`` points, or None when a word is wider
    or the lines are taller than ``room[1]``; ``lebar_pt(text, size, bold)`` measures."""
    out: list[str] = []
    for word in text.split():
        if lebar_pt(word, size, bold) > room[0]:
            return None
        if out and lebar_pt(f"{out[-1]} {word}", size, bold) <= room[0]:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out if len(out) * size * 1.22 <= room[1] else None


def bagan(pimpinan: str, staf: Sequence[tuple[str, Sequence[str]]], lini: Sequence[tuple[str, Sequence[str]]],
          bawah: Sequence[str] = ()) -> bytes:
    """An organisation chart: the head on top; staff units (sekretariat, fungsional) on the second row
    with their sub-units stacked beneath; line units (seksi, bidang) on the third row, likewise; and
    an optional last row (the kelurahan) joined to the head.

    Drawn at the size documents print it (about 160 mm wide), so its type stays readable; every label is
    wrapped by its measured width to fit inside its box, all in one type size: the largest (7 pt down to
    4,5 pt) at which every label fits."""
    import textwrap

    _siapkan()
    from matplotlib import pyplot as plt
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import FancyBboxPatch

    (w, h) = BAGAN_KOTAK
    boxes, lines = _letak_bagan(pimpinan, staf, lini, bawah)
    xs = [x for x, *_ in boxes] + [v for ln in lines for v in (ln[0], ln[2])]
    ys = [y for _, y, *_ in boxes] + [v for ln in lines for v in (ln[1], ln[3])]
    x0, x1 = min(xs) - w / 2 - 0.1, max(xs) + w / 2 + 0.1
    y0, y1 = min(ys) - h / 2 - 0.1, max(ys) + h / 2 + 0.1
    # As wide as documents print it, so a point here is about a point on paper; a small chart keeps the scale of
    # a kecamatan's (33 pt per unit) and is centred rather than blown up.
    lebar_in = 6.3
    pt_per_unit = min(lebar_in * 72 / (x1 - x0), 33.0)
    half = lebar_in * 72 / pt_per_unit / 2
    fig = plt.figure(figsize=(lebar_in, (y1 - y0) * pt_per_unit / 72), dpi=200)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim((x0 + x1) / 2 - half, (x0 + x1) / 2 + half)
    ax.set_ylim(y0, y1)
    ax.axis("off")
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]

    def lebar_pt(text: str, size: float, bold: bool) -> float:
        prop = FontProperties(size=size, weight="bold" if bold else "normal")
        return renderer.get_text_width_height_descent(text, prop, ismath=False)[0] * 72 / fig.dpi

    pad = 0.07
    room = ((w - 2 * pad) * pt_per_unit, (h - 2 * pad) * pt_per_unit)
    labels = [(x, y, _teks(text), bold) for x, y, text, bold in boxes]
    sizes = (7.0, 6.5, 6.0, 5.5, 5.0, 4.5)
    size = next((z for z in sizes if all(_baris_label(lebar_pt, t, room, z, b) for _, _, t, b in labels)),
                sizes[-1])
    for xa, ya, xb, yb in lines:
        ax.plot([xa, xb], [ya, yb], color="#1b3f66", linewidth=0.8, zorder=1)
    for x, y, text, bold in labels:
        ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.02", facecolor="#eef3fa",
                                    edgecolor="#1b3f66", linewidth=1, zorder=3))
        wrapped = _baris_label(lebar_pt, text, room, size, bold)
        # The last resort, a label too long for its box even in the smallest type: wrapped by characters.
        printed = "\n".join(wrapped) if wrapped else textwrap.fill(text, max(int(room[0] / (size * 0.6)), 4))
        ax.text(x, y, printed, ha="center", va="center", fontsize=size, fontweight="bold" if bold else "normal",
                linespacing=1.15, zorder=4)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out.getvalue()


GAYA_GARIS = [("#0b5cad", "o", "-"), ("#b34700", "s", "--"), ("#2e7d32", "^", "-."), ("#6a1b9a", "D", ":"),
              ("#444444", "v", "-")]


def garis_banyak(judul: str, label: Sequence[str], series: Mapping[str, Sequence[Decimal | None]]) -> bytes:
    """Several lines over the same points (e.g. capaian per indicator and serapan per quarter); each line
    has its own marker and dash so the chart still reads in grey-scale."""
    import textwrap

    _siapkan()
    from matplotlib import pyplot as plt
    from matplotlib.ticker import FuncFormatter

    fig, ax = plt.subplots(figsize=(6.4, 3.6), dpi=150)
    xs = list(range(len(label)))
    for n, (name, values) in enumerate(series.items()):
        colour, marker, dash = GAYA_GARIS[n % len(GAYA_GARIS)]
        points = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None]
        if not points:
            continue
        # A quarter without a value ("belum diukur", not entered) is a gap in the line (NaN), never a 0.
        ax.plot(xs, [float(v) if v is not None else float("nan") for v in values], color=colour, marker=marker,
                linestyle=dash, linewidth=1.5, label=textwrap.shorten(name, 55, placeholder="…"))
        x, last = points[-1]
        ax.annotate(format_angka(last, 2), (x, float(last)), textcoords="offset points", xytext=(5, 0),
                    fontsize=7, color=colour)
    ax.set_xticks(xs, [_teks(t) for t in label], fontsize=8)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_angka(Decimal(str(round(v, 2))))))
    ax.set_title(judul, fontsize=10)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.legend(fontsize=6.5, loc="lower right")
    return _png(fig, ax)
