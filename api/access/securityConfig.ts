// How long sign-in links and sessions live, and how many requests the rate limits let through.
// Read once at start-up; a value that is not a positive whole number stops the API.

export interface SecurityConfig {
  /** SIGN_IN_LINK_MINUTES: how long an emailed sign-in link can be used. */
  signInLinkMinutes: number;
  /** SESSION_HOURS: how long a session lasts after sign-in. */
  sessionHours: number;
  /** RATE_LIMIT_WINDOW_SECONDS: the window every rate limit counts in. */
  rateLimitWindowSeconds: number;
  /** RATE_LIMIT_SIGN_IN_MAX: sign-in link requests per client address and window. */
  signInRequestsPerWindow: number;
  /** RATE_LIMIT_LINK_MAX: requests to action and sign-in links per client address and window. */
  linkRequestsPerWindow: number;
}

function positiveWholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  }
  return value;
}

export function securityConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SecurityConfig {
  return {
    signInLinkMinutes: positiveWholeNumber(env, 'SIGN_IN_LINK_MINUTES', 15),
    sessionHours: positiveWholeNumber(env, 'SESSION_HOURS', 12),
    rateLimitWindowSeconds: positiveWholeNumber(env, 'RATE_LIMIT_WINDOW_SECONDS', 900),
    signInRequestsPerWindow: positiveWholeNumber(env, 'RATE_LIMIT_SIGN_IN_MAX', 10),
    linkRequestsPerWindow: positiveWholeNumber(env, 'RATE_LIMIT_LINK_MAX', 100),
  };
}

/** The configuration an app was given, or the environment's. */
export const securityOf = (deps: { security?: SecurityConfig }): SecurityConfig =>
  deps.security ?? securityConfigFromEnv();
