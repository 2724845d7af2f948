// The file provisioner at build time: uploads files, directories or content, or downloads them, over the communicator.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { Communicator } from '../../../communicator/communicator.js';
import type { PluginContext } from '../../../core/plugin-runtime.js';
import type { ProvisionerRuntime } from '../../../core/plugin-runtime.js';
import { noCommunicatorError } from '../shell/runtime.js';
import type { FileProvisionerConfig } from './config.js';
import { errorText } from '../../../core/error-text.js';

export const runtime: ProvisionerRuntime<FileProvisionerConfig> = {
  async provision(config, ctx) {
    const comm = ctx.communicator;
    if (comm === undefined) throw noCommunicatorError('file');
    const dst = config.destination ?? '';
    const sources = [...config.sources, ...(config.source !== undefined && config.source !== '' ? [config.source] : [])];
    if (config.direction === 'download') {
      for (const src of sources) await download(comm, src, dst, ctx);
      return;
    }
    if (config.content !== undefined) {
      ctx.ui.say(`Uploading content => ${dst}`);
      const bytes = Buffer.from(config.content);
      await comm.upload(dst, Readable.from([bytes]), { signal: ctx.signal, size: bytes.length });
      return;
    }
    if (sources.length > 1 && !dst.endsWith('/')) throw new Error('Destination must be a directory (ending with "/") when uploading multiple sources');
    for (const src of sources) await upload(comm, src, dst, ctx);
  },
};

async function upload(comm: Communicator, src: string, dst: string, ctx: PluginContext): Promise<void> {
  const local = resolve(ctx.cwd, src);
  ctx.ui.say(`Uploading ${src} => ${dst}`);
  let info;
  try {
    info = await stat(local);
  } catch (e) {
    throw new Error(`Error uploading ${src}: ${errorText(e, ctx.cwd)}`, { cause: e });
  }
  if (info.isDirectory()) {
    // Packer's trailing-slash rule lives in the communicator: "dir/" uploads the contents, "dir" the directory itself.
    await comm.uploadDir(dst, src.endsWith('/') ? `${local}/` : local, { signal: ctx.signal });
    return;
  }
  const target = dst.endsWith('/') ? `${dst}${basename(src)}` : dst;
  // Count bytes as the communicator pulls them; a 'data' listener would start the flow before it reads.
  const total = info.size;
  async function* counted(): AsyncGenerator<Buffer> {
    let done = 0;
    for await (const chunk of createReadStream(local)) {
      const c = chunk as Buffer;
      done += c.length;
      ctx.ui.progress?.(basename(src), done, total);
      yield c;
    }
  }
  const stream = Readable.from(counted());
  try {
    await comm.upload(target, stream, { signal: ctx.signal, size: info.size, mode: info.mode & 0o777 });
  } catch (e) {
    throw new Error(`Error uploading ${src}: ${errorText(e, ctx.cwd)}`, { cause: e });
  }
}

async function download(comm: Communicator, src: string, dst: string, ctx: PluginContext): Promise<void> {
  ctx.ui.say(`Downloading ${src} => ${dst}`);
  const localDst = resolve(ctx.cwd, dst);
  if (src.endsWith('/')) {
    await comm.downloadDir(src, localDst, { signal: ctx.signal });
    return;
  }
  const target = dst.endsWith('/') ? resolve(localDst, basename(src)) : localDst;
  await mkdir(dirname(target), { recursive: true });
  try {
    await comm.download(src, createWriteStream(target), { signal: ctx.signal });
  } catch (e) {
    await rm(target, { force: true });
    throw new Error(`Error downloading ${src}: ${errorText(e, ctx.cwd)}`, { cause: e });
  }
}
