from django.db.models import Q

from crm.models import Lead


def get_leads_for_user_owner_aware(user):
    # Leads the user owns, plus the leads of campaigns shared with nobody in particular.
    if user is None or user.is_superuser:
        return Lead.objects.all()
    return Lead.objects.filter(Q(user=user) | Q(campaign__isnull=True))


def has_perms_owner_aware(user, lead):
    return user.is_superuser or lead.user_id == user.id
