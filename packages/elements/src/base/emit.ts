/**
 * Dispatches a dvc-kit event the way every element does: a `CustomEvent` with a typed `detail` that
 * bubbles and crosses shadow roots (`composed`), so an app can listen on any ancestor. Returns
 * `false` when a listener cancelled it (`cancelable` events only).
 *
 * @example
 * if (emit<DvcReceiptEventMap, 'dvc-receipt-print'>(this, 'dvc-receipt-print', detail, { cancelable: true })) print();
 */
export function emit<EventMap, Type extends keyof EventMap & string>(
  target: EventTarget,
  type: Type,
  detail: EventMap[Type] extends CustomEvent<infer Detail> ? Detail : never,
  init: { readonly cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, ...init }));
}
