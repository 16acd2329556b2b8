import type { CalendarRegistry } from './calendar-registry.js';
import { compileSop, type CompiledSop } from './compile-sop.js';
import { createLazyRegistry } from './internal/lazy-registry.js';
import type { SopDefinition } from './sop-definition.js';
import { builtinSopDefinitions } from './sops/index.js';

/** A set of SOP definitions that may extend one another, validated and compiled on first use. */
export interface SopRegistry {
  /** Ids of every SOP, built-in ones first. */
  readonly ids: readonly string[];
  definition(id: string): SopDefinition | undefined;
  /**
   * The compiled SOP with this id.
   * @throws {AlurError} `INVALID_ARGUMENT` for an unknown id, `INVALID_SOP` for a broken definition.
   */
  get(id: string): CompiledSop;
}

/** Options of {@link createSopRegistry}. */
export interface SopRegistryOptions {
  /** Start from the built-in variants (default `true`). */
  readonly builtins?: boolean;
  /** Where the SOPs' calendars are found (default: the built-in calendars). */
  readonly calendars?: CalendarRegistry;
}

/**
 * Builds a registry of SOPs on top of the built-in variants, e.g. the variants an admin keeps
 * in Directus; a derived SOP may `extends` a built-in one.
 *
 * @example
 * ```ts
 * import { createSopRegistry } from '@alur/core';
 * const registry = createSopRegistry([
 *   { schemaVersion: 1, id: 'kab-x', version: '1', name: 'SOP Kabupaten X', office: 'Diskominfo X',
 *     extends: 'sumbawa', changes: { remove: [] } },
 * ]);
 * registry.get('kab-x').sop.steps.length; // as Sumbawa's
 * ```
 */
export function createSopRegistry(definitions: readonly SopDefinition[], options: SopRegistryOptions = {}): SopRegistry {
  return createLazyRegistry(
    options.builtins === false ? [] : builtinSopDefinitions,
    definitions,
    (definition, lookup) => compileSop(definition, { lookup, ...(options.calendars ? { calendars: options.calendars } : {}) }),
    {
      invalidCode: 'INVALID_SOP',
      invalid: (index) => ({
        id: `Definisi SOP ke-${index + 1} bukan objek dengan id teks.`,
        en: `SOP definition ${index + 1} is not an object with a text id.`,
      }),
      unknownCode: 'INVALID_ARGUMENT',
      unknown: (id, ids) => ({ id: `SOP "${id}" tidak dikenal. Pilihan: ${ids}.`, en: `Unknown SOP "${id}". Choices: ${ids}.` }),
    },
  );
}

let builtins: SopRegistry | undefined;

/**
 * A built-in SOP variant, compiled once per process: `sumbar-asap`, `sumbar-sop`, `sumbawa`,
 * `babel`, `kalbar-lpse`.
 *
 * @example
 * ```ts
 * import { getSop } from '@alur/core';
 * getSop('sumbawa').sop.number; // '555/568/DKIST/2021'
 * ```
 */
export function getSop(id: string): CompiledSop {
  builtins ??= createSopRegistry([]);
  return builtins.get(id);
}

export { builtinSopDefinitions };
