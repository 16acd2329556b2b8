// The module itself (a script file, so that this is a declaration, not an augmentation).
declare module 'moment-business-time' {
  import moment = require('moment');
  export = moment;
}
