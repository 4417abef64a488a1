/**
 * Everyday English words (the stopwords-iso English list, 1,298 words: "number", "areas",
 * "every", "year"). A question word with no gloss that is one of these says nothing the plans
 * lack; a rarer one ("midwives", "ordinance") names something no plan may cover.
 */
import { z } from 'zod';
import words from 'stopwords-en/stopwords-en.json';

export const EN_COMMON: ReadonlySet<string> = new Set(z.array(z.string()).parse(words));
