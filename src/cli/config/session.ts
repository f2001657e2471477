/**
 * Where the CLI's settings come from (botocore's session and the AWS CLI's config chains):
 * the command line beats environment variables, which beat the profile in the shared config
 * file (`AWS_CONFIG_FILE`, `~/.aws/config`), with credentials also read from the shared
 * credentials file (`AWS_SHARED_CREDENTIALS_FILE`, `~/.aws/credentials`).
 *
 * - profile: `--profile`, `AWS_PROFILE`/`AWS_DEFAULT_PROFILE`, `default`; a named profile that
 *   exists in neither file is `The config profile (x) could not be found` (exit 255);
 * - region: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`;
 * - output: `--output`, `AWS_DEFAULT_OUTPUT`, the profile's `output`, `json`;
 * - credentials: environment (not when `--profile` was given), the credentials file, the config
 *   file; none is `Unable to locate credentials` (exit 253). Portico does not query instance
 *   metadata, SSO or credential processes.
 * - endpoint (beyond 2.9.19, as later v2 releases): `--endpoint-url`,
 *   `AWS_ENDPOINT_URL_API_GATEWAY`, `AWS_ENDPOINT_URL`, the profile's `services` section
 *   (`api_gateway = \n endpoint_url = ...`) or `endpoint_url`; else the local Portico gateway.
 */
import { join } from 'node:path';
import { homedir } from 'node:os';
import { GeneralError } from '../errors.js';
import { expandUser } from '../paramfile.js';
import { loadIni, type IniFile, type IniSection } from './ini.js';

export const DEFAULT_ENDPOINT = 'http://127.0.0.1:4567';

export type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

export class ProfileNotFound extends GeneralError {
  constructor(profile: string) {
    super(`The config profile (${profile}) could not be found`);
  }
}

export class Session {
  private configFile: IniFile | undefined;
  private credentialsFile: IniFile | undefined;
  private profiles: Map<string, IniSection> | undefined;

  constructor(
    readonly env: NodeJS.ProcessEnv,
    /** `--profile` (explicit). */
    readonly explicitProfile: string | null,
  ) {}

  get profileName(): string {
    return this.explicitProfile ?? this.env['AWS_PROFILE'] ?? this.env['AWS_DEFAULT_PROFILE'] ?? 'default';
  }

  private home(): string {
    return this.env['HOME'] ?? homedir();
  }

  private path(envName: string, file: string): string {
    return expandUser(this.env[envName] ?? join(this.home(), '.aws', file), this.env);
  }

  config(): IniFile {
    this.configFile ??= loadIni(this.path('AWS_CONFIG_FILE', 'config'));
    return this.configFile;
  }

  credentials(): IniFile {
    this.credentialsFile ??= loadIni(this.path('AWS_SHARED_CREDENTIALS_FILE', 'credentials'));
    return this.credentialsFile;
  }

  /** botocore's profile map: `[profile x]`/`[default]` of the config file, merged with the credentials file. */
  profileMap(): Map<string, IniSection> {
    if (this.profiles) return this.profiles;
    const map = new Map<string, IniSection>();
    for (const [name, section] of this.config()) {
      const parts = name.trim().split(/\s+/);
      if (parts[0] === 'profile' && parts.length === 2) map.set(parts[1]!, new Map(section));
      else if (name === 'default') map.set('default', new Map(section));
    }
    for (const [name, section] of this.credentials()) {
      const existing = map.get(name) ?? new Map();
      for (const [k, v] of section) existing.set(k, v);
      map.set(name, existing);
    }
    this.profiles = map;
    return map;
  }

  /** `get_scoped_config()`: the current profile's settings; an unknown named profile fails. */
  scopedConfig(): IniSection {
    const name = this.profileName;
    const p = this.profileMap().get(name);
    if (p) return p;
    if (name === 'default') return new Map();
    throw new ProfileNotFound(name);
  }

  private scoped(key: string): string | undefined {
    const v = this.scopedConfig().get(key);
    return typeof v === 'string' ? v : undefined;
  }

  region(cliRegion: string | null): string | null {
    if (cliRegion) return cliRegion;
    const v = this.env['AWS_REGION'] || this.env['AWS_DEFAULT_REGION'] || this.scoped('region');
    return v || null;
  }

  output(cliOutput: string | null): string {
    return cliOutput ?? this.env['AWS_DEFAULT_OUTPUT'] ?? this.scoped('output') ?? 'json';
  }

  binaryFormat(cli: string | null): string {
    if (cli) return cli;
    try {
      return this.scoped('cli_binary_format') ?? 'base64';
    } catch (e) {
      if (e instanceof ProfileNotFound) return 'base64';
      throw e;
    }
  }

  timestampFormat(): string {
    try {
      return this.scoped('cli_timestamp_format') ?? 'iso8601';
    } catch (e) {
      if (e instanceof ProfileNotFound) return 'iso8601';
      throw e;
    }
  }

  pager(): string {
    const v = this.env['AWS_PAGER'];
    if (v !== undefined) return v;
    let p: string | undefined;
    try {
      p = this.scoped('cli_pager');
    } catch {
      p = undefined;
    }
    return p ?? this.env['PAGER'] ?? 'less -R';
  }

  caBundle(cli: string | null): string | null {
    return cli ?? this.env['AWS_CA_BUNDLE'] ?? this.scoped('ca_bundle') ?? null;
  }

  endpointUrl(cli: string | null): string {
    if (cli) return cli;
    const ignore = (this.env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'] ?? '').toLowerCase() === 'true';
    if (!ignore) {
      const env = this.env['AWS_ENDPOINT_URL_API_GATEWAY'] || this.env['AWS_ENDPOINT_URL'];
      if (env) return env;
      const fromConfig = this.configEndpoint();
      if (fromConfig) return fromConfig;
    }
    return DEFAULT_ENDPOINT;
  }

  private configEndpoint(): string | undefined {
    const profile = this.scopedConfig();
    const services = profile.get('services');
    if (typeof services === 'string') {
      const section = this.config().get(`services ${services}`);
      const apigw = section?.get('api_gateway');
      if (apigw instanceof Map && apigw.get('endpoint_url')) return apigw.get('endpoint_url');
    }
    const v = profile.get('endpoint_url');
    return typeof v === 'string' && v ? v : undefined;
  }

  /** The credential chain (environment unless --profile, then the profile's keys). */
  credentialsFor(): Credentials | null {
    if (this.explicitProfile === null) {
      const id = this.env['AWS_ACCESS_KEY_ID'];
      const secret = this.env['AWS_SECRET_ACCESS_KEY'];
      if (id && secret) {
        const token = this.env['AWS_SESSION_TOKEN'] || this.env['AWS_SECURITY_TOKEN'];
        return { accessKeyId: id, secretAccessKey: secret, ...(token ? { sessionToken: token } : {}) };
      }
    }
    const name = this.profileName;
    for (const file of [this.credentials(), undefined]) {
      const section = file ? file.get(name) : this.scopedConfig();
      const id = section?.get('aws_access_key_id');
      const secret = section?.get('aws_secret_access_key');
      if (typeof id === 'string' && typeof secret === 'string' && id && secret) {
        const token = section?.get('aws_session_token') ?? section?.get('aws_security_token');
        return { accessKeyId: id, secretAccessKey: secret, ...(typeof token === 'string' && token ? { sessionToken: token } : {}) };
      }
    }
    return null;
  }
}
