import Handlebars from 'handlebars';

/** Block helpers a template may use: conditionals only, so templates stay text, not programs. */
export const ALLOWED_BLOCKS: ReadonlySet<string> = new Set(['if', 'unless']);

export interface TemplateScan {
  /** Placeholder names in order of first use. */
  placeholders: string[];
  /** Problems with the template's syntax, each a sentence. */
  errors: string[];
}

/**
 * Reads a template's placeholders from the Handlebars syntax tree (not a regular expression), so
 * `{{#if bio}}`, whitespace control and comments are understood the way the renderer will.
 */
export function scanTemplate(text: string): TemplateScan {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    return { placeholders: [], errors: [`the template syntax is invalid: ${message}`] };
  }
  const names: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const use = (path: hbs.AST.Expression) => {
    if (path.type !== 'PathExpression') {
      errors.push('placeholders must be plain names such as {{influencer_name}}');
      return;
    }
    const p = path as hbs.AST.PathExpression;
    if (p.data || p.depth > 0 || p.parts.length !== 1) {
      errors.push(`{{${p.original}}} is not a placeholder name`);
      return;
    }
    if (!seen.has(p.original)) {
      seen.add(p.original);
      names.push(p.original);
    }
  };
  const walk = (node: hbs.AST.Node): void => {
    switch (node.type) {
      case 'Program':
        (node as hbs.AST.Program).body.forEach(walk);
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        if (m.params.length || (m.hash && m.hash.pairs.length)) errors.push(`{{${(m.path as hbs.AST.PathExpression).original} …}} takes no arguments`);
        use(m.path);
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const helper = (b.path as hbs.AST.PathExpression).original;
        if (!ALLOWED_BLOCKS.has(helper) || b.params.length !== 1) {
          errors.push(`{{#${helper}}} is not supported: only {{#if name}} and {{#unless name}} blocks are`);
          return;
        }
        use(b.params[0]);
        walk(b.program);
        if (b.inverse) walk(b.inverse);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
      case 'DecoratorBlock':
        errors.push('partials and decorators are not supported in templates');
        return;
      default:
        return;
    }
  };
  walk(program);
  return { placeholders: names, errors };
}
