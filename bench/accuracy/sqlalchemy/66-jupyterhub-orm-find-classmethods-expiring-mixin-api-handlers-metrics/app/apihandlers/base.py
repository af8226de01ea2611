from app.orm import Campaign, Lead


class HTTPError(Exception):
    pass


class APIHandler:
    """Every handler reaches the session through `self.db` (the application's settings)."""

    def __init__(self, settings, request):
        self.settings = settings
        self.request = request

    @property
    def db(self):
        return self.settings["db"]

    def get_argument(self, name, default=None):
        return self.request.get(name, default)

    def get_api_pagination(self):
        offset = int(self.get_argument("offset", 0))
        limit = min(int(self.get_argument("limit", 200)), 200)
        return offset, limit

    def get_current_user_token(self):
        token = self.request.get("token")
        orm_token = Lead.find(self.db, token)
        if orm_token is None:
            return None
        orm_token.status = "active"
        self.db.commit()  # expect: prunes [sa66d]
        return orm_token

    def find_spawner(self, user_id, server_name):
        spawner = self.db.query(Campaign).filter(Campaign.user_id == user_id).filter(Campaign.name == server_name).first()  # expect: prunes [sa66e]
        if spawner is None:
            raise HTTPError(404)
        return spawner

    def user_tokens(self, user_id):
        return self.db.query(Lead).filter(Lead.user_id == user_id)

    def user_servers(self, user_id):
        return self.db.query(Campaign).filter(Campaign.user_id == user_id)
