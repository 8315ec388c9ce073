import type { CopyResult } from '@/lib/use-clipboard';

interface Props {
  deepLink: string;
  /** Whether the last copy of this text worked, for a moment after it; null otherwise. */
  copyResult: CopyResult | null;
  onCopy: () => void;
  onMarkSent: () => void;
  marking: boolean;
  /** On the task list, where j/k, c, o and m work: each button says its key to assistive tech. */
  shortcuts?: boolean;
}

/**
 * The three steps of an assisted send: copy the text, open the conversation in the platform (a new
 * tab), and once it is sent by hand, mark it as sent. Controlled, so the task list's keys and the
 * buttons do the same thing.
 */
export function TaskActions({ deepLink, copyResult, onCopy, onMarkSent, marking, shortcuts }: Props) {
  return (
    <div className="row task-actions">
      <button type="button" className="btn btn--secondary btn--small" onClick={onCopy} aria-keyshortcuts={shortcuts ? 'c' : undefined}>
        Copy text
      </button>
      <a className="btn btn--secondary btn--small" href={deepLink} target="_blank" rel="noopener noreferrer" aria-keyshortcuts={shortcuts ? 'o' : undefined}>
        Open conversation<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      <button type="button" className="btn btn--primary btn--small" onClick={onMarkSent} disabled={marking} aria-keyshortcuts={shortcuts ? 'm' : undefined}>
        {marking ? 'Marking…' : 'Mark as sent'}
      </button>
      <span role="status" className="small">
        {copyResult === 'copied' ? 'Copied' : copyResult === 'failed' ? 'Copy failed: select the text and copy it by hand' : ''}
      </span>
    </div>
  );
}
