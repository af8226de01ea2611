/**
 * How V8 compiles the WebAssembly parsers for a scan. libpg_query is large code that a scan
 * runs little of (the SQL of each judged query): V8's optimising compiler, which it starts on its
 * hot functions soon after loading, cost about 40 MB of peak memory and 0.3 s of CPU there
 * (December 2026). So it is compiled by the baseline compiler only. Tree-sitter keeps both
 * tiers: its parse loop is most of a scan's CPU and runs about a third slower unoptimised.
 * `--liftoff-only` is read when a module is compiled, so it is on while libpg_query loads and
 * off again before anything else is compiled.
 */
import v8 from 'node:v8';
import { ensureParserLoaded } from '../engine/sql/parse';

/** Loads libpg_query compiled by the baseline compiler; a failure is left to `loadEngine()` to report. */
export async function loadSqlParserBaseline(): Promise<void> {
  try {
    v8.setFlagsFromString('--liftoff-only');
    await ensureParserLoaded().catch(() => undefined);
  } finally {
    v8.setFlagsFromString('--no-liftoff-only');
  }
}
