import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';

/** The upload mutation a CSV import form drives (a react-query mutation taking the file). */
export interface CsvUpload<T> {
  mutate: (file: File) => void;
  reset: () => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
}

/**
 * A CSV import: what the file should hold (`intro`, above the `header` line shown as code), the file
 * field, progress, the API's failure and, once uploaded, `summary` of the result; Cancel/Done calls `onDone`.
 */
export function CsvImportForm<T>({
  label,
  lead,
  header,
  intro,
  upload,
  summary,
  pendingNote,
  failure = errorMessage,
  onDone,
}: {
  /** The form's accessible name. */
  label: string;
  /** The sentence before the header line. */
  lead: ReactNode;
  header: string;
  /** What the columns mean, after the header line. */
  intro: ReactNode;
  upload: CsvUpload<T>;
  summary: (result: T) => ReactNode;
  /** Shown beside the progress bar while the chosen file uploads. */
  pendingNote?: (file: File | null) => ReactNode;
  /** The failure's message. */
  failure?: (error: unknown) => ReactNode;
  onDone: () => void;
}) {
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
        <p>{lead}</p>
        <pre className="code">
          <code>{header}</code>
        </pre>
        <p className="muted small">{intro}</p>
      </div>
      <form className="stack" onSubmit={onSubmit} noValidate aria-label={label}>
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
        {upload.isPending &&
          (pendingNote ? (
            <div className="stack stack--sm" role="status">
              <progress className="progress" aria-label="Uploading" />
              <p className="muted small">{pendingNote(file)}</p>
            </div>
          ) : (
            <div role="status">
              <progress className="progress" aria-label="Uploading" />
            </div>
          ))}
        {upload.isError && <Alert title="The import failed">{failure(upload.error)}</Alert>}
        {upload.data !== undefined && summary(upload.data)}
        <div className="dialog__actions">
          <button type="button" className="btn btn--secondary" onClick={onDone}>
            {upload.data !== undefined ? 'Done' : 'Cancel'}
          </button>
          <button type="submit" className="btn btn--primary" disabled={upload.isPending}>
            {upload.isPending ? 'Uploading…' : 'Upload'}
          </button>
        </div>
      </form>
    </div>
  );
}

/** The rows an import did not take, one per line of the file (with the field when the API names one). */
export function ImportErrors({
  caption,
  errors,
  withField = false,
}: {
  caption: string;
  errors: { row: number; field?: string; message: string }[];
  withField?: boolean;
}) {
  return (
    <div className="table-wrap table-wrap--scroll">
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            {withField && <th scope="col">Field</th>}
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, i) => (
            <tr key={`${error.row}-${error.field ?? ''}-${i}`}>
              <td className="num">{error.row}</td>
              {withField && <td>{error.field ?? '—'}</td>}
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
