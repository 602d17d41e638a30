"""Charts for documents and pages, drawn with matplotlib (Agg, no display) as PNG bytes.

Numbers on the axes and labels use Indonesian formatting; colours and hatching survive grey-scale
printing.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")
# Labels are names users typed: "Rp $5 – $10" or "$\\frac{" is text, never mathtext (which would fail to draw).
matplotlib.rcParams["text.parse_math"] = False

from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.text import Text  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from sakip.core.teks import bersihkan  # noqa: E402
from sakip.rumus.angka import format_angka  # noqa: E402


def garis(judul: str, label: Sequence[str], nilai: Sequence[Decimal | None], *, satuan: str = "",
          batas: tuple[float, float] | None = None) -> bytes:
    """A line chart of one series (e.g. the IKM over survey periods), each point labelled with its value."""
    fig, ax = plt.subplots(figsize=(6.4, 3.2), dpi=150)
    xs = list(range(len(label)))
    points = [(x, v) for x, v in zip(xs, nilai, strict=True) if v is not None]
    if points:  # a point without a value is a gap in the line (NaN), never a 0
        ax.plot(xs, [float(v) if v is not None else float("nan") for v in nilai], color="#0b5cad", marker="o",
                linewidth=2)
        for x, v in points:
            ax.annotate(f"{format_angka(v, 2)}{satuan}", (x, float(v)), textcoords="offset points",
                        xytext=(0, 7), ha="center", fontsize=8)
    ax.set_xticks(xs, [bersihkan(t) for t in label], fontsize=8)
    if batas:
        ax.set_ylim(*batas)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_angka(Decimal(str(round(v, 2))))))
    ax.set_title(judul, fontsize=10)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    return _png(fig, ax)


def batang(judul: str, label: Sequence[str], nilai: Sequence[Decimal], *, garis_acuan: float | None = 100) -> bytes:
    """A horizontal bar chart (e.g. capaian per indicator) with each bar labelled; a reference line at 100."""
    import textwrap

    fig, ax = plt.subplots(figsize=(6.4, 0.5 + 0.55 * max(len(label), 1)), dpi=150)
    ys = list(range(len(label)))
    values = [float(v) for v in nilai]
    ax.barh(ys, values, color="#7fa7d6", edgecolor="#1b3f66", hatch="//")
    for y, v in zip(ys, values, strict=True):
        ax.annotate(f"{format_angka(Decimal(str(v)), 2)}", (v, y), textcoords="offset points", xytext=(4, -3),
                    fontsize=7)
    ax.set_yticks(ys, [textwrap.shorten(bersihkan(t), 60, placeholder="…") for t in label], fontsize=7)
    ax.invert_yaxis()
    if garis_acuan is not None:
        ax.axvline(garis_acuan, color="#444444", linewidth=0.8, linestyle="--")
    ax.set_xlim(0, max([*values, garis_acuan or 0]) * 1.15 or 1)
    ax.set_title(judul, fontsize=10)
    return _png(fig, ax)


def _png(fig, ax) -> bytes:
    """Finish a chart the same way everywhere (no top/right frame) and return it as PNG bytes."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for text in fig.findobj(Text):  # titles, annotations, legends: no control character (sakip.core.teks);
        text.set_text(bersihkan(text.get_text()))  # tick labels are drawn later from their lists, cleaned there
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out.getvalue()


def bagan(pimpinan: str, staf: Sequence[tuple[str, Sequence[str]]], lini: Sequence[tuple[str, Sequence[str]]],
          bawah: Sequence[str] = ()) -> bytes:
    """An organisation chart: the head on top; staff units (sekretariat, fungsional) on the second row
    with their sub-units stacked beneath; line units (seksi, bidang) on the third row, likewise; and
    an optional last row (the kelurahan) joined to the head."""
    import textwrap

    from matplotlib.patches import FancyBboxPatch

    columns = max(len(lini), len(staf), len(bawah), 1)
    depth = max([len(subs) for _, subs in lini] + [0])
    staff_h = 1.1 * (1 + max([len(subs) for _, subs in staf] + [0]))
    rows_h = 1.2 + staff_h + 1.1 * (1 + depth) + (1.2 if bawah else 0)
    fig, ax = plt.subplots(figsize=(max(6.4, 1.7 * columns), 0.9 * rows_h + 0.4), dpi=150)
    w, h = 1.45, 0.7

    def box(x: float, y: float, text: str, bold: bool = False) -> None:
        ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.02", facecolor="#eef3fa",
                                    edgecolor="#1b3f66", linewidth=1, zorder=3))
        ax.text(x, y, textwrap.fill(text, 17), ha="center", va="center", fontsize=6.5,
                fontweight="bold" if bold else "normal", zorder=4)

    def line(x1: float, y1: float, x2: float, y2: float) -> None:
        ax.plot([x1, x2], [y1, y2], color="#1b3f66", linewidth=0.8, zorder=1)

    def spread(n: int) -> list[float]:
        step = 1.8
        return [(i - (n - 1) / 2) * step for i in range(n)]

    top = 0.0
    box(0, top, pimpinan, bold=True)
    y_staf = top - 1.2
    trunk_bottom = top - h / 2
    for (name, subs), x in zip(staf, [-1.8, 1.8, -3.6, 3.6][: len(staf)], strict=False):
        line(0, y_staf, x, y_staf)
        box(x, y_staf, name)
        for k, sub in enumerate(subs, start=1):
            line(x, y_staf - 1.1 * (k - 1) - h / 2, x, y_staf - 1.1 * k + h / 2)
            box(x, y_staf - 1.1 * k, sub)
    y_lini = top - 1.2 - staff_h
    xs = spread(len(lini))
    if lini:
        line(min(xs), y_lini + 0.6, max(xs), y_lini + 0.6)
        trunk_bottom = y_lini + 0.6
    for (name, subs), x in zip(lini, xs, strict=True):
        line(x, y_lini + 0.6, x, y_lini + h / 2)
        box(x, y_lini, name)
        for k, sub in enumerate(subs, start=1):
            line(x, y_lini - 1.1 * (k - 1) - h / 2, x, y_lini - 1.1 * k + h / 2)
            box(x, y_lini - 1.1 * k, sub)
    if bawah:
        y_bawah = y_lini - 1.1 * (1 + depth) - 0.2
        xb = spread(len(bawah))
        line(min(xb), y_bawah + 0.6, max(xb), y_bawah + 0.6)
        side = max([*xs, *xb, 1.8]) + 1.0
        line(0, top - h / 2 - 0.15, side, top - h / 2 - 0.15)  # the kelurahan answer to the head directly
        line(side, top - h / 2 - 0.15, side, y_bawah + 0.6)
        line(max(xb), y_bawah + 0.6, side, y_bawah + 0.6)
        for name, x in zip(bawah, xb, strict=True):
            line(x, y_bawah + 0.6, x, y_bawah + h / 2)
            box(x, y_bawah, name)
    line(0, top - h / 2, 0, trunk_bottom)
    ax.set_xlim(-columns * 0.9 - 1.2, columns * 0.9 + 1.8)
    ax.set_ylim(top - rows_h - 0.2, top + 0.6)
    ax.set_aspect("equal")
    ax.axis("off")
    out = io.BytesIO()
    fig.savefig(out, format="png", bbox_inches="tight", pad_inches=0.05)
    plt.close(fig)
    return out.getvalue()


GAYA_GARIS = [("#0b5cad", "o", "-"), ("#b34700", "s", "--"), ("#2e7d32", "^", "-."), ("#6a1b9a", "D", ":"),
              ("#444444", "v", "-")]


def garis_banyak(judul: str, label: Sequence[str], series: Mapping[str, Sequence[Decimal | None]]) -> bytes:
    """Several lines over the same points (e.g. capaian per indicator and serapan per quarter); each line
    has its own marker and dash so the chart still reads in grey-scale."""
    import textwrap

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
    ax.set_xticks(xs, [bersihkan(t) for t in label], fontsize=8)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_angka(Decimal(str(round(v, 2))))))
    ax.set_title(judul, fontsize=10)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.legend(fontsize=6.5, loc="lower right")
    return _png(fig, ax)
