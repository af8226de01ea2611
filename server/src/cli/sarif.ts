/**
 * The one SARIF 2.1.0 envelope both `check` and `audit` write: the log around a single run, and
 * artifact locations (an absolute path becomes a file URI; a relative one stays relative to
 * `%SRCROOT%`, the working directory, percent-encoded per segment as URIs require).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SarifArtifact {
  uri: string;
  uriBaseId?: string;
}

export function sarifArtifact(file: string): SarifArtifact {
  return path.isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** Serialises one run (tool, results, …) as a SARIF log; `%SRCROOT%` is the current directory. */
export function sarifLog(run: Record<string, unknown>): string {
  const cwd = process.cwd();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ ...run, originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } } }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
