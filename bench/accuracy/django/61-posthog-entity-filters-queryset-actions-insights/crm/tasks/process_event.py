from crm.models import Campaign, Lead


def _capture(team_id, event, distinct_id, ip, timestamp):
    created = Lead.objects.create(user_id=team_id, company=distinct_id, email=ip, status=event, created_at=timestamp)
    for action in Campaign.objects.filter(user_id=team_id, archived=False):  # expect: prunes [dj61p]
        if action.name == event:
            return created, action
    return created, None


def delete_team_events(team):
    Lead.objects.filter(user_id=team.pk).delete()  # expect: scans-all [dj61s]
