from datetime import datetime, timedelta, timezone

from app import model


def _leads_query(session, user_id, since=None):
    q = session.query(model.Lead).filter(model.Lead.user_id == user_id)
    if since is not None:
        q = q.filter(model.Lead.created_at >= since)
    return q


def _parse_since(data_dict):
    days = int(data_dict.get("days", 30))
    return datetime.now(timezone.utc) - timedelta(days=days)


def lead_search(context, data_dict):
    session = context["session"]
    q = _leads_query(session, data_dict["user_id"], data_dict.get("since"))
    count = q.count()  # expect: scans-all [sa32a] cross
    return {"count": count}


def lead_activity(context, data_dict):
    session = context["session"]
    q = _leads_query(session, data_dict["user_id"], since=_parse_since(data_dict))
    rows = q.order_by(model.Lead.created_at.desc()).limit(int(data_dict.get("rows", 20))).all()  # expect: prunes [sa32b] cross
    return [r.id for r in rows]


def lead_show(context, data_dict):
    lead = model.Lead.get(data_dict["id"])
    return {"id": lead.id, "email": lead.email} if lead else None


def lead_outputs(context, data_dict):
    session = context["session"]
    since = _parse_since(data_dict)
    q = (
        session.query(model.AgentOutput)
        .join(model.Lead, model.AgentOutput.lead_id == model.Lead.id)
        .filter(model.Lead.user_id == data_dict["user_id"], model.Lead.created_at >= since, model.AgentOutput.created_at >= since)
    )
    return [o.kind for o in q.all()]  # expect: prunes [sa32d]


def lead_bulk_delete(context, data_dict):
    session = context["session"]
    session.query(model.Lead).filter(model.Lead.id.in_(data_dict["ids"])).update({model.Lead.status: "deleted"}, synchronize_session=False)  # expect: scans-all [sa32e]
    session.commit()
