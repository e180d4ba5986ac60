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
tui-window-too-small = The window is too small. Make it at least 80×24.
tui-question = Question
tui-save-as = Save as
tui-file = File
tui-not-now = not now
tui-help-footer-mark = • shown in the bottom line
tui-keys = Keys
tui-crash-no-session = klarhet stopped unexpectedly before any session was saved.
tui-notice-need-voters = Add participants or a head count first.
tui-notice-counted-by-hands = This challenge was counted by show of hands.
tui-notice-has-ballots = This challenge already has ballots; a show of hands does not replace them.
tui-notice-alias-missing = Enter an alias.
tui-notice-bad-date = Write the date as YYYY-MM-DD, for example 2026-11-22.
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
tui-close-help = close help
tui-yes = yes
tui-no = no
tui-save-here = save here
tui-cancel = cancel
tui-strength-of-the-circle = Strength of the circle
tui-circle-not-all-scored = Not every challenge is scored yet.
tui-circle-no-circle = The model's links do not form a circle.
tui-where-the-circle-drives = Where the circle drives
tui-back-to-the-list = back to the list
tui-choose-session = choose session
tui-compare = compare
tui-close-the-comparison = close the comparison
tui-compare-no-other-session = There is no other saved session to compare with.
tui-consensus-short = cons.
tui-dimios-level = DiMiOS level
tui-last-plan-status-then-now = Last plan, status then → now:
tui-no-longer-in-the-plan = no longer in the plan
tui-compare-title = Compare with an earlier session
tui-choose-level = choose level
tui-choose-the-level = choose the level
tui-level-no-ladder = The model has no ladder of levels.
tui-level-choose-hint = Choose the level that fits best today.
tui-level-top = The top level: the next step is to stay there.
tui-level-next-step-title = Next step
tui-change-challenge = change challenge
tui-scroll-the-text = scroll the text
tui-the-challenge = The challenge
tui-choose = choose
tui-add = add
tui-edit = edit
tui-change-role = change role
tui-remove = remove
tui-anonymous-head-count = anonymous head count
tui-next-field = next field
tui-save-the-participant = save the participant
tui-close-without-saving = close without saving
tui-save-the-count = save the count
tui-type-the-count = type the count
tui-participants = Participants
tui-roles = Roles
tui-anonymous-room = Anonymous room
tui-no-head-count-given = No head count given.
tui-participants-anonymous-hint = Without names the room votes by numbered seats or a show of hands.
tui-participants-empty-hint = Press a to add a participant.
tui-edit-participant = Edit participant
tui-new-participant = New participant
tui-alias = Alias
tui-role = Role
tui-headcount-title = Head count
tui-count = Count
tui-edit-the-action = edit the action
tui-save-the-action = save the action
tui-plan-nothing-adopted = No adopted recommendations yet. Adopt some in step 7.
tui-no-action-yet = no action yet ·
tui-plan-title = Action plan: effect goal, owner, due, status
tui-action = Action
tui-effect-goal = Effect goal
tui-owner = Owner
tui-due = Due
tui-status = Status
tui-change-principle = change principle
tui-adopt-undo = adopt / undo
tui-overarching = Overarching
tui-ranked-by-relevance = Ranked by relevance
tui-relevance = Relevance
tui-reason-and-concrete-steps = Reason and concrete steps
tui-save-the-score = save the score
tui-choose-the-score = choose the score
tui-agreed-score-label = Agreed score:
tui-score = Score
tui-rationale = Rationale
tui-notes = Notes
tui-answer = answer
tui-skip = skip
tui-previous-statement = previous statement
tui-next-statement = next statement
tui-show-of-hands = show of hands
tui-ballot = ballot
tui-no-answers-yet = no answers yet
tui-statements = Statements
tui-save-and-next = save and next
tui-choose-value = choose value
tui-delete-digit = delete digit
tui-change-statement = change statement
tui-back-to-the-challenge = back to the challenge
tui-hands-title = Show of hands
tui-ballot-round = ballot round
tui-reveal = reveal
tui-key-agreed-score = agreed score
tui-start-voting = start voting
tui-stop-the-round = stop the round
tui-dont-know-short = dk
tui-distribution = Distribution
tui-median = median
tui-mean = mean
tui-consensus = consensus
tui-dont-know = don't know
tui-knowledge-gap = knowledge gap
tui-severity = severity
tui-agreed = agreed
tui-mean-per-role = Mean per role (challenge):
tui-results = Results
tui-save-the-session = save the session
tui-back-to-start = back to start
tui-new-workshop = New workshop
tui-organisation = Organisation
tui-facilitator = Facilitator
tui-date = Date
tui-language = Language
tui-model = Model
tui-setup-hint = Enter on the last field creates the session and saves it.
tui-open = open
tui-start-title = klarhet: governance self-assessment
tui-start-intro = Six challenges, the self-reinforcing mechanism of unclarity and recommendations after the Halmstad report (2024).
tui-new-session = + New session
tui-start-open-demo = ▶ Open the demo (Sjöhamra kommun)
tui-start-choose-title = Choose
tui-export-here = export here
tui-close-without-changing = close without changing
tui-export-the-report = export the report
tui-change-format = change format
tui-edit-path = edit path
tui-compare-with-earlier = compare with earlier
tui-role-differences = Role differences
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
tui-step-level = DiMiOS level
tui-step-summary = Summary
# $format is the file extension in capitals (MD, HTML, CSV, JSON), $path where the file went.
tui-notice-exported = The report ({ $format }) was saved to { $path }
tui-notice-export-failed = Could not export: { $error }
# Shown in the terminal after a crash; $path is the session file.
tui-crash-resume =
    klarhet stopped unexpectedly. Everything shown is saved in { $path }
    Carry on where you were with: klarhet --resume "{ $path }"
# $reason is the error, already translated.
tui-not-saved = Not saved – all is in memory, retried at the next change. Ctrl-S: save as. Reason: { $reason }
# $n is the statement's number, $total how many statements the challenge has.
tui-statement-of = statement { $n } of { $total }
tui-hands-total = Total: { $total } of { $room } in the room
tui-agree-computed = Computed: { $computed }/100. It replaces the computed one in all that follows.
# $count answers of $voters voters.
tui-answered-of = { $count } of { $voters } answered
# $count is the number of answers (when the room has no number of voters).
tui-answers = { $count } { $count ->
        [one] answer
       *[other] answers
    }
tui-hand-over = Hand over to { $name }, press Enter
tui-voted-of = { $voted } of { $total } have voted
tui-scored-of = { $done }/{ $all } scored
tui-head-count-is = Head count: { $count }
tui-source = Source: { $source }
tui-level-n = Level { $level }
tui-next-step-level = Next step: level { $level }: { $name }
# $from and $to are the challenges' names in lower case; $strength is a whole number.
tui-circle-drives-hardest = The circle drives hardest from { $from } to { $to } (strength { $strength }). That is where it is most worth breaking: work on { $from } also eases the pressure on { $to }.

# Keys that answer yes and no to a question, separated by spaces. Enter always answers yes and Esc no.
tui-yes-keys = y
tui-no-keys = n

# (end of the terminal section)

## Reports, the command line, errors and the model's labels (src/report, src/cli, src/error.rs, src/model, src/demo.rs)
