import type { BulkSendResultDto, CampaignDto } from '@parley/shared-types';
import { useRef, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Field } from '@/components/ui/field';
import { useChannels } from '@/features/settings/api/get-channels';
import { formatInteger } from '@/lib/format';
import { focusFirstInvalid, hasErrors, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { MAX_BULK, useBulkSend, type BulkSendInput } from '../../api/bulk-send';
import { TemplateSelect, useChannelTemplates } from '../send/channel-templates';
import { ScheduleField, scheduleError, scheduleToIso } from '../send/schedule-field';
import { SendProblemAlert, sendProblem } from '../send/send-problem';

type BulkChannel = 'email' | 'auto';

const CHANNEL_CHOICES: { value: BulkChannel; label: string }[] = [
  { value: 'email', label: 'Email' },
  { value: 'auto', label: 'Automatic: email where there is an address, else a DM' },
];

interface Choice {
  channel: BulkChannel;
  /** Empty: the store's default first email. */
  templateId: string;
  scheduleFor: string;
}

const FIELDS: readonly string[] = ['channel', 'templateId', 'scheduleFor'];

interface Props {
  campaign: CampaignDto;
  influencerIds: string[];
  onSent: (result: BulkSendResultDto) => void;
  onCancel: () => void;
}

/** One template to many of a campaign's members; who cannot be reached is skipped and listed afterwards. */
export function BulkSendForm({ campaign, influencerIds, onSent, onCancel }: Props) {
  const bulk = useBulkSend();
  const channels = useChannels();
  const formRef = useRef<HTMLFormElement>(null);
  const { values: choice, edit, setErrors, errorFor } = useFormState<Choice>({ channel: 'email', templateId: '', scheduleFor: '' }, bulk);
  // Only email sends today: `auto` falls back to the default email template for creators with an address.
  const templates = useChannelTemplates('email');
  const templateId = choice.templateId || templates.defaultId;
  const count = influencerIds.length;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {
      templateId: templateId ? undefined : 'Choose a template.',
      scheduleFor: scheduleError(choice.scheduleFor),
    };
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    const scheduleFor = scheduleToIso(choice.scheduleFor);
    const input: BulkSendInput = { campaignId: campaign.id, influencerIds, templateId, channel: choice.channel, ...(scheduleFor && { scheduleFor }) };
    bulk.mutate(input, { onSuccess: onSent, onError: () => focusFirstInvalid(formRef.current) });
  };

  const emailStatus = channels.data?.channels.find((c) => c.channel === 'email');
  const tooMany = count > MAX_BULK;

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-label="Send to selected creators">
      <p>
        <strong>
          {formatInteger(count)} {count === 1 ? 'creator' : 'creators'}
        </strong>{' '}
        of {campaign.name}. Anyone on your do-not-contact list, without an email address or already contacted in this campaign is skipped and listed after
        sending.
      </p>
      <SendProblemAlert problem={sendProblem(bulk.error, choice.channel, FIELDS)} />
      {tooMany && <p className="notice small">A bulk send reaches at most {formatInteger(MAX_BULK)} creators: select fewer.</p>}
      {emailStatus && !emailStatus.connected && (
        <p className="notice small">
          Email is not connected yet, so sending would be refused. <Link to="/settings#channels">Set it up in Settings → Channels</Link>.
        </p>
      )}
      <div className="grid-2">
        <TemplateSelect channel="email" value={templateId} onChange={(id) => edit({ templateId: id })} options={templates} error={errorFor('templateId')} />
        <Field label="Channel" hint="Automatic reaches creators without an email address by Instagram or TikTok DM; a first DM waits in Assisted sends for you to send by hand." error={errorFor('channel')}>
          {(control) => (
            <select {...control} className="select" value={choice.channel} onChange={(e) => edit({ channel: e.target.value as BulkChannel })}>
              {CHANNEL_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ScheduleField value={choice.scheduleFor} onChange={(scheduleFor) => edit({ scheduleFor })} error={errorFor('scheduleFor')} />
      </div>
      <div className="dialog__actions">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" disabled={bulk.isPending || tooMany || count === 0}>
          {bulk.isPending ? 'Sending…' : `${choice.scheduleFor ? 'Schedule for' : 'Send to'} ${formatInteger(count)} ${count === 1 ? 'creator' : 'creators'}`}
        </button>
      </div>
    </form>
  );
}
