"""Workflow of the demo: Kota Probolinggo's 2024 deadlines, and Wonoasih's 2024 data approved.

Not in the seeds as such: the seed LKjIP 2024 of Wonoasih is the published, final account, so its
PK and quarters I–III are shown as approved, on plausible dates (submission by the operator, verification
by the verifikator, approval by the Camat) before each deadline. Kanigaran has no 2024 measurement
in the seeds, so its items stay draft and show as overdue.
"""

BATAS_WAKTU = {
    "kota-probolinggo": {
        2024: {("pk", 0): "2024-02-29", ("pengukuran", 1): "2024-04-10", ("pengukuran", 2): "2024-07-10",
               ("pengukuran", 3): "2024-10-10", ("pengukuran", 4): "2025-01-15"},
    },
}

# (pd, jenis, tahun, triwulan, [(aksi, username, date-time, catatan)])
_JALAN = [("ajukan", "operator-wonoasih"), ("verifikasi", "verifikator-wonoasih"), ("setujui", "camat-wonoasih")]
DISETUJUI = [
    ("wonoasih", "pk", 2024, 0, ["2024-02-20 09:00", "2024-02-22 10:30", "2024-02-26 13:00"]),
    ("wonoasih", "pengukuran", 2024, 1, ["2024-04-05 09:15", "2024-04-08 10:00", "2024-04-09 14:20"]),
    ("wonoasih", "pengukuran", 2024, 2, ["2024-07-04 08:40", "2024-07-08 11:10", "2024-07-09 15:00"]),
    ("wonoasih", "pengukuran", 2024, 3, ["2024-10-03 09:30", "2024-10-07 10:45", "2024-10-08 13:30"]),
]
# TW IV 2024 is left as draft (its figures are the seed's), so the demo accounts can walk the
# workflow themselves: operator-wonoasih submits, verifikator-wonoasih verifies, camat-wonoasih approves.
