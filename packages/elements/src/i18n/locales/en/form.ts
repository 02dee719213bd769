// English templates of the `form.*` messages (see ../en.ts).
export const formTemplates = {};
