/** Every metamorphic transformation, by module (one module per host family). */
import { DJANGO } from './django';
import { GENERIC } from './generic';
import { RUBY } from './ruby';
import { SQLALCHEMY } from './sqlalchemy';
import type { Transform } from './transform';
import { TS_BUILDERS } from './ts-builders';
import { TS_CLIENTS } from './ts-clients';

export const TRANSFORMS: readonly Transform[] = [...GENERIC, ...RUBY, ...DJANGO, ...SQLALCHEMY, ...TS_BUILDERS, ...TS_CLIENTS];
