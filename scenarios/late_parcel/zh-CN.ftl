title = 快递迟迟不到
briefing = 顾客周女士五天前下单的电热水壶一直没有送到，物流信息停在中转站三天没动。她第一次来问，语气着急但还算客气。先接住她的情绪，再查清楚情况，最后给出明确的处理时间。
persona-name = 周女士

case-order-number = 订单号：20261118-55102
case-order-item = 商品：电热水壶 1.7L 白色 ×1
case-order-paid = 实付：¥129.00，11月18日 09:12 付款
case-log-shipped = 11月18日 16:40 已揽收（杭州仓）
case-log-transit = 11月19日 02:15 到达华东中转站
case-log-stuck = 11月19日之后无更新
case-policy-late = 发货后 72 小时无物流更新，可申请催件；超过 7 天未送达可补发或退款

opening-1 = 你好，我五天前买的热水壶到现在还没到，物流一直不动，怎么回事啊？
opening-2 = 在吗？我的快递三天都没有更新了，我等着用呢，能不能帮我看看？
opening-3 = 客服你好，我买的水壶到底什么时候能到？物流停在中转站好几天了。
# 开场重复时（客服只问了一句、没有接住她）：她不再像刚开口那样打招呼。
opening-4 = 你先帮我查查吧，它到底卡在哪儿了？

upset-1 = 我是来找你们解决问题的，不是来听这些的。你们能不能认真点？我都等了五天了！
upset-2 = 你这么说我更着急了，到底有没有人管这件事？

facts-1 = 就是那个白色的热水壶，订单号你们应该查得到吧？
facts-2 = 我也不知道是哪里出问题了，你们能查到它现在在哪里吗？
facts-3 = 它怎么一直停在那儿不动呢？我就想知道大概什么时候能到。
facts-4 = 都好几天了，一直停在那儿不动，到底是怎么回事？
facts-5 = 订单号是20261118-55102。我也不知道是哪里出的问题，你们能查到它现在在哪里吗？

solution-1 = 那现在怎么办？我这两天就要用。
solution-2 = 嗯，那我大概什么时候能收到呢？
solution-3 = 好，我等你查。查完能告诉我大概什么时候能到吗？
solution-4 = 行，你先查吧。我这两天等着用呢，查到了马上告诉我什么时候能到。
solution-5 = 补发是以后的事。我这两天就要用，它到底哪天能到？

wrapup-1 = 好吧，那我等你的消息。
wrapup-2 = 行，希望这次别再拖了。

choice-opening-good = 您好，我是客服小林。非常理解您等了这么多天的着急心情，我马上帮您查一下。
choice-opening-bad = 物流慢很正常，你再等等吧。
choice-opening-meh = 请提供订单号。
choice-upset-good = 真的很抱歉让您这么着急，这件事我来负责跟进，一定给您一个答复。
choice-upset-bad = 这不是我们的问题，是快递公司的事，你找他们吧。
choice-facts-good = 请稍等，我现在为您查询物流信息，大约需要两分钟。
choice-facts-bad = 你自己看物流信息不就知道了。
choice-solution-good = 我已经联系快递公司加急处理，今天下午5点前一定给您回复最新进展；如果明天还没有动静，我们直接为您补发一台。
choice-solution-bad = 我试试看吧，不一定能催到。
choice-wrapup-good = 感谢您的耐心等待，有任何问题随时联系我，祝您生活愉快！
choice-wrapup-bad = 没别的事我就先下线了。

end-resolved = 周女士放心地等你的回复。你先认同了她的着急，查清了物流，再给出明确的时间和后备方案——这正是“先处理心情，再处理事情”。
end-resolved-cool = 问题解决了，但周女士还有些不满。下次在给方案之前，多花一句话认同她的感受。
end-escalated = 周女士觉得没人管她的事，去平台投诉了。回头看看：哪一句让她觉得被推开或被敷衍？
end-left = 周女士等得不耐烦，关掉了对话。回复要及时，等待前先告诉她你在做什么、要多久。
# 客户对提问的回答（覆盖 assets/reactions 的默认反应）。
react-technique-when_question-1 = 11月18日早上九点多付的款，当天下午就揽收了，19号以后就没动静了。
react-technique-when_question-2 = 18号下的单，19号到了华东中转站，之后就一直不动。
react-technique-probing_question-1 = 订单号是20261118-55102，一个白色的电热水壶。
react-technique-probing_question-2 = 订单号20261118-55102，就是那个1.7升的热水壶，11月18日付的款。
react-technique-offer_alternative-1 = 要是真不到，那就补发吧，我还是想要这个壶。
react-technique-offer_alternative-2 = 真到那一步的话，就给我补发一台吧。
react-opening-technique-offer_alternative-1 = 补发？我就想先知道我的壶现在到哪了。
react-opening-technique-offer_alternative-2 = 先不说补发，它现在到底在哪？
react-upset-technique-offer_alternative-1 = 先别说补发，我就想知道到底怎么回事。
react-upset-technique-offer_alternative-2 = 补发不补发的，总得先有人管吧？
# 消极用词多半是“让您等了这么久”：她附和，不反问“能做什么”（客服多半已经说了在查）。
react-taboo-negative_wording-1 = 是啊，等了这么多天，我心里一直没底。
react-taboo-negative_wording-2 = 嗯，确实等得够久了。
# 致歉之后她不说“先听你怎么说”：客服往往在同一句里已经说了情况。
react-technique-apology-1 = 嗯，谢谢你这么说。
react-technique-apology-2 = 好吧，也不是怪你一个人。
