from django.shortcuts import get_object_or_404, render
from django.views import View


class ObjectDetailViewMixin(View):
    """The detail page of `queryset`'s model, restricted to what the user may view."""

    queryset = None
    template_name = None

    def get_extra_context(self, request, instance):
        return {}

    def get(self, request, pk):
        instance = get_object_or_404(self.queryset.restrict(request.user, "view"), pk=pk)  # expect: scans-all [dj50n] cross
        context = {"object": instance, **self.get_extra_context(request, instance)}
        return render(request, self.template_name, context)
