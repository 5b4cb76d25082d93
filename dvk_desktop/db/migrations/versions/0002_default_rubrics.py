"""Seed the three default rubrics: general criteria for models, standards for collectives
and for individuals (0-100 points; Không đạt < 50, Đạt 50-79, Tiêu biểu >= 80).

The ids are fixed (UUID5) so the same seeded rubric has the same id in every office.
The data is frozen here on purpose: a later change of defaults needs a new revision.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:30:00
"""

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_NAMESPACE = uuid.UUID("6f1d7c1e-6a3e-4e37-9a58-3f1f2a0d5b10")
_THRESHOLDS = [
    {"classification": "failed", "min_points": 0},
    {"classification": "passed", "min_points": 50},
    {"classification": "exemplary", "min_points": 80},
]
RUBRICS = [
    ("model", "Tiêu chí chung đánh giá mô hình “Dân vận khéo”", [
        ("Có tên gọi, địa chỉ cụ thể, rõ ràng; thuộc một lĩnh vực nhất định", 10),
        ("Được cấp ủy lãnh đạo, chỉ đạo; đăng ký với cơ quan phát động phong trào", 10),
        ("Huy động được nhiều lực lượng, tổ chức, người dân cùng tham gia", 15),
        ("Có sức lan tỏa, mang lại kết quả thiết thực, đo đếm được", 20),
        ("Được nhân dân đồng tình, hưởng ứng và tích cực tham gia", 15),
        ("Giải quyết được vấn đề bức xúc, cấp bách ở địa phương, cơ sở", 15),
        ("Được công nhận, duy trì bền vững, có khả năng nhân rộng", 15),
    ]),
    ("collective", "Tiêu chuẩn điển hình tập thể “Dân vận khéo”", [
        ("Tập thể đoàn kết, hoàn thành tốt nhiệm vụ chính trị được giao", 15),
        ("Thực hiện tốt quy chế dân chủ ở cơ sở, phát huy quyền làm chủ của nhân dân", 15),
        ("Có cách làm sáng tạo, hiệu quả trong công tác dân vận", 20),
        ("Vận động nhân dân tham gia phát triển kinh tế - xã hội, giữ vững quốc phòng - an ninh",
         20),
        ("Kết quả cụ thể, đo đếm được, được nhân dân ghi nhận", 20),
        ("Là nhân tố tích cực, được các tập thể khác học tập, nhân rộng", 10),
    ]),
    ("individual", "Tiêu chuẩn điển hình cá nhân “Dân vận khéo”", [
        ("Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; "
         "bản thân và gia đình nêu gương", 20),
        ("Gần dân, trọng dân, hiểu dân, học dân và có trách nhiệm với dân", 15),
        ("Tận tụy, hết lòng phục vụ nhân dân, được nhân dân tin yêu", 15),
        ("Chủ động đề xuất giải pháp, cách làm sáng tạo, hiệu quả", 20),
        ("Vận động được nhân dân cùng tham gia, mang lại kết quả thiết thực", 20),
        ("Có sức lan tỏa, được cộng đồng ghi nhận và học tập", 10),
    ]),
]

_rubric = sa.table(
    "rubric",
    sa.column("id", sa.String), sa.column("version", sa.Integer),
    sa.column("created_at", sa.DateTime), sa.column("updated_at", sa.DateTime),
    sa.column("updated_by", sa.String), sa.column("origin_unit_id", sa.String),
    sa.column("deleted_at", sa.DateTime), sa.column("name", sa.String),
    sa.column("kind", sa.String), sa.column("rubric_version", sa.Integer),
    sa.column("family_id", sa.String), sa.column("active", sa.Boolean),
    sa.column("thresholds", sa.JSON),
)
_criterion = sa.table(
    "rubric_criterion",
    sa.column("id", sa.String), sa.column("rubric_id", sa.String),
    sa.column("ordinal", sa.Integer), sa.column("text", sa.String),
    sa.column("max_points", sa.Float),
)


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def upgrade() -> None:
    now = datetime(2026, 1, 1)
    rubrics, criteria = [], []
    for kind, name, items in RUBRICS:
        rubric_id = _id("rubric", kind, "1")
        rubrics.append({
            "id": rubric_id, "version": 1, "created_at": now, "updated_at": now,
            "updated_by": "seed", "origin_unit_id": None, "deleted_at": None, "name": name,
            "kind": kind, "rubric_version": 1, "family_id": _id("family", kind), "active": True,
            "thresholds": _THRESHOLDS,
        })
        criteria.extend(
            {"id": _id("criterion", kind, "1", str(n)), "rubric_id": rubric_id, "ordinal": n,
             "text": text, "max_points": float(points)}
            for n, (text, points) in enumerate(items, start=1)
        )
    op.bulk_insert(_rubric, rubrics)
    op.bulk_insert(_criterion, criteria)


def downgrade() -> None:
    ids = [_id("rubric", kind, "1") for kind, _name, _items in RUBRICS]
    op.execute(_criterion.delete().where(_criterion.c.rubric_id.in_(ids)))
    op.execute(_rubric.delete().where(_rubric.c.id.in_(ids)))
