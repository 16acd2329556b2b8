import { inject, type InjectionKey } from 'vue';
import { useI18n, type Composer } from 'vue-i18n';

/**
 * Where shared components find Alur's texts. The portal provides its own composer; the Studio
 * module provides one made from the same texts (the Studio's own i18n has none of Alur's keys).
 */
export const ALUR_I18N: InjectionKey<Composer> = Symbol('alur-i18n');

/** The composer shared components translate with: the provided one, else the app's global one. */
export function useText(): Composer {
  return inject(ALUR_I18N, null) ?? (useI18n() as unknown as Composer);
}
