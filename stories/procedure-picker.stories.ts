// <dvc-procedure-picker>: the catalogue searched as the citizen types (diacritics optional), filtered,
// and the chosen procedure's checklist, fees and processing times — at the examples' scale and at the
// national one (~3,000 procedures).
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import { clickIn, inShadow, storyElement, typeIn } from './support/play.js';
import {
  EXAMPLE_CLIENT_ARG_TYPES,
  EXAMPLE_CLIENT_ARGS,
  type ExampleClientArgs,
  storyClient,
} from './support/story-client.js';
import { LARGE_CATALOGUE_SIZE, largeCatalogue } from './support/synthetic-catalogue.js';

/** The catalogues a reviewer can pick: the contract's examples, or one at national scale. */
const CATALOGUES = ['examples', 'national scale'] as const;

interface PickerArgs extends ExampleClientArgs {
  value: string | undefined;
  query: string;
  counter: boolean;
  compact: boolean;
  /** Story only: which catalogue the example API serves. */
  catalogue: (typeof CATALOGUES)[number];
}

// Built once: every picker story at national scale shares the same 3,000 procedures.
const nationalCatalogue = largeCatalogue();

/**
 * The national catalogue, answered at once. The picker loads it page by page (100 a page): 30 round
 * trips, about 9 s on a 300 ms line — choose the `line` latency to see that.
 */
const NATIONAL_SCALE = { catalogue: 'national scale', latency: 'instant' } as const;

const BIRTH_REGISTRATION = '1.001193';

const meta = {
  title: 'Elements/Procedure picker',
  component: 'dvc-procedure-picker',
  args: {
    ...EXAMPLE_CLIENT_ARGS,
    value: undefined,
    query: '',
    counter: false,
    compact: false,
    catalogue: 'examples',
  },
  argTypes: {
    ...EXAMPLE_CLIENT_ARG_TYPES,
    catalogue: {
      description: `The examples' procedures, or ${LARGE_CATALOGUE_SIZE.toLocaleString('en')} at national scale.`,
      control: 'inline-radio',
      options: [...CATALOGUES],
      table: { category: 'example client (story only)' },
    },
  },
  render: (args: PickerArgs, context: StoryContext<PickerArgs>) =>
    html`<dvc-procedure-picker
      .client=${storyClient(
        args,
        context,
        args.catalogue === 'national scale' ? { procedures: nationalCatalogue } : {},
      )}
      value=${ifDefined(args.value)}
      .query=${args.query}
      ?counter=${args.counter}
      ?compact=${args.compact}
    ></dvc-procedure-picker>`,
} satisfies Meta<PickerArgs>;

export default meta;

type Story = StoryObj<PickerArgs>;

/** The catalogue of the examples, ready for a search. */
export const Overview: Story = { name: 'Overview' };

/** A procedure shown (`value`): its checklist, authority, result, and each channel's time and fee. */
export const ProcedureShown: Story = {
  name: 'Anatomy · Procedure detail',
  args: { value: BIRTH_REGISTRATION },
};

/** The filters (field, level, online level, free help at agent points), opened. */
export const Filters: Story = {
  name: 'Anatomy · Filters',
  args: NATIONAL_SCALE,
  play: async ({ canvasElement }) => {
    const picker = storyElement(canvasElement, 'dvc-procedure-picker');
    await clickIn(picker, '[part~="filters-button"]');
    await inShadow(picker, '[part~="filter-chip"]');
  },
};

/** A search set by the app (`query`): "khai sinh" finds every birth registration. */
export const QueryFromApp: Story = {
  name: 'Options · Search set by the app',
  args: { query: 'khai sinh' },
};

/** ~3,000 procedures: the list renders only the rows in view, and says how many it found. */
export const ThousandsOfResults: Story = {
  name: 'Behaviors · Thousands of results',
  args: NATIONAL_SCALE,
  play: async ({ canvasElement }) => {
    const picker = storyElement(canvasElement, 'dvc-procedure-picker');
    await inShadow(picker, '[part~="option"]');
  },
};

/** Typed without diacritics: "giay phep" finds "Giấy phép …" among thousands. */
export const SearchWithoutDiacritics: Story = {
  name: 'Behaviors · Typing without diacritics',
  args: NATIONAL_SCALE,
  play: async ({ canvasElement }) => {
    const picker = storyElement(canvasElement, 'dvc-procedure-picker');
    await inShadow(picker, '[part~="option"]');
    await typeIn(picker, 'input#input', 'giay phep lai xe');
    await inShadow(picker, '[part~="match"]');
  },
};

/** Keyboard only: Arrow Down through the results, Enter to open one. */
export const KeyboardSelection: Story = {
  name: 'Behaviors · Keyboard: arrows and Enter',
  play: async ({ canvasElement }) => {
    const picker = storyElement(canvasElement, 'dvc-procedure-picker');
    await inShadow(picker, '[part~="option"]');
    await userEvent.click(await inShadow(picker, 'input#input'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await expect(await inShadow(picker, '[part~="detail"]')).toBeVisible();
  },
};

/** "Chọn thủ tục này": the app receives `dvc-procedure-select` with the procedure in full (Actions panel). */
export const Chosen: Story = {
  name: 'Behaviors · Procedure chosen',
  args: { value: BIRTH_REGISTRATION },
  play: async ({ canvasElement }) => {
    await clickIn(storyElement(canvasElement, 'dvc-procedure-picker'), '[part~="choose-button"]');
  },
};

/** Nothing matches the search. */
export const NoResults: Story = {
  name: 'Behaviors · No results',
  args: { query: 'hộ chiếu ngoại giao' },
};

/** The catalogue is loading. */
export const Loading: Story = {
  name: 'Behaviors · Loading',
  args: { latency: 'never' },
};

/** The catalogue is empty. */
export const EmptyCatalogue: Story = {
  name: 'Behaviors · Empty catalogue',
  args: { empty: true },
};

/** The catalogue cannot be loaded (500): the message and a retry button. */
export const ServerError: Story = {
  name: 'Behaviors · Server error',
  args: { failure: 'server-error' },
};

/** The network is down before the catalogue was ever loaded. */
export const Offline: Story = {
  name: 'Behaviors · Offline',
  args: { failure: 'offline' },
};

/** Counter mode, at national scale. */
export const CounterMode: Story = {
  name: 'Accessibility · Counter mode',
  args: { ...NATIONAL_SCALE, counter: true },
};

/** English, with a procedure shown. */
export const English: Story = {
  name: 'Accessibility · English',
  args: { value: BIRTH_REGISTRATION },
  globals: { locale: 'en' },
};
