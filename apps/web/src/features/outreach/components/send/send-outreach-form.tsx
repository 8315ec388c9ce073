import { CHANNELS, type Channel, type InfluencerDto, type OutreachDetailDto } from '@parley/shared-types';
import { useRef, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { STATUS_LABELS } from '@/features/campaigns/components/labels';
import { useCampaigns } from '@/features/campaigns/api/get-campaigns';
import { useChannels } from '@/features/settings/api/get-channels';
import { CHANNEL_LABELS, SERVICE_NAMES } from '@/features/templates/components/labels';
import { formatDateTime } from '@/lib/format';
import { focusFirstInvalid, hasErrors, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useSendOutreach, type SendOutreachInput } from '../../api/send-outreach';
import { TemplateSelect, useChannelTemplates } from './channel-templates';
import { ScheduleField, scheduleError, scheduleToIso } from './schedule-field';
import { SendPreview } from './send-preview';
import { SendProblemAlert, sendProblem } from './send-problem';

interface Choice {
  channel: Channel;
  /** Empty: the channel's default template. */
  templateId: string;
  campaignId: string;
  scheduleFor: string;
}

const FIELDS: readonly string[] = ['channel', 'templateId', 'campaignId', 'scheduleFor'];

const creatorLabel = (i: InfluencerDto) => (i.displayName ? `${i.displayName} (@${i.username}, ${i.platform})` : `@${i.username} (${i.platform})`);

interface Props {
  influencer: InfluencerDto;
  /** Preselected when sending from a campaign's members. */
  campaignId?: string;
  onDone: () => void;
}

/** Sends one message to one creator now or later, with a preview of exactly what goes. */
export function SendOutreachForm({ influencer, campaignId = '', onDone }: Props) {
  const send = useSendOutreach();
  const campaigns = useCampaigns({ perPage: 100 });
  const channels = useChannels();
  const formRef = useRef<HTMLFormElement>(null);
  const { values: choice, edit, setErrors, errorFor } = useFormState<Choice>({ channel: 'email', templateId: '', campaignId, scheduleFor: '' }, send);
  const templates = useChannelTemplates(choice.channel);
  const templateId = choice.templateId || templates.defaultId;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = { scheduleFor: scheduleError(choice.scheduleFor) };
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    const scheduleFor = scheduleToIso(choice.scheduleFor);
    const input: SendOutreachInput = {
      influencerId: influencer.id,
      channel: choice.channel,
      ...(templateId && { templateId }),
      ...(choice.campaignId && { campaignId: choice.campaignId }),
      ...(scheduleFor && { scheduleFor }),
    };
    send.mutate(input, { onError: () => focusFirstInvalid(formRef.current) });
  };

  if (send.data) return <SendDone outreach={send.data} onDone={onDone} />;

  const status = channels.data?.channels.find((c) => c.channel === choice.channel);
  const campaignList = campaigns.data?.campaigns ?? [];

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-label="Send a message">
      <p>
        To <strong>{creatorLabel(influencer)}</strong>
        {choice.channel === 'email' && influencer.email && <span className="muted"> at {influencer.email}</span>}
      </p>
      <SendProblemAlert problem={sendProblem(send.error, choice.channel, FIELDS)} />
      <div className="grid-2">
        <Field label="Channel" error={errorFor('channel')}>
          {(control) => (
            <select {...control} className="select" value={choice.channel} onChange={(e) => edit({ channel: e.target.value as Channel, templateId: '' })}>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {CHANNEL_LABELS[channel]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TemplateSelect
          channel={choice.channel}
          value={templateId}
          onChange={(id) => edit({ templateId: id })}
          options={templates}
          error={errorFor('templateId')}
        />
        <Field
          label="Campaign"
          hint="Optional: the creator joins it if not a member yet."
          error={errorFor('campaignId') ?? (campaigns.isError ? 'Could not load campaigns.' : undefined)}
        >
          {(control) => (
            <select {...control} className="select" value={choice.campaignId} onChange={(e) => edit({ campaignId: e.target.value })}>
              <option value="">No campaign</option>
              {campaignList.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.status === 'paused' || c.status === 'completed' ? ` (${STATUS_LABELS[c.status].toLowerCase()}: sends nothing)` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ScheduleField value={choice.scheduleFor} onChange={(scheduleFor) => edit({ scheduleFor })} error={errorFor('scheduleFor')} />
      </div>
      {choice.channel === 'email' && !influencer.email && (
        <p className="notice small">@{influencer.username} has no email address yet: add one with Edit on the Influencers page before sending by email.</p>
      )}
      {status && !status.canStartConversation && (
        <p className="notice small">
          {SERVICE_NAMES[choice.channel]} only lets a person send the first message: unless @{influencer.username} has written to you, this becomes an
          assisted send, which you copy and send yourself from <Link to="/assisted-sends">Assisted sends</Link>.
          {!status.connected && (
            <>
              {' '}
              {SERVICE_NAMES[choice.channel]} is not connected either, so later messages are sent by hand too:{' '}
              <Link to="/settings#channels">connect it in Settings → Channels</Link>.
            </>
          )}
        </p>
      )}
      {status && status.canStartConversation && !status.connected && (
        <p className="notice small">
          {CHANNEL_LABELS[choice.channel]} is not connected yet, so sending would be refused.{' '}
          <Link to="/settings#channels">Set it up in Settings → Channels</Link>.
        </p>
      )}
      <h3 className="section-title">Preview</h3>
      {templateId ? (
        <SendPreview templateId={templateId} input={{ influencerId: influencer.id, ...(choice.campaignId && { campaignId: choice.campaignId }) }} />
      ) : (
        <p className="muted small">Choose a template to see the message as @{influencer.username} would receive it.</p>
      )}
      <div className="dialog__actions">
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : choice.scheduleFor ? 'Schedule' : 'Send'}
        </button>
      </div>
    </form>
  );
}

/** The send went through: say when it goes (or that a person sends it), and lead to its thread. */
function SendDone({ outreach, onDone }: { outreach: OutreachDetailDto; onDone: () => void }) {
  const scheduled = outreach.status === 'scheduled' && outreach.scheduledFor;
  const assisted = outreach.status === 'ready_to_send';
  const to = outreach.influencer ? `@${outreach.influencer.username}` : 'the creator';
  return (
    <div className="stack">
      {assisted ? (
        <Alert tone="info" title="Ready for you to send">
          <p>
            {SERVICE_NAMES[outreach.channel]} does not let Parley send this {CHANNEL_LABELS[outreach.channel]} to {to}, so it waits in Assisted sends: copy
            the text, open the conversation, send it there, then mark it as sent.
          </p>
        </Alert>
      ) : (
        <Alert tone="success" title={scheduled ? 'Scheduled' : 'Sent to the queue'}>
          <p>
            The {CHANNEL_LABELS[outreach.channel].toLowerCase()} to {to}{' '}
            {scheduled ? `goes out ${formatDateTime(outreach.scheduledFor)}` : 'goes out in a moment'}.{' '}
            {outreach.channel === 'email'
              ? 'Its thread shows when it is sent, opened and clicked.'
              : 'If the platform does not take it from Parley, it waits in Assisted sends for you to send by hand.'}
          </p>
        </Alert>
      )}
      <div className="dialog__actions">
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          Close
        </button>
        {assisted && (
          <Link className="btn btn--secondary" to="/assisted-sends">
            Open assisted sends
          </Link>
        )}
        <Link className="btn btn--primary" to={`/outreach/${outreach.id}`}>
          View the thread
        </Link>
      </div>
    </div>
  );
}
