from django.db.models import Exists, OuterRef

from crm.models import Campaign, Lead


def user_is_superuser(user):
    return user.email.endswith("@defectdojo.admin")


def get_authorized_products(user):
    if user_is_superuser(user):
        return Campaign.objects.all().order_by("name")
    return Campaign.objects.filter(user=user).order_by("name")


def get_authorized_findings(user, queryset=None):
    findings = Lead.objects.all().order_by("id") if queryset is None else queryset
    if user_is_superuser(user):
        return findings
    owned = Campaign.objects.filter(pk=OuterRef("campaign_id"), user=user)
    return findings.annotate(product__member=Exists(owned)).filter(product__member=True)
