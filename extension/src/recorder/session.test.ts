import { describe, expect, it } from 'vitest';
import { clickStep } from '../testing/fixtures.js';
import type { DraftStep } from './draft-step.js';
import { GUIDES } from '../guides/index.js';
import {
  type Area,
  INBOX_KEY,
  knownPatterns,
  MAX_RECORDED,
  parseInbox,
  RECORDING_KEY,
  recorderSession,
  TRIAL_ID,
} from './session.js';

/** A storage area kept in memory, a copy on each read and write as chrome.storage does. */
function area(): Area & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

const step = (label: string): DraftStep => clickStep(`s1-${label}`, label);

function setup() {
  const session = area();
  const local = area();
  const told: [number, string][] = [];
  let run = 0;
  const rec = recorderSession({
    session,
    local,
    tell: (tab, command) => told.push([tab, command]),
    newRun: () => `run${++run}`,
  });
  return { rec, session, local, told, inbox: () => parseInbox(local.data[INBOX_KEY]) };
}

describe('the background’s recording', () => {
  it('records only the recording tab’s steps, only while on, and tells the tab to start and stop', async () => {
    const { rec, told, inbox } = setup();
    expect(await rec.add(step('A'), 7)).toBe(false);
    await rec.start(7);
    expect(told).toEqual([[7, 'start']]);
    expect(await rec.add(step('A'), 7)).toBe(true);
    expect(await rec.add(step('B'), 8)).toBe(false); // another tab
    expect(await rec.add(step('C'), undefined)).toBe(false);
    await rec.stop();
    expect(told).toEqual([
      [7, 'start'],
      [7, 'stop'],
    ]);
    expect(await rec.add(step('D'), 7)).toBe(false);
    expect(inbox()).toMatchObject({ run: 'run1', steps: [{ target: { label: 'A' } }] });
  });

  it('goes on across the tab’s page loads (a new content script asks), and nowhere else', async () => {
    const { rec } = setup();
    expect(await rec.shouldRecord(7)).toBe(false);
    await rec.start(7);
    expect(await rec.shouldRecord(7)).toBe(true);
    expect(await rec.shouldRecord(9)).toBe(false);
    expect(await rec.shouldRecord(undefined)).toBe(false);
    await rec.stop();
    expect(await rec.shouldRecord(7)).toBe(false);
  });

  it('a new start is a new run on the new tab, and stops the old tab', async () => {
    const { rec, told, inbox } = setup();
    await rec.start(7);
    await rec.add(step('A'), 7);
    await rec.start(9);
    expect(told).toEqual([
      [7, 'start'],
      [7, 'stop'],
      [9, 'start'],
    ]);
    expect(inbox()).toEqual({ run: 'run2', steps: [] });
    expect(await rec.add(step('A'), 7)).toBe(false);
  });

  it('keeps a burst of steps in order, and at most MAX_RECORDED', async () => {
    const { rec, inbox } = setup();
    await rec.start(7);
    await Promise.all(['A', 'B', 'C'].map((l) => rec.add(step(l), 7)));
    expect(inbox().steps.map((s) => s.target?.label)).toEqual(['A', 'B', 'C']);
    for (let i = 3; i < MAX_RECORDED; i++) await rec.add(step(`x${i}`), 7);
    expect(await rec.add(step('over'), 7)).toBe(false);
    expect(inbox().steps).toHaveLength(MAX_RECORDED);
  });

  it('reads a damaged flag as not recording', async () => {
    const { rec, session } = setup();
    session.data[RECORDING_KEY] = { on: true, tabId: 'seven', run: 'r' };
    expect(await rec.shouldRecord(7)).toBe(false);
    expect((await rec.status()).on).toBe(false);
  });

  it('tells the recorder the guides’ URL patterns, each once, and not the draft being tried', () => {
    const trial = { ...GUIDES[0]!, id: TRIAL_ID, steps: [{ ...GUIDES[0]!.steps[0]!, url: ['example.org/ban-nhap'] }] };
    const known = knownPatterns([...GUIDES, trial]);
    expect(known).toContain('dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId');
    expect(new Set(known).size).toBe(known.length);
    expect(known).not.toContain('example.org/ban-nhap');
  });
});
