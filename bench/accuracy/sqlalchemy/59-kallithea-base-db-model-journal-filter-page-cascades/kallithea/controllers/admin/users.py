from kallithea.model.db import User
from kallithea.model.meta import Session
from kallithea.model.user import UserModel


class UsersController:
    def __init__(self, request, c):
        self.request = request
        self.c = c

    def delete(self, id):
        usr = User.get_or_404(id)
        UserModel().delete(usr)
        Session().commit()
        return "deleted"
