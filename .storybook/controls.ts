// Controls for the argTypes Storybook reads from `custom-elements.json`. The manifest gives types as
// TypeScript text (`string | undefined`, `DvcClient | undefined`), which Storybook would show as JSON
// editors; this picks the control a reviewer can use, and none for objects a story sets itself.
import type { ArgTypes, Preview } from '@storybook/web-components-vite';

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

type ArgType = ArgTypes[string];

// The manifest's categories whose entries are values an app sets; events, slots, parts and custom
// properties are documented in the table but have no control.
const SETTABLE_CATEGORIES = new Set(['properties', 'attributes']);

/** The control for a TypeScript type's text: text, number or boolean, or none. */
function controlFor(typeText: string): ArgType['control'] {
  const parts = new Set(typeText.split('|').map((part) => part.trim()));
  parts.delete('undefined');
  parts.delete('null');
  if (parts.size !== 1) return false;
  const [only] = parts;
  // Object forms: enhancers run after Storybook has normalised the `'text'` shorthand.
  if (only === 'string') return { type: 'text' };
  if (only === 'number') return { type: 'number' };
  if (only === 'boolean') return { type: 'boolean' };
  return false;
}

/**
 * An `argTypesEnhancer`: gives each manifest argType without a control of its own a text, number or
 * boolean control from its type, and no control to the rest. A story that lists `options` for a
 * union (`layout: { control: 'inline-radio', options: RECEIPT_LAYOUTS }`) keeps its own.
 */
export const controlsFromManifestTypes: ArgTypesEnhancer = (context) => {
  const argTypes: ReturnType<ArgTypesEnhancer> = {};
  for (const [name, argType] of Object.entries(context.argTypes)) {
    const category = argType.table?.category;
    if (argType.control !== undefined || category === undefined) {
      argTypes[name] = argType;
    } else if (SETTABLE_CATEGORIES.has(category)) {
      argTypes[name] = { ...argType, control: controlFor(argType.table?.type?.summary ?? '') };
    } else {
      argTypes[name] = { ...argType, control: false };
    }
  }
  return argTypes;
};
