from app.db import actions as db_actions
from app.db import api as db
from app.db import keypairs as db_keypairs


class ServersController:
    def index(self, req):
        context = req.environ["nova.context"]
        search_opts = {k: v for k, v in req.GET.items() if k in ("status", "company", "changes-since", "changes-before")}
        limit = int(req.GET.get("limit", 1000))
        instances = db.instance_get_all_by_filters_sort(context, search_opts, limit=limit)
        return {"servers": [{"id": i.email, "status": i.status} for i in instances]}

    def show(self, req, server_id):
        context = req.environ["nova.context"]
        instance = db.instance_get_by_uuid(context, server_id)
        faults = db_actions.instance_fault_get_by_instance_ids(context, [instance.id])
        return {"server": {"id": instance.email, "fault": bool(faults[instance.id])}}

    def delete(self, req, server_id):
        db.instance_destroy(req.environ["nova.context"], server_id)


class InstanceActionsController:
    def index(self, req, instance_id):
        context = req.environ["nova.context"]
        instance = db.instance_get(context, int(instance_id))
        filters = {k: req.GET[k] for k in ("changes-since", "changes-before") if k in req.GET}
        actions = db_actions.actions_get(context, instance.id, limit=req.GET.get("limit"), filters=filters)
        return {"instanceActions": [a.body for a in actions]}

    def show(self, req, instance_id, request_id):
        context = req.environ["nova.context"]
        action = db_actions.action_get_by_request_id(context, int(instance_id), request_id)
        events = db_actions.action_events_get(context, int(instance_id))
        return {"instanceAction": action.body, "events": [e.kind for e in events]}


class KeypairController:
    def index(self, req):
        context = req.environ["nova.context"]
        keypairs = db_keypairs.key_pair_get_all_by_user(context, context.user_id, limit=req.GET.get("limit"), marker=req.GET.get("marker"))
        return {"keypairs": [k.name for k in keypairs]}

    def show(self, req, name):
        context = req.environ["nova.context"]
        return {"keypair": db_keypairs.key_pair_get(context, context.user_id, name).name}

    def delete(self, req, name):
        context = req.environ["nova.context"]
        db_keypairs.key_pair_destroy(context, context.user_id, name)


class QuotaSetsController:
    def detail(self, req, project_id):
        context = req.environ["nova.context"]
        return {
            "instances": db.instance_count_for_project(context, project_id),
            "key_pairs": db_keypairs.key_pair_count_by_user(context, context.user_id),
        }
