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
    # the evaluator's POST-only actions on a PD's evaluation (reopen, share the sub-komponen)
    "evaluasi_post": {ANON: LOGIN, "admin": 405, "inspektorat-probolinggo": 405, **{u: 403 for u in _LAIN}},
}

PETA = {
    "evaluasi:lke": (["slug", "tahun"], "lihat_pd"),
    "evaluasi:simpan": (["slug", "tahun", "kriteria_lke"], "lihat_post"),
    "evaluasi:lanjut": (["slug", "tahun"], "lihat_post"),
    # the LHE and the worksheet as files (every reader); the Excel upload and the LHE form are POST-only
    "evaluasi:unduh": (["slug", "tahun", "@json"], "lihat_pd"),
    "evaluasi:unggah": (["slug", "tahun"], "lihat_post"),
    "evaluasi:lhe": (["slug", "tahun"], "lihat_post"),
    "evaluasi:daftar": (["@kota-probolinggo", "tahun"], "evaluasi"),
    # after the result (h18d): the follow-ups of a PD-year (every reader; POST writes each side's fields), the
    # evaluator writing the Nilai AKIP as the IKU's realisation again (POST-only), the pemda's view (the evaluator's)
    "evaluasi:tindak_lanjut": (["slug", "tahun"], "lihat_pd"),
    "evaluasi:nilai_sakip": (["slug", "tahun"], "lihat_post"),
    "evaluasi:rekap": (["@kota-probolinggo", "tahun"], "evaluasi"),
    # evidence (h18c): accepting a proposal and adding evidence are POST-only; an uploaded file is read by every
    # reader of the evaluation, deleted by POST only (another PD: 404)
    "evaluasi:terima_usulan": (["slug", "tahun", "kriteria_lke"], "lihat_post"),
    "evaluasi:bukti_unggah": (["slug", "tahun", "kriteria_lke"], "lihat_post"),
    "evaluasi:bukti_unduh": (["bukti_lke"], "lihat_pd"),
    "evaluasi:bukti_hapus": (["bukti_lke"], "lihat_post"),
    # the pemda's worksheet of a year (issue 18, h2): read and changed by the evaluator (and the system admin) only;
    # another pemda's evaluator gets 404 (sakip/domain/evaluasi/tests/test_susun_lke.py)
    "evaluasi:susun_lke": (["@kota-probolinggo", "tahun"], "evaluasi"),
    # the stages (issue 18): the windows of a year are read by every reader of the pemda and set (POST) by the
    # Inspektorat or the admin pemda; reopening a final evaluation and sharing its sub-komponen are the evaluator's
    "evaluasi:jadwal": (["@kota-probolinggo", "tahun"], "lihat_pemda"),
    "evaluasi:buka": (["slug", "tahun"], "evaluasi_post"),
    "evaluasi:penugasan": (["slug", "tahun"], "evaluasi_post"),
}


def tambah_ids(ids: dict) -> None:
    from sakip.core.scoping import Scope
    from sakip.domain.evaluasi.services import mulai_evaluasi
    from sakip.domain.organisation.models import PerangkatDaerah

    mulai_evaluasi(Scope.system(), pd=PerangkatDaerah.objects.get(slug="wonoasih"), tahun=ids["tahun"])
    ids["kriteria_lke"] = "1.a.1"
    _bukti_lke(ids)


def _bukti_lke(ids: dict) -> None:
    """An uploaded PDF on Wonoasih's criterion 1.a.1 (h18c)."""
    from django.core.files.base import ContentFile

    from sakip.domain.evaluasi.models import BuktiLke, Evaluasi, JawabanLke, KriteriaLke

    evaluasi = Evaluasi.objects.get(pd__slug="wonoasih", tahun=ids["tahun"])
    jawaban = JawabanLke.objects.create(evaluasi=evaluasi, kriteria=KriteriaLke.objects.get(
        sub_komponen__komponen__lke=evaluasi.lke, kode=ids["kriteria_lke"]))
    bukti = BuktiLke(jawaban=jawaban, nama_asli="uji.pdf")
    bukti.ekstensi = "pdf"  # type: ignore[attr-defined]
    bukti.berkas.save("uji.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    bukti.save()
    ids["bukti_lke"] = bukti.pk
