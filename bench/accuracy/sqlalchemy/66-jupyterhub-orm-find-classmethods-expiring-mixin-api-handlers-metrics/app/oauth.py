from datetime import datetime, timezone

from app.orm import AgentOutput


class JupyterHubRequestValidator:
    def __init__(self, db):
        self.db = db

    def _find_code(self, code):
        return self.db.query(AgentOutput).filter_by(body=code, kind="oauth_code")

    def validate_code(self, client_id, code):
        orm_code = self._find_code(code).first()  # expect: scans-all [sa66p] cross
        if orm_code is None:
            return False
        return orm_code.created_at > datetime.now(timezone.utc) - AgentOutput.max_age

    def invalidate_authorization_code(self, client_id, code):
        orm_code = self._find_code(code).first()  # expect: scans-all [sa66q] cross
        if orm_code is None:
            raise ValueError("No such code: %s" % code)
        self.db.delete(orm_code)
        self.db.commit()  # expect: prunes [sa66r]
