from fastapi import Header, HTTPException, status
from pydantic import BaseModel


class SessionUser(BaseModel):
    id: int
    role: str = "user"


def get_verified_user(x_user_id: int = Header(), x_user_role: str = Header("user")) -> SessionUser:
    if not x_user_id:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return SessionUser(id=x_user_id, role=x_user_role)
