"""Spreadsheet columns (Japanese headers as on the seed's screens) and how cells become input."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from api.models.import_job import ImportKind


class CellKind(StrEnum):
    text = "text"
    date = "date"
    number = "number"


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    kind: CellKind = CellKind.text
    required: bool = False
    example: str = ""
    note: str = ""


BUSINESS_COLUMNS: tuple[Column, ...] = (
    Column(
        "所属支店",
        "branches",
        required=True,
        example="001",
        note="支店コードまたは支店名。複数は「、」区切り",
    ),
    Column("事業者コード", "code", example="", note="空欄ならランダムなコードを設定"),
    Column("事業者名", "name", required=True, example="(株)阿佐ヶ谷鉄筋工業"),
    Column("事業者名(カナ)", "name_kana", required=True, example="アサガヤテッキンコウギョウ"),
    Column(
        "代表電話番号", "phone", required=True, example="0864567891", note="固定電話。ハイフン可"
    ),
    Column("メールアドレス", "email", example="asagaya@example.com"),
    Column("郵便番号", "postal_code", example="2030001"),
    Column("都道府県", "prefecture", example="東京都"),
    Column("住所", "address", example="東久留米市上の原2-5-7"),
    Column("FAX番号", "fax", example=""),
    Column(
        "代表者名", "representative_name", example="阿佐ヶ谷 一郎", note="CCUS未加入の場合は必須"
    ),
    Column("営業所名(会社名)", "office_name", example=""),
    Column("建退共 共済契約者番号", "kentaikyo_contract_number", example=""),
    Column("CCUS事業者ID", "ccus_business_id", example="", note="14桁"),
    Column("本人確認番号", "verification_number", example=""),
)

WORKER_COLUMNS: tuple[Column, ...] = (
    Column(
        "事業者コード",
        "business_code",
        required=True,
        example="B0002",
        note="所属する事業者のコード",
    ),
    Column("技能者コード", "code", example="", note="空欄ならランダムなコードを設定"),
    Column("技能者名(姓)", "family_name", required=True, example="川越"),
    Column("技能者名(名)", "given_name", required=True, example="十郎"),
    Column("技能者名カナ(姓)", "family_kana", required=True, example="カワゴエ"),
    Column("技能者名カナ(名)", "given_kana", required=True, example="ジュウロウ"),
    Column("通称(姓)", "alias_family"),
    Column("通称(名)", "alias_given"),
    Column(
        "携帯電話番号1",
        "phone1",
        example="09051000010",
        note="携帯電話番号かメールアドレスのどちらかは必須",
    ),
    Column("携帯電話番号2", "phone2"),
    Column("携帯電話番号3", "phone3"),
    Column("メールアドレス", "email"),
    Column("生年月日", "birth_date", CellKind.date, required=True, example="1990/01/20"),
    Column("血液型", "blood_type", example="A"),
    Column("RH因子", "rh", example="+"),
    Column("建退共 被共済者番号", "kentaikyo_member_number"),
    Column("CCUS技能者ID", "ccus_worker_id", note="14桁"),
    Column("本人確認番号", "verification_number"),
    Column("雇用区分", "employment_type", required=True, example="労働者"),
    Column("代表職種(大分類)", "occupation_major", required=True, example="鉄筋工"),
    Column("代表職種(小分類)", "occupation_minor", required=True, example="鉄筋圧接工"),
    Column(
        "その他職種",
        "other_occupations",
        example="鉄筋工：鉄筋工",
        note="「大分類：小分類」を「、」区切り",
    ),
    Column("立場", "position", example="職長・安全衛生責任者"),
    Column("権限", "permission", example="", note="管理者 / 一般"),
    Column("性別", "sex", example="男", note="男 / 女"),
    Column("最近の健康診断日", "health_check_on", CellKind.date),
    Column("血圧・上", "blood_pressure_high", CellKind.number),
    Column("血圧・下", "blood_pressure_low", CellKind.number),
    Column("郵便番号", "postal_code"),
    Column("都道府県", "prefecture"),
    Column("住所", "address"),
    Column("就労日", "hired_on", CellKind.date),
    Column("退職日", "retired_on", CellKind.date),
)

COLUMNS: dict[ImportKind, tuple[Column, ...]] = {
    ImportKind.businesses: BUSINESS_COLUMNS,
    ImportKind.workers: WORKER_COLUMNS,
}
SHEET_NAMES = {ImportKind.businesses: "事業者", ImportKind.workers: "技能者"}
