/**
 * The model of an object a middleware (or a decorator) stores on the request: `request.event =
 * get_object_or_404(Campaign, …)` makes `self.request.event.leads` a related manager of Campaign
 * in every view. Only when every visible assignment of that attribute fetches the same model.
 */
import { memoPerGeneration } from '../generation-memo';
import { callArgs, field, type PyNode, type PyTree, resolveVariable, textOf, unparen } from './ast';
import type { ModelIndex, ResolvedModel } from './models';
import { modelExpr } from './django-get-model';
import { scopesOf } from './summaries';
import type { PythonIndex } from './workspace';

/** Calls that return one row of the model they start from. */
const FETCHERS = ['get_object_or_404', 'get', 'first', 'last', 'earliest', 'latest'];

/** How many calls of each fetcher name one pass reads (`get` is also every `dict.get`). */
const CALLS_READ = 2000;

/** Files that assign an attribute of a request (`request.event = …`); only these are read. */
const ASSIGNS_REQUEST_ATTR = /\brequest\.\w+\s*=[^=]/;

/** What the visible assignments store in one request attribute: model class names, or something else too. */
interface Stored {
  readonly models: Set<string>;
  unknown: boolean;
}

/** Per index generation: every request attribute a fetching call is assigned to, read in one pass. */
const cache = memoPerGeneration<PythonIndex, ModelIndex, Map<string, Stored>>();

/** `request.<attr>` / `self.request.<attr>`: the class name of the model every visible assignment stores there. */
export function requestAttrModel(py: PythonIndex, models: ModelIndex, t: PyTree, recv: PyNode): string | undefined {
  if (recv.type !== 'attribute') return undefined;
  const holder = unparen(field(recv, 'object'));
  if (!holder || !isRequest(t, holder)) return undefined;
  const stored = cache.get(py, py.generation, models, () => storedModels(py, models)).get(textOf(t, field(recv, 'attribute')!));
  return stored && !stored.unknown && stored.models.size === 1 ? [...stored.models][0] : undefined;
}

function storedModels(py: PythonIndex, models: ModelIndex): Map<string, Stored> {
  const out = new Map<string, Stored>();
  for (const name of FETCHERS) {
    for (const { tree, call, file } of py.callsOf(name, CALLS_READ, ASSIGNS_REQUEST_ATTR)) {
      const a = call.parent;
      const left = a?.type === 'assignment' && field(a, 'right') === call ? unparen(field(a, 'left')) : undefined;
      if (left?.type !== 'attribute' || !isRequest(tree, unparen(field(left, 'object'))!)) continue;
      const attr = textOf(tree, field(left, 'attribute')!);
      let s = out.get(attr);
      if (!s) out.set(attr, (s = { models: new Set(), unknown: false }));
      const model = fetchedModel(py, models, tree, file, call, name);
      // The class's own name: the attribute is read in other files, where an import alias means nothing.
      if (model?.framework === 'django') s.models.add(model.className);
      else s.unknown = true;
    }
  }
  return out;
}

/** `request` or `self.request`. */
function isRequest(t: PyTree, n: PyNode): boolean {
  if (n.type === 'identifier') return textOf(t, n) === 'request';
  return n.type === 'attribute' && textOf(t, field(n, 'attribute')!) === 'request' && unparen(field(n, 'object'))?.type === 'identifier';
}

/** The model a fetching call reads: `get_object_or_404(Model, …)`, `get_object_or_404(queryset, …)`, `Model.objects.….get(…)`. */
function fetchedModel(py: PythonIndex, models: ModelIndex, t: PyTree, file: string, call: PyNode, name: string): ResolvedModel | undefined {
  const start = name === 'get_object_or_404' ? callArgs(t, call).positional[0] : field(field(call, 'function')!, 'object');
  return chainRoot(py, models, t, file, start);
}

/**
 * The model a queryset chain starts from (`Event.objects.select_related(…)`, `models.Event.objects…`),
 * through locals that hold such a chain (`queryset = Event.objects…; queryset = queryset.annotate(…)`).
 */
function chainRoot(py: PythonIndex, models: ModelIndex, t: PyTree, file: string, start: PyNode | undefined): ResolvedModel | undefined {
  let o = unparen(start);
  for (let hops = 0; o && hops < 6; hops++) {
    while (o && (o.type === 'call' || o.type === 'attribute')) {
      // `models.Event` (through its module) is where the chain starts.
      const viaModule = o.type === 'attribute' ? modelExpr(py, models, t, file, o) : undefined;
      if (viaModule) return viaModule;
      o = unparen(o.type === 'call' ? field(o, 'function') : field(o, 'object'));
    }
    if (o?.type !== 'identifier') return undefined;
    const held = unparen(resolveVariable(t, o, scopesOf(t)));
    if (!held) return modelExpr(py, models, t, file, o);
    o = held;
  }
  return undefined;
}
