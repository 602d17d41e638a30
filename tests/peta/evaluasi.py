"""URL × role entries of the Evaluasi AKIP (LKE, issue 18): the worksheet is read by every reader of the PD (the
fields each side may write are the service's business); saving a criterion and the next stage are POST-only
(another PD's forged POST: 404); the pemda's list of evaluations is the evaluator's (and the system admin's).
Wonoasih's evaluation of 2024 is started by the system for the walk."""

ANON = "anonim"
LOGIN = 302
_LAIN = ["admin-probolinggo", "operator-wonoasih", "verifikator-wonoasih", "camat-wonoasih", "operator-kanigaran",
         "operator-purworejo", "kelurahan-sumbertaman"]

KINDS = {
    # the pemda's evaluations: holders of ``evaluasi`` (the Inspektorat, the system admin)
    "evaluasi": {ANON: LOGIN, "admin": 200, "inspektorat-probolinggo": 200, **{u: 403 for u in _LAIN}},
}

PETA = {
    "evaluasi:lke": (["slug", "tahun"], "lihat_pd"),
    "evaluasi:simpan": (["slug", "tahun", "kriteria_lke"], "lihat_post"),
    "evaluasi:lanjut": (["slug", "tahun"], "lihat_post"),
    "evaluasi:daftar": (["@kota-probolinggo", "tahun"], "evaluasi"),
}


def tambah_ids(ids: dict) -> None:
    from sakip.core.scoping import Scope
    from sakip.domain.evaluasi.services import mulai_evaluasi
    from sakip.domain.organisation.models import PerangkatDaerah

    mulai_evaluasi(Scope.system(), pd=PerangkatDaerah.objects.get(slug="wonoasih"), tahun=ids["tahun"])
    ids["kriteria_lke"] = "1.a.1"
