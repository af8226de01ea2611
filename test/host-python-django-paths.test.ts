// Paths of a Django queryset that send nothing or may not run: a helper returning `.none()` on
// one path (no SQL for that path, the others are judged), a `for` over request data that refines
// the queryset (it may run zero times), DRF's `self.get_object()` on such a `get_queryset`, and a
// request value read with a default that is not `None` (`if since is not None` always taken).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createPythonIndex, ensurePythonHostLoaded, pythonHost } from '../server/src/engine/host/python/index';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import type { CatalogView } from '../server/src/engine/catalog/model';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'django');
const file = (p: string): string => path.join(ROOT, p);
const read = (p: string): string => fs.readFileSync(file(p), 'utf8');
const APP = ['sales/__init__.py', 'sales/models.py', 'sales/managers.py', 'sales/services.py', 'sales/migrations/0001_partitions.py'];

let catalog: CatalogView;

before(async () => {
  await ensurePythonHostLoaded();
  const wc = new WorkspaceCatalog();
  for (const f of APP) wc.setFile(file(f), read(f), 'python');
  catalog = wc.snapshot();
});

/** The findings of `views` checked as `sales/<name>.py` in the fixture app: [code, text of the range]. */
function check(name: string, views: string): [string, string][] {
  const own = createPythonIndex();
  for (const f of APP) own.indexFile(file(f), read(f));
  own.indexFile(file(`sales/${name}.py`), views);
  const r = pythonHost.check(views, catalog, { fileName: file(`sales/${name}.py`), index: own });
  return r.findings.map((f) => [f.code, views.slice(f.start, f.end)]);
}

/** A DRF viewset on `Deal` whose base queryset comes from a helper; `body` is its `get_queryset` (and more). */
function viewset(helper: string[], body: string[]): string {
  return [
    'from rest_framework import mixins, viewsets',
    'from sales.models import Deal',
    '',
    'class DealViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):',
    '    queryset = Deal.objects.all()',
    '',
    '    def _base(self):',
    ...helper.map((l) => `        ${l}`),
    '',
    ...body.map((l) => `    ${l}`),
    '',
  ].join('\n');
}

const NONE_FOR_ANONYMOUS = [
  'if not self.request.user.is_authenticated:',
  '    return self.queryset.none()',
  'return super().get_queryset().filter(account_id=self.request.user.account_id)',
];

void describe('Django: a path whose queryset is .none() sends nothing', () => {
  void test('the other path of the helper is judged where get_queryset returns it', () => {
    const views = viewset(NONE_FOR_ANONYMOUS, ['def get_queryset(self):', '    return self._base().order_by("-id")']);
    assert.deepEqual(check('none_views', views), [['partition-key-missing', 'self._base().order_by("-id")']]);
  });

  void test('every path that sends SQL has the key: nothing reported', () => {
    const keyed = [...NONE_FOR_ANONYMOUS.slice(0, 2), 'return super().get_queryset().filter(created_at__gte=self.request.GET["since"])'];
    assert.deepEqual(check('none_keyed', viewset(keyed, ['def get_queryset(self):', '    return self._base().order_by("-id")'])), []);
  });

  void test('a queryset evaluated in an action: reported at the helper it calls', () => {
    const views = viewset(NONE_FOR_ANONYMOUS, ['def get_queryset(self):', '    return self._base().filter(created_at__gte=self.request.GET["since"])', '', 'def hits(self, request):', '    return list(self._base().filter(status="won"))']);
    assert.deepEqual(check('none_action', views), [['partition-key-missing', '_base']]);
  });
});

void describe('Django: a loop over request data that refines a queryset may run zero times', () => {
  const loop = (base: string, iterable: string): string[] => [
    'def get_queryset(self):',
    `    qs = ${base}`,
    `    for word in ${iterable}:`,
    '        name, _, value = word.partition(":")',
    '        if name == "since":',
    '            qs = qs.filter(created_at__gte=value)',
    '        else:',
    '            qs = qs.filter(status=value)',
    '    return qs',
  ];

  void test('the path without the loop has no key: reported', () => {
    const views = viewset(['return super().get_queryset()'], loop('self._base()', 'self.request.GET.getlist("q")'));
    assert.deepEqual(check('loop_views', views), [['partition-key-missing', 'qs']]);
  });

  void test('the key set before the loop: nothing reported', () => {
    const views = viewset(['return super().get_queryset()'], loop('self._base().filter(created_at__gte=self.request.GET["since"])', 'self.request.GET.getlist("q")'));
    assert.deepEqual(check('loop_keyed', views), []);
  });

  void test('a loop over a literal always runs: not followed (silent)', () => {
    const views = viewset(['return super().get_queryset()'], loop('self._base()', '["since:2026-01-01"]'));
    assert.deepEqual(check('loop_literal', views), []);
  });
});

void describe('Django/DRF: self.get_object() on a get_queryset with several paths', () => {
  void test('the lookup by pk on the path that sends SQL: reported at get_object()', () => {
    const views = viewset(NONE_FOR_ANONYMOUS, [
      'def get_queryset(self):',
      '    return self._base().filter(created_at__gte=self.request.GET["since"])',
      '',
      'def retrieve_plain(self, request, pk=None):',
      '    return self.get_object()',
    ]);
    // The list of `get_queryset` has the key; `get_object()` runs the helper's queryset by pk only through it.
    assert.deepEqual(check('object_keyed', views), []);
    const unkeyed = viewset(NONE_FOR_ANONYMOUS, ['def get_queryset(self):', '    return self._base().order_by("-id")', '', 'def retrieve_plain(self, request, pk=None):', '    return self.get_object()']);
    assert.deepEqual(check('object_views', unkeyed), [
      ['partition-key-missing', 'self._base().order_by("-id")'],
      ['partition-key-missing', 'get_object'],
    ]);
  });
});

void describe('DRF: a foreign key of obj read in has_object_permission loads the related row', () => {
  const permission = ['class EventOwner(permissions.BasePermission):', '    def has_object_permission(self, request, view, obj):', '        return obj.deal.status != "lost" and obj.deal.amount > 0', ''];
  const view = (name: string, model: string, qs: string): string[] => [
    `class ${name}(mixins.RetrieveModelMixin, viewsets.GenericViewSet):`,
    `    queryset = ${model}.objects.${qs}`,
    '    permission_classes = [EventOwner]',
    '',
  ];
  const file = (...views: string[][]): string => ['from rest_framework import mixins, permissions, viewsets', 'from sales.models import Deal, DealEvent', '', ...permission, ...views.flat()].join('\n');

  void test('the first read is reported: Django gets the deal by primary key', () => {
    assert.deepEqual(check('perm_views', file(view('EventViewSet', 'DealEvent', 'filter(created_at__gte=SINCE)'))), [['partition-key-missing', 'obj.deal']]);
  });

  void test('select_related loads it with the row: nothing reported', () => {
    // (The views' own querysets are judged where they are declared; only the permission's load is looked at.)
    assert.deepEqual(check('perm_joined', file(view('EventViewSet', 'DealEvent', 'select_related("deal")'))).filter(([, text]) => text.startsWith('obj')), []);
  });

  void test('views on different models list the permission: obj is not known, nothing reported', () => {
    const found = check('perm_two', file(view('EventViewSet', 'DealEvent', 'all()'), view('DealViewSet', 'Deal', 'all()')));
    assert.deepEqual(found.filter(([, text]) => text.startsWith('obj')), []);
    assert.equal(found.length, 2, 'the two views themselves are judged');
  });
});

void describe('Django: a request value read with a default that is not None', () => {
  const views = (read: string, cond: string): string =>
    viewset(['return super().get_queryset()'], [
      'def get_queryset(self):',
      '    qs = self._base()',
      `    since = ${read}`,
      `    if ${cond}:`,
      '        qs = qs.filter(created_at__gte=since)',
      '    return qs',
    ]);

  void test('query_params.get(k, <date>) is never None: the if is always taken, nothing reported', () => {
    assert.deepEqual(check('default_date', views('self.request.query_params.get("since", timezone.now() - timedelta(days=90))', 'since is not None')), []);
  });

  void test('without a default the value may be None: the path that skips it is reported', () => {
    assert.deepEqual(check('default_none', views('self.request.query_params.get("since")', 'since is not None')), [['partition-key-missing', 'qs']]);
  });

  void test('a default that may be empty is not a truth test: `if since:` stays a path', () => {
    assert.deepEqual(check('default_truthy', views('self.request.GET.get("since", "")', 'since')), [['partition-key-missing', 'qs']]);
  });

  void test('a plain dict may hold None: not decided', () => {
    assert.deepEqual(check('default_dict', views('self.filters.get("since", timezone.now())', 'since is not None')), [['partition-key-missing', 'qs']]);
  });
});

void describe('DRF: filter backends the code defines (filter_queryset per backend class)', () => {
  const backends = [
    'class FilterBackend:',
    '    def filter_queryset(self, request, queryset, view):',
    '        return queryset',
    '',
    'class StatusFilter(FilterBackend):',
    '    def filter_queryset(self, request, queryset, view):',
    '        status = request.query_params.get("status")',
    '        if status:',
    '            queryset = queryset.filter(status=status)',
    '        return super().filter_queryset(request, queryset, view)',
    '',
    'class OwnerFilter(FilterBackend):',
    '    def filter_queryset(self, request, queryset, view):',
    '        qs = queryset',
    '        if request.user.is_superuser:',
    '            qs = qs',
    '        elif request.user.is_authenticated:',
    '            qs = qs.filter(account_id=request.user.account_id)',
    '        else:',
    '            qs = qs.none()',
    '        return super().filter_queryset(request, qs, view)',
    '',
    'class RecentFilter(FilterBackend):',
    '    def filter_queryset(self, request, queryset, view):',
    '        return queryset.filter(created_at__gte=request.query_params["since"])',
    '',
    'class SplitFilter(FilterBackend):',
    '    def filter_queryset(self, request, queryset, view):',
    '        if request.query_params.get("recent"):',
    '            return queryset.filter(created_at__gte=request.query_params["since"])',
    '        else:',
    '            return queryset.filter(status="open")',
    '',
    'class LibraryFilter(filters.BaseFilterBackend):',
    '    def filter_queryset(self, request, queryset, view):',
    '        return super().filter_queryset(request, queryset, view)',
    '',
  ];
  const views = (list: string, extra: string[] = []): string =>
    [
      'from rest_framework import filters, mixins, viewsets',
      'from sales.models import Deal',
      '',
      ...backends,
      'class DealViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):',
      `    filter_backends = (${list})`,
      '    queryset = Deal.objects.all()',
      ...extra.map((l) => `    ${l}`),
      '',
    ].join('\n');

  void test('every backend has a path that hands the queryset back (request parameters, the user role): the list is reported', () => {
    assert.deepEqual(check('backends_optional', views('StatusFilter, OwnerFilter')), [['partition-key-missing', 'Deal']]);
  });

  void test('a backend that adds the key on every path: nothing reported', () => {
    assert.deepEqual(check('backends_keyed', views('StatusFilter, RecentFilter')), []);
  });

  void test('a backend narrowing on both arms of an if/else (one arm adds the key): nothing reported', () => {
    assert.deepEqual(check('backends_split', views('SplitFilter,')), []);
  });

  void test('a backend whose base we cannot see: nothing reported', () => {
    assert.deepEqual(check('backends_library', views('LibraryFilter,')), []);
  });

  void test("a view re-declaring DRF's loop over filter_backends: get_object() is judged through it", () => {
    const loop = [
      'def filter_queryset(self, queryset):',
      '    for backend in self.filter_backends:',
      '        queryset = backend().filter_queryset(self.request, queryset, self)',
      '    return queryset',
      '',
      'def retrieve(self, request, pk=None):',
      '    return self.get_object()',
    ];
    assert.deepEqual(check('backends_loop', views('OwnerFilter,', loop)), [
      ['partition-key-missing', 'Deal'],
      ['partition-key-missing', 'get_object'],
    ]);
    // Any other body of filter_queryset is not DRF's: not followed.
    const other = [...loop];
    other[2] = '        queryset = backend().filter_queryset(self.request, queryset.filter(created_at__gte=SINCE), self)';
    assert.deepEqual(check('backends_other', views('OwnerFilter,', other)).filter(([, text]) => text === 'get_object'), []);
  });

  void test('a bare GenericViewSet has no list(): its queryset is judged only where it runs', () => {
    const bare = views('OwnerFilter,', ['', 'def retrieve(self, request, pk=None):', '    return self.get_object()']).replace('mixins.ListModelMixin, ', '');
    assert.deepEqual(check('backends_bare', bare), [['partition-key-missing', 'get_object']]);
  });
});

void describe('DRF: a view narrowing self.queryset before reading it', () => {
  const base = [
    'class OptionalFilters(viewsets.ModelViewSet):',
    '    def get_queryset(self):',
    '        queryset = self.queryset',
    '        query = self.request.query_params.get("query", None)',
    '        if query is not None:',
    '            queryset = queryset.filter(name__icontains=query)',
    '        return queryset',
    '',
  ];
  const views = (narrow: string, extra: string[] = []): string =>
    [
      'from rest_framework import viewsets',
      'from sales.models import Deal',
      '',
      ...base,
      'class DealViewSet(OptionalFilters):',
      '    queryset = Deal.objects',
      '',
      '    def get_queryset(self):',
      `        self.queryset = self.queryset.filter(${narrow})`,
      ...extra.map((l) => `        ${l}`),
      '        return super().get_queryset()',
      '',
    ].join('\n');

  void test('the base reads what the subclass assigned; the path filtering on a field Deal lacks raises: reported at super().get_queryset()', () => {
    assert.deepEqual(check('selfqs_super', views('status="open"')), [['partition-key-missing', 'super().get_queryset()']]);
  });

  void test('the assignment adds the key: nothing reported', () => {
    assert.deepEqual(check('selfqs_keyed', views('created_at__gte=self.request.GET["since"]')), []);
  });

  void test('a later assignment under an if: the path that skips it keeps the earlier one', () => {
    const under = ['if self.request.GET.get("recent"):', '    self.queryset = self.queryset.filter(created_at__gte=SINCE)'];
    assert.deepEqual(check('selfqs_if', views('status="open"', under)), [['partition-key-missing', 'super().get_queryset()']]);
    const both = ['if self.request.GET.get("recent"):', '    self.queryset = self.queryset.filter(created_at__gte=SINCE)', 'else:', '    self.queryset = self.queryset.filter(created_at__gte=EPOCH)'];
    assert.deepEqual(check('selfqs_else', views('status="open"', both)), []);
  });

  void test('every path filters on a field the model lacks: nothing is sent, nothing reported', () => {
    const only = views('status="open"').replace('        if query is not None:\n            queryset = queryset.filter(name__icontains=query)\n', '        queryset = queryset.filter(name__icontains=query)\n');
    assert.deepEqual(check('selfqs_raises', only), []);
  });
});

void describe('DRF: get_queryset as a list request runs it (self.detail False, self.action "list")', () => {
  const views = (detail: string, list: string, cond = 'self.detail'): string =>
    [
      'from rest_framework import viewsets',
      'from sales.models import Deal',
      '',
      'class DealViewSet(viewsets.ModelViewSet):',
      '    queryset = Deal.objects',
      '',
      '    def get_queryset(self):',
      '        self.queryset = self.queryset.filter(status="open")',
      `        if ${cond}:`,
      `            return ${detail}`,
      `        return ${list}`,
      '',
    ].join('\n');

  void test('the list return is judged (reported there), the detail one is not', () => {
    assert.deepEqual(check('list_detail', views('self.queryset.filter(created_at__gte=SINCE)', 'self.queryset[:1000]')), [['partition-key-missing', 'self.queryset[:1000]']]);
    assert.deepEqual(check('list_action', views('self.queryset', 'self.queryset.filter(created_at__gte=SINCE)', 'self.action == "retrieve"')), []);
  });

  void test('a condition that is not about the request kind: each return is a path', () => {
    assert.deepEqual(check('list_other', views('self.queryset', 'self.queryset.filter(created_at__gte=SINCE)', 'self.request.user.is_staff')), [['partition-key-missing', 'self.queryset']]);
  });
});

void describe('Django: a mixin method reading self.queryset / self.model that the concrete views set', () => {
  const mixin = [
    'class ProtectingMixin:',
    '    model = None',
    '',
    '    def protecting(self, request, pk):',
    '        return self.queryset.filter(pk=pk).first()',
    '',
    '    def merge(self, request, pk):',
    '        return self.model.objects.filter(pk=pk).first()',
    '',
  ];
  const views = (...classes: string[][]): string => ['from rest_framework import viewsets', 'from sales.models import Deal', '', ...mixin, ...classes.flat()].join('\n');
  const view = (name: string, qs: string, more: string[] = []): string[] => [`class ${name}(ProtectingMixin, viewsets.GenericViewSet):`, `    queryset = ${qs}`, '    model = Deal', ...more, ''];

  void test('one path per subclass: the one without the key is reported in the mixin', () => {
    const found = check('mixin_one', views(view('DealViewSet', 'Deal.objects')));
    assert.deepEqual(found, [
      ['partition-key-missing', 'self.queryset'],
      ['partition-key-missing', 'model'],
    ]);
  });

  void test('a subclass whose queryset has the key: the queryset read is silent', () => {
    const found = check('mixin_keyed', views(view('DealViewSet', 'Deal.objects.filter(created_at__gte=SINCE)')));
    assert.deepEqual(found.filter(([, text]) => text === 'self.queryset'), []);
  });

  void test('a subclass overriding the method never runs the mixin one; no subclass: nothing reported', () => {
    const override = view('DealViewSet', 'Deal.objects', ['', '    def protecting(self, request, pk):', '        return None']);
    assert.deepEqual(check('mixin_override', views(override)).filter(([, text]) => text === 'self.queryset'), []);
    assert.deepEqual(check('mixin_none', views()), []);
  });
});

void describe('Django: ModelForm(data, instance=obj).save() writes the instance by primary key', () => {
  const code = (save: string, ctor = 'DealForm(data, instance=deal)'): string =>
    [
      'from django import forms',
      'from sales.models import Deal',
      '',
      'class DealForm(forms.ModelForm):',
      '    class Meta:',
      '        model = Deal',
      '        fields = ["status"]',
      '',
      'def update(deal_id, data):',
      '    deal = Deal.objects.get(pk=deal_id, created_at=SINCE)',
      `    form = ${ctor}`,
      `    return ${save}`,
      '',
    ].join('\n');

  void test("the form's save() is the instance's save(): UPDATE … WHERE id = %s, reported", () => {
    assert.deepEqual(check('form_save', code('form.save()')).filter(([, text]) => text === 'save'), [['partition-key-missing', 'save']]);
  });

  void test('commit=False or a form without an instance (an INSERT): nothing reported', () => {
    assert.deepEqual(check('form_nocommit', code('form.save(commit=False)')), []);
    assert.deepEqual(check('form_insert', code('form.save()', 'DealForm(data)')), []);
  });
});

void describe("DRF: get_queryset is judged where it is built only when one of DRF's own actions runs it", () => {
  const view = (bases: string, actions: string[]): string =>
    [
      'from rest_framework import generics, mixins, viewsets',
      'from sales.models import Deal',
      '',
      `class PipelineViewSet(${bases}):`,
      '    queryset = Deal.objects.all()',
      '',
      '    def get_queryset(self):',
      '        return super().get_queryset().filter(account_id=self.request.user.account_id)',
      '',
      ...actions.map((l) => `    ${l}`),
      '',
    ].join('\n');
  const ownList = ['def list(self, request):', '    return [d.id for d in self.get_queryset()[:20]]'];
  const ownRetrieve = ['def retrieve(self, request, pk=None):', '    return self.get_queryset().get(pk=pk).id'];

  void test('list and retrieve overridden: only their own evaluations are reported', () => {
    const found = check('drf_own_actions', view('mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet', [...ownList, '', ...ownRetrieve]));
    // Both are reported at their own `self.get_queryset()` calls, none where the queryset is built.
    assert.deepEqual(found, [
      ['partition-key-missing', 'get_queryset'],
      ['partition-key-missing', 'get_queryset'],
    ]);
  });

  void test('a bare GenericViewSet with its own list: not reported at get_queryset', () => {
    const found = check('drf_bare_list', view('viewsets.GenericViewSet', ownList));
    assert.deepEqual(found, [['partition-key-missing', 'get_queryset']]);
  });

  void test('an override that hands the request to super().list still runs DRF\'s list: reported at get_queryset', () => {
    const found = check('drf_super_list', view('mixins.ListModelMixin, viewsets.GenericViewSet', ['def list(self, request, *args, **kwargs):', '    return super().list(request, *args, **kwargs)']));
    assert.deepEqual(found, [['partition-key-missing', 'super().get_queryset().filter(account_id=self.request.user.account_id)']]);
  });

  void test('a ModelViewSet overriding list and retrieve still runs update/destroy through get_object: reported at get_queryset', () => {
    const found = check('drf_model_viewset', view('viewsets.ModelViewSet', [...ownList, '', ...ownRetrieve]));
    assert.deepEqual(found.map(([, text]) => text), ['super().get_queryset().filter(account_id=self.request.user.account_id)', 'get_queryset', 'get_queryset']);
  });
});

void describe("DRF: the instance handed to a view's perform_destroy is the row get_object() loaded", () => {
  const view = (model: string, bases: string, hook: string[]): string =>
    [
      'from rest_framework import mixins, viewsets',
      `from sales.models import ${model}`,
      '',
      `class ArchiveViewSet(${bases}):`,
      `    queryset = ${model}.objects.filter(created_at__gte="2026-01-01")`,
      '',
      ...hook.map((l) => `    ${l}`),
      '',
    ].join('\n');
  const hook = ['def perform_destroy(self, doomed):', '    doomed.delete()'];

  void test('deleting it deletes by primary key: reported on a partitioned model', () => {
    assert.deepEqual(check('drf_destroy_hook', view('Deal', 'mixins.DestroyModelMixin, viewsets.GenericViewSet', hook)), [['partition-key-missing', 'delete']]);
  });

  void test('precision: a model that is not partitioned, or a plain class with the same method, stays silent', () => {
    assert.deepEqual(check('drf_destroy_plain', view('Account', 'mixins.DestroyModelMixin, viewsets.GenericViewSet', hook)), []);
    assert.deepEqual(check('drf_destroy_other', view('Deal', 'object', hook)), []);
  });
});

void describe('Django: lookup names built from strings the code can see (`Q(**{field: v})`)', () => {
  const helpers = [
    'from django.db.models import Q',
    'from sales.models import Deal',
    '',
    'def visible_q(user, field="status"):',
    '    if user.is_staff:',
    '        return Q(**{field: "open"})',
    '    return Q(**{"{}__in".format(field): ["open", "won"]}) | Q(amount=user.id)',
    '',
    'def since_q(name, value):',
    '    return Q(**{"%s__gte" % name: value})',
    '',
  ];
  const run = (name: string, body: string[]): [string, string][] => check(name, [...helpers, 'def listing(user, since):', ...body.map((l) => `    ${l}`), ''].join('\n'));

  void test('a helper with several returns building names from its parameter (default and passed): reported', () => {
    assert.deepEqual(run('q_default', ['return list(Deal.objects.filter(visible_q(user)))']), [['partition-key-missing', 'Deal']]);
    assert.deepEqual(run('q_passed', ['return [d.id for d in Deal.objects.filter(visible_q(user, "amount"))[:10]]']), [['partition-key-missing', 'Deal']]);
  });

  void test('the key named through the parameter or a local: silent', () => {
    assert.deepEqual(run('q_keyed', ['return list(Deal.objects.filter(since_q("created_at", since)))']), []);
    assert.deepEqual(run('q_local_keyed', ['key = "created_at" + "__gte"', 'return list(Deal.objects.filter(**{key: since}))']), []);
  });

  void test('a local or parameter naming another column: reported; an unknown name stays silent', () => {
    assert.deepEqual(run('q_local', ['key = "status"', 'return list(Deal.objects.filter(**{key: since}))']), [['partition-key-missing', 'Deal']]);
    assert.deepEqual(run('q_since_other', ['return list(Deal.objects.filter(since_q("amount", since)))']), [['partition-key-missing', 'Deal']]);
    assert.deepEqual(run('q_unknown', ['return list(Deal.objects.filter(since_q(user.field_name, since)))']), []);
  });
});

void describe('Django: lookups spread from a conditional dict (`**({...} if c else {})`)', () => {
  const fn = (name: string, spread: string): [string, string][] =>
    check(name, ['from django.utils import timezone', 'from sales.models import Deal', '', 'def recent(account_id, days=None):', `    return [d.id for d in Deal.objects.filter(account_id=account_id, **(${spread}))]`, ''].join('\n'));

  void test('the arm without the key is a path that scans: reported', () => {
    assert.deepEqual(fn('spread_empty', '{"created_at__gte": timezone.now()} if days else {}'), [['partition-key-missing', 'Deal']]);
  });

  void test('both arms name the key: silent', () => {
    assert.deepEqual(fn('spread_both', '{"created_at__gte": timezone.now()} if days else {"created_at__lt": timezone.now()}'), []);
  });
});

void describe('Django: a Q built over several statements (`filters = Q()`, `if …: filters &= Q(…)`)', () => {
  const fn = (name: string, body: string[]): [string, string][] =>
    check(name, ['from django.db.models import Q', 'from sales.models import Deal', '', 'def deals(account_id, since=None, status=None):', ...body.map((l) => `    ${l}`), '    return list(Deal.objects.filter(filters))', ''].join('\n'));

  void test('the path that skips the keyed part scans: reported', () => {
    assert.deepEqual(fn('acc_if', ['filters = Q(account_id=account_id)', 'if since:', '    filters &= Q(created_at__gte=since)']), [['partition-key-missing', 'Deal']]);
    assert.deepEqual(fn('acc_or', ['filters = Q(created_at__gte=since)', 'filters |= Q(status="won")']), [['partition-key-not-prunable', 'Deal']]);
  });

  void test('the key on every path (unconditionally ANDed, or in the base): silent', () => {
    assert.deepEqual(fn('acc_and', ['filters = Q(account_id=account_id)', 'filters &= Q(created_at__gte=since)', 'if status:', '    filters &= Q(status=status)']), []);
  });

  void test('a part added in a loop is not followed: silent', () => {
    assert.deepEqual(fn('acc_loop', ['filters = Q()', 'for s in status:', '    filters |= Q(status=s)']), []);
  });
});
