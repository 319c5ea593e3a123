/**
 * What a first visit to a built page downloads before it can be read and used: the HTML, its
 * stylesheets, its module scripts and every module they import statically (dynamic imports load
 * later, on use). Pure: callers pass file contents in; scripts/check-weight.mjs reads dist/.
 */

/** Site paths (under the base) of the stylesheets and module scripts a page's HTML loads. */
export function pageAssets(html: string): { styles: string[]; scripts: string[]; inlineModules: string[] } {
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1]).filter((x): x is string => !!x);
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
  const inlineModules = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*\btype="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return { styles, scripts, inlineModules };
}

/** Specifiers a module imports statically (`import x from "./a.js"`, `import "./b.js"`, `export * from`), not `import()`. */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*${},\s]+?\s*from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

export const PAGE_BUDGET_BYTES = 25 * 1024;
