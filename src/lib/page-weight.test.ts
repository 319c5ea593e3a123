import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageAssets, staticImports } from './page-weight.ts';

test('pageAssets finds stylesheets, module scripts and inline modules', () => {
  const html = '<link rel="stylesheet" href="/g/_astro/a.css"><link rel="icon" href="/g/i.svg"><script type="module" src="/g/_astro/b.js"></script><script>var theme=1</script><script type="module">import "/g/_astro/c.js"</script>';
  assert.deepEqual(pageAssets(html), { styles: ['/g/_astro/a.css'], scripts: ['/g/_astro/b.js'], inlineModules: ['import "/g/_astro/c.js"'] });
});

test('staticImports lists what a minified module imports up front, never its dynamic imports', () => {
  const js = 'import{t as e}from"./preload-helper.js";import"./side.js";export*from"./re.js";const x=()=>import("./lazy.js");';
  assert.deepEqual(staticImports(js), ['./preload-helper.js', './side.js', './re.js']);
});
