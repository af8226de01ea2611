from rest_framework.pagination import LimitOffsetPagination
from rest_framework.viewsets import ModelViewSet


class OptionalLimitOffsetPagination(LimitOffsetPagination):
    default_limit = 50


class NautobotModelViewSet(ModelViewSet):
    """Every API list and detail goes through the user's object permissions."""

    pagination_class = OptionalLimitOffsetPagination

    def _get_restrict_action(self):
        return {"GET": "view", "PUT": "change", "PATCH": "change", "DELETE": "delete"}.get(self.request.method, "view")

    def get_queryset(self):
        return super().get_queryset().restrict(self.request.user, self._get_restrict_action())
