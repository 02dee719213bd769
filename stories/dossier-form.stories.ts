// <dvc-dossier-form>: a birth registration (`ProcedureDetail.json`) filled, checked and submitted
// exactly once — the error summary, a server's 422 on the fields, the receipt, and the outbox when the
// line is down.
import type { Dossier, DvcClient, ProcedureDetail } from '@dvc-kit/client';
import { createMemoryOutboxStore, createOutbox, type Outbox } from '@dvc-kit/client/outbox';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { example } from './support/examples.js';
import { fillBirthRegistration, submit, toReview, whenLoaded } from './support/fill-dossier-form.js';
import { clickIn, hasText, inShadow, storyElement } from './support/play.js';
import {
  EXAMPLE_CLIENT_ARG_TYPES,
  EXAMPLE_CLIENT_ARGS,
  type ExampleClientArgs,
  storyClient,
} from './support/story-client.js';

const CHANNELS = ['ONLINE', 'IN_PERSON'] as const;

interface FormArgs extends ExampleClientArgs {
  procedureCode: string | undefined;
  procedure: ProcedureDetail | undefined;
  channel: (typeof CHANNELS)[number];
  receivingLocationId: string | undefined;
  clientReference: string | undefined;
  statusUrl: string | undefined;
  staff: Dossier['staff'];
  counter: boolean;
  compact: boolean;
  /** Story only: give the form an outbox (`createOutbox` over the story's client). */
  withOutbox: boolean;
}

type Story = StoryObj<FormArgs>;

const birthRegistration = example<ProcedureDetail>('ProcedureDetail');
// The staff member of the example counter session (`Dossier.json`): Trần Minh Đức at VNPost Ba Đình.
const counterStaff = example<Dossier>('Dossier').staff;
// The receipt's status page, under the reserved `.example` domain: a scan in a review reaches no one.
const STATUS_URL = 'https://dvc-kit.example/tra-cuu?code={code}';

// The outbox of the story on show, over its client; the previous story's is closed, so that no retry
// timer outlives its story.
let current: { readonly client: DvcClient; readonly outbox: Outbox } | undefined;

function outboxFor(client: DvcClient): Outbox {
  if (current?.client === client) return current.outbox;
  current?.outbox.close();
  current = { client, outbox: createOutbox(client, createMemoryOutboxStore()) };
  return current.outbox;
}

const meta = {
  title: 'Elements/Dossier form',
  component: 'dvc-dossier-form',
  args: {
    ...EXAMPLE_CLIENT_ARGS,
    procedureCode: birthRegistration.code,
    procedure: undefined,
    channel: 'ONLINE',
    receivingLocationId: undefined,
    clientReference: undefined,
    statusUrl: STATUS_URL,
    staff: null,
    counter: false,
    compact: false,
    withOutbox: false,
  },
  argTypes: {
    ...EXAMPLE_CLIENT_ARG_TYPES,
    channel: { control: 'inline-radio', options: [...CHANNELS] },
    withOutbox: {
      description:
        'Give the form an outbox (`createOutbox` of `@dvc-kit/client/outbox`) over the story’s client.',
      control: 'boolean',
      table: { category: 'example client (story only)' },
    },
  },
  render: (args: FormArgs, context: StoryContext<FormArgs>) => {
    const client = storyClient(args, context);
    // Each story its own draft: what a reviewer types in one never shows up restored in another.
    return html`<dvc-dossier-form
      .client=${client}
      .outbox=${args.withOutbox ? outboxFor(client) : undefined}
      .procedure=${args.procedure}
      .staff=${args.staff ?? undefined}
      procedure-code=${ifDefined(args.procedureCode)}
      channel=${args.channel}
      receiving-location-id=${ifDefined(args.receivingLocationId)}
      client-reference=${ifDefined(args.clientReference)}
      status-url=${ifDefined(args.statusUrl)}
      draft-key=${context.id}
      ?counter=${args.counter}
      ?compact=${args.compact}
    ></dvc-dossier-form>`;
  },
} satisfies Meta<FormArgs>;

export default meta;

/** Birth registration, loaded by `procedure-code` through the client: owner, e-form, documents, delivery. */
export const Overview: Story = { name: 'Overview' };

/** The review step: every answer to check, the fee, and consent before sending. */
export const ReviewStep: Story = {
  name: 'Anatomy · Review step',
  play: async ({ canvasElement }) => {
    const form = storyElement(canvasElement, 'dvc-dossier-form');
    await fillBirthRegistration(form);
    await toReview(form);
  },
};

/** The procedure handed over by the picker (`.procedure`): nothing to load. */
export const ProcedureFromPicker: Story = {
  name: 'Options · Procedure from the picker',
  args: { procedureCode: undefined, procedure: birthRegistration },
};

/** A counter session: the staff member is the representative, in counter mode. */
export const CounterSession: Story = {
  name: 'Options · Counter session (staff)',
  args: { staff: counterStaff, counter: true, receivingLocationId: 'loc-agent-vnpost-01' },
};

/** Filed in person at the counter (`channel="IN_PERSON"`): that channel's fee and time. */
export const InPerson: Story = {
  name: 'Options · In person',
  args: { channel: 'IN_PERSON' },
};

/** The procedure is loading. */
export const Loading: Story = {
  name: 'Behaviors · Loading',
  args: { latency: 'never' },
};

/** No such procedure (404). */
export const ProcedureNotFound: Story = {
  name: 'Behaviors · Procedure not found',
  args: { empty: true },
};

/** The procedure cannot be loaded (500). */
export const LoadServerError: Story = {
  name: 'Behaviors · Server error while loading',
  args: { failure: 'server-error' },
};

/** "Tiếp tục" on an empty form: the error summary takes the focus, each entry links to its field. */
export const ValidationErrors: Story = {
  name: 'Behaviors · Validation errors',
  play: async ({ canvasElement }) => {
    const form = storyElement(canvasElement, 'dvc-dossier-form');
    await whenLoaded(form);
    await clickIn(form, 'button[type="submit"]');
    await expect(await inShadow(form, '[part~="error-summary"] a')).toBeVisible();
  },
};

/**
 * A story that fills the birth registration, reviews it and submits it, then waits for what the form
 * shows in answer (`outcome`, a selector in its shadow root). With `failure`, the story's client fails
 * the submission that way.
 */
function submissionStory(
  name: string,
  outcome: string,
  options: { failure?: FormArgs['failure']; withOutbox?: boolean; needsText?: boolean } = {},
): Story {
  const { failure, withOutbox, needsText } = options;
  return {
    name,
    ...(failure ? { args: { failure, ...(withOutbox ? { withOutbox } : {}) } } : {}),
    ...(failure ? { parameters: { exampleClient: { failOperations: ['createDossier'] } } } : {}),
    play: async ({ canvasElement }) => {
      const form = storyElement(canvasElement, 'dvc-dossier-form');
      await fillBirthRegistration(form);
      await toReview(form);
      await submit(form);
      await (needsText ? inShadow(form, outcome, hasText) : inShadow(form, outcome));
    },
  };
}

/** Sent: the receipt (Form 01) of the created dossier. */
export const Submitted = submissionStory('Behaviors · Submitted, with the receipt', 'dvc-receipt');

/** The server refuses the dossier (422, `Problem.validation.json`): its errors land on the fields. */
export const ServerValidationErrors = submissionStory(
  'Behaviors · Server validation errors (422)',
  '[part~="error-summary"] a',
  { failure: 'validation' },
);

/** The submission gets no clear answer (500): the form keeps the draft and its key for the next try. */
export const SubmitServerError = submissionStory(
  'Behaviors · Server error on submission',
  '[part~="submit-error"]',
  { failure: 'server-error', needsText: true },
);

/** The line drops before sending, and the page has an outbox: the dossier waits in it. */
export const OfflineQueued = submissionStory(
  'Behaviors · Offline, queued in the outbox',
  '[part~="outcome"]',
  {
    failure: 'offline',
    withOutbox: true,
  },
);

/** The counter's embed token has expired when the dossier is sent. */
export const TokenExpired = submissionStory(
  'Behaviors · Token expired on submission',
  '[part~="submit-error"]',
  {
    failure: 'token-expired',
    needsText: true,
  },
);

/** Counter mode: 48 px targets and 18 px type. */
export const CounterMode: Story = {
  name: 'Accessibility · Counter mode',
  args: { counter: true },
};

/** English. */
export const English: Story = {
  name: 'Accessibility · English',
  globals: { locale: 'en' },
};
