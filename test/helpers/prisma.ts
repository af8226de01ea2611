/**
 * Real Prisma for tests, offline: Prisma 7's Rust-free client (`prisma-client` generator, the
 * query compiler in WebAssembly, `@prisma/adapter-pg`) sends its SQL through node-postgres, so
 * the statements Prisma really sends can be captured on a throwaway server and EXPLAINed.
 *
 * `prisma generate` itself needs no engine binary, but the CLI looks for the schema engine
 * before it starts (and would download it): `PRISMA_SCHEMA_ENGINE_BINARY` points it at a
 * program that is never run by `generate`.
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'partition-lens-prisma');

export interface CapturedQuery {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** A generated client module: `PrismaClient` and the namespace `Prisma`. */
export type PrismaModule = Record<string, unknown> & { PrismaClient: new (options: unknown) => PrismaLike };

export interface PrismaLike {
  $on(event: 'query', cb: (e: { query: string; params: string }) => void): void;
  $disconnect(): Promise<void>;
  [model: string]: unknown;
}

/**
 * Generates the client for a schema (datasource without `url`, generator `prisma-client`) once
 * per schema text, inside node_modules so that the generated code resolves `@prisma/client`.
 */
export async function generatePrismaClient(schema: string): Promise<PrismaModule> {
  const digest = crypto.createHash('sha256').update(schema).digest('hex').slice(0, 16);
  const dir = path.join(CACHE, digest);
  const entry = path.join(dir, 'generated', 'client.ts');
  if (!fs.existsSync(entry)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'schema.prisma'), schema);
    const cli = path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js');
    await promisify(execFile)(process.execPath, [cli, 'generate', '--schema', 'schema.prisma'], {
      cwd: dir,
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
      timeout: 120_000,
    });
  }
  return (await import(entry)) as PrismaModule;
}

/** A client on `url` that records every statement it sends. */
export async function capturingClient(mod: PrismaModule, url: string): Promise<{ prisma: PrismaLike; take(): CapturedQuery[] }> {
  const { PrismaPg } = (await import('@prisma/adapter-pg')) as unknown as { PrismaPg: new (o: { connectionString: string }) => unknown };
  const prisma = new mod.PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: 'event', level: 'query' }] });
  let seen: CapturedQuery[] = [];
  prisma.$on('query', (e) => {
    seen.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] });
  });
  return {
    prisma,
    take() {
      const out = seen;
      seen = [];
      return out;
    },
  };
}

/** The fixture schema as Prisma 7 accepts it: no datasource `url`, the Rust-free generator. */
export function prisma7Schema(schema: string): string {
  return schema
    .replace(/provider\s*=\s*"prisma-client-js"/, 'provider = "prisma-client"\n  output   = "./generated"')
    .replace(/^\s*previewFeatures\s*=.*$/m, '')
    .replace(/^\s*url\s*=\s*env\(.*\)\s*$/m, '');
}
