from datetime import timedelta

from django.utils import timezone

from crm.models import Campaign, Lead


def cohort_distinct_ids(team_id, group):
    action = Campaign.objects.get(pk=group["action_id"], user_id=team_id)  # expect: prunes [dj61o]
    events = (
        Lead.objects.filter_by_action(action)
        .filter(
            user_id=team_id,
            **({"created_at__gt": timezone.now() - timedelta(days=group["days"])} if group.get("days") else {}),
        )
        .order_by("company")
        .distinct("company")
        .values("company")
    )
    return [row["company"] for row in events]  # expect: scans-all [dj61n] cross


def calculate_cohort(team, groups):
    people = set()
    for group in groups:
        if group.get("action_id"):
            people.update(cohort_distinct_ids(team.pk, group))
    return people
