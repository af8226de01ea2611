import math

from cornice import Service
from sqlalchemy import distinct, func

from app.models import Lead
from app.validators import validate_releases, validate_update

update_request = Service(name="update_request", path="/updates/{id}/request", validators=(validate_update,))
updates = Service(name="updates", path="/updates/")


@updates.get(renderer="json", validators=(validate_releases,))
def query_updates(request):
    db = request.db
    data = request.validated
    query = db.query(Lead)

    releases = data.get("releases")
    if releases is not None:
        query = query.filter(Lead.campaign_id.in_([r.id for r in releases]))

    status = data.get("status")
    if status is not None:
        query = query.filter(Lead.status.in_(status))

    submitted_since = data.get("submitted_since")
    if submitted_since is not None:
        query = query.filter(Lead.created_at >= submitted_since)

    submitted_before = data.get("submitted_before")
    if submitted_before is not None:
        query = query.filter(Lead.created_at < submitted_before)

    users = data.get("user")
    if users is not None:
        query = query.filter(Lead.user_id.in_([u.id for u in users]))

    query = query.order_by(Lead.created_at.desc())

    total = db.execute(query.statement.with_only_columns(func.count(distinct(Lead.id))).order_by(None)).scalar()  # expect: scans-all [sa54f]
    page = data.get("page", 1)
    rows_per_page = data.get("rows_per_page", 20)
    pages = int(math.ceil(total / float(rows_per_page)))
    query = query.offset(rows_per_page * (page - 1)).limit(rows_per_page)

    return dict(updates=query.all(), page=page, pages=pages, rows_per_page=rows_per_page, total=total)  # expect: scans-all [sa54g]


@update_request.post(renderer="json")
def set_request(request):
    update = request.validated["update"]
    action = request.validated["request"]
    try:
        update.set_request(request.db, action, request.identity.name)
    except ValueError as e:
        request.errors.add("body", "request", str(e))
        return
    return dict(update=update)
