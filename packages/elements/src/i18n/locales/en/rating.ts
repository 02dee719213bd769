// English templates of the `rating.*` messages (see ../en.ts).
export const ratingTemplates = {};
