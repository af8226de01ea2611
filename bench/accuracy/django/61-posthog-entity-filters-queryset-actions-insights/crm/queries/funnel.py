from crm.models import Lead


class Funnel:
    def __init__(self, filter, team):
        self._filter = filter
        self._team = team

    def _base(self):
        return Lead.objects.filter(
            user_id=self._team.pk, created_at__gte=self._filter.date_from, created_at__lte=self._filter.date_to
        )

    def run(self):
        people = None
        steps = []
        for entity in self._filter.entities:
            step = self._base().filter(status=entity["id"])
            if people is not None:
                step = step.filter(company__in=people)
            people = list(step.values_list("company", flat=True).distinct())  # expect: prunes [dj61x] cross
            steps.append({"name": entity["id"], "count": len(people)})
        return steps
