from __future__ import annotations

import gzip
from pathlib import Path

from bench.spa_size import measure


def test_only_the_entry_and_its_preloads_count_as_initial(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    assets.mkdir()
    entry, shared, lazy = (b"e" * 5000, b"s" * 3000, bytes(range(256)) * 40)
    (assets / "index-a1.js").write_bytes(entry)
    (assets / "vendor-b2.js").write_bytes(shared)
    (assets / "sites-page-c3.js").write_bytes(lazy)
    (assets / "index-d4.css").write_text("body{}")
    (tmp_path / "index.html").write_text(
        '<script type="module" crossorigin src="/assets/index-a1.js"></script>'
        '<link rel="modulepreload" crossorigin href="/assets/vendor-b2.js">'
        '<link rel="stylesheet" crossorigin href="/assets/index-d4.css">'
    )

    sizes = measure(tmp_path)

    def kb(data: bytes) -> float:
        return len(gzip.compress(data, compresslevel=9)) / 1024

    assert sizes.initial_files == 2
    assert sizes.initial_kb == kb(entry) + kb(shared)
    assert sizes.largest_lazy_kb == kb(lazy)
    assert sizes.all_js_kb == kb(entry) + kb(shared) + kb(lazy)
