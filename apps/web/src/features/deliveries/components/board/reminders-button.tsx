import { errorMessage } from '@/lib/api-client';
import { formatInteger } from '@/lib/format';
import { useSendReminders } from '../../api/send-reminders';

const count = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

/** "Remind now": what the daily job does (email creators about content due within 3 days, once each; flag the newly overdue), at once. */
export function RemindersButton({ campaignId }: { campaignId: string }) {
  const remind = useSendReminders(campaignId);
  return (
    <div className="row">
      <button type="button" className="btn btn--secondary btn--small" disabled={remind.isPending} onClick={() => remind.mutate()}>
        {remind.isPending ? 'Reminding…' : 'Remind creators now'}
      </button>
      <span role="status" className="small">
        {remind.data
          ? `${count(remind.data.reminded, 'creator reminded', 'creators reminded')} of content due within 3 days; ${count(remind.data.overdue, 'delivery', 'deliveries')} newly overdue.`
          : remind.isError
            ? `Reminders not sent: ${errorMessage(remind.error)}`
            : ''}
      </span>
    </div>
  );
}
