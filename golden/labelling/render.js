// Renders HTML files as headless Chromium lays them out (scripts off, nothing fetched) and writes
// document.body.innerText, and optionally a per-line markup hint file for labellers.
// usage: node render.js OUTDIR file.html[.gz] ...   (writes OUTDIR/<name>.txt and OUTDIR/<name>.hints.json)
const { chromium } = require('playwright-core');
const fs = require('fs'), zlib = require('zlib'), path = require('path');
(async () => {
  const [out, ...files] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'] });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  for (const f of files) {
    let buf = fs.readFileSync(f);
    if (f.endsWith('.gz')) buf = zlib.gunzipSync(buf);
    const name = path.basename(f).replace(/\.gz$/, '').replace(/\.html?$/, '');
    const page = await context.newPage();
    await page.route('**/*', (route) => {
      if (route.request().url() === 'http://page.invalid/') {
        const head = buf.subarray(0, 8192).toString('latin1');
        const declared = /<meta[^>]+charset/i.test(head);
        route.fulfill({ status: 200, contentType: declared ? 'text/html' : 'text/html; charset=utf-8', body: buf });
      } else route.abort();
    });
    try {
      await page.goto('http://page.invalid/', { waitUntil: 'domcontentloaded', timeout: 60000 });
      const text = await page.evaluate(() => document.body ? document.body.innerText : '');
      fs.writeFileSync(path.join(out, name + '.txt'), text);
      const hints = await page.evaluate(() => {
        const interesting = /caption|credit|byline|author|date|time|\bads?\b|advert|sponsor|promo|newsletter|subscri|donat|related|recommend|comment|share|social|nav|menu|footer|header|sidebar|widget|teaser|card|tags?\b|breadcrumb|figure|photo|image|gallery|video|bio|about|source|meta|title|headline|dek|summary|intro|excerpt|more|popular|trending|read/i;
        const semantic = new Set(['FIGURE','FIGCAPTION','NAV','HEADER','FOOTER','ASIDE','ARTICLE','MAIN','TIME','ADDRESS','H1','H2','H3','H4','H5','H6','LI','A','BLOCKQUOTE','TABLE','FORM','BUTTON','LABEL','CITE','SMALL','IFRAME','SELECT','DT','DD','SUMMARY','DETAILS','STRONG','EM','B','I']);
        const nodes = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        let n;
        while ((n = walker.nextNode())) {
          if (n.nodeType === 1) {
            if (n.tagName === 'IMG' || n.tagName === 'IFRAME' || n.tagName === 'VIDEO') {
              const r = n.getBoundingClientRect();
              if (r.width >= 40 && r.height >= 40) nodes.push([null, n.tagName.toLowerCase(), (n.getAttribute('alt') || n.getAttribute('title') || '').slice(0, 80)]);
            }
            continue;
          }
          const t = n.textContent.replace(/\s+/g, ' ').trim();
          if (!t) continue;
          const parts = [];
          let e = n.parentElement, depth = 0;
          while (e && e !== document.body && depth < 12) {
            const cls = ((e.getAttribute('class') || '') + ' ' + (e.id || '') + ' ' + (e.getAttribute('itemprop') || '') + ' ' + (e.getAttribute('rel') || '') + ' ' + (e.getAttribute('role') || '') + ' ' + (e.getAttribute('aria-label') || '')).split(/\s+/).filter(c => c && interesting.test(c)).slice(0, 2);
            if (semantic.has(e.tagName) || cls.length) parts.push(e.tagName.toLowerCase() + (cls.length ? '.' + cls.join('.').slice(0, 40) : ''));
            e = e.parentElement; depth++;
          }
          nodes.push([t, parts.slice(0, 5).join('<')]);
        }
        return nodes;
      });
      fs.writeFileSync(path.join(out, name + '.hints.json'), JSON.stringify(hints));
    } catch (err) {
      console.error(f + ': ' + err.message);
    }
    await page.close();
  }
  await browser.close();
})();
