from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from app.internal.db import get_session
from app.models.folders import Folders
from app.utils.auth import get_verified_user

router = APIRouter()


@router.get("/")
async def get_folders(user=Depends(get_verified_user), db: Session = Depends(get_session)):
    return Folders.get_folders_by_user_id(user.id, db=db)


@router.post("/import")
async def import_folder(name: str, user=Depends(get_verified_user)):
    existing = Folders.get_folder_by_name(name)
    if existing and existing.user_id == user.id:
        return existing
    raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)


@router.post("/{id}/update")
async def update_folder_name_by_id(id: int, name: str, user=Depends(get_verified_user)):
    folder = Folders.update_folder_name_by_id_and_user_id(id, user.id, name)
    if not folder:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
    return folder


@router.delete("/{id}")
async def delete_folder_by_id(id: int, user=Depends(get_verified_user), db: Session = Depends(get_session)):
    folder = Folders.get_folder_by_id_and_user_id(id, user.id, db=db)
    if not folder:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
    return Folders.delete_folder_by_id_and_user_id(id, user.id, db=db)
