import { describe, expect, it } from 'vitest';
import { reactEvents } from './react-events.js';

interface ExampleEventMap {
  'dvc-procedure-select': CustomEvent<{ code: string }>;
  'dvc-status-tracker-load': CustomEvent<{ status: string }>;
  'dvc-error': CustomEvent<{ error: unknown }>;
}

describe('reactEvents', () => {
  it('names each event prop `on` + the event type in PascalCase, mapped to the type', () => {
    expect(
      reactEvents<ExampleEventMap>({
        'dvc-procedure-select': true,
        'dvc-status-tracker-load': true,
        'dvc-error': true,
      }),
    ).toEqual({
      onDvcProcedureSelect: 'dvc-procedure-select',
      onDvcStatusTrackerLoad: 'dvc-status-tracker-load',
      onDvcError: 'dvc-error',
    });
  });

  it('leaves the completeness of the list to the compiler (`npm run typecheck` checks these lines)', () => {
    // @ts-expect-error 'dvc-error' is missing
    const missing = reactEvents<ExampleEventMap>({
      'dvc-procedure-select': true,
      'dvc-status-tracker-load': true,
    });
    const invented = reactEvents<ExampleEventMap>({
      'dvc-procedure-select': true,
      'dvc-status-tracker-load': true,
      'dvc-error': true,
      // @ts-expect-error no such event in the map
      'dvc-procedure-selected': true,
    });
    // At run time the props are exactly the types given: nothing is invented or dropped silently.
    expect(Object.keys(missing)).toEqual(['onDvcProcedureSelect', 'onDvcStatusTrackerLoad']);
    expect(Object.keys(invented)).toHaveLength(4);
  });
});
