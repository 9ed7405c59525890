# defuse check 的提示（{ $id } 等為佔位符）。
check-did-you-mean = （你是不是想寫「{ $id }」？）
check-id-folder = 劇本 id「{ $id }」和資料夾名「{ $folder }」不一致：請改成一樣
check-meter-range = 初始{ $meter }是 { $value }：儀表的範圍是 0 到 100
check-taboo-trained = 「{ $id }」是服務忌語：trains 和 calls_for 只能寫技巧
check-unknown-technique = 沒有叫「{ $id }」的技巧
check-unknown-id = 沒有叫「{ $id }」的技巧或忌語
check-beat-and-ending = 「{ $id }」既是節點又是結局：請給其中一個改名
check-no-start = 起始節點「{ $id }」不存在{ $hint }
check-limit-ending = 限制結局「{ $id }」不是一個結局{ $hint }
check-no-lines = 節點「{ $id }」沒有台詞：至少給客戶寫一句
check-one-line = 節點「{ $id }」只有一種說法：多寫幾種，重玩時才有變化
check-dangling-goto = 分支要去「{ $id }」，但它既不是節點也不是結局{ $hint }
check-no-way-out = 節點「{ $id }」沒有出路：加一個前往別的節點或結局的分支，或設定限制結局
check-unreachable-beat = 從「{ $start }」出發永遠到不了節點「{ $id }」
check-unreachable-ending = 結局「{ $id }」永遠到達不了
check-turns-into-bad-ending = 節點「{ $id }」裡，只因回覆次數到了就以「{ $ending }」結束：心平氣和、信任你的客戶也會這樣離開；請加上情緒條件，例如 All([TurnsHere(2), Any([Above(Anger, 50), Below(Trust, 40)])])
check-missing-message = { $file } 裡缺少文字「{ $id }」：請在那裡加上 `{ $id } = …`
