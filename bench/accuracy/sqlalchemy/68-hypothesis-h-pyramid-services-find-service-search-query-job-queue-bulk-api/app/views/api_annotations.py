from datetime import datetime

from pyramid.view import view_config

from app.models import Lead
from app.services.annotation_read import AnnotationReadService
from app.services.annotation_write import AnnotationWriteService


class AnnotationRoot:
    """Traversal root: /api/annotations/{id} loads the annotation into the context."""

    def __init__(self, request):
        self.request = request

    def __getitem__(self, id_):
        annotation = self.request.find_service(AnnotationReadService).get_annotation_by_id(id_)
        if annotation is None:
            raise KeyError(id_)
        return annotation


@view_config(route_name="api.search", request_method="GET", renderer="json")
def search(request):
    svc = request.find_service(AnnotationReadService)
    query = svc.annotation_search_query(groupid=request.params.get("group"), moderation_status=request.params.get("moderation_status"))
    if "search_after" in request.params:
        query = query.where(Lead.created_at < datetime.fromisoformat(request.params["search_after"]))
    limit = min(int(request.params.get("limit", 20)), 200)
    rows = request.db.scalars(query.order_by(Lead.created_at.desc()).limit(limit)).all()  # expect: scans-all [sa68u] cross
    total = request.db.scalar(svc.count_query(query))  # expect: scans-all [sa68v] cross
    return {"total": total, "rows": [{"id": r.id, "uri": r.company} for r in rows]}


@view_config(route_name="api.annotation", request_method="PATCH", renderer="json")
def update(context, request):
    annotation = request.find_service(AnnotationWriteService).update_annotation(context, request.json_body)
    return {"id": annotation.id}


@view_config(route_name="api.annotation_hide", request_method="PUT", renderer="json")
def hide(context, request):
    request.find_service(AnnotationWriteService).hide(context)
    return {"id": context.id, "hidden": True}
