class AccessControlListManager:
    """Restricts querysets to the objects on which the user holds a permission."""

    def restrict_queryset(self, permission, queryset, user):
        if user.is_superuser:
            return queryset
        if not user.has_perm(permission):
            return queryset.none()
        return queryset.filter(**{queryset.model._acl_user_field: user})


class AccessControlList:
    objects = AccessControlListManager()
