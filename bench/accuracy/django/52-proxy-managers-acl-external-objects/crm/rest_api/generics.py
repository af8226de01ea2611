from django.shortcuts import get_object_or_404
from rest_framework import generics
from rest_framework.pagination import PageNumberPagination

from crm.acls.managers import AccessControlList


class MayanPageNumberPagination(PageNumberPagination):
    page_size = 20


class ListAPIView(generics.ListAPIView):
    """The subclass's queryset, restricted by the ACL permission of the HTTP method."""

    mayan_object_permissions = {}
    pagination_class = MayanPageNumberPagination

    def get_queryset(self):
        queryset = super().get_queryset()
        permissions = self.mayan_object_permissions.get(self.request.method, ())
        for permission in permissions:
            queryset = AccessControlList.objects.restrict_queryset(permission=permission, queryset=queryset, user=self.request.user)
        return queryset


class ExternalObjectAPIViewMixin:
    """Views on the children of one object: `external_object_class` found by the URL kwarg, with a permission."""

    external_object_class = None
    external_object_permission = None
    external_object_pk_url_kwarg = "pk"

    def get_external_object_queryset(self):
        return self.external_object_class._default_manager.all()

    def get_external_object(self):
        queryset = AccessControlList.objects.restrict_queryset(permission=self.external_object_permission, queryset=self.get_external_object_queryset(), user=self.request.user)
        return get_object_or_404(queryset, pk=self.kwargs[self.external_object_pk_url_kwarg])
