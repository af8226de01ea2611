/**
 * Monorepo packages imported by their package name (`@homarr/db`, `@acme/db/schema`,
 * `@gitroom/nestjs-libraries/database/client`): pnpm/yarn/npm workspaces and Nx/turborepo path
 * aliases map `@scope/name/sub` to `<packages|libs|apps>/…/name/(src/)sub`. The index holds only
 * source files (no package.json), so the folder layout these tools share is read instead: a
 * specifier resolves when exactly one indexed file sits where the convention puts it. Scopes of
 * well-known registry packages are never read as workspace folders.
 */

const EXTS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];

/** Scopes published on npm whose package names often match a workspace folder (`@prisma/client` vs `apps/client`). */
const REGISTRY_SCOPES = new Set(['prisma', 'nestjs', 'types', 'trpc', 'tanstack', 'aws-sdk', 'google-cloud', 'azure', 'angular', 'babel', 'vue', 'sentry', 'opentelemetry', 'apollo', 'mikro-orm', 'typegoose', 'koa', 'fastify', 'hono', 'supabase', 'neondatabase', 'planetscale', 'vercel', 'libsql', 'electric-sql', 'drizzle-team', 'kysely', 'n8n', 'nx', 'mui', 'emotion', 'reduxjs', 'testing-library', 'storybook', 'radix-ui', 'headlessui', 'next', 'remix-run', 'sveltejs', 'clerk', 'auth', 'graphql-codegen', 'graphql-tools', 'grpc', 'octokit', 'slack', 'stripe', 'upstash', 'redis', 'bull-board', 'casl', 'faker-js', 'hapi', 'loopback', 'feathersjs', 'adonisjs', 'medusajs', 'strapi', 'directus', 'ts-rest', 'typescript-eslint', 'eslint', 'jest', 'vitest', 'swc', 'esbuild']);

const ROOTS = /(?:^|\/)(?:packages|libs|apps|modules|services|internal|shared)\//;

/** The one indexed file `@scope/name/sub` names in a workspace folder, or undefined (none, or ambiguous). */
export function workspacePackage(files: Iterable<string>, scope: string, name: string, sub: string | undefined): string | undefined {
  const rest = sub ?? 'index';
  // A folder spelled with the scope (`packages/@n8n/db`) is the package itself, even for a scope npm also publishes.
  const heads = REGISTRY_SCOPES.has(scope) ? [`/@${scope}/${name}`] : [`/@${scope}/${name}`, `/${name}`];
  const tails = heads.flatMap((head) => [{ head, tail: `${head}/src/${rest}` }, { head, tail: `${head}/${rest}` }]);
  let found: string | undefined;
  for (const f of files) {
    for (const { head, tail } of tails) {
      for (const ext of sub ? EXTS : EXTS.slice(0, 8)) {
        if (!f.endsWith(tail + ext)) continue;
        // The package folder must sit under a workspace root (`packages/db`, `libs/shared/db`).
        const dir = f.slice(0, f.length - (tail + ext).length + head.length);
        if (!ROOTS.test(dir)) continue;
        if (found && found !== f) return undefined;
        found = f;
      }
    }
  }
  return found;
}
