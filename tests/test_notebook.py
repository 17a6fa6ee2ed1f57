"""The notebook in notebooks/ runs from top to bottom."""
import nbformat
from nbclient import NotebookClient

from conftest import ROOT


def test_compare_districts_notebook_runs():
    path = ROOT / "notebooks" / "compare_districts.ipynb"
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)
