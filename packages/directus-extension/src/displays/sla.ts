// Bundle entry: one display per entry (see index.ts).
import { slaDisplay } from './index.js';

export default slaDisplay;
