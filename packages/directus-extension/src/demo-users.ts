// A small entry for scripts: the demo logins, without loading Directus.
export { demoUsers, type DemoUser } from './service/demo.js';
