/** Which wheels a sample needs in the browser: its PEP 723 dependencies plus theirs. Pure. */

export interface WheelLock {
  /** `imports`: the top-level names the wheel makes importable (`jwt` for pyjwt). */
  packages: Record<string, { version: string; file: string; sha256: string; depends: string[]; imports: string[] }>;
}

export const normaliseName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

/** Package names from a PEP 723 `# /// script` block's `dependencies` list (specifiers dropped). */
export function scriptDependencies(source: string): string[] {
  const block = /^# \/\/\/ script\s*$([\s\S]*?)^# \/\/\/\s*$/m.exec(source);
  if (!block) throw new Error('no PEP 723 "# /// script" block');
  const toml = block[1]!.split('\n').map((line) => line.replace(/^# ?/, '')).join('\n');
  const list = /^dependencies\s*=\s*\[([\s\S]*?)\]\s*$/m.exec(toml);
  if (!list) throw new Error('the PEP 723 block has no "dependencies" list');
  return [...list[1]!.matchAll(/["']([^"']+)["']/g)].map((m) => normaliseName(m[1]!.split(/[\s<>=!~;[(]/)[0]!));
}

/** Wheel file names for the given packages and everything they depend on, in a stable order. */
export function wheelsFor(packages: readonly string[], lock: WheelLock): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const key = normaliseName(name);
    if (seen.has(key)) return;
    const pkg = lock.packages[key];
    if (!pkg) throw new Error(`no browser wheel for "${name}" (add it to samples/requirements-browser.txt)`);
    seen.add(key);
    pkg.depends.forEach(visit);
  };
  packages.forEach(visit);
  return [...seen].sort().map((name) => lock.packages[name]!.file);
}

/**
 * Wheels for code a reader may have edited: the served packages its PEP 723 header names (if it
 * still has a readable one) and those providing the top-level names it imports, with their
 * dependencies. Packages the site does not serve are left out: importing one then fails with a
 * message that says what runs here.
 */
export function wheelsForProgram(source: string, importedNames: readonly string[], lock: WheelLock): string[] {
  let declared: string[] = [];
  try {
    declared = scriptDependencies(source);
  } catch {
    // no header, or one the reader broke: the imports still decide
  }
  const imported = new Set(importedNames);
  const providers = Object.entries(lock.packages)
    .filter(([, pkg]) => pkg.imports.some((name) => imported.has(name)))
    .map(([name]) => name);
  return wheelsFor([...declared.filter((name) => name in lock.packages), ...providers], lock);
}
