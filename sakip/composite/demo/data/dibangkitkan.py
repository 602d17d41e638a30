"""Generated demo data — NOT from the seeds — so that the pemda view of Kota Probolinggo shows its
five kecamatan instead of a single row.

* Kademangan, Kedopok and Mayangan are added with a Renstra 2020–2024 and an IKU shaped like
  Kanigaran's (seed 001: facilitated community groups, IKM, tata kelola score), with plausible
  targets; their kelurahan are the real ones.
* Kanigaran keeps its real Renstra and IKU from seed 001; it and the three new kecamatan get 2024
  programs with the structure of Wonoasih's (seed 002) and generated pagu, spending and
  realisations (:mod:`sakip.composite.demo.dibangkitkan`).
* Every generated realisation says so in its ``keterangan`` (:data:`TANDA`), and every generated
  Renstra in its ``keterangan``. Wonoasih keeps the seed's real figures.
"""

import copy
from typing import Any, TypedDict

from sakip.composite.demo.data import kanigaran, wonoasih

TANDA = "Angka contoh yang dibangkitkan untuk demo sakip, bukan data resmi."
TAHUN = 2024


class KecamatanBaru(TypedDict):
    slug: str
    nama: str
    alamat: str
    kelurahan: list[str]
    target: dict[str, int]  # the 2024 target of each IKU indicator, by its key


KECAMATAN_BARU: list[KecamatanBaru] = [
    {"slug": "kademangan", "nama": "Kecamatan Kademangan", "alamat": "Jl. Mastrip, Kademangan",
     "kelurahan": ["Kademangan", "Pilang", "Ketapang", "Triwung Lor", "Triwung Kidul", "Pohsangit Kidul"],
     "target": {"kelompok": 60, "ikm": 84, "tata-kelola": 268}},
    {"slug": "kedopok", "nama": "Kecamatan Kedopok", "alamat": "Jl. Raya Bromo, Kedopok",
     "kelurahan": ["Kedopok", "Jrebeng Wetan", "Jrebeng Lor", "Jrebeng Kidul", "Sumber Wetan", "Kareng Lor"],
     "target": {"kelompok": 55, "ikm": 85, "tata-kelola": 265}},
    {"slug": "mayangan", "nama": "Kecamatan Mayangan", "alamat": "Jl. Panglima Sudirman, Mayangan",
     "kelurahan": ["Mayangan", "Mangunharjo", "Jati", "Sukabumi", "Wiroborang"],
     "target": {"kelompok": 65, "ikm": 86, "tata-kelola": 272}},
]

# Which of Kanigaran-shaped sasaran a Wonoasih-shaped program supports.
_SASARAN_PROGRAM = {"7.01.01": ["s2"], "7.01.02": ["s2"], "7.01.03": ["s2"], "7.01.05": ["s1"]}


def program_2024(lengkap: bool = False) -> list[dict[str, Any]]:
    """Wonoasih's 2024 programs (nomenclature codes, indicators, targets) — unless ``lengkap``, at
    most three kegiatan of each and two sub kegiatan of each kegiatan (a smaller kecamatan, and a
    demo that loads quickly) — every sub kegiatan one budget line (no split by lokasi), linked to the
    Kanigaran-shaped sasaran."""
    programs = [copy.deepcopy(p) for p in wonoasih.PD["program"] if p["tahun"] == TAHUN]
    for p in programs:
        p["sasaran"] = _SASARAN_PROGRAM[p["kode"]]
        p["kegiatan"] = p["kegiatan"] if lengkap else p["kegiatan"][:3]
        for k in p["kegiatan"]:
            k["sub_kegiatan"] = k["sub_kegiatan"] if lengkap else k["sub_kegiatan"][:2]
            for s in k["sub_kegiatan"]:
                s["lokasi"] = []
    return programs


def _naik(awal: float, langkah: float) -> dict[int, str]:
    return {tahun: f"{awal + i * langkah:g}".replace(".", ",") for i, tahun in enumerate(range(2020, 2025))}


def _pd_baru(k: KecamatanBaru) -> dict[str, Any]:
    spec = copy.deepcopy(kanigaran.PD)
    nama_pendek = k["nama"].removeprefix("Kecamatan ")
    spec.update(slug=k["slug"], nama=k["nama"], alamat=k["alamat"],
                kelurahan=[{"nama": n} for n in k["kelurahan"]])
    renstra = spec["renstra"][0]
    renstra["keterangan"] = TANDA
    tujuan_pelayanan = renstra["tujuan"][1]
    tujuan_pelayanan["nama"] = f"Meningkatnya kualitas Pelayanan Publik di {k['nama']}"
    tujuan_pelayanan["sasaran"][0]["nama"] = f"Meningkatkan Kualitas Pelayanan Publik di Kecamatan {nama_pendek}"
    t = k["target"]
    indikator = {i["key"]: i for tujuan in renstra["tujuan"] for s in tujuan["sasaran"] for i in s["indikator"]}
    indikator["kelompok"]["target"] = {y: f"{v}%" for y, v in _naik(t["kelompok"] - 20, 5).items()}
    indikator["ikm"]["target"] = {y: f"{v}%" for y, v in _naik(t["ikm"] - 2, 0.5).items()}
    indikator["tata-kelola"]["target"] = _naik(t["tata-kelola"] - 20, 5)
    spec["iku"][0]["keterangan"] = TANDA
    return spec


def kanigaran_dengan_program() -> dict[str, Any]:
    return {**kanigaran.PD, "program": program_2024()}


PD_BARU = [{**_pd_baru(k), "program": program_2024()} for k in KECAMATAN_BARU]
DENGAN_ANGKA = ["kanigaran", *(k["slug"] for k in KECAMATAN_BARU)]

# Workflow of the generated year: how far each kecamatan is (Kanigaran has submitted nothing).
ALUR = {
    "kademangan": {1: "disetujui", 2: "disetujui", 3: "disetujui"},
    "kedopok": {1: "disetujui", 2: "disetujui", 3: "diajukan"},
    "mayangan": {1: "disetujui", 2: "dikembalikan"},
}
