from sqlalchemy import delete

from app.models import Campaign, Lead
from app.services.annotation_read import AnnotationReadService


def groups_index(request):
    page = int(request.params.get("page", 1))
    groups = request.find_service(name="group").all_groups_query().offset((page - 1) * 20).limit(20).all()  # expect: scans-all [sa68w] cross
    return {"groups": [g.name for g in groups]}


def group_edit(request):
    group = request.find_service(name="group").fetch_by_pubid(request.matchdict["id"])
    query = AnnotationReadService.annotation_search_query(groupid=group.id, include_private=True)
    annotation_count = request.db.scalar(AnnotationReadService.count_query(query))  # expect: scans-all [sa68x] cross
    return {"group": group.name, "annotation_count": annotation_count}


def group_delete(request):
    group = request.find_service(name="group").fetch_by_pubid(request.matchdict["id"])
    request.db.execute(delete(Campaign).where(Campaign.id == group.id, Campaign.user_id == group.user_id))  # expect: prunes [sa68y]
    return {"deleted": group.name}


def user_activity(request):
    user = request.user
    since = request.find_service(name="clock").start_of_month()
    query = AnnotationReadService.annotation_search_query().where(Lead.user_id == user.id, Lead.created_at >= since)
    count = request.db.scalar(AnnotationReadService.count_query(query))  # expect: prunes [sa68z] cross
    return {"this_month": count}
