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

# Rubriker på rutor får sina blanksteg runt om av koden. Tangenthjälpen i raden nederst börjar med liten bokstav.

tui-space = Mellanslag
tui-characters = tecken
tui-change-the-choice = ändra valet
tui-move-the-cursor = flytta markören
tui-change-field = byt fält
tui-delete-back = radera bakåt
tui-delete-forward = radera framåt
tui-to-the-start = till början
tui-to-the-end = till slutet
tui-type-into-the-field = skriv i fältet
tui-window-too-small = Fönstret är för litet. Gör det minst 80×24.
tui-question = Fråga
tui-save-as = Spara som
tui-file = Fil
tui-not-now = inte nu
tui-help-footer-mark = • visas i raden nederst
tui-keys = Tangenter
tui-crash-no-session = klarhet stannade oväntat innan någon session sparades.
tui-notice-need-voters = Lägg till deltagare eller ett antal i rummet först.
tui-notice-counted-by-hands = Utmaningen är räknad med handuppräckning.
tui-notice-has-ballots = Utmaningen har redan röster från en valomgång; de ersätts inte av en handuppräckning.
tui-notice-alias-missing = Skriv ett alias.
tui-notice-bad-date = Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-11-22.
tui-notice-organisation-missing = Skriv organisationens namn.
tui-question-open-backup = Sessionen kunde inte läsas (se raden nederst). Öppna säkerhetskopian som en ny session? Originalfilen lämnas orörd.
tui-question-quit-during-round = En omgång pågår. Alla röster hittills är sparade. Avsluta ändå?
tui-question-remove-participant = Ta bort deltagaren och hens röster?
tui-next-step = nästa steg
tui-previous-step = föregående steg
tui-help = hjälp
tui-quit-asks-first = avsluta (frågar först)
tui-quit = avsluta
tui-save-as-another-place = spara som (annan plats)
tui-quit-at-once-all-is-saved = avsluta direkt (allt är sparat)
tui-close-help = stäng hjälpen
tui-yes = ja
tui-no = nej
tui-save-here = spara här
tui-cancel = avbryt
tui-strength-of-the-circle = Cirkelns styrka
tui-circle-not-all-scored = Alla utmaningar är inte bedömda ännu.
tui-circle-no-circle = Modellens länkar bildar ingen cirkel.
tui-where-the-circle-drives = Var cirkeln driver
tui-back-to-the-list = tillbaka till listan
tui-choose-session = välj session
tui-compare = jämför
tui-close-the-comparison = stäng jämförelsen
tui-compare-no-other-session = Det finns ingen annan sparad session att jämföra med.
tui-consensus-short = samst.
tui-dimios-level = DiMiOS-nivå
tui-last-plan-status-then-now = Förra handlingsplanen, status då → nu:
tui-no-longer-in-the-plan = inte kvar i planen
tui-compare-title = Jämför med en tidigare session
tui-choose-level = välj nivå
tui-choose-the-level = välj nivån
tui-level-no-ladder = Modellen har ingen nivåstege.
tui-level-choose-hint = Välj den nivå som stämmer bäst i dag.
tui-level-top = Högsta nivån: nästa steg är att hålla den.
tui-level-next-step-title = Nästa steg
tui-change-challenge = byt utmaning
tui-scroll-the-text = rulla texten
tui-the-challenge = Utmaningen
tui-choose = välj
tui-add = lägg till
tui-edit = ändra
tui-change-role = byt roll
tui-remove = ta bort
tui-anonymous-head-count = anonymt antal
tui-next-field = nästa fält
tui-save-the-participant = spara deltagaren
tui-close-without-saving = stäng utan att spara
tui-save-the-count = spara antalet
tui-type-the-count = skriv antalet
tui-participants = Deltagare
tui-roles = Roller
tui-anonymous-room = Anonymt rum
tui-no-head-count-given = Inget antal angivet.
tui-participants-anonymous-hint = Utan namn röstar rummet med numrerade platser eller handuppräckning.
tui-participants-empty-hint = Tryck a för att lägga till en deltagare.
tui-edit-participant = Ändra deltagare
tui-new-participant = Ny deltagare
tui-alias = Alias
tui-role = Roll
tui-headcount-title = Antal i rummet
tui-count = Antal
tui-edit-the-action = ändra åtgärden
tui-save-the-action = spara åtgärden
tui-plan-nothing-adopted = Inga antagna rekommendationer ännu. Anta några i steg 7.
tui-no-action-yet = ingen åtgärd ännu ·
tui-plan-title = Handlingsplan: effektmål, ansvarig, klart senast, status
tui-action = Åtgärd
tui-effect-goal = Effektmål
tui-owner = Ansvarig
tui-due = Klart senast
tui-status = Status
tui-change-principle = byt princip
tui-adopt-undo = anta / ångra
tui-overarching = Övergripande
tui-ranked-by-relevance = Rangordnade efter relevans
tui-relevance = Relevans
tui-reason-and-concrete-steps = Skäl och konkreta steg
tui-save-the-score = spara poängen
tui-choose-the-score = välj poäng
tui-agreed-score-label = Överenskommen poäng:
tui-score = Poäng
tui-rationale = Motivering
tui-notes = Anteckningar
tui-answer = svara
tui-skip = hoppa över
tui-previous-statement = föregående påstående
tui-next-statement = nästa påstående
tui-show-of-hands = handuppräckning
tui-ballot = valomgång
tui-no-answers-yet = inga svar ännu
tui-statements = Påståenden
tui-save-and-next = spara och nästa
tui-choose-value = välj värde
tui-delete-digit = radera siffra
tui-change-statement = byt påstående
tui-back-to-the-challenge = tillbaka till utmaningen
tui-hands-title = Handuppräckning
tui-ballot-round = valomgång
tui-reveal = visa resultat
tui-key-agreed-score = överenskommen poäng
tui-start-voting = börja rösta
tui-stop-the-round = avbryt omgången
tui-dont-know-short = vet ej
tui-distribution = Fördelning
tui-median = median
tui-mean = medel
tui-consensus = samstämmighet
tui-dont-know = vet ej
tui-knowledge-gap = kunskapslucka
tui-severity = allvarlighet
tui-agreed = överenskommen
tui-mean-per-role = Medel per roll (utmaningen):
tui-results = Resultat
tui-save-the-session = spara sessionen
tui-back-to-start = tillbaka till start
tui-new-workshop = Ny workshop
tui-organisation = Organisation
tui-facilitator = Processledare
tui-date = Datum
tui-language = Språk
tui-model = Modell
tui-setup-hint = Enter på sista fältet skapar sessionen och sparar den.
tui-open = öppna
tui-start-title = klarhet: självskattning av styrning
tui-start-intro = Sex utmaningar, otydlighetens självförstärkande mekanism och rekommendationer enligt Halmstadrapporten (2024).
tui-new-session = + Ny session
tui-start-open-demo = ▶ Öppna demon (Sjöhamra kommun)
tui-start-choose-title = Välj
tui-export-here = exportera hit
tui-close-without-changing = stäng utan att ändra
tui-export-the-report = exportera rapporten
tui-change-format = byt format
tui-edit-path = ändra sökväg
tui-compare-with-earlier = jämför med tidigare
tui-role-differences = Rollskillnader
tui-adopted = Antagna
tui-actions = Åtgärder
tui-summary = Sammanfattning
tui-summary-export-title = Exportera rapporten
tui-path = Sökväg
tui-last-exported = Senast exporterat { $format }: { $path }
tui-summary-export-hint = Enter exporterar, f byter format (md, html, csv, json), e ändrar sökvägen, c jämför med en tidigare session.
tui-step-start = Start
tui-step-setup = Inställningar
tui-step-participants = Deltagare
tui-step-model = Modellen
tui-step-scoring = Bedömning
tui-step-circle = Cirkeln
tui-step-recommendations = Rekommendationer
tui-step-plan = Handlingsplan
tui-step-level = DiMiOS-nivå
tui-step-summary = Sammanfattning
# $format är filändelsen med versaler (MD, HTML, CSV, JSON), $path var filen hamnade.
tui-notice-exported = Rapporten ({ $format }) sparades i { $path }
tui-notice-export-failed = Kunde inte exportera: { $error }
# Visas i terminalen efter en krasch; $path är sessionsfilen.
tui-crash-resume =
    klarhet stannade oväntat. Allt som visades är sparat i { $path }
    Fortsätt där ni var med: klarhet --resume "{ $path }"
# $reason är felet, redan översatt.
tui-not-saved = Inte sparat – allt finns i minnet, nytt försök vid nästa ändring. Ctrl-S: spara som. Orsak: { $reason }
# $n är påståendets nummer, $total hur många påståenden utmaningen har.
tui-statement-of = påstående { $n } av { $total }
tui-hands-total = Summa: { $total } av { $room } i rummet
tui-agree-computed = Beräknat: { $computed }/100. Den ersätter den beräknade i allt som följer.
# $count svar av $voters röstande.
tui-answered-of = { $count } av { $voters } har svarat
# $count är antalet svar (när rummet inte har något antal röstande).
tui-answers = { $count } svar
tui-hand-over = Lämna över till { $name }, tryck Enter
tui-voted-of = { $voted } av { $total } har röstat
tui-scored-of = { $done }/{ $all } bedömda
tui-head-count-is = Antal: { $count }
tui-source = Källa: { $source }
tui-level-n = Nivå { $level }
tui-next-step-level = Nästa steg: nivå { $level }: { $name }
# $from och $to är utmaningarnas namn med gemener; $strength är ett heltal.
tui-circle-drives-hardest = Cirkeln driver hårdast från { $from } till { $to } (styrka { $strength }). Där är den mest värd att bryta: insatser mot { $from } minskar också trycket på { $to }.

# Tangenter som svarar ja respektive nej på en fråga, åtskilda med blanksteg. Enter svarar alltid ja och Esc nej.
tui-yes-keys = j y
tui-no-keys = n

# (end of the terminal section)

## Rapporter, kommandoraden, felmeddelanden och modellens etiketter (src/report, src/cli, src/error.rs, src/model, src/demo.rs)
