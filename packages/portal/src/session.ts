import { ref } from 'vue';
import { call, currentUser, type Me } from './api.js';

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
  async signOut(): Promise<void> {
    try {
      await call('/auth/logout', { method: 'POST', body: { mode: 'session' } });
    } finally {
      user.value = null;
      loaded = undefined;
    }
  },
};
