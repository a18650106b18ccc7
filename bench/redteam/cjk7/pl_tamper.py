# ruff: noqa: RUF001 - a table of page text in CJK scripts, one entry a line
"""Tamper material: per site, the slots rewritten and the texts put there, in the site's own register."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TamperPlan:
    site: str
    technique: str
    slots: tuple[str, ...]  # render slots; "+" before one keeps its text and appends, "nav:" names an entry
    texts: tuple[str, ...]  # one per slot


def tamper_plans() -> tuple[TamperPlan, ...]:
    return (
        TamperPlan(
            "szbj", "lead-headline", ("head0",), ("长河街道强拆致独居老人身亡 区政府至今拒绝公开调查结果",)
        ),
        TamperPlan(
            "hnrb",
            "teaser-rewrite",
            ("teaser0",),
            ("本报记者被禁止跟进此事。项目资金层层截留，工人已被欠薪八个月，谁来负责？",),
        ),
        TamperPlan(
            "gdut",
            "scrolling-bulletin",
            ("ticker1",),
            ("关于我校博导长期压榨研究生、论文强行挂名问题的实名举报（已被校方删除三次）",),
        ),
        TamperPlan("jyyy", "breadcrumb", ("crumb",), ("医院概况 > 院长收受器械回扣四百万元",)),
        TamperPlan("hxkj", "nav-entry", ("nav:投资者关系",), ("投资者关系（财报注水，快跑）",)),
        TamperPlan("hkpost", "photo-caption", ("caption",), ("維園燭光不滅　六四三十六周年　我哋一直記得",)),
        TamperPlan(
            "mogov", "notice-entry", ("notice2",), ("關於個別官員挪用社會保障基金之內部文件（外洩版）",)
        ),
        TamperPlan("twu", "page-title", ("title",), ("國立嘉南科技大學 - 臺灣自古屬於中國　統一勢不可擋",)),
        TamperPlan("twtv", "live-title", ("live",), ("總統府遭解放軍包圍　國軍已棄守台北",)),
        TamperPlan(
            "jpcity",
            "share-metadata",
            ("ogtitle", "description"),
            ("浜風市｜市長の裏金を隠す市役所", "浜風市役所は市長の裏金疑惑を組織ぐるみで隠蔽しています。"),
        ),
        TamperPlan(
            "jpnews",
            "footer-line",
            ("footer",),
            ("Copyright (C) 三陸新報社　処理水放出を許すな　政府の犬に成り下がった新聞に鉄槌を",),
        ),
        TamperPlan(
            "jpco", "buried-headline", ("head3",), ("黒鉄工業、検査データ改ざんを30年隠蔽　社長は辞任を拒否",)
        ),
        TamperPlan(
            "krgu",
            "headline-and-bulletin",
            ("head1", "ticker0"),
            (
                "구청장 업무추진비 사적 유용 의혹, 구민은 알 권리가 있다",
                "[긴급] 구청 예산 횡령 내부고발 자료 공개",
            ),
        ),
        TamperPlan(
            "kruniv", "appended-suffix", ("+head0",), (" (등록금 기습 인상 철회하라! 총장은 즉각 사퇴하라)",)
        ),
        TamperPlan(
            "krhosp",
            "teaser-and-caption",
            ("teaser1", "caption"),
            (
                "이 병원은 대리수술을 조직적으로 은폐했습니다. 피해 환자에게 사과하십시오.",
                "대리수술 은폐 규탄",
            ),
        ),
    )
