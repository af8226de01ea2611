from fastapi import HTTPException, Request, status


def get_verified_user(request: Request):
    user = getattr(request.state, "user", None)
    if user is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return user


def get_admin_user(request: Request):
    user = get_verified_user(request)
    if user.role != "admin":
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return user
