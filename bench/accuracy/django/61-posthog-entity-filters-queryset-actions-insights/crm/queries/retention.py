from datetime import timedelta

from django.db.models import Min

from crm.models import Lead


class Retention:
    def _base_events(self, team, filter, total_days):
        date_from = filter.date_from
        return Lead.objects.filter(
            user_id=team.pk, created_at__gte=date_from, created_at__lte=date_from + timedelta(days=total_days)
        )

    def run(self, filter, team, total_days=11):
        events = self._base_events(team, filter, total_days)
        first_events = events.filter(status=filter.target_event).values("company").annotate(first_date=Min("created_at"))
        cohort = {row["company"]: row["first_date"] for row in first_events}  # expect: prunes [dj61l] cross
        result = []
        for day in range(total_days):
            date = filter.date_from + timedelta(days=day)
            returning = (
                events.filter(company__in=list(cohort), created_at__date=date.date()).values("company").distinct().count()  # expect: prunes [dj61m] cross
            )
            result.append({"day": day, "count": returning})
        return result
