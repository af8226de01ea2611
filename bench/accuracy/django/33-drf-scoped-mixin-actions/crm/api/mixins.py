class UserScopedMixin:
    """Restricts every queryset of the view to the requesting user's rows."""

    def get_queryset(self):
        return super().get_queryset().filter(user=self.request.user)
