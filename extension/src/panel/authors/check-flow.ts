/** "Check this guide here": which guide, the answer from the open portal page, and the step a report pointed at. */
import { signal } from '@preact/signals';
import type { CheckOutcome } from '../../messages.js';

export interface CheckApi {
  check(guideId: string): Promise<CheckOutcome>;
}

export const checkGuideId = signal<string>('khai-sinh');
export const checking = signal(false);
export const outcome = signal<CheckOutcome | null>(null);
/** The step the locator-failure report's link named, marked in the result. */
export const reportedStep = signal<string | null>(null);

export async function runCheck(api: CheckApi, guideId: string): Promise<void> {
  checking.value = true;
  outcome.value = null;
  try {
    outcome.value = await api.check(guideId);
  } finally {
    checking.value = false;
  }
}
