// The example client's knobs as story args, so that a reviewer can turn any story slow, failing or
// empty from the Controls panel, and the helper that builds the client a story's element gets.
import type { DvcClient } from '@dvc-kit/client';
import { isLocale } from '@dvc-kit/elements';
import type { ArgTypes, StoryContext } from '@storybook/web-components-vite';
import {
  createExampleClient,
  DEFAULT_LATENCY_MS,
  EXAMPLE_FAILURES,
  type ExampleClientOptions,
  type ExampleFailure,
} from './example-client.js';

/** Latencies a reviewer can pick, by name. */
export const LATENCIES = {
  instant: 0,
  line: DEFAULT_LATENCY_MS,
  // Two seconds: a congested rural line, long enough to study a loading state.
  slow: 2_000,
  never: 'never',
} as const satisfies Record<string, ExampleClientOptions['latencyMs']>;

/** The name of a latency of {@link LATENCIES}. */
export type Latency = keyof typeof LATENCIES;

/** The example client's knobs, as args of any story whose element calls the API. */
export interface ExampleClientArgs {
  /** How long the example API takes to answer. */
  latency: Latency;
  /** How the calls fail. */
  failure: ExampleFailure;
  /** Every list empty, every single read 404. */
  empty: boolean;
}

/** The knobs' defaults: a working line with data. */
export const EXAMPLE_CLIENT_ARGS: ExampleClientArgs = { latency: 'line', failure: 'none', empty: false };

const CATEGORY = 'example client (story only)';

/** The knobs' controls, in their own table category, apart from the element's API. */
export const EXAMPLE_CLIENT_ARG_TYPES: Partial<ArgTypes<ExampleClientArgs>> = {
  latency: {
    description: 'How long the example API takes to answer (`never`: the client times out after 3 × 10 s).',
    control: 'inline-radio',
    options: Object.keys(LATENCIES),
    table: { category: CATEGORY },
  },
  failure: {
    description: 'How the example API fails: see `stories/support/example-client.ts`.',
    control: 'select',
    options: [...EXAMPLE_FAILURES],
    table: { category: CATEGORY },
  },
  empty: {
    description: 'An empty world: lists answer no items, single reads 404.',
    control: 'boolean',
    table: { category: CATEGORY },
  },
};

/** Story parameters that shape the example API beyond the knobs: `parameters.exampleClient`. */
export type ExampleClientParameters = Omit<
  ExampleClientOptions,
  'latencyMs' | 'failure' | 'empty' | 'locale'
>;

// The client of the story on show, kept while the story, its knobs and the locale stay the same:
// changing another control then re-renders the element with the same client instead of reloading its
// data. Only one: coming back to a story later gives it a fresh example API, as a reload would.
let kept: { readonly key: string; readonly client: DvcClient } | undefined;

/**
 * The example client for a story, from its knobs, its `parameters.exampleClient` (e.g. which
 * operations fail), `extra` options of its render (e.g. a large catalogue) and the toolbar's locale
 * (the language of the client's `userMessage`s).
 *
 * @example
 * render: (args, context) => html`<dvc-receipt .client=${storyClient(args, context)} code=${args.code}></dvc-receipt>`
 */
export function storyClient(
  args: ExampleClientArgs,
  context: Pick<StoryContext, 'id' | 'globals' | 'parameters'>,
  extra: ExampleClientParameters = {},
): DvcClient {
  const locale = isLocale(context.globals.locale) ? context.globals.locale : 'vi';
  const key = JSON.stringify([
    context.id,
    args.latency,
    args.failure,
    args.empty,
    locale,
    extra.procedures?.length,
  ]);
  if (kept?.key === key) return kept.client;
  const client = createExampleClient({
    ...(context.parameters.exampleClient as ExampleClientParameters | undefined),
    ...extra,
    latencyMs: LATENCIES[args.latency],
    failure: args.failure,
    empty: args.empty,
    locale,
  });
  kept = { key, client };
  return client;
}
