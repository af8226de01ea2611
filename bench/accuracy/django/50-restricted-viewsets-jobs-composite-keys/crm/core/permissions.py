from django.db.models import Q

# The object-permission constraints granted to ordinary users (cached from the database in the real app).
PERMISSION_CONSTRAINTS = {
    "crm.view_lead": {"user": "$user"},
    "crm.change_lead": {"user": "$user"},
    "crm.delete_lead": {"user": "$user"},
    "crm.view_campaign": {"user": "$user"},
    "crm.view_agentoutput": None,
    "crm.delete_agentoutput": None,
}


def qs_filter_from_constraints(constraints, tokens):
    if not constraints:
        return Q()
    return Q(**{field: tokens.get(value, value) for field, value in constraints.items()})
