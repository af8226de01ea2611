import django_filters

from crm.models import AgentOutput


class OutputHistoryFilterSet(django_filters.FilterSet):
    created_at = django_filters.DateFromToRangeFilter(label="Date")
    kind = django_filters.ChoiceFilter(choices=[("draft", "Draft"), ("final", "Final"), ("email", "Email")])

    class Meta:
        model = AgentOutput
        fields = ["kind", "created_at"]
