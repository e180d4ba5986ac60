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
tui-window-too-small = Fönstret är { $width }×{ $height } tecken; klarhet behöver minst { $min_width }×{ $min_height }. Gör fönstret större, eller tryck q för att avsluta (allt är sparat). Inga andra tangenter gör något förrän fönstret räcker.
tui-question = Fråga
tui-save-as = Spara som
tui-file = Fil
tui-not-now = inte nu
tui-help-footer-mark = • visas i raden nederst
tui-keys = Tangenter
tui-crash-no-session = klarhet stannade oväntat innan någon session sparades.
tui-notice-need-voters = Lägg till deltagare eller ett antal i rummet först.
tui-notice-counted-by-hands = { WORD($words, "source") ->
        [default] Utmaningen är räknad med handuppräckning.
       *[model] Svaren på { WORD($words, "the-one") } är räknade med handuppräckning.
    }
tui-notice-has-ballots = { UPPER_FIRST(WORD($words, "the-one")) } har redan röster från en valomgång; de ersätts inte av en handuppräckning.
tui-notice-alias-missing = Skriv ett alias.
tui-notice-bad-date = Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-11-22.
tui-notice-bad-kommunkod = En kommunkod är exakt fyra siffror, till exempel 1380, eller lämnas tom.
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
# Dagordningen och klockan (issue 27: src/tui/agenda.rs, src/tui/router/clock.rs).
# Dagordningarna är modellens (assessments/*.ron); här finns bara programmets ord.
tui-clock-start = starta klockan
tui-clock-pause = pausa klockan
tui-clock-resume = fortsätt klockan
tui-clock-short = klocka
tui-clock-extend = ge punkten { $minutes } { $minutes ->
        [one] minut
       *[other] minuter
    } till
tui-clock-extend-short = { $minutes } { $minutes ->
        [one] minut
       *[other] minuter
    } till
tui-clock-next = nästa punkt på dagordningen
tui-clock-no-item = Dagordningen har ingen punkt för det här steget, så klockan startar inte här. F2 visar dagordningen, där du väljer vilken punkt klockan ska gå på; T startar dess första punkt.
tui-clock-left = { $time } kvar
tui-clock-over = { $time } över
tui-agenda = Dagordning
tui-agenda-open = dagordning och tid
tui-agenda-open-short = dagordning
tui-agenda-none = Ingen dagordning är vald. Välj en att utgå från:
tui-agenda-template = { $name }, { $minutes } { $minutes ->
        [one] minut
       *[other] minuter
    }
tui-agenda-source = Källa: { $source }
tui-agenda-break = Paus
tui-agenda-planned = { $minutes } { $minutes ->
        [one] minut
       *[other] minuter
    }
tui-agenda-used = { $time } använt
tui-agenda-total = Planerat { $minutes } { $minutes ->
        [one] minut
       *[other] minuter
    } · använt { $time }
tui-agenda-select = välj punkt
tui-agenda-minutes = en minut mindre eller mer för punkten
tui-agenda-run = kör klockan på punkten
tui-agenda-choose = välj dagordningen
tui-agenda-remove = ta bort dagordningen (innan klockan har startat)
tui-agenda-close = stäng dagordningen
tui-agenda-minutes-short = minuter
tui-agenda-run-short = kör klockan
tui-agenda-close-short = stäng
tui-summary-agenda = Dagordning: planerat { $minutes } { $minutes ->
        [one] minut
       *[other] minuter
    } · använt { $used } · { $over ->
        [one] 1 punkt
       *[other] { $over } punkter
    } över planen (F2 visar varje punkt)
tui-close-help = stäng hjälpen
tui-yes = ja
tui-no = nej
tui-save-here = spara här
tui-cancel = avbryt
tui-strength-of-the-circle = Cirkelns styrka
tui-circle-not-all-scored = Alla { WORD($words, "many") } är inte bedömda ännu.
tui-circle-no-circle = Modellens länkar bildar ingen cirkel.
tui-where-the-circle-drives = Cirkeln och era poäng
tui-back-to-the-list = tillbaka till listan
tui-choose-session = välj session
tui-compare = jämför
tui-close-the-comparison = stäng jämförelsen
tui-compare-no-other-session = Det finns ingen annan sparad session att jämföra med.
tui-consensus-short = samst.
tui-last-plan-status-then-now = Förra handlingsplanen, status då → nu:
tui-no-longer-in-the-plan = inte kvar i planen
tui-compare-title = Jämför med en tidigare session
tui-choose-level = välj nivå
tui-choose-the-level = välj nivån
tui-level-no-ladder = Modellen har ingen nivåstege.
tui-level-choose-hint = Välj den nivå som stämmer bäst i dag.
tui-level-top = Högsta nivån: nästa steg är att hålla den.
tui-level-next-step-title = Nästa steg
# Alternativen (issue 28): gruppen väljer ett av modellens alternativ och säger varför.
# label är alternativets etikett i modellen (I, II); before är etiketterna före det;
# alternative är etikett och namn; source är var i rapporten texten står.
tui-alternatives-step = Alternativ
tui-alternatives-measures = { $count ->
    [one] 1 åtgärd
   *[other] { $count } åtgärder
    }
tui-alternatives-builds-on = { $label } bygger på { $before }, och lägger till:
tui-alternatives-and = { $first } och { $last }
tui-alternatives-without = Gäller alla alternativen
tui-alternatives-own = klarhets text, utifrån { $source }
tui-alternatives-choice = Gruppens val
tui-alternatives-none-chosen = Inget alternativ är valt än: välj ett med Enter och skriv varför.
tui-alternatives-reason-for = Varför { $alternative }?
tui-alternatives-reason-hint = Skriv gruppens motivering; den står i rapporten bredvid valet.
tui-alternatives-reason = Motivering
tui-alternatives-reason-missing = Valet av { $alternative } sparas inte utan motivering: skriv varför gruppen väljer det.
tui-alternatives-move = gå mellan alternativen
tui-alternatives-choose = välj och motivera
tui-alternatives-keep-choice = spara valet
# De öppna frågorna (issue 28): var och en skriver korta svar vid tangentbordet, som en valsedel
# som går runt, och svaren visas tillsammans, utan namn, sorterade efter text. Ingen text här får
# låta någon koppla ett svar till den som skrev det. count är ett antal skribenter eller svar;
# all är hur många som kan skriva; number är frågans eller fältets nummer; name är skribentens
# namn eller platsnummer; source är var i rapporten frågan står; list är antal svar per fråga.
tui-prompts-answer-kind = Svar
tui-prompts-theme-kind = Tema
tui-prompts-own = klarhets fråga, utifrån { $source }
tui-prompts-written = Har skrivit: { $count } av { $all }
tui-prompts-nothing-waits = Inga svar väntar på att visas.
tui-prompts-waiting = { $count ->
    [one] Svar från en skribent väntar på att visas.
   *[other] Svar från { $count } skribenter väntar på att visas.
    }
tui-prompts-min = { $count ->
    [one] Svaren visas när någon har skrivit.
   *[other] Svaren visas tillsammans, från minst { $count } skribenter åt gången.
    }
tui-prompts-shown-writers = { $count ->
    [0] Inga svar är visade än.
    [one] Visade: svar från en skribent.
   *[other] Visade: svar från { $count } skribenter.
    }
tui-prompts-none-shown = inga visade svar än
tui-prompts-no-theme = utan tema
tui-prompts-need-writers = { $count ->
    [one] Svaren visas inte än: en till behöver skriva, så att ingen kan kopplas till sina svar.
   *[other] Svaren visas inte än: { $count } till behöver skriva, så att ingen kan kopplas till sina svar.
    }
tui-prompts-none-waiting = Inga nya svar väntar på att visas.
tui-prompts-everyone-wrote = Alla har skrivit. Visa svaren med r.
tui-prompts-theme-name-missing = Temat sparas inte utan namn: skriv ett namn, eller välj ett tema som finns med ↑↓.
tui-prompts-who-writes = Vem skriver nu?
tui-prompts-who-writes-hint = Välj skribent och lämna över tangentbordet. Var och en ser bara sina egna svar.
tui-prompts-handed-in = ✓ Svaren är inlämnade, utan namn.
tui-prompts-pass-on = Lämna tangentbordet vidare. Nästa skribent väljs med Enter.
tui-prompts-theme-for = { $count ->
    [one] Tema för ett svar
   *[other] Tema för { $count } svar
    }
tui-prompts-theme-hint-new = Skriv temats namn; svaren samlas under det.
tui-prompts-theme-hint-pick = Skriv ett nytt namn, eller välj ett tema som finns med ↑↓.
tui-prompts-writing-title = { $name } skriver
tui-prompts-prompt-of = Fråga { $number } av { $count }
tui-prompts-answer-label = Svar { $number } av { $count }
tui-prompts-progress = Skrivna svar per fråga: { $list }
tui-prompts-private = Bara du ser det du skriver. Svaren lämnas in utan ditt namn och visas först tillsammans med andras.
tui-prompts-hand-in-button = Lämna in
tui-prompts-next-writer = nästa skribent
tui-prompts-show = visa svaren
tui-prompts-move = gå mellan svaren
tui-prompts-scroll = bläddra bland frågorna
tui-prompts-mark = markera svaret
tui-prompts-theme = samla under ett tema
tui-prompts-untheme = ta ur temat
tui-prompts-open-room = öppna rummet: deltagarna skriver på sina telefoner
tui-prompts-room-open = Rummet är öppet: deltagarna skriver på sina telefoner. Skanna koden eller öppna
tui-prompts-room-open-address = Rummet är öppet: deltagarna skriver på sina telefoner, på adressen
tui-prompts-let-write = låt skriva
tui-prompts-to-overview = till översikten
tui-prompts-choose-writer = välj skribent
tui-prompts-hand-in = lämna in svaren
tui-prompts-other-prompt = nästa eller förra frågan
tui-prompts-stop-writing = avbryt skrivandet
tui-prompts-keep-theme = spara temat
tui-prompts-pick-theme = välj ett tema som finns
# Enskild röstning före gruppens öppna beslut (issue 28): om alternativen, eller om vilken fas ett
# område står i. Rösten beslutar inget; gruppen väljer sedan öppet med motivering. Rösterna visas
# bara tillsammans, från minst minsta gruppen åt gången, som antal och andelar; ingen text här får
# låta någon koppla en röst till den som gav den. count är ett antal röster; voted och all är hur
# många som röstat och kan rösta; picked är rösterna på ett val; percent är andelen i procent; min
# är minsta gruppen; name är den röstandes namn eller platsnummer; area är områdets namn.
tui-poll-title = Enskild röstning
tui-poll-who-votes = Vem röstar nu?
tui-poll-who-votes-hint = Välj vem som röstar och lämna över tangentbordet. Ingen annan ser vad var och en väljer.
tui-poll-voting-title = { $name } röstar
tui-poll-unsure = Vet ej
tui-poll-private = Din röst lämnas in utan ditt namn och visas först tillsammans med andras. Rösten beslutar inget: gruppen väljer sedan öppet.
tui-poll-handed-in = ✓ Rösten är inlämnad, utan namn.
tui-poll-pass-on = Lämna tangentbordet vidare. Nästa att rösta väljs med Enter.
tui-poll-voted = Har röstat: { $voted } av { $all }
tui-poll-waiting = { $count ->
    [one] En röst väntar.
   *[other] { $count } röster väntar.
    } Rösterna visas när minst { $min ->
    [one] en röst
   *[other] { $min } röster
    } väntar, så att ingen kan kopplas till sin röst.
tui-poll-ready = { $count ->
    [one] En röst väntar: visa den med r.
   *[other] { $count } röster väntar: visa dem med r.
    }
tui-poll-need-voters = { $count ->
    [one] Rösterna visas inte än: en till behöver rösta, så att ingen kan kopplas till sin röst.
   *[other] Rösterna visas inte än: { $count } till behöver rösta, så att ingen kan kopplas till sin röst.
    }
tui-poll-none-waiting = Inga nya röster väntar på att visas.
tui-poll-everyone-voted = Alla har röstat. Visa rösterna med r.
tui-poll-heading = Gruppens enskilda röster
tui-poll-heading-round = Gruppens enskilda röster, omgång { $number }
tui-poll-earlier = Omgång { $number } ({ $count ->
    [one] en röst
   *[other] { $count } röster
    }): { $list }
tui-poll-again = rösta igen; omgången nu sparas
tui-poll-none-shown = Inga röster är visade än.
tui-poll-share = { $picked } av { $all } ({ $percent } %)
tui-poll-area-question = I vilken fas står ”{ $area }” nu?
tui-poll-start = rösta enskilt först
tui-poll-show = visa rösterna
tui-poll-let-vote = låt rösta
tui-poll-choose-voter = välj vem som röstar
tui-poll-hand-in = lämna in rösten
tui-poll-move = gå mellan valen
tui-poll-stop-voting = avbryt, tillbaka till listan
tui-poll-next-voter = nästa att rösta
tui-poll-close = stäng röstningen
tui-poll-to-phones = lägg ut röstningen på telefonerna
tui-poll-open-room = öppna rummet: deltagarna röstar på sina telefoner
tui-poll-room-open = Rummet är öppet: deltagarna röstar på sina telefoner. Skanna koden eller öppna
tui-poll-room-open-address = Rummet är öppet: deltagarna röstar på sina telefoner, på adressen
# Faserna (issue 28): gruppen placerar varje område av samarbetet i en fas. Faserna är ingen
# stege: ingen text här säger att en fas är högre, nästa eller bättre. area är modellens ord för
# det som placeras (ett eller flera, bestämd form efter behov); phase är fasens nummer och namn;
# source är var i rapporten texten står; count är hur många områden som finns.
tui-phases-step = Faser
tui-phases-phase = Fas { $number }: { $name }
# En uppsättning av fasernas frågor om ett område: dess namn i stegen, på telefonerna och i rapporten.
area-prompts-name = Frågor om { $area }, i fas { $number }: { $phase }
# Fasens kort på modellskärmen: rapportens nummer är fasens namn i rapporten, inget värde.
tui-phases-card = Fas { $number }
tui-phases-not-placed = inte placerat
tui-phases-placed = { $count ->
    [one] { $placed } av 1 placerat
   *[other] { $placed } av { $count } placerade
    }
tui-phases-own = klarhets text, utifrån { $source }
tui-phases-session-own = sessionens eget
tui-phases-not-placed-hint = Inte placerat än: välj en fas med Enter.
tui-phases-about-hint = Välj en rad nedanför och placera den med Enter; a lägger till en egen.
tui-phases-risk = Risk
tui-phases-recommendations = Rekommendationer som modellen knyter till fasen
tui-phases-no-recommendations = Modellen knyter ingen rekommendation till den här fasen.
# source är var i rapporten kopplingen vilar: rapporten antyder den men gör den inte själv.
tui-phases-tie-own = klarhets läsning, utifrån { $source }
tui-phases-note = Anteckning
tui-phases-earlier = Stod tidigare i: { $phases }
tui-phases-add-title = Lägg till: { $area }
tui-phases-name = Namn
tui-phases-place-title = Placera { $area }
tui-phases-place-hint = ←→ eller siffran väljer fas.
tui-phases-phase-choice = Fas
tui-phases-name-missing = Inget läggs till utan namn: skriv vad det heter.
tui-phases-move = gå mellan raderna
tui-phases-place = placera
tui-phases-add = lägg till
tui-phases-keep = spara placeringen
tui-phases-keep-area = lägg till
tui-phases-choose-phase = välj fas
tui-phases-ask = svara på fasens frågor
tui-phases-back-to-areas = tillbaka till områdena
tui-phases-ask-hint = { $count ->
    [one] f: gruppen svarar skriftligt på fasens fråga om området.
   *[other] f: gruppen svarar skriftligt på fasens { $count } frågor om området.
    }
tui-change-challenge = byt { WORD($words, "one") }
tui-scroll-the-text = rulla texten
tui-the-challenge = { UPPER_FIRST(WORD($words, "the-one")) }
tui-choose = välj
tui-add = lägg till
tui-edit = ändra
tui-change-role = byt grupp
tui-next-breakdown = dela upp siffrorna efter nästa gruppering
tui-remove = ta bort
tui-anonymous-head-count = anonymt antal
tui-next-field = nästa fält
tui-save-the-participant = spara deltagaren
tui-close-without-saving = stäng utan att spara
tui-save-the-count = spara antalet
tui-type-the-count = skriv antalet
tui-participants = Deltagare
tui-anonymous-room = Anonymt rum
tui-no-head-count-given = Inget antal angivet.
tui-participants-anonymous-hint = Utan namn röstar rummet med numrerade platser eller handuppräckning.
tui-participants-empty-hint = Tryck a för att lägga till en deltagare.
tui-edit-participant = Ändra deltagare
tui-new-participant = Ny deltagare
tui-alias = Alias
# Deltagarnas grupper (issue 28): grupperna är modellens, och sessionen kan lägga till egna.
tui-no-group = ingen grupp
tui-add-group = ny grupp
tui-new-group = Ny grupp
tui-group-name = Namn
tui-grouping = Indelning
tui-save-the-group = spara gruppen
tui-notice-group-name-missing = Gruppen behöver ett namn.
tui-headcount-title = Antal i rummet
tui-count = Antal
tui-edit-the-action = ändra åtgärden
tui-save-the-action = spara åtgärden
tui-plan-nothing-adopted = Inga antagna rekommendationer ännu. Anta några i steg { $step }.
tui-no-action-yet = ingen åtgärd ännu
tui-plan-title = Handlingsplan: effektmål, ansvarig, klart senast, status
tui-action = Åtgärd
# Handlingsplanens åtgärder ur det valda alternativet. label och chosen är alternativens etiketter ("II"), name alternativets namn, step ett stegnummer.
tui-plan-measure-chosen = Åtgärd i det valda alternativet { $label } { $name }
tui-plan-measure-built-on = Åtgärd i { $label } { $name }, som det valda alternativet { $chosen } bygger på
tui-plan-measure-earlier = Planerad under ett tidigare val: åtgärd i { $label } { $name }, som gruppens val inte längre omfattar. Den står kvar, eftersom gruppen beslutade den.
tui-plan-earlier-mark = tidigare val
tui-plan-nothing-chosen = Inget alternativ är valt heller: när gruppen väljer ett i steg { $step }, erbjuds dess åtgärder här.
tui-plan-detail-measure = Åtgärden
tui-effect-goal = Effektmål
tui-owner = Ansvarig
tui-due = Klart senast
tui-status = Status
tui-change-principle = byt princip
tui-adopt-undo = anta / ångra
tui-overarching = Övergripande
tui-ranked-by-relevance = Rangordnade efter relevans
tui-relevance = Relevans
tui-relevance-explained = Relevansen är medelvärdet av { WORD($words, "source") ->
        [default] allvarligheten
       *[model] { WORD($words, "score") }
    } hos de { WORD($words, "many") } klarhet har kopplat rekommendationen till. Kopplingen är klarhets läsning, inte rapportens.
tui-reason-and-concrete-steps = Skäl och konkreta steg
tui-save-the-score = spara poängen
tui-agreed-score-label = Överenskommen poäng:
tui-rationale = Motivering
tui-notes = Anteckningar
tui-answer = svara
tui-skip = hoppa över
tui-previous-statement = föregående påstående
tui-next-statement = nästa påstående
tui-show-of-hands = handuppräckning
tui-ballot = enskilda svar
tui-answers-in-the-room = i rummet
tui-no-answers-yet = inga svar ännu
tui-statements = Påståenden
tui-save-and-next = spara och nästa
tui-choose-value = välj värde
tui-delete-digit = radera siffra
tui-change-statement = byt påstående
tui-back-to-the-challenge = tillbaka till { WORD($words, "the-one") }
tui-short-statement = påstående
tui-short-to-the-room = rummet
tui-short-to-the-challenge = { WORD($words, "the-one") }
tui-hands-title = Handuppräckning
tui-ballot-round = valomgång
tui-reveal = visa resultat
tui-key-agreed-score = överenskommen poäng
tui-start-voting = börja rösta
tui-stop-the-round = pausa omgången (alla röster hittills sparas)
tui-dont-know-short = vet ej
tui-distribution = Fördelning
tui-median = median
tui-mean = medel
tui-consensus = samstämmighet
tui-dont-know = vet ej
tui-knowledge-gap = kunskapslucka
tui-uncertain-legend = { $mark } osäkert underlag: många vet ej eller få svar, läs med försiktighet
tui-ballots-waiting = { $count ->
    [one] Ett svar har kommit in sedan förra visningen och visas inte än:
   *[other] { $count } svar har kommit in sedan förra visningen och visas inte än:
    } ett påstående visar nya svar först när minst { $threshold } har kommit, annars skulle skillnaden visa någons svar.
tui-self-assessment = Självskattning
tui-self-assessment-yes = ja, en person: svaren visas fullt ut
tui-self-assessment-no = nej, en grupp: färre än { $count } svar visas inte
tui-withheld = För få har svarat för att något ska visas: minst { $count } behövs, annars kan var och en dra bort sitt eget svar och läsa de andras.
tui-severity = { WORD($words, "score") }
tui-agreed = överenskommen
tui-mean-per-role = Medel per grupp ({ WORD($words, "the-one") }):
# En reveal på en kategorisk skala (issue 28): andelar per roll, och att en
# utmaning med bara kategoriska påståenden inte får något poängvärde.
tui-shares-per-role = Andel per grupp: { $options }
tui-no-score = inget poängvärde: påståendena har bara kategoriska skalor
tui-results = Resultat

## Rösta igen: en ny omgång efter samtalet, och omgångarna sida vid sida (src/tui/screens/scoring/vote_again.rs, reveal_rounds.rs)
tui-vote-again = rösta igen: en ny omgång på valda påståenden
tui-short-vote-again = rösta igen
tui-vote-again-title = Rösta igen: { $challenge }
tui-vote-again-hint = Varje omgång sparas för sig och ingen skrivs över. Den överenskomna poängen utgår från den senaste omgången.
tui-vote-again-statements = Påståenden
tui-vote-again-channel = Hur gruppen svarar
tui-vote-again-tick = markera påståendet
tui-vote-again-all = markera alla eller inga
tui-vote-again-move = byt mellan påståenden och sätt
tui-vote-again-open = öppna omgången
tui-short-vote-again-open = öppna
tui-vote-again-none = Markera minst ett påstående för den nya omgången.
tui-vote-again-opened = Omgång { $round } är öppen: { $count ->
    [one] ett påstående
   *[other] { $count } påståenden
    }.
tui-round-label = omgång { $round }
tui-rounds-title = Omgångarna

tui-save-the-session = spara sessionen
tui-back-to-start = tillbaka till start
tui-new-workshop = Ny workshop
tui-organisation = Organisation
tui-facilitator = Processledare
tui-date = Datum
tui-kommunkod = Kommunkod
tui-language = Språk
tui-model = Modell
tui-setup-hint = Enter på sista fältet skapar sessionen och sparar den. Kommunkoden är SCB:s fyra siffror (till exempel 1380) och får vara tom.
tui-open = öppna
tui-start-title = klarhet: självskattning av styrning
tui-start-intro = Självskattning av styrning i grupp, byggd på forskningsrapporters modeller: modellen väljs när en ny session skapas.
tui-new-session = + Ny session
tui-start-open-demo = ▶ Öppna demon (Sjöhamra kommun)
tui-start-choose-title = Välj
tui-export-here = exportera hit
tui-close-without-changing = stäng utan att ändra
tui-export-the-report = exportera rapporten
tui-change-format = byt format
tui-edit-path = ändra sökväg
tui-compare-with-earlier = jämför med tidigare
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
tui-step-level = Nivå
tui-step-summary = Sammanfattning
# En uppsättning öppna frågor, när modellen inte finns till hands för att ge dess eget namn.
tui-step-prompts = Öppna frågor
# $format är filändelsen med versaler (MD, HTML, CSV, JSON), $path var filen hamnade.
tui-notice-exported = Rapporten ({ $format }) sparades i { $path }
tui-notice-export-failed = Kunde inte exportera: { $error }. Ändra sökvägen till en mapp som finns och går att skriva i, och exportera igen.
# Visas i terminalen efter en krasch; $path är sessionsfilen.
tui-crash-resume =
    klarhet stannade oväntat. Allt som visades är sparat i { $path }
    Fortsätt där ni var med: klarhet --resume "{ $path }"
# Märket i översta raden medan den öppna sessionen bara läses.
tui-read-only = skrivskyddad
# På statusraden medan den öppna sessionen bara läses; $reason är en av read-only-….
tui-read-only-status = Skrivskyddad: { $reason }. Inget sparas i den här filen; Ctrl-S sparar som en ny fil.
# $reason är felet, redan översatt.
tui-not-saved = Inte sparat – allt finns i minnet, nytt försök vid nästa ändring. Ctrl-S: spara som. Orsak: { $reason }
# $n är påståendets nummer, $total hur många påståenden utmaningen har.
tui-statement-of = påstående { $n } av { $total }
tui-hands-total = Summa: { $total } av { $room } i rummet
# $count svar av $voters röstande.
tui-answered-of = { $count } av { $voters } har svarat
# $count är antalet svar (när rummet inte har något antal röstande).
tui-answers = { $count } svar
tui-hand-over = Lämna över till { $name }, tryck Enter
tui-handover-challenge = { UPPER_FIRST(WORD($words, "one")) } { $n } av { $total }: { $challenge }
tui-voted-of = { $voted } av { $total } har röstat
tui-start-look-alike = · sparad { $saved } · { $id }
tui-scored-of = { $done }/{ $all } { $all ->
        [one] bedömd
       *[other] bedömda
    }
tui-head-count-is = Antal: { $count }
tui-source = Källa: { $source }
tui-level-n = Nivå { $level }
tui-next-step-level = Nästa steg: nivå { $level }: { $name }
# $from och $to är utmaningarnas namn med gemener; $strength är ett heltal.

# Tangenter som svarar ja respektive nej på en fråga, åtskilda med blanksteg. Enter svarar alltid ja och Esc nej.
tui-yes-keys = j y
tui-no-keys = n
# Tangenten för skalans vet ej-svar i valomgången: en bokstav, inte s, j eller k.
tui-unknown-key = v

# Tangenternas namn som tangentbordet skriver dem.
tui-key-enter = Enter
tui-key-esc = Esc
tui-key-tab = Tab
tui-key-delete = Del
tui-key-home = Home
tui-key-end = End
tui-key-page-up = PgUp
tui-key-page-down = PgDn
tui-key-ctrl = Ctrl-{ $key }

tui-back = tillbaka

# Korta ord för raden nederst, där 80 tecken ska räcka till mycket.
tui-short-hands = händer
tui-short-results = resultat
tui-short-agree = poäng
tui-short-vote = rösta
tui-short-ask = frågor
tui-short-ballot = omgång
tui-short-scroll = rulla
tui-short-export = exportera

tui-the-room = Rummet

tui-by-word = ord för ord
tui-delete-word = radera ordet före
tui-clear-field = töm fältet

tui-question-overwrite = Filen { $path } finns redan. Skriva över den med rapporten?

tui-plan-detail = Rekommendationen

tui-question-hands-over-room = { $total ->
        [one] { $total } hand
       *[other] { $total } händer
    } räknades, men rummet har { $room ->
        [one] { $room } person
       *[other] { $room } personer
    }. Spara ändå?

tui-more-answers-than-room = fler svar än de { $room } i rummet

## Resultatet (issue 27): beräknat och överenskommet sida vid sida, n mot rummet, roller per påstående

# computed och agreed är allvarligheter 0–100, eller – när de saknas.
tui-computed-and-agreed = { WORD($words, "source") ->
        [default] Beräknad allvarlighet { $computed } · överenskommen { $agreed }
       *[model] { UPPER_FIRST(WORD($words, "score")) }: beräknat { $computed } · överenskommet { $agreed }
    }
# n är antalet svar på skalan, room hur många som är i rummet.
tui-n-of-room = { $n } av { $room }
tui-few-of-room = färre än hälften av rummet svarade
# share är andelen, t.ex. "50 %".
tui-few-of-room-rule = n är antalet svar på skalan, mot hur många som är i rummet (deltagarna eller antalet närvarande). ⚠ när färre än { $share } av rummet svarade (på skalan eller vet ej): siffrorna talar då kanske inte för rummet. Gränsen är klarhets.
tui-mean-per-role-statement = Per grupp: påståendet ({ WORD($words, "the-one") })

tui-previous-next-voter = föregående eller nästa deltagare
tui-short-voter = deltagare
tui-choose-voter = välj deltagare i en lista
tui-short-list = lista
tui-short-stop = paus
tui-let-vote = låt rösta
tui-resumes-at = Fortsätter på påstående { $n } av { $total }.
tui-voter-not-started = inte börjat
tui-voter-started = { $n } av { $total ->
        [one] { $total } påstående
       *[other] { $total } påståenden
    }
tui-voter-done = klar
tui-voters-title = Deltagarna: vem är klar (aldrig vad de svarat)
tui-answered-already = ✓ Besvarat. Ett nytt svar ersätter det förra.

tui-notice-bad-severity = { WORD($words, "source") ->
        [default] Skriv allvarligheten
       *[model] Skriv { WORD($words, "score") }
    } som ett heltal från 0 till 100.
tui-notice-severity-is-a-number = { WORD($words, "source") ->
        [default] Allvarligheten
       *[model] { UPPER_FIRST(WORD($words, "score")) }
    } är ett tal, 0–100: skriv siffror, eller tryck Tab för att skriva en motivering.
tui-notice-agreed-saved = { WORD($words, "source") ->
        [default] Överenskommen allvarlighet för { $challenge } sparad: { $severity }. Välj en annan utmaning med ← →.
       *[model] Sparat för { $challenge }: { WORD($words, "score") } { $severity } enligt överenskommelsen. Byt { WORD($words, "one") } med ← →.
    }
tui-step-the-severity = ett steg upp eller ned
tui-severity-takes-digits = (bokstäver hör till motiveringen: Tab)
tui-type-the-severity = { WORD($words, "source") ->
        [default] skriv allvarligheten
       *[model] skriv { WORD($words, "score") }
    }
tui-agreed-severity = { UPPER_FIRST(WORD($words, "score")) }
tui-agree-replaces = { WORD($words, "source") ->
        [default] Beräknad allvarlighet
       *[model] { UPPER_FIRST(WORD($words, "score")) } enligt beräkningen:
    } { $computed } av 100. Den överenskomna, { $agreed }, ersätter den i cirkeln, rangordningen av rekommendationerna och rapporten; den beräknade står kvar bredvid.
# Överenskommet värde för en utmaning med bara kategoriska påståenden (issue 28).
tui-agree-no-score = Påståendena har bara kategoriska skalor, så { WORD($words, "the-one") } får inget överenskommet värde. Skriv gruppens slutsats som anteckning.

# Det den överenskomna poängen ersätter, för en modell utan länkar eller
# rekommendationer (issue 28: strukturen är valfri).
tui-agree-replaces-circle = { WORD($words, "source") ->
        [default] Beräknad allvarlighet
       *[model] { UPPER_FIRST(WORD($words, "score")) } enligt beräkningen:
    } { $computed } av 100. Den överenskomna, { $agreed }, ersätter den i cirkeln och rapporten; den beräknade står kvar bredvid.
tui-agree-replaces-ranking = { WORD($words, "source") ->
        [default] Beräknad allvarlighet
       *[model] { UPPER_FIRST(WORD($words, "score")) } enligt beräkningen:
    } { $computed } av 100. Den överenskomna, { $agreed }, ersätter den i rangordningen av rekommendationerna och rapporten; den beräknade står kvar bredvid.
tui-agree-replaces-report = { WORD($words, "source") ->
        [default] Beräknad allvarlighet
       *[model] { UPPER_FIRST(WORD($words, "score")) } enligt beräkningen:
    } { $computed } av 100. Den överenskomna, { $agreed }, ersätter den i rapporten; den beräknade står kvar bredvid.

tui-scroll-the-reason = rulla skäl och steg

tui-question-quit-unsaved = De senaste ändringarna kunde inte sparas (se raden nederst) och går förlorade om du avslutar. Avsluta ändå? Nej stannar kvar; Ctrl-S sparar dem på en annan plats.

tui-quit-asks-not-saved = avsluta (frågar först: allt är inte sparat)

# $field är fältets namn som dess etikett skriver det, $max hur många tecken det rymmer.
tui-notice-too-long = { $field }: högst { $max } tecken. Det som inte fick plats togs inte med.
tui-notice-draft-restored = Texten du skrev här innan klarhet avbröts är tillbaka. Spara som vanligt, eller stäng med Esc för att slänga den.

# (end of the terminal section)

## Rapporter, kommandoraden, felmeddelanden och modellens etiketter (src/report, src/cli, src/error.rs, src/model, src/demo.rs)

## report

report-none-scored = Inga { WORD($words, "many") } är bedömda ännu
report-point-most-severe = { WORD($words, "source") ->
        [default] Allvarligast
       *[model] Högst { WORD($words, "score") }
    } enligt gruppen
report-point-circle-drives = Länken vars båda ändar bedömts högst
report-point-knowledge-gaps = Kunskapsluckor (vet ej ≥ 25 %)
report-point-role-differences = Gruppskillnader på minst { $threshold }
report-adopted-recommendations = Antagna rekommendationer
report-actions-plan = åtgärder i handlingsplanen
report-recommendation = Rekommendation
report-effect-goal = Effektmål
report-owner = Ansvarig
report-due = Klart senast
report-status = Status
report-alternative = Alternativ
report-measure = Åtgärd
report-challenge = { UPPER_FIRST(WORD($words, "one")) }
report-higher = Högre
report-lower = Lägre
report-difference = Skillnad
report-anonymous-head-count-only = anonymt, endast antal
report-roles-not-shown = grupper visas inte: de är för små
report-self-assessment = Självskattning
report-organisation = Organisation
report-organisation-with-code = { $organisation } (kommunkod { $code })
report-date = Datum
report-facilitator = Processledare
report-model = Modell
report-participants = Deltagare
report-participant-list = Deltagarlista
report-summary = Sammanfattning
report-challenges = { UPPER_FIRST(WORD($words, "the-many")) }
report-challenges-intro = { UPPER_FIRST(WORD($words, "score")) } 0–100. Den överenskomna poängen, när gruppen har satt en, gäller före den beräknade i allt som följer.
report-severity = { UPPER_FIRST(WORD($words, "score")) }
# Skalor som hör till modellen (issue 28): en utmaning med bara kategoriska påståenden.
report-no-score = inget poängvärde (kategorisk skala)
report-computed = Beräknad
report-agreed = Överenskommen
report-lowest-consensus = Lägsta samstämmighet
report-dont-know = Vet ej
report-knowledge-gap = kunskapslucka
report-one-statement = på ett påstående
report-agreed-score = { WORD($words, "source") ->
        [default] överenskommen allvarlighet
       *[model] { WORD($words, "score") } enligt överenskommelsen
    }
report-statements = Påståendena
report-distribution-gives-number-answers = Fördelningen anger antal svar per värde
report-dont-know-counted-apart = Vet ej räknas för sig och ingår inte i n.
report-statement = Påstående
report-distribution = Fördelning
report-median = Median
report-mean = Medel
report-consensus = Samstämmighet
report-differences-between-roles = Skillnader mellan grupper
report-roles-none = Inga grupper kan visas: rummet var anonymt, svaren räknades med handuppräckning, eller grupperna var för små.
report-roles-intro = Medelvärde per grupp på skalan.
report-role = Grupp
report-roles-no-divergence = Där grupperna gick att jämföra skiljer sig ingen med { $threshold } eller mer.
report-roles-by-hands = Räknades med handuppräckning, som inte registrerar några grupper: { $challenges }.
report-roles-too-few = För få svar per grupp för att jämföra: { $challenges }.
report-circle-intro = Varje länk visar hur { WORD($words, "source") ->
        [default] en utmaning
       *[model] { WORD($words, "the-one") } i länkens början
    } skapar förutsättningar för nästa, i rapportens ordning. Länkens styrka är klarhets mått (rapporten mäter inte länkarna): √({ WORD($words, "score") } i början av länken · { WORD($words, "score") } i slutet), 0–100. Den mäter hur högt båda ändarna bedömts, inte länken själv.
report-link = Länk
report-strength = Styrka
report-how = Hur
report-strength-circle = Cirkelns styrka (klarhets mått)
report-link-reading = klarhets läsning
report-circle-strength-explained = det geometriska medelvärdet av { WORD($words, "source") ->
        [default] alla utmaningars allvarlighet; en enda svag utmaning drar ner den
       *[model] { WORD($words, "score") } hos alla { WORD($words, "many") }; ett enda lågt värde drar ner det
    }
report-recommendations = Rekommendationer
report-recommendations-intro = Inom varje princip rangordnas rekommendationerna efter relevans: medelvärdet av { WORD($words, "source") ->
        [default] allvarligheten
       *[model] { WORD($words, "score") }
    } hos de { WORD($words, "many") } klarhet har kopplat dem till. Rapporten ordnar rekommendationerna efter princip; kopplingen till { WORD($words, "the-many") } är klarhets läsning. Skälet står inom parentes. ✔ betyder att gruppen har antagit rekommendationen.
report-overarching = Övergripande
report-no-scored-challenges = inga bedömda { WORD($words, "many") }
report-relevance = Relevans
report-source = Källa
report-action-plan = Handlingsplan
report-plan-none = Inga åtgärder är beslutade ännu.
# Handlingsplanens åtgärder ur alternativen; alternative är alternativets etikett och namn ("II" och namnet).
report-plan-measures = Åtgärder ur det valda alternativet
report-plan-measures-intro = Åtgärderna i det alternativ gruppen valde, och i de alternativ det bygger på. En åtgärd som planerades under ett tidigare val står kvar, eftersom gruppen beslutade den, och är märkt.
report-plan-earlier-choice = { $alternative } (tidigare val)
report-level-none = Gruppen har inte placerat sig på stegen ännu.
report-now-level = Nu: nivå
report-next-step-level = Nästa steg: nivå
report-level-top = Gruppen står på stegens högsta nivå; nästa steg är att hålla den.
# Alternativen i rapporten (issue 28): alternative är etikett och namn.
report-alternatives-chosen = Gruppen valde { $alternative }.
report-alternatives-none = Gruppen har inte valt något av alternativen.
# Gruppens enskilda röster före det öppna beslutet (issue 28): bara de röster som visats för gruppen.
# count och votes är antal röster; percent är andelen i procent; list är valen med sina röster.
report-votes-sentence = Gruppens enskilda röster före beslutet ({ $count ->
    [one] en röst
   *[other] { $count } röster
    }): { $list }.
report-votes-round = omgång { $number } ({ $count ->
    [one] en röst
   *[other] { $count } röster
    }): { $list }
report-votes-rounds = Gruppens enskilda röster före beslutet, omgång för omgång: { $list }.
report-votes-count = { $votes } ({ $percent } %)
report-votes-unsure = vet ej
report-alternatives-chosen-mark = valt
report-alternatives-reason = Motivering
report-alternatives-earlier = Valt tidigare, innan gruppen ändrade sig
# Faserna i rapporten (issue 28): area är modellens ord för det som placeras; phase är fasens nummer och namn.
report-phases-named = Fas { $number }: { $name }
report-phases-session-own = sessionens eget
report-phases-not-placed = inte placerat
report-phases-phase = Fas
report-phases-note = Anteckning
report-phases-earlier = Stod tidigare i
report-phases-none-placed = Gruppen har inte placerat något i faserna än.
report-phases-risk = Risk i { $phase }
report-notes = Anteckningar
# Dagordningen och tiden i rapporten (issue 27: src/report/document/agenda.rs)
report-agenda = Dagordning och tid
report-agenda-intro = Dagordningen ”{ $name }” ({ $source }). Tiden räknas medan klockan går på en punkt och står still när den pausas; planerat { $minutes } { $minutes ->
        [one] minut
       *[other] minuter
    }, använt { $used }.
report-agenda-item = Punkt
report-agenda-planned = Planerat
report-agenda-extended = Förlängt
report-agenda-used = Använt
report-agenda-against = Mot planen
report-agenda-running = pågår
report-agenda-break = Paus
report-agenda-minutes = { $minutes } { $minutes ->
        [one] minut
       *[other] minuter
    }
report-no-notes = Inga anteckningar.

## Rapportens avsnitt om samtalet (issue 27)

report-discussed = Det gruppen diskuterade
report-discussed-intro = Ur samtalskön, i köns ordning: det gruppen markerade som diskuterat eller skrev en anteckning om. Kön ordnar det som visats efter en regel som står i metodbilagan; skälen gäller gruppens sammanräknade svar, aldrig en enskild person.
# n är påståendets nummer i utmaningen.
report-discussed-statement = påstående { $n }
# n är radens plats i kön, reasons skälen i ord.
report-discussed-place = Plats { $n } i kön: { $reasons }.
report-discussed-left-queue = Inte längre i kön: inget av köns skäl gäller nu.
report-discussed-yes = Diskuterad.
report-discussed-no = Inte markerad som diskuterad.
## Omgångar: påståenden som gruppen röstade om efter samtalet, och förändringen i ord (src/report/shift.rs, rounds)
report-round = Omgång { $round }
report-channel-keyboard = enskilda svar vid tangentbordet
report-channel-hands = handuppräckning
report-channel-room = telefoner i rummet
report-rounds = Omgångarna
report-rounds-intro = Påståenden som gruppen röstade om igen efter samtalet, omgång för omgång (en samma-dags-Delphi). Varje omgång är en egen röstning och visas för sig med samma regler som en enda: ingen siffra räknas ihop ur två omgångar, och en omgång med för få svar visas inte. { UPPER_FIRST(WORD($words, "the-one")) }s siffror ovan bygger på den senaste omgång som visar varje påstående.
report-round-withheld = för få svar för att visas
report-round-how = Sätt
report-round-heading = Omgång
report-shift = Förändring
report-agreed-after-round = Den överenskomna poängen sattes efter omgång { $round }.
report-shift-consensus-rose = samstämmigheten steg från { $from } till { $to }
report-shift-consensus-fell = samstämmigheten sjönk från { $from } till { $to }
report-shift-consensus-held = samstämmigheten stod kvar på { $value }
report-shift-median-rose = medianen steg från { $from } till { $to }
report-shift-median-fell = medianen sjönk från { $from } till { $to }
report-shift-median-held = medianen stod kvar på { $value }
# CSV: omgångarnas rader och de två kolumner bara en fil med omgångar har.
csv-section-round = omgång
csv-col-round = omgång
csv-col-channel = sätt
# CSV: dagordningens rader och kolumnerna bara en fil med dagordning har.
csv-section-agenda = dagordning
csv-col-agenda-order = punkt_nummer
csv-col-agenda-part = punkt_typ
csv-col-agenda-part-id = punkt_id
csv-col-agenda-item = dagordningspunkt
csv-col-planned-minutes = planerade_minuter
csv-col-extended-minutes = tillagda_minuter
csv-col-used-minutes = använda_minuter
# CSV: alternativens rader och kolumnerna bara en fil på en modell med alternativ har.
csv-section-alternative = alternativ
csv-col-alternative-id = alternativ_id
csv-col-alternative = alternativ
csv-col-chosen = valt
csv-col-reason = motivering
csv-col-measure-index = åtgärd_index
csv-col-measure = åtgärd
csv-col-earlier-choice = tidigare_val
# CSV: fasernas rader och kolumnerna bara en fil på en modell med faser har.
csv-section-vote = röst
csv-col-workshop-count = workshoppens_antal
csv-col-workshop-total = workshoppens_svar
csv-col-reference-asked = rapportens_fraga
csv-col-reference-asked-source = rapportens_fraga_kalla
csv-col-vote-round = röstomgång
csv-col-votes = röster
csv-col-vote-share = andel_röster_procent
csv-col-votes-shown = visade_röster
csv-section-area = område
csv-col-area-id = område_id
csv-col-area = område
csv-col-phase-id = fas_id
csv-col-phase = fas
csv-col-note = anteckning
csv-col-earlier-phases = tidigare_faser

## method

method-heading = Metodbilaga
method-scale = Skala

## csv

csv-challenge = utmaning
csv-statement = påstående

## html

html-challenges-intro = { UPPER_FIRST(WORD($words, "score")) } 0–100 (låg under 40, måttlig 40–69, hög från 70). Den överenskomna poängen gäller före den beräknade.
html-statements-intro = Antal svar per värde och påstående; vet ej räknas för sig.
html-circle-intro = Noderna visar { WORD($words, "score") } (tal och ord), länkarna styrka √(sevₐ · sev_b): ju starkare, desto tjockare. Styrkan mäter hur högt båda ändarna bedömts, inte länken själv.
html-strongest = starkast
html-recommendations-intro = Inom varje princip rangordnade efter relevans: medelvärdet av { WORD($words, "source") ->
        [default] allvarligheten
       *[model] { WORD($words, "score") }
    } hos de { WORD($words, "many") } klarhet har kopplat dem till. Rapporten ordnar rekommendationerna efter princip; kopplingen till { WORD($words, "the-many") } är klarhets läsning.
html-adopted = antagen
html-high = hög
html-moderate = måttlig
html-low = låg
html-severity-per-challenge = { UPPER_FIRST(WORD($words, "score")) } per { WORD($words, "one") }
html-strength-links = Länkarnas styrka
html-dont-know-short = vet ej
html-statement-short = Påst.
html-distribution-answers = Fördelning av svaren
html-mean-per-role-challenge = Medelvärde per grupp och { WORD($words, "one") }
html-axis-mean = Medelvärde på skalan { $min }–{ $max }
html-compare-figure = { UPPER_FIRST(WORD($words, "score")) } då och nu per { WORD($words, "one") }
html-compare-figure-intro = Ring: { WORD($words, "source") ->
        [default] allvarligheten
       *[model] { WORD($words, "score") }
    } då; punkt: nu, på skalan 0–100. Talen står bredvid och i tabellen nedan.
html-compare-row = { $name }: då { $then }, nu { $now }

## compare

compare-comparison = Jämförelse
compare-level = nivå
compare-no-longer-plan = inte kvar i planen
compare-severity-then = { UPPER_FIRST(WORD($words, "score")) } då
compare-now = nu
compare-change = förändring
compare-consensus-then = Samstämmighet då
compare-effect-goal = Effektmål
compare-status-then = Status då
compare-status-now = Status nu
compare-plan-none = Förra sessionen hade ingen handlingsplan.
compare-then = Då
compare-now-heading = Nu
compare-legend = ▲ ökning, ▼ minskning, → i stort sett oförändrat. Lägre { WORD($words, "score") } är bättre; högre samstämmighet betyder att gruppen är mer enig. Deltagarna kan skilja sig mellan tillfällena; bara sammanräknade svar jämförs.
compare-previous-plan = Handlingsplanen från förra gången
# What changed in the model's statements between the two sessions (matched by id).
compare-statements-heading = Påståenden som ändrats mellan modellversionerna
compare-statements-lead = Den tidigare sessionen gjordes med modellen { $then }, den senare med { $now }. Siffror för ett påstående som formulerats om gäller inte samma fråga då och nu.
compare-statement-added = Nytt: { $id }, ”{ $text }”
compare-statement-removed = Borttaget: { $id }, ”{ $text }”
compare-statement-reworded = Omformulerat: { $id }, då ”{ $then }”, nu ”{ $now }”

## role

role-group-merged = övriga (sammanslagna)

## status

status-planned = planerad
status-started = påbörjad
status-done = klar
status-paused = pausad

## agreement

agreement-samstammigt = samstämmigt
agreement-delat = delat
agreement-splittrat = splittrat

## Samtalskön (issue 27): varför en rad står i kön, utan att någon person pekas ut

# low och high är andelar i procent, low_end och high_end skalans ändar, t.ex. "1–2".
queue-reason-extremes = { $low } på { $low_end } och { $high } på { $high_end }
# high och low är rollgrupper, high_mean och low_mean deras medelvärden.
queue-reason-groups = { $high } { $high_mean } mot { $low } { $low_mean }
queue-reason-unknown = vet ej { $share }
# agreed och computed är allvarligheter 0–100.
queue-reason-agreed = överenskommen { $agreed_score } mot beräknad { $computed }
# Köns skäl på en kategorisk skala (issue 28): first/second är andelar,
# first_option/second_option svarsalternativens etiketter ur modellen.
queue-reason-split = { $first } { $first_option } och { $second } { $second_option }
# option är ett svarsalternativ, high och low rollgrupper, high_share och low_share deras andelar.
queue-reason-shares = { $option }: { $high } { $high_share } mot { $low } { $low_share }

## Samtalskön (issue 27): skärmen

tui-step-queue = Samtal
tui-queue-title = Det som mest behöver samtal
tui-queue-key-to-queue = samtalskön: det som mest behöver samtal
tui-queue-short-to-queue = samtala
tui-queue-key-open = öppna raden: dess resultat
tui-queue-short-open = öppna
tui-queue-key-discussed = markera raden som diskuterad, eller ångra
tui-queue-short-discussed = diskuterad
tui-queue-key-note = skriv en anteckning till raden
tui-queue-short-note = anteckning
tui-queue-key-save-note = spara anteckningen
tui-queue-key-next-row = nästa eller föregående rad i kön
tui-queue-short-next-row = rad
tui-queue-key-back-to-list = tillbaka till kön
tui-queue-short-list = kön
# n är radens plats i kön, total hur många rader kön har.
tui-queue-row-of = Rad { $n } av { $total }
tui-queue-discussed = diskuterad
tui-queue-totals = { $rows ->
    [one] En rad i kön
   *[other] { $rows } rader i kön
    }, { $discussed ->
    [one] en diskuterad
   *[other] { $discussed } diskuterade
    }.
tui-queue-empty = Inget av det som visats uppfyller någon av köns regler: låg samstämmighet, svar i båda ändarna av skalan, grupper långt isär, många vet ej, eller en överenskommen poäng långt från den beräknade. Köns regler står i hjälpen (?).
tui-queue-note = Anteckning
tui-queue-no-note = Ingen anteckning än (e skriver en).
# challenge är utmaningens namn.
queue-whole-challenge = { $challenge } (hela { WORD($words, "the-one") })
# Visas i hjälpen (?) under tangenterna. gap är rollgränsen (1,0 på 1–5), low_end och high_end skalans ändar.
queue-rule = Kön tar med det som visats, aldrig en enskild persons svar. En rad kommer med när minst en regel gäller, och dess poäng är summan av det reglerna lägger till: samstämmighet under 0,6 (Tastle & Wierman 2007) lägger till 1 − Cns; minst en tredjedel av svaren på { $low_end } och minst en tredjedel på { $high_end } (efter RAND/UCLA-metoden, Fitch m.fl. 2001) lägger till två gånger den mindre andelen; två grupper minst { $gap } isär lägger till skillnaden / { $width }; minst 25 % vet ej lägger till andelen; en överenskommen { WORD($words, "source") ->
        [default] allvarlighet
       *[model] poäng för { WORD($words, "score") }
    } minst 25 från den beräknade lägger till skillnaden / 100. Högst poäng först; lika poäng behåller modellens ordning. Gränserna utom Tastle & Wiermans mått och RAND/UCLA:s tredjedel är klarhets.
# Samma regel kort, för hjälpen (?) vid 80 kolumner.
tui-queue-rule-short = Köns regel (en rad med minst ett skäl; poäng = summan): samstämmighet < 0,6 (Tastle & Wierman 2007): + 1 − Cns · minst ⅓ på { $low_end } och ⅓ på { $high_end } (RAND/UCLA, Fitch m.fl. 2001): + 2 × den mindre andelen · grupper minst { $gap } isär: + skillnad / { $width } · minst 25 % vet ej: + andelen · överenskommen minst 25 från beräknad: + skillnad / 100. Gränserna utom Cns och ⅓ är klarhets.

## demo

demo-companies-see-clearer-imbalance = Bolagen ser en tydligare obalans än politiken och kommunledningen. Gruppen enades om allvarligheten 50 och om att diskussionen om tillit och kontroll behöver fortsätta i ägardialogen.
demo-everyone-recognises-many-governing = Alla känner igen mängden styrdokument utan konkreta mål, men gruppen stannade vid 75: inom digitalisering och IT finns snarare för lite styrning än för mycket.
demo-demographic-trend-deficit-budget = Den demografiska utvecklingen och minusbudgeten gör hotet konkret; digitalisering ses fortfarande mest som effektivisering.
demo-word-digitalisation-means-different = Ordet digitalisering betyder olika saker i olika förvaltningar: systembyte, e-tjänster eller besparing. Förslag: anta en gemensam definition i kommunstyrelsen.
demo-several-did-not-know = Flera visste inte hur ägardirektiven styr bolagens del i den gemensamma infrastrukturen. Det är en kunskapslucka att ta upp med ägarbolaget.
demo-pilots-start-locally-but = Piloter startas lokalt men breddinförs sällan. Ingen följer upp vad det kostar att låta bli.
demo-number-governing-documents-force = Antalet gällande styrdokument har minskat med en tredjedel, och varje kvarvarande dokument anger vilket övergripande mål det bidrar till.
demo-municipal-director = Kommundirektören
demo-every-development-initiative-above = Alla utvecklingsinitiativ över 200 000 kr finns i en gemensam portfölj som ledningsgruppen prioriterar utifrån koncernövergripande nytta.
demo-head-digitalisation = Digitaliseringschefen
demo-every-finished-pilot-reports = Varje avslutad pilot redovisar en kalkyl över alternativkostnaden för att inte breddinföra.
demo-finance-director = Ekonomidirektören
demo-owner-dialogue-with-companies = Ägardialogen med bolagen har en gemensam beskrivning av vad tillförlitlig styrning innebär: mandat, uppföljning och utrymme.
demo-chair-municipal-executive-board = Kommunstyrelsens ordförande
demo-dimios-run-across-whole = DiMiOS genomförs i hela kommunkoncernen varje år, och resultaten diskuteras i ett forum med förvaltningar och bolag.
demo-inventory-governing-documents-has = Inventeringen av styrdokumenten har gett färre och tydligare dokument, men målen är ännu inte nedbrutna överallt.
demo-executive-board-has-retired = Kommunstyrelsen har avvecklat en tredjedel av styrdokumenten.
# Samtalet efter demots visning: köns rader och andra omgången (src/demo/talk.rs).
demo-topic-mandates = Ingen kunde säga vem som beslutar om gemensamma system. Efter samtalet såg också politiken och kommunledningen att mandaten är oklara; gruppen röstade om.
demo-topic-views = Politiken menar uppföljning av mål, bolagen granskning av beslut. När skillnaden var sagd höll fler med om påståendet; gruppen röstade om.
demo-topic-owner-directives = Få i rummet har läst ägardirektiven. Kommunledningen tar med dem till nästa möte, så att påståendet kan bedömas då.

## Röstsedlar med samma svar på alla påståenden (issue 27: src/model/careless.rs, resultatet, metodbilagan)

# straight är hur många röstsedlar, ballots hur många röstsedlar omgången visar.
careless-count = { $straight } av { $ballots } { $ballots ->
        [one] röstsedel
       *[other] röstsedlar
    } gav samma svar på alla påståenden
careless-left-out = utelämnade ur siffrorna
# The reveal's side panel, one line at 80 columns: careless-count said short.
tui-careless-count = { $straight } av { $ballots }: samma svar på allt
tui-careless-key = lämna ut eller ta med röstsedlar med samma svar överallt
tui-short-careless = samma svar
# round är omgångens nummer, count en careless-count. Under utmaningens tabell, när de lämnats utanför.
report-careless-left-out = Omgång { $round }: { $count }; de är utelämnade ur siffrorna ovan.
method-careless-heading = Röstsedlar med samma svar på alla påståenden
# count är minsta antal röstsedlar som visas tillsammans.
method-careless-rule = Rapporten nämner oaktsamma respondenter som något att följa när DiMiOS används över tid (avsnitt 4.1). När en röstsedel förseglas räknar klarhet om den gav samma värde på skalan till varje påstående i sin omgång. En röstsedel med bara vet ej räknas inte (vet ej hålls utanför skalan och läses som en kunskapslucka), inte heller en som hoppade över ett påstående, och en omgång med ett enda påstående räknas aldrig. Medan röstsedlarna väntar sparas antalet aldrig, bara i minnet, så en omgång som väntade medan klarhet var stängt räknas inte. De räknas som en grupp, efter samma regler som en grupp: antalet visas bara för en omgång som visats i ett steg, när minst { $count ->
        [one] { $count } röstsedel
       *[other] { $count } röstsedlar
    } gav samma svar och minst lika många inte gjorde det; annars sparas och sägs ingenting om dem, eftersom antalet tillsammans med vem som hoppade över vad kan avslöja någons svar. Bara antalet visas, aldrig vilken röstsedel. Processledaren kan lämna dem utanför en omgångs siffror; då visas inga grupper för den omgången, eftersom det inte är känt vems röstsedlarna var. Regeln och gränserna är klarhets.
# challenge är utmaningens namn, round omgångens nummer, count en careless-count.
method-careless-round = { $challenge }, omgång { $round }: { $count }

## Rapportens metodbilaga

# Efter skalans värden: "; vet ej räknas för sig".
method-counted-apart = { $option } räknas för sig
# d är skalans bredd (max − min).
method-scale-width = För den här skalan är d = { $d }.
# Metodbilagans regler för modellens skalor (issue 28); id är skalans id i modellen.
method-scale-named = Skala { $id }
method-scale-ordinal = På skalan { $id } räknas samstämmigheten med d = { $d }, ytterlägena är { $low_end } och { $high_end }, två grupper är långt isär vid { $gap }, och ett påståendes { WORD($words, "score") } är (medel − { $min }) / { $d } · 100.
method-scale-strength = Skalan { $id } har sin höga ände som styrka: för { WORD($words, "score") } räknas ett svar v som { $min } + { $max } − v, så att ett högt svar ger ett lågt värde. Fördelning, median och medel visas som de svarades.
method-scale-categorical = Skalan { $id } är kategorisk: varje alternativ visas med antal och andel av n i modellens ordning, och ingen median, inget medelvärde, ingen samstämmighet och inget värde för { WORD($words, "score") } räknas på den; dess påståenden påverkar varken { WORD($words, "score") } eller rangordningen. Kön tar med ett påstående på den när inget alternativ har mer än hälften av n och två har minst en tredjedel var, när två visade gruppers andelar av ett alternativ skiljer minst 25 procentenheter (en grupp visas bara när varje grupp som svarat har minst så många svar som minsta gruppstorlek), eller vid minst 25 % vet ej. Gränserna är klarhets.
method-scale-reverse = { $count ->
        [one] Ett påstående är omvänt: att instämma pekar åt andra hållet än skalans höga ände säger, så för { WORD($words, "score") } räknas dess svar från andra änden.
       *[other] { $count } påståenden är omvända: att instämma pekar åt andra hållet än skalans höga ände säger, så för { WORD($words, "score") } räknas deras svar från andra änden.
    }
method-made-with = Skapad med klarhet { $version }.
method-distribution = Fördelning: antal svar per värde. n är antalet svar på skalan; vet ej-andel = vet ej / (n + vet ej).
method-quartiles = Median och kvartiler: linjär interpolation mellan ordnade svar (samma metod som Excels KVARTIL.INK); IQR = Q3 − Q1.
method-consensus = Samstämmighet (Tastle & Wierman 2007): Cns = 1 + Σ pᵢ · log₂(1 − |Xᵢ − μ| / d), där pᵢ är andelen svar på värdet Xᵢ, μ medelvärdet och d skalans bredd. Cns = 1 när alla svarar lika och 0 när svaren delas jämnt mellan skalans ändar. Samstämmigt ≥ 0,8; delat 0,6–0,8; splittrat < 0,6 (formeln är Tastle & Wiermans, banden är klarhets).
method-severity = { WORD($words, "source") ->
        [default] Allvarlighet för en utmaning
       *[model] { UPPER_FIRST(WORD($words, "score")) } per { WORD($words, "one") }
    }, 0–100: (medelvärdet av påståendenas medelvärden − min) / (max − min) · 100. En överenskommen poäng räknas om på samma sätt och gäller före den beräknade.
method-knowledge-gap = Kunskapslucka: en vet ej-andel på minst { $share } för något påstående. Vet ej läses som ett tecken på kunskapsluckor, inte som brus.
method-role-difference = Gruppskillnad: medelvärdet per grupp (medel av gruppens påståendemedel). Två grupper som skiljer sig med minst { $threshold } (en fjärdedel av skalans bredd) flaggas.
method-link-strength = Länkens styrka: √(sevₐ · sev_b) för länken från a till b. Den mäter hur högt båda ändarna bedömts, inte länken själv: den säger inget om hur starkt a faktiskt skapar förutsättningar för b. Cirkelns styrka: det geometriska medelvärdet av { WORD($words, "source") ->
        [default] alla utmaningars allvarlighet
       *[model] { WORD($words, "score") } hos alla { WORD($words, "many") }
    }.
method-relevance = Relevans för en rekommendation: medelvärdet av { WORD($words, "source") ->
        [default] allvarligheten
       *[model] { WORD($words, "score") }
    } hos de { WORD($words, "many") } den är kopplad till, var och en avrundad till heltal så som den visas i den här självskattningen. Ett medelvärde och inte en summa, så att en rekommendation inte rankas högre bara för att den är kopplad till fler { WORD($words, "many") }. Rekommendationerna rangordnas inom varje princip; lika relevans behåller modellens ordning.
method-uncertain = Osäkert underlag ({ $mark }): { WORD($words, "source") ->
        [default] en allvarlighet markeras när något av utmaningens visade påståenden
       *[model] { WORD($words, "score") } markeras när något av de visade påståendena i { WORD($words, "the-one") }
    } har minst { $share } vet ej eller färre än { $few } svar på skalan, och en relevans eller en länk markeras när den bygger på { WORD($words, "source") ->
        [default] en sådan allvarlighet
       *[model] ett sådant markerat värde
    }. Rapporten om Trollhättan (Lindroth, Torell & Magnusson 2023) läser frågor med många vet ej-svar med stor försiktighet. Gränsen vid { $few } svar är klarhets val: med så få svar kan en enda persons bedömning flytta siffran mycket. Den gäller inte en självskattning, som är en persons bedömning och inte ett urval ur en grupp.
method-from-source-heading = Vad som kommer från rapporten
method-own-heading = Vad som är klarhets eget
method-formulas-heading = Formler
method-from-source = Från rapporten kommer { $challenges ->
        [one] { $challenges } { WORD($words, "one") }
       *[other] { $challenges } { WORD($words, "many") }
    }, { $principles ->
        [one] { $principles } princip
       *[other] { $principles } principer
    } och { $recommendations ->
        [one] { $recommendations } rekommendation
       *[other] { $recommendations } rekommendationer
    }. Stegen under rekommendationerna ger rapporten inte som steg: klarhet har formulerat vart och ett utifrån det ställe i rapporten som steget anger, och under vilken rekommendation ett steg står är klarhets val.
method-from-source-circle = Från rapporten kommer också cirkeln: att varje utmaning skapar förutsättningar för nästa, i den ordning som visas ({ $source }). Rapporten anger cirkeln och dess ordning men mäter inte länkarna och pekar inte ut var cirkeln bäst bryts.
method-from-source-levels = Från rapporten kommer också nivåerna: { $levels } ({ $source }).
method-from-source-texts = Varje sådan text, och varje påstående och länk, anger det avsnitt den bygger på. Texterna är klarhets egna formuleringar av rapportens innehåll, inte citat.
method-source-measures-nothing = Rapporten mäter inget av det klarhet räknar: alla siffror här kommer från gruppens egna svar.
method-readings = { $count ->
    [one] För en länk anger rapporten bara ordningen, och hur den ena utmaningen skapar förutsättningar för nästa är klarhets läsning: { $links }.
   *[other] För { $count } länkar anger rapporten bara ordningen, och hur den ena utmaningen skapar förutsättningar för nästa är klarhets läsning: { $links }.
    }
# origin är all (varje påstående är klarhets, som i en modell i format 1), some eller none; own är hur många som går utöver rapporten.
method-own-statements = { $origin ->
        [all] Påståendena ({ $count }): rapporten ställer inga frågor. klarhet har formulerat påståendena utifrån rapportens beskrivning av varje { WORD($words, "one") }, och varje påstående anger sitt avsnitt.
        [some] Påståendena ({ $count }): { $own } av dem går utöver rapporten och är formulerade utifrån dess beskrivning av varje { WORD($words, "one") }; de övriga bygger på rapportens egna frågor eller påståenden. Varje påstående anger sitt avsnitt.
       *[none] Påståendena ({ $count }) bygger på rapportens egna frågor eller påståenden, och varje påstående anger sitt avsnitt.
    }
method-own-scale = Svarsskalan { $min }–{ $max } med vet ej för sig, och { WORD($words, "source") ->
        [default] allvarligheten
       *[model] { WORD($words, "score") }
    } 0–100.
method-own-mapping = Vilka { WORD($words, "many") } varje rekommendation adresserar: rapporten ordnar rekommendationerna efter princip, och kopplingen till { WORD($words, "the-many") } är klarhets läsning av de ställen i rapporten som rekommendationens steg bygger på.
method-own-ranking = Länkarnas och cirkelns styrka, relevansen och rangordningen av rekommendationerna inom varje princip: rapporten räknar inget av det.
method-own-thresholds = Gränserna: kunskapslucka vid minst { $share } vet ej, osäkert underlag vid färre än { $few } svar, samstämmighetsbanden, gruppskillnad vid minst { $threshold }, och att grupper under { $count } svarande inte visas.
method-own-notes = Där klarhet tolkar rapporten, eller där rapporten är otydlig, står det som klarhets kommentar.

# Om underlaget: vad studien bakom modellen är (ett fall, ett antal intervjuer), ur
# modellens förbehåll (caveats). Visas på modellskärmen, först i metodbilagan och i
# talarstödet för modellsteget. source är avsnittet i rapporten, eller det ett av
# klarhets egna förbehåll bygger på.
method-caveats-heading = Om underlaget
caveat-own = klarhets förbehåll, utifrån { $source }
tui-caveats-title = Om underlaget
notes-caveats = Om underlaget
# Metodbilagan för en modell utan länkar eller rekommendationer (issue 28:
# strukturen är valfri): bara det modellen har nämns.
method-from-source-challenges = Från rapporten kommer { $challenges ->
        [one] { $challenges } { WORD($words, "one") }
       *[other] { $challenges } { WORD($words, "many") }
    }.
method-own-ranking-links = Länkarnas styrka: rapporten räknar den inte.
method-own-ranking-recommendations = Relevansen och rangordningen av rekommendationerna: rapporten räknar inget av det.
method-from-source-texts-unlinked = Varje sådan text, och varje påstående, anger det avsnitt den bygger på. Texterna är klarhets egna formuleringar av rapportens innehåll, inte citat.
method-uncertain-severity = Osäkert underlag ({ $mark }): { WORD($words, "source") ->
        [default] en allvarlighet markeras när något av utmaningens visade påståenden
       *[model] { WORD($words, "score") } markeras när något av de visade påståendena i { WORD($words, "the-one") }
    } har minst { $share } vet ej eller färre än { $few } svar på skalan. Rapporten om Trollhättan (Lindroth, Torell & Magnusson 2023) läser frågor med många vet ej-svar med stor försiktighet. Gränsen vid { $few } svar är klarhets val: med så få svar kan en enda persons bedömning flytta siffran mycket. Den gäller inte en självskattning, som är en persons bedömning och inte ett urval ur en grupp.
report-few-answers = få svar
report-uncertain = osäkert underlag
report-uncertain-legend = { $mark } efter en siffra: osäkert underlag. Minst ett påstående har minst { $share } vet ej eller färre än { $few } svar på skalan; läs siffran med försiktighet (gränserna är klarhets).
# parts är utmaningar med sina allvarligheter, t.ex. "ojämlikhet 57, hot 75".
report-relevance-of = { $count ->
    [one] { $parts }
   *[other] medel av { $parts }
    }
report-relevance-none = inget som den bygger på är bedömt än
report-klarhet-note = klarhets kommentar
method-individual-answers = Enskilda svar visas aldrig: den här självskattningen bygger endast på sammanräknade svar.
method-disclosure = Röjandekontroll, som statistikmyndigheter gör med tabeller (SCB:s skyddsmetoder för röjandekontroll: att pricka och att aggregera; Hundepool m.fl., Statistical Disclosure Control, Wiley 2012, som R-paketet sdcTable bygger på). Tröskelregeln, primär undertryckning: ingen fördelning, inget medelvärde och inget antal per grupp visas för färre än { $count } svarande. Sekundär undertryckning: en dold grupp får inte kunna räknas fram som helheten minus de grupper som visas, så den minsta visade gruppen slås ihop med de dolda tills de tillsammans är minst { $count }. Visning i steg: ett påstående visar nya svar först när minst { $count } har kommit sedan det senast visades, så att två rapporter aldrig skiljer sig på en enda persons svar, och { WORD($words, "source") ->
        [default] en utmaning som visats i mer än ett steg visar inga grupper
       *[model] { WORD($words, "the-many") } visar inga grupper när de visats i mer än ett steg
    }. Att slå ihop i stället för att pricka fler celler, och att visa i steg, är klarhets egna val. Det reglerna inte kan dölja: svarar alla i en grupp likadant syns det, eftersom det är gruppens svar. Det gäller också det en deltagare själv vet: den som är en av tre och känner sitt eget svar får veta de andra tvås, när de två har svarat likadant.

## Rapporternas meningar med värden

# Sägs i rapporterna och på deltagarskärmen; count är minsta rollgruppens storlek (minst 3).
report-privacy-note = Ett påstående där färre än { $count } har svarat visas inte alls. Grupper med färre än { $count } svarande slås ihop till ”övriga”; blir den gruppen för liten slås också den minsta visade gruppen in, så att ingen grupp kan räknas fram ur helheten minus de andra.
report-waiting = { $count ->
    [one] Ett svar har räknats men inte visats än och ingår inte ovan.
   *[other] { $count } svar har räknats men inte visats än och ingår inte ovan.
    } De visas när tillräckligt många har kommit för att ingen enskilds svar ska synas i skillnaden.
report-withheld = visas inte (färre än { $count ->
        [one] { $count } röst
       *[other] { $count } röster
    } räknade och visade)
report-self-assessment-one = Självskattning av en person: alla svar visas, eftersom ingen annans svar finns att skydda.
# from och to är utmaningarnas namn med liten bokstav, strength ett heltal 0–100.
report-circle-ask = Av cirkelns länkar har den från { $from } till { $to } högst styrka ({ $strength }). Styrkan mäter hur högt båda ändarna bedömts, inte länken själv. Rapporten beskriver hur { $from } skapar förutsättningar för { $to } ({ $source }). Är det här ni vill börja?
report-circle-ask-reading = Av cirkelns länkar har den från { $from } till { $to } högst styrka ({ $strength }). Styrkan mäter hur högt båda ändarna bedömts, inte länken själv. Att { $from } kommer före { $to } är rapportens ordning ({ $order }); hur det ena skapar förutsättningar för det andra är klarhets läsning. Är det här ni vill börja?
report-circle-tie = { $count ->
        [one] { $count } länk
       *[other] { $count } länkar
    } har samma, högsta styrka ({ $strength }): { $links }. Styrkan mäter hur högt båda ändarna bedömts, inte länkarna själva, så den pekar inte ut någon av dem. Var vill ni börja?

## CSV-exporten

# Kolumnrubrikerna: ord med understreck i stället för blanksteg, så att de går
# att använda som kolumnnamn i Excel, pandas och DuckDB utan citattecken. Varje
# rubrik säger vad talet är: "antal_svar" räknar svar, inte personer.
csv-col-section = avsnitt
csv-col-organisation = organisation
csv-col-kommunkod = kommunkod
csv-col-date = datum
csv-col-session-id = session_id
csv-col-challenge-id = utmaning_id
csv-col-challenge = utmaning
csv-col-statement-id = påstående_id
csv-col-statement = påstående
csv-col-n = antal_svar
csv-col-dont-know = antal_vet_ej_svar
csv-col-dont-know-share = andel_vet_ej_svar
csv-col-median = median
csv-col-mean = medelvärde
csv-col-iqr = kvartilavstånd
csv-col-consensus = samstämmighet
csv-col-min-consensus = lägsta_samstämmighet
csv-col-consensus-word = samstämmighet_i_ord
csv-col-severity = allvarlighet
csv-col-computed = beräknad_allvarlighet
csv-col-agreed = överenskommen_allvarlighet
csv-col-knowledge-gap = kunskapslucka
csv-col-withheld = för_få_svar_för_att_visas
csv-col-uncertain = osäkert_underlag
csv-col-source = källa
# En kolumn per skalvärde med antalet svar på det värdet.
csv-col-count = antal_svar_{ $value }
# Kolumner för en modells övriga skalor (issue 28): scale är skalans id, value ett värde på den.
csv-col-scale-count = antal_svar_{ $scale }_{ $value }
csv-col-scale-share = andel_{ $scale }_{ $value }
csv-col-role-id = rollgrupp_id
csv-col-role = rollgrupp
csv-col-role-mean = rollgruppens_medelvärde
csv-col-recommendation-id = rekommendation_id
csv-col-recommendation = rekommendation
csv-col-effect-goal = effektmål
csv-col-owner = ansvarig
csv-col-due = klart_senast
csv-col-status-id = status_id
csv-col-status = status
# Vilket avsnitt en rad hör till (första kolumnen).
csv-section-role-mean = rollmedel
csv-section-action = handlingsplan
csv-yes = ja
csv-no = nej

## Fel i filer (modeller, sessioner, teman)

# kind är en fast nyckel: challenge, statement, principle, recommendation, assessment eller participant.
problem-syntax = filen kunde inte läsas: { $detail }
syntax-eof = filen tar slut för tidigt
syntax-expected = förväntade { $token }
syntax-expected-struct = förväntade { $name }(…)
syntax-struct-name = förväntade { $expected }(…), fann { $found }(…)
syntax-struct-name-missing = förväntade namnet { $name } före parentesen
# count är antalet fält (eller värden) som finns; expected räknar upp dem.
syntax-unknown-field = okänt fält "{ $found }"; { $count ->
        [0] här finns inga fält
       *[other] fälten som finns är { $expected }
    }
syntax-missing-field = fältet "{ $field }" saknas
syntax-duplicate-field = fältet "{ $field }" finns två gånger
syntax-unknown-variant = okänt värde "{ $found }"; { $count ->
        [0] här finns inga värden
       *[other] möjliga värden är { $expected }
    }
# expected är ett av syntax-kind, found ett av syntax-found.
syntax-wrong-type = förväntade { $expected }, fann { $found }
syntax-wrong-length = förväntade { $expected }, fann { $count ->
        [0] inga värden
        [one] ett värde
       *[other] { $count } värden
    }
syntax-out-of-range = talet är för stort eller för litet för sin plats
syntax-invalid-digit = "{ $digit }" är ingen siffra i talbas { $base }
syntax-underscore = ett understreck står på fel plats i talet
syntax-invalid-escape = ett \ i strängen inleder ingen giltig teckenkod (skriv \\ för ett omvänt snedstreck)
syntax-no-such-extension = RON har inget tillägg som heter { $name }
syntax-unclosed-comment = kommentaren avslutas aldrig (en /* utan */)
syntax-unexpected-char = tecknet "{ $char }" hör inte hemma här
syntax-invalid-identifier = "{ $name }" kan inte vara ett namn
syntax-not-utf8 = texten är inte UTF-8
syntax-too-deep = värdena är kapslade i för många nivåer
syntax-trailing = text efter dokumentets slut
syntax-duplicate-key = nyckeln { $key } finns två gånger i samma tabell; den ena skulle gå förlorad
syntax-unknown-language = okänt språk "{ $found }"; språken som finns är { $known }
syntax-missing-translation = texten saknar språket "{ $code }": varje text i modellen ska finnas på modellens språk (fältet languages, sv och en när det saknas)
syntax-extra-translation = texten har språket "{ $found }", som inte är ett av modellens språk ({ $known }); lägg till det i fältet languages eller ta bort texten
syntax-not-a-date = "{ $value }" är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-11-22
date-no-such-day = { $date } finns inte: { $month } har { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }
date-no-such-month = { $date } finns inte: månaderna är 01–12
syntax-unreadable = texten går inte att tolka här
# token är en fast nyckel för det tecken eller värde som förväntades.
syntax-token = { $token ->
        [string] en sträng inom citattecken
        [string-end] ett avslutande citattecken
        [integer] ett heltal
        [number] ett tal
        [boolean] true eller false
        [list] en lista, [
        [list-end] slutet på en lista, ]
        [map] en tabell, {"{"}
        [colon] ett kolon
        [map-end] slutet på en tabell, {"}"}
        [comma] ett kommatecken
        [identifier] ett namn
        [option] Some(…) eller None
        [struct] en parentes, (
        [struct-end] en avslutande parentes, )
        [unit] ()
        [char] ett tecken inom apostrofer
        [byte] en byte inom apostrofer, b'…'
        [attribute] #![enable(…)]
        [attribute-end] )] efter #![enable(…
        [range] .. eller ..=
       *[value] ett värde
    }
# kind är en fast nyckel för ett slags värde; name är typens namn i filen (för struct och variant).
syntax-kind = { $kind ->
        [struct] { $name }(…)
        [variant] ett av värdena för { $name }
        [integer] ett heltal
        [number] ett tal
        [text] en sträng inom citattecken
        [char] ett tecken inom apostrofer
        [boolean] true eller false
        [list] en lista, [
        [map] en tabell, {"{"}
        [option] Some(…) eller None
        [unit] ()
        [identifier] ett namn
        [language] en språkkod som sv eller en
        [date] ett datum, ÅÅÅÅ-MM-DD
       *[value] ett värde av ett annat slag
    }
# kind är en fast nyckel för det som stod i filen; value är det som stod där.
syntax-found = { $kind ->
        [boolean] { $value }
        [number] talet { $value }
        [char] tecknet '{ $value }'
        [text] strängen "{ $value }"
        [bytes] en bytesträng
        [unit] ()
        [option] Some(…) eller None
        [struct] en parentes
        [list] en lista
        [map] en tabell
        [variant] ett namngivet värde
       *[value] något annat
    }
# words är modellens ord för sina dimensioner (WORD, src/text/words.rs), när kind är challenge, och i problem-addresses-nothing … problem-without-source.
problem-duplicate-id = { $kind ->
        [option] värdet { $id } finns två gånger på skalan; varje värde måste vara unikt
       *[other] id "{ $id }" finns redan ({ $kind ->
            [caveat] förbehåll om underlaget
            [grouping] gruppindelning
            [group] grupp
            [challenge] { WORD($words, "one") }
            [statement] påstående
            [principle] princip
            [recommendation] rekommendation
            [assessment] bedömningsmodell
            [participant] deltagare
            [agenda] dagordning
           [language] språk
            [scale] skala
            [step] steg
            [prompt] fråga
            [phase] fas
            [aspect] aspekt
            [area] område
            [alternative] alternativ
            [reference] referenssiffror
           *[other] { $kind }
        }); varje id måste vara unikt
    }
problem-dangling-id = okänt id "{ $id }": förväntade id för { $kind ->
        [grouping] en gruppindelning i modellen
        [group] en grupp i modellen eller sessionen
        [challenge] { WORD($words, "source") ->
            [default] en befintlig utmaning
           *[model] { WORD($words, "many") } i modellen
        }
        [statement] ett befintligt påstående
        [principle] en befintlig princip
        [recommendation] en befintlig rekommendation
        [assessment] en installerad bedömningsmodell
        [participant] en befintlig deltagare
        [round] en befintlig omgång
        [step] ett steg i workshoppen (setup, participants, model, scoring, queue, circle, recommendations, plan, level eller summary)
        [agenda] en dagordning i modellen
        [agenda-item] en punkt på sessionens dagordning
        [aspect] en aspekt som faserna har i aspects
        [phase] en fas i modellen
        [area] ett område som modellen föreslår eller sessionen har lagt till
        [scale] en skala i modellen
        [measure] en åtgärd i ett alternativ i modellen (alternativets id/åtgärdens plats bland dess åtgärder, från 0)
        [alternative] ett alternativ i modellen
        [action] en planerad åtgärd i handlingsplanen
       *[other] en befintlig { $kind }
    }
problem-empty-id = tomt id för { $kind ->
        [caveat] ett förbehåll om underlaget
        [grouping] en gruppindelning
        [group] en grupp
        [challenge] { WORD($words, "source") ->
            [default] en utmaning
           *[model] { WORD($words, "one") }
        }
        [statement] ett påstående
        [principle] en princip
        [recommendation] en rekommendation
        [assessment] en bedömningsmodell
        [participant] en deltagare
        [step] ett steg
        [prompt] en fråga
        [phase] en fas
        [aspect] en aspekt
        [area] ett område
        [alternative] ett alternativ
        [reference] referenssiffror
       [language] ett språk
        [version] modellens version
       *[other] { $kind }
    }
problem-addresses-nothing = rekommendationen "{ $id }" adresserar { WORD($words, "source") ->
        [default] ingen utmaning
       *[model] inga { WORD($words, "many") }
    }: förväntade minst ett id i addresses
# detail är ett av problem-cycle-…
problem-broken-cycle = cirkeln besöker inte { WORD($words, "source") ->
        [default] varje utmaning
       *[model] var och en av { WORD($words, "the-many") }
    } exakt en gång: { $detail }
problem-cycle-left-twice = "{ $id }" lämnas två gånger
problem-cycle-entered-twice = "{ $id }" nås två gånger
problem-cycle-not-on-circle = "{ $id }" finns inte på cirkeln
problem-cycle-closes-early = länkarna sluter sig efter { $count ->
        [one] { WORD($words, "source") ->
            [default] en utmaning
           *[model] 1 { WORD($words, "one") }
        }
       *[other] { $count } { WORD($words, "many") }
    }, innan alla har besökts
problem-no-challenges = modellen har inga { WORD($words, "many") }
problem-no-languages = fältet languages är tomt: skriv de språk modellens texter finns på, som ["sv"] eller ["sv", "en"]
# Modellens format och ord (issue 28). found och newest är formatnummer; field är ett fältnamn i modellfilen.
problem-unknown-format = modellen har format { $found }, men den här klarhet läser högst format { $newest }: uppdatera klarhet, eller skriv modellen i ett format den läser
problem-missing-field = fältet { $field } saknas: format { $format } kräver det
# Modellens ord för sina dimensioner och deras poäng, när modellen inte har egna (terms): Halmstadrapportens ord.
terms-default-one = utmaning
terms-default-many = utmaningar
terms-default-the-one = utmaningen
terms-default-the-many = utmaningarna
terms-default-score = allvarlighet
problem-no-statements = { WORD($words, "the-one") } "{ $id }" har inga påståenden
problem-repeated-link = länken { $from } → { $to } går till sig själv eller finns två gånger
problem-link-without-source = länken { $from } → { $to } saknar källa: ange var i rapporten den kommer ifrån
problem-without-source = { $kind ->
        [caveat] förbehållet om underlaget
        [grouping] gruppindelningen
        [group] gruppen
        [challenge] { WORD($words, "the-one") }
        [statement] påståendet
        [principle] principen
        [recommendation] rekommendationen
        [agenda] dagordningen
        [causal] sambanden
        [levels] stegen
        [level] nivån
        [prompt-set] frågesteget
        [prompt] frågan
        [phases] faserna
        [phase] fasen
        [aspect] aspekten
        [area] området
        [alternatives] alternativen
        [alternative] alternativet
        [reference] referensen
        [terms] modellens ord
       *[other] { $kind }
    } { $id } saknar källa: ange var i rapporten den kommer ifrån
problem-stale-journal = journalen fortsätter en äldre version av sessionsfilen, så inget läggs till i den; sessionen sparas i stället hel
problem-torn-journal = journalen slutar med en post som en misslyckad skrivning klippte av, så inget skrivs efter den; sessionen sparas i stället hel
problem-damaged-record = posten i journalen är skadad: dess kontrollsumma stämmer inte med det som skrevs
problem-unknown-journal = raden är inte början på en journal från klarhet (eller är från en nyare klarhet)
problem-level-not-rising = nivå { $level } måste vara högre än nivån före den
problem-no-levels = stegen har inga nivåer
# Gruppindelningar (issue 28): en deltagares rad i sessionsfilen börjar med gruppens id.
problem-bad-group-id = gruppens id "{ $id }" måste vara ett ord av bokstäver, siffror och _ som börjar med en bokstav: utan blanksteg eller andra tecken
problem-empty-grouping = gruppindelningen "{ $id }" har inga grupper: ge minst en
problem-two-groups = en deltagare kan bara vara i en grupp av gruppindelningen "{ $grouping }"
problem-closed-grouping = gruppindelningen "{ $grouping }" tar inte emot egna grupper: modellen håller den stängd
problem-breakdown-fixed = resultaten har redan visats uppdelade på en gruppindelning; att byta nu kunde avslöja enskilda svar
# Öppna frågor, faser, alternativ och referenssiffror i en modell (issue 28).
# steps är workshoppens steg, åtskilda med komma; again är twice eller missing;
# field är n, population eller caution; share och percent är procentsatser med en decimal.
problem-empty-prompt-set = frågesteget "{ $id }" har inga frågor: förväntade minst en i prompts
problem-prompt-after = frågesteget "{ $id }" ska komma efter "{ $after }", som inte är ett steg i den här modellens workshop; stegen heter { $steps }
problem-prompt-loop = frågesteget "{ $id }" kommer efter ett frågesteg som i sin tur väntar på det, så inget av dem nås: låt kedjan börja i ett av workshoppens egna steg
problem-no-phases = faserna har ingen fas: förväntade minst en i steps
problem-no-aspects = faserna har inga aspekter att beskriva varje fas med: förväntade minst en i aspects
problem-phase-aspect = fasen "{ $phase }" { $again ->
        [twice] har aspekten "{ $aspect }" två gånger
       *[missing] saknar aspekten "{ $aspect }"
    }: varje fas beskrivs under varje aspekt exakt en gång
problem-too-few-alternatives = alternativen behöver minst två att välja mellan
problem-no-alternatives = modellen har inga alternativ att välja mellan
problem-choice-without-reason = valet av alternativet "{ $alternative }" saknar motivering: skriv varför gruppen väljer det
problem-no-phases-to-place = modellen har inga faser att placera något i
problem-area-name-taken = det finns redan ett område som heter "{ $name }": ge det nya ett annat namn, eller placera det som finns
problem-bad-area-id = områdets id "{ $id }" måste vara ett ord av bokstäver, siffror och _ som börjar med en bokstav: utan blanksteg eller andra tecken
problem-no-measures = alternativet "{ $id }" har inga åtgärder: förväntade minst en i measures
problem-action-of-two = en åtgärd i handlingsplanen genomför både rekommendationen "{ $recommendation }" och åtgärden "{ $measure }": varje åtgärd i planen genomför en sak, så ta bort recommendation eller measure
problem-reference-incomplete = referensen "{ $id }" saknar { $field ->
        [n] n, antalet svarande (större än 0): en siffra som räknar svar kan inte prövas mot sin procentsats utan det
        [population] population: en siffra ur rapporten visas bara med vilka den gäller
        [asked] orden i rapportens fråga (asked) på något av modellens språk: frågan visas bara som rapporten ställde den, eller utelämna asked
       *[caution] sin varning: en siffra ur rapporten visas alltid med rapportens förbehåll
    }
problem-reference-date = "{ $value }" är ingen tid för när uppgifterna samlades in: skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, två av dem med / emellan (2019-11/2019-12), eller None om rapporten inte anger det
problem-percent-range = { $percent } % ligger inte mellan 0 och 100
problem-figure-mismatch = { $count } av { $n } = { $share } %, inte { $percent } %
problem-figures-dont-sum = siffrorna täcker alla skalans svar, men summan är { $sum }, inte n = { $n }
problem-already-written = deltagaren har redan skrivit sina svar på "{ $set }": var och en skriver en gång
problem-too-many-answers = för många svar på frågan "{ $prompt }": högst { $max } { $max ->
        [one] svar
       *[other] svar
    } per deltagare
problem-answer-too-long = ett svar på frågan "{ $prompt }" är för långt: högst { $max } { $max ->
        [one] tecken
       *[other] tecken
    }
problem-no-theme-name = ett tema behöver ett namn
problem-already-picked = deltagaren har redan röstat här: var och en röstar en gång
problem-reopen-needs-shown = en omröstning tas om först när dess röster är visade och inga väntar: visa rösterna först
problem-voters-over-count = filen nämner fler röstande i en omröstning än den räknar röster
problem-writers-over-count = filen nämner fler skribenter av "{ $set }" än den räknar
problem-answers-over-writers = filen har fler svar på frågan "{ $prompt }" än dess skribenter kan ge
problem-answer-not-kept = ett svar på frågan "{ $prompt }" är inte som klarhet sparar svar: tomt, räknat noll gånger eller med styrtecken eller upprepade mellanslag
problem-agenda-minutes = { $minutes } { $minutes ->
        [one] minut
       *[other] minuter
    }: en punkt på dagordningen planeras till 1–{ $most } { $most ->
        [one] minut
       *[other] minuter
    }
problem-empty-agenda = dagordningen "{ $id }" har inga punkter: förväntade minst en i items
problem-notes-without-source = talarstödet för { $of } har en text utan källa: ange var i rapporten den kommer ifrån (en fråga som går utöver rapporten märks own: true och anger vad den bygger på)
problem-notes-unknown-step = talarstöd för ett steg som inte finns: "{ $step }"; stegen heter { $steps }
problem-notes-repeated-step = steget "{ $step }" har redan talarstöd: samla dem på ett ställe
problem-scale-too-short = skalan behöver minst två alternativ
problem-scale-not-rising = skalans värden måste öka från det första alternativet till det sista
# Scales belong to the model (issue 28): a categorical scale has no order and
# no mean, so it can neither be reversed nor carry an agreed score.
problem-scale-reverse-categorical = påståendet "{ $id }" kan inte vändas (reverse): dess skala är kategorisk och har ingen ordning
problem-scale-agreed = "{ $id }" har påståenden på en ordnad skala men en kategorisk skala för sig själv: gruppens överenskomna värde behöver en ordnad skala
problem-scale-no-agreed-score = "{ $id }" har bara påståenden på kategoriska skalor och därför inget överenskommet värde; skriv en anteckning i stället
problem-agreed-off-scale = den överenskomna poängen { $score } för "{ $id }" finns inte på skalan
# answer är ett värde, eller unknown för vet ej.
problem-answer-off-scale = svaret { $answer ->
        [unknown] vet ej
       *[other] { $answer }
    } på "{ $id }" finns inte på modellens skala
problem-level-off-ladder = nivå { $level } finns inte på modellens stege
problem-ballots-on-tally = "{ $id }" bedömdes med handuppräckning; röstsedlar kan inte läggas till
problem-already-counted = Rösten på { $id } är redan räknad, skild från väljarens namn, och kan inte ändras.
problem-round-unfinished = { $id } har svar som inte är räknade än, så en ny omgång öppnas inte: räkna dem först (visa resultatet), så att inget svar går förlorat eller hamnar i fel omgång.
problem-latest-round-closed = Den senaste omgången för { $id } är markerad som stängd, men den senaste omgången är den som pågår: ta bort dess closed eller lägg till omgången som följde.
problem-not-in-round = { $id } är inte med i omgång { $round }, så det går inte att svara på det nu.
problem-seat-taken = Plats { $seat } har redan tagits av en annan telefon.
problem-no-room = Sessionen har inget rum.
problem-all-shown = Resultatet är redan visat för allt som rummet skulle fråga om, så rummet öppnas inte: svar som kommer efter resultatet hör till en ny omgång. Öppna den i klarhet med r (rösta igen) på resultatet, och välj rummet där.
problem-bad-room-key = Rummets nyckel är tom, eller så är en plats nyckel inte en SHA-256.
problem-tally-over-ballots = "{ $id }" har redan röstsedlar; en handuppräckning skulle ersätta dem
problem-newer-schema = sessionen har schemaversion { $found }, men den här klarhet läser högst version { $supported }; uppdatera klarhet för att öppna den (filen lämnas orörd)
problem-unknown-schema = sessionen har schemaversion { $found }, som klarhet aldrig har skrivit (den första är { $oldest }); raden schema har ändrats eller filen är inte gjord av klarhet (filen lämnas orörd)
# roles är rollerna som finns, åtskilda med komma.
problem-unknown-role = okänd grupp "{ $role }"; grupperna som finns är { $roles }
problem-role-missing = raden har ett alias men ingen grupp; skriv alias;grupp (eller alias,grupp)
problem-alias-missing = raden har en grupp men inget alias före den
problem-alias-too-long = aliaset är längre än { $max } tecken, som arbetsbänken tar; ett alias är ett namn, inte en beskrivning
problem-unclosed-quote = citattecknet som börjar här stängs aldrig på raden
problem-extra-column = raden har mer än alias och grupp; en tredje kolumn läses inte, så ta bort den
# Rubriken på rollkolumnen i en deltagarlista (gemener): en första rad med den rubriken är en rubrikrad.
participants-file-role-heading = roll
participants-file-group-heading = grupp
# kind är voters, on-scale, answers eller hands; id är en utmaning (voters, on-scale) eller ett påstående.
problem-count-too-large = { $kind ->
        [voters] "{ $id }" har röster räknade från { $count ->
        [one] { $count } person
       *[other] { $count } personer
    }, fler än sessionen kan ha haft ({ $most })
        [on-scale] "{ $id }" har { $count } som röstade med svar på skalan, fler än de { $most } som röstade
        [answers] "{ $id }" har { $count } svar från { $most } röstande; ingen svarar två gånger
       *[hands] handuppräckningen för "{ $id }" räknar { $count ->
        [one] { $count } hand
       *[other] { $count } händer
    }, fler än sessionen kan ha haft ({ $most })
    }
problem-straight-too-large = "{ $challenge }" räknar fler röstsedlar med samma svar på alla påståenden (eller fler av deras svar) än röstsedlar
problem-seat-in-use = Plats { $seat } har redan röstat eller tagits av en telefon, så antalet i rummet kan inte bli lägre än { $seat }.
problem-voted-without-names = Rummet har redan röstat utan namn: med namngivna deltagare skulle de anonyma platsernas röster inte höra till någon. Lägg till deltagarna i en ny session.
problem-head-count-too-large = antalet i rummet, { $count }, är större än { $max }, det största en session kan ha
# kind är folder eller other
problem-not-a-file = { $kind ->
        [folder] det är en mapp, inte en fil
       *[other] det är ingen vanlig fil (en FIFO eller en enhet)
    }; ange en sessions- eller modellfil
problem-empty-file = filen är tom (den innehåller ingenting, eller bara blanksteg)
problem-link-loop = symboliska länkar som pekar i en slinga (på varandra eller på sig själva), så ingen fil nås; ta bort länken eller låt den peka på en fil
# kind är session, model, theme eller participants; size och limit är storlekar som "200,0 MB".
problem-too-large = filen är { $size }, större än de { $limit } som klarhet läser av { $kind ->
        [session] en session
        [theme] ett tema
        [participants] en deltagarlista
       *[model] en bedömningsmodell
    }, långt mer än någon riktig sådan fil; den läses inte
problem-not-utf8 = filen är inte text i UTF-8 här; spara den som UTF-8 och försök igen
problem-not-a-colour = { $slot }: "{ $value }" är ingen färg (förväntade ett namn som "yellow" eller "#rrggbb")
problem-model-version = sessionen gjordes med { $id } { $made_with }, men den installerade modellen är version { $installed }; påståendena kan ha ändrats, så klarhet blandar inte de två (installera version { $made_with } av modellen i konfigurationsmappens assessments/ för att öppna den)

## Övriga fel

error-no-model = ingen bedömningsmodell med id "{ $id }"
error-stdout = standard utdata: { $reason }
error-no-session = { $arg }: ingen sådan fil och ingen session med det id:t i { $dir }
error-no-theme = inget tema som heter "{ $name }"; inbyggda: { $built_in }
# own är användarens egna teman, count hur många de är, dir mappen de ligger i.
error-no-theme-own = inget tema som heter "{ $name }"; inbyggda: { $built_in }; egna (filer NAMN.ron i { $dir }): { $count ->
        [0] inga ännu
       *[other] { $own }
    }
error-empty-path = sökvägen är tom; ange ett filnamn, eller - för standard ut
error-output-is-folder = { $path } är en mapp, inte en fil; ange en fil i den, till exempel { $example }
error-unknown-extension = { $path }: filändelsen .{ $extension } hör inte till något av formaten här ({ $known }); ange --format, eller ett namn som slutar på något av dem
error-no-terminal = arbetsbänken behöver en terminal, och standard in eller standard ut är ingen (startad från ett skript eller med omdirigering?). De här kommandona fungerar utan terminal: { $commands }; se klarhet --help
error-no-open-session = ingen session är öppen
error-not-saved = avslutat med ändringar som inte kunde sparas
error-no-data-dir = ingen datamapp: ange --data-dir eller KLARHET_DATA_DIR
# $reason är en av read-only-… nedan.
error-read-only = { $path }: klarhet skriver inte i filen: { $reason }
# Första raden före den här säger var journalen inte går att använda (fil:rad:kolumn).
error-unmatched-journal = Journalen { $journal } har svar som sparades medan sessionen { $session } var öppen, och de går inte att lägga in i filen som den är nu: filen har ändrats utanför klarhet, eller journalen är skadad. Ingenting har tagits bort, och klarhet öppnar sessionen bara för läsning så länge journalen ligger kvar.
    Så får du med svaren: ändra tillbaka det i sessionsfilen som ändrades utanför klarhet{ $kept ->
        [yes] , döp journalen till { $expected }
       *[no] {""}
    } och öppna sessionen igen; klarhet lägger då in svaren.
    Så fortsätter du utan dem: flytta journalen till en annan mapp.
error-unmatched-journal-kept = journalen lades undan av klarhet eftersom dess svar inte gick att lägga in i sessionsfilen
# Varför en session bara läses, mitt i en mening.
read-only-held = öppnad i en annan klarhet
read-only-not-writable = filen eller mappen går inte att skriva i
read-only-hard-linked = filen har flera namn (hårda länkar), som en sparning skulle skilja åt
read-only-no-locks = filsystemet kan inte låsa filen
read-only-unmatched-journal = svar i journalen { $journal } går inte att lägga in i filen som den är nu (klarhet validate säger hur du får tillbaka dem)
io-not-found = filen eller mappen finns inte
io-permission-denied = åtkomst nekad
io-already-exists = finns redan
io-storage-full = disken är full
io-read-only = filsystemet är skrivskyddat
io-is-a-directory = är en mapp, inte en fil
io-not-a-directory = en del av sökvägen är inte en mapp
io-invalid-filename = filnamnet är för långt eller inte tillåtet här (högst 255 byte; å, ä och ö tar två var)
io-invalid-data = innehållet är inte giltig text (UTF-8)
compare-mismatch = sessionerna använder olika bedömningsmodeller ({ $old } och { $new }), och påståendet "{ $statement }" i den första saknas i den andra

## Kommandoraden: hjälpen

cli-about = klarhet: självskattning av styrning i workshoppar, byggd på forskningsrapporters modeller (klarhet models listar dem), offline i terminalen.
cli-new-about = Skapa en ny session och skriv ut dess id och fil
cli-list-about = Lista sparade sessioner med organisation, datum och framsteg
cli-models-about = Lista bedömningsmodellerna: de inbyggda och dina egna, med id, titel, språk och källa
cli-report-about = Skriv en sessions rapport, som Markdown om inget annat format anges
cli-compare-about = Jämför två sessioner, till exempel en workshop och den ett år senare
cli-validate-about = Kontrollera en bedömningsmodell eller en sessionsfil
cli-demo-about = Spara en exempelsession och skriv ut dess rapport
cli-help = Visa hjälpen
cli-version = Visa versionen
cli-data-dir = Mapp för sessioner (standard: plattformens datamapp)
cli-resume = Öppna den här sessionen direkt: ett id från `klarhet list`, eller en sökväg
cli-ui-lang = Skärmarnas språk (standard: sessionens)
cli-theme = Färgtema: morkt, ljust, projektor, mono eller ett eget
cli-no-color = Inga färger, bara fetstil, omvänd och understrykning (även när NO_COLOR är satt)
cli-new-org = Organisationen som bedöms
cli-new-kommunkod = Kommunens kod från SCB, exakt fyra siffror (t.ex. 1380 för Halmstad); skrivs i JSON- och CSV-exporterna
cli-new-lang = Workshopens språk
cli-new-facilitator = Processledaren
cli-new-date = Workshopens datum (standard: i dag)
cli-new-assessment = Bedömningsmodellens id (klarhet models listar dem)
cli-new-min-group = Minsta grupp som visas i rapporter; mindre slås ihop (minst 3)
cli-new-show-names = Låt rapporter lista deltagarnas alias (aldrig bredvid svar)
cli-new-self-assessment = En persons självskattning: visa den personens svar i sin helhet (gäller bara så länge högst en person kan svara, med namn, antal eller telefon, och upphör för gott när en andra har svarat)
cli-new-participants = Deltagarna från en CSV-fil, en per rad: alias;grupp (semikolon eller komma; en rubrikrad får finnas; UTF-8 med eller utan BOM, som Excel sparar). Grupperna är modellens, med id eller namn: klarhet models listar dem för varje modell.
cli-new-seats = Ett anonymt rum med så många platser och inga namn (i stället för --participants)
cli-report-session = En sessionsfil, eller ett id från `klarhet list`
cli-help-about = Visa hjälpen för ett kommando
cli-help-command = Kommandot vars hjälp ska visas
# Filnamnet som en mapp given till compare -o föreslås ta, utan filändelse.
cli-comparison-file = jämförelse
cli-output = Skriv till den här filen i stället för standard ut (- är standard ut; via en symbolisk länk skrivs det den pekar på)
cli-report-format = Formatet: md, html, csv eller json [standard: filändelsens format i --output, annars md]
cli-compare-old = Den tidigare sessionen (fil eller id)
cli-compare-new = Den senare sessionen (fil eller id)
cli-compare-format = Formatet: md eller html [standard: filändelsens format i --output, annars md]
cli-validate-file = Filen som ska kontrolleras
cli-demo-lang = Exemplets språk
cli-demo-year-later = Spara också samma organisation ett år senare och skriv ut jämförelsen
# Läggs efter hjälptexten för argument med ett standardvärde.
cli-default = [standard: { $value }]
# Läggs efter hjälptexten för argument som också kan sättas med en miljövariabel.
cli-env = [miljövariabel: { $name }]
# Rubrikerna i hjälpen. clap lägger till kolon efter alla utom cli-heading-usage.
cli-heading-usage = Användning:
cli-heading-commands = Kommandon
cli-heading-arguments = Argument
cli-heading-options = Flaggor
# Platshållare i hjälpen, med versaler som i man-sidor.
cli-usage-options = [FLAGGOR]
cli-value-command = KOMMANDO
cli-value-dir = MAPP
cli-value-id-or-path = ID|SÖKVÄG
cli-value-name = NAMN
cli-value-date = ÅÅÅÅ-MM-DD
cli-value-kommunkod = NNNN
cli-value-id = ID
cli-value-count = ANTAL
cli-value-file = FIL
cli-value-format = FORMAT
cli-value-session = SESSION
cli-value-old = FÖRE
cli-value-new = EFTER

## Kommandoraden: fel i argumenten

# Hela felraden; message är ett av cli-error-….
cli-error = fel: { $message }
cli-error-unknown-argument = okänt argument '{ $arg }'
cli-error-unknown-command = okänt kommando '{ $command }'
cli-error-missing-argument = argument saknas: { $arg }
cli-error-missing-command = ett kommando saknas
cli-error-empty-value = '{ $arg }' fick ett tomt värde; ange en sökväg
cli-error-missing-value = '{ $arg }' behöver ett värde
cli-error-invalid-value = ogiltigt värde '{ $value }' för '{ $arg }'
cli-error-invalid-value-because = ogiltigt värde '{ $value }' för '{ $arg }': { $detail }
cli-error-repeated = '{ $arg }' kan bara anges en gång
cli-error-conflict = '{ $arg }' kan inte användas tillsammans med '{ $other }'
cli-error-other = kommandoraden kunde inte tolkas
cli-error-possible-values = [möjliga värden: { $values }]
cli-error-similar = tips: menade du '{ $value }'?
cli-error-more = Mer information med '--help'.
cli-error-expected-lang = förväntade ett av språken { $codes }
cli-error-expected-date = förväntade ett datum ÅÅÅÅ-MM-DD
cli-error-expected-kommunkod = förväntade en kommunkod med exakt fyra siffror, till exempel 1380
cli-error-expected-min-group = förväntade ett heltal, minst 3
cli-error-expected-seats = förväntade ett antal platser, ett heltal från 1 till { $most }

## Kommandoraden: utskrifter

cli-unnamed-organisation = Namnlös organisation
cli-saved = sparad: { $path }
cli-demo-saved = exempelsessionen sparades: { $path }
cli-written = skrevs till: { $path }
cli-list-empty = Inga sparade sessioner i { $dir }
cli-list-id = ID
cli-list-organisation = ORGANISATION
cli-list-date = DATUM
cli-list-scored = BEDÖMT
cli-list-actions = ÅTGÄRDER
cli-list-unreadable = kan inte läsas: { $error }
# klarhet models, one block per model: $place is the model's file, or cli-models-embedded.
cli-models-head = { $id } { $version } · { $languages } · { $place }
cli-models-embedded = inbyggd
cli-models-source = Källa: { $citation }
cli-models-grouping = { $grouping }: { $groups }
cli-valid-session = giltig session för { $organisation } ({ $date }), { $participants } deltagare, { $scored }/{ $challenges } { WORD($words, "source") ->
        [default] { $challenges ->
            [one] utmaning bedömd
           *[other] utmaningar bedömda
        }
       *[model] { $challenges ->
            [one] { WORD($words, "one") }
           *[other] { WORD($words, "many") }
        } har bedömts
    }
cli-valid-model = giltig bedömningsmodell { $id } { $version }: { $challenges ->
        [one] 1 { WORD($words, "one") }
       *[other] { $challenges } { WORD($words, "many") }
    }, { $statements ->
        [one] 1 påstående
       *[other] { $statements } påståenden
    }, { $links ->
        [one] 1 länk
       *[other] { $links } länkar
    }, { $recommendations ->
        [one] 1 rekommendation
       *[other] { $recommendations } rekommendationer
    }

## The room: the page phones open (src/room/page.rs)
room-pick-seat = Välj din plats
room-pick-seat-why = Välj den plats som är din. Telefonen kommer ihåg den, och ingen annan telefon kan ta den.
room-no-seats = Rummet har inga platser än. Be facilitatorn lägga till deltagare eller ange hur många ni är.
room-taken = upptagen
room-seat = Plats { $seat }
room-statement-of = påstående { $n } av { $of }
room-skip = Hoppa över
room-your-answer = Ditt sparade svar: { $answer }. Ett nytt svar ersätter det.
room-you-skipped = Du hoppade över det här påståendet. Svara nu, eller hoppa över igen.
room-skipped = Överhoppat. Du kan svara på det senare, från listan när du är klar.
room-list-skipped = överhoppat
room-saved = Sparat
room-done = Klart, tack!
room-done-change = Dina svar är sparade. Du kan ändra ett svar tills facilitatorn visar resultatet: välj påståendet nedan.
room-shown = Resultatet visas nu på skärmen. Titta dit!
room-seat-taken = Den platsen har redan en annan telefon.
room-back-to-seats = Välj en annan plats, eller be facilitatorn att frigöra den.
room-not-taken = Det gick inte att spara.
room-back = Tillbaka
room-not-saved = Inget sparades: datorn kunde inte spara just nu. Försök igen om en stund.
room-bad-form = Formuläret kom inte fram som det skulle. Ladda om sidan och försök igen.
room-unknown-statement = Det påståendet finns inte i rummet.
room-prompts-closed = Frågorna är inte längre öppna för telefonerna. Titta på skärmen.
room-prompts-why = Skriv korta svar, högst { $answers } { $answers ->
        [one] svar
       *[other] svar
    } per fråga och { $chars } { $chars ->
        [one] tecken
       *[other] tecken
    } vardera. Lämna en ruta tom om du inte har mer att säga. Svaren visas utan ditt namn, tillsammans med de andras, och först när minst { $together } { $together ->
        [one] person
       *[other] personer
    } har skrivit.
room-prompts-answer = Svar { $number } på fråga { $prompt }
room-prompts-send = Skicka mina svar
room-prompt-own = klarhets fråga, utifrån rapportens { $source }
room-prompts-once = Du skickar en gång: efter det kan svaren inte ändras, och telefonen visar dem inte igen.
room-picked = Din röst är sparad, utan ditt namn.
room-poll-closed = Omröstningen är inte längre öppen för telefonerna. Titta på skärmen.
room-poll-why = Tryck på ditt val; rösten skickas direkt och en gång, utan ditt namn. Rösterna visas på skärmen först när minst { $together ->
    [one] en person
   *[other] { $together } personer
    } har röstat, och de beslutar inget: gruppen väljer sedan öppet.
room-wrote = Dina svar är sparade, utan ditt namn.
room-wrote-all = Tack! Dina svar är sparade.
room-wrote-all-next = De visas på skärmen, utan namn, när tillräckligt många har svarat. Titta dit!

## A later round on phones (issue 27): the phone shows its own earlier answer, which it keeps itself
# $round är rundans nummer; $answer värdet med sin etikett, t.ex. "4 · Stämmer delvis", eller vet ej.
room-earlier-answer = Ditt svar i runda { $round }: { $answer }
room-earlier-answer-where = Det svaret har din telefon sparat, inte datorn. Svara som du tycker nu, samma eller annat.
# Efter utmaningens namn på påståendets sida, i en senare runda.
room-round = runda { $round }
cli-completions-about = Skriv ut kompletteringar för skalet (bash, zsh, fish, powershell eller elvish) att läsa in
cli-completions-shell = Skalet: bash, zsh, fish, powershell eller elvish
cli-man-about = Skriv ut manualsidan klarhet(1), eller skriv en sida för varje kommando till en mapp
cli-man-dir = Skriv klarhet.1 och en sida per kommando (klarhet-report.1, …) till den här mappen
cli-list-format = Formatet: text för människor, json för skript
cli-value-shell = SKAL
cli-list-saved = SPARAD
cli-list-participants = DELTAGARE
cli-room-about = Öppna ett rum: deltagarna svarar på sina telefoner över det lokala nätverket tills du trycker Ctrl-C
cli-room-challenge = Bara de här utmaningarna, med id åtskilda av komma eller med flaggan upprepad, till exempel otydlighet,obalans,vaghet (standard: alla, i var och ens takt). Utmaningar vars resultat redan har visats frågar rummet inte om.
cli-room-all = Alla utmaningar, i var och ens takt (standard)
cli-room-prompts = Lägg också de här frågeseten till telefonerna (modellens öppna frågor), med id åtskilda av komma; area:OMRÅDE:FAS är fasens frågor om ett samarbetsområde. Utan --challenge eller --all frågar rummet då bara efter dem.
cli-room-vote = Lägg också de här enskilda röstningarna till telefonerna, åtskilda av komma: alternatives för modellens alternativ, eller ett områdes id för vilken fas det står i. Utan --challenge eller --all frågar rummet då bara efter dem.
cli-room-bind = Adress och port att lyssna på (standard: datorns adress i nätverket, port 7373)
cli-value-address = ADRESS:PORT
error-unknown-challenge = { $id } är inget id i modellen som rummet kan fråga om.
error-no-voters = Sessionen har ingen som kan svara: lägg till deltagare eller ange hur många ni är (steget Deltagare i klarhet).
error-room-held = { $path } är öppnad i en annan klarhet, som äger sessionen så länge den är öppen. Öppna rummet där: på steget Bedömning trycker du o (för den i fokus) eller O (för att välja). Eller avsluta den klarheten och kör kommandot igen.
room-cli-open = Rummet är öppet för { $challenges }. Deltagarna skannar koden eller öppnar adressen här nedanför i telefonens webbläsare:
room-cli-close-with = Ctrl-C stänger rummet.
room-unreachable-hint = Når telefonerna inte datorn? Gästnät isolerar ofta sina klienter: använd datorns egen hotspot eller en telefons, och anslut alla till den.
room-cli-progress = { $done } av { $seats } { $seats ->
        [one] plats
       *[other] platser
    } har svarat på allt, { $started } har börjat, { $claimed ->
        [one] { $claimed } telefon ansluten
       *[other] { $claimed } telefoner anslutna
    }
room-cli-missing = ; väntar på: { $names }
room-cli-each = ; har svarat, per { WORD($words, "one") }: { $each }
room-cli-closed = Rummet är stängt. Svaren är sparade och räknas in när du visar resultatet i klarhet.

## klarhet follow: a second terminal following a workshop another klarhet holds.
cli-follow-about = Följ en session som en annan klarhet har öppen: en rad varje gång workshoppen går vidare eller en räkning ändras, tills du trycker Ctrl-C
follow-started = Följer { $session } utan att ändra något. Ctrl-C avslutar.
follow-at = { $step }
follow-at-challenge = { $step }, { $challenge }
follow-counted = : { $count ->
        [one] { $count } röstsedel räknad
       *[other] { $count } röstsedlar räknade
    }
follow-room = ; { $claimed ->
        [one] { $claimed } telefon ansluten
       *[other] { $claimed } telefoner anslutna
    }, { $done } av { $seats } { $seats ->
        [one] plats
       *[other] platser
    } har svarat på allt
follow-each = ; räknade per { WORD($words, "one") }: { $each }

## klarhet notes: speaker notes on a second screen, following a workshop another klarhet holds (src/cli/notes/).
cli-notes-about = Talarstöd på en andra skärm: följer en session som en annan klarhet har öppen och visar för det steg och den utmaning workshoppen är vid vad du kan säga och fråga, med källa. Läser bara; q avslutar
# organisation är sessionens organisation, step stegets namn.
notes-heading = Talarstöd · { $organisation } · { $step }
# number är utmaningens nummer i modellen, count hur många utmaningar modellen har.
notes-heading-challenge = Talarstöd · { $organisation } · { $step }: { $challenge } ({ $number } av { $count })
notes-say = Att säga
notes-ask = Att fråga
notes-statements = Påståendena
notes-where = Läget
notes-queue = Näst i samtalskön (ej diskuterat)
notes-none = Modellen har inget talarstöd för det här steget.
notes-trouble = Sessionen gick inte att läsa just nu; här är den senaste läsbara kopian
# source är avsnittet i rapporten som frågan bygger på.
notes-own = klarhets fråga, utifrån { $source }
notes-more = ↓ mer nedanför
notes-key-quit = avsluta
notes-key-scroll = bläddra
notes-key-page = en skärm i taget
# Klockan i talarstödet: samma ord som arbetsbänkens överkant (tui-clock-left, tui-clock-over) och
# när punkten enligt planen slutar, som klockslag. time är HH:MM.
notes-clock-ends = slutar enligt planen { $time }
notes-clock-paused = klockan är pausad

## The room on the scoring screen (src/tui/screens/scoring/room.rs)
tui-notice-room-is-open = Rummet är öppet: deltagarna svarar på sina telefoner. Stäng rummet (o) för att rösta med tangentbordet.
tui-notice-room-read-only = Sessionen är skrivskyddad och kan inte ta emot svar från telefoner. Spara den som en egen fil först (Ctrl-S).
tui-notice-seat-freed = { $seat } är ledig: en annan telefon kan ta den. Svaren som redan getts ligger kvar.
tui-notice-journal-replayed = Sessionsfilen ändrades utanför klarhet medan den var öppen. { $count ->
        [one] En ändring
       *[other] { $count } ändringar
    } från journalen lades in i den, så inget svar gick förlorat.
tui-room-close = stäng rummet
tui-short-room-close = stäng rummet
tui-room-free-seat = frigör vald plats
tui-short-free-seat = frigör plats
tui-room-pick-seat = välj plats
tui-room-open-one = öppna rummet ({ WORD($words, "source") ->
        [default] den här utmaningen
       *[model] { WORD($words, "the-one") }
    })
tui-room-open-all = öppna rummet (välj { WORD($words, "many") })
tui-short-room = rum
tui-room-all = alla { WORD($words, "many") }
tui-room-open = Rummet är öppet · { $scope }
tui-room-progress = { $done } av { $seats } har svarat på allt · { $started } har börjat · { $claimed ->
        [one] { $claimed } telefon
       *[other] { $claimed } telefoner
    }
tui-room-waiting-for = Väntar på: { $names }
tui-room-waiting-count = { $count ->
        [one] { $count } plats
       *[other] { $count } platser
    } har inte svarat på allt.
tui-room-seat-in-focus = Vald plats: { $seat } (f frigör den)
tui-room-privacy = Här syns bara hur många som har svarat. Svaren räknas in när du visar resultatet (r), och telefonerna hänvisas då hit.
tui-room-seat-named = { $alias } (plats { $seat })
tui-room-answered = { $answered } av { $seats } { $answered ->
        [one] klar
       *[other] klara
    }
tui-room-shown = visat
tui-room-reveals = r visar resultatet för { $challenge } (← → byter)
tui-room-reveals-outside = r visar resultatet för { $challenge }, som rummet inte frågar om (← → byter)
tui-room-open-chosen = öppna rummet för de valda { WORD($words, "the-many") }
tui-short-room-open-chosen = öppna rummet
tui-room-tick = välj eller välj bort { WORD($words, "the-one") }
tui-short-room-tick = välj
tui-room-pick-challenge = flytta mellan { WORD($words, "the-many") }
tui-room-choose-title = { UPPER_FIRST(WORD($words, "many")) } i rummet
tui-room-choose-why = Telefonerna får de valda { WORD($words, "the-many") }, i var och ens takt.
tui-room-already-shown = (resultatet visat)
tui-notice-room-challenge-shown = Resultatet för { WORD($words, "source") ->
        [default] den utmaningen
       *[model] { WORD($words, "the-one") }
    } är redan visat, så rummet frågar inte om den: svar efter resultatet hör till en ny omgång.
tui-notice-room-nothing-chosen = Välj { WORD($words, "source") ->
        [default] minst en utmaning
       *[model] minst ett av { WORD($words, "the-many") }
    } (mellanslag) innan rummet öppnas.
tui-question-close-room-for-start = Rummet är öppet och telefonerna svarar. Startsidan lämnar sessionen: stänga rummet?
tui-question-drop-writing = Avbryta skrivandet? Det som har skrivits sparas inte.
tui-back-to-room = tillbaka till rummet
tui-back-to-open-room = tillbaka till rummet, som är öppet
tui-short-back-to-open-room = rummet (öppet)
tui-named-room = Namngivna deltagare
tui-named-room-is = { $count } deltagare, en plats var.
tui-names-in-room-shown = Rummet visar alias: vem som har svarat, aldrig vad.
tui-names-in-room-hidden = Rummet visar platsnummer, inga namn (ändras i Inställningar).
tui-show-names = Namn i rummet
tui-show-names-yes = ja, visa alias
tui-show-names-no = nej, bara platsnummer
tui-show-names-yes-why = Projektorn visar vem som har svarat, aldrig vad.
tui-show-names-no-why = Projektorn visar bara platsnummer, inga namn.

# Manualsidan klarhet(1). man-name står efter "klarhet \- " i avsnittet NAME.
man-name = självskattning av styrning enligt forskningsrapporters modeller, offline i terminalen
man-exit-success = allt gick bra
man-exit-failure = datorn eller omgivningen svek: en fil eller session som inte finns, en full disk (också bakom > fil), en session som en annan klarhet har öppen
man-exit-bad-input = indata är fel: en okänd flagga eller ett felaktigt värde, en fil som inte kan läsas som det den ska vara, ett -o som inte går att skriva till (en mapp, en tom sökväg, en okänd filändelse), eller arbetsbänken startad utan terminal; filen ändras aldrig
man-env-data-dir = Mappen där sessionerna sparas, som --data-dir (som går före)
man-env-klarhet-lang = Språket för hjälpen, felen och skärmarna (sv eller en), om inte --lang anger det; går före språkmiljön
man-env-locale = Språkmiljön, om varken --lang eller KLARHET_LANG anger språket: först LANGUAGE (en lista som sv:en, dess första språk som klarhet har), sedan den första som är satt av LC_ALL, LC_MESSAGES och LANG (LANGUAGE gäller inte när den är C eller POSIX); svenska annars
man-env-no-color = Om den är satt och inte tom: inga färger, bara fetstil, omvänt och understruket (som --no-color)
man-env-colorterm = truecolor eller 24bit: temats färger som de är; annars närmaste av terminalens 256 eller 16 färger
man-files-sessions = Sessionerna (NAMN.ron, med NAMN.ron.journal medan ett rum tar emot röster), om inte --data-dir eller KLARHET_DATA_DIR anger en annan mapp
man-files-assessments = Egna bedömningsmodeller (NAMN.ron), utöver den inbyggda; klarhet validate kontrollerar en
man-files-themes = Egna färgteman (NAMN.ron), som --theme NAMN väljer före de inbyggda

# Referenssiffror ur rapporten, bredvid gruppens egna (issue 28)
report-references = Som jämförelse, inte som mål
report-references-intro = Siffror ur rapporten som modellen bygger på. De gäller andra personer vid en annan tid, ofta med en annan fråga, och är inget mål att sträva mot eller en norm att mätas mot: läs dem tillsammans med det som står om vilka som svarade och vad man ska tänka på.
report-reference-beside = Bredvid: { $beside }
report-reference-n = n = { $n }
report-reference-collected = insamlat { $when }
report-reference-group = Gäller bara { $group }
report-reference-asked = Rapportens fråga
report-reference-population = Vilka som svarade
report-reference-workshop = i workshoppen { $percent } % ({ $count } av { $total } svar)
report-reference-caution = Att tänka på
csv-section-references = jämförelse
csv-col-reference = referens
csv-col-reference-answer = svar
csv-col-reference-percent = andel i rapporten (%)
csv-col-reference-count = antal i rapporten
csv-col-reference-n = n i rapporten
tui-reference-more = … resten står i rapporten, under Som jämförelse, inte som mål

# The group's answers to the model's open prompts (issue 28)
report-prompts = Gruppens svar
report-prompts-intro = { $min ->
    [one] Det deltagarna skrev till modellens öppna frågor, utan namn och sorterat efter text. Svaren visas aldrig uppdelade på grupper: fritext från en liten grupp kan peka ut den som skrev. Ett svar som flera skrev står en gång, med ×antal.
   *[other] Det deltagarna skrev till modellens öppna frågor, utan namn och sorterat efter text. Svaren visas först när minst { $min } har skrivit, och aldrig uppdelade på grupper: fritext från en liten grupp kan peka ut den som skrev. Ett svar som flera skrev står en gång, med ×antal.
    }
report-own-text = klarhets text, utifrån { $source }
report-prompts-writers = { $count ->
    [one] En deltagares svar visas.
   *[other] { $count } deltagares svar visas.
    }
report-prompts-none-shown = Inga svar har visats i det här steget.
report-prompts-answers = { $count } svar
report-prompts-no-answers = Inga svar på den här frågan.
report-prompts-unthemed = Utan tema
csv-section-written-answer = fritextsvar
csv-col-prompt-set-id = frågesteg_id
csv-col-prompt-set = frågesteg
csv-col-prompt-id = fråga_id
csv-col-prompt = fråga
csv-col-theme = tema
csv-col-answer-text = svarstext
csv-col-times-written = antal_gånger_skrivet
csv-col-writers-shown = visade_skribenter
