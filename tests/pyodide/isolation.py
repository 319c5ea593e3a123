"""Test-only: each sample in the Node suite starts as a reader's first Run would, in a cold runtime.

The suite keeps one warm Pyodide per worker thread and installs every served wheel once, so:
- a sample can import only the packages its PEP 723 header declares (with their dependencies), as
  with `uv run` and with the browser, which installs exactly those;
- every package a sample imported is forgotten afterwards, so none of its changes reach the next
  sample. Standard-library modules stay (pydantic-core caches some of their types, such as
  decimal.Decimal, and a second copy of decimal breaks it), but the process state samples change
  most (environment variables, working directory, sys.path) is put back.

Forgotten packages are imported again by the next sample that needs them; bytecode caching makes
that about twice as fast, and it changes nothing a program can see.
"""

import os
import sys

sys.dont_write_bytecode = False


class _OnlyDeclaredPackages:
    """Refuses the top-level names of the served packages a sample did not declare."""

    refused = frozenset()

    def find_spec(self, name, path=None, target=None):
        if path is None and name in self.refused:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


_finder = _OnlyDeclaredPackages()
sys.meta_path.insert(0, _finder)
_before = {}


def begin_sample(refused_imports):
    _finder.refused = frozenset(refused_imports)
    _before.update(
        modules=frozenset(sys.modules),
        environ=dict(os.environ),
        cwd=os.getcwd(),
        path=list(sys.path),
    )


def end_sample():
    for name in set(sys.modules) - _before["modules"]:
        if name.partition(".")[0] not in sys.stdlib_module_names:
            del sys.modules[name]
    os.environ.clear()
    os.environ.update(_before["environ"])
    os.chdir(_before["cwd"])
    sys.path[:] = _before["path"]
    _finder.refused = frozenset()
