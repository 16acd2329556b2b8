import { createRouter, createWebHistory } from 'vue-router';
import { session } from './session.js';

/** The portal's pages under /alur/portal/; every page but sign-in needs a session. */
export const router = createRouter({
  history: createWebHistory('/alur/portal/'),
  routes: [
    { path: '/', redirect: '/kotak-masuk' },
    { path: '/masuk', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
    { path: '/lupa-sandi', name: 'forgot', component: () => import('./pages/ForgotPage.vue'), meta: { public: true } },
    { path: '/sandi-baru', name: 'new-password', component: () => import('./pages/NewPasswordPage.vue'), meta: { public: true } },
    { path: '/kotak-masuk', name: 'inbox', component: () => import('./pages/InboxPage.vue') },
    { path: '/ajukan', name: 'file', component: () => import('./pages/FilingPage.vue') },
    { path: '/permohonan', name: 'requests', component: () => import('./pages/RequestsPage.vue') },
    { path: '/permohonan/:id/berita-acara', name: 'minutes', component: () => import('./pages/MinutesPage.vue'), props: true },
    { path: '/permohonan/:id/disposisi', name: 'disposition-sheet', component: () => import('./pages/DispositionSheet.vue'), props: true },
    { path: '/permohonan/:id', name: 'request', component: () => import('./pages/RequestPage.vue'), props: true },
    { path: '/sop', name: 'sops', component: () => import('./pages/SopPage.vue') },
    { path: '/sop/:id', name: 'sop', component: () => import('./pages/SopPage.vue'), props: true },
    { path: '/pemberitahuan', name: 'notifications', component: () => import('./pages/NotificationsPage.vue') },
    { path: '/:rest(.*)', name: 'missing', component: () => import('./pages/MissingPage.vue'), meta: { public: true } },
  ],
});

router.beforeEach(async (to) => {
  if (to.meta['public']) return true;
  const user = await session.load();
  return user ? true : { name: 'login', query: { next: to.fullPath } };
});

router.afterEach((_to, from) => {
  // Moving to another page (not the first load): focus its heading, for screen readers and keyboard users.
  if (from.matched.length === 0) return;
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
});
