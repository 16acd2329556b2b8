import { ref } from 'vue';
import { ApiError, call, currentUser, type Me } from './api.js';

const user = ref<Me | null>(null);
let loaded: Promise<Me | null> | undefined;

/** The signed-in user, shared by every page: loaded once, reset on sign-in and sign-out. */
export const session = {
  user,
  load(): Promise<Me | null> {
    loaded ??= currentUser().then((me) => (user.value = me));
    return loaded;
  },
  async signIn(email: string, password: string): Promise<void> {
    await call('/auth/login', { method: 'POST', body: { email, password, mode: 'session' } });
    loaded = undefined;
    await session.load();
  },
  /**
   * Asks Directus to email a link for a new password. The link opens the portal's own page when
   * Directus allows it (`PASSWORD_RESET_URL_ALLOW_LIST`), else Directus' own reset page. Directus
   * answers the same whether or not the address is known.
   */
  async requestReset(email: string): Promise<void> {
    const resetUrl = `${location.origin}/alur/portal/sandi-baru`;
    try {
      await call('/auth/password/request', { method: 'POST', body: { email, reset_url: resetUrl } });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 400) throw error;
      await call('/auth/password/request', { method: 'POST', body: { email } });
    }
  },
  /** Sets the new password with the emailed token. */
  async resetPassword(token: string, password: string): Promise<void> {
    await call('/auth/password/reset', { method: 'POST', body: { token, password } });
  },
  async signOut(): Promise<void> {
    try {
      await call('/auth/logout', { method: 'POST', body: { mode: 'session' } });
    } finally {
      user.value = null;
      loaded = undefined;
    }
  },
};
