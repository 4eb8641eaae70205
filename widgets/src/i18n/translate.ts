import { createTranslator } from '@papi/core';
import { en } from './en.js';
import { km } from './km.js';
import { vi } from './vi.js';

export type { WidgetMessageKey } from './vi.js';
export const t = createTranslator({ vi, en, km });
