/** Every rule, in a stable order (the order of `RULE_IDS`). */
import * as partitionKeyMissing from './partition-key-missing';
import * as partitionKeyNotPrunable from './partition-key-not-prunable';
import * as partitionKeyRuntimeOnly from './partition-key-runtime-only';
import type { Rule } from './types';

export type { Rule, RuleMeta } from './types';

export const RULES: readonly Rule[] = [partitionKeyMissing, partitionKeyNotPrunable, partitionKeyRuntimeOnly];
