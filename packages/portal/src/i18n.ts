import { createI18n } from 'vue-i18n';
import { messages } from './texts.js';

export type Lang = 'id' | 'en';

export const i18n = createI18n({
  legacy: false,
  locale: (localStorage.getItem('alur.lang') as Lang | null) ?? 'id',
  fallbackLocale: 'id',
  messages,
});

/** Switches the language and remembers it; the page's `lang` follows. */
export function setLanguage(lang: Lang): void {
  i18n.global.locale.value = lang;
  localStorage.setItem('alur.lang', lang);
  document.documentElement.lang = lang;
}
