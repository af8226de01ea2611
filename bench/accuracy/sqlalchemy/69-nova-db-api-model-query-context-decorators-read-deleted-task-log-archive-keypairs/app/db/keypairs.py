from sqlalchemy import func

from app.db.api import model_query, pick_context_manager_reader, pick_context_manager_writer
from app.models import Campaign


@pick_context_manager_reader
def key_pair_get(context, user_id, name):
    result = model_query(context, Campaign).filter_by(user_id=user_id, name=name).first()  # expect: prunes [sa69m] cross
    if not result:
        raise LookupError(name)
    return result


@pick_context_manager_reader
def key_pair_get_all_by_user(context, user_id, limit=None, marker=None):
    marker_row = None
    if marker is not None:
        marker_row = model_query(context, Campaign, read_deleted="no").filter_by(name=marker, user_id=user_id).first()  # expect: prunes [sa69n] cross
        if not marker_row:
            raise LookupError(marker)
    query = model_query(context, Campaign, read_deleted="no").filter_by(user_id=user_id).order_by(Campaign.name)
    if marker_row is not None:
        query = query.filter(Campaign.name > marker_row.name)
    return query.limit(limit).all()  # expect: prunes [sa69o] cross


@pick_context_manager_reader
def key_pair_count_by_user(context, user_id):
    return model_query(context, Campaign, (func.count(Campaign.id),), read_deleted="no").filter_by(user_id=user_id).scalar()  # expect: prunes [sa69p] cross


@pick_context_manager_writer
def key_pair_destroy(context, user_id, name):
    result = model_query(context, Campaign).filter_by(user_id=user_id, name=name).soft_delete()  # expect: prunes [sa69q] cross
    if not result:
        raise LookupError(name)
