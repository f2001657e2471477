/**
 * botocore's `xform_name`: how the AWS CLI turns API names into command and option names
 * (`UpdateIntegration` -> `update-integration`, `restApiId` -> `rest-api-id`,
 * `GetSdkTypes` -> `get-sdk-types`, a trailing plural acronym such as `ARNs` -> `-arns`).
 */
const SPECIAL_CASE = /[A-Z]{2,}s$/;
const FIRST_CAP = /(.)([A-Z][a-z]+)/g;
const END_CAP = /([a-z0-9])([A-Z])/g;

export function xformName(name: string, sep = '_'): string {
  if (name.includes(sep)) return name;
  let n = name;
  const special = SPECIAL_CASE.exec(n);
  if (special) n = n.slice(0, n.length - special[0].length) + sep + special[0].toLowerCase();
  const s1 = n.replace(FIRST_CAP, `$1${sep}$2`);
  return s1.replace(END_CAP, `$1${sep}$2`).toLowerCase();
}
