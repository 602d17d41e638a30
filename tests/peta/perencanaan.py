"""The planning screens in the URL × role walk: Renstra, IKU set, the year's program tree, RPJMD.

Rows are Wonoasih's of the demo (its Renstra 2019–2024 and program tree 2024) and Kota Probolinggo's RPJMD.
"""

from __future__ import annotations

USERS = ["anonim", "admin", "admin-probolinggo", "inspektorat-probolinggo", "operator-wonoasih", "verifikator-wonoasih",
         "camat-wonoasih", "operator-kanigaran", "operator-purworejo", "kelurahan-sumbertaman"]

KINDS = {
    # the pemda's RPJMD, kept by its admin pemda (right "master") and the system admin; no one else
    "master_pemda": {**{u: 403 for u in USERS}, "admin": 200, "admin-probolinggo": 200, "anonim": 302},
    "master_pemda_post": {**{u: 403 for u in USERS}, "admin": 405, "admin-probolinggo": 405, "anonim": 302},
}

PETA = {
    "planning:target_tahun": (["indikator"], "isi_pd"),
    "planning:renstra_tambah": (["slug"], "isi_pd"),
    "planning:renstra": (["pl_renstra"], "lihat_pd"),
    "planning:renstra_ubah": (["pl_renstra"], "isi_pd"),
    "planning:tujuan_tambah": (["pl_renstra"], "isi_pd"),
    "planning:tujuan_ubah": (["pl_tujuan"], "isi_pd"),
    "planning:sasaran_tambah": (["pl_tujuan"], "isi_pd"),
    "planning:iku_daftar": (["slug"], "lihat_pd"),
    "planning:iku_tambah": (["slug"], "isi_pd"),
    "planning:iku_atur": (["pl_iku"], "lihat_pd"),
    "planning:iku_ubah": (["pl_iku"], "isi_pd"),
    "planning:program_ubah": (["pl_program"], "isi_pd"),
    "planning:kegiatan_tambah": (["pl_program"], "isi_pd"),
    "planning:sub_kegiatan_tambah": (["pl_kegiatan"], "isi_pd"),
    "planning:lokasi": (["pl_sub_kegiatan"], "lihat_pd"),
    "planning:nomenklatur_cari": (["@kegiatan"], "lihat"),
    "planning:mulai_tahun": (["slug", "tahun"], "isi_pd"),
    "planning:hapus": (["@program", "pl_program"], "isi_pd"),
    "planning:geser": (["@indikator", "indikator"], "isi_pd_post"),
    "planning:rpjmd_daftar": (["@kota-probolinggo"], "lihat_pemda"),
    "planning:rpjmd_tambah": (["@kota-probolinggo"], "master_pemda"),
    "planning:rpjmd": (["pl_rpjmd"], "lihat_pemda"),
    "planning:rpjmd_ubah": (["pl_rpjmd"], "master_pemda"),
    "planning:rpjmd_item_tambah": (["@misi", "pl_rpjmd"], "master_pemda"),
    "planning:rpjmd_item_ubah": (["@misi", "pl_misi"], "master_pemda"),
    "planning:rpjmd_item_hapus": (["@misi", "pl_misi"], "master_pemda"),
    "planning:rpjmd_item_geser": (["@tujuan", "pl_tujuan_rpjmd"], "master_pemda_post"),
}


def tambah_ids(ids: dict) -> None:
    from sakip.domain.planning.models import Iku, Kegiatan, Misi, Program, Renstra, Rpjmd, SubKegiatan, Tujuan, TujuanRpjmd

    renstra = Renstra.objects.get(pd__slug="wonoasih", tahun_mulai=2019)
    program = Program.objects.filter(pd__slug="wonoasih", tahun=2024).order_by("pk").first()
    assert program is not None
    rpjmd = Rpjmd.objects.get(pemda__slug="kota-probolinggo", tahun_mulai=2019)
    ids.update({
        "pl_renstra": renstra.pk,
        "pl_tujuan": Tujuan.objects.filter(renstra=renstra).order_by("pk").values_list("pk", flat=True)[0],
        "pl_iku": Iku.objects.filter(pd__slug="wonoasih").order_by("pk").values_list("pk", flat=True)[0],
        "pl_program": program.pk,
        "pl_kegiatan": Kegiatan.objects.filter(program=program).order_by("pk").values_list("pk", flat=True)[0],
        "pl_sub_kegiatan": SubKegiatan.objects.filter(pd__slug="wonoasih", kegiatan__program__tahun=2024)
        .order_by("pk").values_list("pk", flat=True)[0],
        "pl_rpjmd": rpjmd.pk,
        "pl_misi": Misi.objects.filter(rpjmd=rpjmd).order_by("nomor").values_list("pk", flat=True)[0],
        "pl_tujuan_rpjmd": TujuanRpjmd.objects.filter(misi__rpjmd=rpjmd).order_by("pk").values_list("pk", flat=True)[0],
    })
