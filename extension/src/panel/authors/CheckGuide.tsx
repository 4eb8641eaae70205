/** "Check this guide here": choose a guide, ask the open portal page, and show each of its steps there. */
import { localize, type Guide, type LocatorStrategy } from '@papi/core';
import type { StepCheck } from '../../messages.js';
import { allGuides, anyGuideById, importedById } from '../guides.js';
import { attempt, L, tr } from '../state.js';
import { checkGuideId, checking, outcome, reportedStep, runCheck, type CheckApi } from './check-flow.js';

const strategyNames = (list: readonly LocatorStrategy[]): string => list.map((s) => tr(`strategy.${s}`)).join(', ');

function ResultRow({ guide, r }: { guide: Guide; r: StepCheck }) {
  const loc = L();
  const step = guide.steps.find((s) => s.id === r.step);
  const marked = reportedStep.value === r.step;
  return (
    <tr data-step={r.step} data-result={r.result} class={marked ? 'is-current' : ''}>
      <th scope="row">
        {step ? localize(step.title, loc) : r.step}
        <br />
        <span class="muted">
          {r.step}
          {marked ? ` ${tr('authors.check.fromReport')}` : ''}
        </span>
      </th>
      <td>
        {r.result === 'found'
          ? `✓ ${tr('authors.check.found')}`
          : r.result === 'not-found'
            ? `✗ ${tr('authors.check.notFound')}`
            : tr('authors.check.noTarget')}
      </td>
      <td data-strategy={r.result === 'found' ? r.strategy : ''}>
        {r.result === 'found' ? tr(`strategy.${r.strategy}`) : ''}
        {r.result === 'found' && r.failed.length ? (
          <span class="muted"> ({tr('authors.check.failed', { list: strategyNames(r.failed) })})</span>
        ) : null}
        {r.result === 'not-found' ? (
          <span class="muted">{tr('authors.check.tried', { list: strategyNames(r.tried) })}</span>
        ) : null}
      </td>
    </tr>
  );
}

function Result() {
  const o = outcome.value;
  if (checking.value) return <p>{tr('authors.checking')}</p>;
  if (!o) return null;
  if (!o.ok)
    return (
      <p class="problem">
        {o.reason === 'no-guide'
          ? tr('authors.check.noGuide', { id: o.guideId })
          : o.reason === 'no-page'
            ? tr('authors.check.noPage')
            : tr('authors.check.badAnswer')}
      </p>
    );
  const guide = anyGuideById(o.guideId);
  if (!guide) return <p class="problem">{tr('authors.check.noGuide', { id: o.guideId })}</p>;
  const title = localize(guide.title, L());
  if (!o.steps.length) return <p>{tr('authors.check.none', { title })}</p>;
  const found = o.steps.filter((s) => s.result === 'found').length;
  const missing = o.steps.filter((s) => s.result === 'not-found').length;
  return (
    <>
      <p>{tr('authors.check.summary', { title, count: o.steps.length, found, missing })}</p>
      <table data-testid="check-result">
        <thead>
          <tr>
            <th scope="col">{tr('authors.check.step')}</th>
            <th scope="col">{tr('authors.check.result')}</th>
            <th scope="col">{tr('authors.check.how')}</th>
          </tr>
        </thead>
        <tbody>
          {o.steps.map((r) => (
            <ResultRow key={r.step} guide={guide} r={r} />
          ))}
        </tbody>
      </table>
    </>
  );
}

export function CheckGuide({ api }: { api: CheckApi }) {
  const loc = L();
  return (
    <div class="block">
      <h3>{tr('authors.check')}</h3>
      <p class="muted">{tr('authors.checkHint')}</p>
      <label for="check-guide">{tr('authors.checkGuide')}</label>
      <select
        id="check-guide"
        value={checkGuideId.value}
        onChange={(e) => {
          checkGuideId.value = (e.target as HTMLSelectElement).value;
          reportedStep.value = null;
        }}
      >
        {allGuides().map((g) => (
          <option key={g.id} value={g.id}>
            {localize(g.title, loc)} — {g.id} {importedById(g.id) ? '' : tr('authors.builtIn')}
          </option>
        ))}
      </select>
      <div class="buttons">
        <button
          type="button"
          class="primary"
          disabled={checking.value}
          onClick={() => attempt(runCheck(api, checkGuideId.value), 'check')}
        >
          {tr('authors.checkRun')}
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="check-status">
        <Result />
      </div>
    </div>
  );
}
