from datetime import datetime

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import AgentOutput
from app.repository import OutputRepository

router = APIRouter()


def get_repo(session: Session = Depends(get_db)) -> OutputRepository:
    return OutputRepository(session)


@router.get("/outputs/{kind}")
def outputs_of_kind(kind: str, repo: OutputRepository = Depends(get_repo)):
    return repo.all(repo.of_kind(kind).limit(50))  # expect: scans-all [sa15a] cross


@router.get("/outputs/{kind}/since")
def outputs_of_kind_since(kind: str, since: datetime, repo: OutputRepository = Depends(get_repo)):
    return repo.all(repo.of_kind(kind).where(AgentOutput.created_at >= since))  # expect: prunes [sa15b] cross
