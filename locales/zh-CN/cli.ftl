# 命令行的提示（defuse report、export、check；{ $x } 等为占位符）。
cli-cannot-write = 无法写入 { $path }：{ $error }
cli-cannot-create = { $path }：无法创建：{ $error }
cli-standard-output = 标准输出
cli-warning = 警告：{ $message }
report-cli-no-scenarios = 在 { $dir } 里没有找到场景；报告里不会有场景标题和推荐（用 --scenarios 指定场景文件夹）
report-cli-unreadable = 有 { $count } 个场景文件读不出来；第一个：{ $first }
report-cli-cannot-write = { $path }：无法写入报告：{ $error }
report-cli-wrote = 已写入 { $path }（{ $dbs } 个数据库，共 { $runs } 次练习）
export-cli-lrs-needs-xapi = --lrs 发送的是 xAPI 语句，请和 --format xapi 一起用
export-cli-invalid = 内部错误：语句 { $id } 不是有效的 xAPI：{ $error }
export-cli-sent-earlier = 前面的数据库已发送并标记了 { $sent } 条语句
export-cli-sent = 已向 { $lrs } 发送 { $sent } 条语句（{ $skipped } 条以前发过，已跳过）
check-cli-no-path = 没有这个文件或文件夹
check-cli-no-scenario = 这里没有 scenario.ron
check-cli-summary = 检查了 { $count } 个剧本：{ $errors } 个错误，{ $warnings } 个警告
