import { ref, watch } from 'vue';
import { alur, ApiError, type RequestDetail } from './api.js';
import { i18n } from './i18n.js';

/** One request as `GET /alur/requests/:id` gives it, read when `id` is set and again on `load()`. */
export function useRequest(id: () => string) {
  const request = ref<RequestDetail | null>(null);
  const error = ref('');
  async function load() {
    error.value = '';
    try {
      request.value = (await alur<{ data: RequestDetail }>(`requests/${id()}`)).data;
    } catch (e) {
      error.value = e instanceof ApiError ? e.message : i18n.global.t('error.generic');
    }
  }
  watch(id, load, { immediate: true });
  return { request, error, load };
}
