// <dvc-status-tracker>: a citizen looks a dossier up by its code and their ID number (each national
// status 1–10, from `openapi/examples/DossierStatusView.<status>.json`), or a partner app follows a
// dossier it knows; an open supplement request is answered from here.
import type { Dossier, DossierStatusView } from '@dvc-kit/client';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import { example } from './support/examples.js';
import { personalIdFitting } from './support/personal-ids.js';
import { clickIn, inShadow, storyElement, typeIn, whenGone } from './support/play.js';
import {
  EXAMPLE_CLIENT_ARG_TYPES,
  EXAMPLE_CLIENT_ARGS,
  type ExampleClientArgs,
  storyClient,
} from './support/story-client.js';

interface TrackerArgs extends ExampleClientArgs {
  code: string | undefined;
  readCodeFromUrl: boolean;
  pollInterval: number;
  maxPollInterval: number;
  counter: boolean;
  compact: boolean;
}

type Story = StoryObj<TrackerArgs>;

// The dossier of `Dossier.json` (Phạm Quốc Tuấn's, with an open supplement request): a partner app
// following it by code reads it in full with the embed token.
const partnerDossier = example<Dossier>('Dossier');

/**
 * What a citizen types for a status example: its dossier code and an ID number that fits its mask;
 * and the national status code (1–10) the tracker should then show.
 */
function lookupOf(status: string): { code: string; personalId: string; statusCode: number } {
  const view = example<DossierStatusView>(`DossierStatusView.${status}`);
  return {
    code: view.code,
    personalId: personalIdFitting(view.ownerPersonalIdMasked),
    statusCode: view.statusCode,
  };
}

/** Types a code and an ID number into the lookup form and sends it, as a citizen does. */
async function lookUp(tracker: Element, code: string, personalId: string): Promise<void> {
  await typeIn(tracker, 'input#code', code);
  await typeIn(tracker, 'input#personal-id', personalId);
  await clickIn(tracker, '[part~="lookup-button"]');
}

/**
 * A story that looks up the example dossier in `status` (`DossierStatusView.<status>.json`) and
 * waits for its status line, which names the national code ("mã 5", "code 5") in either language.
 */
function statusStory(status: string): Pick<Story, 'play'> {
  const { code, personalId, statusCode } = lookupOf(status);
  return {
    play: async ({ canvasElement }) => {
      const tracker = storyElement(canvasElement, 'dvc-status-tracker');
      await lookUp(tracker, code, personalId);
      const line = await inShadow(tracker, '[part~="status"]');
      await expect(line).toBeVisible();
      await expect(line.textContent).toMatch(new RegExp(`\\b${statusCode}\\)`));
    },
  };
}

/** A lookup of the received dossier that ends in the story's failure, shown in the alert. */
const failedLookup: Pick<Story, 'play'> = {
  play: async ({ canvasElement }) => {
    const tracker = storyElement(canvasElement, 'dvc-status-tracker');
    const { code, personalId } = lookupOf('received');
    await lookUp(tracker, code, personalId);
    await inShadow(tracker, '[part~="message"][role="alert"]');
  },
};

const meta = {
  title: 'Elements/Status tracker',
  component: 'dvc-status-tracker',
  args: {
    ...EXAMPLE_CLIENT_ARGS,
    code: undefined,
    readCodeFromUrl: false,
    // The element's own defaults: a first refresh after 30 s, doubling up to 5 minutes.
    pollInterval: 30_000,
    maxPollInterval: 300_000,
    counter: false,
    compact: false,
  },
  argTypes: EXAMPLE_CLIENT_ARG_TYPES,
  render: (args: TrackerArgs, context: StoryContext<TrackerArgs>) =>
    html`<dvc-status-tracker
      .client=${storyClient(args, context)}
      code=${ifDefined(args.code)}
      ?read-code-from-url=${args.readCodeFromUrl}
      poll-interval=${args.pollInterval}
      max-poll-interval=${args.maxPollInterval}
      ?counter=${args.counter}
      ?compact=${args.compact}
    ></dvc-status-tracker>`,
} satisfies Meta<TrackerArgs>;

export default meta;

/** The citizen's lookup form: the dossier code from the receipt and the owner's ID number. */
export const Overview: Story = { name: 'Overview' };

export const Status01Submitted: Story = {
  name: 'Statuses · 1 Mới đăng ký (submitted)',
  ...statusStory('submitted'),
};

export const Status02Received: Story = {
  name: 'Statuses · 2 Được tiếp nhận (received)',
  ...statusStory('received'),
};

export const Status03Rejected: Story = {
  name: 'Statuses · 3 Không được tiếp nhận (rejected)',
  ...statusStory('rejected'),
};

/** Processing and overdue (judged at the examples' 27-11-2025 16:30, it is overdue ever after). */
export const Status04Processing: Story = {
  name: 'Statuses · 4 Đang xử lý, quá hạn (processing, overdue)',
  ...statusStory('processing'),
};

/** An open supplement request: the missing documents, the deadline, and the form to send them. */
export const Status05SupplementRequested: Story = {
  name: 'Statuses · 5 Yêu cầu bổ sung (supplement requested)',
  ...statusStory('supplement-requested'),
};

export const Status06PaymentRequested: Story = {
  name: 'Statuses · 6 Yêu cầu nghĩa vụ tài chính (payment requested)',
  ...statusStory('payment-requested'),
};

export const Status07Withdrawn: Story = {
  name: 'Statuses · 7 Rút hồ sơ (withdrawn)',
  ...statusStory('withdrawn'),
};

export const Status08Stopped: Story = {
  name: 'Statuses · 8 Dừng xử lý (stopped)',
  ...statusStory('stopped'),
};

/** The result is ready: where and how to collect it. */
export const Status09ResultReady: Story = {
  name: 'Statuses · 9 Đã xử lý xong (result ready)',
  ...statusStory('result-ready'),
};

/** Returned early (and already rated). */
export const Status10Returned: Story = {
  name: 'Statuses · 10 Đã trả kết quả (returned)',
  ...statusStory('returned'),
};

/** A partner app that knows the dossier sets `code`: no form, the dossier in full through the embed token. */
export const PartnerApp: Story = {
  name: 'Options · Partner app following a dossier (code)',
  args: { code: partnerDossier.code },
};

/** Automatic refresh off (`poll-interval="0"`): only "Làm mới" fetches again. */
export const NoAutomaticRefresh: Story = {
  name: 'Options · No automatic refresh',
  args: { pollInterval: 0 },
  ...statusStory('processing'),
};

/** The open supplement request of `Dossier.json`: the citizen picks the rescanned file and sends it. */
export const SupplementSent: Story = {
  name: 'Behaviors · Supplement sent',
  args: { code: partnerDossier.code },
  play: async ({ canvasElement }) => {
    const tracker = storyElement(canvasElement, 'dvc-status-tracker');
    const scan = new File(['%PDF-1.7 giấy chứng sinh chụp lại'], 'giay-chung-sinh.pdf', {
      type: 'application/pdf',
    });
    await userEvent.upload(await inShadow<HTMLInputElement>(tracker, '[part~="file-input"]'), scan);
    await clickIn(tracker, '[part~="supplement-button"]');
    // Answered: the request closes and the dossier is back to processing.
    await whenGone(tracker, '[part~="supplement"]');
  },
};

/** Sending the form empty: each field says what is wrong, the focus goes to the first. */
export const LookupErrors: Story = {
  name: 'Behaviors · Lookup with empty fields',
  play: async ({ canvasElement }) => {
    const tracker = storyElement(canvasElement, 'dvc-status-tracker');
    await clickIn(tracker, '[part~="lookup-button"]');
    await inShadow(tracker, '[part~="error-message"]');
  },
};

/** The lookup has not answered yet. */
export const Loading: Story = {
  name: 'Behaviors · Looking up',
  args: { latency: 'never' },
  play: async ({ canvasElement }) => {
    const tracker = storyElement(canvasElement, 'dvc-status-tracker');
    const { code, personalId } = lookupOf('received');
    await lookUp(tracker, code, personalId);
    await inShadow(tracker, '[part~="message"]');
  },
};

/** No dossier matches the code and ID number: the same 404 for a wrong code and a wrong ID. */
export const NotFound: Story = {
  name: 'Behaviors · Not found',
  args: { empty: true },
  ...failedLookup,
};

/** The API fails (500). */
export const ServerError: Story = {
  name: 'Behaviors · Server error',
  args: { failure: 'server-error' },
  ...failedLookup,
};

/** The network is down. */
export const Offline: Story = {
  name: 'Behaviors · Offline',
  args: { failure: 'offline' },
  ...failedLookup,
};

/** A partner app's embed token has expired (the public lookup has no token, so this is partner mode). */
export const TokenExpired: Story = {
  name: 'Behaviors · Token expired (partner app)',
  args: { code: partnerDossier.code, failure: 'token-expired' },
};

/** Counter mode, on the received dossier. */
export const CounterMode: Story = {
  name: 'Accessibility · Counter mode',
  args: { counter: true },
  ...statusStory('received'),
};

/** English, on the open supplement request. */
export const English: Story = {
  name: 'Accessibility · English',
  globals: { locale: 'en' },
  ...statusStory('supplement-requested'),
};
