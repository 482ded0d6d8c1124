# Installs regio with its man page, shell completions and theme files:
#   make install PREFIX=~/.local      (default PREFIX: /usr/local; DESTDIR is honoured for packagers)
#   make uninstall PREFIX=~/.local    removes exactly the files install wrote
# For development, `swift run regio` and `swift test` are all you need.
PREFIX ?= /usr/local
DESTDIR ?=
# release for installing; CI's packaging check uses debug to reuse the test build.
CONFIGURATION ?= release
SWIFT ?= swift
# A release build is one static executable: the Swift runtime, Foundation, ncurses and zlib are inside it,
# so the installed regio needs no library from the system (only a terminfo database, as every terminal
# program does), and nothing is loaded or relocated when it starts: 2–3 ms of the bundled first screen
# (README, Performance). The static ncurses needs its terminfo library named. Debug builds link dynamically.
STATIC ?= $(if $(filter release,$(CONFIGURATION)),-Xswiftc -static-executable -Xlinker -ltinfo,)
BUILD := $(SWIFT) build -c $(CONFIGURATION) --product regio $(STATIC)
# The installed release binary without its symbol table: 62 MB instead of 87 (crash backtraces then show
# addresses; `swift run` keeps everything).
STRIP ?= $(if $(filter release,$(CONFIGURATION)),-s,)

ROOT := $(DESTDIR)$(PREFIX)
BINDIR := $(ROOT)/bin
MANDIR := $(ROOT)/share/man/man1
THEMEDIR := $(ROOT)/share/regio/themes
BASHDIR := $(ROOT)/share/bash-completion/completions
ZSHDIR := $(ROOT)/share/zsh/site-functions
FISHDIR := $(ROOT)/share/fish/vendor_completions.d
THEMES := $(notdir $(wildcard Themes/*.toml))

.PHONY: all build install uninstall man man-check

all: build

build:
	$(BUILD)

install: build
	$(eval BIN := $(shell $(BUILD) --show-bin-path)/regio)
	install -d "$(BINDIR)" "$(MANDIR)" "$(THEMEDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install $(STRIP) -m 755 "$(BIN)" "$(BINDIR)/regio"
	install -m 644 docs/man/regio.1 "$(MANDIR)/regio.1"
	install -m 644 $(addprefix Themes/,$(THEMES)) "$(THEMEDIR)/"
	"$(BIN)" --generate-completion-script bash > "$(BASHDIR)/regio"
	"$(BIN)" --generate-completion-script zsh > "$(ZSHDIR)/_regio"
	"$(BIN)" --generate-completion-script fish > "$(FISHDIR)/regio.fish"
	chmod 644 "$(BASHDIR)/regio" "$(ZSHDIR)/_regio" "$(FISHDIR)/regio.fish"

uninstall:
	rm -f "$(BINDIR)/regio" "$(MANDIR)/regio.1" "$(BASHDIR)/regio" "$(ZSHDIR)/_regio" "$(FISHDIR)/regio.fish"
	rm -f $(addprefix "$(THEMEDIR)"/,$(THEMES))
	-rmdir "$(THEMEDIR)" "$(ROOT)/share/regio" 2>/dev/null

# The man page is generated from the argument definitions and the keymap, and committed.
man:
	scripts/make-man.sh

man-check:
	scripts/make-man.sh --check
