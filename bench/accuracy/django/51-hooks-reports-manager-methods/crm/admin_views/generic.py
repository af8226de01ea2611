from django.core.paginator import Paginator
from django.views.generic import TemplateView


class IndexView(TemplateView):
    """The listing of `model` (search, ordering, pagination); subclasses narrow `get_base_queryset()`."""

    model = None
    per_page = 20
    default_ordering = "-id"
    template_name = "crm/generic/index.html"

    def get_base_queryset(self):
        return self.model._default_manager.all()

    def search_queryset(self, queryset):
        q = self.request.GET.get("q")
        if q and hasattr(self.model, "company"):
            queryset = queryset.filter(company__icontains=q)
        return queryset

    def get_queryset(self):
        queryset = self.get_base_queryset()
        queryset = self.search_queryset(queryset)
        return queryset.order_by(self.request.GET.get("ordering", self.default_ordering))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(self.get_queryset(), self.per_page)
        context["page_obj"] = paginator.get_page(self.request.GET.get("p"))
        return context
