import { defineElement } from '../shared/define.js';
import { PapiDisclosureBadge } from './papi-disclosure-badge.js';

defineElement('papi-disclosure-badge', PapiDisclosureBadge);
export { PapiDisclosureBadge };
