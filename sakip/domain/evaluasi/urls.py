from django.urls import path

from sakip.domain.evaluasi import views, views_berkas, views_bukti, views_susun, views_tahap, views_tindak_lanjut

app_name = "evaluasi"
urlpatterns = [
    path("pd/<slug:slug>/lke/<int:tahun>/", views.lke, name="lke"),
    path("pd/<slug:slug>/lke/<int:tahun>/kriteria/<str:kode>/", views.simpan, name="simpan"),
    path("pd/<slug:slug>/lke/<int:tahun>/lanjut/", views.lanjut, name="lanjut"),
    path("pd/<slug:slug>/lke/<int:tahun>/unduh/<str:fmt>/", views_berkas.unduh, name="unduh"),
    path("pd/<slug:slug>/lke/<int:tahun>/unggah/", views_berkas.unggah, name="unggah"),
    path("pd/<slug:slug>/lke/<int:tahun>/lhe/", views_berkas.lhe, name="lhe"),
    path("evaluasi/<slug:pemda>/<int:tahun>/", views.daftar, name="daftar"),
    path("pd/<slug:slug>/lke/<int:tahun>/kriteria/<str:kode>/usulan/", views_bukti.terima_usulan,
         name="terima_usulan"),
    path("pd/<slug:slug>/lke/<int:tahun>/kriteria/<str:kode>/bukti/", views_bukti.unggah, name="bukti_unggah"),
    path("bukti-lke/<int:pk>/", views_bukti.unduh, name="bukti_unduh"),
    path("bukti-lke/<int:pk>/hapus/", views_bukti.hapus, name="bukti_hapus"),
    path("pd/<slug:slug>/lke/<int:tahun>/tindak-lanjut/", views_tindak_lanjut.halaman, name="tindak_lanjut"),
    path("pd/<slug:slug>/lke/<int:tahun>/nilai-sakip/", views_tindak_lanjut.jadikan_iku, name="nilai_sakip"),
    path("evaluasi/<slug:pemda>/<int:tahun>/rekap/", views_tindak_lanjut.rekap, name="rekap"),
    path("evaluasi/<slug:pemda>/<int:tahun>/lke/", views_susun.susun_lke, name="susun_lke"),
]
urlpatterns += [
    path("evaluasi/<slug:pemda>/<int:tahun>/jadwal/", views_tahap.jadwal, name="jadwal"),
    path("pd/<slug:slug>/lke/<int:tahun>/buka/", views_tahap.buka, name="buka"),
    path("pd/<slug:slug>/lke/<int:tahun>/penugasan/", views_tahap.penugasan, name="penugasan"),
]
