"""The package gives OpenBLAS one thread per process (set before NumPy loads it), unless the operator set a number."""

from __future__ import annotations

import os
import subprocess
import sys

# what OpenBLAS itself says, asked through the library NumPy loaded
ASK = """
import ctypes, glob, os, pipeline, numpy
lib = ctypes.CDLL(glob.glob(os.path.join(os.path.dirname(numpy.__file__) + ".libs", "libscipy_openblas*"))[0])
print(lib.scipy_openblas_get_num_threads64_())
"""


def _threads(env: dict[str, str]) -> int:
    done = subprocess.run([sys.executable, "-c", ASK], env=env, capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


def test_openblas_runs_one_thread_unless_the_operator_chose() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    assert _threads(env) == 1
    assert _threads({**env, "OPENBLAS_NUM_THREADS": "2"}) == 2
