"""Stop 32: Chinese rewrites and replacements of the phrasebooks (and both sides of assets/rewrites/zh-TW.ron)
take full-width marks next to Chinese characters (，？！：；), as Chinese is written; a judge had noted
"我理解您的担心,我这就…". Run from the checkout: python3 tests/data/devset/how/fullwidth.py"""
import re,sys,glob
MAP={',':'，','?':'？','!':'！',':':'：',';':'；'}
def han(c): return '\u4e00'<=c<='\u9fff' or c in '，。？！：；、…“”（）《》'
def fix(t):
    if not any('\u4e00'<=c<='\u9fff' for c in t): return t
    out=list(t)
    for i,c in enumerate(t):
        if c in MAP:
            prev=t[i-1] if i>0 else ''; nxt=t[i+1] if i+1<len(t) else ''
            if c==':' and prev.isdigit() and nxt.isdigit(): continue
            if (prev and han(prev)) or (nxt and han(nxt)) or (not nxt and prev and han(prev)):
                out[i]=MAP[c]
    return ''.join(out)
def fix_file(p, whole_strings=False):
    s=open(p,encoding='utf8').read(); n=0
    def rw_block(m):
        nonlocal n
        body=re.sub(r'"((?:[^"\\]|\\.)*)"', lambda q: '"'+fix(q.group(1))+'"', m.group(0))
        n+= body!=m.group(0); return body
    if whole_strings:
        s2=re.sub(r'"((?:[^"\\]|\\.)*)"', lambda q: '"'+fix(q.group(1))+'"', s)
    else:
        s2=re.sub(r'rewrites: \[\n(?: *".*\n)+? *\],', rw_block, s)
        s2=re.sub(r'replace: Some\("((?:[^"\\]|\\.)*)"\)', lambda q: 'replace: Some("'+fix(q.group(1))+'")', s2)
    open(p,'w',encoding='utf8').write(s2); print(p, sum(a!=b for a,b in zip(s.splitlines(),s2.splitlines())),'lines changed')
for p in sorted(glob.glob('assets/phrasebook/zh*.ron')): fix_file(p)
fix_file('assets/rewrites/zh-TW.ron', whole_strings=True)
