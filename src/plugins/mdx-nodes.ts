/** MDX syntax-tree nodes that remark plugins add to a page: JSX attributes and their estree. */

export interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value:
    string | { type: 'mdxJsxAttributeValueExpression'; value: string; data: { estree: unknown } };
}

/** `name="value"`. */
export function attribute(name: string, value: string): JsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** A string literal's estree node. */
export const literal = (value: string) => ({ type: 'Literal', value, raw: JSON.stringify(value) });

/** A JSX attribute holding a JavaScript expression, with the estree MDX compiles from. */
export function expressionAttribute(name: string, code: string, expression: unknown): JsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: code,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          comments: [],
          body: [{ type: 'ExpressionStatement', expression }],
        },
      },
    },
  };
}

/** `name={local}`: a variable, such as a module imported at the top of the page. */
export function identifierAttribute(name: string, local: string): JsxAttribute {
  return expressionAttribute(name, local, { type: 'Identifier', name: local });
}

/** `name={() => import("module")}`: a chunk of its own, fetched when called. */
export function lazyImportAttribute(name: string, module: string): JsxAttribute {
  return expressionAttribute(name, `() => import(${JSON.stringify(module)})`, {
    type: 'ArrowFunctionExpression',
    id: null,
    params: [],
    async: false,
    generator: false,
    expression: true,
    body: { type: 'ImportExpression', source: literal(module) },
  });
}

/** `name={JSON.parse("…")}`: parsing JSON is faster in the browser than an object literal of the same size. */
export function jsonAttribute(name: string, value: unknown): JsxAttribute {
  const json = JSON.stringify(value);
  return expressionAttribute(name, `JSON.parse(${JSON.stringify(json)})`, {
    type: 'CallExpression',
    optional: false,
    callee: {
      type: 'MemberExpression',
      object: { type: 'Identifier', name: 'JSON' },
      property: { type: 'Identifier', name: 'parse' },
      computed: false,
      optional: false,
    },
    arguments: [literal(json)],
  });
}
