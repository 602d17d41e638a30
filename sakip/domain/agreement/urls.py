from django.urls import path

from sakip.domain.agreement import views

app_name = "agreement"
urlpatterns = [
    path("pd/<slug:slug>/pk/<int:tahun>/", views.pk, name="pk"),
    path("pd/<slug:slug>/pk/<int:tahun>/unduh.<str:fmt>", views.pk_unduh, name="pk_unduh"),
    path("pd/<slug:slug>/pk/<int:tahun>/buat/", views.pk_buat, name="pk_buat"),
    path("pd/<slug:slug>/pk/<int:tahun>/versi-baru/", views.pk_versi_baru, name="pk_versi_baru"),
    path("pd/<slug:slug>/pk/<int:tahun>/ubah/", views.pk_ubah, name="pk_ubah"),
    path("pd/<slug:slug>/pk/<int:tahun>/jenjang/", views.pk_jenjang_daftar, name="pk_jenjang_daftar"),
    path("pd/<slug:slug>/pk/<int:tahun>/jenjang/<int:jabatan>/", views.pk, name="pk_jenjang"),
    path("pd/<slug:slug>/pk/<int:tahun>/jenjang/<int:jabatan>/unduh.<str:fmt>", views.pk_unduh,
         name="pk_jenjang_unduh"),
    path("pd/<slug:slug>/pk/<int:tahun>/jenjang/<int:jabatan>/susun/", views.pk_jenjang_buat,
         name="pk_jenjang_buat"),
    path("pd/<slug:slug>/pk/<int:tahun>/jenjang/<int:jabatan>/versi-baru/", views.pk_jenjang_versi_baru,
         name="pk_jenjang_versi_baru"),
    path("pd/<slug:slug>/pk/<int:tahun>/jenjang/<int:jabatan>/ubah/", views.pk_jenjang_ubah,
         name="pk_jenjang_ubah"),
]
