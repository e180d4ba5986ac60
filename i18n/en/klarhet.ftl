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

## report

report-none-scored = No challenge has been scored yet
report-point-most-severe = Most severe according to the group
report-point-circle-drives = The circle drives hardest
report-point-knowledge-gaps = Knowledge gaps (don't know ≥ 25%)
report-point-role-differences = Role differences of at least 1.0
report-adopted-recommendations = Adopted recommendations
report-actions-plan = actions in the plan
report-recommendation = Recommendation
report-effect-goal = Effect goal (effektmål)
report-owner = Owner
report-due = Due
report-status = Status
report-challenge = Challenge
report-higher = Higher
report-lower = Lower
report-difference = Difference
report-anonymous-head-count-only = anonymous, head count only
report-self-assessment = Self-assessment
report-organisation = Organisation
report-date = Date
report-facilitator = Facilitator
report-model = Model
report-participants = Participants
report-participant-list = List of participants
report-summary = Summary
report-challenges = The challenges
report-challenges-intro = Severity 0–100. The agreed score, where the group has set one, takes precedence over the computed one in everything that follows.
report-severity = Severity
report-computed = Computed
report-agreed = Agreed
report-lowest-consensus = Lowest consensus
report-dont-know = Don't know
report-knowledge-gap = knowledge gap
report-one-statement = on one statement
report-agreed-score = agreed score
report-statements = The statements
report-distribution-gives-number-answers = The distribution gives the number of answers per value
report-dont-know-counted-apart = Don't know is counted apart and is not part of n.
report-statement = Statement
report-distribution = Distribution
report-median = Median
report-mean = Mean
report-consensus = Consensus
report-differences-between-roles = Differences between roles
report-roles-none = No role groups can be shown: the room was anonymous, the answers were counted by show of hands, or the role groups were too small.
report-roles-intro = Mean per role on the scale.
report-role = Role
report-roles-no-divergence = No roles differ by 1.0 or more.
report-roles-halmstad-example = The Halmstad report shows what such a difference can look like: politicians and directors want to move from control towards trust while company CEOs want more control. The differences are material for dialogue, not an error to correct.
report-circle-intro = Each link shows how one challenge feeds the next. A link's strength is √(severity of the feeding challenge · severity of the fed one), 0–100.
report-link = Link
report-strength = Strength
report-how = How
report-strength-circle = Strength of the circle
report-circle-strength-explained = the geometric mean of every challenge's severity; a single weak challenge pulls it down
report-recommendations = Recommendations
report-recommendations-intro = Within each principle the recommendations are ranked by relevance: the sum of the severities of the challenges they address. The reason is given in brackets. ✔ means the group has adopted the recommendation.
report-overarching = Overarching
report-no-scored-challenges = no scored challenges
report-relevance = Relevance
report-source = Source
report-action-plan = Action plan
report-plan-none = No actions have been decided yet.
report-level-none = The group has not placed itself on the ladder yet.
report-now-level = Now: level
report-next-step-level = Next step: level
report-level-top = The group is on the ladder's top level; the next step is to stay there.
report-notes = Notes
report-no-notes = No notes.

## method

method-heading = Method appendix
method-scale = Scale
method-counted-apart = is counted apart
method-this-scale = For this scale,
method-made-with = Made with

## csv

csv-count = count
csv-challenge = challenge
csv-statement = statement

## html

html-challenges-intro = Severity 0–100 (low below 40, moderate 40–69, high from 70). The agreed score takes precedence over the computed one.
html-statements-intro = Answers per value and statement; don't know is counted apart.
html-circle-intro = Nodes show severity (number and word), links strength √(sevₐ · sev_b): the stronger, the thicker.
html-strongest = strongest
html-recommendations-intro = Within each principle ranked by relevance: the sum of the severities of the challenges they address.
html-adopted = adopted
html-high = high
html-moderate = moderate
html-low = low
html-severity-per-challenge = Severity per challenge
html-strength-links = Strength of the links
html-dont-know-short = dk
html-statement-short = St.
html-distribution-answers = Distribution of answers
html-mean-per-role-challenge = Mean per role and challenge

## compare

compare-comparison = Comparison
compare-level = level
compare-no-longer-plan = no longer in the plan
compare-severity-then = Severity then
compare-now = now
compare-change = change
compare-consensus-then = Consensus then
compare-effect-goal = Effect goal
compare-status-then = Status then
compare-status-now = Status now
compare-plan-none = The earlier session had no action plan.
compare-then = Then
compare-now-heading = Now
compare-legend = ▲ up, ▼ down, → about the same. Lower severity is better; higher consensus means the group agrees more. The participants may differ between the two; only aggregated answers are compared.
compare-previous-plan = Last time's action plan
compare-level-heading = DiMiOS level

## role

role-politik = politicians
role-kommunledning = municipal management
role-forvaltning = administration
role-bolag = municipal companies
role-ovrigt = other
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

## demo

demo-companies-see-clearer-imbalance = The companies see a clearer imbalance than the politicians and the management. The group agreed on 3 and that the discussion of trust and control must go on in the owner dialogue.
demo-everyone-recognises-many-governing = Everyone recognises the many governing documents without concrete goals, but the group settled on 4: in digitalisation and IT there is too little governance rather than too much.
demo-demographic-trend-deficit-budget = The demographic trend and the deficit budget make the threat concrete; digitalisation is still seen mostly as cost-cutting.
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
