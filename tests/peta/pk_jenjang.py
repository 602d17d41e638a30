"""URL × role entries of the PK berjenjang (agreement): Wonoasih's list of 2024, the Sekretaris's PK 2024 (the
demo's, approved: its new version and correction forms open locked), and its drafting from the tree in 2026, a
year without a PK berjenjang."""

PETA = {
    "agreement:pk_jenjang_daftar": (["slug", "tahun"], "lihat_pd"),
    "agreement:pk_jenjang": (["slug", "tahun", "jabatan_sekretaris"], "lihat_pd"),
    "agreement:pk_jenjang_unduh": (["slug", "tahun", "jabatan_sekretaris", "@json"], "lihat_pd"),
    "agreement:pk_jenjang_buat": (["slug", "tahun_tanpa_pk_jenjang", "jabatan_sekretaris"], "isi_pd"),
    "agreement:pk_jenjang_versi_baru": (["slug", "tahun", "jabatan_sekretaris"], "isi_pd"),
    "agreement:pk_jenjang_ubah": (["slug", "tahun", "jabatan_sekretaris"], "isi_pd"),
}


def tambah_ids(ids: dict) -> None:
    from sakip.domain.organisation.models import Jabatan

    ids["jabatan_sekretaris"] = Jabatan.objects.get(pd__slug="wonoasih", jenis=Jabatan.Jenis.SEKRETARIS).pk
    ids["tahun_tanpa_pk_jenjang"] = 2026
