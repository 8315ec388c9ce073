import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Field } from '@/components/ui/field';
import { LinkError } from '@/components/ui/link-error';
import { Skeleton } from '@/components/ui/skeleton';
import { Term } from '@/components/ui/term';
import { DeliveryStatusBadge } from '@/features/contracts/components/status-badge';
import { formatDate } from '@/lib/format';
import { focusFirstInvalid, formLevelError, serverFieldErrors } from '@/lib/forms';
import { usePublicDeliveries, usePublicMove, type PublicDeliveries, type PublicDeliveryItem } from '../../api/public-deliveries';
import { describeDelivery, problemCount, SEVERITY_LABELS, SEVERITY_TONES } from '../../labels';
import { PhraseList } from '../phrase-list';
import '../../deliveries.css';

/**
 * /deliver/:token, for the creator and outside the signed-in app: what the contract promises with
 * the due dates, the brief, and per item a form to submit the draft or post, or to mark an approved
 * item as published. The token in the link is the only access.
 */
export function CreatorDeliveriesPage({ token }: { token: string }) {
  const query = usePublicDeliveries(token);
  return (
    <main id="main" className="deliver-page">
      <div className="deliver-page__brand">
        <span className="logo" aria-hidden="true">
          P
        </span>
        <span>Parley</span>
        <span className="muted small">· Your deliveries</span>
      </div>
      {query.isPending ? (
        <div className="stack" role="status" aria-label="Loading your deliveries">
          <title>Deliveries · Parley</title>
          <Skeleton height="2rem" width="50%" />
          <Skeleton height="12rem" />
        </div>
      ) : query.isError ? (
        <LinkError error={query.error} onRetry={() => void query.refetch()} invalid="This delivery link is not valid" gone="This delivery link has expired or the contract was cancelled" failed="Could not load your deliveries" />
      ) : (
        <Deliveries token={token} data={query.data} />
      )}
    </main>
  );
}

function Deliveries({ token, data }: { token: string; data: PublicDeliveries }) {
  return (
    <div className="stack stack--lg">
      <header className="page-header">
        <title>{`Deliveries for ${data.brandName} · Parley`}</title>
        <div>
          <h1 className="page-header__title">Deliveries for {data.brandName}</h1>
          <p className="page-header__description">
            {data.campaignName} · for {data.influencerName}. Submit each piece for review here, then mark it published once it is live.
          </p>
        </div>
      </header>
      <section className="card stack" aria-labelledby="creator-brief-title">
        <h2 id="creator-brief-title" className="section-title">
          The brief
        </h2>
        <dl className="terms">
          <Term label="Guidelines">{data.contentGuidelines ? <span className="delivery-caption">{data.contentGuidelines}</span> : '—'}</Term>
          <Term label="Must include">{data.mustInclude.length ? <PhraseList items={data.mustInclude} label="Must include" /> : '—'}</Term>
          <Term label="Must avoid">{data.mustAvoid.length ? <PhraseList items={data.mustAvoid} label="Must avoid" /> : '—'}</Term>
        </dl>
        <p className="muted small">
          Captions are checked for an advertising disclosure (such as #ad) and the items above. The check is an aid, not legal advice.
        </p>
      </section>
      <section className="stack" aria-labelledby="creator-items-title">
        <h2 id="creator-items-title" className="section-title">
          What you promised
        </h2>
        {data.deliveries.length === 0 ? (
          <p className="muted">Nothing to deliver.</p>
        ) : (
          <ol className="creator-items">
            {data.deliveries.map((d, i) => (
              <li key={d.id}>
                <CreatorItem token={token} item={d} number={i + 1} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function CreatorItem({ token, item: d, number }: { token: string; item: PublicDeliveryItem; number: number }) {
  const title = `${number}. ${describeDelivery(d)}`;
  const titleId = `creator-item-${d.id}`;
  return (
    <article className="card stack creator-item" aria-labelledby={titleId}>
      <div className="section-header">
        <h3 id={titleId} className="section-subtitle">
          {title}
        </h3>
        <span className="row">
          <DeliveryStatusBadge status={d.status} />
          {d.overdue && <Badge tone="danger">Overdue</Badge>}
        </span>
      </div>
      <p className="small">{d.dueDate ? `Due ${formatDate(d.dueDate)}` : 'No due date'}</p>
      {d.status === 'rejected' && d.rejectionReason && (
        <Alert tone="info" title="Changes requested">
          {d.rejectionReason}
        </Alert>
      )}
      {(d.contentUrl || d.caption) && (
        <dl className="terms">
          {d.contentUrl && (
            <Term label="Link">
              <a href={d.contentUrl} target="_blank" rel="noreferrer noopener" className="delivery-link">
                {d.contentUrl}
              </a>
            </Term>
          )}
          {d.caption && (
            <Term label="Caption">
              <span className="delivery-caption">{d.caption}</span>
            </Term>
          )}
          {d.postDate && <Term label="Posted">{formatDate(d.postDate)}</Term>}
        </dl>
      )}
      {d.briefCheck && problemCount(d.briefCheck) > 0 && (
        <div className="stack stack--sm">
          <p className="small">The caption check found:</p>
          <ul className="findings" aria-label={`Caption check of item ${number}`}>
            {d.briefCheck.findings
              .filter((f) => f.severity !== 'ok')
              .map((f, i) => (
                <li key={`${f.kind}-${i}`} className="finding">
                  <Badge tone={SEVERITY_TONES[f.severity]}>{SEVERITY_LABELS[f.severity]}</Badge>
                  <span>
                    {f.item && <strong className="finding__item">{f.item}</strong>} {f.detail}
                  </span>
                </li>
              ))}
          </ul>
        </div>
      )}
      {(d.status === 'pending' || d.status === 'rejected') && <ItemForm token={token} item={d} move="submit" label={title} />}
      {d.status === 'approved' && <ItemForm token={token} item={d} move="publish" label={title} />}
      {d.status === 'submitted' && <p className="muted small">Waiting for the brand’s review.</p>}
      {d.status === 'published' && <p className="success-text small">Published. Thank you!</p>}
      {d.status === 'cancelled' && <p className="muted small">Cancelled: nothing more to do.</p>}
    </article>
  );
}

/** Submit (a link and/or caption) or mark as published (the post's link and date). */
function ItemForm({ token, item: d, move, label }: { token: string; item: PublicDeliveryItem; move: 'submit' | 'publish'; label: string }) {
  const mutation = usePublicMove(token);
  const [contentUrl, setContentUrl] = useState(move === 'publish' ? (d.contentUrl ?? '') : '');
  const [caption, setCaption] = useState(d.caption ?? '');
  const [postDate, setPostDate] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = serverFieldErrors(mutation.error);
  const formError = formLevelError(mutation.error, ['contentUrl', 'caption', 'postDate']);
  const name = move === 'submit' ? `Submit ${label}` : `Mark ${label} as published`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const problems: Record<string, string> = {};
    if (move === 'submit' && !contentUrl.trim() && !caption.trim()) problems.contentUrl = 'Enter the link to your draft or post, or its caption.';
    if (move === 'publish' && !contentUrl.trim()) problems.contentUrl = 'Enter the link to the live post.';
    setLocal(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    const body: { contentUrl?: string; caption?: string; postDate?: string } = {};
    if (contentUrl.trim()) body.contentUrl = contentUrl.trim();
    if (caption.trim()) body.caption = caption;
    if (move === 'publish' && postDate) body.postDate = `${postDate}T00:00:00.000Z`;
    mutation.mutate({ deliveryId: d.id, move, body }, { onError: () => focusFirstInvalid(form) });
  };

  return (
    <form className="stack creator-form" onSubmit={onSubmit} noValidate aria-label={name}>
      {formError && <Alert title={move === 'submit' ? 'Not submitted' : 'Not marked as published'}>{formError}</Alert>}
      <Field label={move === 'submit' ? 'Link to your draft or post' : 'Link to the live post'} error={local.contentUrl ?? server.contentUrl}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={contentUrl}
            onChange={(e) => setContentUrl(e.target.value)}
          />
        )}
      </Field>
      <Field label="Caption" error={server.caption}>
        {(control) => <textarea {...control} className="textarea" rows={3} value={caption} onChange={(e) => setCaption(e.target.value)} />}
      </Field>
      {move === 'publish' && (
        <Field label="Post date" hint="Leave empty for today." error={server.postDate}>
          {(control) => <input {...control} className="input" type="date" value={postDate} onChange={(e) => setPostDate(e.target.value)} />}
        </Field>
      )}
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Sending…' : move === 'submit' ? 'Submit for review' : 'Mark as published'}
        </button>
      </div>
    </form>
  );
}
