from django.urls import path

from sakip.domain.measurement import views

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
