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

# Titles of boxes get their padding spaces from the code. Key help in the bottom line starts in lower case.

tui-space = Space
tui-characters = characters
tui-change-the-choice = change the choice
tui-move-the-cursor = move the cursor
tui-change-field = change field
tui-delete-back = delete back
tui-delete-forward = delete forward
tui-to-the-start = to the start
tui-to-the-end = to the end
tui-type-into-the-field = type into the field
tui-window-too-small = The window is { $width }×{ $height } characters; klarhet needs at least { $min_width }×{ $min_height }. Make the window larger, or press q to quit (everything is saved). No other key does anything until the window is large enough.
tui-question = Question
tui-save-as = Save as
tui-file = File
tui-not-now = not now
tui-help-footer-mark = • shown in the bottom line
tui-keys = Keys
tui-crash-no-session = klarhet stopped unexpectedly before any session was saved.
tui-notice-need-voters = Add participants or a head count first.
tui-notice-counted-by-hands = This { WORD($words, "one") } was counted by show of hands.
tui-notice-has-ballots = This { WORD($words, "one") } already has ballots; a show of hands does not replace them.
tui-notice-alias-missing = Enter an alias.
tui-notice-bad-date = Write the date as YYYY-MM-DD, for example 2026-11-22.
tui-notice-bad-kommunkod = A municipality code is exactly four digits, for example 1380, or left empty.
tui-notice-organisation-missing = Enter the organisation's name.
tui-question-open-backup = The session could not be read (see the bottom line). Open its backup as a new session? The original file is left untouched.
tui-question-quit-during-round = A round is under way. Every vote so far is saved. Quit anyway?
tui-question-remove-participant = Remove the participant and their votes?
tui-next-step = next step
tui-previous-step = previous step
tui-help = help
tui-quit-asks-first = quit (asks first)
tui-quit = quit
tui-save-as-another-place = save as (another place)
tui-quit-at-once-all-is-saved = quit at once (all is saved)
# The agenda and its clock (issue 27: src/tui/agenda.rs, src/tui/router/clock.rs).
# The agendas are the model's (assessments/*.ron); only the program's words are here.
tui-clock-start = start the clock
tui-clock-pause = pause the clock
tui-clock-resume = resume the clock
tui-clock-short = clock
tui-clock-extend = give the item { $minutes ->
        [one] { $minutes } more minute
       *[other] { $minutes } more minutes
    }
tui-clock-extend-short = { $minutes ->
        [one] { $minutes } more minute
       *[other] { $minutes } more minutes
    }
tui-clock-next = next item on the agenda
tui-clock-no-item = The agenda has no item for this step, so the clock does not start here. F2 shows the agenda, where you choose the item the clock runs on; T starts its first item.
tui-clock-left = { $time } left
tui-clock-over = { $time } over
tui-agenda = Agenda
tui-agenda-open = agenda and time
tui-agenda-open-short = agenda
tui-agenda-none = No agenda is chosen. Choose one to start from:
tui-agenda-template = { $name }, { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }
tui-agenda-source = Source: { $source }
tui-agenda-break = Break
tui-agenda-planned = { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }
tui-agenda-used = { $time } used
tui-agenda-total = Planned { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    } · used { $time }
tui-agenda-select = choose an item
tui-agenda-minutes = one minute less or more for the item
tui-agenda-run = run the clock on the item
tui-agenda-choose = choose the agenda
tui-agenda-remove = remove the agenda (before the clock has started)
tui-agenda-close = close the agenda
tui-agenda-minutes-short = minutes
tui-agenda-run-short = run the clock
tui-agenda-close-short = close
tui-summary-agenda = Agenda: planned { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    } · used { $used } · { $over ->
        [one] 1 item
       *[other] { $over } items
    } over the plan (F2 shows each item)
tui-close-help = close help
tui-yes = yes
tui-no = no
tui-save-here = save here
tui-cancel = cancel
tui-strength-of-the-circle = Strength of the circle
tui-circle-not-all-scored = Not every { WORD($words, "one") } is scored yet.
tui-circle-no-circle = The model's links do not form a circle.
tui-where-the-circle-drives = The circle and your scores
tui-back-to-the-list = back to the list
tui-choose-session = choose session
tui-compare = compare
tui-close-the-comparison = close the comparison
tui-compare-no-other-session = There is no other saved session to compare with.
tui-consensus-short = cons.
tui-last-plan-status-then-now = Last plan, status then → now:
tui-no-longer-in-the-plan = no longer in the plan
tui-compare-title = Compare with an earlier session
tui-choose-level = choose level
tui-choose-the-level = choose the level
tui-level-no-ladder = The model has no ladder of levels.
tui-level-choose-hint = Choose the level that fits best today.
tui-level-top = The top level: the next step is to stay there.
tui-level-next-step-title = Next step
# The alternatives (issue 28): the group chooses one of the model's alternatives and says why.
# label is the alternative's label in the model (I, II); before are the labels before it;
# alternative is a label and a name; source is where in the report the text is.
tui-alternatives-step = Alternatives
tui-alternatives-measures = { $count ->
    [one] 1 measure
   *[other] { $count } measures
    }
tui-alternatives-builds-on = { $label } builds on { $before }, and adds:
tui-alternatives-and = { $first } and { $last }
tui-alternatives-without = Applies to all the alternatives
tui-alternatives-own = klarhet's text, built on { $source }
tui-alternatives-choice = The group's choice
tui-alternatives-none-chosen = No alternative is chosen yet: choose one with Enter and write why.
tui-alternatives-reason-for = Why { $alternative }?
tui-alternatives-reason-hint = Write the group's reason; the report gives it beside the choice.
tui-alternatives-reason = Reason
tui-alternatives-reason-missing = The choice of { $alternative } is not kept without a reason: write why the group chooses it.
tui-alternatives-move = move between alternatives
tui-alternatives-choose = choose and give the reason
tui-alternatives-keep-choice = keep the choice
# The open prompts (issue 28): each writes short answers at the keyboard, like a ballot passed
# round, and the answers are shown together, without names, sorted by text. Nothing here may let
# anyone tie an answer to its writer. count is a number of writers or answers; all is how many
# may write; number is the prompt's or field's number; name is the writer's name or seat;
# source is where in the report the prompt is; list is the number of answers per prompt.
tui-prompts-answer-kind = Answer
tui-prompts-theme-kind = Theme
tui-prompts-own = klarhet's prompt, based on { $source }
tui-prompts-written = Written: { $count } of { $all }
tui-prompts-nothing-waits = No answers are waiting to be shown.
tui-prompts-waiting = { $count ->
    [one] Answers from one writer are waiting to be shown.
   *[other] Answers from { $count } writers are waiting to be shown.
    }
tui-prompts-min = { $count ->
    [one] The answers are shown once someone has written.
   *[other] The answers are shown together, from at least { $count } writers at a time.
    }
tui-prompts-shown-writers = { $count ->
    [0] No answers have been shown yet.
    [one] Shown: answers from one writer.
   *[other] Shown: answers from { $count } writers.
    }
tui-prompts-none-shown = no answers shown yet
tui-prompts-no-theme = without a theme
tui-prompts-need-writers = { $count ->
    [one] The answers are not shown yet: one more must write, so that no one can be tied to their answers.
   *[other] The answers are not shown yet: { $count } more must write, so that no one can be tied to their answers.
    }
tui-prompts-none-waiting = No new answers are waiting to be shown.
tui-prompts-everyone-wrote = Everyone has written. Show the answers with r.
tui-prompts-theme-name-missing = The theme is not kept without a name: type one, or pick an existing theme with ↑↓.
tui-prompts-who-writes = Who writes now?
tui-prompts-who-writes-hint = Choose the writer and hand over the keyboard. Each sees only their own answers.
tui-prompts-handed-in = ✓ The answers are handed in, without a name.
tui-prompts-pass-on = Pass the keyboard on. Enter chooses the next writer.
tui-prompts-theme-for = { $count ->
    [one] Theme for one answer
   *[other] Theme for { $count } answers
    }
tui-prompts-theme-hint-new = Type the theme's name; the answers are grouped under it.
tui-prompts-theme-hint-pick = Type a new name, or pick an existing theme with ↑↓.
tui-prompts-writing-title = { $name } is writing
tui-prompts-prompt-of = Prompt { $number } of { $count }
tui-prompts-answer-label = Answer { $number } of { $count }
tui-prompts-progress = Answers written per prompt: { $list }
tui-prompts-private = Only you see what you write. The answers are handed in without your name and shown only together with others'.
tui-prompts-hand-in-button = Hand in
tui-prompts-next-writer = next writer
tui-prompts-show = show the answers
tui-prompts-move = move between the answers
tui-prompts-scroll = scroll through the prompts
tui-prompts-mark = mark the answer
tui-prompts-theme = group under a theme
tui-prompts-untheme = take out of the theme
tui-prompts-open-room = open the room: participants write on their phones
tui-prompts-room-open = The room is open: participants write on their phones. Scan the code or open
tui-prompts-room-open-address = The room is open: participants write on their phones, at the address
tui-prompts-let-write = let them write
tui-prompts-to-overview = to the overview
tui-prompts-choose-writer = choose the writer
tui-prompts-hand-in = hand in the answers
tui-prompts-other-prompt = next or previous prompt
tui-prompts-stop-writing = stop writing
tui-prompts-keep-theme = keep the theme
tui-prompts-pick-theme = pick an existing theme
# A private vote before the group decides openly (issue 28): on the alternatives, or on the phase
# an area stands in. The vote decides nothing; the group then chooses openly, with its reason. The
# votes are shown only together, at least the minimum group at a time, as counts and shares; no
# text here may let anyone tie a vote to its voter. count is a number of votes; voted and all are
# how many have voted and may vote; picked is the votes for one choice; percent is its share; min
# is the minimum group; name is the voter's name or seat; area is the area's name.
tui-poll-title = Private vote
tui-poll-who-votes = Who votes now?
tui-poll-who-votes-hint = Choose who votes and hand over the keyboard. No one else sees what each picks.
tui-poll-voting-title = { $name } votes
tui-poll-unsure = Can't say
tui-poll-private = Your vote is handed in without your name and shown only together with others'. The vote decides nothing: the group then chooses openly.
tui-poll-handed-in = ✓ The vote is handed in, without a name.
tui-poll-pass-on = Pass the keyboard on. Choose the next voter with Enter.
tui-poll-voted = Voted: { $voted } of { $all }
tui-poll-waiting = { $count ->
    [one] One vote is waiting.
   *[other] { $count } votes are waiting.
    } The votes are shown once at least { $min ->
    [one] one vote waits
   *[other] { $min } votes wait
    }, so that no one can be tied to their vote.
tui-poll-ready = { $count ->
    [one] One vote is waiting: show it with r.
   *[other] { $count } votes are waiting: show them with r.
    }
tui-poll-need-voters = { $count ->
    [one] The votes are not shown yet: one more must vote, so that no one can be tied to their vote.
   *[other] The votes are not shown yet: { $count } more must vote, so that no one can be tied to their vote.
    }
tui-poll-none-waiting = No new votes are waiting to be shown.
tui-poll-everyone-voted = Everyone has voted. Show the votes with r.
tui-poll-heading = The group's private votes
tui-poll-heading-round = The group's private votes, round { $number }
tui-poll-earlier = Round { $number } ({ $count ->
    [one] one vote
   *[other] { $count } votes
    }): { $list }
tui-poll-again = vote again; this round is kept
tui-poll-none-shown = No votes are shown yet.
tui-poll-share = { $picked } of { $all } ({ $percent }%)
tui-poll-area-question = In which phase is “{ $area }” now?
tui-poll-start = vote privately first
tui-poll-show = show the votes
tui-poll-let-vote = let vote
tui-poll-choose-voter = choose who votes
tui-poll-hand-in = hand in the vote
tui-poll-move = move between the choices
tui-poll-stop-voting = stop, back to the list
tui-poll-next-voter = next voter
tui-poll-close = close the vote
tui-poll-to-phones = put the vote to the phones
tui-poll-open-room = open the room: participants vote on their phones
tui-poll-room-open = The room is open: participants vote on their phones. Scan the code or open
tui-poll-room-open-address = The room is open: participants vote on their phones, at the address
# The phases (issue 28): the group places each area of its collaboration in a phase. The phases
# are no ladder: no text here calls a phase higher, next or better. area is the model's word for
# what is placed; phase is the phase's number and name; source is where in the report the text
# is; count is how many areas there are.
tui-phases-step = Phases
tui-phases-phase = Phase { $number }: { $name }
# A set of the phases' questions about an area: its name on the screen, on the phones and in the report.
area-prompts-name = Questions about { $area }, in phase { $number }: { $phase }
# A phase's card on the model screen: the report's number is the phase's name there, not a value.
tui-phases-card = Phase { $number }
tui-phases-not-placed = not placed
tui-phases-placed = { $count ->
    [one] { $placed } of 1 is placed
   *[other] { $placed } of { $count } are placed
    }
tui-phases-own = klarhet's text, built on { $source }
tui-phases-session-own = the session's own
tui-phases-not-placed-hint = Not placed yet: choose a phase with Enter.
tui-phases-about-hint = Choose a row below and place it with Enter; a adds one of your own.
tui-phases-risk = Risk
tui-phases-recommendations = Recommendations the model ties to this phase
tui-phases-no-recommendations = The model ties no recommendation to this phase.
# source is where in the report the tie rests: the report implies it but does not make it.
tui-phases-tie-own = klarhet's reading, built on { $source }
tui-phases-note = Note
tui-phases-earlier = Stood earlier in: { $phases }
tui-phases-add-title = Add: { $area }
tui-phases-name = Name
tui-phases-place-title = Place { $area }
tui-phases-place-hint = ←→ or the digit chooses the phase.
tui-phases-phase-choice = Phase
tui-phases-name-missing = Nothing is added without a name: write what it is called.
tui-phases-move = move between rows
tui-phases-place = place
tui-phases-add = add
tui-phases-keep = keep the placement
tui-phases-keep-area = add
tui-phases-choose-phase = choose the phase
tui-phases-ask = answer the phase's questions
tui-phases-back-to-areas = back to the areas
tui-phases-ask-hint = { $count ->
    [one] f: the group answers the phase's question about the area in writing.
   *[other] f: the group answers the phase's { $count } questions about the area in writing.
    }
tui-change-challenge = change { WORD($words, "one") }
tui-scroll-the-text = scroll the text
tui-the-challenge = { UPPER_FIRST(WORD($words, "the-one")) }
tui-choose = choose
tui-add = add
tui-edit = edit
tui-change-role = change group
tui-next-breakdown = break the figures down by the next grouping
tui-remove = remove
tui-anonymous-head-count = anonymous head count
tui-next-field = next field
tui-save-the-participant = save the participant
tui-close-without-saving = close without saving
tui-save-the-count = save the count
tui-type-the-count = type the count
tui-participants = Participants
tui-anonymous-room = Anonymous room
tui-no-head-count-given = No head count given.
tui-participants-anonymous-hint = Without names the room votes by numbered seats or a show of hands.
tui-participants-empty-hint = Press a to add a participant.
tui-edit-participant = Edit participant
tui-new-participant = New participant
tui-alias = Alias
# The participants' groups (issue 28): the model's groups, and the session's own.
tui-no-group = no group
tui-add-group = new group
tui-new-group = New group
tui-group-name = Name
tui-grouping = Grouping
tui-save-the-group = save the group
tui-notice-group-name-missing = The group needs a name.
tui-headcount-title = Head count
tui-count = Count
tui-edit-the-action = edit the action
tui-save-the-action = save the action
tui-plan-nothing-adopted = No adopted recommendations yet. Adopt some in step { $step }.
tui-no-action-yet = no action yet
tui-plan-title = Action plan: effect goal, owner, due, status
tui-action = Action
# The action plan's measures from the chosen alternative. label and chosen are the alternatives' labels ("II"), name the alternative's name, step a step's number.
tui-plan-measure-chosen = A measure of the chosen alternative, { $label } { $name }
tui-plan-measure-built-on = A measure of { $label } { $name }, which the chosen alternative { $chosen } builds on
tui-plan-measure-earlier = Planned under an earlier choice: a measure of { $label } { $name }, which the group's choice no longer includes. It stays, since the group decided it.
tui-plan-earlier-mark = earlier choice
tui-plan-nothing-chosen = No alternative is chosen either: once the group chooses one in step { $step }, its measures are offered here.
tui-plan-detail-measure = The measure
tui-effect-goal = Effect goal
tui-owner = Owner
tui-due = Due
tui-status = Status
tui-change-principle = change principle
tui-adopt-undo = adopt / undo
tui-overarching = Overarching
tui-ranked-by-relevance = Ranked by relevance
tui-relevance = Relevance
tui-relevance-explained = Relevance is the mean { WORD($words, "score") } of the { WORD($words, "many") } klarhet has mapped the recommendation to. The mapping is klarhet's reading, not the report's.
tui-reason-and-concrete-steps = Reason and concrete steps
tui-save-the-score = save the score
tui-agreed-score-label = Agreed score:
tui-rationale = Rationale
tui-notes = Notes
tui-answer = answer
tui-skip = skip
tui-previous-statement = previous statement
tui-next-statement = next statement
tui-show-of-hands = show of hands
tui-ballot = individual answers
tui-answers-in-the-room = in the room
tui-no-answers-yet = no answers yet
tui-statements = Statements
tui-save-and-next = save and next
tui-choose-value = choose value
tui-delete-digit = delete digit
tui-change-statement = change statement
tui-back-to-the-challenge = back to { WORD($words, "the-one") }
tui-short-statement = statement
tui-short-to-the-room = room
tui-short-to-the-challenge = { WORD($words, "one") }
tui-hands-title = Show of hands
tui-ballot-round = ballot round
tui-reveal = reveal
tui-key-agreed-score = agreed score
tui-start-voting = start voting
tui-stop-the-round = pause the round (every vote so far is kept)
tui-dont-know-short = dk
tui-distribution = Distribution
tui-median = median
tui-mean = mean
tui-consensus = consensus
tui-dont-know = don't know
tui-knowledge-gap = knowledge gap
tui-uncertain-legend = { $mark } uncertain basis: many don't know or few answers, read with caution
tui-ballots-waiting = { $count ->
    [one] One answer has come in since the last reveal and is not shown yet:
   *[other] { $count } answers have come in since the last reveal and are not shown yet:
    } a statement shows new answers only when at least { $threshold ->
        [one] { $threshold } is in
       *[other] { $threshold } are in
    }, or the difference would show someone's answer.
tui-self-assessment = Self-assessment
tui-self-assessment-yes = yes, one person: the answers are shown in full
tui-self-assessment-no = no, a group: fewer than { $count ->
        [one] { $count } answer is
       *[other] { $count } answers are
    } not shown
tui-withheld = Too few have answered for anything to be shown: at least { $count ->
        [one] { $count } is needed
       *[other] { $count } are needed
    }, or each of them could subtract their own answer and read the others'.
tui-severity = { WORD($words, "score") }
tui-agreed = agreed
tui-mean-per-role = Mean per group ({ WORD($words, "one") }):
# A reveal on a categorical scale (issue 28): shares per role, and that a
# challenge with only categorical statements gets no score.
tui-shares-per-role = Share per group: { $options }
tui-no-score = no score: the statements have only categorical scales
tui-results = Results

## Vote again: a new round after the discussion, and the rounds side by side (src/tui/screens/scoring/vote_again.rs, reveal_rounds.rs)
tui-vote-again = vote again: a new round on chosen statements
tui-short-vote-again = vote again
tui-vote-again-title = Vote again: { $challenge }
tui-vote-again-hint = Every round is kept on its own and none is overwritten. The agreed score starts from the latest round.
tui-vote-again-statements = Statements
tui-vote-again-channel = How the group answers
tui-vote-again-tick = tick the statement
tui-vote-again-all = tick all or none
tui-vote-again-move = move between statements and channel
tui-vote-again-open = open the round
tui-short-vote-again-open = open
tui-vote-again-none = Tick at least one statement for the new round.
tui-vote-again-opened = Round { $round } is open: { $count ->
    [one] one statement
   *[other] { $count } statements
    }.
tui-round-label = round { $round }
tui-rounds-title = Rounds

tui-save-the-session = save the session
tui-back-to-start = back to start
tui-new-workshop = New workshop
tui-organisation = Organisation
tui-facilitator = Facilitator
tui-date = Date
tui-kommunkod = Municipal code
tui-language = Language
tui-model = Model
tui-setup-hint = Enter on the last field creates the session and saves it. The municipal code is SCB's four digits (for example 1380) and may be left empty.
tui-open = open
tui-start-title = klarhet: governance self-assessment
tui-start-intro = Governance self-assessment as a group, built on research reports' models: the model is chosen when a new session is made.
tui-new-session = + New session
tui-start-open-demo = ▶ Open the demo (Sjöhamra kommun)
tui-start-choose-title = Choose
tui-export-here = export here
tui-close-without-changing = close without changing
tui-export-the-report = export the report
tui-change-format = change format
tui-edit-path = edit path
tui-compare-with-earlier = compare with earlier
tui-adopted = Adopted
tui-actions = Actions
tui-summary = Summary
tui-summary-export-title = Export the report
tui-path = Path
tui-last-exported = Last exported { $format }: { $path }
tui-summary-export-hint = Enter exports, f changes format (md, html, csv, json), e edits the path, c compares with an earlier session.
tui-step-start = Start
tui-step-setup = Setup
tui-step-participants = Participants
tui-step-model = The model
tui-step-scoring = Scoring
tui-step-circle = The circle
tui-step-recommendations = Recommendations
tui-step-plan = Action plan
tui-step-level = Level
tui-step-summary = Summary
# A set of open prompts, when its model is not at hand to give its own name.
tui-step-prompts = Open prompts
# $format is the file extension in capitals (MD, HTML, CSV, JSON), $path where the file went.
tui-notice-exported = The report ({ $format }) was saved to { $path }
tui-notice-export-failed = Could not export: { $error }. Change the path to a folder that exists and can be written to, and export again.
# Shown in the terminal after a crash; $path is the session file.
tui-crash-resume =
    klarhet stopped unexpectedly. Everything shown is saved in { $path }
    Carry on where you were with: klarhet --resume "{ $path }"
# $reason is the error, already translated.
# The mark in the top line while the open session is only read.
tui-read-only = read-only
# On the status line while the open session is only read; $reason is one of read-only-….
tui-read-only-status = Read-only: { $reason }. Nothing is saved to this file; Ctrl-S saves as a new file.
tui-not-saved = Not saved – all is in memory, retried at the next change. Ctrl-S: save as. Reason: { $reason }
# $n is the statement's number, $total how many statements the challenge has.
tui-statement-of = statement { $n } of { $total }
tui-hands-total = Total: { $total } of { $room } in the room
# $count answers of $voters voters.
tui-answered-of = { $count } of { $voters } answered
# $count is the number of answers (when the room has no number of voters).
tui-answers = { $count } { $count ->
        [one] answer
       *[other] answers
    }
tui-hand-over = Hand over to { $name }, press Enter
tui-handover-challenge = { UPPER_FIRST(WORD($words, "one")) } { $n } of { $total }: { $challenge }
tui-voted-of = { $voted } of { $total } { $voted ->
        [one] has voted
       *[other] have voted
    }
tui-start-look-alike = · saved { $saved } · { $id }
tui-scored-of = { $done }/{ $all } scored
tui-head-count-is = Head count: { $count }
tui-source = Source: { $source }
tui-level-n = Level { $level }
tui-next-step-level = Next step: level { $level }: { $name }
# $from and $to are the challenges' names in lower case; $strength is a whole number.

# Keys that answer yes and no to a question, separated by spaces. Enter always answers yes and Esc no.
tui-yes-keys = y
tui-no-keys = n
# The key for the scale's "don't know" answer on the ballot: one letter, not s, j or k.
tui-unknown-key = d

# Key names as the keyboard labels them.
tui-key-enter = Enter
tui-key-esc = Esc
tui-key-tab = Tab
tui-key-delete = Del
tui-key-home = Home
tui-key-end = End
tui-key-page-up = PgUp
tui-key-page-down = PgDn
tui-key-ctrl = Ctrl-{ $key }

tui-back = back

# Short words for the bottom line, where 80 columns must hold a lot.
tui-short-hands = hands
tui-short-results = results
tui-short-agree = agree
tui-short-vote = vote
tui-short-ask = questions
tui-short-ballot = round
tui-short-scroll = scroll
tui-short-export = export

tui-the-room = The room

tui-by-word = word by word
tui-delete-word = delete the word before
tui-clear-field = clear the field

tui-question-overwrite = The file { $path } is already there. Write the report over it?

tui-plan-detail = The recommendation

tui-question-hands-over-room = { $total ->
        [one] { $total } hand was
       *[other] { $total } hands were
    } counted, but the room has { $room ->
        [one] { $room } person
       *[other] { $room } people
    }. Save anyway?

tui-more-answers-than-room = more answers than the { $room } in the room

## The results (issue 27): computed and agreed side by side, n against the room, roles per statement

# computed and agreed are severities 0–100, or – when there is none.
tui-computed-and-agreed = Computed { WORD($words, "score") } { $computed } · agreed { $agreed }
# n is the number of answers on the scale, room how many are in the room.
tui-n-of-room = { $n } of { $room }
tui-few-of-room = fewer than half the room answered
# share is the share, e.g. "50%".
tui-few-of-room-rule = n is the number of answers on the scale, against how many are in the room (the participants or the head count). ⚠ when fewer than { $share } of the room answered (on the scale or don't know): the figures may then not speak for the room. The threshold is klarhet's.
tui-mean-per-role-statement = Per group: statement ({ WORD($words, "one") })

tui-previous-next-voter = previous or next participant
tui-short-voter = participant
tui-choose-voter = choose a participant from a list
tui-short-list = list
tui-short-stop = pause
tui-let-vote = let them vote
tui-resumes-at = Carries on at statement { $n } of { $total }.
tui-voter-not-started = not started
tui-voter-started = { $n } of { $total ->
        [one] { $total } statement
       *[other] { $total } statements
    }
tui-voter-done = done
tui-voters-title = The participants: who is done (never what they answered)
tui-answered-already = ✓ Answered. A new answer replaces the last one.

tui-notice-bad-severity = Write the { WORD($words, "score") } as a whole number from 0 to 100.
tui-notice-severity-is-a-number = The { WORD($words, "score") } is a number, 0–100: type digits, or press Tab to write a rationale.
tui-notice-agreed-saved = Agreed { WORD($words, "score") } for { $challenge } saved: { $severity }. Choose another { WORD($words, "one") } with ← →.
tui-step-the-severity = one step up or down
tui-severity-takes-digits = (letters belong in the rationale: Tab)
tui-type-the-severity = type the { WORD($words, "score") }
tui-agreed-severity = { UPPER_FIRST(WORD($words, "score")) }
tui-agree-replaces = Computed { WORD($words, "score") } { $computed } of 100. The agreed one, { $agreed }, replaces it in the circle, the ranking of the recommendations and the report; the computed one stays beside it.
# The agreed score of a challenge with only categorical statements (issue 28).
tui-agree-no-score = The statements have only categorical scales, so { WORD($words, "the-one") } gets no agreed score. Write the group's conclusion as a note.

# What the agreed score replaces, for a model without links or
# recommendations (issue 28: structure is optional).
tui-agree-replaces-circle = Computed { WORD($words, "score") } { $computed } of 100. The agreed one, { $agreed }, replaces it in the circle and the report; the computed one stays beside it.
tui-agree-replaces-ranking = Computed { WORD($words, "score") } { $computed } of 100. The agreed one, { $agreed }, replaces it in the ranking of the recommendations and the report; the computed one stays beside it.
tui-agree-replaces-report = Computed { WORD($words, "score") } { $computed } of 100. The agreed one, { $agreed }, replaces it in the report; the computed one stays beside it.

tui-scroll-the-reason = scroll reason and steps

tui-question-quit-unsaved = The last changes could not be saved (see the bottom line) and are lost if you quit. Quit anyway? No stays; Ctrl-S saves them somewhere else.

tui-quit-asks-not-saved = quit (asks first: not everything is saved)

# $field is the field's name as its label says it, $max how many characters it holds.
tui-notice-too-long = { $field }: at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }. What did not fit was left out.
tui-notice-draft-restored = The text you typed here before klarhet was interrupted is back. Save as usual, or close with Esc to discard it.

# (end of the terminal section)

## Reports, the command line, errors and the model's labels (src/report, src/cli, src/error.rs, src/model, src/demo.rs)

## report

report-none-scored = No { WORD($words, "one") } has been scored yet
report-point-most-severe = { WORD($words, "source") ->
        [default] Most severe
       *[model] Highest { WORD($words, "score") }
    } according to the group
report-point-circle-drives = The link whose ends were both scored highest
report-point-knowledge-gaps = Knowledge gaps (don't know ≥ 25%)
report-point-role-differences = Group differences of at least { $threshold }
report-adopted-recommendations = Adopted recommendations
report-actions-plan = actions in the plan
report-recommendation = Recommendation
report-effect-goal = Effect goal (effektmål)
report-owner = Owner
report-due = Due
report-status = Status
report-alternative = Alternative
report-measure = Measure
report-challenge = { UPPER_FIRST(WORD($words, "one")) }
report-higher = Higher
report-lower = Lower
report-difference = Difference
report-anonymous-head-count-only = anonymous, head count only
report-roles-not-shown = groups not shown: they are too small
report-self-assessment = Self-assessment
report-organisation = Organisation
report-organisation-with-code = { $organisation } (municipality code { $code })
report-date = Date
report-facilitator = Facilitator
report-model = Model
report-participants = Participants
report-participant-list = List of participants
report-summary = Summary
report-challenges = { UPPER_FIRST(WORD($words, "the-many")) }
report-challenges-intro = { UPPER_FIRST(WORD($words, "score")) } 0–100. The agreed score, where the group has set one, takes precedence over the computed one in everything that follows.
report-severity = { UPPER_FIRST(WORD($words, "score")) }
# Scales that belong to the model (issue 28): a challenge with only categorical statements.
report-no-score = no score (categorical scale)
report-computed = Computed
report-agreed = Agreed
report-lowest-consensus = Lowest consensus
report-dont-know = Don't know
report-knowledge-gap = knowledge gap
report-one-statement = on one statement
report-agreed-score = agreed { WORD($words, "score") }
report-statements = The statements
report-distribution-gives-number-answers = The distribution gives the number of answers per value
report-dont-know-counted-apart = Don't know is counted apart and is not part of n.
report-statement = Statement
report-distribution = Distribution
report-median = Median
report-mean = Mean
report-consensus = Consensus
report-differences-between-roles = Differences between groups
report-roles-none = No groups can be shown: the room was anonymous, the answers were counted by show of hands, or the groups were too small.
report-roles-intro = Mean per group on the scale.
report-role = Group
report-roles-no-divergence = Where groups could be compared, none differ by { $threshold } or more.
report-roles-by-hands = Counted by show of hands, which records no groups: { $challenges }.
report-roles-too-few = Too few answers per group to compare: { $challenges }.
report-circle-intro = Each link shows how one { WORD($words, "one") } creates the conditions for the next, in the report's order. A link's strength is klarhet's measure (the report does not measure the links): √({ WORD($words, "score") } at the start of the link · { WORD($words, "score") } at its end), 0–100. It measures how high both ends were scored, not the link itself.
report-link = Link
report-strength = Strength
report-how = How
report-strength-circle = Strength of the circle (klarhet's measure)
report-link-reading = klarhet's reading
report-circle-strength-explained = the geometric mean of every { WORD($words, "one") }'s { WORD($words, "score") }; a single weak { WORD($words, "one") } pulls it down
report-recommendations = Recommendations
report-recommendations-intro = Within each principle the recommendations are ranked by relevance: the mean { WORD($words, "score") } of the { WORD($words, "many") } klarhet has mapped them to. The report orders the recommendations by principle; the mapping to { WORD($words, "many") } is klarhet's reading. The reason is given in brackets. ✔ means the group has adopted the recommendation.
report-overarching = Overarching
report-no-scored-challenges = no scored { WORD($words, "many") }
report-relevance = Relevance
report-source = Source
report-action-plan = Action plan
report-plan-none = No actions have been decided yet.
# The action plan's measures from the alternatives; alternative is the alternative's label and name ("II" and the name).
report-plan-measures = Measures from the chosen alternative
report-plan-measures-intro = The measures of the alternative the group chose, and of the alternatives it builds on. A measure planned under an earlier choice stays, since the group decided it, and is marked.
report-plan-earlier-choice = { $alternative } (earlier choice)
report-level-none = The group has not placed itself on the ladder yet.
report-now-level = Now: level
report-next-step-level = Next step: level
report-level-top = The group is on the ladder's top level; the next step is to stay there.
# The alternatives in the report (issue 28): alternative is a label and a name.
report-alternatives-chosen = The group chose { $alternative }.
report-alternatives-none = The group has not chosen any of the alternatives.
# The group's private votes before its open decision (issue 28): only the votes shown to the group.
# count and votes are numbers of votes; percent is a share in percent; list is the choices with their votes.
report-votes-sentence = The group's private votes before deciding ({ $count ->
    [one] one vote
   *[other] { $count } votes
    }): { $list }.
report-votes-round = round { $number } ({ $count ->
    [one] one vote
   *[other] { $count } votes
    }): { $list }
report-votes-rounds = The group's private votes before deciding, round by round: { $list }.
report-votes-count = { $votes } ({ $percent }%)
report-votes-unsure = can't say
report-alternatives-chosen-mark = chosen
report-alternatives-reason = Reason
report-alternatives-earlier = Chosen earlier, before the group changed its mind
# The phases in the report (issue 28): area is the model's word for what is placed; phase is a phase's number and name.
report-phases-named = Phase { $number }: { $name }
report-phases-session-own = the session's own
report-phases-not-placed = not placed
report-phases-phase = Phase
report-phases-note = Note
report-phases-earlier = Stood earlier in
report-phases-none-placed = The group has not placed anything in the phases yet.
report-phases-risk = Risk in { $phase }
report-notes = Notes
# The agenda and its time in the report (issue 27: src/report/document/agenda.rs)
report-agenda = Agenda and time
report-agenda-intro = The agenda “{ $name }” ({ $source }). Time counts while the clock runs on an item and stands still while it is paused; planned { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }, used { $used }.
report-agenda-item = Item
report-agenda-planned = Planned
report-agenda-extended = Extended
report-agenda-used = Used
report-agenda-against = Against the plan
report-agenda-running = running
report-agenda-break = Break
report-agenda-minutes = { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }
report-no-notes = No notes.

## The report's section on the discussion (issue 27)

report-discussed = What the group discussed
report-discussed-intro = From the discussion queue, in the queue's order: what the group marked discussed or wrote a note on. The queue orders what has been shown by a rule given in the method appendix; its reasons are about the group's counted answers, never one person.
# n is the statement's number in its challenge.
report-discussed-statement = statement { $n }
# n is the row's place in the queue, reasons the reasons in words.
report-discussed-place = Place { $n } in the queue: { $reasons }.
report-discussed-left-queue = No longer in the queue: none of its reasons holds now.
report-discussed-yes = Discussed.
report-discussed-no = Not marked discussed.
## Rounds: statements the group voted on again after the discussion, and the shift in words (src/report/shift.rs, rounds)
report-round = Round { $round }
report-channel-keyboard = ballots at the keyboard
report-channel-hands = show of hands
report-channel-room = phones in the room
report-rounds = Rounds
report-rounds-intro = Statements the group voted on again after the discussion, round by round (a same-day Delphi). Each round is a vote of its own and is shown on its own by the same rules as a single one: no figure is made from two rounds together, and a round with too few answers is not shown. { UPPER_FIRST(WORD($words, "the-one")) }'s figures above rest on the latest round that shows each statement.
report-round-withheld = too few answers to show
report-round-how = How
report-round-heading = Round
report-shift = Shift
report-agreed-after-round = The agreed score was set after round { $round }.
report-shift-consensus-rose = consensus rose from { $from } to { $to }
report-shift-consensus-fell = consensus fell from { $from } to { $to }
report-shift-consensus-held = consensus stayed at { $value }
report-shift-median-rose = the median rose from { $from } to { $to }
report-shift-median-fell = the median fell from { $from } to { $to }
report-shift-median-held = the median stayed at { $value }
# CSV: the rounds' rows and the two columns only a file with rounds has.
csv-section-round = round
csv-col-round = round
csv-col-channel = channel
# CSV: the agenda's rows and the columns only a file with an agenda has.
csv-section-agenda = agenda
csv-col-agenda-order = item_number
csv-col-agenda-part = item_kind
csv-col-agenda-part-id = item_id
csv-col-agenda-item = agenda_item
csv-col-planned-minutes = planned_minutes
csv-col-extended-minutes = extended_minutes
csv-col-used-minutes = used_minutes
# CSV: the alternatives' rows and the columns only a file on a model with alternatives has.
csv-section-alternative = alternative
csv-col-alternative-id = alternative_id
csv-col-alternative = alternative
csv-col-chosen = chosen
csv-col-reason = reason
csv-col-measure-index = measure_index
csv-col-measure = measure
csv-col-earlier-choice = earlier_choice
# CSV: the phases' rows and the columns only a file on a model with phases has.
csv-section-vote = vote
csv-col-workshop-count = workshop_count
csv-col-workshop-total = workshop_answers
csv-col-reference-asked = report_question
csv-col-reference-asked-source = report_question_source
csv-col-vote-round = vote_round
csv-col-votes = votes
csv-col-vote-share = vote_share_percent
csv-col-votes-shown = votes_shown
csv-section-area = area
csv-col-area-id = area_id
csv-col-area = area
csv-col-phase-id = phase_id
csv-col-phase = phase
csv-col-note = note
csv-col-earlier-phases = earlier_phases

## method

method-heading = Method appendix
method-scale = Scale

## csv

csv-challenge = challenge
csv-statement = statement

## html

html-challenges-intro = { UPPER_FIRST(WORD($words, "score")) } 0–100 (low below 40, moderate 40–69, high from 70). The agreed score takes precedence over the computed one.
html-statements-intro = Answers per value and statement; don't know is counted apart.
html-circle-intro = Nodes show { WORD($words, "score") } (number and word), links strength √(sevₐ · sev_b): the stronger, the thicker. Strength measures how high both ends were scored, not the link itself.
html-strongest = strongest
html-recommendations-intro = Within each principle ranked by relevance: the mean { WORD($words, "score") } of the { WORD($words, "many") } klarhet has mapped them to. The report orders the recommendations by principle; the mapping to { WORD($words, "many") } is klarhet's reading.
html-adopted = adopted
html-high = high
html-moderate = moderate
html-low = low
html-severity-per-challenge = { UPPER_FIRST(WORD($words, "score")) } per { WORD($words, "one") }
html-strength-links = Strength of the links
html-dont-know-short = dk
html-statement-short = St.
html-distribution-answers = Distribution of answers
html-mean-per-role-challenge = Mean per group and { WORD($words, "one") }
html-axis-mean = Mean on the scale { $min }–{ $max }
html-compare-figure = { UPPER_FIRST(WORD($words, "score")) } then and now per { WORD($words, "one") }
html-compare-figure-intro = Ring: the { WORD($words, "score") } then; dot: now, on the scale 0–100. The numbers are written beside them and in the table below.
html-compare-row = { $name }: then { $then }, now { $now }

## compare

compare-comparison = Comparison
compare-level = level
compare-no-longer-plan = no longer in the plan
compare-severity-then = { UPPER_FIRST(WORD($words, "score")) } then
compare-now = now
compare-change = change
compare-consensus-then = Consensus then
compare-effect-goal = Effect goal
compare-status-then = Status then
compare-status-now = Status now
compare-plan-none = The earlier session had no action plan.
compare-then = Then
compare-now-heading = Now
compare-legend = ▲ up, ▼ down, → about the same. Lower { WORD($words, "score") } is better; higher consensus means the group agrees more. The participants may differ between the two; only aggregated answers are compared.
compare-previous-plan = Last time's action plan
# What changed in the model's statements between the two sessions (matched by id).
compare-statements-heading = Statements changed between the model versions
compare-statements-lead = The earlier session was made with the model { $then }, the later one with { $now }. The figures for a reworded statement do not answer the same question then and now.
compare-statement-added = New: { $id }, “{ $text }”
compare-statement-removed = Removed: { $id }, “{ $text }”
compare-statement-reworded = Reworded: { $id }, then “{ $then }”, now “{ $now }”

## role

role-group-merged = others (merged)

## status

status-planned = planned
status-started = started
status-done = done
status-paused = paused

## agreement

agreement-samstammigt = in agreement
agreement-delat = divided
agreement-splittrat = split

## The discussion queue (issue 27): why a row is in the queue, never naming a person

# low and high are shares in per cent, low_end and high_end the scale's ends, e.g. "1–2".
queue-reason-extremes = { $low } at { $low_end } and { $high } at { $high_end }
# high and low are role groups, high_mean and low_mean their means.
queue-reason-groups = { $high } { $high_mean } against { $low } { $low_mean }
queue-reason-unknown = don't know { $share }
# agreed and computed are severities 0–100.
queue-reason-agreed = agreed { $agreed_score } against computed { $computed }
# The queue's reasons on a categorical scale (issue 28): first/second are
# shares, first_option/second_option the options' labels from the model.
queue-reason-split = { $first } { $first_option } and { $second } { $second_option }
# option is an answer option, high and low role groups, high_share and low_share their shares.
queue-reason-shares = { $option }: { $high } { $high_share } against { $low } { $low_share }

## The discussion queue (issue 27): the screen

tui-step-queue = Discussion
tui-queue-title = What most needs discussion
tui-queue-key-to-queue = the discussion queue: what most needs talk
tui-queue-short-to-queue = discuss
tui-queue-key-open = open the row: its results
tui-queue-short-open = open
tui-queue-key-discussed = mark the row discussed, or undo
tui-queue-short-discussed = discussed
tui-queue-key-note = write a note on the row
tui-queue-short-note = note
tui-queue-key-save-note = save the note
tui-queue-key-next-row = next or previous row of the queue
tui-queue-short-next-row = row
tui-queue-key-back-to-list = back to the queue
tui-queue-short-list = queue
# n is the row's place in the queue, total how many rows the queue has.
tui-queue-row-of = Row { $n } of { $total }
tui-queue-discussed = discussed
tui-queue-totals = { $rows ->
    [one] One row in the queue
   *[other] { $rows } rows in the queue
    }, { $discussed ->
    [one] one discussed
   *[other] { $discussed } discussed
    }.
tui-queue-empty = Nothing shown so far meets any of the queue's rules: low consensus, answers at both ends of the scale, groups far apart, many don't know, or an agreed score far from the computed one. The rules are in the help (?).
tui-queue-note = Note
tui-queue-no-note = No note yet (e writes one).
# challenge is the challenge's name.
queue-whole-challenge = { $challenge } (the whole { WORD($words, "one") })
# Shown in the help (?) under the keys. gap is the role groups' threshold (1.0 on 1–5), low_end and high_end the scale's ends.
queue-rule = The queue takes what has been shown, never one person's answers. A row joins when at least one rule holds, and its score is the sum of what the rules add: consensus below 0.6 (Tastle & Wierman 2007) adds 1 − Cns; at least a third of the answers at { $low_end } and at least a third at { $high_end } (after the RAND/UCLA method, Fitch et al. 2001) adds twice the smaller share; two groups at least { $gap } apart add the difference / { $width }; at least 25% don't know adds the share; an agreed { WORD($words, "score") } at least 25 from the computed one adds the difference / 100. Highest score first; equal scores keep the model's order. The thresholds other than Tastle & Wierman's measure and RAND/UCLA's third are klarhet's.
# The same rule, short, for the help (?) at 80 columns.
tui-queue-rule-short = The queue's rule (a row with at least one reason; score = the sum): consensus < 0.6 (Tastle & Wierman 2007): + 1 − Cns · at least ⅓ at { $low_end } and ⅓ at { $high_end } (RAND/UCLA, Fitch et al. 2001): + 2 × the smaller share · groups at least { $gap } apart: + difference / { $width } · at least 25% don't know: + the share · agreed at least 25 from computed: + difference / 100. The thresholds other than Cns and ⅓ are klarhet's.

## demo

demo-companies-see-clearer-imbalance = The companies see a clearer imbalance than the politicians and the management. The group agreed on a severity of 50 and that the discussion of trust and control must go on in the owner dialogue.
demo-everyone-recognises-many-governing = Everyone recognises the many governing documents without concrete goals, but the group settled on 75: in digitalisation and IT there is too little governance rather than too much.
demo-demographic-trend-deficit-budget = The demographic trend and the deficit budget make the threat concrete; digitalisation is still seen mostly as a way to gain efficiency.
demo-word-digitalisation-means-different = The word digitalisation means different things in different departments: a system change, e-services or savings. Proposal: the municipal executive board adopts a shared definition.
demo-several-did-not-know = Several did not know how the owner directives govern the companies' part in the shared infrastructure. That is a knowledge gap to raise with the parent company.
demo-pilots-start-locally-but = Pilots start locally but are rarely rolled out widely. Nobody follows up what it costs not to.
demo-number-governing-documents-force = The number of governing documents in force is down by a third, and each remaining document states which overarching goal it serves.
demo-municipal-director = The municipal director
demo-every-development-initiative-above = Every development initiative above SEK 200,000 is in one shared portfolio that the management group prioritises by group-wide benefit.
demo-head-digitalisation = The head of digitalisation
demo-every-finished-pilot-reports = Every finished pilot reports a calculation of the opportunity cost of not rolling it out widely.
demo-finance-director = The finance director
demo-owner-dialogue-with-companies = The owner dialogue with the companies has a shared description of what reliable governance means: mandates, follow-up and room to act.
demo-chair-municipal-executive-board = The chair of the municipal executive board
demo-dimios-run-across-whole = DiMiOS is run across the whole municipal group every year, and the results are discussed in a forum of departments and companies.
demo-inventory-governing-documents-has = The inventory of governing documents has left fewer and clearer ones, but the goals are not yet broken down everywhere.
demo-executive-board-has-retired = The executive board has retired a third of the governing documents.
# The talk after the demo's reveals: the queue's rows and the second round (src/demo/talk.rs).
demo-topic-mandates = No one could say who decides on shared systems. After the talk the politicians and the management too saw that the mandates are unclear; the group voted again.
demo-topic-views = The politicians mean following up goals, the companies scrutinising decisions. Once the difference was said, more agreed with the statement; the group voted again.
demo-topic-owner-directives = Few in the room have read the owner directives. The management brings them to the next meeting, so that the statement can be judged then.

## Ballots with the same answer to every statement (issue 27: src/model/careless.rs, the reveal, the method appendix)

# straight is how many ballots, ballots how many ballots the round shows.
careless-count = { $straight } of { $ballots } { $ballots ->
        [one] ballot
       *[other] ballots
    } gave the same answer to every statement
careless-left-out = left out of the figures
# The reveal's side panel, one line at 80 columns: careless-count said short.
tui-careless-count = { $straight } of { $ballots }: one answer to all
tui-careless-key = leave out or take in ballots with one answer throughout
tui-short-careless = same answer
# round is the round's number, count a careless-count. Under the challenge's table, when they were left out.
report-careless-left-out = Round { $round }: { $count }; they are left out of the figures above.
method-careless-heading = Ballots with the same answer to every statement
# count is the fewest ballots shown together.
method-careless-rule = The report names careless respondents as something to follow when DiMiOS is used over time (section 4.1). When a ballot is sealed, klarhet counts whether it gave the same value on the scale to every statement of its round. A ballot of don't know throughout does not count (don't know is kept apart from the scale and read as a gap in knowledge), nor does one that skipped a statement, and a round of a single statement never counts. While the ballots wait, the count is never saved, only held in memory, so a round that waited while klarhet was closed is not counted. They are counted as a group, by the rules a group is shown by: the count is shown only for a round revealed in one step, when at least { $count ->
        [one] { $count } ballot
       *[other] { $count } ballots
    } gave the same answer throughout and at least as many did not; otherwise nothing about them is kept or said, since the count, set beside who skipped what, could give someone's answer away. Only the count is shown, never which ballot. The facilitator may leave them out of a round's figures; no group is then shown for that round, since whose the ballots were is not known. The rule and its thresholds are klarhet's.
# challenge is the challenge's name, round the round's number, count a careless-count.
method-careless-round = { $challenge }, round { $round }: { $count }

## The report's method appendix

# After the scale's values: "; don't know is counted apart".
method-counted-apart = { $option } is counted apart
# d is the width of the scale (max − min).
method-scale-width = For this scale, d = { $d }.
# The method appendix's rules of the model's scales (issue 28); id is the scale's id in the model.
method-scale-named = Scale { $id }
method-scale-ordinal = On the scale { $id } consensus is computed with d = { $d }, the extremes are { $low_end } and { $high_end }, two groups are far apart at { $gap }, and a statement's { WORD($words, "score") } is (mean − { $min }) / { $d } · 100.
method-scale-strength = The scale { $id } has its high end as a strength: for the { WORD($words, "score") } an answer v counts as { $min } + { $max } − v, so that a high answer gives a low value. Distributions, medians and means are shown as answered.
method-scale-categorical = The scale { $id } is categorical: each option is shown with its count and share of n in the model's order, and no median, mean, consensus or { WORD($words, "score") } is computed on it; its statements affect neither the { WORD($words, "score") } nor the ranking. The queue takes in a statement on it when no option has more than half of n and two have at least a third each, when two shown groups' shares of one option differ by at least 25 percentage points (a group is shown only when every group that answered has at least as many answers as the smallest group size), or at 25 % don't know or more. The thresholds are klarhet's.
method-scale-reverse = { $count ->
        [one] One statement is reverse-coded: agreeing points the other way than its scale's high end says, so for the { WORD($words, "score") } its answers count from the other end.
       *[other] { $count } statements are reverse-coded: agreeing points the other way than their scale's high end says, so for the { WORD($words, "score") } their answers count from the other end.
    }
method-made-with = Made with klarhet { $version }.
method-distribution = Distribution: answers per value. n is the number of answers on the scale; don't-know share = don't know / (n + don't know).
method-quartiles = Median and quartiles: linear interpolation between sorted answers (the method of Excel's QUARTILE.INC); IQR = Q3 − Q1.
method-consensus = Consensus (Tastle & Wierman 2007): Cns = 1 + Σ pᵢ · log₂(1 − |Xᵢ − μ| / d), where pᵢ is the share of answers at value Xᵢ, μ the mean and d the width of the scale. Cns = 1 when everyone answers alike and 0 when the answers split evenly between the ends of the scale. In agreement ≥ 0.8; divided 0.6–0.8; split < 0.6 (the formula is Tastle & Wierman's, the bands are klarhet's).
method-severity = { UPPER_FIRST(WORD($words, "score")) } of a { WORD($words, "one") }, 0–100: (mean of the statements' means − min) / (max − min) · 100. An agreed score is converted the same way and takes precedence over the computed one.
method-knowledge-gap = Knowledge gap: a don't-know share of at least { $share } on any statement. Don't know is read as a sign of gaps in knowledge, not as noise.
method-role-difference = Group difference: the mean per group (the mean of the group's statement means). Two groups that differ by at least { $threshold } (a quarter of the scale's width) are flagged.
method-link-strength = Link strength: √(sevₐ · sev_b) for the link from a to b. It measures how high both ends were scored, not the link itself: it says nothing about how strongly a actually creates the conditions for b. Strength of the circle: the geometric mean of every { WORD($words, "one") }'s { WORD($words, "score") }.
method-relevance = Relevance of a recommendation: the mean { WORD($words, "score") } of the { WORD($words, "many") } it is mapped to, each rounded to a whole number as this self-assessment shows it. A mean and not a sum, so that a recommendation does not rank higher merely for being mapped to more { WORD($words, "many") }. Recommendations are ranked within each principle; equal relevance keeps the model's order.
method-uncertain = Uncertain basis ({ $mark }): a { WORD($words, "score") } is marked when any of { WORD($words, "the-one") }'s shown statements has at least { $share } don't know or fewer than { $few ->
        [one] { $few } answer
       *[other] { $few } answers
    } on the scale, and a relevance or a link is marked when it rests on { WORD($words, "source") ->
        [default] such a severity
       *[model] such a marked value
    }. The report on Trollhättan (Lindroth, Torell & Magnusson 2023) reads questions with many don't-know answers with great caution. The limit of { $few ->
        [one] { $few } answer
       *[other] { $few } answers
    } is klarhet's choice: with so few answers one person's judgement can move the figure a lot. It does not apply to a self-assessment, which is one person's judgement and not a sample of a group.
method-from-source-heading = What comes from the report
method-own-heading = What is klarhet's own
method-formulas-heading = Formulas
method-from-source = From the report come { $challenges ->
        [one] { $challenges } { WORD($words, "one") }
       *[other] { $challenges } { WORD($words, "many") }
    }, { $principles ->
        [one] { $principles } principle
       *[other] { $principles } principles
    } and { $recommendations ->
        [one] { $recommendations } recommendation
       *[other] { $recommendations } recommendations
    }. The report does not give the steps under the recommendations as steps: klarhet wrote each from the place in the report that the step names, and which recommendation a step stands under is klarhet's choice.
method-from-source-circle = From the report also comes the circle: that each challenge creates the conditions for the next, in the order shown ({ $source }). The report gives the circle and its order but does not measure the links or point out where the circle is best broken.
method-from-source-levels = From the report also come the levels: { $levels } ({ $source }).
method-from-source-texts = Each such text, and each statement and link, names the section it rests on. The texts are klarhet's own wording of the report's content, not quotations.
method-source-measures-nothing = The report measures none of what klarhet computes: every figure here comes from the group's own answers.
method-readings = { $count ->
    [one] For one link the report gives only the order, and how one challenge creates the conditions for the next is klarhet's reading: { $links }.
   *[other] For { $count } links the report gives only the order, and how one challenge creates the conditions for the next is klarhet's reading: { $links }.
    }
# origin is all (every statement is klarhet's, as in a format-1 model), some or none; own is how many go beyond the report.
method-own-statements = { $origin ->
        [all] The statements ({ $count }): the report asks no questions. klarhet has written the statements from the report's description of each { WORD($words, "one") }, and each statement names its section.
        [some] The statements ({ $count }): { $own } of them go beyond the report and are written from its description of each { WORD($words, "one") }; the others rest on the report's own questions or statements. Each statement names its section.
       *[none] The statements ({ $count }) rest on the report's own questions or statements, and each statement names its section.
    }
method-own-scale = The answer scale { $min }–{ $max } with don't know kept apart, and { WORD($words, "score") } 0–100.
method-own-mapping = Which { WORD($words, "many") } each recommendation addresses: the report orders the recommendations by principle, and the mapping to { WORD($words, "many") } is klarhet's reading of the passages in the report that the recommendation's steps rest on.
method-own-ranking = The strength of the links and of the circle, the relevance, and the ranking of the recommendations within each principle: the report computes none of them.
method-own-thresholds = The thresholds: a knowledge gap at { $share } don't know or more, an uncertain basis below { $few ->
        [one] { $few } answer
       *[other] { $few } answers
    }, the consensus bands, a group difference of at least { $threshold }, and that groups below { $count ->
        [one] { $count } respondent
       *[other] { $count } respondents
    } are not shown.
method-own-notes = Where klarhet interprets the report, or where the report is unclear, it says so as klarhet's note.

# About the evidence: what the study behind the model is (one case, a number of
# interviews), from the model's caveats. Shown on the model screen, first in the
# method appendix and in the speaker notes for the model step. source is the
# section of the report, or what one of klarhet's own caveats is built on.
method-caveats-heading = About the evidence
caveat-own = klarhet's caveat, based on { $source }
tui-caveats-title = About the evidence
notes-caveats = About the evidence
# The method appendix for a model without links or recommendations (issue 28:
# structure is optional): only what the model has is named.
method-from-source-challenges = From the report come { $challenges ->
        [one] { $challenges } { WORD($words, "one") }
       *[other] { $challenges } { WORD($words, "many") }
    }.
method-own-ranking-links = The strength of the links: the report does not compute it.
method-own-ranking-recommendations = The relevance and the ranking of the recommendations: the report computes none of them.
method-from-source-texts-unlinked = Each such text, and each statement, names the section it rests on. The texts are klarhet's own wording of the report's content, not quotations.
method-uncertain-severity = Uncertain basis ({ $mark }): a { WORD($words, "score") } is marked when any of { WORD($words, "the-one") }'s shown statements has at least { $share } don't know or fewer than { $few ->
        [one] { $few } answer
       *[other] { $few } answers
    } on the scale. The report on Trollhättan (Lindroth, Torell & Magnusson 2023) reads questions with many don't-know answers with great caution. The limit of { $few ->
        [one] { $few } answer
       *[other] { $few } answers
    } is klarhet's choice: with so few answers one person's judgement can move the figure a lot. It does not apply to a self-assessment, which is one person's judgement and not a sample of a group.
report-few-answers = few answers
report-uncertain = uncertain basis
report-uncertain-legend = { $mark } after a figure: an uncertain basis. At least one statement has { $share } don't know or more, or fewer than { $few ->
        [one] { $few } answer
       *[other] { $few } answers
    } on the scale; read the figure with caution (the thresholds are klarhet's).
# parts are challenges with their severities, e.g. "inequality 57, threat 75".
report-relevance-of = { $count ->
    [one] { $parts }
   *[other] mean of { $parts }
    }
report-relevance-none = nothing it rests on is assessed yet
report-klarhet-note = klarhet's note
method-individual-answers = Individual answers are never shown: this self-assessment is built from aggregated answers only.
method-disclosure = Disclosure control, as statistical offices apply it to tables (Statistics Sweden's protection methods for disclosure control: suppressing and aggregating cells; Hundepool et al., Statistical Disclosure Control, Wiley 2012, on which the R package sdcTable builds). The threshold rule, primary suppression: no distribution, mean or count per group is shown for fewer than { $count ->
        [one] { $count } respondent
       *[other] { $count } respondents
    }. Secondary suppression: a hidden group must not be derivable as the whole minus the groups shown, so the smallest shown group is merged with the hidden ones until together they are at least { $count }. Reveals in steps: a statement shows new answers only once at least { $count ->
        [one] { $count } has come in
       *[other] { $count } have come in
    } since it was last shown, so that two reports never differ by one person's answers, and a { WORD($words, "one") } revealed in more than one step shows no groups. Merging rather than suppressing more cells, and revealing in steps, are klarhet's own choices. What the rules cannot hide: if everyone in a group answers alike, that shows, since it is the group's answer. That includes what a member knows: one of three, knowing their own answer, learns the other two's when those two answered alike.

## The reports' sentences with values

# In the reports and on the participants screen; count is the smallest role group shown (at least 3).
report-privacy-note = A statement that fewer than { $count } answered is not shown at all. Groups with fewer than { $count ->
        [one] { $count } respondent
       *[other] { $count } respondents
    } are merged into “others”; if that group is still too small, the smallest shown group is merged in too, so that no group can be worked out as the whole minus the others.
report-waiting = { $count ->
    [one] One answer has been counted but not revealed yet, and is not included above.
   *[other] { $count } answers have been counted but not revealed yet, and are not included above.
    } They are shown once enough have come in that the difference shows no one's answer.
report-withheld = not shown (fewer than { $count ->
        [one] { $count } ballot
       *[other] { $count } ballots
    } counted and revealed)
report-self-assessment-one = Self-assessment of one person: every answer is shown, since no one else's answers need protecting.
# from and to are the challenges' names in lower case, strength a whole number 0–100.
report-circle-ask = Of the circle's links, the one from { $from } to { $to } has the highest strength ({ $strength }). Strength measures how high both ends were scored, not the link itself. The report describes how { $from } creates the conditions for { $to } ({ $source }). Is this where you want to start?
report-circle-ask-reading = Of the circle's links, the one from { $from } to { $to } has the highest strength ({ $strength }). Strength measures how high both ends were scored, not the link itself. That { $from } comes before { $to } is the report's order ({ $order }); how one creates the conditions for the other is klarhet's reading. Is this where you want to start?
report-circle-tie = { $count ->
        [one] { $count } link shares
       *[other] { $count } links share
    } the highest strength ({ $strength }): { $links }. Strength measures how high both ends were scored, not the links themselves, so it singles none of them out. Where do you want to start?

## The CSV export

# The column headings: words joined by underscores instead of spaces, so they
# work as column names in Excel, pandas and DuckDB without quoting. Each says
# what its number is: "number_of_answers" counts answers, not people.
csv-col-section = section
csv-col-organisation = organisation
csv-col-kommunkod = municipality_code
csv-col-date = date
csv-col-session-id = session_id
csv-col-challenge-id = challenge_id
csv-col-challenge = challenge
csv-col-statement-id = statement_id
csv-col-statement = statement
csv-col-n = number_of_answers
csv-col-dont-know = number_of_dont_know_answers
csv-col-dont-know-share = share_of_dont_know_answers
csv-col-median = median
csv-col-mean = mean
csv-col-iqr = interquartile_range
csv-col-consensus = consensus
csv-col-min-consensus = lowest_consensus
csv-col-consensus-word = consensus_in_words
csv-col-severity = severity
csv-col-computed = computed_severity
csv-col-agreed = agreed_severity
csv-col-knowledge-gap = knowledge_gap
csv-col-withheld = too_few_answers_to_show
csv-col-uncertain = uncertain_basis
csv-col-source = source
# One column per scale value with the number of answers at that value.
csv-col-count = number_of_answers_{ $value }
# Columns for a model's other scales (issue 28): scale is the scale's id, value a value on it.
csv-col-scale-count = number_of_answers_{ $scale }_{ $value }
csv-col-scale-share = share_{ $scale }_{ $value }
csv-col-role-id = role_group_id
csv-col-role = role_group
csv-col-role-mean = role_group_mean
csv-col-recommendation-id = recommendation_id
csv-col-recommendation = recommendation
csv-col-effect-goal = effect_goal
csv-col-owner = owner
csv-col-due = due
csv-col-status-id = status_id
csv-col-status = status
# Which section a row belongs to (the first column).
csv-section-role-mean = role_mean
csv-section-action = action_plan
csv-yes = yes
csv-no = no

## Errors in files (models, sessions, themes)

# kind is a fixed key: challenge, statement, principle, recommendation, assessment or participant.
problem-syntax = the file could not be read: { $detail }
syntax-eof = the file ends too soon
syntax-expected = expected { $token }
syntax-expected-struct = expected { $name }(…)
syntax-struct-name = expected { $expected }(…), found { $found }(…)
syntax-struct-name-missing = expected the name { $name } before the parenthesis
# count is how many fields (or values) there are; expected lists them.
syntax-unknown-field = unknown field "{ $found }"; { $count ->
        [0] there are no fields here
       *[other] the fields are { $expected }
    }
syntax-missing-field = the field "{ $field }" is missing
syntax-duplicate-field = the field "{ $field }" is given twice
syntax-unknown-variant = unknown value "{ $found }"; { $count ->
        [0] there are no values here
       *[other] the possible values are { $expected }
    }
# expected is one of syntax-kind, found one of syntax-found.
syntax-wrong-type = expected { $expected }, found { $found }
syntax-wrong-length = expected { $expected }, found { $count ->
        [0] no values
        [one] one value
       *[other] { $count } values
    }
syntax-out-of-range = the number is too large or too small for its place
syntax-invalid-digit = "{ $digit }" is not a digit in base { $base }
syntax-underscore = an underscore is in the wrong place in the number
syntax-invalid-escape = a \ in the string starts no valid escape (write \\ for a backslash)
syntax-no-such-extension = RON has no extension named { $name }
syntax-unclosed-comment = the comment is never closed (a /* without */)
syntax-unexpected-char = the character "{ $char }" does not belong here
syntax-invalid-identifier = "{ $name }" cannot be a name
syntax-not-utf8 = the text is not UTF-8
syntax-too-deep = the values are nested too many levels deep
syntax-trailing = text after the end of the document
syntax-duplicate-key = the key { $key } is given twice in the same map; one of them would be lost
syntax-unknown-language = unknown language "{ $found }"; the languages are { $known }
syntax-missing-translation = the text has no "{ $code }": every text of the model is in each of the model's languages (the field languages, sv and en where it is missing)
syntax-extra-translation = the text is in "{ $found }", which is not one of the model's languages ({ $known }); add it to the field languages or remove the text
syntax-not-a-date = "{ $value }" is not a date; write it as YYYY-MM-DD, for example 2026-11-22
date-no-such-day = { $date } does not exist: { $month } has { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
date-no-such-month = { $date } does not exist: the months are 01–12
syntax-unreadable = the text cannot be read here
# token is a fixed key for the character or value that was expected.
syntax-token = { $token ->
        [string] a string in double quotes
        [string-end] a closing double quote
        [integer] a whole number
        [number] a number
        [boolean] true or false
        [list] a list, [
        [list-end] the end of a list, ]
        [map] a map, {"{"}
        [colon] a colon
        [map-end] the end of a map, {"}"}
        [comma] a comma
        [identifier] a name
        [option] Some(…) or None
        [struct] a parenthesis, (
        [struct-end] a closing parenthesis, )
        [unit] ()
        [char] a character in single quotes
        [byte] a byte in single quotes, b'…'
        [attribute] #![enable(…)]
        [attribute-end] )] after #![enable(…
        [range] .. or ..=
       *[value] a value
    }
# kind is a fixed key for a kind of value; name is the type's name in the file (for struct and variant).
syntax-kind = { $kind ->
        [struct] { $name }(…)
        [variant] one of the values of { $name }
        [integer] a whole number
        [number] a number
        [text] a string in double quotes
        [char] a character in single quotes
        [boolean] true or false
        [list] a list, [
        [map] a map, {"{"}
        [option] Some(…) or None
        [unit] ()
        [identifier] a name
        [language] a language code such as sv or en
        [date] a date, YYYY-MM-DD
       *[value] a value of another kind
    }
# kind is a fixed key for what stood in the file; value is what stood there.
syntax-found = { $kind ->
        [boolean] { $value }
        [number] the number { $value }
        [char] the character '{ $value }'
        [text] the string "{ $value }"
        [bytes] a byte string
        [unit] ()
        [option] Some(…) or None
        [struct] a parenthesis
        [list] a list
        [map] a map
        [variant] a named value
       *[value] something else
    }
# words are the model's words for its dimensions (WORD, src/text/words.rs), when kind is challenge, and in problem-addresses-nothing … problem-without-source.
problem-duplicate-id = { $kind ->
        [option] value { $id } is used twice on the scale; every value must be unique
       *[other] id "{ $id }" is used twice ({ $kind ->
            [challenge] { WORD($words, "one") }
           *[other] { $kind }
        }); every id must be unique
    }
problem-dangling-id = unknown id "{ $id }": expected { $kind ->
        [step] a step of the workshop (setup, participants, model, scoring, queue, circle, recommendations, plan, level or summary)
        [agenda] the id of an agenda in the model
        [agenda-item] an item of the session's agenda
        [scale] a scale of the model
        [measure] a measure of one of the model's alternatives (the alternative's id/the measure's place among its measures, from 0)
        [alternative] an alternative of the model
        [action] an action in the action plan
        [phase] a phase of the model
        [area] an area the model suggests or the session added
       [language] language
        [challenge] the id of an existing { WORD($words, "one") }
       *[other] the id of an existing { $kind }
    }
problem-empty-id = empty { $kind ->
        [challenge] { WORD($words, "one") }
       *[other] { $kind }
    } id
problem-addresses-nothing = recommendation "{ $id }" addresses no { WORD($words, "one") }: expected at least one id in addresses
# detail is one of problem-cycle-…
problem-broken-cycle = the circle does not visit every { WORD($words, "one") } exactly once: { $detail }
problem-cycle-left-twice = "{ $id }" is left twice
problem-cycle-entered-twice = "{ $id }" is entered twice
problem-cycle-not-on-circle = "{ $id }" is not on the circle
problem-cycle-closes-early = the links close a loop after { $count ->
        [one] 1 { WORD($words, "one") }
       *[other] { $count } { WORD($words, "many") }
    }, before visiting all
problem-no-challenges = the model has no { WORD($words, "many") }
problem-no-languages = the field languages is empty: give the languages the model's texts are in, such as ["sv"] or ["sv", "en"]
# The model's format and words (issue 28). found and newest are format numbers; field is a field name of the model file.
problem-unknown-format = the model is in format { $found }, but this klarhet reads at most format { $newest }: update klarhet, or write the model in a format it reads
problem-missing-field = the field { $field } is missing: format { $format } requires it
# The model's words for its dimensions and their score, when the model gives none (terms): the Halmstad report's words.
terms-default-one = challenge
terms-default-many = challenges
terms-default-the-one = the challenge
terms-default-the-many = the challenges
terms-default-score = severity
problem-no-statements = { WORD($words, "one") } "{ $id }" has no statements
problem-repeated-link = link { $from } → { $to } is a self-link or given twice
problem-link-without-source = link { $from } → { $to } has no source: say where in the report it comes from
problem-without-source = { $kind ->
        [challenge] { WORD($words, "one") }
       *[other] { $kind }
    } { $id } has no source: say where in the report it comes from
problem-stale-journal = the journal continues an earlier version of the session file, so nothing is added to it; the session is saved whole instead
problem-torn-journal = the journal ends with a record cut off by a failed write, so nothing is written after it; the session is saved whole instead
problem-damaged-record = this record of the journal is damaged: its checksum does not match what was written
problem-unknown-journal = this line does not begin a klarhet journal (or begins one of a newer klarhet)
problem-level-not-rising = level { $level } must be higher than the level before it
problem-no-levels = the ladder has no levels
# Groupings (issue 28): a participant's line in a session file starts with their group's id.
problem-bad-group-id = the group id "{ $id }" must be one word of letters, digits and _ starting with a letter: no spaces or other characters
problem-empty-grouping = the grouping "{ $id }" has no groups: give at least one
problem-two-groups = a participant can be in only one group of the grouping "{ $grouping }"
problem-closed-grouping = the grouping "{ $grouping }" takes no groups of the session's own: the model keeps it closed
problem-breakdown-fixed = results have already been shown broken down by a grouping; changing it now could give away individual answers
# Open prompts, phases, alternatives and reference figures in a model (issue 28).
# steps are the workshop's steps, separated by commas; again is twice or missing;
# field is n, population or caution; share and percent are percentages with one decimal.
problem-empty-prompt-set = the prompt set "{ $id }" has no prompts: expected at least one in prompts
problem-prompt-after = the prompt set "{ $id }" comes after "{ $after }", which is not a step of this model's workshop; its steps are { $steps }
problem-prompt-loop = the prompt set "{ $id }" comes after a prompt set that in turn waits for it, so none of them is reached: let the chain start at one of the workshop's own steps
problem-no-phases = the phases have no phase: expected at least one in steps
problem-no-aspects = the phases have no aspects to describe each phase by: expected at least one in aspects
problem-phase-aspect = the phase "{ $phase }" { $again ->
        [twice] gives the aspect "{ $aspect }" twice
       *[missing] lacks the aspect "{ $aspect }"
    }: every phase is described under every aspect exactly once
problem-too-few-alternatives = the alternatives need at least two to choose between
problem-no-alternatives = the model has no alternatives to choose between
problem-choice-without-reason = the choice of the alternative "{ $alternative }" has no reason: write why the group chooses it
problem-no-phases-to-place = the model has no phases to place anything in
problem-area-name-taken = there is already an area named "{ $name }": give the new one another name, or place the one there is
problem-bad-area-id = the area id "{ $id }" must be one word of letters, digits and _ starting with a letter: no spaces or other characters
problem-no-measures = the alternative "{ $id }" has no measures: expected at least one in measures
problem-action-of-two = an item of the action plan carries out both the recommendation "{ $recommendation }" and the measure "{ $measure }": each item carries out one thing, so remove recommendation or measure
problem-reference-incomplete = the reference "{ $id }" lacks { $field ->
        [n] n, the number who answered (above 0): a figure that counts answers cannot be checked against its percentage without it
        [population] its population: a figure from the report is shown only with whom it concerns
        [asked] the words of the report's question (asked) in one of the model's languages: the question is shown only as the report asked it, or leave out asked
       *[caution] its caution: a figure from the report is always shown with the report's reservations
    }
problem-reference-date = "{ $value }" is not a time the data were collected: write YYYY, YYYY-MM or YYYY-MM-DD, two of them joined by / (2019-11/2019-12), or None if the report does not say
problem-percent-range = { $percent } % is not between 0 and 100
problem-figure-mismatch = { $count } of { $n } = { $share } %, not { $percent } %
problem-figures-dont-sum = the figures cover every answer of the scale, but their sum is { $sum }, not n = { $n }
problem-already-written = this participant has already written their answers to "{ $set }": each writes once
problem-too-many-answers = too many answers to the prompt "{ $prompt }": at most { $max } { $max ->
        [one] answer
       *[other] answers
    } per participant
problem-answer-too-long = an answer to the prompt "{ $prompt }" is too long: at most { $max } { $max ->
        [one] character
       *[other] characters
    }
problem-no-theme-name = a theme needs a name
problem-already-picked = this participant has already voted here: each votes once
problem-reopen-needs-shown = a vote is taken again only once its votes are shown and none wait: show the votes first
problem-voters-over-count = the file names more voters in a vote than it counts votes
problem-writers-over-count = the file names more writers of "{ $set }" than it counts
problem-answers-over-writers = the file has more answers to the prompt "{ $prompt }" than its writers may give
problem-answer-not-kept = an answer to the prompt "{ $prompt }" is not as klarhet keeps answers: empty, counted no times, or with control characters or repeated spaces
problem-agenda-minutes = { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }: an agenda item is planned at 1–{ $most } { $most ->
        [one] minute
       *[other] minutes
    }
problem-empty-agenda = the agenda "{ $id }" has no items: expected at least one in items
problem-notes-without-source = the speaker notes for { $of } have a text without a source: say where in the report it comes from (a question that goes beyond the report is marked own: true and says what it builds on)
problem-notes-unknown-step = speaker notes for a step the workshop does not have: "{ $step }"; the steps are { $steps }
problem-notes-repeated-step = the step "{ $step }" already has speaker notes: keep them in one place
problem-scale-too-short = the scale needs at least two options
problem-scale-not-rising = scale values must rise strictly from the first option to the last
# Scales belong to the model (issue 28): a categorical scale has no order and
# no mean, so it can neither be reversed nor carry an agreed score.
problem-scale-reverse-categorical = statement "{ $id }" cannot be reversed: its scale is categorical and has no order
problem-scale-agreed = "{ $id }" has statements on an ordered scale but a categorical scale of its own: the group's agreed score needs an ordered scale
problem-scale-no-agreed-score = "{ $id }" has only statements on categorical scales and so no agreed score; write a note instead
problem-agreed-off-scale = agreed score { $score } for "{ $id }" is not on the scale
# answer is a value, or unknown for don't know.
problem-answer-off-scale = answer { $answer ->
        [unknown] don't know
       *[other] { $answer }
    } to "{ $id }" is not on the model's scale
problem-level-off-ladder = level { $level } is not on the model's ladder
problem-ballots-on-tally = "{ $id }" was scored by show of hands; ballots cannot be added to it
problem-already-counted = The ballot on { $id } is already counted, apart from the voter's name, and cannot be changed.
problem-round-unfinished = { $id } has answers that are not counted yet, so a new round does not open: count them first (show the results), so that no answer is lost or lands in the wrong round.
problem-latest-round-closed = The latest round of { $id } is marked closed, but the latest round is the one under way: remove its closed or add the round that followed.
problem-not-in-round = { $id } is not asked in round { $round }, so it cannot be answered now.
problem-seat-taken = Seat { $seat } has already been taken by another phone.
problem-no-room = The session has no room.
problem-all-shown = The results are already shown for everything the room would ask about, so the room does not open: answers given after the results belong to a new round. Open it in klarhet with r (vote again) on the results, and choose the room there.
problem-bad-room-key = The room's token is blank, or a seat's key is not a SHA-256.
problem-tally-over-ballots = "{ $id }" already has ballots; a show-of-hands count would replace them
problem-newer-schema = the session has schema version { $found }, but this klarhet reads version { $supported } at most; update klarhet to open it (the file is left untouched)
problem-unknown-schema = the session has schema version { $found }, which klarhet has never written (the first is { $oldest }); the schema line was changed or the file was not made by klarhet (the file is left untouched)
# roles is the roles there are, separated by commas.
problem-unknown-role = unknown group "{ $role }"; the groups there are { $roles }
problem-role-missing = the line has an alias but no group; write alias;group (or alias,group)
problem-alias-missing = the line has a group but no alias before it
problem-alias-too-long = the alias is longer than the { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } the workbench takes; an alias is a name, not a description
problem-unclosed-quote = the quotation mark that starts here is never closed on the line
problem-extra-column = the line has more than an alias and a group; a third column is not read, so remove it
# The heading of the role column in a list of participants (lower case): a first line with it is a header line.
participants-file-role-heading = role
participants-file-group-heading = group
# kind is voters, on-scale, answers or hands; id is a challenge (voters, on-scale) or a statement.
problem-count-too-large = { $kind ->
        [voters] "{ $id }" has ballots counted from { $count ->
        [one] { $count } person
       *[other] { $count } people
    }, more than the session can have had ({ $most })
        [on-scale] "{ $id }" has { $count ->
        [one] { $count } voter
       *[other] { $count } voters
    } with answers on the scale, more than the { $most } who voted
        [answers] "{ $id }" has { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    } from { $most ->
        [one] { $most } voter
       *[other] { $most } voters
    }; no one answers twice
       *[hands] the show of hands for "{ $id }" counts { $count ->
        [one] { $count } hand
       *[other] { $count } hands
    }, more than the session can have had ({ $most })
    }
problem-straight-too-large = "{ $challenge }" counts more ballots with the same answer to every statement (or more of their answers) than ballots
problem-seat-in-use = Seat { $seat } has already voted or been claimed by a phone, so the head count cannot be lower than { $seat }.
problem-voted-without-names = The room has already voted without names: with named participants, the anonymous seats' votes would belong to no one. Add the participants in a new session.
problem-head-count-too-large = the head count, { $count }, is larger than { $max }, the most a session can have
# kind is folder or other
problem-not-a-file = { $kind ->
        [folder] it is a folder, not a file
       *[other] it is not a regular file (a FIFO or a device)
    }; give a session or model file
problem-empty-file = the file is empty (it holds nothing, or only blank space)
problem-link-loop = symbolic links that point in a loop (at each other or at themselves), so no file is reached; remove the link or point it at a file
# kind is session, model, theme or participants; size and limit are sizes such as "200.0 MB".
problem-too-large = the file is { $size }, larger than the { $limit } klarhet reads of { $kind ->
        [session] a session
        [theme] a theme
        [participants] a list of participants
       *[model] an assessment model
    }, far more than any real one; it is not read
problem-not-utf8 = the file is not UTF-8 text here; save it as UTF-8 and try again
problem-not-a-colour = { $slot }: "{ $value }" is not a colour (expected a name such as "yellow" or "#rrggbb")
problem-model-version = the session was made with { $id } { $made_with }, but the installed model is version { $installed }; its statements may have changed, so klarhet will not mix the two (install version { $made_with } of the model in the config folder's assessments/ to open it)

## Other errors

error-no-model = no assessment model with id "{ $id }"
error-stdout = standard output: { $reason }
error-no-session = { $arg }: no such file, and no session with that id in { $dir }
error-no-theme = no theme "{ $name }"; built in: { $built_in }
# own is the user's own themes, count how many there are, dir the folder they are in.
error-no-theme-own = no theme "{ $name }"; built in: { $built_in }; your own (files NAME.ron in { $dir }): { $count ->
        [0] none yet
       *[other] { $own }
    }
error-empty-path = the path is empty; give a file name, or - for standard output
error-output-is-folder = { $path } is a folder, not a file; give a file in it, such as { $example }
error-unknown-extension = { $path }: the extension .{ $extension } is none of the formats here ({ $known }); give --format, or a name that ends in one of them
error-no-terminal = the workbench needs a terminal, and standard input or standard output is none (started from a script, or redirected?). These commands work without a terminal: { $commands }; see klarhet --help
error-no-open-session = no session is open
error-not-saved = quit with changes that could not be saved
error-no-data-dir = no data directory: set --data-dir or KLARHET_DATA_DIR
# $reason is one of read-only-… below.
error-read-only = { $path }: klarhet will not write to it: { $reason }
# The line before this one says where the journal cannot be used (file:line:column).
error-unmatched-journal = The journal { $journal } holds answers saved while the session { $session } was open, and they cannot be put into the file as it is now: the file was changed outside klarhet, or the journal is damaged. Nothing has been removed, and klarhet opens the session for reading only while the journal is there.
    To keep the answers: undo the change made to the session file outside klarhet{ $kept ->
        [yes] , rename the journal to { $expected }
       *[no] {""}
    } and open the session again; klarhet then puts the answers in.
    To go on without them: move the journal to another folder.
error-unmatched-journal-kept = klarhet set this journal aside because its answers could not be put into the session file
# Why a session is only read, in the middle of a sentence.
read-only-held = open in another klarhet
read-only-not-writable = the file or its folder cannot be written
read-only-hard-linked = the file has more than one name (hard links), which a save would split
read-only-no-locks = the file system cannot lock the file
read-only-unmatched-journal = answers in the journal { $journal } cannot be put into the file as it is now (klarhet validate says how to get them back)
io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = already exists
io-storage-full = the disk is full
io-read-only = the file system is read-only
io-is-a-directory = is a folder, not a file
io-not-a-directory = part of the path is not a folder
io-invalid-data = the content is not valid text (UTF-8)
io-invalid-filename = the file name is too long or not allowed here (at most 255 bytes; å, ä and ö take two each)
compare-mismatch = the sessions use different assessments ({ $old } and { $new }), and statement "{ $statement }" of the first has no match in the second

## The command line: help

cli-about = klarhet: governance self-assessment workshops, built on research reports' models (klarhet models lists them), offline in the terminal.
cli-new-about = Create a new session and print its id and file
cli-list-about = List saved sessions with organisation, date and progress
cli-models-about = List the assessment models: the embedded ones and your own, with id, title, languages and source
cli-report-about = Write a session's report, as Markdown unless another format is given
cli-compare-about = Compare two sessions, e.g. a workshop and the one a year later
cli-validate-about = Check an assessment model or a session file
cli-demo-about = Save an example session and print its report
cli-help = Print help
cli-version = Print the version
cli-data-dir = Folder for sessions (default: the platform's data folder)
cli-resume = Open this session directly: an id from `klarhet list`, or a path
cli-ui-lang = Language of the screens (default: the session's)
cli-theme = Colour theme: morkt, ljust, projektor, mono, or one of your own
cli-no-color = No colours: only bold, reverse and underline (also when NO_COLOR is set)
cli-new-org = The organisation assessed
cli-new-kommunkod = The municipality's code from SCB, exactly four digits (e.g. 1380 for Halmstad); written into the JSON and CSV exports
cli-new-lang = The workshop's language
cli-new-facilitator = Who leads the workshop
cli-new-date = The workshop's date (default: today)
cli-new-assessment = The assessment model's id (klarhet models lists them)
cli-new-min-group = Smallest group shown in reports; smaller ones are merged (at least 3)
cli-new-show-names = Let reports list the participants' aliases (never next to answers)
cli-new-self-assessment = One person's self-assessment: show that person's answers in full (counts only while no more than one person can answer, by name, head count or phone, and ends for good once a second has answered)
cli-new-participants = The participants from a CSV file, one per line: alias;group (semicolon or comma; a header line is allowed; UTF-8 with or without a BOM, as Excel saves it). The groups are the model's, by id or name: klarhet models lists them for each model.
cli-new-seats = An anonymous room with this many seats and no names (instead of --participants)
cli-report-session = A session file, or an id from `klarhet list`
cli-help-about = Print the help of a command
cli-help-command = The command whose help to print
# The file name a folder given to compare -o is told to take, without its extension.
cli-comparison-file = comparison
cli-output = Write to this file instead of standard output (- is standard output; through a symlink, its target is written)
cli-report-format = The format: md, html, csv or json [default: the format the extension of --output names, otherwise md]
cli-compare-old = The earlier session (file or id)
cli-compare-new = The later session (file or id)
cli-compare-format = The format: md or html [default: the format the extension of --output names, otherwise md]
cli-validate-file = The file to check
cli-demo-lang = The language of the example
cli-demo-year-later = Also save the same organisation a year later, and print the comparison
# Added after the help of arguments with a default value.
cli-default = [default: { $value }]
# Added after the help of arguments that an environment variable can also set.
cli-env = [env: { $name }]
# The headings of the help. clap adds a colon after all but cli-heading-usage.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
# Placeholders in the help, in capitals as in man pages.
cli-usage-options = [OPTIONS]
cli-value-command = COMMAND
cli-value-dir = DIR
cli-value-id-or-path = ID|PATH
cli-value-name = NAME
cli-value-date = YYYY-MM-DD
cli-value-kommunkod = NNNN
cli-value-id = ID
cli-value-count = N
cli-value-file = FILE
cli-value-format = FORMAT
cli-value-session = SESSION
cli-value-old = OLD
cli-value-new = NEW

## The command line: errors in the arguments

# The whole error line; message is one of cli-error-….
cli-error = error: { $message }
cli-error-unknown-argument = unexpected argument '{ $arg }'
cli-error-unknown-command = unrecognised command '{ $command }'
cli-error-missing-argument = missing arguments: { $arg }
cli-error-missing-command = a command is missing
cli-error-empty-value = '{ $arg }' was given an empty value; give a path
cli-error-missing-value = '{ $arg }' needs a value
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $detail }
cli-error-repeated = '{ $arg }' can be given only once
cli-error-conflict = '{ $arg }' cannot be used with '{ $other }'
cli-error-other = the command line could not be understood
cli-error-possible-values = [possible values: { $values }]
cli-error-similar = tip: did you mean '{ $value }'?
cli-error-more = For more information, try '--help'.
cli-error-expected-lang = expected one of the languages { $codes }
cli-error-expected-date = expected a date YYYY-MM-DD
cli-error-expected-kommunkod = expected a municipality code of exactly four digits, for example 1380
cli-error-expected-min-group = expected a whole number, at least 3
cli-error-expected-seats = expected a number of seats, a whole number from 1 to { $most }

## The command line: output

cli-unnamed-organisation = Unnamed organisation
cli-saved = saved: { $path }
cli-demo-saved = example session saved: { $path }
cli-written = written to: { $path }
cli-list-empty = No saved sessions in { $dir }
cli-list-id = ID
cli-list-organisation = ORGANISATION
cli-list-date = DATE
cli-list-scored = SCORED
cli-list-actions = ACTIONS
cli-list-unreadable = cannot be read: { $error }
# klarhet models, one block per model: $place is the model's file, or cli-models-embedded.
cli-models-head = { $id } { $version } · { $languages } · { $place }
cli-models-embedded = embedded
cli-models-source = Source: { $citation }
cli-models-grouping = { $grouping }: { $groups }
cli-valid-session = valid session for { $organisation } ({ $date }), { $participants ->
        [one] 1 participant
       *[other] { $participants } participants
    }, { $scored }/{ $challenges ->
        [one] { $challenges } { WORD($words, "one") }
       *[other] { $challenges } { WORD($words, "many") }
    } scored
cli-valid-model = valid assessment model { $id } { $version }: { $challenges ->
        [one] 1 { WORD($words, "one") }
       *[other] { $challenges } { WORD($words, "many") }
    }, { $statements ->
        [one] 1 statement
       *[other] { $statements } statements
    }, { $links ->
        [one] 1 link
       *[other] { $links } links
    }, { $recommendations ->
        [one] 1 recommendation
       *[other] { $recommendations } recommendations
    }

## The room: the page phones open (src/room/page.rs)
room-pick-seat = Pick your seat
room-pick-seat-why = Pick the seat that is yours. This phone will remember it, and no other phone can take it.
room-no-seats = The room has no seats yet. Ask the facilitator to add participants or to say how many you are.
room-taken = taken
room-seat = Seat { $seat }
room-statement-of = statement { $n } of { $of }
room-skip = Skip
room-your-answer = Your saved answer: { $answer }. A new answer replaces it.
room-you-skipped = You skipped this statement. Answer now, or skip it again.
room-skipped = Skipped. You can answer it later, from the list when you are done.
room-list-skipped = skipped
room-saved = Saved
room-done = Done, thank you!
room-done-change = Your answers are saved. You can change an answer until the facilitator shows the results: choose the statement below.
room-shown = The results are on the screen now. Look there!
room-seat-taken = That seat already has another phone.
room-back-to-seats = Pick another seat, or ask the facilitator to free it.
room-not-taken = That could not be saved.
room-back = Back
room-not-saved = Nothing was saved: the computer could not save just now. Try again in a moment.
room-bad-form = The form did not arrive as it should. Reload the page and try again.
room-unknown-statement = That statement is not in the room.
room-prompts-closed = The prompts are no longer open to the phones. Look at the screen.
room-prompts-why = Write short answers, at most { $answers } { $answers ->
        [one] answer
       *[other] answers
    } per prompt and { $chars } { $chars ->
        [one] character
       *[other] characters
    } each. Leave a box empty if you have nothing more to say. The answers are shown without your name, together with the others', and only once at least { $together } { $together ->
        [one] person has
       *[other] people have
    } written.
room-prompts-answer = Answer { $number } to prompt { $prompt }
room-prompts-send = Send my answers
room-prompt-own = klarhet's question, built on the report's { $source }
room-prompts-once = You send once: after that the answers cannot be changed, and the phone does not show them again.
room-picked = Your vote is saved, without your name.
room-poll-closed = The vote is no longer open to the phones. Look at the screen.
room-poll-why = Tap your choice; the vote is sent at once, and once, without your name. The votes are shown on the screen only when at least { $together ->
    [one] one person has
   *[other] { $together } people have
    } voted, and they decide nothing: the group then chooses openly.
room-wrote = Your answers are saved, without your name.
room-wrote-all = Thank you! Your answers are saved.
room-wrote-all-next = They are shown on the screen, without names, once enough people have answered. Look there!

## A later round on phones (issue 27): the phone shows its own earlier answer, which it keeps itself
# $round is the round's number; $answer the value with its label, e.g. "4 · Partly true", or don't know.
room-earlier-answer = Your answer in round { $round }: { $answer }
room-earlier-answer-where = Your phone kept that answer, not the laptop. Answer as you see it now, the same or not.
# After the challenge's name on a statement's page, in a later round.
room-round = round { $round }
cli-completions-about = Print shell completions (bash, zsh, fish, powershell or elvish) for the shell to load
cli-completions-shell = The shell: bash, zsh, fish, powershell or elvish
cli-man-about = Print the manual page klarhet(1), or write a page for every command into a folder
cli-man-dir = Write klarhet.1 and one page per command (klarhet-report.1, …) into this folder
cli-list-format = The format: text for people, json for scripts
cli-value-shell = SHELL
cli-list-saved = SAVED
cli-list-participants = PARTICIPANTS
cli-room-about = Open a room: participants answer on their phones over the local network until you press Ctrl-C
cli-room-challenge = Only these challenges, ids separated by commas or the flag repeated, for example otydlighet,obalans,vaghet (default: all, each at their own pace). The room does not ask about challenges whose results have already been shown.
cli-room-all = Every challenge, each at their own pace (the default)
cli-room-prompts = Also put these sets of prompts to the phones (the model's open prompts), ids separated by commas; area:AREA:PHASE is a phase's questions about an area. Without --challenge or --all the room then asks only for them.
cli-room-vote = Put these private votes to the phones too, separated by commas: alternatives for the model's alternatives, or an area's id for which phase it stands in. Without --challenge or --all the room then asks only for them.
cli-room-bind = Address and port to listen on (default: this computer's address on the network, port 7373)
cli-value-address = ADDRESS:PORT
error-unknown-challenge = { $id } is not an id in the model that the room can ask about.
error-no-voters = The session has nobody to answer: add participants or say how many you are (the Participants step in klarhet).
error-room-held = { $path } is open in another klarhet, which owns the session while it is open. Open the room there: on the Scoring step press o (for the one in focus) or O (to choose). Or quit that klarhet and run this command again.
room-cli-open = The room is open for { $challenges }. Participants scan the code or open the address below in their phone's browser:
room-cli-close-with = Ctrl-C closes the room.
room-unreachable-hint = Phones cannot reach the computer? Guest networks often isolate their clients: use the computer's own hotspot or a phone's, and connect everyone to it.
room-cli-progress = { $done } of { $seats } { $seats ->
        [one] seat
       *[other] seats
    } { $done ->
        [one] has answered everything
       *[other] have answered everything
    }, { $started ->
        [one] { $started } has started
       *[other] { $started } have started
    }, { $claimed ->
        [one] { $claimed } phone connected
       *[other] { $claimed } phones connected
    }
room-cli-missing = ; waiting for: { $names }
room-cli-each = ; have answered, per { WORD($words, "one") }: { $each }
room-cli-closed = The room is closed. The answers are saved and are counted when you show the results in klarhet.

## klarhet follow: a second terminal following a workshop another klarhet holds.
cli-follow-about = Follow a session that another klarhet has open: a line each time the workshop moves on or a count changes, until you press Ctrl-C
follow-started = Following { $session } without changing anything. Ctrl-C ends it.
follow-at = { $step }
follow-at-challenge = { $step }, { $challenge }
follow-counted = : { $count ->
        [one] { $count } ballot counted
       *[other] { $count } ballots counted
    }
follow-room = ; { $claimed ->
        [one] { $claimed } phone connected
       *[other] { $claimed } phones connected
    }, { $done } of { $seats } { $seats ->
        [one] seat
       *[other] seats
    } { $done ->
        [one] has answered everything
       *[other] have answered everything
    }
follow-each = ; counted per { WORD($words, "one") }: { $each }

## klarhet notes: speaker notes on a second screen, following a workshop another klarhet holds (src/cli/notes/).
cli-notes-about = Speaker notes on a second screen: follows a session that another klarhet has open and shows, for the step and challenge the workshop is at, what you may say and ask, with the source. Reads only; q quits
# organisation is the session's organisation, step the step's name.
notes-heading = Speaker notes · { $organisation } · { $step }
# number is the challenge's place in the model, count how many challenges the model has.
notes-heading-challenge = Speaker notes · { $organisation } · { $step }: { $challenge } ({ $number } of { $count })
notes-say = What to say
notes-ask = What to ask
notes-statements = The statements
notes-where = Where the workshop is
notes-queue = Next in the discussion queue (not yet discussed)
notes-none = The model has no speaker notes for this step.
notes-trouble = The session could not be read just now; below is the last copy that could be read
# source is the section of the report the question builds on.
notes-own = klarhet's question, built on { $source }
notes-more = ↓ more below
notes-key-quit = quit
notes-key-scroll = scroll
notes-key-page = a screen at a time
# The clock in the speaker notes: the same words as the workbench's top line (tui-clock-left,
# tui-clock-over), and when the item ends by the plan, as a time of day. time is HH:MM.
notes-clock-ends = ends by the plan at { $time }
notes-clock-paused = the clock is paused

## The room on the scoring screen (src/tui/screens/scoring/room.rs)
tui-notice-room-is-open = The room is open: participants answer on their phones. Close the room (o) to vote with the keyboard.
tui-notice-room-read-only = The session is read-only and cannot take answers from phones. Save it as a file of its own first (Ctrl-S).
tui-notice-seat-freed = { $seat } is free: another phone can take it. The answers already given stay.
tui-notice-journal-replayed = The session file was changed outside klarhet while it was open. { $count ->
        [one] One change
       *[other] { $count } changes
    } from its journal were put into it, so no answer was lost.
tui-room-close = close the room
tui-short-room-close = close room
tui-room-free-seat = free the selected seat
tui-short-free-seat = free seat
tui-room-pick-seat = choose a seat
tui-room-open-one = open the room (this { WORD($words, "one") })
tui-room-open-all = open the room (choose { WORD($words, "many") })
tui-short-room = room
tui-room-all = every { WORD($words, "one") }
tui-room-open = The room is open · { $scope }
tui-room-progress = { $done } of { $seats } { $done ->
        [one] has answered everything
       *[other] have answered everything
    } · { $started ->
        [one] { $started } has started
       *[other] { $started } have started
    } · { $claimed ->
        [one] { $claimed } phone
       *[other] { $claimed } phones
    }
tui-room-waiting-for = Waiting for: { $names }
tui-room-waiting-count = { $count ->
        [one] { $count } seat has
       *[other] { $count } seats have
    } not answered everything.
tui-room-seat-in-focus = Selected seat: { $seat } (f frees it)
tui-room-privacy = Only how many have answered shows here. The answers are counted when you show the results (r), and the phones are then pointed here.
tui-room-seat-named = { $alias } (seat { $seat })
tui-room-answered = { $answered } of { $seats } done
tui-room-shown = shown
tui-room-reveals = r shows the results of { $challenge } (← → change)
tui-room-reveals-outside = r shows the results of { $challenge }, which the room does not ask about (← → change)
tui-room-open-chosen = open the room for the chosen { WORD($words, "many") }
tui-short-room-open-chosen = open the room
tui-room-tick = choose or unchoose { WORD($words, "the-one") }
tui-short-room-tick = choose
tui-room-pick-challenge = move between { WORD($words, "the-many") }
tui-room-choose-title = { UPPER_FIRST(WORD($words, "many")) } in the room
tui-room-choose-why = The phones get the chosen { WORD($words, "many") }, each at their own pace.
tui-room-already-shown = (results shown)
tui-notice-room-challenge-shown = The results of that { WORD($words, "one") } are already shown, so the room does not ask about it: answers after the results belong to a new round.
tui-notice-room-nothing-chosen = Choose at least one { WORD($words, "one") } (space) before the room opens.
tui-question-close-room-for-start = The room is open and the phones are answering. The start screen leaves the session: close the room?
tui-question-drop-writing = Stop writing? What has been written is not kept.
tui-back-to-room = back to the room
tui-back-to-open-room = back to the room, which is open
tui-short-back-to-open-room = room (open)
tui-named-room = Named participants
tui-named-room-is = { $count ->
    [one] { $count } participant, one seat.
   *[other] { $count } participants, a seat each.
    }
tui-names-in-room-shown = The room shows aliases: who has answered, never what.
tui-names-in-room-hidden = The room shows seat numbers, no names (changed in Setup).
tui-show-names = Names in room
tui-show-names-yes = yes, show aliases
tui-show-names-no = no, seat numbers only
tui-show-names-yes-why = The projector shows who has answered, never what.
tui-show-names-no-why = The projector shows seat numbers only, no names.

# The manual page klarhet(1). man-name follows "klarhet \- " in the NAME section.
man-name = governance self-assessment on research reports' models, offline in the terminal
man-exit-success = all went well
man-exit-failure = the machine or the environment failed: a file or session that is not there, a full disk (also behind > file), a session another klarhet has open
man-exit-bad-input = the input is wrong: an unknown option or a wrong value, a file that cannot be read as what it should be, an -o that cannot be written to (a folder, an empty path, an unknown extension), or the workbench started without a terminal; the file is never changed
man-env-data-dir = The folder sessions are saved in, like --data-dir (which comes first)
man-env-klarhet-lang = The language of the help, the errors and the screens (sv or en), unless --lang says; comes before the locale
man-env-locale = The locale, when neither --lang nor KLARHET_LANG names the language: first LANGUAGE (a list such as en:sv, its first language klarhet has), then the first set of LC_ALL, LC_MESSAGES and LANG (LANGUAGE does not count when that is C or POSIX); Swedish otherwise
man-env-no-color = When set and not empty: no colours, only bold, reverse and underline (as --no-color)
man-env-colorterm = truecolor or 24bit: the theme's colours as they are; otherwise the nearest of the terminal's 256 or 16 colours
man-files-sessions = The sessions (NAME.ron, with NAME.ron.journal while a room takes votes), unless --data-dir or KLARHET_DATA_DIR names another folder
man-files-assessments = Your own assessment models (NAME.ron), besides the built-in one; klarhet validate checks one
man-files-themes = Your own colour themes (NAME.ron), which --theme NAME picks before the built-in ones

# Reference figures from the report, beside the group's own (issue 28)
report-references = For comparison, not as a target
report-references-intro = Figures from the report the model is built on. They concern other people at another time, often asked another question, and are no target to aim for or norm to be measured against: read them with what is said about who answered and what to bear in mind.
report-reference-beside = Beside: { $beside }
report-reference-n = n = { $n }
report-reference-collected = collected { $when }
report-reference-group = Concerns only { $group }
report-reference-asked = The report's question
report-reference-population = Who answered
report-reference-workshop = in this workshop { $percent }% ({ $count } of { $total } { $total ->
    [one] answer
   *[other] answers
    })
report-reference-caution = Bear in mind
csv-section-references = comparison
csv-col-reference = reference
csv-col-reference-answer = answer
csv-col-reference-percent = share in the report (%)
csv-col-reference-count = count in the report
csv-col-reference-n = n in the report
tui-reference-more = … the rest is in the report, under For comparison, not as a target

# The group's answers to the model's open prompts (issue 28)
report-prompts = The group's answers
report-prompts-intro = { $min ->
    [one] What the participants wrote to the model's open prompts, without names and sorted by text. The answers are never broken down by group: free text from a small group can point out who wrote it. An answer several wrote is given once, with ×count.
   *[other] What the participants wrote to the model's open prompts, without names and sorted by text. The answers are shown only once at least { $min } have written, and never broken down by group: free text from a small group can point out who wrote it. An answer several wrote is given once, with ×count.
    }
report-own-text = klarhet's text, built on { $source }
report-prompts-writers = { $count ->
    [one] One participant's answers are shown.
   *[other] { $count } participants' answers are shown.
    }
report-prompts-none-shown = No answers have been shown in this step.
report-prompts-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
    }
report-prompts-no-answers = No answers to this prompt.
report-prompts-unthemed = Without a theme
csv-section-written-answer = written_answer
csv-col-prompt-set-id = prompt_set_id
csv-col-prompt-set = prompt_set
csv-col-prompt-id = prompt_id
csv-col-prompt = prompt
csv-col-theme = theme
csv-col-answer-text = answer_text
csv-col-times-written = times_written
csv-col-writers-shown = writers_shown
