/**
 * NATS_URL as the NATS client takes it: a comma-separated list of servers, with the user and password
 * (compose's `nats://care:secret@nats:4222`) moved out of the URLs into options. The client does not
 * read credentials from a server URL: left there, they are never sent and the server refuses us.
 */
export function natsServers(url: string): { servers: string[]; user?: string; pass?: string } {
  let user: string | undefined;
  let pass: string | undefined;
  const servers = url.split(',').map((server) => {
    const match = /^([a-z]+:\/\/)([^@/]*)@(.*)$/i.exec(server.trim());
    if (!match) return server.trim();
    const [name, password] = match[2]!.split(':');
    user ??= decodeURIComponent(name ?? '');
    pass ??= password === undefined ? undefined : decodeURIComponent(password);
    return `${match[1]}${match[3]}`;
  });
  return { servers, ...(user ? { user } : {}), ...(pass === undefined ? {} : { pass }) };
}

/**
 * Client options every Care Graph connection shares. `noAsyncTraces`: the client would otherwise build
 * an Error (a stack trace) ahead of every request and publish acknowledgement, in case it times out;
 * on the relay's and the consumers' hot paths that is a cost per event. A timeout still fails with its
 * message; only the caller's async stack is not attached.
 */
export const NATS_CLIENT_OPTIONS = { noAsyncTraces: true } as const;
