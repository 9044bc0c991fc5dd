/**
 * Writes docs/DICTIONARY.md from the data dictionary (`npm run docs:dictionary`); the same table is
 * written as dictionary.csv into every output folder. test/outputs/dictionary.test.ts fails while
 * the page is out of date.
 */
import { writeFileSync } from 'node:fs';
import { dictionaryMarkdown } from '../../viz/dictionary.js';

writeFileSync('docs/DICTIONARY.md', dictionaryMarkdown());
process.stdout.write('docs/DICTIONARY.md written\n');
