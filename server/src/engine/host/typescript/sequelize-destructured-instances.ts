/**
 * Sequelize instances handed to a function in a destructured parameter (Outline's commands:
 * `leadUpdater({ lead, transaction }: Props)` with `type Props = { lead: Lead; … }`, or an inline
 * `{ lead }: { lead: Lead }`): the declared type of that property names the instance's model.
 */
import { field, kids, text, type N } from './ast';

const IDENT = '[A-Za-z_$][\\w$]*';

/** `prop: Type` (optionally `| null | undefined`) members of an object type's text: prop → Type. */
function members(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = new RegExp(`(?:^|[{;,\\n])\\s*(?:readonly\\s+)?(${IDENT})\\??\\s*:\\s*(${IDENT})\\s*(?:\\|\\s*(?:null|undefined)\\s*)*(?=[;,}\\n])`, 'g');
  for (const m of body.matchAll(re)) out.set(m[1]!, m[2]!);
  return out;
}

/**
 * Members of the file's plain object types (`type Props = { lead: Lead }`, `interface Props { lead:
 * Lead }`) as `Props.lead` → `Lead`, read from the text (declarations are not scanned units).
 */
export function objectTypeMembers(src: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!/\b(?:type|interface)\s/.test(src)) return out;
  const re = new RegExp(`^[ \\t]*(?:export\\s+)?(?:declare\\s+)?(?:type\\s+(${IDENT})\\s*=\\s*|interface\\s+(${IDENT})\\s*)\\{`, 'gm');
  for (const m of src.matchAll(re)) {
    const open = m.index + m[0].length - 1;
    let depth = 0;
    for (let i = open; i < src.length; i++) {
      if (src[i] === '{') depth++;
      else if (src[i] === '}' && --depth === 0) {
        // Only the outer level: nested object types belong to other members.
        const flat = src.slice(open, i + 1).replace(/\{[^{}]*\}/g, (x, at: number) => (at === 0 ? x : 'object'));
        for (const [k, v] of members(flat)) out.set(`${m[1] ?? m[2]}.${k}`, v);
        break;
      }
    }
  }
  return out;
}

/** The type name a destructured parameter `q` declares for its property `name`: inline, or a member of a file's object type through `aliases`. */
export function destructuredType(q: N, name: string, aliases?: ReadonlyMap<string, string>): string | undefined {
  const pat = field(q, 'pattern');
  if (pat?.type !== 'object_pattern' || !kids(pat).some((k) => k.type === 'shorthand_property_identifier_pattern' && text(k) === name)) return undefined;
  const t = field(q, 'type');
  const declared = t ? text(t).replace(/^\s*:\s*/, '').trim() : '';
  if (declared.startsWith('{')) return members(declared).get(name);
  return new RegExp(`^${IDENT}$`).test(declared) ? aliases?.get(`${declared}.${name}`) : undefined;
}
