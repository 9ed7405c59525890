# The messages of defuse check ({ $id } and the like are placeholders). Also built into the
# binary: the checker speaks English from here when no catalog is given.
check-did-you-mean = { " " }(did you mean "{ $id }"?)
check-id-folder = id "{ $id }" differs from its folder name "{ $folder }"; rename one
check-meter-range = starting { $meter } is { $value }: meters run from 0 to 100
check-patience-drain = patience_drain must be 0 or more (points per second of waiting)
check-max-turns = max_turns must be at least 1
check-effect-range = effect of "{ $id }" moves a meter by more than 100
check-taboo-trained = "{ $id }" is a taboo; only techniques can be trained or called for
check-unknown-technique = unknown technique id "{ $id }"
check-unknown-id = unknown technique or taboo id "{ $id }"
check-beat-and-ending = "{ $id }" is both a beat and an ending; rename one
check-no-start = start beat "{ $id }" does not exist{ $hint }
check-limit-ending = limit ending "{ $id }" is not an ending{ $hint }
check-no-lines = beat "{ $id }" has no lines: give the customer at least one
check-one-line = beat "{ $id }" has one line variant; add more so replays differ
check-dangling-goto = branch goes to "{ $id }", which is neither a beat nor an ending{ $hint }
check-no-way-out = beat "{ $id }" has no way out: add a branch to another beat or an ending, or a limit ending
check-unreachable-beat = beat "{ $id }" can never be reached from "{ $start }"
check-unreachable-ending = ending "{ $id }" can never be reached
check-missing-message = message "{ $id }" is missing from { $file }; add `{ $id } = …` there
check-golden = golden transcript "{ $name }": { $problem }
check-cannot-read = cannot read the scenario: { $error }
check-missing-locale = missing: every scenario needs { $locale } text; create this file
check-ron-full-width = full-width punctuation '{ $char }' on line { $line }: RON needs ASCII , : " ( ) outside the quotes
check-ron-comma = Expected comma: a comma is probably missing at the end of line { $line }
check-ron-within = { " " }in { $outer }
check-ron-did-you-mean = { " " }(did you mean `{ $id }`?)
check-ron-unknown-field = unknown field `{ $found }`{ $within }{ $hint }; the fields are: { $expected }
check-ron-unknown-value = unknown value `{ $found }`{ $within }{ $hint }; use one of: { $expected }
check-ron-missing-field = missing field `{ $field }`{ $within }: add `{ $field }: …`
check-ron-expected-option = expected an optional value: write Some(…) or None
check-ron-other = { $error } (RON syntax)
check-turns-into-bad-ending = in beat "{ $id }", a turn count alone ends the run in "{ $ending }": a calm, trusting customer would leave too; add a meter condition such as All([TurnsHere(2), Any([Above(Anger, 50), Below(Trust, 40)])])
check-calm-kept = beat "{ $id }" is there to calm the customer, yet a calm, trusting one (anger 10, trust 90) stays for good unless she hears its soothing words: she would repeat herself until the turns run out; add a way on for her, such as Branch(when: All([Below(Anger, 30), Above(Trust, 60)]), goto: "next_beat")
check-fluent-syntax = Fluent syntax: { $error }
check-fluent-duplicate = message "{ $id }" is defined again here; the first definition (line { $first }) is used
check-fluent-other = Fluent: { $error }
diag-error = error
diag-warning = warning
check-unless-line = in beat "{ $id }", unless names "{ $line }", which is not one of its lines{ $hint }
check-passed-never = beat "{ $id }": passed_when can never hold, so the beat is never passed (no branch of another beat leads here, or the condition needs a reply in this beat such as TurnsHere(1), or a flag no branch sets)
check-passed-no-branches = beat "{ $id }" can be passed (passed_when) but has no branches: a reply that passes it stops here; add branches or remove passed_when
check-topic-no-words = topic "{ $topic }" has no words: list the words that show a question is about it
check-topic-unused = topic "{ $topic }" is answered by no reaction: add `react-technique-when_question-{ $topic }-1 = …` (or another key) to the .ftl files
