import { expect, test } from 'vitest';
import { brief, decodeHcl } from '../test-support.js';
import { dockerImportSchema } from './docker-import/config.js';
import { dockerPushSchema } from './docker-push/config.js';
import { dockerSaveSchema } from './docker-save/config.js';
import { dockerTagSchema } from './docker-tag/config.js';

test('docker post-processors', () => {
  expect(decodeHcl(dockerTagSchema, 'repository = "r"\ntags = ["a", "b"]\nforce = true\n').value).toMatchObject({ repository: 'r', tags: ['a', 'b'], tag: [], force: true });
  expect(decodeHcl(dockerImportSchema, 'repository = "r"\ntag = "t"\nchanges = ["CMD x"]\n').value).toMatchObject({ tag: 't', changes: ['CMD x'] });
  expect(decodeHcl(dockerSaveSchema, 'path = "img.tar"\n').value).toMatchObject({ path: 'img.tar', docker_path: 'docker' });
  expect(brief(decodeHcl(dockerPushSchema, 'login = true\nlogin_username = "u"\nlogin_password = "p"\n').diagnostics)).toEqual([]);
  expect(brief(decodeHcl(dockerPushSchema, 'ecr_login = true\n').diagnostics)).toEqual(['E Invalid configuration: ECR login requires login server to be provided. @1:13']);
});
