import type { CampaignStats } from '@parley/shared-types';
import { formatMoney } from '@/lib/format';
import { BudgetBar } from '../budget-bar';

export function BudgetCard({ stats }: { stats: CampaignStats }) {
  return (
    <section className="card stack stack--sm" aria-labelledby="budget-title">
      <h2 id="budget-title" className="section-title">
        Budget
      </h2>
      <p className="budget-card__total">{formatMoney(stats.budget)}</p>
      <BudgetBar stats={stats} showLegend />
    </section>
  );
}
