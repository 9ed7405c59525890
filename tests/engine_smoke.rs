//! Quick checks of the engine on the shipped phrasebooks.
use defuse::locale::Locale;
use defuse::phrasing::Engine;

#[test]
fn smoke() {
    let e = Engine::load_default().unwrap();
    for t in ["我非常能理解您现在着急的心情", "我不理解您", "您是什么时候开始遇到这个问题的？", "这是公司的规定，我也没办法", "我們非常理解您的心情"] {
        let a = e.analyse(t, Locale::ZhCn);
        println!("{t} -> {} {:?} {:?} {:?}", a.score, a.technique_ids(), a.taboo_ids(), a.rewritten);
    }
}
