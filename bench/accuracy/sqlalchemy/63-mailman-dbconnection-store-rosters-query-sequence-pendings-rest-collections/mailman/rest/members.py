import falcon

from mailman.model.roster import ROSTERS
from mailman.model.subscriptions import SubscriptionService
from mailman.model.usermanager import UserManager
from mailman.rest.helpers import CollectionMixin


def member_as_dict(member):
    return {"member_id": member.id, "list_id": member.company, "email": member.email, "role": member.status}


class MemberCollection(CollectionMixin):
    def __init__(self, list_id=None, role=None):
        self._list_id = list_id
        self._role = role

    def _get_collection(self, request):
        return SubscriptionService().find_members(list_id=self._list_id, role=self._role)

    def _resource_as_dict(self, resource):
        return member_as_dict(resource)

    def on_get(self, request, response):
        response.media = self._make_collection(request)


class AMember:
    def __init__(self, member_id):
        self._member = SubscriptionService().get_member(member_id)

    def on_get(self, request, response):
        if self._member is None:
            raise falcon.HTTPNotFound()
        response.media = member_as_dict(self._member)

    def on_delete(self, request, response):
        if self._member is None:
            raise falcon.HTTPNotFound()
        self._member.unsubscribe()
        response.status = falcon.HTTP_204


class ListRoster:
    def __init__(self, list_id, role):
        self._roster = ROSTERS[role](list_id)

    def on_get(self, request, response):
        email = request.get_param("email")
        if email:
            member = self._roster.get_member(email)
            response.media = member_as_dict(member) if member else None
            return
        response.media = {"total_size": self._roster.member_count, "entries": [member_as_dict(m) for m in self._roster.members]}


class AnAddress:
    def __init__(self, email):
        self._address = UserManager().get_address(email)

    def on_delete(self, request, response):
        if self._address is None:
            raise falcon.HTTPNotFound()
        UserManager().delete_address(self._address)
        response.status = falcon.HTTP_204


class AddressesOfUser:
    def __init__(self, user_id):
        self._user_id = user_id

    def on_get(self, request, response):
        response.media = {"entries": [a.name for a in UserManager().addresses_of(self._user_id)]}


class ConfirmRequest:
    def __init__(self, token):
        self._token = token

    def on_post(self, request, response):
        from mailman.model.pending import Pendings

        pending = Pendings().confirm(self._token)
        if pending is None:
            raise falcon.HTTPNotFound()
        response.status = falcon.HTTP_204
