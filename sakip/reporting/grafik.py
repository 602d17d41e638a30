"""Charts for documents and pages, drawn with matplotlib (Agg, no display) as PNG bytes.

Numbers on the axes and labels use Indonesian formatting; colours and hatching survive grey-scale
printing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from sakip.core.angka import format_angka  # noqa: E402


def garis(judul: str, label: Sequence[str], nilai: Sequence[Decimal | None], *, satuan: str = "",
          batas: tuple[float, float] | None = None) -> bytes:
    """A line chart of one series (e.g. the IKM over survey periods), each point labelled with its value."""
    fig, ax = plt.subplots(figsize=(6.4, 3.2), dpi=150)
    xs = list(range(len(label)))
    ys = [float(v) if v is not None else None for v in nilai]
    points = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
    if points:
        ax.plot([p[0] for p in points], [p[1] for p in points], color="#0b5cad", marker="o", linewidth=2)
        for x, y in points:
            ax.annotate(f"{format_angka(Decimal(str(y)), 2)}{satuan}", (x, y), textcoords="offset points",
                        xytext=(0, 7), ha="center", fontsize=8)
    ax.set_xticks(xs, list(label), fontsize=8)
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
    ax.set_yticks(ys, [textwrap.shorten(t, 60, placeholder="…") for t in label], fontsize=7)
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
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out.getvalue()
