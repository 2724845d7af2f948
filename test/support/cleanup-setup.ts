// Vitest setup file: removes every tracked temporary directory once a test file has run.
import { afterAll } from 'vitest';
import { removeTrackedTempDirs } from './temp-dirs.js';

afterAll(() => removeTrackedTempDirs());
