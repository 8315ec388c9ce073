import type { CampaignStats } from '@parley/shared-types';
import { formatMoney, moneyShare } from '@/lib/format';

type BudgetFigures = Pick<CampaignStats, 'budget' | 'budgetAllocated' | 'budgetRemaining'>;

/** Allocated against remaining budget, the figures as text and the bar as decoration. */
export function BudgetBar({ stats, showLegend = false }: { stats: BudgetFigures; showLegend?: boolean }) {
  const allocated = moneyShare(stats.budgetAllocated, stats.budget);
  return (
    <div className="budget-bar">
      <div
        className="budget-bar__track"
        role="meter"
        aria-label="Budget allocated"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={allocated}
        aria-valuetext={`${formatMoney(stats.budgetAllocated)} of ${formatMoney(stats.budget)} allocated`}
      >
        <span className="budget-bar__fill" style={{ width: `${allocated}%` }} />
      </div>
      {showLegend && (
        <ul className="legend">
          <li>
            <span className="legend__swatch legend__swatch--allocated" aria-hidden="true" />
            Allocated {formatMoney(stats.budgetAllocated)}
          </li>
          <li>
            <span className="legend__swatch legend__swatch--remaining" aria-hidden="true" />
            Remaining {formatMoney(stats.budgetRemaining)}
          </li>
        </ul>
      )}
    </div>
  );
}
