"""The approval workflow as a table of steps. Pure Python, no Django.

A quarter's measurement and a year's Perjanjian Kinerja count in a SAKIP evaluation only when the
responsible PD entered them, its verifikator checked them and its head approved them
(PermenPANRB 88/2021 on the evaluation of AKIP: data must be valid, traceable and owned; PermenPANRB
53/2014 art. 19 on the PK signed by the head). The states and who moves them:

    draft ──ajukan (operator)──▶ diajukan ──verifikasi (verifikator)──▶ diverifikasi ──setujui (pimpinan)──▶ disetujui
      ▲                             │ kembalikan + catatan                 │ kembalikan + catatan            │
      └──────── dikembalikan ◀──────┴──────────────────────────────────────┘                                 │
      ▲                                                                                                      │
      └───────────────────────────── buka kembali + alasan (pimpinan, admin pemda) ◀──────────────────────────┘

Data are entered only in ``draft`` and ``dikembalikan``; from submission on they are locked.
"""

from __future__ import annotations

from dataclasses import dataclass

from sakip.rumus.peran import AJUKAN, BUKA, SETUJUI, VERIFIKASI

DRAFT = "draft"
DIAJUKAN = "diajukan"
DIVERIFIKASI = "diverifikasi"
DISETUJUI = "disetujui"
DIKEMBALIKAN = "dikembalikan"

STATUS = {
    DRAFT: "Draf",
    DIAJUKAN: "Diajukan",
    DIVERIFIKASI: "Diverifikasi",
    DISETUJUI: "Disetujui",
    DIKEMBALIKAN: "Dikembalikan",
}
TERBUKA = frozenset({DRAFT, DIKEMBALIKAN})  # data may be entered


@dataclass(frozen=True)
class Langkah:
    aksi: str
    dari: frozenset[str]
    ke: str
    hak: str  # the right the user needs (sakip.rumus.peran)
    perlu_catatan: bool
    label: str


LANGKAH: tuple[Langkah, ...] = (
    Langkah("ajukan", frozenset({DRAFT, DIKEMBALIKAN}), DIAJUKAN, AJUKAN, False, "Ajukan untuk verifikasi"),
    Langkah("verifikasi", frozenset({DIAJUKAN}), DIVERIFIKASI, VERIFIKASI, False, "Verifikasi"),
    Langkah("kembalikan", frozenset({DIAJUKAN}), DIKEMBALIKAN, VERIFIKASI, True, "Kembalikan dengan catatan"),
    Langkah("setujui", frozenset({DIVERIFIKASI}), DISETUJUI, SETUJUI, False, "Setujui"),
    Langkah("kembalikan", frozenset({DIVERIFIKASI}), DIKEMBALIKAN, SETUJUI, True, "Kembalikan dengan catatan"),
    Langkah("buka", frozenset({DISETUJUI}), DRAFT, BUKA, True, "Buka kembali"),
)
AKSI = frozenset(step.aksi for step in LANGKAH)


def terbuka(status: str) -> bool:
    """Whether data under this status may still be entered."""
    return status in TERBUKA


def terlambat(status: str, batas, hari_ini) -> bool:
    """Overdue: the submission deadline has passed and the data are still being entered."""
    return bool(batas and hari_ini > batas and terbuka(status))


def aksi_tersedia(status: str, hak: frozenset[str]) -> list[Langkah]:
    """The steps a user holding ``hak`` may take now."""
    return [step for step in LANGKAH if status in step.dari and step.hak in hak]


def langkah(status: str, aksi: str, hak: frozenset[str]) -> Langkah | None:
    """The step ``aksi`` from ``status`` for a user holding ``hak``; ``None`` when it is not allowed."""
    return next((step for step in aksi_tersedia(status, hak) if step.aksi == aksi), None)


def menunggu(status: str, hak: frozenset[str]) -> bool:
    """Whether an item in ``status`` waits for a user holding ``hak`` (the user has a step to take)."""
    return any(step.aksi != "buka" for step in aksi_tersedia(status, hak))
