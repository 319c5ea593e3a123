"""Test-only: each sample in the Node suite starts as a reader's first Run would, in a cold runtime.

The suite keeps one warm Pyodide per worker thread and installs every served wheel once, so:
- a sample can import only the packages its PEP 723 header declares (with their dependencies), as
  with `uv run` and with the browser, which installs exactly those;
- every module a sample imported is forgotten afterwards, so none of its changes reach the next one.
"""

import sys


class _OnlyDeclaredPackages:
    """Refuses the top-level names of the served packages a sample did not declare."""

    refused = frozenset()

    def find_spec(self, name, path=None, target=None):
        if path is None and name in self.refused:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


_finder = _OnlyDeclaredPackages()
sys.meta_path.insert(0, _finder)
_modules_before = frozenset()


def begin_sample(refused_imports):
    global _modules_before
    _finder.refused = frozenset(refused_imports)
    _modules_before = frozenset(sys.modules)


def end_sample():
    for name in set(sys.modules) - _modules_before:
        if name.partition(".")[0] not in sys.stdlib_module_names:
            del sys.modules[name]
    _finder.refused = frozenset()
