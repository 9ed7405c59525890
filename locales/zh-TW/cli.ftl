# 命令列的提示（defuse report、export、check；{ $x } 等為佔位符）。
cli-cannot-write = 無法寫入 { $path }：{ $error }
cli-cannot-create = { $path }：無法建立：{ $error }
cli-standard-output = 標準輸出
cli-warning = 警告：{ $message }
report-cli-no-scenarios = 在 { $dir } 裡沒有找到場景；報告裡不會有場景標題和推薦（用 --scenarios 指定場景資料夾）
report-cli-unreadable = 有 { $count } 個場景檔案讀不出來；第一個：{ $first }
report-cli-cannot-write = { $path }：無法寫入報告：{ $error }
report-cli-wrote = 已寫入 { $path }（{ $dbs } 個資料庫，共 { $runs } 次練習）
export-cli-lrs-needs-xapi = --lrs 傳送的是 xAPI 陳述，請和 --format xapi 一起用
export-cli-invalid = 內部錯誤：陳述 { $id } 不是有效的 xAPI：{ $error }
export-cli-sent-earlier = 前面的資料庫已傳送並標記了 { $sent } 則陳述
export-cli-sent = 已向 { $lrs } 傳送 { $sent } 則陳述（{ $skipped } 則以前傳過，已略過）
check-cli-no-path = 沒有這個檔案或資料夾
check-cli-no-scenario = 這裡沒有 scenario.ron
check-cli-summary = 檢查了 { $count } 個劇本：{ $errors } 個錯誤，{ $warnings } 個警告
