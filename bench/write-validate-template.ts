// Writes the large validate benchmark template to a file, so kiln and packer validate the same bytes.
import { writeFileSync } from 'node:fs';
import { generateValidateTemplate } from './validate-template.js';

writeFileSync(process.argv[2]!, generateValidateTemplate(Number(process.argv[3] ?? 200)));
