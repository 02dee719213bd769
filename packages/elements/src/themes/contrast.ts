// WCAG 2.2 contrast ratio (success criteria 1.4.3 and 1.4.11), used by the tests that keep every
// partner preset readable: text on a coloured button must reach 4.5:1.

const HEX_COLOR = /^#([0-9a-f]{6})$/i;

/** Parses `#rrggbb` into 0–255 channels; throws for anything else (presets are written as `#rrggbb`). */
function parseHexColor(color: string): readonly [number, number, number] {
  const match = HEX_COLOR.exec(color);
  if (!match?.[1]) throw new TypeError(`Expected a #rrggbb colour, got ${JSON.stringify(color)}`);
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

// sRGB channel to linear light, with the constants of the WCAG definition of relative luminance.
function linearChannel(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The relative luminance of a `#rrggbb` colour: 0 for black, 1 for white. */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHexColor(color);
  return 0.2126 * linearChannel(r) + 0.7152 * linearChannel(g) + 0.0722 * linearChannel(b);
}

/**
 * The WCAG contrast ratio of two `#rrggbb` colours, from 1 (same) to 21 (black on white).
 *
 * @example
 * contrastRatio('#ffffff', '#000000'); // 21
 */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort(
    (a, b) => b - a,
  );
  // 0.05 is the WCAG flare term: it keeps the ratio finite for black.
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}
