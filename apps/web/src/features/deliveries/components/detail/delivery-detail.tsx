import type { DeliveryDetailDto } from '@parley/shared-types';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { RecordLoadError } from '@/components/ui/states';
import { Term } from '@/components/ui/term';
import { DeliveryStatusBadge } from '@/features/contracts/components/status-badge';
import { formatDate } from '@/lib/format';
import { useDelivery } from '../../api/get-delivery';
import { describeDelivery, deliveryTitle, MOVES, movesFrom } from '../../labels';
import { BriefBadge } from '../brief-badge';
import { PhraseList } from '../phrase-list';
import { useDeliveryMoves } from '../use-delivery-moves';
import { BriefCheckPanel } from './brief-check-panel';
import { ContentForm } from './content-form';
import { MetricsForm, metricsSourceText } from './metrics-form';
import { MetricsHistory } from './metrics-history';
import { StatusTimeline } from './status-timeline';
import '../../deliveries.css';

/** /deliveries/:id: the content, where it stands, the brief and its check, the figures and their history. */
export function DeliveryDetail({ id }: { id: string }) {
  const delivery = useDelivery(id);
  if (delivery.isPending) return <DetailSkeleton />;
  if (delivery.isError) {
    return (
      <RecordLoadError
        resource="delivery"
        error={delivery.error}
        onRetry={() => void delivery.refetch()}
        back={{ to: '/campaigns', label: 'Back to campaigns' }}
      />
    );
  }
  return <Detail delivery={delivery.data} />;
}

function Detail({ delivery: d }: { delivery: DeliveryDetailDto }) {
  const moves = useDeliveryMoves();
  const [editing, setEditing] = useState(false);
  const [figuresSaved, setFiguresSaved] = useState(false);
  const title = `${describeDelivery(d)} by ${d.influencerName}`;
  // New figures from the API start the form again from them.
  const figuresKey = [d.views, d.likes, d.comments, d.shares, d.clicks, d.saves, d.reach].join('|');

  return (
    <div className="stack stack--lg">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/campaigns/${d.campaignId}/deliveries`}>Deliveries · {d.campaignName}</Link>
      </nav>
      <PageHeader
        title={title.charAt(0).toUpperCase() + title.slice(1)}
        description={
          <span className="row">
            <DeliveryStatusBadge status={d.status} />
            {d.overdue && <Badge tone="danger">Overdue</Badge>}
            <BriefBadge check={d.briefCheck} />
            <span className="muted">{d.dueDate ? `Due ${formatDate(d.dueDate)}` : 'No due date'}</span>
          </span>
        }
        actions={movesFrom(d.status).map((move) => (
          <button
            key={move}
            type="button"
            className={move === 'reject' ? 'btn btn--secondary btn--danger-text' : 'btn btn--primary'}
            aria-label={`${MOVES[move].label}: ${deliveryTitle(d)}`}
            disabled={moves.pendingId !== null}
            onClick={() => moves.start(move, d)}
          >
            {MOVES[move].label}
          </button>
        ))}
      />
      {moves.problem && <Alert title={moves.problem.title}>{moves.problem.message}</Alert>}
      <p className="visually-hidden" role="status">
        {moves.announcement}
      </p>
      <div className="delivery-layout">
        <div className="stack stack--lg">
          <section className="card stack" aria-labelledby="delivery-content-title">
            <div className="section-header">
              <h2 id="delivery-content-title" className="section-title">
                Content
              </h2>
              {!editing && d.status !== 'cancelled' && (
                <button type="button" className="btn btn--ghost btn--small" onClick={() => setEditing(true)} aria-label="Edit the link, caption or post date">
                  Edit
                </button>
              )}
            </div>
            {editing ? (
              <ContentForm delivery={d} onDone={() => setEditing(false)} />
            ) : (
              <dl className="terms">
                <Term label="Creator">
                  {d.influencerName} <span className="muted">@{d.influencerUsername}</span>
                </Term>
                <Term label="Link">
                  {d.contentUrl ? (
                    <a href={d.contentUrl} target="_blank" rel="noreferrer noopener" className="delivery-link">
                      {d.contentUrl}
                    </a>
                  ) : (
                    '—'
                  )}
                </Term>
                <Term label="Caption">{d.caption ? <span className="delivery-caption">{d.caption}</span> : '—'}</Term>
                <Term label="Post date">{formatDate(d.postDate)}</Term>
                <Term label="Contract">
                  <Link to={`/contracts/${d.contractId}`}>The contract with {d.influencerName}</Link>
                </Term>
              </dl>
            )}
          </section>
          <section className="card stack" aria-labelledby="delivery-status-title">
            <h2 id="delivery-status-title" className="section-title">
              Status
            </h2>
            <StatusTimeline delivery={d} />
          </section>
        </div>
        <div className="stack stack--lg">
          <BriefCheckPanel delivery={d} />
          <section className="card stack" aria-labelledby="delivery-brief-title">
            <h2 id="delivery-brief-title" className="section-title">
              Brief
            </h2>
            <dl className="terms terms--stacked">
              <Term label="Guidelines">{d.brief.contentGuidelines ? <span className="delivery-caption">{d.brief.contentGuidelines}</span> : '—'}</Term>
              <Term label="Must include">{d.brief.mustInclude.length ? <PhraseList items={d.brief.mustInclude} label="Must include" /> : '—'}</Term>
              <Term label="Must avoid">{d.brief.mustAvoid.length ? <PhraseList items={d.brief.mustAvoid} label="Must avoid" /> : '—'}</Term>
            </dl>
          </section>
        </div>
      </div>
      <section className="card stack" aria-labelledby="delivery-figures-title">
        <h2 id="delivery-figures-title" className="section-title">
          Figures
        </h2>
        <p className="small">
          <span className="muted">{metricsSourceText(d.metricsSource)}</span>
        </p>
        {figuresSaved && (
          <Alert tone="success" title="Figures saved">
            Each change is in the history below.
          </Alert>
        )}
        <MetricsForm key={figuresKey} delivery={d} onSaved={() => setFiguresSaved(true)} onEdit={() => setFiguresSaved(false)} />
        <h3 className="section-subtitle">History</h3>
        <MetricsHistory history={d.history} />
      </section>
      {moves.dialog}
    </div>
  );
}

function DetailSkeleton() {
  return (
    <div className="stack stack--lg" role="status" aria-label="Loading delivery">
      <Skeleton height="2rem" width="40%" />
      <Skeleton height="10rem" />
      <Skeleton height="16rem" />
    </div>
  );
}
