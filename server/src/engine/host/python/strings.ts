/**
 * Python string literals → the text the program passes at run time, with a map from every
 * character of that text back to the source offset it came from, so that SQL findings land
 * inside the literal. Handles prefixes (r, b, f, u), triple quotes, escapes, implicit and `+`
 * concatenation, and f-string interpolations (replaced by `$n` placeholders of the same length).
 */
import { field, named, type PyNode, type PyTree, unparen } from './ast';

export interface DecodedString {
  readonly text: string;
  /** Source offset of each character of `text`, plus one entry for the end. */
  readonly offsets: number[];
  /** True when an f-string interpolation was replaced by a placeholder. */
  readonly interpolated: boolean;
}

/** Decodes a string expression made only of literals; undefined for anything else. */
export function decodeStringExpr(t: PyTree, n: PyNode | undefined): DecodedString | undefined {
  n = unparen(n);
  if (!n) return undefined;
  if (n.type === 'string') return decodeString(t, n);
  if (n.type === 'concatenated_string') return join(named(n).map((c) => (c.type === 'string' ? decodeString(t, c) : undefined)));
  if (n.type === 'binary_operator' && field(n, 'operator') && t.src.slice(field(n, 'operator')!.start, field(n, 'operator')!.end) === '+') {
    return join([decodeStringExpr(t, field(n, 'left')), decodeStringExpr(t, field(n, 'right'))]);
  }
  return undefined;
}

function join(parts: (DecodedString | undefined)[]): DecodedString | undefined {
  if (parts.length === 0 || parts.some((p) => !p)) return undefined;
  let text = '';
  const offsets: number[] = [];
  let interpolated = false;
  for (const p of parts as DecodedString[]) {
    text += p.text;
    offsets.push(...p.offsets.slice(0, p.text.length));
    interpolated ||= p.interpolated;
  }
  offsets.push((parts[parts.length - 1] as DecodedString).offsets[(parts[parts.length - 1] as DecodedString).text.length]!);
  return { text, offsets, interpolated };
}

export function decodeString(t: PyTree, n: PyNode): DecodedString | undefined {
  const startTok = n.children.find((c) => c.type === 'string_start');
  if (!startTok) return undefined;
  const prefix = t.src.slice(startTok.start, startTok.end).replace(/["']+$/, '').toLowerCase();
  const raw = prefix.includes('r');
  let text = '';
  const offsets: number[] = [];
  let interpolated = false;
  let placeholder = 0;
  let endOffset = startTok.end;
  for (const c of n.children) {
    if (c.type === 'string_content') {
      decodeContent(t.src, c.start, c.end, raw, prefix.includes('f'), (ch, at) => {
        text += ch;
        for (let k = 0; k < ch.length; k++) offsets.push(at);
      });
      endOffset = c.end;
    } else if (c.type === 'interpolation') {
      interpolated = true;
      placeholder++;
      const len = c.end - c.start;
      const p = `$${placeholder}`;
      const rep = p.length <= len ? p + ' '.repeat(len - p.length) : '0'.repeat(len);
      for (let k = 0; k < len; k++) {
        text += rep[k];
        offsets.push(c.start + k);
      }
      endOffset = c.end;
    } else if (c.type === 'string_end') endOffset = c.start;
  }
  offsets.push(endOffset);
  return { text, offsets, interpolated };
}

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0' };

function decodeContent(src: string, start: number, end: number, raw: boolean, fstring: boolean, emit: (ch: string, at: number) => void): void {
  let i = start;
  while (i < end) {
    const c = src[i]!;
    if (fstring && (c === '{' || c === '}') && src[i + 1] === c) {
      emit(c, i);
      i += 2;
      continue;
    }
    if (c !== '\\' || raw) {
      emit(c, i);
      i++;
      continue;
    }
    const d = src[i + 1];
    if (d === undefined) {
      emit(c, i);
      i++;
      continue;
    }
    if (d === '\n') {
      i += 2;
      continue;
    }
    if (d === '\r') {
      i += src[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    const hex = d === 'x' ? 2 : d === 'u' ? 4 : d === 'U' ? 8 : 0;
    if (hex) {
      const h = src.slice(i + 2, i + 2 + hex);
      if (/^[0-9a-fA-F]+$/.test(h) && h.length === hex) {
        emit(String.fromCodePoint(parseInt(h, 16)), i);
        i += 2 + hex;
        continue;
      }
    }
    if (d >= '0' && d <= '7') {
      const m = /^[0-7]{1,3}/.exec(src.slice(i + 1, i + 4))![0];
      emit(String.fromCharCode(parseInt(m, 8)), i);
      i += 1 + m.length;
      continue;
    }
    if (d === 'N' && src[i + 2] === '{') {
      const close = src.indexOf('}', i);
      if (close > 0 && close < end) {
        // The character name is not resolved; a neutral character keeps offsets valid.
        emit('?', i);
        i = close + 1;
        continue;
      }
    }
    const s = SIMPLE[d];
    if (s !== undefined) {
      emit(s, i);
      i += 2;
      continue;
    }
    // Unknown escapes stay as written (Python keeps the backslash).
    emit(c, i);
    i++;
  }
}

/**
 * The text of a string expression whose f-string interpolations are plain expressions with a
 * known string value (`f"{field}__gte"` with `field` bound to `"created_at"`); undefined when
 * any part is not known.
 */
export function resolvedStringExpr(t: PyTree, n: PyNode | undefined, valueOf: (expr: PyNode) => string | undefined): string | undefined {
  n = unparen(n);
  if (!n) return undefined;
  if (n.type === 'concatenated_string') {
    const parts = named(n).map((c) => (c.type === 'string' ? resolvedStringExpr(t, c, valueOf) : undefined));
    return parts.some((p) => p === undefined) ? undefined : parts.join('');
  }
  if (n.type !== 'string') return undefined;
  const d = decodeString(t, n);
  if (!d) return undefined;
  if (!d.interpolated) return d.text;
  let out = '';
  let k = 0;
  for (const c of n.children) {
    if (c.type !== 'interpolation') continue;
    const parts = named(c);
    const v = parts.length === 1 ? valueOf(parts[0]!) : undefined;
    if (v === undefined) return undefined;
    // The placeholder stands at the interpolation's offsets in the decoded text.
    const at = d.offsets.indexOf(c.start, k);
    if (at < 0) return undefined;
    out += d.text.slice(k, at) + v;
    k = at + (c.end - c.start);
  }
  return out + d.text.slice(k);
}

/** A mapOffset function for decoded text. */
export function offsetMapper(d: DecodedString): (o: number) => number {
  return (o: number) => {
    if (o <= 0) return d.offsets[0] ?? 0;
    if (o >= d.text.length) return d.offsets[d.text.length]!;
    // A substituted part maps elsewhere (`Identifier("leads")` after the template): an end stays right after it.
    const prev = d.offsets[o - 1]!;
    return d.offsets[o]! < prev ? prev + 1 : d.offsets[o]!;
  };
}
