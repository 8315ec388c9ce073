import type { InfluencerDto } from '@parley/shared-types';
import { TierBadge } from '@/components/ui/badge';
import { formatCompact, formatInteger, formatMoney, formatPercent } from '@/lib/format';

interface Props {
  influencers: InfluencerDto[];
  onEdit: (influencer: InfluencerDto) => void;
  onDraft: (influencer: InfluencerDto) => void;
  onSend: (influencer: InfluencerDto) => void;
  onDelete: (influencer: InfluencerDto) => void;
}

export function InfluencersTable({ influencers, onEdit, onDraft, onSend, onDelete }: Props) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Influencers</caption>
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Display name</th>
            <th scope="col">Platform</th>
            <th scope="col">Tier</th>
            <th scope="col" className="num">
              Followers
            </th>
            <th scope="col" className="num">
              Engagement
            </th>
            <th scope="col" className="num">
              Typical rate
            </th>
            <th scope="col">Niches</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {influencers.map((influencer) => (
            <tr key={influencer.id}>
              <th scope="row">@{influencer.username}</th>
              <td>{influencer.displayName ?? '—'}</td>
              <td className="capitalize">{influencer.platform}</td>
              <td>
                <TierBadge tier={influencer.tier} />
              </td>
              <td className="num" title={formatInteger(influencer.followersCount)}>
                {formatCompact(influencer.followersCount)}
              </td>
              <td className="num">{formatPercent(influencer.engagementRate)}</td>
              <td className="num">{formatMoney(influencer.typicalRate)}</td>
              <td>
                <ul className="chips">
                  {influencer.niche.map((niche) => (
                    <li key={niche} className="chip">
                      {niche}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  onClick={() => onSend(influencer)}
                  aria-label={`Send a message to @${influencer.username} (${influencer.platform})`}
                >
                  Send
                </button>
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  onClick={() => onDraft(influencer)}
                  aria-label={`Draft message for @${influencer.username} (${influencer.platform})`}
                >
                  Draft message
                </button>
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  onClick={() => onEdit(influencer)}
                  aria-label={`Edit @${influencer.username} (${influencer.platform})`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="btn btn--ghost btn--small btn--danger-text"
                  onClick={() => onDelete(influencer)}
                  aria-label={`Delete @${influencer.username} (${influencer.platform})`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
