// Bundle entry: one display per entry (see index.ts).
import { sopRolesDisplay } from './index.js';

export default sopRolesDisplay;
