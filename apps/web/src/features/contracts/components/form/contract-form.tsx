import { USAGE_RIGHTS, type ContractDto, type UsageRights } from '@parley/shared-types';
import { useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Field, Fieldset } from '@/components/ui/field';
import { FormSection } from '@/components/ui/form-section';
import { TagInput } from '@/components/ui/tag-input';
import { useToast } from '@/components/ui/toast';
import { useCampaigns } from '@/features/campaigns/api/get-campaigns';
import { CompensationFields } from '@/features/campaigns/components/compensation-fields';
import { ApiError } from '@/lib/api-client';
import { formatMoney } from '@/lib/format';
import { focusFirstInvalid, formLevelError, hasErrors, serverFieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useCreateContract } from '../../api/create-contract';
import { useContractTemplates } from '../../api/get-contract-templates';
import { useUpdateContract } from '../../api/update-contract';
import { formatCompensation, influencerLabel, USAGE_RIGHTS_LABELS } from '../labels';
import { ContractDeliverables } from './contract-deliverables';
import { draftFromContract, FIELDS, ROW_FIELDS, toCreateInput, toPatch, validate, type ContractDraft } from './contract-draft';
import { InfluencerPicker } from './influencer-picker';
import '../../contracts.css';

/** Where a contract written from an accepted offer comes from: its campaign and creator are the offer's. */
export interface OfferSource {
  id: string;
  campaignName: string;
  influencerName: string;
  /** The thread the offer was made in, to go back to. */
  outreachId: string;
}

/** A new contract: from scratch, or from an accepted offer (`offer`), whose terms `initial` already holds. */
export function CreateContractForm({ initial, offer }: { initial: ContractDraft; offer?: OfferSource }) {
  const create = useCreateContract();
  const navigate = useNavigate();
  const showToast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const state = useFormState<ContractDraft>(initial, create);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(state.values);
    state.setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    create.mutate(toCreateInput(state.values, offer?.id), {
      onSuccess: (contract) => {
        showToast({
          id: `contract-${contract.id}-created`,
          title: 'Contract created',
          body: `A draft with ${influencerLabel(contract)} for ${formatCompensation(contract.compensation, contract.currency)}. Check the PDF, then send it for signature.`,
        });
        void navigate(`/contracts/${contract.id}`);
      },
      onError: () => focusFirstInvalid(formRef.current),
    });
  };

  return (
    <ContractFormBody
      label="New contract"
      formRef={formRef}
      state={state}
      error={create.error}
      pending={create.isPending}
      submitLabel={create.isPending ? 'Creating…' : 'Create contract'}
      cancelTo={offer ? `/outreach/${offer.outreachId}` : '/contracts'}
      onSubmit={onSubmit}
      allowDefaultTemplate
      parties={
        offer ? (
          <LockedParties campaign={offer.campaignName} influencer={offer.influencerName}>
            From the accepted offer: its budget reservation becomes the contract’s, so nothing is reserved twice.
          </LockedParties>
        ) : null
      }
    />
  );
}

/** Changes a draft contract; only what changed is sent. */
export function EditContractForm({ contract }: { contract: ContractDto }) {
  const update = useUpdateContract(contract.id);
  const navigate = useNavigate();
  const showToast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [initial] = useState(() => draftFromContract(contract));
  const state = useFormState<ContractDraft>(initial, update);
  const detailPath = `/contracts/${contract.id}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(state.values);
    state.setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    const patch = toPatch(state.values, initial);
    if (!Object.keys(patch).length) {
      void navigate(detailPath);
      return;
    }
    update.mutate(patch, {
      onSuccess: () => {
        showToast({ id: `contract-${contract.id}-saved-${Date.now()}`, title: 'Contract saved', body: 'The PDF shows the new terms.' });
        void navigate(detailPath);
      },
      onError: () => focusFirstInvalid(formRef.current),
    });
  };

  return (
    <ContractFormBody
      label="Edit contract"
      formRef={formRef}
      state={state}
      error={update.error}
      pending={update.isPending}
      submitLabel={update.isPending ? 'Saving…' : 'Save changes'}
      cancelTo={detailPath}
      onSubmit={onSubmit}
      parties={<LockedParties campaign={contract.campaignName} influencer={influencerLabel(contract)} />}
      allowDefaultTemplate={contract.templateId === null}
    />
  );
}

function LockedParties({ campaign, influencer, children }: { campaign: string; influencer: string; children?: ReactNode }) {
  return (
    <div className="stack stack--sm">
      <dl className="terms">
        <div className="term">
          <dt>Campaign</dt>
          <dd>{campaign}</dd>
        </div>
        <div className="term">
          <dt>Influencer</dt>
          <dd>{influencer}</dd>
        </div>
      </dl>
      {children && <p className="muted small">{children}</p>}
    </div>
  );
}

interface BodyProps {
  label: string;
  formRef: RefObject<HTMLFormElement | null>;
  state: ReturnType<typeof useFormState<ContractDraft>>;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (event: FormEvent) => void;
  /** The campaign and creator when they cannot change (editing, or from an offer); null shows the pickers. */
  parties: ReactNode | null;
  /** Whether "the default" can be chosen: not once a contract names a template (the API keeps its clauses then). */
  allowDefaultTemplate: boolean;
}

/** The fields of a contract, in sections, with the API's refusals beside the fields they name. */
function ContractFormBody({ label, formRef, state, error, pending, submitLabel, cancelTo, onSubmit, parties, allowDefaultTemplate }: BodyProps) {
  const { values: draft, edit, errors, errorFor } = state;
  const server = serverFieldErrors(error);
  /** A list field's message, or the first of its items' (`mustInclude.2`). */
  const listError = (field: 'mustInclude' | 'mustAvoid') => errorFor(field) ?? Object.entries(server).find(([key]) => key.startsWith(`${field}.`))?.[1];
  const rowError = (i: number, field: (typeof ROW_FIELDS)[number]) =>
    errors[`deliverables.${i}.${field}`] ?? server[`deliverables.${i}.${field}`] ?? (field === 'type' ? server[`deliverables.${i}`] : undefined);
  const shown = [
    // Locked parties have no control to show their messages by: those go above the form.
    ...FIELDS.filter((field) => parties === null || (field !== 'campaignId' && field !== 'influencerId')),
    ...draft.deliverables.flatMap((_, i) => [`deliverables.${i}`, ...ROW_FIELDS.map((f) => `deliverables.${i}.${f}`)]),
    ...Object.keys(server).filter((key) => /^(mustInclude|mustAvoid)\.\d+$/.test(key)),
  ];

  return (
    <form ref={formRef} className="card wizard__panel" onSubmit={onSubmit} noValidate aria-label={label}>
      <SubmitError error={error} shown={shown} />
      <FormSection title="Parties">
        {parties ?? (
          <div className="grid-2">
            <CampaignPicker draft={draft} onChange={edit} error={errorFor('campaignId')} />
            <InfluencerPicker value={draft.influencerId} onChange={(influencerId) => edit({ influencerId })} error={errorFor('influencerId')} />
          </div>
        )}
      </FormSection>

      <FormSection title="Deliverables">
        {errorFor('deliverables') && (
          <p className="field__error" role="alert">
            {[errorFor('deliverables')].flat()[0]}
          </p>
        )}
        <ContractDeliverables
          rows={draft.deliverables}
          onChange={(deliverables) => edit({ deliverables })}
          errorFor={rowError}
          startDate={draft.startDate}
          endDate={draft.endDate}
        />
      </FormSection>

      <FormSection title="Compensation and period">
        <div className="contract-form__grid">
          <CompensationFields
            value={{ amount: draft.compensation, currency: draft.currency, compensationType: draft.compensationType }}
            onChange={({ amount, ...rest }) => edit(amount === undefined ? rest : { ...rest, compensation: amount })}
            errorFor={(field) => errorFor(field === 'amount' ? 'compensation' : field)}
            labels={{ amount: 'Compensation' }}
            amountHint="The amount paid, e.g. 750.00."
          />
        </div>
        <div className="grid-2">
          <Field label="Start date" error={errorFor('startDate')}>
            {(control) => <input {...control} className="input" type="date" value={draft.startDate} onChange={(e) => edit({ startDate: e.target.value })} />}
          </Field>
          <Field label="End date" error={errorFor('endDate')}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                min={draft.startDate || undefined}
                value={draft.endDate}
                onChange={(e) => edit({ endDate: e.target.value })}
              />
            )}
          </Field>
        </div>
      </FormSection>

      <FormSection title="Content">
        <Field label="Content guidelines" hint="Optional. Tone, talking points, what to show." error={errorFor('contentGuidelines')}>
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={4}
              maxLength={10_000}
              value={draft.contentGuidelines}
              onChange={(e) => edit({ contentGuidelines: e.target.value })}
            />
          )}
        </Field>
        <div className="grid-2">
          <Field label="Must include" hint="Press Enter after each, e.g. #ad or a discount code." error={listError('mustInclude')}>
            {(control) => (
              <TagInput
                {...control}
                phrases
                itemName="required item"
                placeholder="#ad"
                value={draft.mustInclude}
                onChange={(mustInclude) => edit({ mustInclude })}
              />
            )}
          </Field>
          <Field label="Must avoid" hint="Press Enter after each, e.g. a competitor’s name." error={listError('mustAvoid')}>
            {(control) => <TagInput {...control} phrases itemName="item to avoid" value={draft.mustAvoid} onChange={(mustAvoid) => edit({ mustAvoid })} />}
          </Field>
        </div>
      </FormSection>

      <FormSection title="Rights and agreement">
        <Fieldset legend="Exclusivity" error={errorFor('exclusivity')}>
          <label className="checkbox">
            <input type="checkbox" checked={draft.exclusivity} onChange={(e) => edit({ exclusivity: e.target.checked })} />
            Exclusive: the creator promotes no competing brand during the contract
          </label>
        </Fieldset>
        <div className="grid-2">
          <Field label="Usage rights" hint={USAGE_RIGHTS_LABELS[draft.usageRights].description} error={errorFor('usageRights')}>
            {(control) => (
              <select {...control} className="select" value={draft.usageRights} onChange={(e) => edit({ usageRights: e.target.value as UsageRights })}>
                {USAGE_RIGHTS.map((rights) => (
                  <option key={rights} value={rights}>
                    {USAGE_RIGHTS_LABELS[rights].label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TemplateSelect
            value={draft.templateId}
            onChange={(templateId) => edit({ templateId })}
            error={errorFor('templateId')}
            allowDefault={allowDefaultTemplate}
          />
        </div>
      </FormSection>

      <div className="wizard__actions">
        <Link to={cancelTo} className="btn btn--ghost">
          Cancel
        </Link>
        <span className="spacer" />
        <button type="submit" className="btn btn--primary" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** Above the form: the budget refusal in full, else whatever no field shows, else a pointer to the fields. */
function SubmitError({ error, shown }: { error: unknown; shown: readonly string[] }) {
  if (!error) return null;
  if (error instanceof ApiError && error.code === 'BUDGET_EXCEEDED') {
    return (
      <Alert title="Over the campaign budget">
        <p>{error.message}</p>
        <p>Lower the compensation, raise the campaign’s budget, or write the contract from the creator’s accepted offer, whose amount is already reserved.</p>
      </Alert>
    );
  }
  const message = formLevelError(error, shown);
  const existing = error instanceof ApiError && error.code === 'CONFLICT' ? (error.details as { contractId?: unknown } | undefined)?.contractId : undefined;
  return (
    <Alert title="The contract was not saved">
      <p>{message ?? 'Fix the highlighted fields.'}</p>
      {typeof existing === 'string' && (
        <p>
          <Link to={`/contracts/${existing}`}>Open the contract already written</Link>
        </p>
      )}
    </Alert>
  );
}

/** The store's campaigns; choosing one fills in its dates where the form has none yet. */
function CampaignPicker({
  draft,
  onChange,
  error,
}: {
  draft: ContractDraft;
  onChange: (patch: Partial<ContractDraft>) => void;
  error: string | string[] | undefined;
}) {
  const campaigns = useCampaigns({ perPage: 100 });
  const list = campaigns.data?.campaigns ?? [];
  const chosen = list.find((c) => c.id === draft.campaignId);

  const choose = (campaignId: string) => {
    const campaign = list.find((c) => c.id === campaignId);
    onChange({
      campaignId,
      ...(!draft.startDate && campaign?.startDate && { startDate: campaign.startDate.slice(0, 10) }),
      ...(!draft.endDate && campaign?.endDate && { endDate: campaign.endDate.slice(0, 10) }),
    });
  };

  return (
    <Field
      label="Campaign"
      hint={chosen ? `Budget left: ${formatMoney(chosen.stats.budgetRemaining)} of ${formatMoney(chosen.stats.budget)}.` : undefined}
      error={error ?? (campaigns.isError ? 'Could not load campaigns.' : undefined)}
    >
      {(control) => (
        <select {...control} className="select" value={draft.campaignId} onChange={(e) => choose(e.target.value)}>
          <option value="">{campaigns.isPending ? 'Loading campaigns…' : 'Choose a campaign'}</option>
          {list.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Which agreement the contract's clauses come from; '' is the store's default (else the built-in one). */
function TemplateSelect({
  value,
  onChange,
  error,
  allowDefault,
}: {
  value: string;
  onChange: (templateId: string) => void;
  error: string | string[] | undefined;
  allowDefault: boolean;
}) {
  const templates = useContractTemplates();
  const list = templates.data?.contractTemplates ?? [];
  const storeDefault = list.find((t) => t.isDefault);
  const fallback = storeDefault ? `Your default (${storeDefault.name})` : `Parley’s agreement${templates.data ? ` (${templates.data.builtIn.name})` : ''}`;
  return (
    <Field
      label="Contract template"
      hint={templates.isError ? 'Could not load your templates; the default applies.' : 'The clauses of the agreement, with the terms above filled in.'}
      error={error}
    >
      {(control) => (
        <select {...control} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          {(allowDefault || !value) && <option value="">{fallback}</option>}
          {list
            .filter((t) => t.id !== storeDefault?.id || value === t.id || !allowDefault)
            .map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
                {t.isDefault ? ' (your default)' : ''}
              </option>
            ))}
        </select>
      )}
    </Field>
  );
}
