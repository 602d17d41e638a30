from django.urls import path

from sakip.domain.workflow import views

app_name = "workflow"
urlpatterns = [
    path("pd/<slug:slug>/alur/<str:jenis>/<int:tahun>/<int:triwulan>/", views.aksi, name="aksi"),
    path("kotak-masuk/", views.kotak_masuk, name="kotak_masuk"),
    path("jadwal/<int:tahun>/", views.jadwal, name="jadwal"),
]
