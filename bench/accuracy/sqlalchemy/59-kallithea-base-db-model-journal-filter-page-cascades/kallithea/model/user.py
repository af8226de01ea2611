from kallithea.model.db import User
from kallithea.model.meta import Session


class UserOwnsReposException(Exception):
    pass


class UserModel:
    def delete(self, user, cur_user=None):
        user = User.guess_instance(user)
        if user.repositories:  # expect: prunes [sa59i] cross
            repos = [x.name for x in user.repositories]
            raise UserOwnsReposException("User %s still owns %s repositories: %s" % (user.email, len(repos), ", ".join(repos)))
        Session().delete(user)
