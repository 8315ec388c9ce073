import type { Channel, ThreadMessageDto } from '@parley/shared-types';
import { Alert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/api-client';
import { useClipboard } from '@/lib/use-clipboard';
import { useMarkSent } from '../../api/mark-sent';
import { assistReasonText } from '../labels';
import { TaskActions } from './task-actions';

interface Props {
  outreachId: string;
  message: ThreadMessageDto;
  /** The outreach's conversation link; without one (an API from before DMs) only the text can be copied. */
  deepLink: string | null;
  channel: Channel;
}

/** A ready_to_send message in a thread: why a person has to send it, and Copy / Open / Mark as sent right there. */
export function AssistedMessage({ outreachId, message, deepLink, channel }: Props) {
  const { copy, resultFor } = useClipboard();
  const mark = useMarkSent();
  return (
    <div className="assisted stack stack--sm">
      <p className="small">
        <strong>Send this one yourself.</strong> {message.assistReason ? assistReasonText(message.assistReason, channel) : ''}
      </p>
      {mark.isError && <Alert>{errorMessage(mark.error)}</Alert>}
      {deepLink ? (
        <TaskActions
          deepLink={deepLink}
          copyResult={resultFor()}
          onCopy={() => void copy(message.text)}
          onMarkSent={() => mark.mutate({ outreachId, messageId: message.id })}
          marking={mark.isPending}
        />
      ) : (
        <p className="muted small">Copy the text above and send it from the app, then mark it as sent on the Assisted sends page.</p>
      )}
    </div>
  );
}
