import type { Models } from '../models/factory';

export interface AppContext {
  joplin: {
    models: Models;
    owner: { id: number } | null;
  };
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  status: number;
}
