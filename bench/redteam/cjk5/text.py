# ruff: noqa: RUF001 - full-width CJK punctuation is the text itself
"""Headlines and body sentences in each site's own voice, filled from the word tables."""

from __future__ import annotations

import random
import re
import string

from .words_hans import HANS
from .words_hant import HANT
from .words_ja_ko import JA_KO

VOICES = HANS | HANT | JA_KO
_SLOT = re.compile(r"\{(\w)\}")

SENTENCES: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "会议指出，要进一步压实责任，细化措施，确保各项工作落到实处。",
        "据了解，该项工作自今年年初启动以来，已累计完成计划任务的八成以上。",
        "相关负责人表示，下一步将继续加强统筹协调，及时回应群众关切。",
        "活动现场秩序井然，工作人员耐心解答群众咨询，发放宣传资料三百余份。",
        "请各有关单位高度重视，按照时间节点认真组织实施，并于规定时间内报送材料。",
        "如有疑问，请于工作日上午8:30至12:00、下午14:30至17:30拨打咨询电话。",
        "本次公示期为五个工作日，公示期间如有异议，可通过书面形式实名反映。",
        "与会人员围绕重点难点问题进行了深入交流，并就下一阶段工作提出意见建议。",
    ),
    "zh-Hant": (
        "有關安排將於下月起實施，市民可於辦公時間內致電查詢。",
        "負責人表示，將持續優化服務流程，方便市民辦理相關手續。",
        "活動費用全免，名額有限，先到先得，額滿即止。",
        "如遇惡劣天氣，活動或會取消，請留意本局網頁公布的最新消息。",
        "是次計劃共收到逾三百份申請，結果將以書面通知申請人。",
        "查詢詳情，請瀏覽本局網頁或於辦公時間內親臨服務櫃檯。",
    ),
    "ja": (
        "詳細については、担当課までお問い合わせください。",
        "なお、当日は混雑が予想されますので、公共交通機関をご利用ください。",
        "募集期間は来月末までとし、応募多数の場合は抽選となります。",
        "関係者によると、今後も段階的に整備を進める方針だという。",
        "ご理解とご協力をお願いいたします。",
        "受付時間は平日午前８時30分から午後５時15分までです。",
    ),
    "ko": (
        "자세한 사항은 담당 부서로 문의하여 주시기 바랍니다.",
        "이용에 불편을 드려 죄송합니다. 양해 부탁드립니다.",
        "신청 기간은 다음 달 말까지이며, 접수는 방문 또는 온라인으로 가능합니다.",
        "관계자는 앞으로도 시민 불편을 최소화하도록 노력하겠다고 밝혔다.",
        "대상자에게는 개별 문자로 안내할 예정입니다.",
        "기타 궁금한 사항은 고객센터로 연락 주시기 바랍니다.",
    ),
}


def fill(template: str, voice: dict[str, tuple[str, ...]], rng: random.Random, year: int) -> str:
    def slot(found: re.Match[str]) -> str:
        key = found.group(1)
        if key == "y":
            return str(year)
        if key == "n":
            return str(rng.randint(2, 48))
        return rng.choice(voice[key])

    return _SLOT.sub(slot, template)


def headline(site_key: str, rng: random.Random, year: int) -> str:
    voice = VOICES[site_key]
    return fill(rng.choice(voice["t"]), voice, rng, year)


def paragraphs(language: str, rng: random.Random, count: int) -> list[str]:
    pool = SENTENCES[language]
    return [
        "".join(rng.sample(pool, 2)) if language != "ko" else " ".join(rng.sample(pool, 2))
        for _ in range(count)
    ]


def token(rng: random.Random, length: int = 8, alphabet: str = string.ascii_lowercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))
