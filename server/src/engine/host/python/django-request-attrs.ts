/**
 * The model of an object a middleware (or a decorator) stores on the request: `request.event =
 * get_object_or_404(Campaign, …)` makes `self.request.event.leads` a related manager of Campaign
 * in every view. Only when every visible assignment of that attribute fetches the same model.
 */
import { memoPerGeneration } from '../generation-memo';
import { callArgs, field, type PyNode, type PyTree, textOf, unparen } from './ast';
import type { ModelIndex } from './models';
import type { PythonIndex } from './workspace';

/** Calls that return one row of the model they start from. */
const FETCHERS = ['get_object_or_404', 'get', 'first', 'last', 'earliest', 'latest'];

/** Per index generation: the model each request attribute holds. */
const cache = memoPerGeneration<PythonIndex, string, string | undefined>();

/** `request.<attr>` / `self.request.<attr>`: the class name of the model every visible assignment stores there. */
export function requestAttrModel(py: PythonIndex, models: ModelIndex, t: PyTree, recv: PyNode): string | undefined {
  if (recv.type !== 'attribute') return undefined;
  const holder = unparen(field(recv, 'object'));
  if (!holder || !isRequest(t, holder)) return undefined;
  const attr = textOf(t, field(recv, 'attribute')!);
  return cache.get(py, py.generation, attr, () => storedModel(py, models, attr));
}

function storedModel(py: PythonIndex, models: ModelIndex, attr: string): string | undefined {
  const found = new Set<string>();
  let unknown = false;
  for (const name of FETCHERS) {
    for (const { tree, call, file } of py.callsOf(name, 200)) {
      const a = call.parent;
      const left = a?.type === 'assignment' && field(a, 'right') === call ? unparen(field(a, 'left')) : undefined;
      if (left?.type !== 'attribute' || textOf(tree, field(left, 'attribute')!) !== attr || !isRequest(tree, unparen(field(left, 'object'))!)) continue;
      const m = fetchedModel(tree, call, name);
      if (m && models.model(m, file)?.framework === 'django') found.add(m);
      else unknown = true;
    }
  }
  return !unknown && found.size === 1 ? [...found][0] : undefined;
}

/** `request` or `self.request`. */
function isRequest(t: PyTree, n: PyNode): boolean {
  if (n.type === 'identifier') return textOf(t, n) === 'request';
  return n.type === 'attribute' && textOf(t, field(n, 'attribute')!) === 'request' && unparen(field(n, 'object'))?.type === 'identifier';
}

/** The model a fetching call reads: `get_object_or_404(Model, …)`, `Model.objects.….get(…)`. */
function fetchedModel(t: PyTree, call: PyNode, name: string): string | undefined {
  if (name === 'get_object_or_404') {
    const a0 = unparen(callArgs(t, call).positional[0]);
    return a0?.type === 'identifier' ? textOf(t, a0) : undefined;
  }
  let o = unparen(field(field(call, 'function')!, 'object'));
  while (o && (o.type === 'call' || o.type === 'attribute')) o = unparen(o.type === 'call' ? field(o, 'function') : field(o, 'object'));
  return o?.type === 'identifier' ? textOf(t, o) : undefined;
}
