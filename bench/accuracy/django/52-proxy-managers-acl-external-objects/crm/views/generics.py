from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views import View

from crm.acls.managers import AccessControlList


class SingleObjectListView(View):
    """A paginated list of `get_source_queryset()`, restricted to what the user may view."""

    object_permission = None
    paginate_by = 40
    template_name = "appearance/generic_list.html"

    def get_source_queryset(self):
        raise NotImplementedError

    def get_object_list(self):
        queryset = self.get_source_queryset()
        if self.object_permission:
            queryset = AccessControlList.objects.restrict_queryset(permission=self.object_permission, queryset=queryset, user=self.request.user)
        return queryset

    def get(self, request, *args, **kwargs):
        page = Paginator(self.get_object_list(), self.paginate_by).get_page(request.GET.get("page"))
        return render(request, self.template_name, {"page_obj": page})


class ExternalObjectViewMixin:
    external_object_class = None
    external_object_permission = None
    external_object_pk_url_kwarg = "pk"

    def dispatch(self, request, *args, **kwargs):
        queryset = AccessControlList.objects.restrict_queryset(permission=self.external_object_permission, queryset=self.external_object_class._default_manager.all(), user=request.user)
        self.external_object = get_object_or_404(queryset, pk=kwargs[self.external_object_pk_url_kwarg])
        return super().dispatch(request, *args, **kwargs)


class MultipleObjectConfirmActionView(View):
    source_queryset = None
    object_permission = None
    pk_list_key = "id_list"

    def get_object_list(self):
        pk_list = self.request.POST.getlist(self.pk_list_key)
        queryset = AccessControlList.objects.restrict_queryset(permission=self.object_permission, queryset=self.source_queryset, user=self.request.user)
        return queryset.filter(pk__in=pk_list)

    def object_action(self, instance):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        for instance in self.get_object_list():
            self.object_action(instance=instance)
        return render(request, "appearance/generic_confirm.html", {})
