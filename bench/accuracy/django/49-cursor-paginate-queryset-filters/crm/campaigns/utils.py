from django.http import Http404

from crm.models import Campaign


def get_campaign_or_404(user, campaign_id):
    try:
        return Campaign.objects.filter(user=user).get(id=campaign_id)  # expect: prunes [dj49p]
    except Campaign.DoesNotExist:
        raise Http404()


def get_user_campaigns(user):
    return Campaign.objects.filter(user=user, archived=False).order_by("name")
