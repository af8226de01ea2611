// A relationship's `any()` / `has()` as a condition, on a small application checked in memory.
// SQLAlchemy renders a correlated EXISTS on the related table (PostgreSQL dialect):
// - `Lead.notes.any(Note.body.ilike(w))` → `EXISTS (SELECT 1 FROM notes WHERE leads.id = notes.lead_id
//   AND notes.body ILIKE …)`: nothing bounds `leads.created_at`, every partition is scanned;
// - `Note.lead.has(status="won")` → `EXISTS (SELECT 1 FROM leads WHERE leads.id = notes.lead_id AND
//   leads.status = …)`: the subquery on `leads` is judged (scans), a bound on the key inside prunes;
// - a `secondary` relationship (its join is not visible here) keeps the statement unknown.
// `leads` is RANGE partitioned by `created_at`; `notes` and `tags` are plain.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, user_id bigint NOT NULL, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE notes (id bigint PRIMARY KEY, lead_id bigint, body text);
CREATE TABLE tags (id bigint PRIMARY KEY, name text);
CREATE TABLE lead_tags (lead_id bigint, tag_id bigint);
`;

const MODELS = `
from sqlalchemy import BigInteger, Column, DateTime, ForeignKey, Table, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

lead_tags = Table("lead_tags", Base.metadata, Column("lead_id", BigInteger), Column("tag_id", BigInteger))


class Lead(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    status = Column(Text)
    created_at = Column(DateTime(timezone=True), nullable=False)
    remarks = relationship("Note", back_populates="subject")
    labels = relationship("Tag", secondary=lead_tags)


class Note(Base):
    __tablename__ = "notes"
    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, ForeignKey("leads.id"))
    body = Column(Text)
    subject = relationship("Lead", back_populates="remarks")


class Tag(Base):
    __tablename__ = "tags"
    id = Column(BigInteger, primary_key=True)
    name = Column(Text)
`;

const { findings } = pythonAppSuite(DDL);

void test('any() of a one-to-many relationship and has() of a many-to-one are EXISTS subqueries on the related table', () => {
  const views = `
from sqlalchemy import select
from app.models import Lead, Note


def remarked(session, word):
    return session.query(Lead).filter(Lead.remarks.any(Note.body.ilike(word))).all()


def notes_on_won(session):
    return session.execute(select(Note).where(Note.subject.has(status="won"))).scalars().all()
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'views.py': views }, 'views.py'), [
    'return session.query(Lead).filter(Lead.remarks.any(Note.body.ilike(word))).all()',
    'return session.execute(select(Note).where(Note.subject.has(status="won"))).scalars().all()',
  ]);
});

void test('precision: a key bound next to any(), or inside has(), prunes; a secondary relationship stays unknown', () => {
  const views = `
from sqlalchemy import not_
from app.models import Lead, Note, Tag


def quiet_since(session, since):
    return session.query(Lead).filter(not_(Lead.remarks.any()), Lead.created_at >= since).all()


def notes_on_recent(session, since):
    return session.query(Note).filter(Note.subject.has(Lead.created_at >= since)).all()


def labelled(session, name):
    return session.query(Lead).filter(Lead.labels.any(Tag.name == name)).all()
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'views.py': views }, 'views.py'), []);
});
