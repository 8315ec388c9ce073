import { Alert } from '@/components/ui/alert';
import { CsvImportForm, ImportErrors } from '@/components/ui/csv-import';
import { Dialog } from '@/components/ui/dialog';
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
  return (
    <CsvImportForm
      label="Import figures"
      lead="Upload a CSV file whose first line names its columns, for example:"
      header={HEADER}
      intro={
        <>
          Each row names its delivery by <code>deliveryId</code> or by the post’s <code>contentUrl</code>, then any of the figures as whole numbers. An empty
          cell leaves that figure as it is. Imported figures are labelled as imported, and each change is kept in the delivery’s history.
        </>
      }
      upload={useImportMetrics(campaignId)}
      failure={(error) => formLevelError(error, []) ?? errorMessage(error)}
      summary={(result) => <ImportSummary result={result} />}
      onDone={onDone}
    />
  );
}

function ImportSummary({ result: { updated, errors } }: { result: MetricsImportResult }) {
  return (
    <div className="stack">
      <Alert tone={errors.length ? 'info' : 'success'} title="Import finished">
        {formatInteger(updated)} {updated === 1 ? 'delivery' : 'deliveries'} updated
        {errors.length > 0 && `, ${formatInteger(errors.length)} ${errors.length === 1 ? 'problem' : 'problems'}`}.
      </Alert>
      {errors.length > 0 && <ImportErrors caption="Rows not imported (row = line in the file; the header is line 1)" errors={errors} withField />}
    </div>
  );
}
