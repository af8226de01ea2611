import math

from cornice import Service
from sqlalchemy import distinct, func
from sqlalchemy.sql import or_

from app.models import AgentOutput
from app.validators import validate_comment_id, validate_update

comment = Service(name="comment", path="/comments/{id}", validators=(validate_comment_id,))
comments = Service(name="comments", path="/comments/")


@comment.get(renderer="json")
def get_comment(request):
    return dict(comment=request.validated["comment"])


@comments.get(renderer="json")
def query_comments(request):
    """Search for comments matching the given search parameters."""
    db = request.db
    data = request.validated
    query = db.query(AgentOutput).filter(AgentOutput.kind.in_(["comment", "+1", "-1"]))

    like = data.get("like")
    if like is not None:
        query = query.filter(AgentOutput.body.like("%%%s%%" % like))

    since = data.get("since")
    if since is not None:
        query = query.filter(AgentOutput.created_at >= since)

    updates = data.get("updates")
    if updates is not None:
        query = query.filter(or_(*[AgentOutput.lead_id == u.id for u in updates]))

    query = query.order_by(AgentOutput.created_at.desc())

    count_query = query.statement.with_only_columns(func.count(distinct(AgentOutput.id))).order_by(None)
    total = db.execute(count_query).scalar()  # expect: scans-all [sa54c]

    page = data.get("page", 1)
    rows_per_page = data.get("rows_per_page", 20)
    pages = int(math.ceil(total / float(rows_per_page)))
    query = query.offset(rows_per_page * (page - 1)).limit(rows_per_page)

    return dict(
        comments=query.all(),  # expect: scans-all [sa54d]
        page=page,
        pages=pages,
        rows_per_page=rows_per_page,
        total=total,
    )


@comments.post(renderer="json", validators=(validate_update,))
def new_comment(request):
    data = request.validated
    update = data.pop("update")
    author = request.identity and request.identity.name
    if not author:
        request.errors.add("body", "email", "You must provide an author")
        return
    try:
        comment, caveats = update.comment(session=request.db, text=data.get("text", ""), karma=data.get("karma", 0), author=author)
    except ValueError as e:
        request.errors.add("body", "comment", str(e))
        return
    return dict(comment=comment, caveats=caveats)
