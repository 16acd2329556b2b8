import { compileForm, type FormDefinition } from '@alur/forms';
import { reactive } from 'vue';
import { alur } from './api.js';

/**
 * The forms as the service checks them: each definition is fetched once (an admin may have
 * changed the built-in one) and compiled here with the same `@alur/forms`, so the page's
 * checks are the API's. Until a definition is there the form is simply not drawn yet.
 */
const definitions = reactive(new Map<string, FormDefinition>());
const loading = new Map<string, Promise<void>>();

/** Fetches the definitions of the forms `keys` (the items the API marks `form`) not fetched yet. */
export function loadForms(keys: readonly string[]): Promise<void> {
  const wanted = keys.filter((key) => !definitions.has(key));
  return Promise.all(
    wanted.map((key) => {
      let pending = loading.get(key);
      if (!pending) {
        pending = alur<{ data: { definition: FormDefinition } }>(`forms/${encodeURIComponent(key)}`).then(
          (res) => void definitions.set(key, res.data.definition),
          () => void loading.delete(key),
        );
        loading.set(key, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/** The compiled form of `key`, once its definition is loaded. */
export function formSchema(key: string) {
  const definition = definitions.get(key);
  return definition ? compileForm(definition) : undefined;
}
