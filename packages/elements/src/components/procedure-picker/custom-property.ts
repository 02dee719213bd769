import { type ElementPart, noChange, nothing } from 'lit';
import { Directive, type DirectiveResult, directive, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Sets one custom property on an element through the CSS object model: `<div ${customProperty('--_index', 3)}>`.
 *
 * Lit's `styleMap` writes the `style` attribute as text on first render, which a strict CSP without
 * `'unsafe-inline'` refuses; `style.setProperty()` is allowed under any CSP.
 */
class CustomPropertyDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    // A mistake in our own templates, caught by any test that renders them: not app input.
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('customProperty() must be bound to an element, not to an attribute or a text.');
    }
  }

  render(_name: string, _value: string | number): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string | number]): typeof noChange {
    (part.element as HTMLElement).style.setProperty(name, String(value));
    return noChange;
  }
}

/** Sets the custom property `name` to `value` on the element it is placed on, CSP-safely. */
export const customProperty: (
  name: string,
  value: string | number,
) => DirectiveResult<typeof CustomPropertyDirective> = directive(CustomPropertyDirective);
