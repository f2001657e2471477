/**
 * The service model as the AWS CLI sees it: botocore's `Shape` objects over the vendored
 * `models/apigateway.cli.json` (the model bundled with the reference, AWS CLI v2 2.9.19).
 *
 * botocore resolves a member reference by merging the reference's own keys (`documentation`,
 * `location`, `locationName`) over the target shape, so a member's documentation is the
 * reference's when it has one. Structures keep their members in model order, which is the order
 * of options, skeletons and parsed responses.
 */
import raw from '../../models/apigateway.cli.json' with { type: 'json' };
import paginatorsRaw from '../../models/apigateway.paginators.json' with { type: 'json' };

type RawRef = { shape: string; documentation?: string; location?: string; locationName?: string; [k: string]: unknown };
type RawShape = {
  type: string;
  members?: Record<string, RawRef>;
  member?: RawRef;
  key?: RawRef;
  value?: RawRef;
  required?: string[];
  enum?: string[];
  documentation?: string;
  payload?: string;
  min?: number;
  max?: number;
  streaming?: boolean;
  exception?: boolean;
  document?: boolean;
  union?: boolean;
  deprecated?: boolean;
};
type RawOperation = {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string };
  output?: { shape: string };
  documentation?: string;
  deprecated?: boolean;
};
type RawModel = {
  metadata: Record<string, string>;
  operations: Record<string, RawOperation>;
  shapes: Record<string, RawShape>;
  documentation?: string;
};

export type ShapeType =
  | 'structure'
  | 'list'
  | 'map'
  | 'string'
  | 'integer'
  | 'long'
  | 'double'
  | 'float'
  | 'boolean'
  | 'timestamp'
  | 'blob';

/** botocore's `Shape`: a named shape, merged with the reference that reached it. */
export class Shape {
  private membersCache: Map<string, Shape> | undefined;
  constructor(
    readonly name: string,
    private readonly raw: RawShape,
    private readonly ref: RawRef | undefined,
    private readonly model: CliModel,
  ) {}

  get typeName(): ShapeType {
    return this.raw.type as ShapeType;
  }
  get documentation(): string {
    return this.ref?.documentation ?? this.raw.documentation ?? '';
  }
  get enum(): readonly string[] {
    return this.raw.enum ?? [];
  }
  get requiredMembers(): readonly string[] {
    return this.raw.required ?? [];
  }
  get location(): string | undefined {
    return this.ref?.location;
  }
  /** The wire name (`serialization['name']`): the header or URI label name. */
  get locationName(): string | undefined {
    return this.ref?.locationName;
  }
  get payload(): string | undefined {
    return this.raw.payload;
  }
  get min(): number | undefined {
    return this.raw.min;
  }
  get isDocument(): boolean {
    return this.raw.document === true;
  }
  get members(): Map<string, Shape> {
    if (!this.membersCache) {
      this.membersCache = new Map();
      for (const [name, ref] of Object.entries(this.raw.members ?? {})) this.membersCache.set(name, this.model.resolve(ref));
    }
    return this.membersCache;
  }
  get member(): Shape {
    return this.model.resolve(this.raw.member!);
  }
  get key(): Shape {
    return this.model.resolve(this.raw.key!);
  }
  get value(): Shape {
    return this.model.resolve(this.raw.value!);
  }
}

export type PaginatorConfig = {
  readonly input_token: string;
  readonly output_token: string;
  readonly limit_key?: string;
  readonly result_key: string;
  readonly non_aggregate_keys?: readonly string[];
};

export class Operation {
  constructor(
    readonly name: string,
    private readonly raw: RawOperation,
    private readonly model: CliModel,
  ) {}
  get http(): RawOperation['http'] {
    return this.raw.http;
  }
  get documentation(): string {
    return this.raw.documentation ?? '';
  }
  get deprecated(): boolean {
    return this.raw.deprecated === true;
  }
  get inputShape(): Shape | undefined {
    return this.raw.input ? this.model.shape(this.raw.input.shape) : undefined;
  }
  get outputShape(): Shape | undefined {
    return this.raw.output ? this.model.shape(this.raw.output.shape) : undefined;
  }
  get paginator(): PaginatorConfig | undefined {
    return this.model.paginators[this.name];
  }
}

export class CliModel {
  readonly paginators: Readonly<Record<string, PaginatorConfig>>;
  private readonly operationsCache = new Map<string, Operation>();
  constructor(
    private readonly raw: RawModel,
    paginators: Record<string, PaginatorConfig>,
  ) {
    this.paginators = paginators;
  }
  get serviceFullName(): string {
    return this.raw.metadata['serviceFullName'] ?? '';
  }
  get documentation(): string {
    return this.raw.documentation ?? '';
  }
  /** Operation names in model order (the command table order). */
  get operationNames(): string[] {
    return Object.keys(this.raw.operations);
  }
  operation(name: string): Operation {
    let op = this.operationsCache.get(name);
    if (!op) {
      const r = this.raw.operations[name];
      if (!r) throw new Error(`no operation ${name}`);
      op = new Operation(name, r, this);
      this.operationsCache.set(name, op);
    }
    return op;
  }
  shape(name: string): Shape {
    const r = this.raw.shapes[name];
    if (!r) throw new Error(`service model has no shape ${name}`);
    return new Shape(name, r, undefined, this);
  }
  resolve(ref: RawRef): Shape {
    const r = this.raw.shapes[ref.shape];
    if (!r) throw new Error(`service model has no shape ${ref.shape}`);
    return new Shape(ref.shape, r, ref, this);
  }
}

let cached: CliModel | undefined;
export function cliModel(): CliModel {
  cached ??= new CliModel(
    raw as unknown as RawModel,
    (paginatorsRaw as unknown as { pagination: Record<string, PaginatorConfig> }).pagination,
  );
  return cached;
}
