// Minimal types for moment-business-time 2.0.0 (ships none): only what the bench calls.
// It patches the moment instance it requires and exports that same instance.

import 'moment';

declare module 'moment' {
  interface Moment {
    /** Adds working time in place (`'days'` counts working days, keeping the wall time). */
    addWorkingTime(amount: number, unit: unitOfTime.Base): Moment;
    /** Like `moment#diff`: `this − other` in working time; `detail` keeps fractions. */
    workingDiff(other: MomentInput, unit?: unitOfTime.Base, detail?: boolean): number;
    isWorkingDay(): boolean;
    isWorkingTime(): boolean;
    nextWorkingTime(): Moment;
    lastWorkingTime(): Moment;
  }
}
