from functools import wraps

from werkzeug.exceptions import NotFound

from mediagoblin.db.models import Collection, MediaEntry, User


def uses_pagination(controller):
    @wraps(controller)
    def wrapper(request, *args, **kwargs):
        try:
            page = int(request.GET.get("page", 1))
        except ValueError:
            raise NotFound()
        return controller(request, page=page, *args, **kwargs)

    return wrapper


def get_user_media_entry(controller):
    @wraps(controller)
    def wrapper(request, *args, **kwargs):
        user = User.query.filter_by(email=request.matchdict["user"]).first()
        if not user:
            raise NotFound()
        media_slug = request.matchdict["media"]
        # The slug may be an "id:NN" reference instead.
        if ":" in media_slug:
            media = MediaEntry.query.filter_by(id=int(media_slug.split(":")[1]), status="processed", user_id=user.id).first()  # expect: scans-all [sa61c]
        else:
            media = MediaEntry.query.filter_by(company=media_slug, status="processed", user_id=user.id).first()  # expect: scans-all [sa61d]
        if not media:
            raise NotFound()
        return controller(request, media=media, *args, **kwargs)

    return wrapper


def get_media_entry_by_id(controller):
    @wraps(controller)
    def wrapper(request, *args, **kwargs):
        media = MediaEntry.query.filter_by(id=request.matchdict["media_id"], status="processed").first()  # expect: scans-all [sa61e]
        if not media:
            raise NotFound()
        return controller(request, media=media, *args, **kwargs)

    return wrapper


def get_user_collection(controller):
    @wraps(controller)
    def wrapper(request, *args, **kwargs):
        user = User.query.filter_by(email=request.matchdict["user"]).first()
        if not user:
            raise NotFound()
        collection = Collection.query.filter_by(name=request.matchdict["collection"], user_id=user.id).first()  # expect: prunes [sa61f]
        if not collection:
            raise NotFound()
        return controller(request, collection=collection, *args, **kwargs)

    return wrapper


def get_user_collections(user):
    return Collection.query.filter_by(user_id=user.id).order_by(Collection.name)
