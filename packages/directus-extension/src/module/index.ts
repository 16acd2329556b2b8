// The Studio module "Alur" (issue 12, first sketch): the requests with their SLA state, drawn with
// the portal's own components so the Studio and the portal show one badge, one table.
import { defineModule } from '@directus/extensions-sdk';
import AlurModule from './AlurModule.vue';

export default defineModule({
  id: 'alur',
  name: 'Alur',
  icon: 'account_tree',
  routes: [{ path: '', component: AlurModule }],
});
