import type { ContractClauseDto, ContractDto } from '@parley/shared-types';
import { useId, type ReactNode } from 'react';
import { Term } from '@/components/ui/term';
import { COMPENSATION_TYPE_LABELS } from '@/features/outreach/components/labels';
import { describeContractDeliverable, formatCompensation, formatPeriod, USAGE_RIGHTS_LABELS } from '../labels';
import '../../contracts.css';

/** The terms both the brand's page and the signer's page show. */
type ContractTermsOf = Pick<
  ContractDto,
  | 'deliverables'
  | 'compensation'
  | 'currency'
  | 'compensationType'
  | 'startDate'
  | 'endDate'
  | 'contentGuidelines'
  | 'mustInclude'
  | 'mustAvoid'
  | 'exclusivity'
  | 'usageRights'
>;

const listOr = (items: string[], none: string): ReactNode => (items.length ? items.join(' · ') : <span className="muted">{none}</span>);

/**
 * The agreement as both the brand's page and the signer's page show it: a Terms card (every agreed
 * term; `before` adds terms at the top, e.g. the campaign and the creator) and a Clauses card.
 */
export function ContractTermsAndClauses({ contract, before }: { contract: ContractTermsOf & Pick<ContractDto, 'clauses'>; before: ReactNode }) {
  const termsTitleId = useId();
  const clausesTitleId = useId();
  return (
    <>
      <section className="card stack" aria-labelledby={termsTitleId}>
        <h2 id={termsTitleId} className="section-title">
          Terms
        </h2>
        <ContractTerms terms={contract} before={before} />
      </section>
      <section className="card stack" aria-labelledby={clausesTitleId}>
        <h2 id={clausesTitleId} className="section-title">
          Clauses
        </h2>
        <ContractClauses clauses={contract.clauses} />
      </section>
    </>
  );
}

/** Every agreed term as a definition list; `before` adds terms at the top. */
function ContractTerms({ terms: t, before }: { terms: ContractTermsOf; before?: ReactNode }) {
  return (
    <dl className="terms">
      {before}
      <Term label="Deliverables">
        {t.deliverables.length ? (
          <ul className="preview__list">
            {t.deliverables.map((d, i) => (
              <li key={i}>{describeContractDeliverable(d)}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">None</span>
        )}
      </Term>
      <Term label="Compensation">
        {formatCompensation(t.compensation, t.currency)} <span className="muted">({COMPENSATION_TYPE_LABELS[t.compensationType]})</span>
      </Term>
      <Term label="Period">{formatPeriod(t.startDate, t.endDate)}</Term>
      <Term label="Content guidelines">
        {t.contentGuidelines ? <span className="clauses__body">{t.contentGuidelines}</span> : <span className="muted">None</span>}
      </Term>
      <Term label="Must include">{listOr(t.mustInclude, 'Nothing in particular')}</Term>
      <Term label="Must avoid">{listOr(t.mustAvoid, 'Nothing in particular')}</Term>
      <Term label="Exclusivity">{t.exclusivity ? 'Exclusive: no competing brand during the contract' : 'Not exclusive'}</Term>
      <Term label="Usage rights">
        {t.usageRights ? (
          <>
            {USAGE_RIGHTS_LABELS[t.usageRights].label} <span className="muted">· {USAGE_RIGHTS_LABELS[t.usageRights].description}</span>
          </>
        ) : (
          <span className="muted">Not stated</span>
        )}
      </Term>
    </dl>
  );
}

/** The agreement's clauses in order, placeholders already filled; `level` is each clause heading's. */
export function ContractClauses({ clauses, level = 3 }: { clauses: ContractClauseDto[]; level?: 3 | 4 }) {
  const Heading = `h${level}` as const;
  if (!clauses.length) return <p className="muted small">No clauses.</p>;
  return (
    <ol className="clauses">
      {clauses.map((clause, i) => (
        <li key={i} className="stack stack--sm">
          <Heading className="clauses__heading">
            {/* Numbered like the PDF's sections; the list already tells assistive tech each one's place. */}
            <span aria-hidden="true">{i + 1}. </span>
            {clause.heading}
          </Heading>
          <p className="clauses__body">{clause.body}</p>
        </li>
      ))}
    </ol>
  );
}
