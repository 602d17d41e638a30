from django.urls import path

from sakip.domain.measurement import views, views_anggaran, views_eksternal, views_rencana

app_name = "measurement"
urlpatterns = [
    path("pd/<slug:slug>/pengukuran/<int:tahun>/tw<int:tw>/", views.grid, name="grid"),
    path("pd/<slug:slug>/pengukuran/<int:tahun>/tw<int:tw>/simpan/", views.simpan_baris, name="simpan_baris"),
    path("pd/<slug:slug>/pengukuran/<int:tahun>/tw<int:tw>/unggah/", views.unggah, name="unggah"),
    path("pd/<slug:slug>/pengukuran/<int:tahun>/tw<int:tw>/unduh.<str:fmt>", views.unduh, name="unduh"),
    path("pd/<slug:slug>/pengukuran/<int:tahun>/tw<int:tw>/bukti/<int:indikator_id>/", views.bukti, name="bukti"),
    path("bukti/<int:pk>/unduh/", views.bukti_unduh, name="bukti_unduh"),
    path("bukti/<int:pk>/hapus/", views.bukti_hapus, name="bukti_hapus"),
]

# The pagu of a PD-year and the explicit annual realisations (views_anggaran).
urlpatterns += [
    path("pd/<slug:slug>/anggaran/<int:tahun>/", views_anggaran.anggaran, name="anggaran"),
    path("pd/<slug:slug>/realisasi-tahunan/<int:tahun>/", views_anggaran.realisasi_tahunan, name="realisasi_tahunan"),
]

# Values sent by external sources, waiting for the operator (views_eksternal).
urlpatterns += [
    path("pd/<slug:slug>/pengukuran/<int:tahun>/tw<int:tw>/kiriman/", views_eksternal.kiriman, name="kiriman"),
    path("pd/<slug:slug>/pengukuran/<int:tahun>/tw<int:tw>/kiriman/putus/", views_eksternal.putus, name="kiriman_putus"),
]

# The rencana aksi of a PD-year: quarterly targets and plans, anggaran kas (views_rencana).
urlpatterns += [
    path("pd/<slug:slug>/rencana-aksi/<int:tahun>/", views_rencana.rencana_aksi, name="rencana_aksi"),
    path("pd/<slug:slug>/rencana-aksi/<int:tahun>/templat.xlsx", views_rencana.templat_xlsx, name="rencana_aksi_templat"),
    path("pd/<slug:slug>/rencana-aksi/<int:tahun>/unggah/", views_rencana.unggah, name="rencana_aksi_unggah"),
]
