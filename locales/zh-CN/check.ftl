# defuse check 的提示（{ $id } 等为占位符）。
check-did-you-mean = （你是不是想写“{ $id }”？）
check-id-folder = 剧本 id “{ $id }”和文件夹名“{ $folder }”不一致：请改成一样
check-meter-range = 初始{ $meter }是 { $value }：仪表的范围是 0 到 100
check-taboo-trained = “{ $id }”是服务忌语：trains 和 calls_for 只能写技巧
check-unknown-technique = 没有叫“{ $id }”的技巧
check-unknown-id = 没有叫“{ $id }”的技巧或忌语
check-beat-and-ending = “{ $id }”既是节点又是结局：请给其中一个改名
check-no-start = 起始节点“{ $id }”不存在{ $hint }
check-limit-ending = 限制结局“{ $id }”不是一个结局{ $hint }
check-no-lines = 节点“{ $id }”没有台词：至少给客户写一句
check-one-line = 节点“{ $id }”只有一种说法：多写几种，重玩时才有变化
check-dangling-goto = 分支要去“{ $id }”，但它既不是节点也不是结局{ $hint }
check-no-way-out = 节点“{ $id }”没有出路：加一个去往别的节点或结局的分支，或设置限制结局
check-unreachable-beat = 从“{ $start }”出发永远到不了节点“{ $id }”
check-unreachable-ending = 结局“{ $id }”永远到达不了
check-turns-into-bad-ending = 节点“{ $id }”里，只因回复次数到了就以“{ $ending }”结束：心平气和、信任你的客户也会这样离开；请加上情绪条件，例如 All([TurnsHere(2), Any([Above(Anger, 50), Below(Trust, 40)])])
check-missing-message = { $file } 里缺少文本“{ $id }”：请在那里加上 `{ $id } = …`
