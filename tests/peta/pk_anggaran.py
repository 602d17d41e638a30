"""URL × role entries of the PK drafting screens (agreement) and of the pagu and annual realisation screens
(measurement). The PK is drafted for a year Wonoasih has no PK in (2026: its Renstra 2026–2027); a new version
and a correction open on 2024, whose approved PK the form shows locked."""

PETA = {
    "agreement:pk_buat": (["slug", "tahun_tanpa_pk"], "isi_pd"),
    "agreement:pk_versi_baru": (["slug", "tahun"], "isi_pd"),
    "agreement:pk_ubah": (["slug", "tahun"], "isi_pd"),
    "measurement:anggaran": (["slug", "tahun"], "lihat_pd"),
    "measurement:realisasi_tahunan": (["slug", "tahun"], "lihat_pd"),
}


def tambah_ids(ids: dict) -> None:
    ids["tahun_tanpa_pk"] = 2026
