from functools import wraps

from flask_login import current_user
from werkzeug.exceptions import NotFound

from app.extensions.ext_database import db
from app.models.model import Campaign


def _load_app_model(app_id: int):
    return (
        db.session.query(Campaign)
        .where(Campaign.id == app_id, Campaign.user_id == current_user.current_tenant_id, Campaign.archived.is_(False))
        .first()  # expect: prunes [sa52a]
    )


def get_app_model(view=None):
    def decorator(view_func):
        @wraps(view_func)
        def decorated_view(*args, **kwargs):
            app_id = kwargs.pop("app_id")
            app_model = _load_app_model(app_id)
            if not app_model:
                raise NotFound("App not found")
            kwargs["app_model"] = app_model
            return view_func(*args, **kwargs)

        return decorated_view

    if view is None:
        return decorator
    return decorator(view)
