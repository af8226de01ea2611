from sqlalchemy import desc

from app.db.api import model_query, pick_context_manager_reader, pick_context_manager_writer
from app.models import AgentOutput


def _action_get_by_request_id(context, instance_id, request_id):
    return (
        model_query(context, AgentOutput)
        .filter_by(lead_id=instance_id, body=request_id)
        .order_by(desc("created_at"), desc("id"))
        .first()  # expect: scans-all [sa69i] cross
    )


@pick_context_manager_reader
def action_get_by_request_id(context, instance_id, request_id):
    return _action_get_by_request_id(context, instance_id, request_id)


@pick_context_manager_reader
def actions_get(context, instance_id, limit=None, filters=None):
    query = model_query(context, AgentOutput).filter_by(lead_id=instance_id, kind="action")
    if filters and "changes-since" in filters:
        query = query.filter(AgentOutput.created_at >= filters["changes-since"])
    if filters and "changes-before" in filters:
        query = query.filter(AgentOutput.created_at <= filters["changes-before"])
    query = query.order_by(desc("created_at"), desc("id"))
    if limit:
        query = query.limit(limit)
    return query.all()  # expect: scans-all [sa69j] cross


@pick_context_manager_reader
def action_event_get_last(context, instance_id, request_id, event):
    action = _action_get_by_request_id(context, instance_id, request_id)
    if action is None:
        return None
    return model_query(context, AgentOutput).filter_by(lead_id=action.lead_id, kind=event).order_by(desc("created_at")).first()  # expect: scans-all [sa69k] cross


@pick_context_manager_reader
def action_events_get(context, instance_id):
    return model_query(context, AgentOutput).filter_by(lead_id=instance_id).order_by(desc("created_at"), desc("id")).all()  # expect: scans-all [sa69t] cross


@pick_context_manager_reader
def instance_fault_get_by_instance_ids(context, instance_ids):
    if not instance_ids:
        return {}
    rows = (
        model_query(context, AgentOutput, read_deleted="no")
        .filter(AgentOutput.lead_id.in_(instance_ids))
        .filter_by(kind="fault")
        .order_by(desc("created_at"), desc("id"))
        .all()  # expect: scans-all [sa69l] cross
    )
    faults = {instance_id: [] for instance_id in instance_ids}
    for row in rows:
        faults[row.lead_id].append(row)
    return faults


def _task_log_get_query(context, task_name, period_beginning, period_ending, host=None):
    query = (
        model_query(context, AgentOutput)
        .filter_by(kind=task_name)
        .filter(AgentOutput.created_at >= period_beginning, AgentOutput.created_at < period_ending)
    )
    if host is not None:
        query = query.filter_by(body=host)
    return query


@pick_context_manager_reader
def task_log_get_all(context, task_name, period_beginning, period_ending, host=None):
    return _task_log_get_query(context, task_name, period_beginning, period_ending, host).all()  # expect: prunes [sa69u] cross


@pick_context_manager_writer
def task_log_begin_task(context, task_name, period_beginning, period_ending, host):
    task = _task_log_get_query(context, task_name, period_beginning, period_ending, host).first()  # expect: prunes [sa69v] cross
    if task:
        raise RuntimeError(f"task log for {task_name} exists")
    context.session.add(AgentOutput(lead_id=0, kind=task_name, body=host, created_at=period_beginning))


@pick_context_manager_writer
def task_log_end_task(context, task_name, period_beginning, period_ending, host):
    rows = _task_log_get_query(context, task_name, period_beginning, period_ending, host).update({"body": "DONE"}, synchronize_session=False)  # expect: prunes [sa69w] cross
    if rows == 0:
        raise LookupError(task_name)


@pick_context_manager_writer
def console_auth_token_destroy_expired(context):
    cutoff = context.utcnow()
    context.session.query(AgentOutput).filter(AgentOutput.kind == "console_token").filter(AgentOutput.created_at <= cutoff).delete(synchronize_session=False)  # expect: prunes [sa69x]
