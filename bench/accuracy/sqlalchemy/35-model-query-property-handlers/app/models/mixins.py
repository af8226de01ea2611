class BelongsToUserMixin:
    @classmethod
    def get_by_id_and_user(cls, object_id, user):
        return cls.query.filter(cls.id == object_id, cls.user_id == user.id).one()  # expect-also: [sa35b]
