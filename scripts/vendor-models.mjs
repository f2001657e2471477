// Refreshes the vendored API Gateway service models in models/ (Apache-2.0, from botocore).
//
//   node scripts/vendor-models.mjs [--cli DIR] [--service DIR]
//
// models/apigateway.cli.json        the model of the reference AWS CLI v2 (Debian awscli 2.9.19,
//                                   awscli/botocore/data/apigateway/2015-07-09), with documentation:
//                                   `portico apigateway` derives commands, options, skeletons and help
//                                   pages from it, so that they match the reference byte for byte.
// models/apigateway.paginators.json the CLI's paginator configuration from the same directory.
// models/apigateway.service.json    a newer botocore model without documentation: the server validates
//                                   and serialises with it, so that newer members (rootResourceId,
//                                   endpointConfiguration.ipAddressType, ...) that AWS returns today
//                                   are known.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const cliDir = opt('--cli', '/usr/lib/python3/dist-packages/awscli/botocore/data/apigateway/2015-07-09');
const serviceDir = opt('--service', '/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore/data/apigateway/2015-07-09');

function readModel(dir, name) {
  try {
    return JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch {
    return JSON.parse(gunzipSync(readFileSync(join(dir, `${name}.gz`))).toString('utf8'));
  }
}
function stripDocs(value) {
  if (Array.isArray(value)) return value.map(stripDocs);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'documentation') out[k] = stripDocs(v);
    return out;
  }
  return value;
}
const out = new URL('../models/', import.meta.url);
writeFileSync(new URL('apigateway.cli.json', out), JSON.stringify(readModel(cliDir, 'service-2.json')));
writeFileSync(new URL('apigateway.paginators.json', out), JSON.stringify(readModel(cliDir, 'paginators-1.json')));
writeFileSync(new URL('apigateway.service.json', out), JSON.stringify(stripDocs(readModel(serviceDir, 'service-2.json'))));
console.log('models/ refreshed');
