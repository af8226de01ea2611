from functools import wraps

from flask import abort, g
from flask_login import current_user

from app.models import Lead


def can_access_lead(f):
    @wraps(f)
    def decorated_function(*args, **kwargs):
        lead = Lead.query.filter(Lead.id == kwargs.get("lead_id")).first()  # expect: scans-all [sa49h]
        if not lead:
            abort(404)
        if not current_user.is_admin and lead.user_id != current_user.id:
            abort(403)
        g.lead = lead
        return f(*args, **kwargs)

    return decorated_function


def admin_role_required(f):
    @wraps(f)
    def decorated_function(*args, **kwargs):
        if not current_user.is_admin:
            abort(403)
        return f(*args, **kwargs)

    return decorated_function
