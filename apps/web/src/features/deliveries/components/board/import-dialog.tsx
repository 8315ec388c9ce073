import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { formLevelError } from '@/lib/forms';
import { formatInteger } from '@/lib/format';
import { useImportMetrics, type MetricsImportResult } from '../../api/import-metrics';

const HEADER = 'deliveryId,contentUrl,views,likes,comments,shares,clicks,saves,reach';

/** "Import figures": a CSV of figures per delivery (by id or post link), with the rows that were not taken listed. */
export function ImportMetricsDialog({ campaignId, open, onClose }: { campaignId: string; open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Import figures" wide>
      <ImportForm campaignId={campaignId} onDone={onClose} />
    </Dialog>
  );
}

function ImportForm({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const upload = useImportMetrics(campaignId);
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
        <p>Upload a CSV file whose first line names its columns, for example:</p>
        <pre className="code">
          <code>{HEADER}</code>
        </pre>
        <p className="muted small">
          Each row names its delivery by <code>deliveryId</code> or by the post’s <code>contentUrl</code>, then any of the figures as whole numbers. An empty
          cell leaves that figure as it is. Imported figures are labelled as imported, and each change is kept in the delivery’s history.
        </p>
      </div>
      <form className="stack" onSubmit={onSubmit} noValidate aria-label="Import figures">
        <Field label="CSV file" error={missingFile ? 'Choose a CSV file to upload.' : undefined}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setMissingFile(false);
                upload.reset();
              }}
            />
          )}
        </Field>
        {upload.isPending && (
          <div role="status">
            <progress className="progress" aria-label="Uploading" />
          </div>
        )}
        {upload.isError && <Alert title="The import failed">{formLevelError(upload.error, []) ?? errorMessage(upload.error)}</Alert>}
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

function ImportSummary({ result: { updated, errors } }: { result: MetricsImportResult }) {
  return (
    <div className="stack">
      <Alert tone={errors.length ? 'info' : 'success'} title="Import finished">
        {formatInteger(updated)} {updated === 1 ? 'delivery' : 'deliveries'} updated
        {errors.length > 0 && `, ${formatInteger(errors.length)} ${errors.length === 1 ? 'problem' : 'problems'}`}.
      </Alert>
      {errors.length > 0 && (
        <div className="table-wrap table-wrap--scroll">
          <table className="table table--compact">
            <caption>Rows not imported (row = line in the file; the header is line 1)</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Row
                </th>
                <th scope="col">Field</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error, i) => (
                <tr key={`${error.row}-${error.field ?? ''}-${i}`}>
                  <td className="num">{error.row}</td>
                  <td>{error.field ?? '—'}</td>
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
