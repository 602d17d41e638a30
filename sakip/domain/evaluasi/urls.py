from django.urls import path

from sakip.domain.evaluasi import views

app_name = "evaluasi"
urlpatterns = [
    path("pd/<slug:slug>/lke/<int:tahun>/", views.lke, name="lke"),
    path("pd/<slug:slug>/lke/<int:tahun>/kriteria/<str:kode>/", views.simpan, name="simpan"),
    path("pd/<slug:slug>/lke/<int:tahun>/lanjut/", views.lanjut, name="lanjut"),
    path("evaluasi/<slug:pemda>/<int:tahun>/", views.daftar, name="daftar"),
]
