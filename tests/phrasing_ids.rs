//! Per-id unit tests of the shipped phrasebooks.
//!
//! For every technique and taboo id of `TECHNIQUES.md`, in all three locales (zh-CN, zh-TW written
//! in traditional characters, en-US): replies that show the id, and near misses that must not
//! (the same words negated, a question where a statement is needed or the reverse, similar words
//! with another meaning). Plus the professional rewrites that taboo hits carry.
//!
//! Run: `cargo test --no-default-features --test phrasing_ids`.

use defuse::locale::Locale;
use defuse::phrasing::ids::{TABOOS, TECHNIQUES};
use defuse::phrasing::{Analysis, Engine};
use std::sync::OnceLock;

const CN: Locale = Locale::ZhCn;
const TW: Locale = Locale::ZhTw;
const EN: Locale = Locale::EnUs;

/// The shipped phrasebooks, compiled once for all tests.
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::load_default().expect("the shipped phrasebooks load"))
}

fn analyse(text: &str, locale: Locale) -> Analysis {
    engine().analyse(text, locale)
}

/// Every id the engine found, for failure messages.
fn found(a: &Analysis) -> Vec<&str> {
    a.technique_ids().into_iter().chain(a.taboo_ids()).collect()
}

/// Replies that show the id: the engine must detect it.
#[rustfmt::skip]
const SHOWS: &[(&str, Locale, &str)] = &[
    // when_question
    ("when_question", CN, "请问这个问题是从哪天开始出现的?"),
    ("when_question", CN, "您是从哪一次开始觉得我们的服务让您失望的?"),
    ("when_question", TW, "請問您是從什麼時候開始發現耳機沒有聲音的?"),
    ("when_question", TW, "這種情況持續多久了?"),
    ("when_question", EN, "When did you first notice the screen flickering?"),
    ("when_question", EN, "Since when has the printer been jamming?"),
    // topic_shift
    ("topic_shift", CN, "我理解您的心情,对了,您家小朋友今年几岁啦?"),
    ("topic_shift", CN, "宝宝下周就满月了吧?"),
    ("topic_shift", TW, "聽您說下個月要去旅行,行程都安排好了嗎?"),
    ("topic_shift", TW, "聽口音您是四川人吧,老家那邊天氣怎麼樣?"),
    ("topic_shift", EN, "By the way, how old is your little one now?"),
    ("topic_shift", EN, "You mentioned your son's birthday, is he having a party?"),
    // pause_consult
    ("pause_consult", CN, "您稍等,我去和主管申请一下,看看还能为您做些什么。"),
    ("pause_consult", TW, "請您稍候,我向主管反映一下,看能否再給您爭取一些補償。"),
    ("pause_consult", EN, "Let me check with my supervisor about what else we can do for you."),
    ("pause_consult", EN, "Please hold while I run this by my manager."),
    // set_limits
    ("set_limits", CN, "我很想帮您,但如果您继续这样辱骂,我只能先结束这次对话,稍后再联系您。"),
    ("set_limits", TW, "我真的很想幫您解決,但如果您一直這樣情緒激動,我只好改天再和您聯繫,您看可以嗎?"),
    ("set_limits", EN, "I really want to help, but if the insults continue I'll have to end this chat and call you back later."),
    // polite_no
    ("polite_no", CN, "非常抱歉,这款商品已经是最低价了,我们实在无法再给您优惠。"),
    ("polite_no", CN, "很遗憾,这个型号已经停产了,我们不能再为您维修。"),
    ("polite_no", TW, "很抱歉,超過七天的訂單我這邊確實辦不了退款。"),
    ("polite_no", TW, "價格改不了,不過我可以幫您申請一張優惠券。"),
    ("polite_no", EN, "I'm sorry, but we're unable to extend the return window for this order."),
    ("polite_no", EN, "Unfortunately, we're not able to ship to PO boxes."),
    // offer_alternative
    ("offer_alternative", CN, "这款暂时没货了,不过我可以为您推荐同系列的另一款,您看可以吗?"),
    ("offer_alternative", CN, "这款没货了,要不我给您换成同价位的另一款?"),
    ("offer_alternative", TW, "您看是幫您換貨還是直接退款呢?"),
    ("offer_alternative", TW, "另外再送您一張二十元的優惠券作為補償。"),
    ("offer_alternative", EN, "As an alternative, I can send you a replacement in a different colour."),
    ("offer_alternative", EN, "Would you prefer a refund or a replacement?"),
    // empathy
    ("empathy", CN, "我非常理解您现在着急的心情。"),
    ("empathy", CN, "花了这么多钱买的东西出了问题,换谁都会窝火。"),
    ("empathy", TW, "換作是我,我也會很著急的。"),
    ("empathy", TW, "這種落差真的太讓人難受了。"),
    ("empathy", EN, "I completely understand how frustrating this must be."),
    ("empathy", EN, "That must be really painful, I'm so sorry."),
    ("empathy", EN, "I'd be furious too if my parcel arrived broken."),
    // apology
    ("apology", CN, "非常抱歉给您带来了不便。"),
    ("apology", CN, "刚才是我没解释清楚,对不起。"),
    ("apology", TW, "這次確實是我們的疏忽,真的很對不起。"),
    ("apology", EN, "I sincerely apologize for the mix-up with your order."),
    // paraphrase_confirm
    ("paraphrase_confirm", CN, "您的意思是收到的尺码和下单时不一样,对吗?"),
    ("paraphrase_confirm", CN, "我跟您确认一下:您是收到了两件一样的,是这样吗?"),
    ("paraphrase_confirm", TW, "如果我沒理解錯的話,您是想把地址改成公司,是這樣嗎?"),
    ("paraphrase_confirm", EN, "So what you're saying is the parcel arrived without the charger, is that right?"),
    // probing_question
    ("probing_question", CN, "您能具体描述一下出现故障时的情况吗?"),
    ("probing_question", CN, "请问是家里人帮您签收的吗?"),
    ("probing_question", TW, "請問這個問題是一直都會出現,還是偶爾才會?"),
    ("probing_question", EN, "Could you describe what happens when you try to log in?"),
    ("probing_question", EN, "Was there any damage to the outer box?"),
    // offer_help
    ("offer_help", CN, "这件事交给我,我来帮您跟进处理。"),
    ("offer_help", CN, "您别着急,我一定帮您查清楚。"),
    ("offer_help", TW, "我很樂意為您解決這個問題。"),
    ("offer_help", EN, "I'd be happy to help you sort this out."),
    ("offer_help", EN, "Let me look into the missing coupon for you."),
    // commit_timeline
    ("commit_timeline", CN, "我会在今天下午五点前给您回复处理结果。"),
    ("commit_timeline", CN, "今晚八点前我会把快递单号发给您。"),
    // A forecast hedged in another clause leaves the dispatch promised (listening check 15).
    ("commit_timeline", CN, "赠品今天17点前寄出，明后天应该就到。"),
    ("commit_timeline", TW, "明天中午前我一定給您一個明確的答覆。"),
    ("commit_timeline", TW, "今晚八點前我會把單號發給您。"),
    ("commit_timeline", EN, "I'll get back to you with an update by 5pm today."),
    ("commit_timeline", EN, "I'll email you the invoice before 11 tomorrow."),
    // thank_customer
    ("thank_customer", CN, "非常感谢您的耐心等待。"),
    ("thank_customer", TW, "謝謝您的寶貴意見,我們會轉達給相關部門。"),
    ("thank_customer", TW, "謝謝您這麼詳細地告訴我們情況。"),
    ("thank_customer", EN, "Thank you for bringing this to our attention."),
    ("thank_customer", EN, "Thanks so much for choosing our store!"),
    // positive_wording
    ("positive_wording", CN, "由于需要的顾客多,这款产品我们暂时没货了,预计下周补货。"),
    ("positive_wording", TW, "這款商品目前暫時缺貨,預計下週就會到貨。"),
    ("positive_wording", EN, "That style is temporarily out of stock, but more are on the way."),
    // i_statement
    ("i_statement", CN, "不好意思,也许是我没有说清楚,请允许我再解释一遍。"),
    ("i_statement", CN, "是我说得不妥,请您见谅。"),
    ("i_statement", TW, "這是我們的失誤,我馬上為您補發。"),
    ("i_statement", EN, "I'm sorry, I may not have explained that clearly; let me put it another way."),
    ("i_statement", EN, "That's on us, not you."),
    // warm_handoff
    ("warm_handoff", CN, "您的问题有专人负责,我帮您联系他,请您留下联系方式可以吗?"),
    ("warm_handoff", CN, "我已经把您的情况转给值班经理,他会亲自给您回电话。"),
    ("warm_handoff", TW, "我已經把您的情況轉交給售後專員,他會在今天內與您聯繫。"),
    ("warm_handoff", EN, "I've passed your case to our billing specialist, who will call you by 3pm."),
    ("warm_handoff", EN, "From now on your case is handled personally by our senior technician."),
    // (P20) a named colleague who reaches the customer
    ("warm_handoff", EN, "Tomorrow's visit is booked with our installation manager. Mr Chen will call you by 8 pm tonight."),
    // greeting
    ("greeting", CN, "您好,我是客服小美,很高兴为您服务。"),
    ("greeting", TW, "歡迎光臨,有什麼可以幫您的嗎?"),
    ("greeting", EN, "Hi, my name is Anna and I'll be helping you today."),
    // hold_notice
    ("hold_notice", CN, "请您稍等,我马上为您查询物流信息。"),
    ("hold_notice", TW, "請您稍候,正在為您核實訂單資訊。"),
    ("hold_notice", EN, "Please bear with me for a moment while I check your order."),
    ("hold_notice", EN, "Give me a few minutes while I check with the warehouse."),
    // reassurance
    ("reassurance", CN, "您放心,您的问题我们一定会处理好。"),
    ("reassurance", CN, "您的定金二十四小时内就会退回。"),
    ("reassurance", TW, "請您放心,您的帳戶資金是安全的。"),
    ("reassurance", EN, "Rest assured, your refund has already been processed."),
    // closing
    ("closing", CN, "如有任何问题,欢迎随时联系我们,祝您生活愉快!"),
    ("closing", CN, "以后有问题随时来电。"),
    ("closing", TW, "非常感謝您的惠顧,期待您再次光臨。"),
    ("closing", EN, "Is there anything else I can help you with today?"),
    // blame_customer
    ("blame_customer", CN, "这是您自己操作不当造成的。"),
    ("blame_customer", CN, "您签收的时候没有当面验货吗?"),
    ("blame_customer", CN, "很多客户都是没仔细看说明书。"),
    ("blame_customer", TW, "您是不是填錯地址了?"),
    ("blame_customer", TW, "您可能沒看清活動規則。"),
    ("blame_customer", EN, "You didn't read the size chart, that's why it doesn't fit."),
    ("blame_customer", EN, "You probably didn't check the foam inside the box."),
    // policy_shield
    ("policy_shield", CN, "这是公司的规定,我也没办法。"),
    ("policy_shield", CN, "领导说只能按流程来。"),
    ("policy_shield", TW, "規定就是規定,我們不能破例。"),
    ("policy_shield", EN, "That's company policy, there's nothing I can do."),
    ("policy_shield", EN, "According to our policy, opened items can't be returned."),
    // pass_the_buck
    ("pass_the_buck", CN, "这事不归我管,您去找售后吧。"),
    ("pass_the_buck", CN, "安装的事您直接找安装公司就行。"),
    ("pass_the_buck", TW, "這個您得自己去找快遞公司理賠。"),
    ("pass_the_buck", TW, "這個您自己在訂單頁面查一下不就知道了。"),
    ("pass_the_buck", EN, "That's not my department, you'll have to contact the seller yourself."),
    ("pass_the_buck", EN, "That's the courier's problem, not ours."),
    ("pass_the_buck", EN, "You'll need to file a claim with the carrier."),
    // commanding
    ("commanding", CN, "你必须先把订单号发给我。"),
    ("commanding", CN, "您先去把退货规则看清楚再来找我。"),
    ("commanding", TW, "你趕緊把截圖發過來。"),
    ("commanding", EN, "Listen to me, you must send the receipt first."),
    ("commanding", EN, "Fill in the form and wait to be notified."),
    // dismissive
    ("dismissive", CN, "您没有必要担心这些问题。"),
    ("dismissive", CN, "抢不到很正常的。"),
    ("dismissive", TW, "這點小事,您就別計較了。"),
    ("dismissive", TW, "您先別激動,壞了換一個就好了。"),
    ("dismissive", TW, "您等著就行,貨到了會通知。"),
    ("dismissive", EN, "Calm down, it's not a big deal."),
    ("dismissive", EN, "Take it or leave it."),
    ("dismissive", EN, "So what? It's only a day late."),
    // negative_wording
    ("negative_wording", CN, "不好意思让您久等了。"),
    ("negative_wording", TW, "您要的那款已經賣完了。"),
    ("negative_wording", EN, "Sorry to keep you waiting."),
    ("negative_wording", EN, "There's no stock left."),
    // argue_back
    ("argue_back", CN, "这不是我们的错,您怎么能怪我们?"),
    ("argue_back", CN, "您都用了一个月了,怎么还能退呢?"),
    ("argue_back", TW, "訂單明明已經簽收了,您怎麼還說沒收到?"),
    ("argue_back", EN, "That's not true, we never promised next-day delivery."),
    ("argue_back", EN, "How can you expect a refund after a month?"),
    // threaten
    ("threaten", CN, "你再这样闹,我就把你拉黑。"),
    ("threaten", TW, "你再亂寫差評,後果自負。"),
    ("threaten", EN, "If you keep this up, we'll ban your account."),
    // lecture
    ("lecture", CN, "您应该先看清楚商品说明再下单。"),
    ("lecture", CN, "我这是为您好,以后下单前先问清楚。"),
    ("lecture", CN, "骂人可解决不了问题。"),
    ("lecture", TW, "下次下單前記得看清楚尺碼表,就不會這樣了。"),
    // a blind player's hindsight advice, the parcel named between (stop 26)
    ("lecture", CN, "不过说句实在的，下次收到这种易碎品，最好当着快递员的面先开箱检查一下。"),
    ("lecture", EN, "Next time, make sure you read the description before ordering."),
    ("lecture", EN, "You should have checked the size chart before ordering."),
    ("lecture", EN, "Swearing at me won't solve anything."),
    // badmouth_company
    ("badmouth_company", CN, "说实话我们这款质量确实一般,我自己都不用。"),
    ("badmouth_company", CN, "我们家系统也老出问题,我也觉得挺坑的。"),
    ("badmouth_company", TW, "我們倉庫老是發錯貨,真的很不靠譜。"),
    ("badmouth_company", EN, "Honestly, our app is garbage and crashes all the time."),
    ("badmouth_company", EN, "Honestly, the system is always glitching."),
    // weak_commitment
    ("weak_commitment", CN, "您的问题我试试看吧,不一定能成。"),
    ("weak_commitment", CN, "应该明天能到吧,看物流吧。"),
    ("weak_commitment", TW, "這個我也不敢保證,等通知吧。"),
    ("weak_commitment", EN, "I'll try, but no promises."),
    ("weak_commitment", EN, "About a week, I guess."),
    // share_private_data
    ("share_private_data", CN, "买家的手机号是13800001111,您直接联系他吧。"),
    ("share_private_data", CN, "快递员的电话是13912345678,您直接打给他。"),
    ("share_private_data", TW, "我偷偷告訴您,收件人的電話是0912345678。"),
    ("share_private_data", EN, "Sure, her phone number is 555-0134, you can call her directly."),
    // internet_slang
    ("internet_slang", CN, "亲,您的快递明天就到哦~"),
    ("internet_slang", TW, "親,好噠,馬上幫您處理。"),
    ("internet_slang", EN, "lol no worries, gonna fix it 2moro"),
    // (stop 31) the customer's own doing put as a suspicion, and her miss presumed
    ("blame_customer", TW, "吹風機壞了喔？你是不是有拿去吹很久沒讓它休息"),
    ("blame_customer", CN, "您是不是用的时候一直开着最高档？"),
    ("blame_customer", EN, "It shows as signed for. You probably just didn't hear the door."),
];

/// Near misses: the engine must not detect the id.
#[rustfmt::skip]
const MISSES: &[(&str, Locale, &str)] = &[
    // when_question
    ("when_question", CN, "这个问题是从上周开始出现的。"),
    ("when_question", CN, "您什么时候开始觉得不满意,我们都会认真对待。"),
    ("when_question", TW, "您什麼時候方便,我們安排師傅上門?"),
    ("when_question", EN, "When would be a good time for us to call you?"),
    ("when_question", EN, "When did we ever promise that?"),
    // topic_shift
    ("topic_shift", CN, "您家孩子的那件外套尺码偏小了,我帮您换大一码。"),
    ("topic_shift", TW, "您孩子的學習機出現了什麼問題?"),
    ("topic_shift", EN, "Your daughter's order has shipped and should arrive on Friday."),
    ("topic_shift", EN, "How is your order number formatted?"),
    // pause_consult
    ("pause_consult", CN, "这个不用请示领导,我现在就能帮您办。"),
    ("pause_consult", TW, "這件事不需要請示主管,我這邊就可以直接處理。"),
    ("pause_consult", TW, "我們主管今天不在。"),
    ("pause_consult", EN, "I don't need to check with my supervisor; I can approve this myself."),
    ("pause_consult", EN, "My manager already approved the refund yesterday."),
    // set_limits
    ("set_limits", CN, "如果您还有其他问题,可以随时联系我们。"),
    ("set_limits", TW, "如果您方便的話,我們可以改天再約時間。"),
    ("set_limits", EN, "If the issue continues after the update, please let me know."),
    ("set_limits", EN, "I'll end this chat if you have no more questions."),
    // polite_no
    ("polite_no", CN, "我们无法接受这种要求。"),
    ("polite_no", TW, "很抱歉讓您久等了,退款已經為您辦好了。"),
    ("polite_no", EN, "I'm sorry to hear the parcel was late; we're able to refund the shipping fee."),
    ("polite_no", EN, "Unfortunately the courier was late, but your parcel has now arrived."),
    // offer_alternative
    ("offer_alternative", CN, "这款没有其他颜色了。"),
    ("offer_alternative", CN, "另外,请问您的收货地址有变化吗?"),
    ("offer_alternative", TW, "換貨和退款都需要先把商品寄回來。"),
    ("offer_alternative", EN, "We can't offer a replacement for this item."),
    ("offer_alternative", EN, "Would you prefer I call or email you?"),
    // empathy
    ("empathy", CN, "还请您理解我们的规定。"),
    ("empathy", TW, "我不理解您為什麼這麼生氣。"),
    ("empathy", TW, "這件事不會讓人失望的,請放心。"),
    ("empathy", EN, "I don't understand why you're so upset."),
    ("empathy", EN, "That must be the wrong size, let me check."),
    // apology
    ("apology", CN, "不好意思,请问您的订单号是多少?"),
    ("apology", TW, "我們沒什麼好道歉的。"),
    ("apology", EN, "Sorry, could you send me your order number?"),
    ("apology", EN, "Too bad, sorry."),
    // paraphrase_confirm
    ("paraphrase_confirm", CN, "您的手机号是138开头的,对吗?"),
    ("paraphrase_confirm", CN, "所有软件都是这样吗?"),
    ("paraphrase_confirm", TW, "請問您的收貨地址是台北市,對嗎?"),
    ("paraphrase_confirm", EN, "Your order number is 12345, is that right?"),
    // probing_question
    ("probing_question", CN, "请问还有什么可以帮您?"),
    ("probing_question", TW, "請問還有其他需要幫忙的嗎?"),
    ("probing_question", EN, "Is there anything else I can help you with?"),
    ("probing_question", EN, "Was there anything else you needed?"),
    // offer_help
    ("offer_help", CN, "这个问题我们处理不了。"),
    ("offer_help", TW, "我不會幫您處理這種要求。"),
    ("offer_help", EN, "I can't help you with that."),
    // commit_timeline
    ("commit_timeline", CN, "退款会在3-5个工作日内原路退回。"),
    ("commit_timeline", CN, "尽量今天给您寄出。"),
    ("commit_timeline", CN, "上次客服答应今天下午五点前回复您,是这样吗?"),
    ("commit_timeline", CN, "每天下午四点前下单当天发货。"),
    ("commit_timeline", TW, "退款一般24小時內到帳。"),
    ("commit_timeline", EN, "Refunds usually take 3-5 business days to appear on your statement."),
    ("commit_timeline", EN, "Orders placed before 3 pm ship the same day."),
    // thank_customer
    ("thank_customer", CN, "不用谢,这是我们应该做的。"),
    ("thank_customer", TW, "不客氣,這是我們應該做的。"),
    ("thank_customer", EN, "No need to thank me, that's my job."),
    // positive_wording
    ("positive_wording", CN, "这款已经卖完了。"),
    ("positive_wording", CN, "已经没有库存了,补不补货我也不知道。"),
    ("positive_wording", TW, "這款早就賣光了。"),
    ("positive_wording", EN, "That style is sold out."),
    // i_statement
    ("i_statement", CN, "不是我们的问题,是快递的原因。"),
    ("i_statement", TW, "這不全是我們的責任。"),
    ("i_statement", EN, "You weren't clear about which size you wanted."),
    ("i_statement", EN, "The shipping is on us this time."),
    // warm_handoff
    ("warm_handoff", CN, "这个问题请您自己联系售后部门。"),
    ("warm_handoff", TW, "我無法幫您轉接其他部門。"),
    ("warm_handoff", EN, "I can't transfer you to another department."),
    ("warm_handoff", EN, "Installation is handled by a third-party installer."),
    // greeting
    ("greeting", TW, "還有什麼可以幫您的嗎?"),
    ("greeting", EN, "Is there anything else I can help you with?"),
    // hold_notice
    ("hold_notice", CN, "感谢您的耐心等待,已经为您查到了。"),
    ("hold_notice", TW, "讓您久等了,處理結果如下。"),
    ("hold_notice", EN, "Thank you for waiting, I have the details now."),
    ("hold_notice", EN, "Let me look into the missing coupon for you."),
    // reassurance
    ("reassurance", CN, "这个情况我们也不放心,需要再核实。"),
    ("reassurance", TW, "您如果不放心,可以自己去營業廳查詢。"),
    ("reassurance", EN, "I can't guarantee your refund will be processed."),
    // closing
    ("closing", CN, "欢迎您随时提出宝贵意见。"),
    ("closing", TW, "感謝您的耐心,我們繼續為您查詢。"),
    ("greeting", CN, "您好像还没确认收货,麻烦确认一下。"),
    ("closing", EN, "I'll take care of the refund for you."),
    ("closing", EN, "I'll take care of it right away."),
    // blame_customer
    ("blame_customer", CN, "这不是您的错,是我们的系统出了问题。"),
    ("blame_customer", CN, "如果您没领到券,我帮您补发一张。"),
    ("blame_customer", TW, "如果您沒有收到簡訊,我再幫您重發一次。"),
    ("blame_customer", EN, "It's not your fault, the courier lost the parcel."),
    ("blame_customer", EN, "In case you didn't see it, the gift is inside the foam."),
    // policy_shield
    ("policy_shield", CN, "根据多数人的需求情况,我们公司目前是这样规定的,不过我可以为您申请补偿。"),
    ("policy_shield", TW, "按照規定我們可以為您辦理退貨。"),
    ("policy_shield", EN, "Our policy allows returns within 30 days, so I can start that for you now."),
    ("policy_shield", EN, "Unfortunately, according to our policy opened items can't be returned, but I can offer you a discount."),
    // the accusation quoted to take it back (a blind player in wants_the_manager)
    ("blame_customer", EN, "That one's on us, not you, and you shouldn't have been told you misread it."),
    ("blame_customer", CN, "昨天同事说是您看错了尺码，这话本来就不该说，错在我们。"),
    // (stop 31) a question about her wish, or about our side, is no suspicion
    ("blame_customer", CN, "您是不是想换成黑色的？"),
    ("blame_customer", CN, "您是不是用的我们仓库发的那个盒子？"),
    ("blame_customer", EN, "We probably just missed it when packing, I'm sorry."),
    ("badmouth_company", CN, "昨天同事说是您看错了尺码，这话本来就不该说，错在我们。"),
    // a blind player: the rule cited as the reason to give, not to refuse
    ("policy_shield", EN, "Here's the deal: per our policy for multiple issues in a month, I'm refunding the two broken jars plus shipping in full right now."),
    // pass_the_buck
    ("pass_the_buck", CN, "这个问题我帮您联系售后,请您稍等。"),
    ("pass_the_buck", CN, "安装的事我来帮您联系安装公司。"),
    ("pass_the_buck", TW, "這個我來幫您聯繫快遞公司理賠。"),
    ("pass_the_buck", EN, "I'll contact the courier for you and get back to you today."),
    ("pass_the_buck", EN, "I'll file the claim with the carrier for you."),
    // commanding
    ("commanding", CN, "麻烦您把订单号发给我,我来帮您查询。"),
    ("commanding", CN, "我先去看清楚规则再来回复您。"),
    ("commanding", TW, "您慢慢說,我都聽著。"),
    ("commanding", TW, "您慢慢說,我聽著。"),
    ("commanding", EN, "You must be exhausted after all this."),
    ("commanding", EN, "Please fill in the form and we'll notify you."),
    // dismissive
    ("dismissive", CN, "您的担心很有必要,我这就帮您核实。"),
    ("dismissive", CN, "这种情况很不正常,我马上帮您查。"),
    ("dismissive", TW, "這不是小事,我們會認真處理。"),
    ("dismissive", EN, "I understand this is a big deal for you."),
    ("dismissive", EN, "You can take it back or leave it with us."),
    // "so what" opening a clause, not the shrug (a blind player's Mr. Qian heard "brushing off").
    ("dismissive", EN, "The slip shows a 42 went out, so what you were told yesterday was wrong too."),
    // negative_wording
    ("negative_wording", CN, "非常感谢您的耐心等待。"),
    ("negative_wording", CN, "不过品牌方下周会补货,卖完了的款式到时候都会有。"),
    ("negative_wording", TW, "您要的那款暫時沒貨了,預計下週補貨。"),
    ("negative_wording", EN, "Thank you for your patience."),
    ("negative_wording", EN, "A present he's waited so long for, broken."),
    // argue_back
    ("argue_back", CN, "如果是我们的问题,我们一定负责到底。"),
    ("argue_back", CN, "我们怎么还能帮您做些什么呢?"),
    ("argue_back", TW, "系統顯示訂單已經簽收了,我幫您聯繫快遞核實一下。"),
    ("argue_back", EN, "You're right, we promised next-day delivery and we didn't deliver."),
    ("argue_back", EN, "How can we make this right for you?"),
    // the agent waving off the customer's apology by taking the blame (stop 26)
    ("argue_back", CN, "您别这么说，是我刚才那句话不妥，责任在我们，不在您。"),
    // (P20) the cause said and owned in one sentence
    ("argue_back", CN, "这次是运输途中压坏的，责任在我们，碎片不用寄回。"),
    ("lecture", CN, "以后收到货有任何问题，随时联系我们确认。"),
    // threaten
    ("threaten", CN, "如果您收到骚扰电话,可以把号码拉黑。"),
    ("threaten", TW, "如果您再遇到問題,我們就會優先為您處理。"),
    ("threaten", EN, "If your payment fails, your account may be suspended automatically."),
    // lecture
    ("lecture", CN, "我们应该先跟您确认清楚的,这是我们的疏忽。"),
    ("lecture", TW, "下次我們會注意,不會再發錯貨了。"),
    ("lecture", EN, "Next time you order, you'll get free shipping."),
    ("lecture", EN, "You should have received a confirmation email."),
    // badmouth_company
    ("badmouth_company", CN, "说实话,我们这款的质量非常好,很多老顾客回购。"),
    ("badmouth_company", TW, "倉庫這次發錯了貨,我馬上為您補發正確的。"),
    ("badmouth_company", EN, "Our app isn't perfect yet, but the update fixes this crash."),
    ("badmouth_company", EN, "The system is always updated overnight."),
    // weak_commitment
    ("weak_commitment", CN, "您的问题我一定尽力而为。"),
    ("weak_commitment", CN, "应该是快递员放错了,我帮您联系他。"),
    ("weak_commitment", TW, "這個我可以保證,明天上午一定給您答覆。"),
    ("weak_commitment", EN, "I promise I'll have this fixed by tomorrow."),
    // (P23) what the customer is asked to do when she can
    ("weak_commitment", EN, "And if you can still send those photos sometime today, that just completes the record."),
    ("weak_commitment", EN, "I guess you'd like a refund; I'll process it today."),
    // share_private_data
    ("share_private_data", CN, "为了保护隐私,买家的手机号我们不能提供给您。"),
    ("share_private_data", CN, "快递员的电话是多少我帮您查一下。"),
    ("share_private_data", CN, "这次由李师傅专人负责,他的手机号我发给您。"),
    ("share_private_data", TW, "收件人的電話我們無法透露,我可以幫您轉達。"),
    ("share_private_data", EN, "I'm sorry, I can't share her phone number, but I can pass your message on."),
    // internet_slang
    ("internet_slang", CN, "我会亲自帮您跟进这个问题。"),
    ("internet_slang", TW, "我會親自跟進,請您放心。"),
    ("internet_slang", EN, "No problem, I'll have it fixed tomorrow."),
];

fn all_ids() -> impl Iterator<Item = &'static str> {
    TECHNIQUES.iter().chain(TABOOS).copied()
}

#[test]
fn every_id_has_both_directions_in_every_locale() {
    let mut gaps = Vec::new();
    for id in all_ids() {
        for locale in Locale::ALL {
            if !SHOWS.iter().any(|(i, l, _)| *i == id && *l == locale) {
                gaps.push(format!("{id} has no reply that shows it in {locale}"));
            }
            if !MISSES.iter().any(|(i, l, _)| *i == id && *l == locale) {
                gaps.push(format!("{id} has no near miss in {locale}"));
            }
        }
    }
    for (id, _, _) in SHOWS.iter().chain(MISSES) {
        assert!(all_ids().any(|k| k == *id), "unknown id \"{id}\" in the tables; ids are listed in TECHNIQUES.md");
    }
    assert!(gaps.is_empty(), "missing cases:\n  {}", gaps.join("\n  "));
}

#[test]
fn zh_tw_cases_are_written_in_traditional_characters() {
    for (id, locale, text) in SHOWS.iter().chain(MISSES) {
        if *locale == TW {
            assert_ne!(fast2s::convert(text), *text, "{id}: the zh-TW case \"{text}\" holds no traditional character");
        }
    }
}

#[test]
fn replies_that_show_an_id_are_detected() {
    let failures: Vec<String> = SHOWS
        .iter()
        .filter_map(|&(id, locale, text)| {
            let a = analyse(text, locale);
            (!a.has(id)).then(|| format!("{id} not detected in {locale}: \"{text}\" (found {:?})", found(&a)))
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} replies missed:\n  {}", failures.len(), SHOWS.len(), failures.join("\n  "));
}

#[test]
fn near_misses_are_not_detected() {
    let failures: Vec<String> = MISSES
        .iter()
        .filter_map(|&(id, locale, text)| {
            let a = analyse(text, locale);
            a.has(id).then(|| format!("{id} wrongly detected in {locale}: \"{text}\" (found {:?})", found(&a)))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} near misses flagged:\n  {}",
        failures.len(),
        MISSES.len(),
        failures.join("\n  ")
    );
}

/// The first hit of taboo `id` in `text`, with a clear message when there is none.
fn taboo<'a>(a: &'a Analysis, id: &str) -> &'a defuse::phrasing::TabooHit {
    a.taboos
        .iter()
        .find(|t| t.hit.id == id)
        .unwrap_or_else(|| panic!("{id} not detected in {}: \"{}\" (found {:?})", a.locale, a.text, found(a)))
}

#[test]
fn every_taboo_hit_offers_a_rewrite() {
    for &(id, locale, text) in SHOWS.iter().filter(|(id, _, _)| TABOOS.contains(id)) {
        let a = analyse(text, locale);
        let t = taboo(&a, id);
        assert!(
            t.rewrite.as_deref().is_some_and(|r| !r.trim().is_empty()),
            "{id} in {locale}: \"{text}\" has no rewrite to suggest"
        );
        assert!(!t.rewrites.is_empty(), "{id} in {locale}: \"{text}\" has an empty rewrite list");
    }
}

/// (id, locale, reply, the reply with the taboo words swapped in place)
#[rustfmt::skip]
const IN_PLACE: &[(&str, Locale, &str, &str)] = &[
    ("commanding", CN, "你必须先把订单号发给我。", "我们希望您能先把订单号发给我。"),
    ("negative_wording", CN, "不好意思让您久等了,您的退款已经提交成功。", "感谢您的耐心等待,您的退款已经提交成功。"),
    ("negative_wording", CN, "您问的那个产品卖完了。", "您问的那个产品暂时没货了。"),
    ("weak_commitment", CN, "您的问题我试试看吧。", "您的问题我一定尽力而为。"),
    (
        "policy_shield",
        CN,
        "这是公司的规定,我也没办法。",
        "根据多数人的需求情况，我们公司目前是这样规定的，我来看看还能为您做些什么。",
    ),
    ("negative_wording", EN, "I'm sorry to keep you waiting. Your refund is on its way.", "Thank you for your patience. Your refund is on its way."),
    ("negative_wording", EN, "That jacket is sold out.", "That jacket is temporarily out of stock."),
    ("weak_commitment", EN, "I'll try, I guess.", "I'll do my very best for you."),
];

#[test]
fn in_place_rewrites_read_correctly() {
    let cases = IN_PLACE;
    for &(id, locale, text, expected) in cases {
        let a = analyse(text, locale);
        let t = taboo(&a, id);
        assert!(t.replace.is_some(), "{id} in {locale}: \"{text}\" should carry an in-place replacement");
        assert_eq!(
            t.rewrite, t.replace,
            "{id} in {locale}: the in-place replacement should be the first rewrite shown"
        );
        assert_eq!(a.rewritten.as_deref(), Some(expected), "{id} in {locale}: rewriting \"{text}\"");
    }
}

#[test]
fn in_place_rewrite_keeps_the_rest_of_a_traditional_reply() {
    // The replacement text is data in simplified Chinese; the customer's own words stay as typed.
    let a = analyse("您要的那款已經賣完了,請問還需要別的嗎?", TW);
    let t = taboo(&a, "negative_wording");
    assert_eq!(t.hit.evidence, "已經賣完了");
    let rewritten = a.rewritten.as_deref().expect("a replacement applies");
    assert!(rewritten.starts_with("您要的那款") && rewritten.ends_with(",請問還需要別的嗎?"), "{rewritten}");
}

#[test]
fn a_reply_without_replaceable_words_gets_its_clause_rewritten_once() {
    let a = analyse("这事不归我管,您去找售后吧。", CN);
    assert!(a.has("pass_the_buck"), "found {:?}", found(&a));
    let rewrite = taboo(&a, "pass_the_buck").rewrite.clone().expect("a professional rewrite");
    let r = a.rewritten.expect("the reply rewritten in place");
    assert!(analyse(&r, CN).taboos.is_empty(), "the rewrite is clean: {r}");
    let head: String = rewrite.chars().take(8).collect();
    assert_eq!(r.matches(&head).count(), 1, "the rewrite appears once: {r}");
}

/// `tests/data/heldout.tsv`: natural replies by scenario writers that the engine used to miss or
/// misfire on. The phrasebooks were tuned on them, so this is a regression guard, not a held-out
/// measurement any more.
#[test]
fn writer_replies_stay_caught() {
    let (mut tp, mut fp, mut fn_) = (0u32, 0u32, 0u32);
    let mut misses = Vec::new();
    for line in include_str!("data/heldout.tsv").lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let mut f = line.split('\t');
        let locale: Locale = f.next().unwrap().parse().unwrap();
        let text = f.next().unwrap_or_default();
        let want: Vec<&str> =
            f.next().unwrap_or_default().split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
        let a = analyse(text, locale);
        let got = found(&a);
        for id in all_ids() {
            match (got.contains(&id), want.contains(&id)) {
                (true, true) => tp += 1,
                (true, false) => {
                    fp += 1;
                    misses.push(format!("false alarm {id} in {locale}: \"{text}\""));
                }
                (false, true) => {
                    fn_ += 1;
                    misses.push(format!("missed {id} in {locale}: \"{text}\""));
                }
                (false, false) => {}
            }
        }
    }
    let precision = f64::from(tp) / f64::from((tp + fp).max(1));
    let recall = f64::from(tp) / f64::from((tp + fn_).max(1));
    println!("heldout: precision {precision:.3} recall {recall:.3}");
    assert!(
        // These old labels predate the decision rules in docs/techniques.md ("您慢慢说，我听着"
        // is now probing_question, a 您好 opening a greeting); the blind dev set holds the bar.
        precision >= 0.78 && recall >= 0.95,
        "heldout precision {precision:.3}, recall {recall:.3}:\n  {}",
        misses.join("\n  ")
    );
}

#[test]
fn zh_tw_learners_get_rewrites_in_traditional_characters() {
    let e = defuse::phrasing::Engine::load_default().unwrap();
    let tw = e.analyse("這是公司的規定，我也沒辦法。", Locale::ZhTw);
    let t = tw.taboos.iter().find(|t| t.hit.id == "policy_shield").expect("policy_shield found");
    let r = t.rewrite.as_deref().unwrap();
    assert_ne!(fast2s::convert(r), r, "rewrite should be traditional: {r}");
    let cn = e.analyse("这是公司的规定，我也没办法。", Locale::ZhCn);
    let r = cn.taboos[0].rewrite.as_deref().unwrap();
    assert_eq!(fast2s::convert(r), r, "zh-CN keeps simplified: {r}");
}

/// 妳, the "you" written to a woman in Taiwan, is heard as 你 by every rule.
#[test]
fn the_you_written_to_a_woman_is_heard_as_you() {
    for text in ["顏色是你自己選的，你下單前沒看清楚。", "你有沒有仔細翻過箱子？"] {
        let a = analyse(text, Locale::ZhTw);
        let b = analyse(&text.replace('你', "妳"), Locale::ZhTw);
        assert!(!a.taboos.is_empty(), "found {:?} in {text}", found(&a));
        assert_eq!(found(&a), found(&b), "{text}");
    }
}
