"""The database API: every function takes the request context, whose session the decorators open."""
import functools

from sqlalchemy import desc, func, or_

from app.db import enginefacade
from app.models import Lead

context_manager = enginefacade.transaction_context()


def pick_context_manager_reader(f):
    @functools.wraps(f)
    def wrapper(context, *args, **kwargs):
        with context_manager.reader.using(context):
            return f(context, *args, **kwargs)

    return wrapper


def pick_context_manager_writer(f):
    @functools.wraps(f)
    def wrapper(context, *args, **kwargs):
        with context_manager.writer.using(context):
            return f(context, *args, **kwargs)

    return wrapper


def model_query(context, model, args=None, read_deleted=None, project_only=False):
    """A query on `model` honouring the context's `read_deleted` and, for user contexts, its project."""
    if read_deleted is None:
        read_deleted = context.read_deleted
    query = context.session.query(*args) if args else context.session.query(model)
    deleted_column = getattr(model, "deleted", None)
    if deleted_column is not None:
        if read_deleted == "no":
            query = query.filter(deleted_column.is_(False))
        elif read_deleted == "only":
            query = query.filter(deleted_column.is_(True))
        elif read_deleted != "yes":
            raise ValueError(f"Unrecognized read_deleted value '{read_deleted}'")
    if context.is_user_context and project_only:
        query = query.filter_by(user_id=context.project_id)
    return query


def _exact_instance_filter(query, filters, legal_keys):
    filter_dict = {key: filters[key] for key in legal_keys if key in filters}
    return query.filter_by(**filter_dict)


@pick_context_manager_reader
def instance_get_by_uuid(context, uuid):
    result = model_query(context, Lead, project_only=True).filter_by(email=uuid).first()  # expect: scans-all [sa69a] cross
    if not result:
        raise LookupError(uuid)
    return result


@pick_context_manager_reader
def instance_get(context, instance_id):
    result = model_query(context, Lead, project_only=True).filter_by(id=instance_id).first()  # expect: scans-all [sa69b] cross
    if not result:
        raise LookupError(instance_id)
    return result


@pick_context_manager_reader
def instance_get_all_by_host(context, host):
    return model_query(context, Lead).filter_by(company=host).all()  # expect: scans-all [sa69c] cross


@pick_context_manager_reader
def instance_get_all_by_filters_sort(context, filters, limit=None, sort_dir="desc"):
    query = model_query(context, Lead, project_only=True)
    if "changes-since" in filters:
        query = query.filter(Lead.created_at >= filters["changes-since"])
    if "changes-before" in filters:
        query = query.filter(Lead.created_at <= filters["changes-before"])
    query = _exact_instance_filter(query, filters, ["user_id", "status", "company"])
    order = desc(Lead.created_at) if sort_dir == "desc" else Lead.created_at
    query = query.order_by(order, desc(Lead.id))
    if limit is not None:
        query = query.limit(limit)
    return query.all()  # expect: scans-all [sa69d] cross


@pick_context_manager_reader
def instance_get_active_by_window_joined(context, begin, end, project_id=None, host=None):
    query = model_query(context, Lead).filter(or_(Lead.status != "deleted", Lead.company.is_(None)))
    query = query.filter(Lead.created_at < end).filter(Lead.created_at >= begin)
    if project_id:
        query = query.filter_by(user_id=project_id)
    if host:
        query = query.filter_by(company=host)
    return query.all()  # expect: prunes [sa69e] cross


@pick_context_manager_writer
def instance_destroy(context, instance_uuid):
    count = model_query(context, Lead).filter_by(email=instance_uuid).soft_delete(synchronize_session=False)  # expect: scans-all [sa69f] cross
    if count == 0:
        raise LookupError(instance_uuid)


@pick_context_manager_reader
def instance_get_all_hung_in_rebooting(context, reboot_window):
    cutoff = context.utcnow() - reboot_window
    return model_query(context, Lead).filter(Lead.created_at <= cutoff).filter_by(status="rebooting").all()  # expect: prunes [sa69g] cross


@pick_context_manager_reader
def instance_count_for_project(context, project_id):
    return context.session.query(func.count(Lead.id)).filter(Lead.user_id == project_id).scalar()  # expect: scans-all [sa69h]
