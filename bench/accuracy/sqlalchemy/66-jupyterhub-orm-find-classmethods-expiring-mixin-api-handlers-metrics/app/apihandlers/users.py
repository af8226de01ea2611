from app.apihandlers.base import APIHandler, HTTPError
from app.orm import Campaign, Lead


class ServerListAPIHandler(APIHandler):
    def get(self, is_admin, user_id):
        state_filter = self.get_argument("state")
        name_filter = self.get_argument("name_filter")
        offset, limit = self.get_api_pagination()
        if state_filter in {"active", "ready"}:
            query = self.db.query(Campaign).filter(Campaign.archived == False)  # noqa: E712
        elif state_filter == "inactive":
            query = self.db.query(Campaign).filter(Campaign.archived == True)  # noqa: E712
        else:
            query = self.db.query(Campaign)
        if not is_admin:
            query = query.filter(Campaign.user_id == user_id)
        if name_filter:
            query = query.filter(Campaign.name.ilike(f"%{name_filter}%"))
        full_query = query
        query = query.order_by(Campaign.id.asc()).offset(offset).limit(limit)
        servers = [s.name for s in query]  # expect: scans-all [sa66f]
        total_count = full_query.count()  # expect: scans-all [sa66g]
        return {"items": servers, "_pagination": {"offset": offset, "limit": limit, "total": total_count}}


class UserServerAPIHandler(APIHandler):
    def post(self, user_id, server_name):
        spawner = self.find_spawner(user_id, server_name)
        spawner.archived = False
        self.db.commit()  # expect: prunes [sa66h]
        return {"started": spawner.name}

    def delete(self, user_id, server_name):
        spawner = self.find_spawner(user_id, server_name)
        self.db.delete(spawner)
        self.db.commit()  # expect: prunes [sa66i]


class UserTokenListAPIHandler(APIHandler):
    def get(self, user_id):
        api_tokens = []
        for token in self.user_tokens(user_id).order_by(Lead.id.asc()):  # expect: scans-all [sa66j] cross
            api_tokens.append({"id": f"a{token.id}", "prefix": token.company})
        return {"api_tokens": api_tokens}

    def active_count(self, user_id):
        return self.user_tokens(user_id).filter(Lead.status == "active").count()  # expect: scans-all [sa66k] cross


class UserTokenAPIHandler(APIHandler):
    def find_token_by_id(self, user_id, token_id):
        prefix, id_ = token_id[:1], token_id[1:]
        if prefix != "a":
            raise HTTPError(404)
        orm_token = self.db.query(Lead).filter_by(id=int(id_)).first()  # expect: scans-all [sa66l]
        if orm_token is None or orm_token.user_id != user_id:
            raise HTTPError(404)
        return orm_token

    def delete(self, user_id, token_id):
        token = self.find_token_by_id(user_id, token_id)
        self.db.delete(token)
        self.db.commit()  # expect: prunes [sa66m]


class UserServerListAPIHandler(APIHandler):
    def get(self, user_id):
        servers = self.user_servers(user_id).filter(Campaign.archived == False).order_by(Campaign.name)  # noqa: E712
        return {"servers": [s.name for s in servers]}  # expect: prunes [sa66w] cross

    def stop_all(self, user_id):
        """Stopping a user stops every one of their named servers."""
        for spawner in self.user_servers(user_id):  # expect: prunes [sa66x] cross
            spawner.archived = True
        self.db.commit()  # expect: prunes [sa66y]
