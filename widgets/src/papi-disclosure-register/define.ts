import { defineElement } from '../shared/define.js';
import { PapiDisclosureRegister } from './papi-disclosure-register.js';

defineElement('papi-disclosure-register', PapiDisclosureRegister);
export { PapiDisclosureRegister };
