from crm.models import Campaign


def calculate_action(action_id):
    action = Campaign.objects.get(pk=action_id)  # expect: scans-all [dj61q]
    action.calculate_events()
