/**
 * Rows a record-level write acts on that are held somewhere other than a plain local: a DRF
 * `ModelSerializer` given an instance (`LeadSerializer(lead, data=…)`; its `save()` is the
 * instance's `save()`, an UPDATE by primary key, and returns the row), a row kept on the view
 * (`self.object = self.get_object(); self.object.delete()`), and the row a visible method returns
 * (`self.get_object(pk)` written as `get_object_or_404(Lead, …)`).
 */
import { callArgs, field, named, type PyNode, type PyTree, scopeOf, textOf, unparen, walk } from './ast';
import type { ModelIndex, ResolvedModel } from './models';
import type { ClassInfo } from './summaries';
import type { PythonIndex } from './workspace';
import { modelExpr } from './django-get-model';

/** The visible class a call constructs, when it descends from DRF's `ModelSerializer`. */
function modelSerializer(py: PythonIndex, t: PyTree, file: string | undefined, call: PyNode): ClassInfo | undefined {
  const f = field(call, 'function');
  if (!file || (f?.type !== 'identifier' && f?.type !== 'attribute')) return undefined;
  const cls = py.classNamed(file, textOf(t, f));
  return cls && [...py.ancestry(cls)].some((b) => b === 'ModelSerializer' || b.endsWith('.ModelSerializer') || b === 'HyperlinkedModelSerializer' || b.endsWith('.HyperlinkedModelSerializer')) ? cls : undefined;
}

/** `class Meta: model = Lead` of a serializer class or, failing that, of its visible bases. */
function metaModel(py: PythonIndex, index: ModelIndex, cls: ClassInfo, depth = 0): ResolvedModel | undefined {
  const tree = cls.unit.tree;
  const body = field(cls.node, 'body');
  for (const s of body ? named(body) : []) {
    if (s.type !== 'class_definition' || textOf(tree, field(s, 'name')!) !== 'Meta') continue;
    for (const st of named(field(s, 'body')!)) {
      const a = st.type === 'expression_statement' ? named(st)[0] : undefined;
      const left = a?.type === 'assignment' ? field(a, 'left') : undefined;
      const right = unparen(a ? field(a, 'right') : undefined);
      if (left && textOf(tree, left) === 'model' && (right?.type === 'identifier' || right?.type === 'attribute')) return modelExpr(py, index, tree, cls.unit.file, right);
    }
  }
  if (depth > 3) return undefined;
  for (const b of cls.bases) {
    const base = py.classNamed(cls.unit.file, b);
    const m = base ? metaModel(py, index, base, depth + 1) : undefined;
    if (m) return m;
  }
  return undefined;
}

/**
 * A `ModelSerializer` construction (`LeadSerializer(lead, data=…)`, `…(data=…, instance=lead)`):
 * its model and the instance it was given (undefined when it creates a row, or lists many).
 */
export function serializerWrite(py: PythonIndex, index: ModelIndex, t: PyTree, file: string | undefined, call: PyNode): { model: ResolvedModel | undefined; instance: PyNode | undefined } | undefined {
  const cls = call.type === 'call' ? modelSerializer(py, t, file, call) : undefined;
  if (!cls) return undefined;
  const args = callArgs(t, call);
  const many = args.keywords.get('many');
  const inst = unparen(args.keywords.get('instance') ?? args.positional[0]);
  const model = metaModel(py, index, cls);
  // `instance=None`, a conditional instance or a list serializer: not one row known to exist.
  const one = inst && inst.type !== 'none' && inst.type !== 'conditional_expression' && !(many && textOf(t, many) !== 'False');
  return { model, instance: one ? inst : undefined };
}

/** `serializer.save()` (or `XSerializer(…).save()`): the serializer's model, the row it returns. */
export function savedBySerializer(py: PythonIndex, index: ModelIndex, t: PyTree, file: string | undefined, save: PyNode, ctor: PyNode | undefined): ResolvedModel | undefined {
  const f = field(save, 'function');
  if (f?.type !== 'attribute' || textOf(t, field(f, 'attribute')!) !== 'save' || !ctor) return undefined;
  return serializerWrite(py, index, t, file, ctor)?.model;
}

/**
 * `self.object` read after `self.object = <expr>` in the same method (in a block holding the
 * read): that expression. Undefined when the attribute is assigned elsewhere or not at all.
 */
export function selfAttrAssigned(t: PyTree, use: PyNode): PyNode | undefined {
  const obj = unparen(field(use, 'object'));
  if (use.type !== 'attribute' || obj?.type !== 'identifier' || textOf(t, obj) !== 'self') return undefined;
  const fn = scopeOf(use);
  if (fn.type !== 'function_definition') return undefined;
  const name = textOf(t, use);
  let last: { stmt: PyNode; value: PyNode } | undefined;
  walk(fn, (n) => {
    if (n.type !== 'assignment' || n.start > use.start) return;
    const left = field(n, 'left');
    const right = field(n, 'right');
    if (left?.type === 'attribute' && textOf(t, left) === name && right && scopeOf(n) === fn) last = { stmt: n, value: right };
  });
  if (!last) return undefined;
  const block = last.stmt.parent?.parent;
  return block && block.start <= use.start && use.end <= block.end ? unparen(last.value) : undefined;
}

/**
 * Every value a plain assignment in the same function gives `id`'s name before the use
 * (`row = None`, `row = …first()` in one branch, `row = …create(…)` in another): undefined when
 * the name is also bound otherwise (a parameter, a loop, a tuple, an augmented assignment).
 */
export function assignedValues(t: PyTree, id: PyNode): PyNode[] | undefined {
  const fn = scopeOf(id);
  if (fn.type !== 'function_definition') return undefined;
  const name = textOf(t, id);
  const params = field(fn, 'parameters');
  if (params && new RegExp(`(?:^|[\\s(,*])${name}\\b`).test(textOf(t, params))) return undefined;
  const out: PyNode[] = [];
  let other = false;
  walk(fn, (n) => {
    if (n.start > id.start || scopeOf(n) !== fn) return;
    if (n.type === 'assignment') {
      const left = field(n, 'left');
      const right = field(n, 'right');
      if (left?.type === 'identifier' && textOf(t, left) === name && right) out.push(unparen(right)!);
      else if (left && left.type !== 'identifier' && left.type !== 'attribute' && left.type !== 'subscript' && new RegExp(`\\b${name}\\b`).test(textOf(t, left))) other = true;
    } else if ((n.type === 'augmented_assignment' || n.type === 'for_statement' || n.type === 'with_item' || n.type === 'named_expression') && new RegExp(`\\b${name}\\b`).test(textOf(t, field(n, 'left') ?? field(n, 'name') ?? field(n, 'value') ?? n))) other = true;
  });
  return other || out.length === 0 ? undefined : out;
}
