from app.lib.challenge import get_challenges
from app.models import Campaign, Lead


class ResourceNotFoundError(Exception):
    pass


class TokenClass:
    """Wraps the database token with the token type's behaviour."""

    def __init__(self, db_token):
        self.token = db_token

    def inc_failcount(self):
        self.token.archived = False
        return self.token.save()

    def delete_token(self):
        self.token.delete()

    def check_challenge_response(self, passw, options=None):
        transaction_id = (options or {}).get("transaction_id")
        for challengeobject in get_challenges(serial=self.token.name, transaction_id=transaction_id):
            valid = challengeobject.email == passw
            challengeobject.set_otp_status(valid)
            challengeobject.save()
            if valid:
                challengeobject.delete()
                return 1
        self.inc_failcount()
        return -1


def create_tokenclass_object(db_token):
    return TokenClass(db_token)


def _create_token_query(tokentype=None, user=None, serial=None, active=None, revoked=None):
    sql_query = Campaign.query
    if user is not None and not user.is_empty():
        sql_query = sql_query.filter(Campaign.user_id == user.uid)
    if serial is not None:
        sql_query = sql_query.filter(Campaign.name == serial)
    if active is not None:
        sql_query = sql_query.filter(Campaign.archived.is_(not active))
    if revoked is not None:
        sql_query = sql_query.filter(Campaign.archived.is_(revoked))
    return sql_query


def get_tokens(tokentype=None, user=None, serial=None, active=None, revoked=None, count=False):
    sqlquery = _create_token_query(tokentype=tokentype, user=user, serial=serial, active=active, revoked=revoked)
    if count is True:
        return sqlquery.count()  # expect: scans-all [sa55a] cross
    return [create_tokenclass_object(token) for token in sqlquery.all()]  # expect: scans-all [sa55b] cross


def get_one_token(serial, user=None):
    result = get_tokens(user=user, serial=serial)
    if not result:
        raise ResourceNotFoundError("The requested token could not be found.")
    return result[0]


def remove_token(serial=None, user=None):
    tokenobject_list = get_tokens(serial=serial, user=user)
    for tokenobject in tokenobject_list:
        Lead.query.filter(Lead.campaign_id == tokenobject.token.id).delete()  # expect: scans-all [sa55q]
        tokenobject.delete_token()
    return len(tokenobject_list)
