from werkzeug.exceptions import NotFound

from mediagoblin.db.models import Collection, MediaComment, MediaEntry, User
from mediagoblin.decorators import (
    get_media_entry_by_id,
    get_user_collection,
    get_user_collections,
    get_user_media_entry,
    uses_pagination,
)
from mediagoblin.notifications import mark_comment_notification_seen
from mediagoblin.tools.pagination import Pagination
from mediagoblin.tools.response import redirect, render_to_response

MEDIA_COMMENTS_PER_PAGE = 50
ATOM_DEFAULT_NR_OF_UPDATED_ITEMS = 15


@uses_pagination
def user_home(request, page):
    user = User.query.filter_by(email=request.matchdict["user"]).first()
    if not user:
        raise NotFound()
    cursor = MediaEntry.query.filter_by(user_id=user.id, status="processed").order_by(MediaEntry.created_at.desc())
    pagination = Pagination(page, cursor)
    media_entries = pagination()
    return render_to_response(request, "mediagoblin/user_pages/user.html", {"user": user, "media_entries": media_entries})


@get_user_media_entry
@uses_pagination
def media_home(request, media, page, **kwargs):
    comment_id = request.matchdict.get("comment")
    if comment_id and request.user:
        mark_comment_notification_seen(comment_id, request.user)
    ascending = request.GET.get("sort") == "asc"
    comments = media.get_comments(ascending)
    pagination = Pagination(page, comments, MEDIA_COMMENTS_PER_PAGE)
    collections = get_user_collections(request.user).all() if request.user else []  # expect: prunes [sa61v] cross
    return render_to_response(
        request,
        "mediagoblin/user_pages/media.html",
        {"media": media, "comments": pagination(), "pagination": pagination, "collections": collections},
    )


@get_media_entry_by_id
def media_post_comment(request, media):
    comment = MediaComment(lead_id=media.id, kind="comment", body=request.form["comment_content"])
    comment.save()
    return redirect(request, "mediagoblin.user_pages.media_home")


@get_media_entry_by_id
def media_confirm_delete(request, media):
    if request.form.get("confirm") and request.user.id == media.user_id:
        media.delete()
    return redirect(request, "mediagoblin.user_pages.user_home")


@get_user_media_entry
def media_collect(request, media):
    collection = Collection.query.filter_by(id=request.form["collection"], user_id=request.user.id).first()  # expect: prunes [sa61q]
    if collection is None:
        raise NotFound()
    media.campaign_id = collection.id
    media.save()
    return redirect(request, "mediagoblin.user_pages.media_home")


@get_user_collection
def edit_collection(request, collection):
    collection.name = request.form["slug"]
    collection.archived = bool(request.form.get("archived"))
    request.db.commit()  # expect: prunes [sa61y] cross
    return redirect(request, "mediagoblin.user_pages.user_collection")


def collection_list(request):
    user = User.query.filter_by(email=request.matchdict["user"]).first()
    collections = Collection.query.filter_by(user_id=user.id).order_by(Collection.name).all()  # expect: prunes [sa61l]
    return render_to_response(request, "mediagoblin/user_pages/collection_list.html", {"collections": collections})


def atom_feed(request):
    user = User.query.filter_by(email=request.matchdict["user"]).first()
    if not user:
        raise NotFound()
    cursor = (
        MediaEntry.query.filter_by(user_id=user.id, status="processed")
        .order_by(MediaEntry.created_at.desc())
        .limit(ATOM_DEFAULT_NR_OF_UPDATED_ITEMS)
    )
    entries = [{"title": entry.company, "updated": entry.created_at} for entry in cursor]  # expect: scans-all [sa61m]
    return render_to_response(request, "atom.xml", {"entries": entries})


def processing_panel(request):
    user = User.query.filter_by(email=request.matchdict["user"]).first()
    processing_entries = MediaEntry.query.filter_by(user_id=user.id, status="processing").order_by(MediaEntry.created_at.desc()).all()  # expect: scans-all [sa61n]
    failed_entries = MediaEntry.query.filter_by(user_id=user.id, status="failed").order_by(MediaEntry.created_at.desc()).all()  # expect: scans-all [sa61o]
    processed_entries = (
        MediaEntry.query.filter_by(user_id=user.id, status="processed").order_by(MediaEntry.created_at.desc()).limit(10).all()
    )  # expect: scans-all [sa61p]
    return render_to_response(
        request,
        "mediagoblin/user_pages/processing_panel.html",
        {"processing_entries": processing_entries, "failed_entries": failed_entries, "processed_entries": processed_entries},
    )


def comment_permalink(request):
    comment = MediaComment.query.filter_by(id=request.matchdict["comment"], kind="comment").first()  # expect: scans-all [sa61w]
    if comment is None:
        raise NotFound()
    media = comment.get_entry  # expect: scans-all [sa61x]
    return redirect(request, "mediagoblin.user_pages.media_home?media=%s" % media.company)
