import type { ImportResult } from '@parley/shared-types';
import { Alert } from '@/components/ui/alert';
import { CsvImportForm, ImportErrors } from '@/components/ui/csv-import';
import { formatInteger } from '@/lib/format';
import { useImportInfluencers } from '../api/import-influencers';

const HEADER = 'username,platform,displayName,email,platformUserId,followersCount,engagementRate,niche,bio,typicalRate,country,language,timezone';

export function ImportForm({ onDone }: { onDone: () => void }) {
  return (
    <CsvImportForm
      label="Import influencers"
      lead="Upload a CSV file whose first line is this header:"
      header={HEADER}
      intro={
        <>
          Separate several niches with <code>;</code> (e.g. <code>fitness;food</code>). An empty cell leaves that field out. A creator already in your list with
          the same platform and username is updated rather than added twice.
        </>
      }
      upload={useImportInfluencers()}
      pendingNote={(file) => <>Importing {file?.name}… Large files can take a minute.</>}
      summary={(result) => <ImportSummary result={result} />}
      onDone={onDone}
    />
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
      {errors.length > 0 && <ImportErrors caption="Rows that were not imported (row = line in the file; the header is line 1)" errors={errors} />}
    </div>
  );
}
