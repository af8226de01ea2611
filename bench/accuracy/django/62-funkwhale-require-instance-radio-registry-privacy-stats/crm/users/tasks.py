from crm.models import Campaign, User


def delete_account(user_id):
    user = User.objects.get(pk=user_id)
    Campaign.objects.filter(user_id=user.pk).delete()  # expect: prunes [dj62p]
    user.leads.all().delete()  # expect: scans-all [dj62q]
