/**
 * Calls that make a `Date`, which is never falsy: date-fns's constructors and shifters
 * (`startOfMonth(now)`, `subDays(new Date(), 7)`, `parseISO(s)`; an invalid date is still an object)
 * and the `toDate()`/`toJSDate()` of the date libraries' wrappers (dayjs, moment, luxon). A caller's
 * `const from = dto.from ? new Date(dto.from) : startOfMonth(new Date())` is therefore always set.
 * Only names date-fns documents as returning a Date; `differenceInDays`, `isAfter`, `format` are not.
 */
import { field, kids, text, type N } from './ast';

const DATE_FNS_MAKERS = /^(?:startOf|endOf|lastDayOf|add|sub|set|parse|toDate|roundToNearest|next|previous|fromUnixTime)(?:[A-Z]\w*)?$|^(?:min|max)$/;
/** date-fns names with a maker's prefix that return something else. */
const NOT_DATES: ReadonlySet<string> = new Set(['setDefaultOptions']);

function importedFromDateFns(src: string, name: string): boolean {
  const esc = name.replace(/\$/g, '\\$');
  const named = new RegExp(`import\\s*\\{[^}]*\\b${esc}\\b[^}]*\\}\\s*from\\s*['"]date-fns(?:/[\\w-]+)?['"]`);
  const single = new RegExp(`import\\s+${esc}\\s+from\\s*['"]date-fns/[\\w-]+['"]`);
  return src.includes('date-fns') && (named.test(src) || single.test(src));
}

/** Whether a call certainly returns a `Date` (see the module comment). */
export function makesDate(call: N): boolean {
  const fn = field(call, 'function');
  if (!fn) return false;
  if (fn.type === 'member_expression') {
    const prop = field(fn, 'property');
    const args = field(call, 'arguments');
    return !!prop && !!args && (text(prop) === 'toDate' || text(prop) === 'toJSDate') && kids(args).length === 0;
  }
  return fn.type === 'identifier' && DATE_FNS_MAKERS.test(text(fn)) && !NOT_DATES.has(text(fn)) && importedFromDateFns(call.src, text(fn));
}
