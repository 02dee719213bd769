// <dvc-rating>: the citizen's satisfaction rating of a dossier (the official 3-level scale), or 1–5
// stars for an agent point; on the citizen's own device or handed over at a counter.
import type { DossierStatusView } from '@dvc-kit/client';
import { DOSSIER_STATUSES, type DossierStatus } from '@dvc-kit/domain';
import { RATING_KINDS, type RatingKind } from '@dvc-kit/elements';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { example } from './support/examples.js';
import { personalIdFitting } from './support/personal-ids.js';
import { clickIn, hasText, inShadow, storyElement, typeIn } from './support/play.js';
import {
  EXAMPLE_CLIENT_ARG_TYPES,
  EXAMPLE_CLIENT_ARGS,
  type ExampleClientArgs,
  storyClient,
} from './support/story-client.js';

interface RatingArgs extends ExampleClientArgs {
  kind: RatingKind;
  dossierCode: string | undefined;
  ownerPersonalId: string | undefined;
  status: DossierStatus | undefined;
  full: boolean;
  locationId: string | undefined;
  ratingUrl: string | undefined;
  name: string | undefined;
  required: boolean;
  disabled: boolean;
  value: string | undefined;
  counter: boolean;
  compact: boolean;
}

// The dossiers of the examples that matter to a rating: ready to rate, already rated, still in progress.
const resultReady = example<DossierStatusView>('DossierStatusView.result-ready');
const returnedAndRated = example<DossierStatusView>('DossierStatusView.returned');
const processing = example<DossierStatusView>('DossierStatusView.processing');

/**
 * The page where a citizen rates on their own phone, under the reserved `.example` domain: a scan in a
 * review reaches no one.
 */
const RATING_URL = 'https://dvc-kit.example/danh-gia?code={code}';
const AGENT_POINT = 'loc-agent-vnpost-01';

const renderRating = (args: RatingArgs, context: StoryContext<RatingArgs>) =>
  html`<dvc-rating
    .client=${storyClient(args, context)}
    kind=${args.kind}
    dossier-code=${ifDefined(args.dossierCode)}
    owner-personal-id=${ifDefined(args.ownerPersonalId)}
    status=${ifDefined(args.status)}
    ?full=${args.full}
    location-id=${ifDefined(args.locationId)}
    rating-url=${ifDefined(args.ratingUrl)}
    name=${ifDefined(args.name)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    value=${ifDefined(args.value)}
    ?counter=${args.counter}
    ?compact=${args.compact}
  ></dvc-rating>`;

const meta = {
  title: 'Elements/Rating',
  component: 'dvc-rating',
  args: {
    ...EXAMPLE_CLIENT_ARGS,
    kind: 'dossier',
    dossierCode: resultReady.code,
    ownerPersonalId: personalIdFitting(resultReady.ownerPersonalIdMasked),
    status: undefined,
    full: false,
    locationId: undefined,
    ratingUrl: undefined,
    name: undefined,
    required: false,
    disabled: false,
    value: undefined,
    counter: false,
    compact: false,
  },
  argTypes: {
    ...EXAMPLE_CLIENT_ARG_TYPES,
    kind: { control: 'inline-radio', options: [...RATING_KINDS] },
    status: { control: 'select', options: [undefined, ...DOSSIER_STATUSES.map((status) => status.key)] },
  },
  render: renderRating,
} satisfies Meta<RatingArgs>;

export default meta;

type Story = StoryObj<RatingArgs>;

/** A dossier whose result is ready (`DossierStatusView.result-ready`): the element checks it, then opens. */
export const Overview: Story = { name: 'Overview' };

/** "Không hài lòng": the reasons appear, to pick one or more. */
export const Dissatisfied: Story = {
  name: 'Anatomy · Dissatisfied, with reasons',
  args: { value: 'DISSATISFIED' },
};

/** Full mode: the official satisfaction indices too. */
export const FullMode: Story = {
  name: 'Options · Full mode (official indices)',
  args: { full: true },
};

/** 1–5 stars for an agent point (`kind="agent-point"`). */
export const AgentPointStars: Story = {
  name: 'Options · Agent point stars',
  args: { kind: 'agent-point', locationId: AGENT_POINT, dossierCode: undefined, ownerPersonalId: undefined },
};

/** The app knows the status (`status="RESULT_READY"`): no lookup, the rating opens at once. */
export const StatusKnown: Story = {
  name: 'Options · Status given by the app',
  args: { status: 'RESULT_READY', latency: 'never' },
};

/** Without `owner-personal-id`, the citizen types their ID number first. */
export const CitizenTypesIdNumber: Story = {
  name: 'Options · Citizen types the ID number',
  args: { ownerPersonalId: undefined },
};

/** A form control: `name` and `required` inside a `<form>`; the browser's validation shows the error. */
export const InAForm: Story = {
  name: 'Options · Inside a form (required)',
  args: {
    kind: 'agent-point',
    locationId: AGENT_POINT,
    dossierCode: undefined,
    ownerPersonalId: undefined,
    name: 'stars',
    required: true,
  },
  render: (args, context) =>
    html`<form @submit=${(event: SubmitEvent) => event.preventDefault()}>
      ${renderRating(args, context)}
      <button type="submit">Gửi biểu mẫu</button>
    </form>`,
};

/** Disabled, as inside a disabled `<fieldset>`. */
export const Disabled: Story = {
  name: 'Options · Disabled',
  args: { disabled: true },
};

/** The status check has not answered yet. */
export const Loading: Story = {
  name: 'Behaviors · Checking the dossier',
  args: { latency: 'never' },
};

/** The dossier is still being processed: the rating waits for the result. */
export const NotYetRatable: Story = {
  name: 'Behaviors · Not yet ratable',
  args: {
    dossierCode: processing.code,
    ownerPersonalId: personalIdFitting(processing.ownerPersonalIdMasked),
  },
};

/** A dossier is rated once: `DossierStatusView.returned` says it already was. */
export const AlreadyRated: Story = {
  name: 'Behaviors · Already rated',
  args: {
    dossierCode: returnedAndRated.code,
    ownerPersonalId: personalIdFitting(returnedAndRated.ownerPersonalIdMasked),
  },
};

/** The citizen picks "Rất hài lòng" and sends: the thank-you message. */
export const Submitted: Story = {
  name: 'Behaviors · Submitted',
  play: async ({ canvasElement }) => {
    const rating = storyElement(canvasElement, 'dvc-rating');
    await clickIn(rating, 'input[type="radio"]:not(:disabled)');
    await clickIn(rating, '[part~="submit-button"]');
    await expect(await inShadow(rating, '[part~="message"]')).toBeVisible();
  },
};

/** Sending with nothing chosen: the error next to the levels. */
export const ValidationError: Story = {
  name: 'Behaviors · Nothing chosen',
  play: async ({ canvasElement }) => {
    const rating = storyElement(canvasElement, 'dvc-rating');
    await clickIn(rating, '[part~="submit-button"]:not(:disabled)');
    await expect(await inShadow(rating, '[part~="error-message"]')).toBeVisible();
  },
};

/** The wrong ID number for the dossier: the lookup's 404, worded for the citizen. */
export const WrongIdNumber: Story = {
  name: 'Behaviors · Wrong ID number',
  args: { ownerPersonalId: undefined },
  play: async ({ canvasElement }) => {
    const rating = storyElement(canvasElement, 'dvc-rating');
    await typeIn(rating, '[part~="personal-id"]', personalIdFitting('001*******00'));
    await clickIn(rating, '[part~="continue-button"]');
    await inShadow(rating, '[part~="personal-id"][aria-invalid="true"]');
  },
};

/** The status check fails (500): the notice and a retry button. */
export const ServerError: Story = {
  name: 'Behaviors · Server error',
  args: { failure: 'server-error' },
};

/** The embed token has expired: the lookup (public) works, sending the rating fails. */
export const TokenExpired: Story = {
  name: 'Behaviors · Token expired',
  args: { failure: 'token-expired' },
  play: async ({ canvasElement }) => {
    const rating = storyElement(canvasElement, 'dvc-rating');
    await clickIn(rating, 'input[type="radio"]:not(:disabled)');
    await clickIn(rating, '[part~="submit-button"]');
    await inShadow(rating, '[part~="alert"]', hasText);
  },
};

/** The network is down: the status check cannot be made. */
export const Offline: Story = {
  name: 'Behaviors · Offline',
  args: { failure: 'offline' },
};

/** Counter mode: the agent hands the device over, or shows a QR code for the citizen's own phone. */
export const CounterMode: Story = {
  name: 'Accessibility · Counter mode',
  args: { counter: true, ratingUrl: RATING_URL, ownerPersonalId: undefined },
};

/** At the counter, handed over: the citizen types their own ID number. */
export const CounterHandover: Story = {
  name: 'Accessibility · Counter hand-over',
  args: { counter: true, ratingUrl: RATING_URL, ownerPersonalId: undefined },
  play: async ({ canvasElement }) => {
    await clickIn(storyElement(canvasElement, 'dvc-rating'), '[part~="handover-button"]');
  },
};

/** At the counter: the QR code of the rating page, for the citizen's own phone. */
export const CounterOwnPhone: Story = {
  name: 'Accessibility · Counter QR code for the citizen’s phone',
  args: { counter: true, ratingUrl: RATING_URL, ownerPersonalId: undefined },
  play: async ({ canvasElement }) => {
    const rating = storyElement(canvasElement, 'dvc-rating');
    await clickIn(rating, '[part~="phone-button"]');
    await inShadow(rating, '[part~="qr-code"]');
  },
};

/** English. */
export const English: Story = {
  name: 'Accessibility · English',
  globals: { locale: 'en' },
};
