import { ref } from 'vue';
import { ApiError } from './api.js';
import { i18n } from './i18n.js';

/**
 * One thing a page sends at a time: `busy` while it runs, `error` with the API's message (in the
 * portal's language) when it is refused. `run` returns the result, or `undefined` after a refusal.
 */
export function usePending() {
  const busy = ref(false);
  const error = ref('');
  async function run<T>(send: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = '';
    try {
      return await send();
    } catch (e) {
      error.value = e instanceof ApiError ? e.message : i18n.global.t('error.generic');
      return undefined;
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, run };
}
