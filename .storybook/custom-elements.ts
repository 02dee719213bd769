// `custom-elements.json` as Storybook should read it: the public API only. The analyzer lists private
// and protected members too, and an attribute apart from its property; Storybook would turn each into
// a control (`codeText`, `providedClient`, both `status-url` and `statusUrl`).

/** The parts of a custom elements manifest (schema 2.x) this file reads. */
export interface CustomElementsManifest {
  readonly schemaVersion: string;
  readonly modules: readonly ManifestModule[];
}

interface ManifestModule {
  readonly path: string;
  readonly declarations?: readonly ManifestDeclaration[];
  readonly [key: string]: unknown;
}

interface ManifestDeclaration {
  readonly name: string;
  readonly tagName?: string;
  readonly members?: readonly ManifestMember[];
  readonly attributes?: readonly ManifestAttribute[];
  readonly events?: readonly { readonly name?: string }[];
  readonly [key: string]: unknown;
}

interface ManifestMember {
  readonly kind: 'field' | 'method';
  readonly name: string;
  readonly privacy?: 'public' | 'private' | 'protected';
  readonly static?: boolean;
  readonly attribute?: string;
  readonly description?: string;
  readonly [key: string]: unknown;
}

interface ManifestAttribute {
  readonly name: string;
  readonly fieldName?: string;
  readonly [key: string]: unknown;
}

const isPublicInstanceMember = (member: ManifestMember): boolean =>
  (member.privacy === undefined || member.privacy === 'public') && member.static !== true;

/** The members with their attribute named in the description, since the attribute entry goes. */
function publicMembers(members: readonly ManifestMember[]): ManifestMember[] {
  return members.filter(isPublicInstanceMember).map((member) =>
    member.attribute === undefined
      ? member
      : {
          ...member,
          description: `${member.description ?? ''}\n\nAttribute: \`${member.attribute}\`.`.trim(),
        },
  );
}

/**
 * The manifest with, for each custom element, only its public instance members, and only the
 * attributes that have no property of their own (a property's attribute is named in its
 * description). Storybook then shows one control per thing an app can set.
 *
 * @example
 * setCustomElementsManifest(publicApiManifest(manifest));
 */
export function publicApiManifest(manifest: CustomElementsManifest): CustomElementsManifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (declaration.tagName === undefined) return declaration;
        const members = publicMembers(declaration.members ?? []);
        const properties = new Set(members.map((member) => member.name));
        return {
          ...declaration,
          members,
          attributes: (declaration.attributes ?? []).filter(
            (attribute) => attribute.fieldName === undefined || !properties.has(attribute.fieldName),
          ),
        };
      }),
    })),
  };
}

/** The names of every custom element's events (`dvc-receipt-load`, …), for the actions panel. */
export function eventNames(manifest: CustomElementsManifest): string[] {
  const names = new Set<string>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) if (event.name) names.add(event.name);
    }
  }
  return [...names];
}
