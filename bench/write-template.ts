// Writes the generated benchmark template to a file, so both kiln and packer format the same bytes.
import { writeFileSync } from 'node:fs';
import { generateTemplate } from './generate-template.js';

writeFileSync(process.argv[2]!, generateTemplate(Number(process.argv[3] ?? 1024 * 1024)));
