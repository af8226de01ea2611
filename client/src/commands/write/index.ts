// PLACEHOLDER created by the client/read-side engineer so the command table compiles. The DB
// write-side engineer owns this file and replaces it with the real `writeCommands`.
import type { CommandSpec } from '../types';

export const writeCommands: CommandSpec[] = [];
