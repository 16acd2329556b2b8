import type { SopDefinition } from '../sop-definition.js';
import { babel } from './babel.js';
import { kalbarLpse } from './kalbar-lpse.js';
import { sumbarAsap } from './sumbar-asap.js';
import { sumbarSop } from './sumbar-sop.js';
import { sumbawa } from './sumbawa.js';

export { babel, kalbarLpse, sumbarAsap, sumbarSop, sumbawa };

/**
 * The SOPs transcribed from the five seed documents, in seed order: `sumbar-asap`,
 * `sumbar-sop`, `sumbawa`, `babel`, `kalbar-lpse`.
 *
 * @example
 * ```ts
 * import { builtinSopDefinitions } from '@alur/core';
 * builtinSopDefinitions.map((sop) => sop.id); // ['sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse']
 * ```
 */
export const builtinSopDefinitions: readonly SopDefinition[] = [sumbarAsap, sumbarSop, sumbawa, babel, kalbarLpse];
