from typing import Optional

from sqlalchemy.orm import Session

from app.internal.db import get_db, get_db_context
from app.models.tables import Campaign


class FolderTable:
    def get_folder_by_id_and_user_id(self, id: int, user_id: int, db: Optional[Session] = None) -> Optional[Campaign]:
        with get_db_context(db) as db:
            return db.query(Campaign).filter_by(id=id, user_id=user_id).first()  # expect: prunes [sa64q]

    def get_folders_by_user_id(self, user_id: int, db: Optional[Session] = None) -> list[Campaign]:
        with get_db_context(db) as db:
            return db.query(Campaign).filter_by(user_id=user_id).order_by(Campaign.name).all()  # expect: prunes [sa64r]

    def get_folder_by_name(self, name: str) -> Optional[Campaign]:
        """Used by the import, which only knows the folder name of the exported file."""
        with get_db() as db:
            return db.query(Campaign).filter(Campaign.name.ilike(name)).first()  # expect: scans-all [sa64s]

    def update_folder_name_by_id_and_user_id(self, id: int, user_id: int, name: str) -> Optional[Campaign]:
        with get_db() as db:
            folder = db.query(Campaign).filter_by(id=id, user_id=user_id).first()  # expect: prunes [sa64t]
            if not folder:
                return None
            folder.name = name
            db.commit()  # expect: prunes [sa64v]
            return folder

    def delete_folder_by_id_and_user_id(self, id: int, user_id: int, db: Optional[Session] = None) -> bool:
        with get_db_context(db) as db:
            db.query(Campaign).filter_by(id=id, user_id=user_id).delete()  # expect: prunes [sa64w]
            db.commit()
            return True


Folders = FolderTable()
