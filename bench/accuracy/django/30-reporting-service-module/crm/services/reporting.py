from crm.models import Lead


def base_qs(user):
    return Lead.objects.filter(user=user).select_related("campaign")


def month_qs(user, month_start, month_end):
    return base_qs(user).filter(created_at__range=(month_start, month_end))
