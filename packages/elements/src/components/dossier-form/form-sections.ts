import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import type { FieldSection, FieldValues } from './form-field.js';
import type { Location, ProcedureDetail, Ward } from './form-types.js';
import { attachmentPointer } from './pointers.js';
import { uploadedDocuments } from './sections/attachments-section.js';
import { type DeliveryMethod, deliverySection } from './sections/delivery-section.js';
import { eFormSections } from './sections/eform-fields.js';
import { ownerSection } from './sections/owner-section.js';
import { FILER_ROLE, type FilerRole, representativeSection } from './sections/representative-section.js';

/** What the form's sections are built from. */
export interface FormSectionsInput {
  readonly procedure: ProcedureDetail;
  readonly values: FieldValues;
  /** Hà Nội's wards, once loaded. */
  readonly wards: readonly Ward[] | undefined;
  /** The result-return places of the chosen ward, `'loading'`, or `undefined` before a ward is chosen. */
  readonly locations: readonly Location[] | 'loading' | undefined;
  readonly locale: Locale;
}

/** The form's field sections: those before the documents, then where the result goes. */
export interface FormSections {
  readonly fields: readonly FieldSection[];
  readonly delivery: FieldSection;
}

/**
 * The sections of the fill-in step, in order: the procedure's case (when it has several), the owner,
 * who files, the e-form's sections; then — after the documents — where the result goes. Built again at
 * each render from the values, so that fields follow the choices (who files, how the result comes).
 */
export function formSections(input: FormSectionsInput): FormSections {
  const { procedure, values, locale } = input;
  const wardOptions = (input.wards ?? [])
    .map((ward) => ({ value: ward.code, label: locale === 'vi' ? ward.fullName : ward.fullNameEn }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const fields: FieldSection[] = [];
  if (procedure.cases.length > 1) {
    fields.push({
      id: 'case',
      title: procedure.name[locale],
      fields: [
        {
          pointer: '/caseCode',
          label: msg('Trường hợp', { id: 'form.case' }),
          control: 'select',
          required: true,
          options: procedure.cases.map((item) => ({ value: item.code, label: item.name[locale] })),
        },
      ],
    });
  }
  fields.push(
    ownerSection(wardOptions),
    representativeSection(values[FILER_ROLE] as FilerRole, procedure.requiredDocuments, locale),
    ...eFormSections(procedure.eForm, locale, wardOptions),
  );
  const method = values['/delivery/method'] as DeliveryMethod;
  return {
    fields,
    delivery: deliverySection({ method, wardOptions, locations: input.locations, locale }),
  };
}

/**
 * The pointers of the fill-in step in the order the form shows them — fields, the documents' file
 * fields, then where the result goes — the order of the error summary and of the checks.
 */
export function fieldOrderOf(sections: FormSections, procedure: ProcedureDetail): string[] {
  return [
    ...sections.fields.flatMap((section) => section.fields).map((def) => def.pointer),
    ...uploadedDocuments(procedure.requiredDocuments).map((document) => attachmentPointer(document.code)),
    ...sections.delivery.fields.map((def) => def.pointer),
  ];
}
