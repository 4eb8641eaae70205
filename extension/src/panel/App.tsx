/** The side panel: procedures and their cards, the running guide, cases, reports, the Authors section, options. */
import { signal } from '@preact/signals';
import {
  CERTIFIED_COPY_RULE,
  formatDateTime,
  localize,
  missingSteps,
  PROCEDURES,
  procedureById,
  progress,
  type Locale,
  type Procedure,
} from '@papi/core';
import type { ImportedGuide } from '../guides/imported.js';
import type { ActiveView, CheckOutcome, FromPanel, Control } from '../messages.js';
import { searchProcedures } from '../search.js';
import { CLERK_UNITS, type Settings } from '../settings.js';
import type { CaseRecord, FailureRecord } from '../store.js';
import { tallies, talliesCsv } from '../tallies.js';
import { Authors, checkFromReport, initAuthors } from './authors/Authors.js';
import type { RecorderApi } from './authors/record-flow.js';
import { allGuides, anyGuideById, guidesForProcedure, importedById } from './guides.js';
import { attempt, failed, L, settings, tab, tr, type Tab } from './state.js';

export { attempt, settings } from './state.js';

export interface PanelApi {
  send(message: FromPanel | Control): Promise<ActiveView | null>;
  cases(): Promise<CaseRecord[]>;
  failures(): Promise<FailureRecord[]>;
  saveSettings(s: Settings): Promise<void>;
  download(name: string, text: string): void;
  /** The guides imported in the Authors section (storage.local): read, and written as a whole list. */
  loadImported(): Promise<ImportedGuide[]>;
  saveImported(list: readonly ImportedGuide[]): Promise<void>;
  /** "Check this guide here" on the portal tab in use, through the background. */
  check(guideId: string): Promise<CheckOutcome>;
  /** The guide recorder (the Authors section shows it when given). */
  readonly recorder?: RecorderApi;
}

export const view = signal<ActiveView | null>(null);
const query = signal('');
const selected = signal<string | null>(null);
const cases = signal<CaseRecord[]>([]);
const failures = signal<FailureRecord[]>([]);
const saved = signal(false);

let api: PanelApi;

export async function refresh(): Promise<void> {
  cases.value = await api.cases();
  failures.value = await api.failures();
}

export function setView(v: ActiveView | null): void {
  const first = view.value === null && v !== null;
  view.value = v;
  if (first) tab.value = 'guide';
  attempt(refresh(), 'refresh');
}

async function command(message: FromPanel | Control): Promise<void> {
  setView(await api.send(message));
}

function Field({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div class="field">
      <dt>{label}</dt>
      <dd>{value || tr('card.unknown')}</dd>
    </div>
  );
}

function Card({ p }: { p: Procedure }) {
  const loc = L();
  const guides = guidesForProcedure(p.id);
  const unconfirmed = (f: string): string => (p.unconfirmed?.includes(f) ? ` ${tr('card.unconfirmed')}` : '');
  return (
    <article class="card" aria-labelledby="card-title">
      <button type="button" class="link" onClick={() => (selected.value = null)}>
        {tr('card.backToList')}
      </button>
      <h2 id="card-title">{localize(p.name, loc)}</h2>
      <dl>
        <div class="field">
          <dt>{tr('card.documents')}</dt>
          <dd>
            {p.documents?.length ? (
              <ul>
                {p.documents.map((d) => (
                  <li key={d.name.vi}>
                    {localize(d.name, loc)}
                    {d.condition ? <span class="muted"> — {localize(d.condition, loc)}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              tr('card.unknown')
            )}
          </dd>
        </div>
        <Field label={tr('card.handledBy')} value={p.handledBy && localize(p.handledBy, loc)} />
        <Field label={tr('card.timeLimit')} value={p.timeLimit && localize(p.timeLimit, loc)} />
        <Field label={tr('card.fee')} value={p.fee && localize(p.fee, loc)} />
        <Field label={tr('card.legalBasis')} value={p.legalBasis?.join('; ')} />
        <Field
          label={tr('card.onlineLevel')}
          value={p.onlineLevel && `${tr(`level.${p.onlineLevel}`)}${unconfirmed('onlineLevel')}`}
        />
      </dl>
      <aside class="rule" aria-label={tr('card.certifiedCopy')}>
        <strong>{tr('card.certifiedCopy')}</strong>
        <p>{localize(CERTIFIED_COPY_RULE.text, loc)}</p>
        <p class="muted">{CERTIFIED_COPY_RULE.legalBasis.join('; ')}</p>
      </aside>
      {guides.length ? (
        <div class="buttons">
          {guides.map((guide) => {
            // An imported guide says which it is, and where it came from.
            const source = importedById(guide.id);
            return (
              <button
                type="button"
                class={source ? '' : 'primary'}
                key={guide.id}
                onClick={() =>
                  attempt(
                    command({ type: 'start', guideId: guide.id }).then(() => (tab.value = 'guide')),
                    'command',
                  )
                }
              >
                {source
                  ? tr('card.startImported', { title: localize(guide.title, loc), id: guide.id, file: source.file })
                  : tr('card.start')}
              </button>
            );
          })}
        </div>
      ) : (
        <p class="muted">{tr('card.noGuide')}</p>
      )}
    </article>
  );
}

function Procedures() {
  const loc = L();
  const chosen = selected.value ? procedureById(selected.value) : undefined;
  if (chosen) return <Card p={chosen} />;
  const found = searchProcedures(query.value, PROCEDURES, allGuides());
  return (
    <section aria-labelledby="proc-h">
      <h2 id="proc-h">{tr('nav.procedures')}</h2>
      <label for="search">{tr('search.label')}</label>
      <input
        id="search"
        type="search"
        placeholder={tr('search.placeholder')}
        value={query.value}
        onInput={(e) => (query.value = (e.target as HTMLInputElement).value)}
      />
      <p class="muted" role="status">
        {found.length ? tr('search.count', { count: found.length }) : tr('search.none')}
      </p>
      <ul class="list">
        {found.map((p) => (
          <li key={p.id}>
            <button type="button" class="item" onClick={() => (selected.value = p.id)}>
              {localize(p.name, loc)}
              {guidesForProcedure(p.id).length ? <span class="badge">{tr('nav.guide')}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Guide() {
  const v = view.value;
  const loc = L();
  if (!v) return <p>{tr('guide.none')}</p>;
  const guide = anyGuideById(v.guideId);
  const { done, total } = progress(v.state);
  const s = v.state;
  let status: string;
  if (s.status === 'completed') status = tr('guide.completed');
  else if (!s.onStepPage) status = tr('guide.otherPage');
  else if (s.stepStatus === 'found' && s.strategy)
    status = tr('guide.strategy', { strategy: tr(`strategy.${s.strategy}`) });
  else if (s.stepStatus === 'fallback') status = tr('guide.fallback');
  else if (s.stepStatus === 'text') status = tr('guide.text');
  else status = tr('guide.locating');
  // The final step is marked done but required steps are not: say why the guide is not complete.
  const missing = guide && s.status === 'running' && s.done.at(-1) ? missingSteps(guide, s).length : 0;
  return (
    <section aria-labelledby="guide-h">
      <h2 id="guide-h">{guide ? localize(guide.title, loc) : v.guideId}</h2>
      <p class="muted">{tr('guide.case', { n: v.caseNumber })}</p>
      <label for="progress">{tr('guide.progress', { done, total })}</label>
      <progress id="progress" max={total} value={done} />
      <div class="current" aria-live="polite">
        <h3>{localize(v.step.title, loc)}</h3>
        <p>{localize(s.stepStatus === 'fallback' || !s.onStepPage ? v.step.instructions : v.step.tip, loc)}</p>
        <p class="status" data-testid="locator-status" data-strategy={s.strategy ?? ''} data-step-status={s.stepStatus}>
          {status}
        </p>
        {missing > 0 ? (
          <p class="status" data-testid="missing-steps">
            {tr('guide.missing', { count: missing })}
          </p>
        ) : null}
      </div>
      <div class="buttons">
        <button type="button" onClick={() => attempt(command({ type: 'back' }), 'command')} disabled={s.step === 0}>
          {tr('guide.back')}
        </button>
        <button
          type="button"
          class="primary"
          onClick={() => attempt(command({ type: 'manual' }), 'command')}
          disabled={s.status === 'completed'}
        >
          {tr('guide.manual')}
        </button>
        <button
          type="button"
          onClick={() => attempt(command({ type: 'next' }), 'command')}
          disabled={s.status === 'completed' || s.step >= v.stepCount - 1}
        >
          {tr('guide.next')}
        </button>
        <button
          type="button"
          onClick={() => attempt(command({ type: 'pause' }), 'command')}
          disabled={s.status === 'completed'}
        >
          {tr('guide.pause')}
        </button>
      </div>
      <p class="muted">{tr('guide.shortcut')}</p>
      <h3>{tr('guide.steps')}</h3>
      <ol class="steps">
        {guide?.steps.map((st, i) => {
          const current = i === s.step && s.status === 'running';
          const d = s.done[i];
          return (
            <li
              key={st.id}
              aria-current={current ? 'step' : undefined}
              class={current ? 'is-current' : d ? 'is-done' : ''}
            >
              <button type="button" class="link" onClick={() => attempt(command({ type: 'goto', step: i }), 'command')}>
                {localize(st.title, loc)}
              </button>
              {current ? <span class="badge">{tr('guide.current')}</span> : null}
              {d ? (
                <span class="muted">
                  {' '}
                  ✓ {tr(d === 'auto' ? 'guide.doneAuto' : d === 'before' ? 'guide.doneBefore' : 'guide.doneManual')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Cases() {
  const loc = L();
  return (
    <section aria-labelledby="cases-h">
      <h2 id="cases-h">{tr('nav.cases')}</h2>
      <p class="muted">{tr('cases.privacy')}</p>
      {cases.value.length === 0 ? <p>{tr('cases.none')}</p> : null}
      <ul class="list">
        {cases.value.map((c) => {
          const p = procedureById(c.procedure);
          // An imported guide removed in the Authors section: its cases stay, and go on once it is imported again.
          const gone = c.status !== 'completed' && !anyGuideById(c.guideId);
          return (
            <li key={c.id} class="case">
              <strong>{tr('guide.case', { n: c.number })}</strong> — {p ? localize(p.name, loc) : c.procedure}
              <br />
              <span class="muted">
                {tr(`cases.status.${c.status}`)} · {tr('cases.step', { n: c.step + 1, total: c.done.length })} ·{' '}
                {tr('cases.started', { time: formatDateTime(Date.parse(c.startedAt), loc) })}
              </span>
              {gone ? <p class="muted">{tr('cases.guideGone', { id: c.guideId })}</p> : null}
              <div class="buttons">
                {c.status === 'paused' && !gone ? (
                  <button
                    type="button"
                    onClick={() =>
                      attempt(
                        command({ type: 'resume', caseId: c.id }).then(() => (tab.value = 'guide')),
                        'command',
                      )
                    }
                  >
                    {tr('cases.resume')} #{c.number}
                  </button>
                ) : null}
                {c.status === 'active' ? (
                  <button type="button" onClick={() => attempt(command({ type: 'pause' }), 'command')}>
                    {tr('guide.pause')} #{c.number}
                  </button>
                ) : null}
                {c.status !== 'completed' ? (
                  <button type="button" onClick={() => attempt(command({ type: 'discard', caseId: c.id }), 'command')}>
                    {tr('cases.discard')} #{c.number}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Reports() {
  const loc = L();
  const rows = tallies(cases.value);
  return (
    <section aria-labelledby="rep-h">
      <h2 id="rep-h">{tr('reports.tallies')}</h2>
      {rows.length === 0 ? (
        <p>{tr('reports.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{tr('reports.month')}</th>
              <th scope="col">{tr('reports.procedure')}</th>
              <th scope="col">{tr('reports.level')}</th>
              <th scope="col">{tr('reports.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.month}-${r.procedure}`}>
                <td>{r.month}</td>
                <td>{localize(procedureById(r.procedure)?.name, loc) || r.procedure}</td>
                <td>{r.level === 'unknown' ? tr('card.unknown') : tr(`level.${r.level}`)}</td>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => api.download('papi-ho-so-truc-tuyen.csv', talliesCsv(rows, loc))}>
        {tr('reports.export')}
      </button>
      <h2>{tr('reports.failures')}</h2>
      {failures.value.length === 0 ? (
        <p>{tr('reports.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{tr('reports.guide')}</th>
              <th scope="col">{tr('reports.step')}</th>
              <th scope="col">{tr('reports.strategy')}</th>
              <th scope="col">{tr('reports.page')}</th>
              <th scope="col">{tr('reports.times')}</th>
              {settings.value.authors ? <th scope="col">{tr('nav.authors')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {failures.value.map((f) => (
              <tr key={f.key}>
                <td>{f.guideId}</td>
                <td>{f.stepId}</td>
                <td>{f.strategy}</td>
                <td>{f.page}</td>
                <td>{f.count}</td>
                {settings.value.authors ? (
                  <td>
                    <button type="button" class="link" onClick={() => checkFromReport(f.guideId, f.stepId)}>
                      {tr('reports.check', { guide: f.guideId, step: f.stepId })}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Options() {
  const s = settings.value;
  const update = (next: Settings): void => {
    settings.value = next;
    saved.value = false;
    attempt(
      api.saveSettings(next).then(() => {
        saved.value = true;
        return command({ type: 'settings-changed' });
      }),
      'save settings',
    );
  };
  return (
    <section aria-labelledby="opt-h">
      <h2 id="opt-h">{tr('nav.options')}</h2>
      <label for="opt-locale">{tr('options.language')}</label>
      <select
        id="opt-locale"
        value={s.locale}
        onChange={(e) => update({ ...s, locale: (e.target as HTMLSelectElement).value as Locale })}
      >
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
        <option value="km">ភាសាខ្មែរ (Khmer)</option>
      </select>
      <label for="opt-unit">{tr('options.unit')}</label>
      <select
        id="opt-unit"
        value={s.unitId ?? ''}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          const { unitId: _unit, ...rest } = s;
          update(v ? { ...rest, unitId: v } : rest);
        }}
      >
        <option value="">{tr('options.unitNone')}</option>
        {CLERK_UNITS.map((u) => (
          <option key={u.id} value={u.id}>
            {localize(u.name, s.locale)}
          </option>
        ))}
      </select>
      <p class="check">
        <input
          id="opt-authors"
          type="checkbox"
          checked={s.authors === true}
          onChange={(e) => {
            const { authors: _authors, ...rest } = s;
            update((e.target as HTMLInputElement).checked ? { ...rest, authors: true } : rest);
          }}
        />
        <label for="opt-authors">{tr('options.authors')}</label>
      </p>
      <p role="status">{saved.value ? tr('options.saved') : ''}</p>
    </section>
  );
}

const TABS: readonly Tab[] = ['procedures', 'guide', 'cases', 'reports', 'authors', 'options'];

export function App({ panelApi }: { panelApi: PanelApi }) {
  if (api !== panelApi) initAuthors(panelApi);
  api = panelApi;
  const loc = L();
  // The Authors section shows only when turned on in the options.
  const authors = settings.value.authors === true;
  const tabs = TABS.filter((k) => k !== 'authors' || authors);
  return (
    <div lang={loc === 'km' ? 'km' : loc}>
      <header>
        <h1>{tr('app.title')}</h1>
        {loc === 'km' ? <p class="review">{tr('km.review')}</p> : null}
        <nav aria-label={tr('nav.label')}>
          {tabs.map((k) => (
            <button type="button" key={k} aria-pressed={tab.value === k} onClick={() => (tab.value = k)}>
              {tr(`nav.${k}`)}
            </button>
          ))}
        </nav>
        <p role="alert" class="problem">
          {failed.value ? tr('app.failed') : ''}
        </p>
      </header>
      <main>
        {tab.value === 'procedures' ? <Procedures /> : null}
        {tab.value === 'guide' ? <Guide /> : null}
        {tab.value === 'cases' ? <Cases /> : null}
        {tab.value === 'reports' ? <Reports /> : null}
        {tab.value === 'authors' && authors ? <Authors /> : null}
        {tab.value === 'options' ? <Options /> : null}
      </main>
    </div>
  );
}
