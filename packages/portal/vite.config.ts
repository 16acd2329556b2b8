import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Served by Directus at /alur/portal/ (the Alur endpoint), from the files this build writes.
export default defineConfig({
  base: '/alur/portal/',
  plugins: [vue()],
  define: {
    // vue-i18n: messages are plain strings (no runtime compiler), no legacy API, no devtools.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
});
