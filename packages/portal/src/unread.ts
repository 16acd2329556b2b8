import { ref } from 'vue';
import { alur, type Page } from './api.js';

/** The bell's count: the signed-in user's notifications still in the inbox, shared by the header and the notifications page. */
export const unread = ref(0);

/** Counts them again (after a page change, an archive). */
export async function refreshUnread(): Promise<void> {
  const page = await alur<Page<unknown>>('notifications', { query: { status: 'inbox', limit: 1, meta: 'filter_count' } }).catch(() => undefined);
  unread.value = page?.meta?.filter_count ?? 0;
}
