import type { ImportResult } from '@parley/shared-types';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { formatInteger } from '@/lib/format';
import { useImportInfluencers } from '../api/import-influencers';

const HEADER = 'username,platform,displayName,email,platformUserId,followersCount,engagementRate,niche,bio,typicalRate,country,language,timezone';

export function ImportForm({ onDone }: { onDone: () => void }) {
  const upload = useImportInfluencers();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissingFile(!file);
    if (file) upload.mutate(file);
  };

  return (
    <div className="stack">
      <div className="stack stack--sm">
        <p>Upload a CSV file whose first line is this header:</p>
        <pre className="code">
          <code>{HEADER}</code>
        </pre>
        <p className="muted small">
          Separate several niches with <code>;</code> (e.g. <code>fitness;food</code>). An empty cell leaves that field out. A creator already in your list with
          the same platform and username is updated rather than added twice.
        </p>
      </div>

      <form className="stack" onSubmit={onSubmit} noValidate aria-label="Import influencers">
        <Field label="CSV file" error={missingFile ? 'Choose a CSV file to upload.' : undefined}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                upload.reset();
              }}
            />
          )}
        </Field>
        {upload.isPending && (
          <div className="stack stack--sm" role="status">
            <progress className="progress" aria-label="Uploading" />
            <p className="muted small">Importing {file?.name}… Large files can take a minute.</p>
          </div>
        )}
        {upload.isError && <Alert title="The import failed">{errorMessage(upload.error)}</Alert>}
        {upload.data && <ImportSummary result={upload.data} />}
        <div className="dialog__actions">
          <button type="button" className="btn btn--secondary" onClick={onDone}>
            {upload.data ? 'Done' : 'Cancel'}
          </button>
          <button type="submit" className="btn btn--primary" disabled={upload.isPending}>
            {upload.isPending ? 'Uploading…' : 'Upload'}
          </button>
        </div>
      </form>
    </div>
  );
}

function ImportSummary({ result }: { result: ImportResult }) {
  const { created, updated, errors } = result;
  return (
    <div className="stack">
      <Alert tone={errors.length ? 'info' : 'success'} title="Import finished">
        {formatInteger(created)} created, {formatInteger(updated)} updated
        {errors.length > 0 && `, ${formatInteger(errors.length)} ${errors.length === 1 ? 'row' : 'rows'} skipped`}.
      </Alert>
      {errors.length > 0 && (
        <div className="table-wrap table-wrap--scroll">
          <table className="table table--compact">
            <caption>Rows that were not imported (row = line in the file; the header is line 1)</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Row
                </th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error, i) => (
                <tr key={`${error.row}-${i}`}>
                  <td className="num">{error.row}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
