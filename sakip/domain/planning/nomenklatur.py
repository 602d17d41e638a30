"""Reading the Kepmendagri nomenclature of urusan 7.01 (kecamatan) from ``data/``.

``X.XX.01`` is the Penunjang program every PD has; for a kecamatan it is ``7.01.01``. Sub
kegiatan whose kegiatan the reference list does not name (the Penunjang codes for BLUD, kepala
daerah and DPRD) are left out: they do not apply to a kecamatan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
URUSAN = "7.01"
_PROGRAM = re.compile(r"^(\d\.\d\d\.\d\d)\s+(?:\(X\.XX\.01\)\s+)?(.+)$")
_ITEM = re.compile(r"^(KEG|SUB)\s+(\S+)\s*\|\s*(.+)$")


@dataclass(frozen=True)
class Entri:
    kode: str
    level: str
    nama: str
    induk: str | None


def _concrete(kode: str) -> str:
    return kode.replace("X.XX", URUSAN)


def entries() -> list[Entri]:
    """Every program, kegiatan and sub kegiatan, parents before children."""
    programs: list[Entri] = []
    kegiatan: dict[str, Entri] = {}
    subs: list[Entri] = []
    for name in ("nomenklatur-kecamatan.txt", "nomenklatur-tambahan.txt"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            item = _ITEM.match(line)
            if item:
                kind, kode, nama = item.group(1), _concrete(item.group(2)), item.group(3).strip()
                if kind == "KEG":
                    kegiatan[kode] = Entri(kode, "kegiatan", nama, kode.rsplit(".", 2)[0])
                else:
                    subs.append(Entri(kode, "sub_kegiatan", nama, kode.rsplit(".", 1)[0]))
                continue
            program = _PROGRAM.match(line)
            if program:
                programs.append(Entri(program.group(1), "program", program.group(2).strip(), None))
    known = {e.kode for e in programs}
    result = list(programs)
    result += sorted((k for k in kegiatan.values() if k.induk in known), key=lambda e: e.kode)
    known |= {e.kode for e in result}
    result += sorted((s for s in subs if s.induk in known), key=lambda e: e.kode)
    return result


def load(model) -> int:
    """Create or update the nomenclature rows; ``model`` is the (historical) Nomenklatur model."""
    ids: dict[str, int] = {}
    for entry in entries():
        obj, _ = model.objects.update_or_create(
            kode=entry.kode,
            defaults={"level": entry.level, "nama": entry.nama, "induk_id": ids.get(entry.induk) if entry.induk else None},
        )
        ids[entry.kode] = obj.pk
    return len(ids)
