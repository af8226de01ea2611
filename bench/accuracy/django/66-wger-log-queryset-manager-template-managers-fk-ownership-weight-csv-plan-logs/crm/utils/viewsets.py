import logging

from django.core.exceptions import ValidationError
from rest_framework import exceptions, viewsets

logger = logging.getLogger(__name__)


def check_fk_ownership(payload: dict, owner_objects: list[tuple], user_id: int) -> bool:
    """
    Validate that FK references in payload belong to the given user: owner_objects is a list of
    (Model, field_name) tuples; each referenced object is loaded and its owner checked.
    """
    for model_class, field_name in owner_objects:
        pk = payload.get(field_name)
        if pk is None:
            continue

        try:
            obj = model_class.objects.get(pk=pk)  # expect: scans-all [dj66c] cross
        except model_class.DoesNotExist:
            logger.warning(f"{model_class.__name__} with pk {pk} not found during ownership check")
            return False
        except (ValidationError, ValueError, TypeError):
            continue

        if obj.get_owner_object().user_id != user_id:
            return False
    return True


class WgerOwnerObjectModelViewSet(viewsets.ModelViewSet):
    """Checks that the objects referenced by a create/update belong to the requesting user."""

    def get_owner_objects(self):
        return []

    def create(self, request, *args, **kwargs):
        if not check_fk_ownership(request.data, self.get_owner_objects(), request.user.id):
            raise exceptions.PermissionDenied("You are not allowed to do this")
        return super().create(request, *args, **kwargs)
