// Bundle entry: one display per entry (see index.ts).
import { instantDisplay } from './index.js';

export default instantDisplay;
