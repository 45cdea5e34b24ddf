import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart, { type Multipart } from '@fastify/multipart';
import { sendError } from './errors.tsx';
import type { UploadedFile } from '../files/images.ts';

// Multipart bodies (forms with a file field) are accepted only by routes that declare
// `config: { permission: …, uploads: true }`; any other route answers 415 before reading a byte.
// On an upload route the body is read in two steps inside the permission/CSRF preHandler:
//   1. after the permission check, only the first part: it must be the `_csrf` field (the
//      platform's <Form> writes it first, and browsers send fields in document order);
//   2. after the CSRF check, the rest: fields and files, within the limits below.
// So neither an anonymous sender nor a forged form gets a file read, buffered or parsed.

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route takes files: it accepts multipart/form-data (see platform/http/uploads.ts).
     * `true` allows one file of UPLOAD_LIMITS.fileSize; `{ maxFileBytes }` sets another size
     * (a scanned PDF is larger than a logo). A larger file arrives cut off, marked `truncated`.
     */
    uploads?: boolean | { maxFileBytes: number };
    /**
     * For an upload route that may ask for the second factor again (`recentSecondFactor`):
     * sets the request's files aside as pending files (platform/files/storage.ts) before the
     * code question answers it, and returns the fields that name them. They ride along with
     * the typed values, so the form sent again with the code still has its files.
     */
    keepUploads?(request: FastifyRequest): Promise<Record<string, string>>;
  }
}

/** One file of at most 1 MB (checked again by type in platform/files), a form's worth of fields. */
export const UPLOAD_LIMITS = { fileSize: 1024 * 1024, files: 1, fields: 80, parts: 81, fieldSize: 64 * 1024 };

const MULTIPART = /^multipart\//i;
const PARTS = Symbol('upload parts');

type Parts = AsyncIterator<Multipart>;
type UploadRequest = FastifyRequest & { [PARTS]?: Parts };

/** A body the parser could not read: the app's 400 page, logged at info level, never a 500. */
class MalformedUpload extends Error {
  readonly statusCode = 400;
  readonly code = 'FST_UPLOAD_MALFORMED';
  constructor(cause: unknown) {
    super('malformed multipart body', { cause });
  }
}

function isUploadRoute(request: FastifyRequest): boolean {
  const uploads = request.routeOptions.config?.uploads;
  return uploads === true || (typeof uploads === 'object' && uploads !== null);
}

function limitsFor(request: FastifyRequest) {
  const uploads = request.routeOptions.config?.uploads;
  return typeof uploads === 'object' && uploads ? { ...UPLOAD_LIMITS, fileSize: uploads.maxFileBytes } : UPLOAD_LIMITS;
}

async function nextPart(parts: Parts): Promise<Multipart | null> {
  try {
    const { value, done } = await parts.next();
    return done ? null : value;
  } catch (err) {
    // No boundary, a part cut off, too many parts or fields, a bad JSON field: all the sender's doing.
    throw new MalformedUpload(err);
  }
}

export async function registerUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { throwFileSizeLimit: false, limits: UPLOAD_LIMITS });
  app.addHook('onRequest', async (request, reply) => {
    if (MULTIPART.test(request.headers['content-type'] ?? '') && !isUploadRoute(request))
      return sendError(request, reply, 415, 'badRequest');
  });
}

/**
 * Step 1, after the permission check: on an upload route sent as multipart, reads the first
 * part only and puts it in `request.body` if it is the `_csrf` field, so the usual CSRF check
 * reads the token from the form itself (never from the URL). Anything else leaves the body
 * empty and the CSRF check refuses.
 */
export async function readUploadToken(request: FastifyRequest): Promise<void> {
  if (!isUploadRoute(request) || !request.isMultipart()) return;
  const parts = request.parts({ limits: limitsFor(request) })[Symbol.asyncIterator]();
  const first = await nextPart(parts);
  const token = first?.type === 'field' && first.fieldname === '_csrf' && typeof first.value === 'string' ? first.value : null;
  request.body = token === null ? {} : { _csrf: token };
  if (token !== null) (request as UploadRequest)[PARTS] = parts;
}

function add(body: Record<string, unknown>, name: string, value: unknown) {
  const had = body[name];
  body[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
}

/**
 * Step 2, after the CSRF check: reads the rest of the body into `request.body` as the forms
 * expect it (a value, or an array for a repeated field; a file as {@link UploadedFile}).
 */
export async function readUploadBody(request: FastifyRequest): Promise<void> {
  const parts = (request as UploadRequest)[PARTS];
  if (!parts) return;
  delete (request as UploadRequest)[PARTS];
  const body = request.body as Record<string, unknown>;
  for (let part = await nextPart(parts); part; part = await nextPart(parts)) {
    if (part.fieldname in Object.prototype) throw new MalformedUpload(part.fieldname);
    if (part.type === 'file') {
      let data: Buffer;
      try {
        data = await part.toBuffer();
      } catch (err) {
        throw new MalformedUpload(err);
      }
      const file: UploadedFile = { data, truncated: part.file.truncated, filename: part.filename };
      add(body, part.fieldname, file);
    } else if (typeof part.value === 'string') add(body, part.fieldname, part.value);
    else throw new MalformedUpload('a field that is not text');
  }
}
