# ruff: noqa: RUF001 - a table of page text in CJK scripts, one entry a line
"""Defacement-page material: crews, their slogans and contacts (invented), and doorway-page words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Crew:
    name: str
    lang: str
    title: str
    lines: tuple[str, ...]
    contact: str


def crews() -> tuple[Crew, ...]:
    return (
        Crew(
            "寒鸦零度",
            "zh-Hans",
            "网站已被寒鸦零度接管",
            ("你们的安全只是一张纸。", "管理员，下次记得换掉默认密码。"),
            "TG: @hanya_lingdu",
        ),
        Crew(
            "东方红客联盟·新",
            "zh-Hans",
            "勿忘国耻 振兴中华",
            ("对我国的挑衅必将付出代价！", "此站由东方红客联盟·新亲自巡查。"),
            "QQ群：772910453",
        ),
        Crew(
            "赤焰Team",
            "zh-Hans",
            "你被赤焰Team黑了",
            ("別哭，只是換了首頁。", "友情测试，不破坏数据，请速修补上传漏洞。"),
            "mail: chiyan_team@protonmail.com",
        ),
        Crew(
            "福爾摩沙自由駭客",
            "zh-Hant",
            "自由不是免費的",
            ("極權的宣傳機器，我們關掉了。", "台灣人的網路，不容侵犯。"),
            "IG: formosa.free.hx",
        ),
        Crew(
            "香江夜行者",
            "zh-Hant",
            "此網站已被香江夜行者佔領",
            ("真相唔會因為你哋刪帖而消失。", "我哋冇嘢可以再失去。"),
            "Signal: kwnightwalker",
        ),
        Crew(
            "黒椿サイバー戦線",
            "ja",
            "このサイトは黒椿サイバー戦線が乗っ取りました",
            ("管理者の怠慢を世に知らしめる。", "次は個人情報を公開する。"),
            "X: @kurotsubaki_cf",
        ),
        Crew(
            "令和電脳連合",
            "ja",
            "セキュリティを見直せ",
            ("パスワードが admin123 とは笑わせる。", "これは警告だ、破壊ではない。"),
            "Session: 05a9e1c7f3",
        ),
        Crew(
            "화랑 사이버 전사단",
            "ko",
            "당신의 사이트는 우리가 접수했다",
            ("역사 왜곡은 용서받을 수 없다.", "보안 좀 신경 써라, 관리자야."),
            "텔레그램: @hwarang_cw",
        ),
        Crew(
            "붉은별 정찰국",
            "ko",
            "남조선 괴뢰 사이트 점령",
            ("우리의 타격은 이제 시작일 뿐이다.", "모든 자료를 가져갔다."),
            "없음",
        ),
        Crew(
            "Garuda Ghost 1337",
            "en",
            "Hacked By Garuda Ghost 1337",
            ("We are Indonesian cyber army. Your security is zero.", "Greetz: Sl4yer - r3dFox - Java_Cr3w"),
            "t.me/garudaghost1337",
        ),
        Crew(
            "Bangla Tiger Cyber Force",
            "en",
            "Bangla Tiger Cyber Force was here",
            ("Just a security test. Admin, patch your panel.", "Free Palestine. Stop the genocide."),
            "fb.com/btcf.official",
        ),
        Crew(
            "Muon Xanh Team",
            "vi",
            "Hacked by Muon Xanh Team",
            ("Hoàng Sa, Trường Sa là của Việt Nam!", "Chỉ là thông báo bảo mật. Đừng lo."),
            "zalo: 0912xxx771",
        ),
    )


def doorway_words() -> dict[str, tuple[str, ...]]:
    """Gambling doorway pages (parasite pages planted on a site) per language: title, lines."""
    return {
        "zh-Hans": (
            "澳门葡京娱乐场官方入口-注册即送188",
            "全网最高返水，真人百家乐、电子游艺、体育投注一站式平台",
            "新会员首存100送100，24小时极速出款",
            "客服微信：pj88kf",
        ),
        "zh-Hant": (
            "台灣最強娛樂城｜註冊送體驗金999",
            "百家樂、老虎機、運彩一站玩透",
            "出金秒到帳　LINE客服：@tw999",
        ),
        "ko": (
            "안전한 메이저사이트 추천 - 가입즉시 꽁머니",
            "바카라 · 슬롯 · 스포츠 실시간 배팅",
            "첫충 30% 매충 10% 텔레그램 문의",
        ),
        "ja": (
            "【2025最新】入金不要ボーナス付きオンラインカジノ",
            "登録だけで$30もらえる！出金スピード業界No.1",
            "今すぐ無料登録",
        ),
    }
