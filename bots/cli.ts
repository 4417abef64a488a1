/** Shared start of the bot commands: configuration, the token check, the Q&A service. */
import { createEngine } from '../src/answer/engine.js';
import { createService, type QaService } from '../src/answer/service.js';
import { configOrExit, type Config } from '../src/config.js';
import { ensureIndex } from '../src/store.js';

export function botStartup(token: 'TELEGRAM_BOT_TOKEN' | 'ZALO_BOT_TOKEN', missing: string): { config: Config; token: string; service: QaService; args: string[] } {
  const config = configOrExit(process.env);
  const value = config[token];
  if (!value) {
    console.error(missing);
    process.exit(2);
  }
  const service = createService(createEngine(ensureIndex((m) => console.log(m))));
  return { config, token: value, service, args: process.argv.slice(2) };
}

/** The URL after --set-webhook, if given. */
export function webhookArg(args: string[]): string | undefined {
  const at = args.indexOf('--set-webhook');
  return at >= 0 ? (args[at + 1] ?? '') : undefined;
}

/** How long a bot may take to stop polling before it exits anyway (an unreachable API retried forever must not keep it alive). */
const STOP_GRACE_MS = 5000;

/** Ctrl+C or SIGTERM: stop polling, and exit within STOP_GRACE_MS whatever the network does. */
export function onStop(stop: () => unknown): void {
  const handler = (): void => {
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
    void Promise.resolve(stop()).catch(() => process.exit(0));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
