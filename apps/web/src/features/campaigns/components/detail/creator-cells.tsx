import type { InfluencerDto } from '@parley/shared-types';
import { TierBadge } from '@/components/ui/badge';
import { formatCompact, formatInteger, formatMoney, formatPercent } from '@/lib/format';

/** The header cells matching <CreatorCells>, shared by the members and suggestions tables. */
export function CreatorHeaderCells() {
  return (
    <>
      <th scope="col">Creator</th>
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
    </>
  );
}

export function CreatorCells({ creator }: { creator: InfluencerDto }) {
  return (
    <>
      <th scope="row">
        <span className="cell-title">@{creator.username}</span>
        {creator.displayName && <span className="cell-sub">{creator.displayName}</span>}
      </th>
      <td className="capitalize">{creator.platform}</td>
      <td>
        <TierBadge tier={creator.tier} />
      </td>
      <td className="num" title={formatInteger(creator.followersCount)}>
        {formatCompact(creator.followersCount)}
      </td>
      <td className="num">{formatPercent(creator.engagementRate)}</td>
      <td className="num">{formatMoney(creator.typicalRate)}</td>
    </>
  );
}
