# ruff: noqa: RUF001  (CJK text is written with its own full-width punctuation)
"""Legitimate single pages that are not a front page: 404s, maintenance pages, login forms and
official notices, per language and in that language's legacy charsets."""

from __future__ import annotations

import html
from random import Random

LABELS = {
    "hans": ("gb2312", "gbk", "gb18030", "utf-8"),
    "hant": ("big5", "big5-hkscs", "utf-8"),
    "ja": ("shift_jis", "euc-jp", "utf-8"),
    "ko": ("euc-kr", "utf-8"),
}

TEXTS = {
    "hans": {
        "404": ("404 页面不存在", "抱歉，您访问的页面已删除或地址有误。", "返回首页"),
        "maintenance": (
            "系统维护中",
            "为提升服务质量，网站正在进行升级维护，预计{n}:00恢复访问。",
            "给您带来不便，敬请谅解。",
        ),
        "login": ("统一身份认证", "用户名 / 手机号", "密码", "登录", "忘记密码？"),
        "notice": (
            "关于防范网络诈骗的提示",
            "近期有不法分子冒充工作人员，以“退税”“补贴”为名索要银行卡信息。请勿轻信，如有疑问请拨打{n}110。",
            "特此公告。",
        ),
    },
    "hant": {
        "404": ("找不到網頁", "您所要求的網頁不存在或已被移除。", "回首頁"),
        "maintenance": ("系統維護中", "本網站正進行系統更新，預計於{n}時恢復服務。", "造成不便，敬請見諒。"),
        "login": ("會員登入", "電子郵件 / 帳號", "密碼", "登入", "忘記密碼"),
        "notice": (
            "防範詐騙公告",
            "近日發現有人假冒本單位名義發送簡訊，要求民眾點擊連結輸入個資，請勿受騙。",
            "如有疑問請撥165反詐騙專線。",
        ),
    },
    "ja": {
        "404": (
            "ページが見つかりません",
            "お探しのページは移動または削除された可能性があります。",
            "トップページへ戻る",
        ),
        "maintenance": (
            "メンテナンス中",
            "ただいまシステムメンテナンスを行っております。{n}時頃に再開予定です。",
            "ご迷惑をおかけし申し訳ございません。",
        ),
        "login": ("ログイン", "メールアドレス", "パスワード", "ログインする", "パスワードをお忘れの方"),
        "notice": (
            "不正アクセスに関するお詫びとお知らせ",
            "第三者による不正アクセスを受け、お客様情報の一部が閲覧された可能性があることが判明しました。",
            "現在、外部専門機関と調査を進めております。",
        ),
    },
    "ko": {
        "404": (
            "페이지를 찾을 수 없습니다",
            "요청하신 페이지가 삭제되었거나 주소가 변경되었습니다.",
            "메인으로",
        ),
        "maintenance": (
            "시스템 점검 안내",
            "보다 나은 서비스를 위해 시스템 점검을 진행 중입니다. {n}시에 재개됩니다.",
            "이용에 불편을 드려 죄송합니다.",
        ),
        "login": ("통합 로그인", "아이디", "비밀번호", "로그인", "비밀번호 찾기"),
        "notice": (
            "개인정보 유출 관련 사과문",
            "외부 해킹 공격으로 일부 회원의 이메일 주소가 유출된 사실을 확인하였습니다.",
            "비밀번호를 변경해 주시기 바랍니다.",
        ),
    },
}
KINDS = ("404", "maintenance", "login", "notice")
HOUR_RANGE = (6, 23)


def special_page(rng: Random, lang: str, kind: str) -> tuple[str, str]:
    """(label, html text) of one page of ``kind``."""
    label = rng.choice(LABELS[lang])
    texts = [html.escape(t.format(n=rng.randint(*HOUR_RANGE))) for t in TEXTS[lang][kind]]
    meta = (
        f'<meta charset="{label}">'
        if rng.random() < 0.5
        else f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    )
    if kind == "login":
        body = (
            f'<form method="post" action="/sso/login"><h2>{texts[0]}</h2>'
            f'<label>{texts[1]}<input name="username"></label>'
            f'<label>{texts[2]}<input type="password" name="password"></label>'
            f'<input type="hidden" name="execution" value="{rng.getrandbits(96):024x}">'
            f'<button type="submit">{texts[3]}</button><a href="/sso/reset">{texts[4]}</a></form>'
        )
    else:
        paras = "".join(f"<p>{t}</p>" for t in texts[1:])
        body = f'<div class="msg"><h1>{texts[0]}</h1>{paras}</div>'
    return (
        label,
        f"<!DOCTYPE html>\n<html>\n<head>\n{meta}\n<title>{texts[0]}</title>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n",
    )
