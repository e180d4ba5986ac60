### klarhet in English. Every message is also in ../sv/klarhet.ftl; a test fails
### if one is missing from either language or is not used.

## The language itself

# The language's name, as setup shows it.
lang-name = English
# Other names --lang and KLARHET_LANG accept, separated by spaces.
lang-aliases = english engelska
# Which of the model files' languages (sv or en) is shown for this language.
lang-content = en
# The decimal separator.
number-decimal = .
# A share in per cent.
number-percent = { $value }%

## The workbench in the terminal (src/tui)

# (end of the terminal section)

## Reports, the command line, errors and the model's labels (src/report, src/cli, src/error.rs, src/model, src/demo.rs)
