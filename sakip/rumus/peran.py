"""Who may do what: the rights (*hak*) of each role. Pure Python, no Django.

Rows a user reaches are decided by :class:`sakip.core.scoping.Scope` (pemda, PD, kelurahan); what
the user may *do* with them is decided here. Both travel together in the Scope, so every view,
download, command and report asks one object. The roles follow the SAKIP organisation of a pemda
(PermenPANRB 88/2021: the PD reports, the Inspektorat evaluates, Bagian Organisasi coordinates).
"""

from __future__ import annotations

LIHAT = "lihat"  # read the PD's performance data: planning, measurement, PK, reports, history
ISI = "isi"  # enter and change the PD's data: targets, realisations, spending, evidence, profile
SKM = "skm"  # type in paper SKM questionnaires
AJUKAN = "ajukan"  # submit a quarter's measurement or the PK for verification
VERIFIKASI = "verifikasi"  # verify a submission, or return it with a comment
SETUJUI = "setujui"  # approve a verified submission (which locks it), or return it
BUKA = "buka"  # reopen approved data, with a reason
JADWAL = "jadwal"  # set the pemda's deadlines
MASTER = "master"  # change the pemda's own master data (not a PD's figures)
EVALUASI = "evaluasi"  # evaluate the SAKIP of the pemda's PD: the LKE worksheet, the review, the stages (Inspektorat)

SEMUA = frozenset({LIHAT, ISI, SKM, AJUKAN, VERIFIKASI, SETUJUI, BUKA, JADWAL, MASTER, EVALUASI})

HAK_PERAN: dict[str, frozenset[str]] = {
    "admin": SEMUA,
    "admin_pemda": frozenset({LIHAT, JADWAL, BUKA, MASTER}),
    "evaluator": frozenset({LIHAT, EVALUASI}),
    "operator": frozenset({LIHAT, ISI, SKM, AJUKAN}),
    "verifikator": frozenset({LIHAT, VERIFIKASI}),
    "pimpinan": frozenset({LIHAT, SETUJUI, BUKA}),
    "operator_kelurahan": frozenset({SKM}),
}


def hak(peran: str) -> frozenset[str]:
    """The rights of a role; an unknown role has none."""
    return HAK_PERAN.get(peran, frozenset())


def menulis(hak_peran: frozenset[str]) -> bool:
    """Whether the role writes rows at all (which rows is the scope's business)."""
    return bool(hak_peran & {ISI, SKM, MASTER, EVALUASI})
