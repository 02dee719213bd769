import type { ErrorObject } from 'ajv';
import type { LocalizedText } from '../http/problem.js';

/**
 * User-safe messages for schema errors, in Vietnamese (first) and English. They name the problem, not
 * the schema keyword, so that a form can show them next to the field as they are.
 */
export function fieldErrorMessage(error: ErrorObject): LocalizedText {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { vi: 'Thông tin này là bắt buộc.', en: 'This information is required.' };
    case 'type':
      return { vi: 'Giá trị không đúng kiểu dữ liệu.', en: `Expected a value of type ${String(p.type)}.` };
    case 'minLength':
      return p.limit === 1
        ? { vi: 'Thông tin này là bắt buộc.', en: 'This information is required.' }
        : { vi: `Cần ít nhất ${p.limit} ký tự.`, en: `Use at least ${p.limit} characters.` };
    case 'maxLength':
      return { vi: `Không quá ${p.limit} ký tự.`, en: `Use at most ${p.limit} characters.` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { vi: `Giá trị phải từ ${p.limit} trở lên.`, en: `The value must be at least ${p.limit}.` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { vi: `Giá trị không được lớn hơn ${p.limit}.`, en: `The value must be at most ${p.limit}.` };
    case 'minItems':
      return { vi: `Cần ít nhất ${p.limit} mục.`, en: `Add at least ${p.limit} item(s).` };
    case 'maxItems':
      return { vi: `Không quá ${p.limit} mục.`, en: `Use at most ${p.limit} items.` };
    case 'uniqueItems':
      return { vi: 'Các mục không được trùng nhau.', en: 'Items must not repeat.' };
    case 'enum':
    case 'const':
      return {
        vi: 'Giá trị không nằm trong danh sách cho phép.',
        en: 'This value is not one of the allowed values.',
      };
    case 'format':
      return { vi: 'Giá trị không đúng định dạng.', en: `Expected the ${String(p.format)} format.` };
    case 'pattern':
      return { vi: 'Giá trị không đúng định dạng.', en: 'The value does not have the expected format.' };
    case 'additionalProperties':
      return {
        vi: 'Trường này không có trong hợp đồng API.',
        en: `Unknown property ${String(p.additionalProperty)}.`,
      };
    default:
      return { vi: 'Giá trị không hợp lệ.', en: 'The value is not valid.' };
  }
}
