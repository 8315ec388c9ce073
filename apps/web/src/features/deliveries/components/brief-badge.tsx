import type { BriefCheckDto } from '@parley/shared-types';
import { problemCount } from '../labels';

/** The last brief check at a glance: "Brief OK", or how many findings need a look; nothing before the first check. */
export function BriefBadge({ check }: { check: BriefCheckDto | null }) {
  if (!check) return null;
  const problems = problemCount(check);
  if (check.ok && problems === 0) return <span className="badge badge--success badge--text">Brief OK</span>;
  const count = Math.max(problems, 1);
  const tone = check.findings.some((f) => f.severity === 'problem') ? 'danger' : 'warning';
  return <span className={`badge badge--${tone} badge--text`}>{`Brief: ${count} ${count === 1 ? 'problem' : 'problems'}`}</span>;
}
