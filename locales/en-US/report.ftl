# `defuse report`: the trainer's HTML page. { $x } are placeholders.
report-title = Defuse training report
report-meta = Generated: { $when } · Sources: { $files }
report-card-learners = Learners
report-card-runs = Runs ({ $finished } finished)
report-card-replies = Replies
report-card-mean = Mean score
report-card-pass = Pass rate (≥60)
report-card-taboo = Replies with a taboo
report-next-h = Practise next
report-next-intro = The scenario that trains the weakest technique; mastered techniques come back for review after a while.
report-col-learner = Learner
report-col-runs = Runs
report-col-mean = Mean score
report-col-scenario = Scenario
report-col-technique = Technique
report-col-why = Why
report-col-taboo = Taboo
report-col-replies = Replies
report-col-in-runs = runs
report-col-learners = Learners
report-col-examples = Replies
report-why-review = mastered, but not practised for { $runs } runs: time to review
report-why-weakest = weakest technique (mastery { $level })
report-why-new = not practised yet
report-no-library = No scenario library found, so no recommendation (point --scenarios at the scenarios folder).
report-weak-h = Weakest techniques
report-weak-intro = How often and how well each technique was used where the conversation called for it; recent runs weigh more.
report-weak-cohort = { " " }(bars show the mean over { $learners } learners)
report-weak-bar = { $level } · { $opportunities } opportunities
report-weak-tip = { $name }: used { $used }/{ $opportunities } opportunities
report-mastered = mastered
report-due = due for review
report-not-practised = Not practised yet: { $names }
report-taboo-h = Taboos that keep slipping in
report-taboo-intro = Most frequent first, with the learners' own replies. "Keeps slipping in": seen in at least { $min } runs and still in one of the last { $recent }.
report-taboo-bar = { $replies } replies · { $runs } runs
report-taboo-tip = { $name }: { $replies } replies
report-slipping = keeps slipping in
report-slipping-learners = keeps slipping in · { $count ->
    [one] { $learners } learner
   *[other] { $learners } learners
}
report-grades-h = Grades per scenario
report-grades-intro = Finished runs by grade: S ≥ 90, A ≥ 80, B ≥ 65, C ≥ 50, D < 50.
report-grades-row = n={ $runs } · mean { $mean }
report-overrides-h = Trainer overrides
report-overrides-intro = Turn scores a trainer changed after review; the engine's own score stays beside them.
report-time-h = Runs over time
report-time-intro = Columns: runs; line: mean score of finished runs (right axis).
report-time-axis = Runs ({ $unit })
report-time-tip = { $date } ({ $unit }): { $runs } · { $mean }
report-time-mean = mean { $mean }
report-per-day = per day
report-per-week = per week
report-per-month = per month
report-none = No data yet.
report-how-h = How mastery is computed
report-how = Every beat names the techniques it calls for. Where a technique was called for, using it earns half the credit and the reply's phrasing score the other half; missing it earns nothing. Recent runs weigh more (a run's weight halves every { $half_life } runs), and one imaginary miss is added so one or two lucky turns are not mastery. Mastery ≥ { $mastered }% with at least { $min } opportunities counts as mastered; a mastered technique not practised for { $review } runs comes back for review.

report-disputes-h = Disputed engine readings
report-disputes-intro = Turns where a learner said the engine missed or misread a technique or taboo. A dispute changes no score; export them with `defuse disputes` to improve the engine.
report-dispute-missed = missed
report-dispute-misread = misread
