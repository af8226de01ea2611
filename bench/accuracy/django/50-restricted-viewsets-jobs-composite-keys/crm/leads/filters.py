import django_filters
from django.db.models import Q

from crm.models import Lead


class LeadFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Search")
    status = django_filters.CharFilter()
    campaign = django_filters.NumberFilter(field_name="campaign_id")

    class Meta:
        model = Lead
        fields = ["status", "campaign"]

    def search(self, queryset, name, value):
        if not value.strip():
            return queryset
        return queryset.filter(Q(company__icontains=value) | Q(email__icontains=value))
