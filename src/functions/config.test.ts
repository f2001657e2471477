import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_MEMORY_SIZE,
  DEFAULT_TIMEOUT_SECONDS,
  RESERVED_ENVIRONMENT,
  parseFunctionsConfig,
  type FunctionsConfigResult,
  type LocalFunctionConfig,
} from './config.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'portico-config-test-'));
  writeFileSync(join(dir, 'orders.mjs'), 'export const handler = async () => 1;\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errorsOf = (result: FunctionsConfigResult): readonly string[] => {
  if (result.ok) throw new Error(`expected errors, got a configuration (warnings: ${result.warnings.join('; ')})`);
  return result.errors;
};
const okOf = (result: FunctionsConfigResult) => {
  if (!result.ok) throw new Error(`expected a configuration, got errors: ${result.errors.join('; ')}`);
  return result;
};
const fn = (settings: unknown, name = 'orders'): FunctionsConfigResult => parseFunctionsConfig({ functions: { [name]: settings } }, dir);
const only = (result: FunctionsConfigResult, name = 'orders'): LocalFunctionConfig => {
  const config = okOf(result).config.functions.get(name);
  if (!config) throw new Error(`no function ${name}`);
  return config;
};

describe('parseFunctionsConfig: the document', () => {
  it.each([[null], [[]], ['text'], [3]])('refuses %j as the whole file', (json) => {
    expect(errorsOf(parseFunctionsConfig(json, dir))).toEqual([`portico.config.json must hold a JSON object, got ${JSON.stringify(json)}`]);
  });

  it('accepts a file without functions or lambda (other top-level keys are not its business)', () => {
    const result = okOf(parseFunctionsConfig({ port: 4010, apis: [] }, dir));
    expect(result.config.functions.size).toBe(0);
    expect(result.config.lambda).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  it.each([[[]], ['orders'], [null]])('refuses functions = %j', (section) => {
    expect(errorsOf(parseFunctionsConfig({ functions: section }, dir))).toEqual([
      `functions must be an object of function name -> settings, got ${JSON.stringify(section)}`,
    ]);
  });

  it('reports every problem at once, each with its key path', () => {
    const errors = errorsOf(
      parseFunctionsConfig(
        {
          functions: { a: { handler: 'a.txt', timeout: 0 }, b: { handler: 'b.mjs', timout: 3 } },
          lambda: { endpoint: 'ftp://x' },
        },
        dir,
      ),
    );
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^functions\.a\.handler /);
    expect(errors[1]).toMatch(/^functions\.a\.timeout /);
    expect(errors[2]).toBe('functions.b.timout is not a setting (known: handler, timeout, memorySize, environment, concurrency)');
    expect(errors[3]).toMatch(/^lambda\.endpoint /);
  });
});

describe('parseFunctionsConfig: a function', () => {
  it('applies the defaults', () => {
    const result = okOf(fn({ handler: 'orders.mjs' }));
    expect(result.warnings).toEqual([]);
    expect(result.config.functions.get('orders')).toEqual({
      name: 'orders',
      handler: 'orders.mjs',
      file: join(dir, 'orders.mjs'),
      exportPath: ['handler'],
      timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
      memorySize: DEFAULT_MEMORY_SIZE,
      environment: {},
      concurrency: DEFAULT_CONCURRENCY,
    });
    expect([DEFAULT_TIMEOUT_SECONDS, DEFAULT_MEMORY_SIZE, DEFAULT_CONCURRENCY]).toEqual([3, 128, 10]);
  });

  it('keeps every setting given', () => {
    const config = only(fn({ handler: 'orders.mjs#api.v1.handle', timeout: 900, memorySize: 10240, concurrency: 1000, environment: { TABLE: 'orders', AWS_ACCESS_KEY_ID: 'test' } }));
    expect(config.exportPath).toEqual(['api', 'v1', 'handle']);
    expect(config.timeoutSeconds).toBe(900);
    expect(config.memorySize).toBe(10240);
    expect(config.concurrency).toBe(1000);
    expect(config.environment).toEqual({ TABLE: 'orders', AWS_ACCESS_KEY_ID: 'test' });
  });

  it('accepts the lower limits', () => {
    const config = only(fn({ handler: 'orders.mjs', timeout: 1, memorySize: 128, concurrency: 1 }));
    expect([config.timeoutSeconds, config.memorySize, config.concurrency]).toEqual([1, 128, 1]);
  });

  it('resolves a relative handler against the config file directory, and keeps an absolute one', () => {
    expect(only(fn({ handler: 'lambdas/../orders.mjs#main' })).file).toBe(join(dir, 'orders.mjs'));
    expect(only(fn({ handler: './sub/x.ts' })).file).toBe(join(dir, 'sub', 'x.ts'));
    const absolute = join(dir, 'orders.mjs');
    expect(only(fn({ handler: `${absolute}#handler` })).file).toBe(absolute);
  });

  it.each(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'])('accepts a %s handler', (ext) => {
    const result = okOf(fn({ handler: `code/fn${ext}#run` }));
    expect(result.config.functions.get('orders')!.exportPath).toEqual(['run']);
  });

  it('warns (and does not fail) when the handler file does not exist yet', () => {
    const result = okOf(fn({ handler: 'later/orders.mjs' }));
    const file = join(dir, 'later', 'orders.mjs');
    expect(result.warnings).toEqual([`functions.orders.handler: ${file} does not exist (yet); invocations fail with Runtime.ImportModuleError until it does`]);
    expect(result.config.functions.get('orders')!.file).toBe(file);
  });

  it.each(['a'.repeat(65), 'my.fn', 'my fn', ''])('refuses the function name %j', (name) => {
    expect(errorsOf(fn({ handler: 'orders.mjs' }, name))).toEqual([
      `functions.${name}: a function name has 1 to 64 letters, digits, hyphens or underscores, got ${JSON.stringify(name)}`,
    ]);
  });

  it('accepts a 64-character name with hyphens and underscores', () => {
    const name = `a-_${'b'.repeat(61)}`;
    expect(only(fn({ handler: 'orders.mjs' }, name), name).name).toBe(name);
  });

  it.each([['x'], [null], [['orders.mjs']], [undefined]])('refuses settings %j', (settings) => {
    expect(errorsOf(parseFunctionsConfig({ functions: { orders: settings } }, dir))).toEqual([
      `functions.orders must be an object such as {"handler": "lambdas/orders.mjs#handler"}, got ${settings === undefined ? 'nothing' : JSON.stringify(settings)}`,
    ]);
  });

  it('suggests a neutral file name when the function name is invalid too', () => {
    expect(errorsOf(parseFunctionsConfig({ functions: { 'bad name': 'x' } }, dir))).toEqual([
      'functions.bad name: a function name has 1 to 64 letters, digits, hyphens or underscores, got "bad name"',
      'functions.bad name must be an object such as {"handler": "lambdas/fn.mjs#handler"}, got "x"',
    ]);
  });

  it('refuses unknown keys, naming the known ones', () => {
    expect(errorsOf(fn({ handler: 'orders.mjs', timout: 3, Handler: 'x' }))).toEqual([
      'functions.orders.timout is not a setting (known: handler, timeout, memorySize, environment, concurrency)',
      'functions.orders.Handler is not a setting (known: handler, timeout, memorySize, environment, concurrency)',
    ]);
  });

  describe('handler', () => {
    it.each([[undefined, 'nothing'], ['', '""'], ['   ', '"   "'], [42, '42'], [{ file: 'x.mjs' }, '{"file":"x.mjs"}']])('refuses %j', (handler, shown) => {
      expect(errorsOf(fn(handler === undefined ? {} : { handler }))).toEqual([
        `functions.orders.handler must be a string "path/to/file.mjs#export" (relative to portico.config.json), got ${shown}`,
      ]);
    });

    it.each(['orders.py#handler', 'orders', 'orders.json', '.mjs', '.mjs#handler', 'orders.mjs.bak'])('refuses the file of %j', (handler) => {
      expect(errorsOf(fn({ handler }))).toEqual([
        `functions.orders.handler must name a file ending in .js, .mjs, .cjs, .ts, .mts, .cts ("path/to/file.mjs#export"), got ${JSON.stringify(handler)}`,
      ]);
    });

    it.each([
      ['orders.mjs#', ''],
      ['orders.mjs#1st', '1st'],
      ['orders.mjs#api..handler', 'api..handler'],
      ['orders.mjs#api.', 'api.'],
      ['orders.mjs#my-handler', 'my-handler'],
    ])('refuses the export of %j', (handler, exportName) => {
      expect(errorsOf(fn({ handler }))).toEqual([
        `functions.orders.handler: the export after "#" must be an identifier or a dotted path of identifiers (default "handler"), got ${JSON.stringify(exportName)}`,
      ]);
    });

    it('splits on the last "#" (a directory may contain one)', () => {
      const config = only(fn({ handler: 'odd#dir/orders.mjs#$main' }));
      expect(config.file).toBe(join(dir, 'odd#dir', 'orders.mjs'));
      expect(config.exportPath).toEqual(['$main']);
      expect(config.handler).toBe('odd#dir/orders.mjs#$main');
    });
  });

  describe.each([
    ['timeout', 1, 900, 'a whole number of seconds'],
    ['memorySize', 128, 10240, 'a whole number of MB'],
    ['concurrency', 1, 1000, 'a whole number'],
  ] as const)('%s', (key, min, max, what) => {
    it.each([[min - 1], [max + 1], [min + 0.5], ['3'], [null], [true]])('refuses %j', (value) => {
      expect(errorsOf(fn({ handler: 'orders.mjs', [key]: value }))).toEqual([`functions.orders.${key} must be ${what} between ${min} and ${max}, got ${JSON.stringify(value)}`]);
    });
  });

  describe('environment', () => {
    it.each([[['A=1']], ['A=1'], [null]])('refuses %j', (environment) => {
      expect(errorsOf(fn({ handler: 'orders.mjs', environment }))).toEqual([
        `functions.orders.environment must be an object of variable name -> string value, got ${JSON.stringify(environment)}`,
      ]);
    });

    it.each(['1ABC', '_PRIVATE', 'A', 'MY-VAR', 'MY VAR', 'ÉTÉ'])('refuses the variable name %j', (name) => {
      expect(errorsOf(fn({ handler: 'orders.mjs', environment: { [name]: 'x' } }))).toEqual([
        `functions.orders.environment: ${JSON.stringify(name)} is not a valid variable name (a letter, then letters, digits or underscores)`,
      ]);
    });

    it.each([...RESERVED_ENVIRONMENT].filter((name) => /^[a-zA-Z]/.test(name)))('refuses the reserved name %s', (name) => {
      expect(errorsOf(fn({ handler: 'orders.mjs', environment: { [name]: 'x' } }))).toEqual([
        `functions.orders.environment.${name} is set by the Lambda runtime and cannot be configured`,
      ]);
    });

    it('reserves the names the runtime sets', () => {
      for (const name of ['AWS_REGION', 'AWS_LAMBDA_FUNCTION_NAME', 'AWS_EXECUTION_ENV', 'LAMBDA_TASK_ROOT', '_HANDLER', '_X_AMZN_TRACE_ID']) {
        expect(RESERVED_ENVIRONMENT.has(name)).toBe(true);
      }
    });

    it('allows credentials and endpoints (unlike Lambda) so that functions reach local emulators', () => {
      const env = { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', AWS_SESSION_TOKEN: 'c', AWS_ENDPOINT_URL: 'http://localhost:4566' };
      expect(only(fn({ handler: 'orders.mjs', environment: env })).environment).toEqual(env);
    });

    it.each([
      [3, ' (write "3")'],
      [true, ' (write "true")'],
      [null, ''],
      [{ a: 1 }, ''],
    ])('refuses the value %j', (value, hint) => {
      expect(errorsOf(fn({ handler: 'orders.mjs', environment: { TABLE: value } }))).toEqual([
        `functions.orders.environment.TABLE must be a string, got ${JSON.stringify(value)}${hint}`,
      ]);
    });

    it('keeps a variable named like an Object.prototype member as a plain value', () => {
      const environment = JSON.parse('{"constructor": "c", "toString": "t", "hasOwnProperty": "h"}') as unknown;
      const config = only(fn({ handler: 'orders.mjs', environment }));
      expect(Object.entries(config.environment)).toEqual([
        ['constructor', 'c'],
        ['toString', 't'],
        ['hasOwnProperty', 'h'],
      ]);
    });

    it('reports one message per bad variable', () => {
      expect(errorsOf(fn({ handler: 'orders.mjs', environment: { AWS_REGION: 'x', TABLE: 1, 'bad-name': 'x', GOOD: 'y' } }))).toHaveLength(3);
    });
  });
});

describe('parseFunctionsConfig: lambda', () => {
  it('keeps the endpoint and region', () => {
    const result = okOf(parseFunctionsConfig({ lambda: { endpoint: 'https://lambda.eu-west-1.amazonaws.com', region: 'eu-west-1' } }, dir));
    expect(result.config.lambda).toEqual({ endpoint: 'https://lambda.eu-west-1.amazonaws.com', region: 'eu-west-1' });
  });

  it('leaves the region out when not given', () => {
    const result = okOf(parseFunctionsConfig({ lambda: { endpoint: 'http://localhost:4566' } }, dir));
    expect(result.config.lambda).toEqual({ endpoint: 'http://localhost:4566' });
    expect(Object.keys(result.config.lambda!)).toEqual(['endpoint']);
  });

  it.each([[null], ['x'], [[]], [7]])('refuses lambda = %j', (value) => {
    expect(errorsOf(parseFunctionsConfig({ lambda: value }, dir))).toEqual([`lambda must be an object such as {"endpoint": "http://localhost:4566"}, got ${JSON.stringify(value)}`]);
  });

  it('refuses a bare URL in place of the object', () => {
    expect(errorsOf(parseFunctionsConfig({ lambda: 'http://localhost:4566' }, dir))).toEqual([
      'lambda must be an object such as {"endpoint": "http://localhost:4566"}, got "http://localhost:4566"',
    ]);
  });

  it.each([[undefined, 'nothing'], ['localhost:4566', '"localhost:4566"'], ['ftp://host', '"ftp://host"'], ['not a url', '"not a url"'], [4566, '4566']])(
    'refuses the endpoint %j',
    (endpoint, shown) => {
      expect(errorsOf(parseFunctionsConfig({ lambda: endpoint === undefined ? {} : { endpoint } }, dir))).toEqual([`lambda.endpoint must be an http:// or https:// URL, got ${shown}`]);
    },
  );

  it.each([['US-EAST-1'], ['useast1'], ['us-east'], [1], ['']])('refuses the region %j', (region) => {
    expect(errorsOf(parseFunctionsConfig({ lambda: { endpoint: 'http://localhost:4566', region } }, dir))).toEqual([
      `lambda.region must be a region name such as "us-east-1", got ${JSON.stringify(region)}`,
    ]);
  });

  it('accepts multi-part region names', () => {
    expect(okOf(parseFunctionsConfig({ lambda: { endpoint: 'http://localhost:4566', region: 'us-gov-west-1' } }, dir)).config.lambda?.region).toBe('us-gov-west-1');
  });

  it('refuses unknown keys', () => {
    expect(errorsOf(parseFunctionsConfig({ lambda: { endpoint: 'http://localhost:4566', url: 'x' } }, dir))).toEqual(['lambda.url is not a setting (known: endpoint, region)']);
  });
});
