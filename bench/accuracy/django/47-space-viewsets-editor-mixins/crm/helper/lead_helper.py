from crm.models import Lead


def lead_list_helper(qs, request):
    """Status filter and board ordering of the lead list (the queryset is already scoped)."""
    status = request.query_params.get("status", None)
    hide_won = request.query_params.get("hide_won", "recent")
    order = ["company", "-id"]

    if status:
        qs = qs.filter(status=status)
    if hide_won in ["true", 1, "1"]:
        qs = qs.exclude(status="won")
    elif hide_won == "recent":
        order = ["status"] + order

    return qs.distinct().order_by(*order).select_related("user")


def leads_between(user, from_date, to_date):
    """The leads of a user by calendar day (the iCal feed)."""
    return Lead.objects.filter(user=user).filter(created_at__date__gte=from_date, created_at__date__lte=to_date)
