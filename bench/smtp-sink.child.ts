/** A counting SMTP server in its own process, so the benchmarks measure the sender, not a sink sharing its event loop. */
import { SMTPServer } from 'smtp-server';

let accepted = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  maxClients: 500,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      accepted++;
      callback();
    });
  },
});
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.server.address() as { port: number }).port }));
process.on('message', (m: { type: string }) => {
  if (m.type === 'count') process.send!({ accepted });
  if (m.type === 'stop') server.close(() => process.exit(0));
});
