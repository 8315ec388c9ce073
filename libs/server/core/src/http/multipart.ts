import { Transform, type Readable } from 'node:stream';
import { PayloadTooLargeException, ValidationException } from '../errors';
import busboy from 'busboy';
import type { Request } from 'express';

/**
 * Streams one file field of a multipart request into `consume` (never buffering the whole upload),
 * failing with 413 as soon as it passes `maxBytes`.
 */
export function readMultipartFile<T>(req: Request, opts: { field: string; maxBytes: number }, consume: (file: Readable) => Promise<T>): Promise<T> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > opts.maxBytes + 64 * 1024) {
    req.resume();
    return Promise.reject(tooLarge(opts.maxBytes));
  }
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: opts.maxBytes } });
    } catch (error) {
      reject(new ValidationException([{ field: opts.field, messages: [(error as Error).message] }]));
      return;
    }
    let started = false;
    parser.on('file', (name, file) => {
      if (name !== opts.field || started) {
        file.resume();
        return;
      }
      started = true;
      file.on('limit', () => file.destroy(tooLarge(opts.maxBytes)));
      consume(file).then(resolve, reject);
    });
    parser.on('error', (error) => reject(new ValidationException([{ field: opts.field, messages: [(error as Error).message] }])));
    parser.on('close', () => {
      if (!started) reject(new ValidationException([{ field: opts.field, messages: [`${opts.field} is required: send the CSV as the multipart field "${opts.field}"`] }]));
    });
    req.pipe(parser);
  });
}

const tooLarge = (maxBytes: number) => new PayloadTooLargeException(`The file is larger than the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit`);

/** The request body as a stream that fails with 413 once it passes `maxBytes` (for raw text/csv uploads). */
export function limitBytes(req: Request, maxBytes: number): Readable {
  let seen = 0;
  const limiter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) {
        req.unpipe(limiter);
        req.resume();
        done(tooLarge(maxBytes));
        return;
      }
      done(null, chunk);
    },
  });
  req.on('error', (error) => limiter.destroy(error));
  return req.pipe(limiter);
}
