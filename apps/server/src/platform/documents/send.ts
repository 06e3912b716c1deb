import type { FastifyReply } from 'fastify';
import { attachment } from './xlsx.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

/** A generated document as a download with its Vietnamese file name. */
export function sendDocument(reply: FastifyReply, doc: { filename: string; content: Buffer }, type: string) {
  return reply.type(type).header('content-disposition', attachment(doc.filename)).send(doc.content);
}
