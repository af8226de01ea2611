// Patterns real applications use, checked against the REAL ORMs and the REAL planner as in
// host-python-orm.test.ts: `**kwargs` handed to `filter_by()`/`filter()` (by the call inlined, or
// by each visible caller of a helper that runs the query), helpers' `if`s decided by the caller's
// argument or the default, functions with several returns, CRUD objects holding the model given to
// their constructor (`lead = CRUDLead(Lead)`), models reached as module attributes
// (`models.Lead`), SQLAlchemy 2.0 `Mapped[...]` relationships, SQLModel's `session.exec()`,
// managers built on `Manager.from_queryset(QS)`, custom manager methods evaluating `self.get(**kwargs)`,
// methods of a model instance returning a related manager's queryset, and iterator classes.
import { before, test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { ensurePythonHostLoaded, pythonHost } from '../server/src/engine/host/python/index';
import { pgServers } from './helpers/db';
import { agree, ormSql, pythonHas } from './helpers/python-orm';
import { patternVerdict, type PatternCase, saFixture } from './helpers/python-patterns';

const FIX = path.join(import.meta.dirname, 'fixtures');
const serversReady = pgServers();

const SQLALCHEMY: PatternCase[] = [
  { id: 'CRUD object: model from the constructor (subclass)', expr: 'crud.lead.by_id(session, 1)', body: '    return list(crud.lead.by_id(session, 1))' },
  { id: 'CRUD object: model from the constructor (base class)', expr: 'crud.output.by_id(session, 1)', body: '    return list(crud.output.by_id(session, 1))' },
  { id: 'CRUD object: inherited method runs the query', expr: '', orm: 'crud.lead.by_id(session, 1).limit(1)', body: '    return crud.lead.get(session, 1)' },
  { id: 'CRUD object: own method', expr: 'crud.lead.of_company(session, "x").filter(Lead.created >= SINCE)', body: '    return list(crud.lead.of_company(session, "x").filter(Lead.created >= SINCE))' },
  { id: 'inherited classmethod of a mixin runs the query for the class it is called on', expr: '', orm: 'session.query(Lead).filter(Lead.id == 1).limit(1)', body: '    return Lead.first_by_id(session, 1)' },
  { id: 'filter_by(**kwargs) inlined, no key', expr: 'crud.leads_where(company="x")' },
  { id: 'filter_by(**kwargs) inlined, keyed', expr: 'crud.leads_where(company="x", created=datetime(2026, 3, 5, tzinfo=timezone.utc))' },
  { id: 'if on a parameter: the default None', expr: 'crud.leads_since("x")' },
  { id: 'if on a parameter: a date passed', expr: 'crud.leads_since("x", datetime.now(timezone.utc))' },
  { id: 'several returns, none keyed', expr: 'crud.with_lock(select(Lead).where(Lead.company == "x"), True)' },
  { id: 'several returns, all keyed', expr: 'crud.with_lock(select(Lead).where(Lead.created >= SINCE), True)' },
  { id: 'model as a module attribute', expr: 'select(models.Lead).where(models.Lead.company == "x")' },
  { id: 'model as a module attribute, keyed', expr: 'select(models.Lead).where(models.Lead.created >= SINCE)' },
  {
    id: 'Mapped[list[...]] relationship joined, outputs unkeyed',
    expr: '',
    orm: 'select(Lead).join(Lead.outputs).where(Lead.created >= SINCE)',
    body: '    return session.execute(select(mapped.MLead).join(mapped.MLead.outputs).where(mapped.MLead.created >= SINCE))',
  },
  {
    id: 'Mapped[list[...]] relationship joined, both keyed',
    expr: '',
    orm: 'select(Lead).join(Lead.outputs).where(Lead.created >= SINCE, AgentOutput.created_at >= UNTIL)',
    body: '    return session.execute(select(mapped.MLead).join(mapped.MLead.outputs).where(mapped.MLead.created >= SINCE, mapped.MOutput.created_at >= UNTIL))',
  },
  { id: 'SQLModel session.exec()', expr: '', orm: 'select(Lead).where(Lead.company == "x")', body: '    return session.exec(select(Lead).where(Lead.company == "x")).all()' },
  {
    id: 'helper filter_by(**kwargs): the caller passes no key',
    expr: '',
    orm: 'session.query(Lead).filter_by(company="x").limit(1)',
    body: '    return crud.Finder(session).find_by(company="x")',
    helper: { file: 'crud.py', inFunction: 'find_by' },
  },
  {
    id: 'helper filter_by(**kwargs): the caller passes the key',
    expr: '',
    orm: 'session.query(Lead).filter_by(company="x", created=SINCE).limit(1)',
    body: '    return crud.Finder(session).find_by(company="x", created=datetime(2026, 3, 5, tzinfo=timezone.utc))',
    helper: { file: 'crud.py', inFunction: 'find_by' },
  },
  {
    id: 'a classmethod passed as a value to a helper that calls it with the rest (`found_or_raise(fn, *args)`)',
    expr: '',
    orm: 'session.query(Lead).filter(Lead.id == 1).limit(1)',
    body: '    return crud.found_or_raise(Lead.first_by_id, session, 1)',
  },
  {
    id: 'where(*clauses) with the clause list a staticmethod returns, no key',
    expr: 'select(Lead).where(*crud.LeadClauses.of_company("x"))',
  },
  {
    id: 'where(*clauses) with the clause list a staticmethod returns, keyed',
    expr: 'select(Lead).where(Lead.company == "x", *crud.LeadClauses.recent(SINCE))',
  },
  { id: 'a (statement, total) tuple unpacked from a helper', expr: 'crud.paged_company("x")' },
  {
    id: 'generic DAO: a subclass without base_filter skips the `if cls.base_filter is not None` refinement',
    expr: '',
    orm: 'session.query(AgentOutput).filter(AgentOutput.id.in_([1, 2]))',
    body: '    return None',
    helper: { file: 'filtered_daos.py', inFunction: 'find_by_ids', inClass: 'UnfilteredDAO' },
  },
  {
    id: 'generic DAO: the only subclass sets a base_filter we cannot follow (silent; it adds the key)',
    expr: '',
    orm: 'session.query(Lead).filter(Lead.created >= SINCE).filter(Lead.id.in_([1, 2]))',
    body: '    return None',
    helper: { file: 'filtered_daos.py', inFunction: 'find_by_ids', inClass: 'FilteredDAO' },
  },
];

const DJANGO: PatternCase[] = [
  { id: 'filter(**kwargs) inlined, no key', expr: 'services.deals_where(status="won")' },
  { id: 'filter(**kwargs) inlined, keyed', expr: 'services.deals_where(status="won", created_at__gte=SINCE)' },
  { id: 'manager class on Manager.from_queryset(QS)', expr: 'Note.by_word_class.mentioning("x")' },
  { id: 'manager class on Manager.from_queryset(QS) + key', expr: 'Note.by_word_class.mentioning("x").filter(created_at__gte=SINCE)' },
  // Its only caller runs it alike: reported inside the method, where `self.get` runs (query/placement.ts).
  {
    id: 'manager method runs self.get(**kwargs), no key',
    expr: '',
    orm: 'Deal.objects.filter(id=1)[:21]',
    body: '    return Deal.cached.get_cached(id=1)',
    helper: { file: 'managers.py', inFunction: 'get_cached', inClass: 'DealCacheManager' },
  },
  { id: 'manager method runs self.get(**kwargs), keyed', expr: '', orm: 'Deal.objects.filter(id=1, created_at=SINCE)[:21]', body: '    return Deal.cached.get_cached(id=1, created_at=SINCE)' },
  {
    id: 'model instance method returning a related manager queryset',
    expr: '',
    orm: 'DealEvent.objects.filter(deal_id=1).order_by("-created_at")',
    body: '    deal = Deal.objects.get(pk=1, created_at=SINCE)\n    return list(deal.recent_events())',
    statements: 2,
  },
  {
    id: 'model instance method returning a related manager queryset, keyed',
    expr: '',
    orm: 'DealEvent.objects.filter(deal_id=1, created_at__gte=SINCE)',
    body: '    deal = Deal.objects.get(pk=1, created_at=SINCE)\n    return list(deal.events_since(SINCE))',
    statements: 2,
  },
  {
    id: 'iterator class evaluating the queryset its constructor keeps',
    expr: '',
    orm: 'Deal.objects.filter(status="won").order_by("pk")[:100]',
    body: '    for d in services.ChunkedIterator(Deal.objects.filter(status="won")):\n        print(d)',
  },
  {
    id: 'iterator class evaluating the queryset its constructor keeps, keyed',
    expr: '',
    orm: 'Deal.objects.filter(status="won", created_at__gte=SINCE).order_by("pk")[:100]',
    body: '    for d in services.ChunkedIterator(Deal.objects.filter(status="won", created_at__gte=SINCE), step=50):\n        print(d)',
  },
  { id: 'if on a parameter: the default None', expr: 'services.events_of(1)' },
  {
    id: 'if on a parameter: a non-null date field of an instance',
    expr: '',
    orm: 'DealEvent.objects.filter(deal_id=1, created_at__gte=SINCE)',
    body: '    deal = Deal.objects.get(pk=1, created_at=SINCE)\n    return list(services.events_of(deal.id, since=deal.created_at))',
    statements: 2,
  },
  {
    id: 'if on a parameter: a local date from timezone.localdate().replace(day=1)',
    expr: '',
    orm: 'services.events_of(1, since=date.today().replace(day=1))',
    body: '    from django.utils import timezone\n    today = timezone.localdate()\n    return list(services.events_of(1, since=today.replace(day=1)))',
  },
  { id: 'if on a parameter: a local set to None', expr: '', orm: 'services.events_of(1, since=None)', body: '    since = None\n    return list(services.events_of(1, since=since))' },
  { id: 'helper filter(**kwargs): the caller passes no key', expr: '', orm: 'Deal.objects.filter(status="won")[:1]', body: '    return services.first_deal(status="won")', helper: { file: 'services.py', inFunction: 'first_deal' } },
  {
    id: 'helper filter(**kwargs): the caller passes the key',
    expr: '',
    orm: 'Deal.objects.filter(status="won", created_at__gte=SINCE)[:1]',
    body: '    return services.first_deal(status="won", created_at__gte=SINCE)',
    helper: { file: 'services.py', inFunction: 'first_deal' },
  },
  {
    id: 'helper file with no ORM word iterates the queryset its caller passes (.iterator())',
    expr: '',
    orm: 'Deal.objects.filter(status="won")',
    body: '    return exports.csv_rows(Deal.objects.filter(status="won"))',
    helper: { file: 'exports.py', inFunction: 'csv_rows' },
  },
  {
    id: 'helper file with no ORM word iterates the keyed queryset its caller passes',
    expr: '',
    orm: 'Deal.objects.filter(status="won", created_at__gte=SINCE)',
    body: '    return exports.csv_amounts(Deal.objects.filter(status="won", created_at__gte=SINCE))',
    helper: { file: 'exports.py', inFunction: 'csv_amounts' },
  },
  {
    id: 'lookup built as f"{name}__gte" from the field name the caller passes: a __date transform (no pruning)',
    expr: '',
    orm: 'Deal.objects.filter(account_id=1).filter(created_at__date__gte=SINCE.date()).filter(created_at__date__lt=UNTIL.date())',
    body: '    return list(services.created_on_days(Deal.objects.filter(account_id=1), {"gte": SINCE.date(), "lt": UNTIL.date()}))',
  },
  {
    id: 'lookup built as f"{name}__gte" from the field name the caller passes: the key itself (both bounds given)',
    expr: '',
    orm: 'Deal.objects.filter(account_id=1).filter(created_at__gte=SINCE).filter(created_at__lt=UNTIL)',
    body: '    return list(services.created_between(Deal.objects.filter(account_id=1), {"gte": SINCE, "lt": UNTIL}))',
  },
  {
    id: 'a manager method passed as a value to a helper that calls it with the rest (`or_none(fn, **kwargs)`)',
    expr: '',
    orm: 'Deal.objects.filter(id=1)[:21]',
    body: '    return services.or_none(Deal.cached.get_cached, id=1)',
  },
  {
    id: 'if/else both assigning the queryset: the arm the caller decides (no key)',
    expr: '',
    orm: 'Deal.objects.filter(account_id=1).filter(status="won")',
    body: '    return list(services.scoped_deals(1, False))',
  },
  {
    id: 'if/else both assigning the queryset: an undecided condition, one arm without the key',
    expr: '',
    orm: 'Deal.objects.all().filter(status="won")',
    body: '    return list(services.scoped_deals(1, session.staff))',
  },
  {
    id: 'if/elif/else: every arm that falls through adds the key (the elif arm returns)',
    expr: '',
    orm: 'Deal.objects.filter(status="won").filter(created_at__gte=SINCE)',
    body: '    return list(services.windowed_deals(SINCE, session.mine, session.account_id))',
  },
  { id: 'a conditional expression returned: the arm the caller decides (ids given, no key)', expr: 'services.lost_deals(ids=[1, 2])' },
  { id: 'a conditional expression returned: the arm the caller decides (ids left None, keyed)', expr: 'services.lost_deals(before=SINCE)' },
  { id: 'a forwarder passing on *args, **kwargs: no key', expr: 'services.deals_for_v2(1)' },
  { id: 'a forwarder passing on *args, **kwargs: the key passed through', expr: '', orm: 'services.deals_for_v2(1, start=SINCE)', body: '    return list(services.deals_for_v2(1, start=timezone.now()))' },
  { id: 'a (queryset, order) tuple unpacked from a helper: no key', expr: 'services.ordered_won()' },
  { id: 'a (queryset, order) tuple unpacked from a helper: keyed', expr: 'services.ordered_since(SINCE)' },
  { id: 'extra(select=…) keeps the rows: no key', expr: 'Deal.objects.filter(status="won").extra(select={"doubled": "amount * 2"})' },
  { id: 'extra(select=…) keeps the rows: keyed', expr: 'Deal.objects.filter(created_at__gte=SINCE).extra(select={"doubled": "amount * 2"})' },
  {
    id: 'view: base queryset built in dispatch(), get() runs .get() on it',
    expr: '',
    orm: 'Deal.objects.filter(account_id=1).order_by("-created_at").filter(status="won")[:21]',
    body: '    return None',
    helper: { file: 'dashboard.py', inFunction: 'get', inClass: 'AccountDeals' },
  },
  {
    id: 'view: base queryset built in dispatch(), keyed, get() runs .get() on it',
    expr: '',
    orm: 'Deal.objects.filter(account_id=1, created_at__gte=SINCE).order_by("-created_at").filter(status="won")[:21]',
    body: '    return None',
    helper: { file: 'dashboard.py', inFunction: 'get', inClass: 'RecentAccountDeals' },
  },
  {
    id: 'view: base queryset built in setup(), get_queryset refines it in nested ifs (a path adds no key)',
    expr: '',
    orm: 'Deal.objects.filter(account_id=1)',
    body: '    return None',
    helper: { file: 'dashboard.py', inFunction: 'get_queryset', inClass: 'SearchedDeals' },
  },
  {
    id: 'view: keyed base queryset from dispatch(), get_queryset refines it in nested ifs',
    expr: '',
    orm: 'Deal.objects.filter(account_id=1, created_at__gte=SINCE).filter(status="won").exclude(status="lost")',
    body: '    return None',
    helper: { file: 'dashboard.py', inFunction: 'get_queryset', inClass: 'RecentSearchedDeals' },
  },
];


before(async () => {
  await ensurePythonHostLoaded();
});

void test('SQLAlchemy application patterns (real ORM): our verdicts agree with the planner', async (t) => {
  const fx = saFixture(t, SQLALCHEMY);
  if (!fx) return;
  const { structure, catalog, results } = fx;
  const imports = ['from datetime import datetime, timezone', 'from sqlalchemy import select', 'from app import crud, mapped, models', 'from app.models import AgentOutput, Lead'].join('\n');
  const files = ['__init__.py', 'models.py', 'crud.py', 'mapped.py', 'filtered_daos.py'];
  const wrap = (e: string): string => `session.execute(${e})`;
  await agree(t, { servers: serversReady, cases: SQLALCHEMY, results, ddl: [structure], catalog, verdict: (c) => patternVerdict('sa/app', files, imports, c, wrap, catalog) });
});

void test('Django application patterns (real ORM): our verdicts agree with the planner', async (t) => {
  const missing = pythonHas('django') ?? pythonHas('psycopg2');
  if (missing) {
    t.skip(`REAL DJANGO NOT AVAILABLE (${missing}); install with: apt-get install -y python3-django python3-psycopg2`);
    return;
  }
  const root = path.join(FIX, 'django');
  const ddl = pythonHost.sqlFragments(fs.readFileSync(path.join(root, 'sales/migrations/0001_partitions.py'), 'utf8'), 'sales/migrations/0001_partitions.py').filter((f) => f.ddl).map((f) => f.text);
  const catalog = new CatalogSnapshot(tablesFromSql(ddl.join(';\n')).tables);
  const results = ormSql(path.join(root, 'sql_for_cases.py'), DJANGO);
  const imports = ['from sales import exports, services', 'from sales.models import Account, Deal, DealEvent, Note'].join('\n');
  const files = ['__init__.py', 'models.py', 'managers.py', 'services.py', 'dashboard.py', 'exports.py'];
  await agree(t, { servers: serversReady, cases: DJANGO, results, ddl, catalog, verdict: (c) => patternVerdict('sales', files, imports, c, (e) => `list(${e})`, catalog) });
});
