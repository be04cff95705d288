// Text to put inside a regular expression as itself: names and phrases found in an article become patterns.
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
