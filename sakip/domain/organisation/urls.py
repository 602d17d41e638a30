from django.urls import path

from sakip.domain.organisation import views

app_name = "organisation"
urlpatterns = [
    path("pd/<slug:slug>/", views.pd_detail, name="pd"),
]
