from datetime import timedelta

from django.db.models import Count, Q
from django.db.models.functions import TruncDay, TruncMonth
from django.utils import timezone

from crm.models import AgentOutput, Lead, User

REVIEW_ACTION_TYPES = ["translation:approved", "translation:rejected"]


def users_with_translations_counts(start_date=None, query_filters=None, limit=None):
    """Contributors sorted by their translation counts, optionally since start_date and within query_filters."""
    user_stats = {}
    translations = Lead.objects.all()
    if start_date:
        translations = translations.filter(created_at__gte=start_date)
    if query_filters:
        translations = translations.filter(query_filters)
    translations = translations.values("user", "status").annotate(count=Count("id"))
    for row in translations:  # expect: scans-all [dj63h] cross
        stats = user_stats.setdefault(row["user"], {"total": 0, "approved": 0, "rejected": 0, "pending": 0})
        stats["total"] += row["count"]
        stats[row["status"]] = stats.get(row["status"], 0) + row["count"]
    contributors = list(User.objects.filter(pk__in=user_stats.keys()))
    for contributor in contributors:
        contributor.translations_count = user_stats[contributor.pk]["total"]
    contributors.sort(key=lambda c: -c.translations_count)
    return contributors[:limit] if limit else contributors


def get_monthly_action_counts(months, actions_qs):
    values = [0] * len(months)
    rows = actions_qs.annotate(created_month=TruncMonth("created_at")).values("created_month").annotate(count=Count("id"))
    for item in rows.values("created_month", "count"):  # expect: scans-all [dj63g] cross
        month = item["created_month"].date().replace(day=1)
        if month in months:
            values[months.index(month)] = item["count"]
    return values


def get_approvals_charts_data(user):
    now = timezone.now()
    months = sorted({(now - timedelta(days=30 * i)).date().replace(day=1) for i in range(23)})
    actions = AgentOutput.objects.filter(created_at__gte=now - timedelta(days=670), lead__user=user)
    peer_actions = actions.exclude(body=user.email)
    approvals = get_monthly_action_counts(months, peer_actions.filter(kind="translation:approved"))
    rejections = get_monthly_action_counts(months, peer_actions.filter(kind="translation:rejected"))
    return {"dates": months[-12:], "approvals": approvals[-12:], "rejections": rejections[-12:]}


def get_contributions_map(user, contribution_period=None):
    actions = AgentOutput.objects.all()
    if contribution_period is not None:
        actions = actions.filter(contribution_period)
    user_translations = actions.filter(body=user.email, kind="translation:created")
    user_reviews = actions.filter(body=user.email, kind__in=REVIEW_ACTION_TYPES)
    return {
        "user_translations": user_translations,
        "user_reviews": user_reviews,
        "all_user_contributions": user_translations | user_reviews,
    }


def get_contribution_graph_data(user, contribution_type=None):
    contribution_period = Q(created_at__gte=timezone.now() - timedelta(days=365))
    contributions_map = get_contributions_map(user, contribution_period)
    if contribution_type not in contributions_map:
        contribution_type = "all_user_contributions"
    contributions_qs = contributions_map[contribution_type]
    days = contributions_qs.annotate(timestamp=TruncDay("created_at")).values("timestamp").annotate(count=Count("id"))
    data = {item["timestamp"]: item["count"] for item in days.values("timestamp", "count")}  # expect: prunes [dj63q] cross
    return data, f"{sum(data.values())} contributions in the last year"
