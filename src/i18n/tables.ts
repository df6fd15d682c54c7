// Every language's message table, by language code: the one list the game and the tools share.
// Imports the tables.

import { ar } from './ar';
import { en } from './en';
import type { Messages } from './messages';

export const MESSAGE_TABLES: Readonly<Record<string, Messages>> = { en, ar };
