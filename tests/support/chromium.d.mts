/** Flags every test launch of Chromium uses. */
export declare const CHROMIUM_ARGS: readonly string[];
/** `CHROME_PATH`, else Debian's Chromium; throws with how to install one when neither exists. */
export declare function chromiumPath(): string;
