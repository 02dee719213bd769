import type { EventName } from '@lit/react';

/** `dvc-procedure-select` → `DvcProcedureSelect`. */
type PascalCase<Text extends string> = Text extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Text>;

/**
 * The React event props of an element's event map: `dvc-procedure-select` becomes
 * `onDvcProcedureSelect`, typed with the event's own type (`CustomEvent<DvcProcedureSelectDetail>`).
 */
export type ReactEventProps<EventMap> = {
  [Type in keyof EventMap & string as `on${PascalCase<Type>}`]: EventName<
    EventMap[Type] extends Event ? EventMap[Type] : never
  >;
};

function pascalCase(type: string): string {
  return type
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * The `events` option of `createComponent` for an element's event map. The argument names every event
 * of the map (the compiler refuses a missing or unknown one), so a new event of an element cannot be
 * forgotten here.
 *
 * @example
 * reactEvents<DvcProcedurePickerEventMap>({ 'dvc-procedure-select': true });
 * // → { onDvcProcedureSelect: 'dvc-procedure-select' }, typed EventName<CustomEvent<…>>
 */
export function reactEvents<EventMap>(
  types: Record<keyof EventMap & string, true>,
): ReactEventProps<EventMap> {
  return Object.fromEntries(
    Object.keys(types).map((type) => [`on${pascalCase(type)}`, type]),
  ) as ReactEventProps<EventMap>;
}
