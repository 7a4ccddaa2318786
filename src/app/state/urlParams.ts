/** The query parameters the URL codec owns, in the order it writes them. */
export const VIEW_PARAMS = ['c', 'm', 't', 'from', 'to', 'q', 'w', 'e', 's', 'h'] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];
