/** The side navigation's width: the shell lays it out, and transient notes sit over its foot. */
export const NAV_WIDTH = 208;
