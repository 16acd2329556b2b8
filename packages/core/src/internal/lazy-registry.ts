import { AlurError, type AlurErrorCode, type LocalizedText } from '../alur-error.js';

/** Definitions by id, each compiled on first use and then cached. */
export interface LazyRegistry<TDefinition, TCompiled> {
  readonly ids: readonly string[];
  definition(id: string): TDefinition | undefined;
  get(id: string): TCompiled;
}

/**
 * Builds a registry from built-in and given definitions (a given one replaces a built-in
 * one with the same id). `compile` receives the lookup so that `extends` resolves inside it.
 */
export function createLazyRegistry<TDefinition extends { id: string }, TCompiled>(
  builtins: readonly TDefinition[],
  definitions: readonly unknown[],
  compile: (definition: TDefinition, lookup: (id: string) => TDefinition | undefined) => TCompiled,
  texts: {
    invalidCode: AlurErrorCode;
    invalid: (index: number) => LocalizedText;
    unknownCode: AlurErrorCode;
    unknown: (id: string, ids: string) => LocalizedText;
  },
): LazyRegistry<TDefinition, TCompiled> {
  const byId = new Map<string, TDefinition>();
  for (const definition of builtins) byId.set(definition.id, definition);
  definitions.forEach((definition, index) => {
    if (typeof definition !== 'object' || definition === null || typeof (definition as { id?: unknown }).id !== 'string') {
      throw new AlurError(texts.invalidCode, texts.invalid(index), { details: { index } });
    }
    byId.set((definition as TDefinition).id, definition as TDefinition);
  });
  const compiled = new Map<string, TCompiled>();
  const lookup = (id: string) => byId.get(id);
  return {
    ids: [...byId.keys()],
    definition: lookup,
    get(id) {
      let value = compiled.get(id);
      if (value !== undefined) return value;
      const definition = byId.get(id);
      if (definition === undefined) {
        throw new AlurError(texts.unknownCode, texts.unknown(id, [...byId.keys()].join(', ')), { details: { id } });
      }
      value = compile(definition, lookup);
      compiled.set(id, value);
      return value;
    },
  };
}
