// Bundle entry: one display per entry (see index.ts).
import { phaseDisplay } from './index.js';

export default phaseDisplay;
