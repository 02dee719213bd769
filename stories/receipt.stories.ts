// <dvc-receipt>: Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", on A4 and on an 80 mm roll, from
// data or loaded by dossier code through the client.
import type { Receipt } from '@dvc-kit/client';
import { RECEIPT_LAYOUTS, type ReceiptLayout } from '@dvc-kit/elements';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { example } from './support/examples.js';
import {
  EXAMPLE_CLIENT_ARG_TYPES,
  EXAMPLE_CLIENT_ARGS,
  type ExampleClientArgs,
  storyClient,
} from './support/story-client.js';

interface ReceiptArgs extends ExampleClientArgs {
  receipt: Receipt | undefined;
  code: string | undefined;
  statusUrl: string | undefined;
  layout: ReceiptLayout;
  placeName: string;
  hidePrintButton: boolean;
  counter: boolean;
  compact: boolean;
}

/**
 * The status page the QR code opens, under the reserved `.example` domain: a scan in a review reaches
 * no one.
 */
const STATUS_URL = 'https://dvc-kit.example/tra-cuu?code={code}';

const main = example<Receipt>('Receipt');
const postal = example<Receipt>('Receipt.postal');

const meta = {
  title: 'Elements/Receipt',
  component: 'dvc-receipt',
  args: {
    ...EXAMPLE_CLIENT_ARGS,
    receipt: main,
    code: undefined,
    statusUrl: STATUS_URL,
    layout: 'a4',
    placeName: 'Hà Nội',
    hidePrintButton: false,
    counter: false,
    compact: false,
  },
  argTypes: {
    ...EXAMPLE_CLIENT_ARG_TYPES,
    layout: { control: 'inline-radio', options: [...RECEIPT_LAYOUTS] },
  },
  render: (args: ReceiptArgs, context: StoryContext<ReceiptArgs>) =>
    html`<dvc-receipt
      .client=${storyClient(args, context)}
      .receipt=${args.receipt}
      code=${ifDefined(args.code)}
      status-url=${ifDefined(args.statusUrl)}
      layout=${args.layout}
      place-name=${args.placeName}
      ?hide-print-button=${args.hidePrintButton}
      ?counter=${args.counter}
      ?compact=${args.compact}
    ></dvc-receipt>`,
} satisfies Meta<ReceiptArgs>;

export default meta;

type Story = StoryObj<ReceiptArgs>;

/** The receipt of the main example dossier (`Receipt.json`): received at the VNPost agent point. */
export const Overview: Story = { name: 'Overview' };

/** The same receipt on an 80 mm thermal roll, as agent points print it. */
export const Thermal: Story = {
  name: 'Anatomy · Thermal 80 mm roll',
  args: { layout: 'thermal' },
};

/** The result comes by public postal service (`Receipt.postal.json`): the delivery address is shown. */
export const PostalDelivery: Story = {
  name: 'Options · Result by post',
  args: { receipt: postal },
};

/** Without `status-url` there is no QR code and no link: only the barcode carries the code. */
export const WithoutQrCode: Story = {
  name: 'Options · Without QR code',
  args: { statusUrl: undefined },
};

/** The app prints with `print()` or its own button. */
export const WithoutPrintButton: Story = {
  name: 'Options · Without print button',
  args: { hidePrintButton: true },
};

/** Loaded by `code` through the client (`client.dossiers.receipt`), as after a submission. */
export const LoadedByCode: Story = {
  name: 'Behaviors · Loaded by code',
  args: { receipt: undefined, code: main.dossierCode },
};

/** The API has not answered yet. */
export const Loading: Story = {
  name: 'Behaviors · Loading',
  args: { receipt: undefined, code: main.dossierCode, latency: 'never' },
};

/** A code the API does not know: the 404's message. */
export const NotFound: Story = {
  name: 'Behaviors · Not found',
  args: { receipt: undefined, code: main.dossierCode, empty: true },
};

/** The API fails (500): the message and a retry button. */
export const ServerError: Story = {
  name: 'Behaviors · Server error',
  args: { receipt: undefined, code: main.dossierCode, failure: 'server-error' },
};

/** The embed token expired and the partner's backend hands out an expired one again. */
export const TokenExpired: Story = {
  name: 'Behaviors · Token expired',
  args: { receipt: undefined, code: main.dossierCode, failure: 'token-expired' },
};

/** The network is down. */
export const Offline: Story = {
  name: 'Behaviors · Offline',
  args: { receipt: undefined, code: main.dossierCode, failure: 'offline' },
};

/** Counter mode: larger type and 48 px targets for a shared counter screen. */
export const CounterMode: Story = {
  name: 'Accessibility · Counter mode',
  args: { counter: true },
};

/** English, for foreign residents: labels switch, the document's legal text stays as issued. */
export const English: Story = {
  name: 'Accessibility · English',
  globals: { locale: 'en' },
};
