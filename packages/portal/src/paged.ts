import { ref, type Ref } from 'vue';
import { alur, ApiError, type Page } from './api.js';
import { i18n } from './i18n.js';

/** A paged list of an Alur endpoint: its rows, total, page, error and loading state, and `load(page)`. */
export interface PagedList<T> {
  readonly rows: Ref<T[]>;
  readonly total: Ref<number>;
  readonly page: Ref<number>;
  readonly error: Ref<string>;
  readonly loading: Ref<boolean>;
  readonly limit: number;
  load(page?: number): Promise<void>;
}

/**
 * Loads `path` page by page (`limit`, `page`, `meta=filter_count` plus `query()`), keeping the
 * API's message when it refuses.
 */
export function usePagedList<T>(path: string, query: () => Record<string, string | number | undefined> = () => ({}), limit = 25): PagedList<T> {
  const rows = ref<T[]>([]) as Ref<T[]>;
  const total = ref(0);
  const page = ref(1);
  const error = ref('');
  const loading = ref(true);
  // Only the latest load may fill the list: an earlier one answering late (a filter changed
  // meanwhile) is dropped instead of showing rows that no longer match.
  let latest = 0;
  async function load(to = 1) {
    const mine = ++latest;
    loading.value = true;
    error.value = '';
    try {
      const list = await alur<Page<T>>(path, { query: { ...query(), limit, page: to, meta: 'filter_count' } });
      if (mine !== latest) return;
      rows.value = list.data;
      total.value = list.meta?.filter_count ?? list.data.length;
      page.value = to;
    } catch (e) {
      if (mine !== latest) return;
      error.value = e instanceof ApiError ? e.message : i18n.global.t('error.generic');
    } finally {
      if (mine === latest) loading.value = false;
    }
  }
  return { rows, total, page, error, loading, limit, load };
}
