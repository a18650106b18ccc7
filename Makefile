# tamperwatch — the README's commands. Each target installs what it needs on a fresh Debian machine.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# fonts-noto-cjk: Chinese, Japanese and Korean glyphs for the render tier's screenshots (no tofu)
# nginx: the audit's integration tests serve well and badly configured sites with it
# libgl1, libglib2.0-0: OpenCV (pulled in by the OCR package) loads them even without a display
APT_PACKAGES ?= zstd chromium fonts-noto-cjk nginx libgl1 libglib2.0-0
CJK_FONT := /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install demo test test-fast lint bench bench-archive accuracy crossval train docs clean streams-accuracy
.PHONY: claims-accuracy claims-accuracy-gen

$(STAMP): pyproject.toml
	@{ command -v zstd && [ -x /usr/bin/chromium ] && [ -e $(CJK_FONT) ] && [ -x /usr/sbin/nginx ] && ldconfig -p | grep -q 'libGL.so.1 '; } >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null; }
	@[ -x $(BIN)/python ] || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m tamperwatch.demo

test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -x -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: $(STAMP)
	@# bytecode for our sources, as a wheel install has (pip compiles the peers' at install)
	$(BIN)/python -m compileall -q src
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.render
	$(BIN)/python -m bench.streams
	$(BIN)/python -m bench.audit
	$(BIN)/python -m bench.audit --https
	$(BIN)/python -m bench.archive_log --json bench/out/archive_log.json
	$(BIN)/python -m bench.verify --json bench/out/verify.json
	$(BIN)/python -m bench.agent --json bench/out/agent.json
	$(BIN)/python -m bench.api_latency --json bench/out/api_latency.json

# `make bench` runs bench.archive_log's short default (checkpoint cost per 1,000 observations, verify
# of 20,000). This also measures `archive verify` on an archive of VERIFY_OBSERVATIONS signed
# observations: at 1,000,000 about 7 CPU-minutes and 1.6 GB of temporary disk (docs/bench.md), so
# apart; ARCHIVE_TMP=DIR puts the temporary archives there
VERIFY_OBSERVATIONS ?= 1000000
bench-archive: $(STAMP)
	$(BIN)/python -m bench.archive_log --verify-observations $(VERIFY_OBSERVATIONS) \
		$(if $(ARCHIVE_TMP),--tmp $(ARCHIVE_TMP)) --json bench/out/archive_log_verify.json

# REDTEAM2=DIR adds red-team edition 2 as a column (generated into DIR when DIR holds no set);
# REDTEAM3=DIR, REDTEAM4=DIR, REDTEAM5=DIR, REDTEAM6=DIR, REDTEAM7=DIR, REDTEAM8=DIR, REDTEAM9=DIR and REDTEAM10=DIR add editions 3 to 10 the same way
# REDTEAMCJK=DIR adds the CJK edition (Chinese and Japanese sites written from scratch) as a column
# REDTEAMCJK2=DIR adds CJK edition 2 (a second author's Chinese, Japanese and Korean sites) likewise
# REDTEAMCJK3=DIR adds CJK edition 3 (a third author's Chinese, Japanese and Korean sites) likewise
# REDTEAMCJK4=DIR adds CJK edition 4 (a fourth author's Chinese, Japanese and Korean sites) likewise
# REDTEAMCJK5=DIR adds CJK edition 5 (a fifth author's Chinese, Japanese and Korean sites) likewise
# REDTEAMCJK6=DIR adds CJK edition 6 (a sixth author's Chinese, Japanese and Korean sites) likewise
# REDTEAMCJK7=DIR adds CJK edition 7 (a seventh author's Chinese, Japanese and Korean sites) likewise
accuracy: $(STAMP)
	$(BIN)/python -m bench.accuracy $(if $(REDTEAMCJK),--redteamcjk $(REDTEAMCJK)) \
		$(if $(REDTEAMCJK2),--redteamcjk2 $(REDTEAMCJK2)) \
		$(if $(REDTEAMCJK3),--redteamcjk3 $(REDTEAMCJK3)) \
		$(if $(REDTEAMCJK4),--redteamcjk4 $(REDTEAMCJK4)) \
		$(if $(REDTEAMCJK5),--redteamcjk5 $(REDTEAMCJK5)) \
		$(if $(REDTEAMCJK6),--redteamcjk6 $(REDTEAMCJK6)) \
		$(if $(REDTEAMCJK7),--redteamcjk7 $(REDTEAMCJK7)) \
		$(if $(OOF),--oof $(OOF)) $(if $(REDTEAM2),--redteam2 $(REDTEAM2)) \
		$(if $(REDTEAM3),--redteam3 $(REDTEAM3)) $(if $(REDTEAM4),--redteam4 $(REDTEAM4)) \
		$(if $(REDTEAM5),--redteam5 $(REDTEAM5)) $(if $(REDTEAM6),--redteam6 $(REDTEAM6)) \
		$(if $(REDTEAM7),--redteam7 $(REDTEAM7)) $(if $(REDTEAM8),--redteam8 $(REDTEAM8)) \
		$(if $(REDTEAM9),--redteam9 $(REDTEAM9)) \
		$(if $(REDTEAM10),--redteam10 $(REDTEAM10))

crossval: $(STAMP)
	$(BIN)/python -m bench.crossval

# The red-team set (bench/redteam), generated from the unpacked dev corpus and scored like `make accuracy`
REDTEAM_CORPUS ?= /tmp/corpus/dev
REDTEAM_OUT ?= /tmp/redteam
.PHONY: redteam
redteam: $(STAMP)
	$(BIN)/python -m bench.redteam --corpus $(REDTEAM_CORPUS) --out $(REDTEAM_OUT) --overwrite
	$(BIN)/python -m bench.accuracy --corpus $(REDTEAM_OUT) --no-redteam

# Edition 2 of the red-team set (bench/redteam/v2): fresh payloads nobody tuning the detectors has read
REDTEAM2_OUT ?= /tmp/redteam2
.PHONY: redteam2
redteam2: $(STAMP)
	$(BIN)/python -m bench.redteam --edition 2 --corpus $(REDTEAM_CORPUS) --out $(REDTEAM2_OUT) --overwrite
	$(BIN)/python -m bench.accuracy --corpus $(REDTEAM2_OUT) --no-redteam

# The stream set (../shared/streams/dev.tar.zst) unpacked into STREAMS_DIR, every channel run through
# `tamperwatch stream replay`, scored by ../shared/eval/score_streams.py
STREAMS_DIR ?= /tmp/streams-dev-set
streams-accuracy: $(STAMP)
	$(BIN)/python -m bench.streams_accuracy --set ../shared/streams/dev.tar.zst --dir $(STREAMS_DIR) \
		--scorer ../shared/eval/score_streams.py

# The claims set (../shared/claims/dev.tar.zst, unpacked into CLAIMS_DIR once) through
# `tamperwatch verify --batch`, scored by ../shared/eval/score_claims.py; CLAIMS_SET=FILE for another split.
# claims-accuracy-gen: the same over bench.claims_gen's set built from the corpus (CLAIMS_CORPUS)
CLAIMS_SET ?= ../shared/claims/dev.tar.zst
CLAIMS_DIR ?= /tmp/claims-dev-set
CLAIMS_CORPUS ?= /tmp/corpus/dev
claims-accuracy: $(STAMP)
	$(BIN)/python -m bench.claims_accuracy --set $(CLAIMS_SET) --dir $(CLAIMS_DIR) --scorer ../shared/eval/score_claims.py

claims-accuracy-gen: $(STAMP)
	$(BIN)/python -m bench.claims_accuracy --generate --corpus $(CLAIMS_CORPUS) --dir /tmp/claims-gen \
		--scorer ../shared/eval/score_claims.py

# The page classifier learns from the dev corpus and the page tasks of red-team editions 1-7 and
# CJK editions 1-4 (written by bench.redteam into a temporary folder; the CJK editions need no
# corpus); edition 8 and CJK edition 5 stay out of training: they measure it.
TRAIN_EDITIONS ?= 1 2 3 4 5 6 7 cjk cjk2 cjk3 cjk4
train: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	tar -I 'zstd --long=27' -xf ../shared/corpus/dev.tar.zst -C "$$tmp" && \
	for e in $(TRAIN_EDITIONS); do \
		case $$e in cjk*) corpus="";; *) corpus="--corpus $$tmp/dev";; esac; \
		$(BIN)/python -m bench.redteam --edition $$e $$corpus --out "$$tmp/redteam$$e" >/dev/null || exit 1; \
	done && \
	$(BIN)/python -m tamperwatch.detect.train --corpus "$$tmp/dev" \
		$(foreach e,$(TRAIN_EDITIONS),--pages-corpus "$$tmp/redteam$(e)")
	$(BIN)/python -m tamperwatch.detect.langid_build

docs: $(STAMP)
	$(BIN)/python -m tamperwatch.cli.docs --write README.md

clean:
	rm -rf $(VENV) build dist src/*.egg-info
