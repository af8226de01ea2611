// A repository method whose optional key bounds are added under `if start:` / `if end is not None:`
// is judged with its visible callers' arguments (sqlalchemy-callers.ts): a caller that unpacks
// the bounds from a visible helper returning a date window (`start, end = last_days(n)`, every
// return a tuple of dates built from `now()`) always passes them, so the method prunes for it.
// The callers are often routers that only handle a `Session` (`db: Session = Depends(get_db)`),
// and the helper a small utilities module: both are held by the index. Precision: a helper that
// may return `None` bounds, or another caller that leaves them out, keeps the scanning path.
// `outputs` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE outputs (id bigint NOT NULL, lead_id bigint, body text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

const MODELS = `
from sqlalchemy import BigInteger, Column, DateTime, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Output(Base):
    __tablename__ = "outputs"
    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)
`;

const REPO = `
from typing import Optional

from app.models import Output


class OutputRepository:
    def lead_ids_for(self, db, body: str, since: Optional[object] = None, until: Optional[object] = None, limit: int = 20):
        q = db.query(Output.lead_id).filter(Output.body == body)
        if since:
            q = q.filter(Output.created_at >= since)
        if until is not None:
            q = q.filter(Output.created_at < until)
        return q.limit(limit).all()


outputs = OutputRepository()
`;

const SCAN = 'return q.limit(limit).all()';

/** A utilities module whose date-window helper has the given body. */
function utils(body: string): string {
  return `
from datetime import datetime, timedelta


def last_days(n: int):
${body}
`;
}

const WINDOW = utils(`    now = datetime.utcnow()
    start = now - timedelta(days=n)
    return start, now`);

/** A FastAPI router that only handles a `Session`, with the given route body. */
function router(body: string): string {
  return `
from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from app.deps import get_db
from app.repo import outputs
from app.utils import last_days

api = APIRouter()


@api.get("/bodies/{body}/leads")
def leads_for_body(body: str, days: int = 30, db: Session = Depends(get_db)):
${body}
`;
}

const UNPACKING = router(`    since, until = last_days(days)
    return outputs.lead_ids_for(db, body, since=since, until=until)`);

void test('bounds a caller unpacks from a date-window helper decide the optional filters: the method prunes', () => {
  const files = { 'models.py': MODELS, 'repo.py': REPO, 'utils.py': WINDOW, 'routes.py': UNPACKING };
  assert.deepEqual(findings(files, 'repo.py'), []);
  assert.deepEqual(findings(files, 'routes.py'), []);
});

void test('a window passed positionally from a tuple-returning helper is decided the same way', () => {
  const tuple = utils(`    end = datetime.now()
    return (end - timedelta(days=n), end)`);
  const positional = router(`    start, end = last_days(days)
    return outputs.lead_ids_for(db, body, start, end)`);
  const files = { 'models.py': MODELS, 'repo.py': REPO, 'utils.py': tuple, 'routes.py': positional };
  assert.deepEqual(findings(files, 'repo.py'), []);
});

void test('precision: a window helper that may return None bounds leaves the scanning path open', () => {
  const maybe = utils(`    if not n:
        return None, None
    now = datetime.utcnow()
    return now - timedelta(days=n), now`);
  const files = { 'models.py': MODELS, 'repo.py': REPO, 'utils.py': maybe, 'routes.py': UNPACKING };
  assert.deepEqual(findings(files, 'repo.py'), [SCAN]);
});

void test('precision: bounds unpacked from a call we cannot see stay undecided', () => {
  const opaque = UNPACKING.replace('from app.utils import last_days', 'from somewhere_else import last_days');
  const files = { 'models.py': MODELS, 'repo.py': REPO, 'routes.py': opaque };
  assert.deepEqual(findings(files, 'repo.py'), [SCAN]);
});

const { findings } = pythonAppSuite(DDL);
