### klarhet på svenska. Varje meddelande finns också i ../en/klarhet.ftl;
### ett test fäller bygget om något saknas i ett av språken eller inte används.

## Språket självt

# Språkets namn, som det visas i inställningarna.
lang-name = svenska
# Andra namn som --lang och KLARHET_LANG godtar, åtskilda med blanksteg.
lang-aliases = svenska swedish
# Vilket av modellfilernas språk (sv eller en) som visas för det här språket.
lang-content = sv
# Decimaltecken.
number-decimal = ,
# En andel i procent.
number-percent = { $value } %

## Arbetsbänken i terminalen (src/tui)

# (end of the terminal section)

## Rapporter, kommandoraden, felmeddelanden och modellens etiketter (src/report, src/cli, src/error.rs, src/model, src/demo.rs)
