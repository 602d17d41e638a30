"""URL × role entries of the settings screens (organisation and accounts apps): the pemda's master data
and its accounts are for the admin pemda of Kota Probolinggo and the system admin; every other role gets
403 (it does not hold ``master``); a pemda is created by the system admin only."""

from __future__ import annotations

ANON = "anonim"
_LAIN = ["inspektorat-probolinggo", "operator-wonoasih", "verifikator-wonoasih", "camat-wonoasih", "operator-kanigaran",
         "operator-purworejo", "kelurahan-sumbertaman"]
LOGIN = 302


def _jenis(admin: int, admin_pemda: int) -> dict[str, int]:
    return {ANON: LOGIN, "admin": admin, "admin-probolinggo": admin_pemda, **{u: 403 for u in _LAIN}}


KINDS = {
    # the pemda's master data and accounts: holders of ``master`` (admin pemda, system admin)
    "master_pemda": _jenis(200, 200),
    "master_pemda_post": _jenis(405, 405),  # POST-only actions on an account
    # the start of the settings: the list of pemda for the system admin, the own pemda's page for an admin pemda
    "master_mulai": _jenis(200, 302),
    # a new pemda: the system admin only
    "admin_sistem": _jenis(200, 403),
}

PETA = {
    "organisation:mulai": ([], "master_mulai"),
    "organisation:pemda": (["@kota-probolinggo"], "master_pemda"),
    "organisation:pemda_ubah": (["@kota-probolinggo"], "master_pemda"),
    "organisation:pd_daftar": (["@kota-probolinggo"], "master_pemda"),
    "organisation:pd_tambah": (["@kota-probolinggo"], "master_pemda"),
    "organisation:jabatan_daftar": (["@kota-probolinggo"], "master_pemda"),
    "organisation:jabatan_tambah": (["@kota-probolinggo"], "master_pemda"),
    "organisation:pejabat_daftar": (["@kota-probolinggo"], "master_pemda"),
    "organisation:pejabat_tambah": (["@kota-probolinggo"], "master_pemda"),
    "organisation:pd": (["slug"], "master_pemda"),
    "organisation:pd_ubah": (["slug"], "master_pemda"),
    "organisation:kelurahan": (["slug"], "master_pemda"),
    "organisation:unit_tambah": (["slug"], "master_pemda"),
    "organisation:jabatan_pd_tambah": (["slug"], "master_pemda"),
    "organisation:unit_ubah": (["unit_kerja"], "master_pemda"),
    "organisation:jabatan_ubah": (["jabatan"], "master_pemda"),
    "organisation:masa_tambah": (["jabatan"], "master_pemda"),
    "organisation:masa_ubah": (["masa_jabatan"], "master_pemda"),
    "organisation:pejabat_ubah": (["pejabat"], "master_pemda"),
    "accounts:pemda_baru": ([], "admin_sistem"),
    "accounts:pengguna_daftar": (["@kota-probolinggo"], "master_pemda"),
    "accounts:pengguna_tambah": (["@kota-probolinggo"], "master_pemda"),
    "accounts:pengguna": (["pengguna"], "master_pemda"),
    "accounts:pengguna_aktif": (["pengguna"], "master_pemda_post"),
    "accounts:pengguna_sandi": (["pengguna"], "master_pemda_post"),
    "accounts:pengguna_buka_kunci": (["pengguna"], "master_pemda_post"),
}


def tambah_ids(ids: dict) -> None:
    """Wonoasih's Camat post, its current tenure and official, a unit of Wonoasih, operator-wonoasih's account."""
    from django.contrib.auth.models import User

    from sakip.domain.organisation.models import Jabatan, UnitKerja

    camat = Jabatan.objects.get(pd__slug="wonoasih", jenis=Jabatan.Jenis.PIMPINAN_PD)
    masa = camat.masa_jabatan.order_by("pk").first()
    ids.update({
        "jabatan": camat.pk, "masa_jabatan": masa.pk, "pejabat": masa.pejabat_id,
        "unit_kerja": UnitKerja.objects.filter(pd__slug="wonoasih").order_by("pk").first().pk,
        "pengguna": User.objects.get(username="operator-wonoasih").pk,
    })
