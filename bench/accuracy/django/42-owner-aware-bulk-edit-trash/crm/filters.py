import django_filters

from crm.models import Lead

DATE_KWARGS = ["gt", "gte", "lt", "lte", "date__gt", "date__lt"]
CHAR_KWARGS = ["istartswith", "iendswith", "icontains", "iexact"]


class LeadFilterSet(django_filters.FilterSet):
    class Meta:
        model = Lead
        fields = {
            "id": ["in"],
            "company": CHAR_KWARGS,
            "status": ["exact", "in"],
            "created_at": DATE_KWARGS,
            "campaign": ["isnull", "exact"],
        }
