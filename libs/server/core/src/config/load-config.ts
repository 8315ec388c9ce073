import { configSchema, type AppConfig } from './config.schema';

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly reason: string) {
    super(`Invalid configuration: ${variable} ${reason}`);
  }
}

/**
 * The one place that reads the environment. Empty strings count as unset, so `FOO=` in an .env file
 * means "use the default". Throws ConfigError naming the first bad variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue.path[0] ?? 'configuration');
  const reason = issue.code === 'invalid_type' && present[variable] === undefined ? 'is required' : issue.message;
  throw new ConfigError(variable, reason);
}

/** Loads the configuration or prints one line naming the bad variable and exits 1. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
