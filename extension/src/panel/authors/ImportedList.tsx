/** The imported guides: each with where it came from, the link that opens it, and "remove". */
import { formatDateTime, localize } from '@papi/core';
import { imported } from '../guides.js';
import { attempt, L, tr } from '../state.js';
import { removeGuide, type ImportApi } from './import-flow.js';

export function ImportedList({ api }: { api: ImportApi }) {
  const loc = L();
  const list = imported.value;
  return (
    <div class="block">
      <h3 id="imported-h">{tr('authors.list')}</h3>
      {list.length === 0 ? (
        <p>{tr('authors.listNone')}</p>
      ) : (
        <table aria-labelledby="imported-h" data-testid="imported-guides">
          <thead>
            <tr>
              <th scope="col">{tr('authors.col.guide')}</th>
              <th scope="col">{tr('authors.col.source')}</th>
              <th scope="col">{tr('authors.col.link')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {list.map((g) => (
              <tr key={g.guide.id}>
                <td>
                  {localize(g.guide.title, loc)}
                  <br />
                  <span class="muted">{g.guide.id}</span>
                </td>
                <td>{tr('authors.source', { file: g.file, date: formatDateTime(Date.parse(g.importedAt), loc) })}</td>
                <td>
                  <code>#papi-guide={g.guide.id}</code>
                </td>
                <td>
                  <button type="button" onClick={() => attempt(removeGuide(api, g.guide.id), 'remove guide')}>
                    {tr('authors.remove', { id: g.guide.id })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
