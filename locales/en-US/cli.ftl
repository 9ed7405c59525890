# Messages of the command line (`defuse report`, `export`, `check`). { $x } are placeholders.
cli-cannot-write = cannot write { $path }: { $error }
cli-cannot-create = { $path }: cannot create: { $error }
cli-standard-output = standard output
cli-warning = warning: { $message }
report-cli-no-scenarios = no scenarios found in { $dir }; the report has no titles and no recommendation (use --scenarios DIR)
report-cli-unreadable = { $count } scenario file(s) could not be read; first: { $first }
report-cli-cannot-write = { $path }: cannot write the report: { $error }
report-cli-wrote = wrote { $path } ({ $runs } runs from { $dbs } database(s))
export-cli-lrs-needs-xapi = --lrs sends xAPI statements; use it with --format xapi
export-cli-invalid = internal error: statement { $id } is not valid xAPI: { $error }
export-cli-sent-earlier = { $sent } statement(s) from earlier databases were sent and marked
export-cli-sent = sent { $sent } statement(s) to { $lrs } ({ $skipped } sent before, skipped)
check-cli-no-path = no such file or folder
check-cli-no-scenario = no scenario.ron found here
check-cli-summary = checked { $count } scenario(s): { $errors } error(s), { $warnings } warning(s)
