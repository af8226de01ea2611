import { and, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import { leads } from '@karakeep/db';

export type Matcher =
  | { type: 'status'; status: string }
  | { type: 'createdAfter'; date: Date }
  | { type: 'createdBefore'; date: Date }
  | { type: 'and'; matchers: Matcher[] }
  | { type: 'or'; matchers: Matcher[] };

export function matcherToCondition(matcher: Matcher): SQL | undefined {
  switch (matcher.type) {
    case 'status':
      return eq(leads.status, matcher.status);
    case 'createdAfter':
      return gte(leads.createdAt, matcher.date);
    case 'createdBefore':
      return lt(leads.createdAt, matcher.date);
    case 'and':
      return and(...matcher.matchers.map(matcherToCondition));
    case 'or':
      return or(...matcher.matchers.map(matcherToCondition));
  }
}

export function parseSearchQuery(text: string): Matcher {
  const matchers: Matcher[] = [];
  for (const token of text.split(/\s+/)) {
    if (token.startsWith('status:')) matchers.push({ type: 'status', status: token.slice(7) });
    if (token.startsWith('after:')) matchers.push({ type: 'createdAfter', date: new Date(token.slice(6)) });
    if (token.startsWith('before:')) matchers.push({ type: 'createdBefore', date: new Date(token.slice(7)) });
  }
  return { type: 'and', matchers };
}
