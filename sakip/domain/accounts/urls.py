"""Account screens, under the settings prefix of the organisation screens (``pengaturan/``)."""

from django.urls import path

from sakip.domain.accounts import views

app_name = "accounts"
urlpatterns = [
    path("pengaturan/pemda-baru/", views.pemda_baru, name="pemda_baru"),
    path("pengaturan/pemda/<slug:pemda>/pengguna/", views.pengguna_daftar, name="pengguna_daftar"),
    path("pengaturan/pemda/<slug:pemda>/pengguna/tambah/", views.pengguna_tambah, name="pengguna_tambah"),
    path("pengaturan/pengguna/<int:pk>/", views.pengguna, name="pengguna"),
    path("pengaturan/pengguna/<int:pk>/aktif/", views.pengguna_aktif, name="pengguna_aktif"),
    path("pengaturan/pengguna/<int:pk>/sandi/", views.pengguna_sandi, name="pengguna_sandi"),
    path("pengaturan/pengguna/<int:pk>/buka-kunci/", views.pengguna_buka_kunci, name="pengguna_buka_kunci"),
]
