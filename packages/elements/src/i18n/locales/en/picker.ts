// English templates of the `picker.*` messages (see ../en.ts).
export const pickerTemplates = {};
