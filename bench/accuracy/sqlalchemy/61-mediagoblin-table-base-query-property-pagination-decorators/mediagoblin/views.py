from mediagoblin.db.models import MediaEntry
from mediagoblin.decorators import uses_pagination
from mediagoblin.tools.pagination import Pagination
from mediagoblin.tools.response import render_to_response


@uses_pagination
def default_root_view(request, page):
    cursor = MediaEntry.query.filter_by(status="processed").order_by(MediaEntry.created_at.desc())
    pagination = Pagination(page, cursor)
    media_entries = pagination()
    return render_to_response(request, "mediagoblin/root.html", {"media_entries": media_entries, "pagination": pagination})
