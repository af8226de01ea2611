from crm.models import AgentOutput, Campaign, Lead

PERMISSION_MODELS = {
    "crm.view_event": Lead,
    "crm.view_notification": AgentOutput,
    "crm.view_token": Campaign,
}


def events_of(user):
    """The events logged about one user (the admin's user page)."""
    return Lead.objects.filter(user=user)


def get_objects_for_user(user, perm):
    """The objects of the permission's model the user may see: all of them for a superuser, else their own."""
    model = PERMISSION_MODELS[perm]
    queryset = model.objects.all()
    if getattr(user, "is_superuser", False):
        return queryset
    if model is AgentOutput:
        return queryset.filter(lead__user=user)
    return queryset.filter(user=user)
