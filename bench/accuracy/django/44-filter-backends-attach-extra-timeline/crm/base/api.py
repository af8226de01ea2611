from rest_framework import viewsets


class GenericViewSet(viewsets.GenericViewSet):
    filter_backends = ()

    def filter_queryset(self, queryset):
        # Taiga-style backends are plain classes instantiated per request.
        for backend in self.filter_backends:
            queryset = backend().filter_queryset(self.request, queryset, self)
        return queryset


class ReadOnlyListViewSet(GenericViewSet):
    pass
