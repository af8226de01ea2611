"""Actions on the selected leads; the data manager calls them by id through their entry points."""
import logging

from crm.data_manager.functions import DataManagerException

logger = logging.getLogger(__name__)

ACTIONS = {}


def register_action(entry_point, title, order, **kwargs):
    action_id = entry_point.__name__
    ACTIONS[action_id] = {"id": action_id, "title": title, "order": order, "entry_point": entry_point, **kwargs}


def perform_action(action_id, campaign, queryset, user, **kwargs):
    if action_id not in ACTIONS:
        raise DataManagerException(f"Can't find '{action_id}' in registered actions")
    action = ACTIONS[action_id]
    if action.get("permission") and not user.has_perm(action["permission"]):
        raise DataManagerException(f"Action is not allowed for the current user: {action_id}")
    return action["entry_point"](campaign, queryset, **kwargs)


from crm.data_manager.actions import basic  # noqa: E402,F401
