title = 摔碎的生日礼物
briefing = 刘女士打来电话：她给儿子买的旋转木马水晶球八音盒昨天送到，箱子被压扁，玻璃碎了一地。这是孩子盼了一个多月的生日礼物，周六就要用。她情绪外露、爱说话，想先被人听见。先接住她的情绪，抓住她提到的孩子聊两句，再给她能选的方案和确切的时间。别把责任推给她，也别把她推给快递。
persona-name = 刘女士

case-order-number = 订单号：20261120-30418
case-order-item = 商品：旋转木马水晶球八音盒（玻璃款）×1
case-order-paid = 实付：¥268.00，11月20日 21:47 付款
case-order-note = 买家留言：送儿子的六岁生日礼物，周六派对要用，麻烦包装结实一点
case-log-picked = 11月21日 18:05 义乌仓已揽收
case-log-hub = 11月23日 07:40 到达北京顺义转运中心
case-log-signed = 11月24日 10:32 已签收（本人签收）
case-policy-damage = 运输破损：签收后48小时内提供照片，可免费补发或全额退款，碎件无需寄回，运费由店铺承担
case-policy-express = 补发可走北京仓顺丰特快，16:00前出库次日送达；易碎品可申请木架加固包装

opening-1 = 喂？是卖水晶球的那家店吧？我昨天收到快递，箱子都压扁了，里面的水晶球碎得稀巴烂，玻璃碴子撒了一地！
opening-2 = 我跟你说，你们发的这个东西简直了！盒子一打开全是碎玻璃，里面的水流了一桌子，我手都差点划破了！
opening-3 = 你好，我要投诉！两百多块买的水晶球八音盒，到手就是一堆碎片，你们到底是怎么包装的啊？

unheard-1 = 你先别急着跟我说怎么处理！你知道我打开箱子那一下是什么心情吗？
unheard-2 = 等一下，你到底有没有在听我说？我说的是东西碎了、我差点受伤！
unheard-3 = 你就光问这些？我打开箱子那一下心都凉了，你知道吗？

hurt-1 = 你这话什么意思？东西是你们店发出来的，现在碎了，倒成我自己的事了？
hurt-2 = 我打电话过来是要你们解决问题的，不是听你往外推的！你们就是这么做生意的？
hurt-3 = 行，我算听明白了，你们就是不想管是吧？那我只能去平台投诉了。
hurt-4 = 你这么说我心里更没底了。东西是在你们手里坏的，我要听你们一句负责任的话。
hurt-5 = 我现在真的很烦。孩子的礼物没了，你们到底打算怎么负责？
hurt-6 = 我就想能跟孩子说一句准话：礼物肯定会到。

birthday-1 = 你知道吗，这是我给我儿子买的生日礼物，他盼了一个多月了，这周六就过生日，现在我拿什么给他？
birthday-2 = 我本来想周六给孩子一个惊喜的……他天天念叨那个会转的木马，这下全泡汤了。
birthday-3 = 要是真能在周六前把新的送到，那我就要这个，孩子别的都不要。不好意思，我到现在心还是乱的。
birthday-4 = 不好意思，我一直念叨这个。我就是想让他周六能拿到礼物。

options-1 = 唉……那现在怎么办？周六之前还来得及吗？
options-2 = 好吧，你说，你们打算怎么处理？我就要周六孩子能拿到礼物。
options-3 = 你就直接告诉我：能补发吗？周六之前能到吗？
options-4 = 行，那就补发，周六之前到。要我这边做什么，你说。

confirm-1 = 重新发的话，上次就包成那样，这次再碎了怎么办？周五之前真能到吗？
confirm-2 = 补发可以，但我得知道确切什么时候到，周六的派对我还得安排呢。
confirm-3 = 那就给我重新发一个吧。什么时候能到？周六的派对我还得安排。
confirm-4 = 行，那就补发。可上次就包成那样，这次你们打算怎么包？别再碎了。
confirm-5 = 我就怕再碎一次。这回的包装你们到底怎么弄？
confirm-6 = 好，这回我可就信你了。到我手上之前你随时跟我说一声。

wrapup-1 = 好，那我就等你的消息了。
wrapup-2 = 好，这次可千万别再出岔子了啊。
wrapup-3 = 好，就这么办。要照片的话我挂了电话就拍，箱子和碎片都留着呢。我等你消息。

# 本场景的反应：问到的事按案件资料回答（昨天上午签收、人没事、孩子周六满六岁），给了选项她就选补发，敷衍不引用对方没说过的词。
react-opening-technique-empathy-1 = 你能明白就好。人倒是没事，就是心疼。
react-opening-technique-empathy-2 = 嗯……好在人没伤着，可东西全毁了。
react-opening-technique-apology-1 = 道歉我收下了。好在人没事，可东西全毁了。
react-opening-technique-apology-2 = 嗯，知道是你们的问题就好。人倒是没伤着，就是心疼。
react-opening-technique-probing_question-1 = 订单是20261120-30418，昨天上午签收的，箱子一打开就这样了。照片我挂了电话就拍给你，碎片都还在桌上，我差点就被划到手。
react-opening-technique-probing_question-2 = 订单20261120-30418，昨天上午到的，东西全碎了。照片你要的话我现在就拍，箱子和碎片我都留着。
react-technique-probing_question-1 = 箱子和碎片我都留着，照片我挂了电话就拍给你。
react-technique-probing_question-2 = 昨天上午签收的，一拆开就是碎的。东西我都留着，要照片我拍给你。
react-birthday-technique-probing_question-1 = 要，就补发新的，孩子别的都不要。箱子和碎片我都留着，你要用就说。
react-birthday-technique-probing_question-2 = 就补发新的吧，孩子就等这个。
react-options-technique-probing_question-1 = 那就补发新的。照片我挂了电话就拍，箱子和碎片都在。
react-options-technique-probing_question-2 = 行，就按补发办。箱子和碎片我都留着，拍照没问题。
react-confirm-technique-probing_question-1 = 那就补发新的。照片我挂了电话就拍，箱子和碎片都在。
react-confirm-technique-probing_question-2 = 行，就按补发办。箱子和碎片我都留着，拍照没问题。
react-technique-when_question-1 = 昨天上午十点半左右签收的，我当时就拆开了，一拆就是碎的。
react-technique-when_question-2 = 就昨天上午到的，我当场拆的。
react-technique-topic_shift-1 = 他周六就满六岁了。一说起那个会转的木马，他眼睛都亮。
react-technique-topic_shift-2 = 周六他就六岁了，在家给他办个小派对，就等这个木马呢。
react-opening-technique-topic_shift-1 = 孩子没事，玻璃没碰着，谢天谢地。他周六就满六岁了。
react-opening-technique-topic_shift-2 = 孩子没事，我趁他没看见就扫干净了。他周六满六岁，就盼着这个木马呢。
react-technique-offer_alternative-1 = 那就补发吧，孩子就等着这个呢。
react-technique-offer_alternative-2 = 我要的是东西，不是钱。那就重新发一个吧。
react-opening-technique-offer_alternative-1 = 先别跟我说补不补、退不退的！
react-opening-technique-offer_alternative-2 = 补发退款的先放一边，你先听我说完。
react-unheard-technique-offer_alternative-1 = 先别跟我说补不补、退不退的！
react-unheard-technique-offer_alternative-2 = 补发退款的先放一边，你先听我说完。
react-taboo-weak_commitment-1 = 你这话听着没底啊，到底能不能赶上周六？
react-taboo-weak_commitment-2 = 说了跟没说一样，我要个准话。
react-concrete-1 = 嗯，这话我先记下了。
react-concrete-2 = 好，这个我知道了。

choice-opening-good = 刘女士，真的太抱歉了，让您收到一箱碎玻璃，还差点划到手。我非常理解您现在又心疼又生气的心情。
choice-opening-blame = 您签收的时候怎么没当面验货呢？这个是您自己没注意。
choice-opening-buck = 运输途中压坏的，这个您得先去找快递公司理赔。
choice-unheard-good = 对不起，是我太着急了。您打开箱子看到一地碎玻璃，肯定又心疼又窝火，我在认真听您说。
choice-unheard-bad = 您先别激动，碎了就碎了，补发一个就行了。
choice-hurt-good = 是我刚才说得不对，真的很抱歉。东西是我们发的，这件事我来负责到底，不用您去跟任何人扯皮。
choice-hurt-bad = 我也是按流程跟您说的，您这样说话我们也没办法沟通。
choice-birthday-good = 原来是给小朋友的生日礼物，难怪您这么着急。小朋友今年几岁啦？
choice-birthday-ok = 孩子盼了这么久的礼物碎了，换作是我也会特别难受。
choice-birthday-bad = 以后收到易碎品，建议您当着快递员的面拆开检查，就不会这样了。
choice-options-good = 我给您两个方案：一是今天就从北京仓给您补发一个全新的，顺丰次日达；二是直接给您全额退款，碎片不用寄回。您看哪个更合适？
choice-options-buck = 快递压坏的东西，您得先去找快递公司定责，定完责我们才能处理。
choice-options-weak = 补发的话我试试看吧，不一定赶得上周六。
choice-confirm-good = 这次我让仓库用双层气泡柱加木架包装，今天下午4点前发出，发出后一小时内我把顺丰单号短信通知您，周五晚上6点前一定送到。
choice-confirm-bad = 什么时候到这个我也说不准，得看快递那边，我管不了。
choice-wrapup-good = 感谢您这么体谅，有任何问题随时打这个电话找我，提前祝小朋友生日快乐！
choice-wrapup-bad = 行了，不就是个水晶球嘛，补发了就没事了，我先挂了。

end-won-back = 刘女士挂电话前还笑着说了句“替我儿子谢谢你”。你先接住了她的心疼和火气，又顺着她提到的孩子聊了一句，她的情绪就从“碎了”转到了“周六”。之后给选择、给确切时间，她自然愿意再信你一次。
end-resolved = 补发安排好了，刘女士也接受了。如果在她说起孩子生日的时候顺着聊一句（孩子几岁了？派对准备得怎么样？），她会更快放下火气，这通电话会更暖。
end-resolved-cool = 事情办了，但刘女士挂电话时还憋着气。回头看看：哪一句让她觉得被怪罪、被催促，或者没被听见？
end-escalated = 刘女士觉得店里把责任往她身上推、把她往快递那边推，去平台发起了投诉。破损件是店铺发出的，先道歉、先认下，再去和快递追责，那是我们自己的事。
end-left = 刘女士等不下去，挂了电话，转头去别家下了单。电话里的沉默特别磨人：开口要快，需要查东西时先告诉她你在做什么。

# Asked about the birthday (topic "birthday" in scenario.ron), she answers about it.
react-technique-when_question-birthday-1 = 这周六，他满六岁，派对就定在周六。
react-technique-when_question-birthday-2 = 就这周六啊，孩子六岁生日，派对都安排好了。
react-technique-probing_question-birthday-1 = 这周六，他满六岁，派对就定在周六。
react-technique-probing_question-birthday-2 = 就这周六啊，孩子六岁生日，派对都安排好了。
