"""Box-and-line diagrams (the pohon kinerja) laid out by Graphviz's ``dot``, called as a subprocess.

Layout only: the caller gives plain boxes (:class:`Kotak`: a small heading, a name, an owner, indicator lines, the
parent's id, a grey shade) and gets SVG, PNG or the layout itself back. Grey only, so a print in black and white
reads the same; an intermediate box has a dashed border. Text is cut into lines here (``dot`` does not wrap) and
goes in as escaped HTML-like labels, so nothing typed can be read as markup.

``tata_letak`` returns every box's rectangle from ``dot -Tjson`` and ``tumpang_tindih`` the pairs that intersect:
the readability check of the tests (no label over another). Graphviz is a Debian package (``graphviz``,
``scripts/system-deps.sh``); without ``dot`` rendering raises :class:`DiagramError` with the reason.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from sakip.core.teks import bersihkan

FONT = "Liberation Sans"
ABU = ("gray78", "gray86", "gray92", "gray96", "white", "white")  # by shade index: darker = higher in the tree


class DiagramError(RuntimeError):
    pass


@dataclass(frozen=True)
class Kotak:
    id: str
    judul: str  # the small heading line: "PROGRAM 7.01.03"
    nama: str
    pemilik: str = ""
    indikator: tuple[str, ...] = ()
    induk: str | None = None
    warna: int = 0  # index into ABU
    putus: bool = False  # dashed border: an intermediate node


@dataclass(frozen=True)
class Persegi:
    id: str
    x0: float
    y0: float
    x1: float
    y1: float

    def memotong(self, other: Persegi) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1


def _baris(teks: str, lebar: int, maks: int) -> list[str]:
    lines = textwrap.wrap(bersihkan(teks), lebar, break_long_words=True) or [""]
    if len(lines) > maks:
        lines = lines[:maks]
        lines[-1] = lines[-1][: max(lebar - 1, 1)].rstrip() + "…"
    return lines


def _sel(lines: list[str], *, size: int, style: str = "") -> str:
    body = '<BR ALIGN="LEFT"/>'.join(html.escape(line) for line in lines) + '<BR ALIGN="LEFT"/>'
    if style:
        body = f"<{style}>{body}</{style}>"
    return f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="{size}">{body}</FONT></TD></TR>'


def _label(k: Kotak, lebar: int) -> str:
    rows = []
    if k.judul:
        rows.append(_sel(_baris(k.judul, lebar + 6, 1), size=7))
    rows.append(_sel(_baris(k.nama, lebar, 3), size=9, style="B"))
    if k.pemilik:
        rows.append(_sel(_baris(k.pemilik, lebar + 4, 2), size=8, style="I"))
    for ind in k.indikator[:3]:
        rows.append(_sel(_baris("• " + ind, lebar + 10, 2), size=7))
    if len(k.indikator) > 3:
        rows.append(_sel([f"• … {len(k.indikator) - 3} indikator lain"], size=7))
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">{"".join(rows)}</TABLE>>'


def sumber_dot(kotak: Sequence[Kotak], *, arah: str = "LR", lebar: int = 46) -> str:
    """The ``dot`` source of the diagram; ``arah`` is ``LR`` (levels left to right) or ``TB``."""
    out = [
        "digraph pohon {",
        f'  graph [rankdir={arah}, nodesep=0.12, ranksep=0.35, splines=ortho, fontname="{FONT}", bgcolor=white, '
        'margin=0.1, newrank=true];',
        f'  node [shape=box, style="filled,rounded", color=gray25, penwidth=0.8, fontname="{FONT}", '
        'fontcolor=black, margin="0.06,0.03"];',
        "  edge [color=gray35, arrowhead=none, penwidth=0.8];",
    ]
    ids = {k.id for k in kotak}
    for i, k in enumerate(kotak):
        style = '"filled,rounded,dashed"' if k.putus else '"filled,rounded"'
        out.append(f'  n{i} [id="{html.escape(k.id)}", fillcolor={ABU[min(k.warna, len(ABU) - 1)]}, style={style}, '
                   f"label={_label(k, lebar)}];")
    index = {k.id: i for i, k in enumerate(kotak)}
    for i, k in enumerate(kotak):
        if k.induk and k.induk in ids:
            out.append(f"  n{index[k.induk]} -> n{i};")
    out.append("}")
    return "\n".join(out) + "\n"


def jalankan(sumber: str, fmt: str, *, dpi: int | None = None) -> bytes:
    """``dot -T<fmt>`` on ``sumber`` (svg, png, json, plain)."""
    dot = shutil.which("dot")
    if dot is None:
        raise DiagramError("Graphviz (program dot) belum terpasang; pasang paket graphviz untuk menggambar diagram.")
    args = [dot, f"-T{fmt}"] + ([f"-Gdpi={dpi}"] if dpi else [])
    try:
        done = subprocess.run(args, input=sumber.encode(), capture_output=True, check=True, timeout=120)
    except subprocess.CalledProcessError as exc:
        raise DiagramError(f"Graphviz gagal menggambar diagram: {exc.stderr.decode(errors='replace')[:200]}") from exc
    except subprocess.TimeoutExpired as exc:
        raise DiagramError("Graphviz tidak selesai menggambar diagram dalam 120 detik.") from exc
    return done.stdout


def svg(kotak: Sequence[Kotak], *, arah: str = "LR") -> str:
    """The diagram as an SVG document (for the screen and the PDF)."""
    return jalankan(sumber_dot(kotak, arah=arah), "svg").decode()


def svg_sebaris(kotak: Sequence[Kotak], *, arah: str = "LR") -> str:
    """The SVG element alone (no XML prolog or doctype, no element ids: a page may hold several), to put inline in
    a page."""
    teks = svg(kotak, arah=arah)
    return re.sub(r' id="[^"]*"', "", teks[teks.index("<svg"):])


def png(kotak: Sequence[Kotak], *, arah: str = "LR", dpi: int = 200) -> bytes:
    """The diagram as PNG at ``dpi`` (for Word)."""
    return jalankan(sumber_dot(kotak, arah=arah), "png", dpi=dpi)


def tata_letak(kotak: Sequence[Kotak], *, arah: str = "LR") -> list[Persegi]:
    """Every box's rectangle (points) as ``dot`` laid it out."""
    data = json.loads(jalankan(sumber_dot(kotak, arah=arah), "json"))
    out = []
    for obj in data.get("objects", []):
        if "pos" not in obj:
            continue
        x, y = (float(v) for v in obj["pos"].split(","))
        w, h = float(obj["width"]) * 72, float(obj["height"]) * 72
        out.append(Persegi(obj.get("id", obj["name"]), x - w / 2, y - h / 2, x + w / 2, y + h / 2))
    return out


def tumpang_tindih(kotak: Sequence[Persegi]) -> list[tuple[str, str]]:
    """The pairs of boxes that intersect (none in a readable diagram)."""
    pairs = []
    ordered = sorted(kotak, key=lambda p: p.x0)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.x0 >= a.x1:
                break
            if a.memotong(b):
                pairs.append((a.id, b.id))
    return pairs
