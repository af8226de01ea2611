/**
 * Registry of host-language modules. Language modules call `registerHost` from their own
 * `index.ts`; importing this file's `loadHosts()` pulls them all in.
 */
import type { HostModule } from './types';

const hosts = new Map<HostModule['language'], HostModule>();

export function registerHost(m: HostModule): void {
  hosts.set(m.language, m);
}

export function hostFor(language: string): HostModule | undefined {
  return hosts.get(language as HostModule['language']);
}

export function allHosts(): readonly HostModule[] {
  return [...hosts.values()];
}
