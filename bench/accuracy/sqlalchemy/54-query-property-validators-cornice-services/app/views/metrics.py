import datetime

from pyramid.view import view_config
from sqlalchemy import func

from app.models import Lead


@view_config(route_name="metrics", renderer="metrics.html")
def metrics(request):
    """Updates per status submitted in the last year."""
    since = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=365)
    rows = (
        request.db.query(Lead.status, func.count(Lead.id))
        .filter(Lead.created_at >= since)
        .group_by(Lead.status)
        .all()  # expect: prunes [sa54m]
    )
    return {"counts": dict(rows)}
