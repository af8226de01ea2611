/**
 * Which of DRF's own actions a view or viewset still runs on its `get_queryset()`: the inherited
 * `list` (the whole queryset) and the inherited `retrieve` / `update` / `partial_update` /
 * `destroy` (`get_object()`: the queryset filtered by the lookup field). An action the class
 * overrides (and does not delegate to `super()`) runs only what its own body does, and that body
 * is judged where it evaluates the queryset.
 */
import { field, type PyNode, type PyTree, scopeOf, textOf } from './ast';
import type { ClassInfo } from './summaries';
import type { PythonIndex } from './workspace';

/** DRF classes whose `list` evaluates `filter_queryset(get_queryset())`. */
const LIST_BASES = new Set(['ListModelMixin', 'ListAPIView', 'ListCreateAPIView', 'ModelViewSet', 'ReadOnlyModelViewSet']);

/** DRF object actions, the classes that provide each, and the handler an APIView routes to it. */
const OBJECT_ACTIONS: { action: string; handler: string; bases: string[] }[] = [
  { action: 'retrieve', handler: 'get', bases: ['RetrieveModelMixin', 'RetrieveAPIView', 'RetrieveUpdateAPIView', 'RetrieveDestroyAPIView', 'RetrieveUpdateDestroyAPIView', 'ModelViewSet', 'ReadOnlyModelViewSet'] },
  { action: 'update', handler: 'put', bases: ['UpdateModelMixin', 'UpdateAPIView', 'RetrieveUpdateAPIView', 'RetrieveUpdateDestroyAPIView', 'ModelViewSet'] },
  { action: 'partial_update', handler: 'patch', bases: ['UpdateModelMixin', 'UpdateAPIView', 'RetrieveUpdateAPIView', 'RetrieveUpdateDestroyAPIView', 'ModelViewSet'] },
  { action: 'destroy', handler: 'delete', bases: ['DestroyModelMixin', 'DestroyAPIView', 'RetrieveDestroyAPIView', 'RetrieveUpdateDestroyAPIView', 'ModelViewSet'] },
];

/** DRF's generic classes (as opposed to Django's generic views). */
const DRF = /^(?:GenericAPIView|GenericViewSet|\w+APIView|ModelViewSet|ReadOnlyModelViewSet|\w+ModelMixin)$/;

export interface DrfRuns {
  /** DRF's inherited `list` runs the queryset as built. */
  list: boolean;
  /** An inherited object action runs `get_object()` on it. */
  object: boolean;
}

/** Whether a visible override still hands the request to DRF's own action (`return super().list(request)`). */
function delegates(py: PythonIndex, cls: ClassInfo, name: string): boolean {
  const m = py.method(cls, name);
  if (!m) return true;
  return new RegExp(`\\bsuper\\(\\s*(?:\\w+\\s*,\\s*\\w+\\s*)?\\)\\s*\\.\\s*${name}\\s*\\(`).test(textOf(m.unit.tree, m.node));
}

/**
 * What DRF itself runs on a DRF view's queryset; undefined for a class that is not a DRF view
 * (Django's generic views keep their own rules).
 */
export function drfRuns(py: PythonIndex, cls: ClassInfo): DrfRuns | undefined {
  const names = [...py.ancestry(cls)];
  if (!names.some((b) => DRF.test(b))) return undefined;
  const has = (bases: string[]): boolean => names.some((b) => bases.includes(b));
  const apiView = !names.some((b) => /ViewSet$/.test(b));
  const runs = (action: string, handler: string): boolean => delegates(py, cls, action) && (!apiView || delegates(py, cls, handler));
  return {
    list: has([...LIST_BASES]) && runs('list', 'get'),
    object: OBJECT_ACTIONS.some((a) => has(a.bases) && runs(a.action, a.handler)),
  };
}

/**
 * `instance` in a DRF view's `perform_destroy(self, instance)`: the row DRF's `destroy` (or an
 * override handing it `self.get_object()`) loaded from the view's queryset. The hook's class,
 * when `id` is that parameter; the model is the view queryset's.
 */
export function destroyHookView(py: PythonIndex, t: PyTree, cls: ClassInfo | undefined, id: PyNode): ClassInfo | undefined {
  const fn = scopeOf(id);
  const name = fn.type === 'function_definition' ? field(fn, 'name') : undefined;
  if (!cls || !name || textOf(t, name) !== 'perform_destroy') return undefined;
  const m = cls.methods.get('perform_destroy');
  if (!m || m.params.length !== 2 || m.params[1] !== textOf(t, id)) return undefined;
  return drfRuns(py, cls) ? cls : undefined;
}
