from mediagoblin.notifications import get_notification_count, get_notifications


def notifications_context(request):
    if not request.user:
        return {}
    return {
        "notifications": get_notifications(request.user.id).limit(5).all(),  # expect: scans-all [sa61t] cross
        "notification_count": get_notification_count(request.user.id),
    }
