// SQLAlchemy hybrid attributes whose `.expression` builds a CASE, or carries a trailing comment,
// on a small application checked in memory. What SQLAlchemy sends (PostgreSQL dialect):
// - `Lead.lapsed == False` with `case((cls.created_at <= func.now(), True), else_=False)` →
//   `CASE WHEN leads.created_at <= now() THEN true ELSE false END = false`: PostgreSQL prunes only on
//   the bare key, so every partition is scanned; a bound on the key next to it still prunes;
// - `@lapsed.expression  # type: ignore` (the usual way to quiet mypy on the redefinition) is the
//   same override as without the comment.
// `leads` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkApp, pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, user_id bigint NOT NULL, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

/** A model whose hybrid `lapsed` has the `.expression` override `expression` (decorator line included). */
const MODELS = (decorator: string, expression: string): string => `
from datetime import datetime, timezone

from sqlalchemy import BigInteger, Column, DateTime, Text, case, func
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Lead(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    status = Column(Text)
    created_at = Column(DateTime(timezone=True), nullable=False)

    @hybrid_property
    def lapsed(self):
        if self.created_at <= datetime.now(timezone.utc):
            return True

    ${decorator}
    def lapsed(cls):
        return ${expression}
`;

const VIEWS = `
from app.models import Lead


def open_leads(session, owner):
    return session.query(Lead).filter(Lead.user_id == owner, Lead.lapsed == False).all()  # noqa: E712


def lapsed_leads(session):
    return session.query(Lead).filter(Lead.lapsed).all()


def lapsed_since(session, since):
    return session.query(Lead).filter(Lead.lapsed != True, Lead.created_at >= since).all()  # noqa: E712
`;

const { catalog, findings } = pythonAppSuite(DDL);

void test('a hybrid whose expression is a CASE over the key scans every partition, compared with a constant or used alone', () => {
  for (const expression of ['case((cls.created_at <= func.now(), True), else_=False)', 'case([(cls.created_at <= func.now(), True)], else_=False)']) {
    const files = { 'models.py': MODELS('@lapsed.expression', expression), 'views.py': VIEWS };
    assert.deepEqual(findings(files, 'views.py'), [
      'return session.query(Lead).filter(Lead.user_id == owner, Lead.lapsed == False).all()  # noqa: E712',
      'return session.query(Lead).filter(Lead.lapsed).all()',
    ], expression);
    assert.deepEqual(checkApp(catalog(), files, 'views.py').findings.map((f) => f.code), ['partition-key-not-prunable', 'partition-key-not-prunable']);
  }
});

void test('an `.expression` override with a trailing comment on its decorator is read as the override', () => {
  const files = { 'models.py': MODELS('@lapsed.expression  # type: ignore', 'cls.status == "lapsed"'), 'views.py': VIEWS };
  assert.deepEqual(findings(files, 'views.py'), [
    'return session.query(Lead).filter(Lead.user_id == owner, Lead.lapsed == False).all()  # noqa: E712',
    'return session.query(Lead).filter(Lead.lapsed).all()',
  ]);
});

void test('precision: a commented override bounding the key prunes, compared with True or used alone', () => {
  const files = { 'models.py': MODELS('@lapsed.expression  # type: ignore', 'cls.created_at <= func.now()'), 'views.py': VIEWS };
  assert.deepEqual(findings(files, 'views.py'), []);
});
