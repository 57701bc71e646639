/**
 * The UTF-16 codes the Markdown scanners compare with `charCodeAt`, by name: a number alone in a
 * comparison says nothing about the character it stands for.
 */
export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const BANG = 33; // !
export const DOUBLE_QUOTE = 34; // "
export const HASH = 35; // #
export const OPEN_PAREN = 40; // (
export const CLOSE_PAREN = 41; // )
export const SLASH = 47; // /
export const COLON = 58; // :
export const LESS_THAN = 60; // <
export const GREATER_THAN = 62; // > (blockquote)
export const OPEN_BRACKET = 91; // [
export const CLOSE_BRACKET = 93; // ]
export const BACKTICK = 96; // `
export const TILDE = 126; // ~
/** The byte order mark some editors put before a note's first character. */
export const BOM = 0xfeff;
