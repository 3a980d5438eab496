r"""What the text and digit checks send: a business body to vary one field of, and digits that
`\d` matches but are not ASCII."""

from __future__ import annotations

from typing import Any

ARABIC = "٠١٢٣٤٥٦٧٨٩"  # U+0660–U+0669: `\d` matches them, NFKC keeps them


def business_body(branch_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "branch_ids": [branch_id],
        "name": "山田工業",
        "name_kana": "ヤマダコウギョウ",
        "phone": "0312345678",
        "representative_name": "山田 太郎",
        **fields,
    }
