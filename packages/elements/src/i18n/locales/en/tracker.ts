// English templates of the `tracker.*` messages (see ../en.ts).
export const trackerTemplates = {};
