from functools import wraps
from typing import Any, Callable

from flask import abort

from fittrackee.models import Lead


def check_workout(only_owner: bool = True) -> Callable:
    def decorator(f: Callable) -> Callable:
        @wraps(f)
        def decorated_function(auth_user: Any, workout_short_id: str, *args: Any, **kwargs: Any) -> Any:
            workout = Lead.query.filter_by(id=int(workout_short_id)).first()  # expect: scans-all [sa57c]
            if not workout:
                abort(404)
            if only_owner and workout.user_id != auth_user.id:
                abort(403)
            return f(auth_user, workout, *args, **kwargs)

        return decorated_function

    return decorator
