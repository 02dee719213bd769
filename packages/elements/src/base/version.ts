/**
 * The version of `@dvc-kit/elements` this copy was built from. Registration warnings name it so that a
 * partner who finds two bundles on one page can tell which one owns a tag. A unit test keeps it equal
 * to `package.json`'s version.
 */
export const ELEMENTS_VERSION = '0.1.0';
