from mediagoblin.db.models import MediaComment


def get_notifications(user_id, only_unseen=True):
    query = MediaComment.query.filter_by(body=str(user_id))
    if only_unseen:
        query = query.filter_by(kind="notification")
    return query.order_by(MediaComment.created_at.desc())


def get_notification_count(user_id, only_unseen=True):
    return get_notifications(user_id, only_unseen).count()  # expect: scans-all [sa61u] cross


def mark_comment_notification_seen(comment_id, user):
    notification = MediaComment.query.filter_by(kind="notification", body=str(user.id), lead_id=int(comment_id)).first()  # expect: scans-all [sa61s]
    if notification is not None:
        notification.kind = "notification_seen"
        notification.save()
    return notification
