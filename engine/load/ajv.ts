import { Ajv, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';

type AddFormats = (ajv: Ajv) => Ajv;
// ajv-formats is CommonJS; depending on the loader its function is the default export or the module itself.
const addFormats = ((ajvFormats as unknown as { default: AddFormats }).default ?? ajvFormats) as AddFormats;

/** One ajv for the whole process: schemas compile once and are reused (compile once, validate many). */
export const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
addFormats(ajv);

const compiled = new Map<object, ValidateFunction>();

export function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
