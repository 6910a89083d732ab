/** The shape every dictionary must have: English is the reference. */
import type { en } from './en.ts';

export type Messages = typeof en;
