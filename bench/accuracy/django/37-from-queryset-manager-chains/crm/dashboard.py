from django.db.models import Max

from crm.models import Lead


def period_summary(user, start, end):
    return {
        "count": Lead.objects.for_user(user).in_period(start, end).count(),  # expect: prunes [dj37a] cross
        "last": Lead.objects.for_user(user).in_period(start, end).aggregate(last=Max("created_at"))["last"],  # expect: prunes [dj37e] cross
        "emailed": Lead.objects.in_period(start, end).filter(outputs__kind="email").distinct().count(),  # expect: scans-all [dj37d] cross
    }


def last_win(user):
    return Lead.objects.for_user(user).won().latest("created_at")  # expect: scans-all [dj37b] cross


def active_months(user):
    return [d.strftime("%Y-%m") for d in Lead.objects.for_user(user).dates("created_at", "month")]  # expect: scans-all [dj37c] cross
