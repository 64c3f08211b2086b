/**
 * The run view's stylesheet, inlined into the page (no network: no web fonts, no external CSS).
 * Triage cards are `content-visibility: auto`: a 150-container run is a page of thousands of
 * elements, and laying out the cards nobody has scrolled to yet cost more than half the render.
 */
export const PAGE_STYLE = `
:root{--fg:#1b1f24;--muted:#5f6b7a;--line:#dde2ea;--bg:#fff;--card:#f8f9fb;--crit:#c62828;--warn:#e65100;--info:#1565c0;--ok:#2e7d32}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1200px;margin:0 auto;padding:16px 20px 40px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:14px;margin:16px 0 6px}h4{font-size:13px;margin:10px 0 4px;color:var(--muted)}
.muted{color:var(--muted)}.small{font-size:12px}
.meta{display:flex;flex-wrap:wrap;gap:4px 18px;color:var(--muted);font-size:13px}
.badge{display:inline-block;padding:0 7px;border-radius:9px;font-size:11px;font-weight:600;line-height:18px;text-transform:uppercase;letter-spacing:.02em;border:1px solid transparent;white-space:nowrap}
.b-critical,.b-failed,.b-fatal{background:#ffebee;color:var(--crit);border-color:#f5c2c0}
.b-warning,.b-partial,.b-error,.b-spike,.b-unhealthy{background:#fff3e0;color:var(--warn);border-color:#f7d2b0}
.b-info,.b-running,.b-queued,.b-new{background:#e3f2fd;color:var(--info);border-color:#b9d6f5}
.b-succeeded,.b-resolved{background:#e8f5e9;color:var(--ok);border-color:#bfe0c1}
.b-skipped,.b-cancelled,.b-interrupted,.b-debug,.b-pending{background:#eceff1;color:#455a64;border-color:#cfd8dc}
.findings{list-style:none;margin:0;padding:0}
.findings li{display:flex;gap:8px;align-items:baseline;padding:5px 0;border-bottom:1px solid var(--line)}
.findings .who{font-weight:600;white-space:nowrap}.findings .msg{flex:1;word-break:break-word}
.findings a{white-space:nowrap;font-size:12px}
a{color:var(--info)}
:target{outline:2px solid #ffb300;outline-offset:2px;border-radius:4px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:10px 0}
.card-head{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
#log-triage .card{content-visibility:auto;contain-intrinsic-size:auto 320px}
@media print{#log-triage .card{content-visibility:visible}}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));gap:10px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 6px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:12px}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
code,.tpl{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
details summary{cursor:pointer;color:var(--muted);font-size:12px}
pre{white-space:pre-wrap;word-break:break-word;background:#fff;border:1px solid var(--line);border-radius:6px;padding:6px 8px;font-size:12px;margin:4px 0}
.map-wrap{overflow:auto;border:1px solid var(--line);border-radius:8px;background:#fff;padding:6px;max-height:720px}
.legend{display:flex;flex-wrap:wrap;gap:12px;font-size:12px;color:var(--muted);margin:6px 0}
.legend span::before{content:"";display:inline-block;width:12px;height:10px;margin-right:4px;border-radius:3px;border:1.5px solid;vertical-align:-1px}
.l-ok::before{background:#e8f5e9;border-color:#2e7d32!important}.l-unhealthy::before{background:#fff3e0;border-color:#e65100!important}
.l-stopped::before{background:#eceff1;border-color:#607d8b!important}.l-missing::before{background:#ffebee;border-color:#c62828!important;border-style:dashed!important}
.l-opaque::before{background:#f5f5f5;border-color:#9e9e9e!important;border-style:dotted!important}
.bar{height:8px;background:#e6e9ef;border-radius:4px;overflow:hidden;margin:2px 0 6px}
.bar>div{height:100%;background:#5c7cfa}.bar.hot>div{background:var(--warn)}.bar.crit>div{background:var(--crit)}
.kv{display:grid;grid-template-columns:auto 1fr;gap:0 10px;font-size:13px}.kv dt{color:var(--muted)}.kv dd{margin:0}
.host{margin-top:18px;font-size:15px;color:#37474f}
svg.spark{vertical-align:middle}
.empty{color:var(--muted);font-style:italic}
`;
