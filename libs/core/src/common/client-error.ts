import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { API_VERSION } from '../openapi/openapi';
import { PROBLEM_BASE } from './problem.filter';

interface ClientError extends Error {
  code?: string;
}
interface Socket {
  writable: boolean;
  end(data: string): void;
  destroy(): void;
}

/**
 * What Node's HTTP parser refuses before any handler sees it (a URL or headers over the size limit,
 * a malformed request line) is answered as an RFC 9457 problem too, not an empty 400/431.
 */
@Injectable()
export class ClientErrorProblems implements OnApplicationBootstrap {
  constructor(private readonly host: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const server = this.host.httpAdapter?.getHttpServer?.() as { on?(event: string, f: (e: ClientError, s: Socket) => void): void } | undefined;
    server?.on?.('clientError', (err, socket) => {
      if (err.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
      const large = err.code === 'HPE_HEADER_OVERFLOW';
      const status = large ? 431 : 400;
      const body = JSON.stringify({
        type: `${PROBLEM_BASE}${large ? 'request-header-fields-too-large' : 'bad-request'}`,
        title: large ? 'Request header fields too large' : 'Bad request',
        status,
        detail: large ? 'The URL or the headers are longer than the server accepts.' : 'The request could not be read as HTTP.',
      });
      socket.end(
        `HTTP/1.1 ${status} ${large ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/problem+json\r\nAPI-Version: ${API_VERSION}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    });
  }
}
