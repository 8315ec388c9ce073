import { Link } from 'react-router-dom';

/** Replies (the conversations) or unmatched mail; links, so each view has its own address. */
export function InboxTabs({ current }: { current: 'replies' | 'unmatched' }) {
  return (
    <nav aria-label="Inbox views" className="segmented inbox-tabs">
      <Link className="segmented__button" to="/inbox" aria-current={current === 'replies' ? 'page' : undefined}>
        Replies
      </Link>
      <Link className="segmented__button" to="/inbox/unmatched" aria-current={current === 'unmatched' ? 'page' : undefined}>
        Unmatched
      </Link>
    </nav>
  );
}
